"""Warning-sign triage: a proof by enumeration that it never under-triages."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.clinical.red_flags import (
    EMERGENCY_FLAG_KEYS,
    FLAG_BY_KEY,
    FLAG_KEYS,
    FLAGS,
    HEADLINES,
    LEVEL_RANK,
    LEVELS,
    NOT_ASSESSED_LABEL,
    NOT_MEDICAL_ADVICE,
    THEME_TRIAGE_KEY,
    flags_at_level,
    more_urgent,
    triage,
)
from widgets.theme import TRIAGE

NUMBERS = ("999", "911", "112")
# Pinned by name, not derived from the data under test: demoting any of these questions
# below "emergency" (or dropping it) fails here with its key named.
EMERGENCY_KEYS = (
    # cauda equina syndrome
    "saddle_numbness",
    "numb_when_wiping",
    "bladder_problem",
    "bowel_control",
    "both_legs_sciatica_or_weakness",
    # stroke
    "sudden_one_side",
    "face_drooping",
    "arm_weakness",
    "speech_trouble",
    # acute limb ischaemia
    "leg_suddenly_cold_pale",
    "leg_rest_pain_or_cannot_move",
    # acute compartment syndrome
    "severe_pain_after_injury",
    "numb_below_injury_or_cast",
    # pulmonary embolism, anaphylaxis, spreading weakness, DVT, foot drop
    "breathless_or_chest_pain",
    "anaphylaxis_signs",
    "weakness_spreading_fast",
    "dvt_signs",
    "sudden_foot_drop",
)
NON_EMERGENCY_KEYS = (
    "foot_sore_infected",
    "new_leg_weakness",
    "persisting",
    "keeps_coming_back",
    "no_clear_cause",
    "slowly_getting_worse",
    "exertional_leg_pain",
    "sciatica_not_improving",
    "diabetes_foot_problem",
    "foot_sore_slow_healing",
    "cecs_like_pattern",
)


def expected_level(answers) -> str:
    levels = [FLAG_BY_KEY[k].level for k, v in answers.items() if v]
    return max(levels, key=LEVEL_RANK.__getitem__, default="self_care")


def check(answers, full=True):
    """The level is the most urgent answered "yes"; an emergency says the numbers."""
    result = triage(answers)
    assert result.level == expected_level(answers)
    if any(answers.get(k) for k in EMERGENCY_KEYS):
        assert result.level == "emergency"
        assert all(n in result.headline for n in NUMBERS)
    if full:
        assert set(result.matched) == {FLAG_BY_KEY[k] for k, v in answers.items() if v}
        assert result.not_medical_advice == NOT_MEDICAL_ADVICE
        assert result.messages[-1] == NOT_MEDICAL_ADVICE
        assert all(n in result.messages[-2] for n in NUMBERS)  # emergency line, always
    return result


def test_the_emergency_questions_are_the_pinned_ones():
    assert len(EMERGENCY_KEYS) == len(set(EMERGENCY_KEYS)) == 18
    assert len(NON_EMERGENCY_KEYS) == len(set(NON_EMERGENCY_KEYS)) == 11
    demoted = {k: FLAG_BY_KEY[k].level for k in EMERGENCY_KEYS if k in FLAG_BY_KEY}
    demoted = {k: level for k, level in demoted.items() if level != "emergency"}
    assert not demoted, f"emergency questions no longer at emergency level: {demoted}"
    missing = [k for k in EMERGENCY_KEYS if k not in FLAG_BY_KEY]
    assert not missing, f"emergency questions missing from the checker: {missing}"
    assert set(EMERGENCY_FLAG_KEYS) == set(EMERGENCY_KEYS), (
        "EMERGENCY_FLAG_KEYS differs from the pinned list: "
        f"extra {sorted(set(EMERGENCY_FLAG_KEYS) - set(EMERGENCY_KEYS))}, "
        f"missing {sorted(set(EMERGENCY_KEYS) - set(EMERGENCY_FLAG_KEYS))}"
    )
    assert {f.key for f in flags_at_level("emergency")} == set(EMERGENCY_KEYS)
    # every question is classified here: a new one needs a decision in this file
    unpinned = set(FLAG_KEYS) - set(EMERGENCY_KEYS) - set(NON_EMERGENCY_KEYS)
    assert not unpinned, f"questions not pinned in this test: {sorted(unpinned)}"
    assert set(FLAG_KEYS) == set(EMERGENCY_KEYS) | set(NON_EMERGENCY_KEYS)


@pytest.mark.parametrize("key", EMERGENCY_KEYS)
def test_each_emergency_question_alone_gives_the_emergency_message(key):
    result = triage({key: True})
    assert result.level == "emergency", key
    assert all(n in result.headline for n in NUMBERS), key


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
        "getting_worse",
        "new_leg_weakness",
        "slow_healing_foot_sore",
    } <= conditions
    assert len(flags_at_level("emergency")) == len(EMERGENCY_FLAG_KEYS) == 18
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
    """All 2^18 combinations of the emergency questions (the rest unanswered)."""
    for bits in itertools.product((False, True), repeat=len(EMERGENCY_KEYS)):
        check(dict(zip(EMERGENCY_KEYS, bits, strict=True)), full=False)


def test_exhaustive_over_the_other_flags_with_and_without_each_emergency():
    """All 2^11 combinations of the 11 non-emergency questions, alone and with each single
    emergency "yes" added: an emergency is never diluted by milder answers."""
    assert len(NON_EMERGENCY_KEYS) == 11
    for bits in itertools.product((False, True), repeat=len(NON_EMERGENCY_KEYS)):
        base = dict(zip(NON_EMERGENCY_KEYS, bits, strict=True))
        check(base)
        for key in EMERGENCY_KEYS:
            check({**base, key: True}, full=False)


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries({}, optional={k: st.sampled_from([True, False, None]) for k in FLAG_KEYS})
)
def test_any_answers_give_the_most_urgent_level(answers):
    result = check(answers)
    assert set(result.unanswered) == {k for k in FLAG_KEYS if answers.get(k) is None}


def test_no_answers_is_not_assessed_and_never_reassures():
    result = triage({})
    assert result.level == "self_care" and not result.matched  # internally
    assert not result.assessed
    assert result.level_label == NOT_ASSESSED_LABEL
    assert result.headline.startswith("Not yet assessed: answer the questions")
    assert result.headline != HEADLINES["self_care"]
    assert "Nothing you answered" not in " ".join(result.messages)
    assert len(result.unanswered) == len(FLAG_KEYS)
    assert any("not answered" in m for m in result.messages)
    assert triage(dict.fromkeys(FLAG_KEYS)).headline == result.headline  # all None


def test_some_answers_all_no_says_the_check_is_incomplete():
    result = triage({"saddle_numbness": False})
    assert result.assessed and result.level == "self_care"
    assert result.headline != HEADLINES["self_care"]
    assert "not answered yet" in result.headline or "not answered" in result.headline


def test_all_no_is_self_care_without_unanswered_note():
    result = triage(dict.fromkeys(FLAG_KEYS, False), require_all=True)
    assert result.level == "self_care" and not result.unanswered
    assert result.assessed and result.headline == HEADLINES["self_care"]
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


# --- Wording: one sign is enough to answer "yes" ------------------------------------------
# Phrases where "and" / "with" do not join two required signs.
NOT_BUNDLING = ("pins and needles", "with or without")


def bundling_words(question: str) -> list[str]:
    text = question.lower()
    for phrase in NOT_BUNDLING:
        text = text.replace(phrase, "")
    text = re.sub(r"\([^)]*\)", "", text)  # an example or exclusion in brackets
    return re.findall(r"\b(?:and|with|together|plus|as well as)\b", text)


@pytest.mark.parametrize("flag", flags_at_level("emergency"), ids=lambda f: f.key)
def test_emergency_questions_do_not_require_several_signs_at_once(flag):
    """'Swollen and painful ... with warm skin' lets someone with one sign answer no."""
    assert not bundling_words(flag.question), flag.question


def test_bundling_check_catches_the_old_wording():
    old = (
        "Is one leg (usually the calf or thigh) swollen and painful, throbbing or "
        "cramping, with warm skin that looks red or darker?",
        "During or after exercise, do you have hives together with swelling of the lips?",
        "Has a leg or foot suddenly become painful, pale or bluish and cold, with pins "
        "and needles or numbness?",
        "After an injury, is the pain far worse than expected, and worse when the muscle "
        "is stretched (e.g. moving the toes)?",
    )
    assert all(bundling_words(q) for q in old)


@pytest.mark.parametrize(
    "key,must_say",
    [
        ("dvt_signs", ("swollen or painful",)),
        ("leg_suddenly_cold_pale", ("cold, pale or bluish, or painful, numb or weak",)),
        ("anaphylaxis_signs", ("with or without hives", "feel faint")),
        ("severe_pain_after_injury", ("far worse than you would expect", "alone is enough")),
        ("numb_below_injury_or_cast", ("numbness", "cast")),
        ("arm_weakness", ("one arm", "drifts down")),
    ],
)
def test_single_sign_questions_say_so(key, must_say):
    flag = FLAG_BY_KEY[key]
    assert flag.level == "emergency"
    assert all(phrase in flag.question for phrase in must_say), flag.question


def test_stroke_questions_ask_about_one_side_not_both_arms():
    assert "unable to lift both arms" not in FLAG_BY_KEY["arm_weakness"].question
    assert "one side" in FLAG_BY_KEY["face_drooping"].question
    assert "slurred" in FLAG_BY_KEY["speech_trouble"].question


def test_emergency_actions_match_the_emergency_headline():
    """DVT and sudden foot drop are emergencies: their actions must not send people to
    same-day or urgent care as the main instruction."""
    for flag in flags_at_level("emergency"):
        first = flag.action.split(". ", 1)[0].split(" (", 1)[0]
        assert "emergency department" in first or "999" in first, flag.key
        assert not first.lower().startswith(("get urgent", "get medical help")), flag.key
    for key in ("dvt_signs", "sudden_foot_drop"):
        assert FLAG_BY_KEY[key].action.startswith("Get seen now: go to an emergency department")


def test_gradual_decline_and_slow_healing_sores_have_questions():
    assert FLAG_BY_KEY["slowly_getting_worse"].level == "see_doctor_soon"
    assert "getting worse or spreading" in FLAG_BY_KEY["slowly_getting_worse"].question
    assert FLAG_BY_KEY["foot_sore_slow_healing"].level == "see_doctor_soon"
    assert "slow to heal" in FLAG_BY_KEY["foot_sore_slow_healing"].question
    assert FLAG_BY_KEY["foot_sore_infected"].level == "urgent_same_day"
    assert triage({"foot_sore_infected": True}).theme_key == "urgent"


def test_new_leg_weakness_is_never_routine():
    """New weakness gets help today, and sudden or fast-spreading weakness is an
    emergency; only slowly worsening numbness or tingling is a routine appointment."""
    weak = FLAG_BY_KEY["new_leg_weakness"]
    assert weak.level == "urgent_same_day"
    assert "new weakness in a leg or foot" in weak.question
    assert "suddenly" in weak.action and "spreading quickly" in weak.action
    assert all(n in weak.action for n in NUMBERS)
    assert triage({"new_leg_weakness": True}).level == "urgent_same_day"
    assert triage({"new_leg_weakness": True, "slowly_getting_worse": True}).theme_key == "urgent"
    routine = FLAG_BY_KEY["slowly_getting_worse"].question.lower()
    assert "weakness" not in routine and "unsteadiness" not in routine
    for flag in flags_at_level("see_doctor_soon"):
        assert "new weakness" not in flag.question.lower(), flag.key
    assert FLAG_BY_KEY["weakness_spreading_fast"].level == "emergency"
