"""Warning-sign triage: a proof by enumeration that it never under-triages."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.clinical.red_flags import (
    EMERGENCY_FLAG_KEYS,
    FLAG_BY_KEY,
    FLAG_KEYS,
    FLAGS,
    LEVEL_RANK,
    LEVELS,
    NOT_MEDICAL_ADVICE,
    THEME_TRIAGE_KEY,
    flags_at_level,
    more_urgent,
    triage,
)
from widgets.theme import TRIAGE

NUMBERS = ("999", "911", "112")
NON_EMERGENCY_KEYS = tuple(k for k in FLAG_KEYS if k not in EMERGENCY_FLAG_KEYS)


def expected_level(answers) -> str:
    levels = [FLAG_BY_KEY[k].level for k, v in answers.items() if v]
    return max(levels, key=LEVEL_RANK.__getitem__, default="self_care")


def check(answers, full=True):
    """The level is the most urgent answered "yes"; an emergency says the numbers."""
    result = triage(answers)
    assert result.level == expected_level(answers)
    if any(answers.get(k) for k in EMERGENCY_FLAG_KEYS):
        assert result.level == "emergency"
        assert all(n in result.headline for n in NUMBERS)
    if full:
        assert set(result.matched) == {FLAG_BY_KEY[k] for k, v in answers.items() if v}
        assert result.not_medical_advice == NOT_MEDICAL_ADVICE
        assert result.messages[-1] == NOT_MEDICAL_ADVICE
        assert all(n in result.messages[-2] for n in NUMBERS)  # emergency line, always
    return result


def test_the_brief_warning_signs_are_all_there():
    conditions = {f.condition_key for f in FLAGS}
    assert {
        "cauda_equina",
        "stroke",
        "acute_limb_ischaemia",
        "acute_compartment_syndrome",
        "pulmonary_embolism",
        "exercise_anaphylaxis",
        "fast_spreading_weakness",
        "suspected_dvt",
        "sudden_foot_drop",
        "persisting_or_recurring",
        "exertional_leg_pain",
        "sciatica_not_improving",
        "diabetes_foot_problem",
        "cecs_pattern",
    } <= conditions
    assert len(flags_at_level("emergency")) == len(EMERGENCY_FLAG_KEYS) == 17
    # Listed with the conditions that need care now: never below emergency.
    assert FLAG_BY_KEY["dvt_signs"].level == "emergency"
    assert FLAG_BY_KEY["sudden_foot_drop"].level == "emergency"
    assert not flags_at_level("self_care")


def test_every_flag_is_complete():
    for flag in FLAGS:
        assert flag.question.endswith("?")
        assert flag.level in LEVELS and flag.action and flag.condition and flag.sources
        if flag.level == "emergency":
            assert all(n in flag.action for n in NUMBERS)


def test_exhaustive_over_all_emergency_flags():
    """All 2^15 combinations of the emergency questions (the rest unanswered)."""
    for bits in itertools.product((False, True), repeat=len(EMERGENCY_FLAG_KEYS)):
        check(dict(zip(EMERGENCY_FLAG_KEYS, bits, strict=True)), full=False)


def test_exhaustive_over_the_other_flags_with_and_without_each_emergency():
    """All 2^9 combinations of the non-emergency questions, alone and with each single
    emergency "yes" added: an emergency is never diluted by milder answers."""
    for bits in itertools.product((False, True), repeat=len(NON_EMERGENCY_KEYS)):
        base = dict(zip(NON_EMERGENCY_KEYS, bits, strict=True))
        check(base)
        for key in EMERGENCY_FLAG_KEYS:
            check({**base, key: True}, full=False)


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries({}, optional={k: st.sampled_from([True, False, None]) for k in FLAG_KEYS})
)
def test_any_answers_give_the_most_urgent_level(answers):
    result = check(answers)
    assert set(result.unanswered) == {k for k in FLAG_KEYS if answers.get(k) is None}


def test_no_answers_is_self_care_and_says_they_were_unanswered():
    result = triage({})
    assert result.level == "self_care" and not result.matched
    assert len(result.unanswered) == len(FLAG_KEYS)
    assert any("not answered" in m for m in result.messages)


def test_all_no_is_self_care_without_unanswered_note():
    result = triage(dict.fromkeys(FLAG_KEYS, False), require_all=True)
    assert result.level == "self_care" and not result.unanswered
    assert not any("not answered" in m for m in result.messages)


def test_levels_order_and_theme_colours():
    assert LEVELS == ("emergency", "urgent_same_day", "see_doctor_soon", "self_care")
    assert more_urgent("self_care", "emergency") == "emergency"
    assert more_urgent("urgent_same_day", "see_doctor_soon") == "urgent_same_day"
    assert set(THEME_TRIAGE_KEY.values()) == set(TRIAGE)
    assert triage({"dvt_signs": True}).theme_key == "emergency"
    assert triage({"persisting": True}).theme_key == "see_gp"


def test_matched_flags_listed_most_urgent_first():
    result = triage({"persisting": True, "dvt_signs": True, "bowel_control": True})
    assert [f.level for f in result.matched] == ["emergency", "emergency", "see_doctor_soon"]
    assert result.conditions[0].startswith("Cauda equina")
    assert result.level == "emergency"


@pytest.mark.parametrize(
    "answers,message",
    [
        ({"saddle_numbnes": True}, "Unknown question key"),
        ({"saddle_numbness": "yes"}, "must be True"),
        ({"saddle_numbness": 1}, "must be True"),
        ([("saddle_numbness", True)], "mapping"),
    ],
)
def test_bad_answers_raise(answers, message):
    with pytest.raises(ValueError, match=message):
        triage(answers)


def test_require_all_rejects_missing_answers():
    with pytest.raises(ValueError, match="answer every question"):
        triage({"saddle_numbness": False}, require_all=True)
