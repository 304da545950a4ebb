"""The pattern explorer ranks textbook patterns sensibly and never under-triages."""

from __future__ import annotations

import itertools

import pytest

from widgets.clinical.causes import CAUSES
from widgets.clinical.pattern_match import (
    DROPDOWNS,
    NOT_A_DIAGNOSIS,
    REGION_CHOICES,
    RELIEF_CHOICES,
    SADDLE_WARNING,
    SIDE_CHOICES,
    TIMING_CHOICES,
    match_causes,
)


def top_keys(result, n):
    return [m.cause.key for m in result.top(n)]


def test_outer_thigh_one_side_is_meralgia_first():
    assert top_keys(match_causes("outer_thigh", sides="one"), 1) == ["meralgia_paresthetica"]


@pytest.mark.parametrize("timing", ["night", "constant"])
def test_both_feet_at_night_or_constant_is_neuropathy(timing):
    result = match_causes("both_feet_stocking", timing, "both", "nothing")
    assert "peripheral_neuropathy" in top_keys(result, 2)


def test_calf_on_walking_relieved_by_rest_is_pad_first():
    result = match_causes("calf", "walking", None, "rest_any_position")
    assert top_keys(result, 1) == ["pad"]
    assert any("not the typical symptom" in r for r in result[0].does_not_fit)


def test_back_of_thigh_one_leg_is_sciatica_or_disc():
    keys = top_keys(match_causes("back_of_thigh", sides="one"), 2)
    assert set(keys) <= {"sciatica", "herniated_disc"}


@pytest.mark.parametrize(
    "args,expected",
    [
        (("toes_3_4", "walking", "one", "loosening_shoes_or_clothing"), "mortons_neuroma"),
        (("sole_heel", "standing", "one", None), "tarsal_tunnel"),
        (
            ("shin_top_of_foot", "sitting_or_lying_still", "one", "moving_or_changing_position"),
            "posture_compression",
        ),
        (
            ("first_toe_web", "running_or_exercise", None, "loosening_shoes_or_clothing"),
            "tight_shoes_clothing",
        ),
        (("calf", "running_or_exercise", "both", "stopping_activity"), "cecs"),
        (("calf", "walking", "both", "sitting_or_bending_forward"), "lumbar_spinal_stenosis"),
    ],
)
def test_textbook_patterns_rank_first(args, expected):
    assert top_keys(match_causes(*args), 1) == [expected]


def test_saddle_region_puts_emergency_first_whatever_else_is_chosen():
    for timing, sides, relief in itertools.product(TIMING_CHOICES, SIDE_CHOICES, RELIEF_CHOICES):
        result = match_causes("saddle", timing, sides, relief)
        assert result.emergency
        assert result.messages[0] == SADDLE_WARNING
        assert all(n in result.messages[0] for n in ("999", "911", "112"))


def test_both_legs_sciatica_pattern_warns_of_cauda_equina():
    result = match_causes("back_of_thigh", sides="both")
    assert result.emergency and "cauda equina" in result.messages[0]
    assert all(n in result.messages[0] for n in ("999", "911", "112"))


def test_every_result_carries_not_a_diagnosis():
    result = match_causes("calf")
    assert result.not_a_diagnosis == NOT_A_DIAGNOSIS
    assert result.messages[-1] == NOT_A_DIAGNOSIS
    assert not result.emergency and result.messages[0] == NOT_A_DIAGNOSIS
    assert all(m.not_a_diagnosis == NOT_A_DIAGNOSIS for m in result)
    assert "not a diagnosis" in NOT_A_DIAGNOSIS and "999" in NOT_A_DIAGNOSIS


def test_all_choice_combinations_run_and_rank():
    matchable = sum(c.matchable for c in CAUSES)
    for combo in itertools.product(REGION_CHOICES, TIMING_CHOICES, SIDE_CHOICES, RELIEF_CHOICES):
        result = match_causes(*combo)
        assert len(result) == matchable
        scores = [m.score for m in result]
        assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("region", REGION_CHOICES)
def test_where_it_is_felt_decides_when_nothing_else_is_known(region):
    best = match_causes(region)[0]
    assert best.region_fits and best.fits


def test_reasons_are_readable():
    match = match_causes("calf", "sitting_or_lying_still", "one", "nothing")[0]
    assert all(isinstance(r, str) and r for r in match.reasons)
    assert any(r.startswith("Fits:") for r in match.reasons)


def test_top_matches_point_to_related_warning_signs():
    assert "dvt_signs" in match_causes("calf", "constant", "one", "nothing").flags_to_check


@pytest.mark.parametrize(
    "kwargs,word",
    [
        ({"region": "knee"}, "region"),
        ({"region": "calf", "timing": "sometimes"}, "timing"),
        ({"region": "calf", "sides": "left"}, "sides"),
        ({"region": "calf", "relieved_by": "ice"}, "relieved_by"),
        ({"region": None}, "region"),
    ],
)
def test_unknown_choices_raise_with_the_valid_list(kwargs, word):
    with pytest.raises(ValueError) as err:
        match_causes(**kwargs)
    message = str(err.value)
    assert word in message and "Choose" in message


def test_dropdowns_offer_label_key_pairs():
    assert set(DROPDOWNS) == {"region", "timing", "sides", "relieved_by"}
    for options in DROPDOWNS.values():
        assert all(isinstance(label, str) and isinstance(key, str) for label, key in options)
    assert ("Outer thigh", "outer_thigh") in DROPDOWNS["region"]
