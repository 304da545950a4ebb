"""Calculators against the published thresholds, including the boundaries."""

from __future__ import annotations

import math

import pytest

from widgets.clinical.calculators import (
    HYDRATION_GUIDELINE,
    HYDRATION_NOTE,
    ML_PER_US_FL_OZ,
    active_b12_category,
    acute_compartment_delta_p,
    ankle_brachial_index,
    hba1c_category,
    hba1c_category_from_percent,
    hba1c_mmol_to_percent,
    hba1c_percent_to_mmol,
    pedowitz,
)

# --- ABI (AHA/ACC 2016) -------------------------------------------------------------


@pytest.mark.parametrize(
    "ankle,arm,value,category",
    [
        (90, 100, 0.90, "abnormal"),
        (91, 100, 0.91, "borderline"),
        (99, 100, 0.99, "borderline"),
        (100, 100, 1.00, "normal"),
        (140, 100, 1.40, "normal"),
        (141, 100, 1.41, "non_compressible"),
        (50, 125, 0.40, "abnormal"),
        (90.4, 100, 0.90, "abnormal"),  # rounds down
        (90.5, 100, 0.91, "borderline"),  # half up, as clinicians round
        (140.4, 100, 1.40, "normal"),
        (140.5, 100, 1.41, "non_compressible"),
        (108, 120, 0.90, "abnormal"),
        ("120", " 120 ", 1.00, "normal"),  # numeric text from a box
    ],
)
def test_abi_thresholds(ankle, arm, value, category):
    result = ankle_brachial_index(ankle, arm)
    assert result.value == value and result.category == category
    assert result.sources == ("aha_acc2016",)


@pytest.mark.parametrize(
    "ankle,arm,message",
    [
        (0, 120, "Ankle systolic pressure must be between 20 and 300 mmHg"),
        (-90, 120, "Ankle"),
        (120, 0, "Arm \\(brachial\\)"),
        ("abc", 120, "not a number"),
        (float("nan"), 120, "NaN"),
        (120, "", "empty"),
        (120, None, "not NoneType"),
        (400, 120, "between 20 and 300"),
        (True, 120, "must be a number"),
    ],
)
def test_abi_rejects_bad_input(ankle, arm, message):
    with pytest.raises(ValueError, match=message):
        ankle_brachial_index(ankle, arm)


# --- Pedowitz criteria ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args,met",
    [
        ((14.9, 29.9, 19.9), False),
        ((15, None, None), True),
        ((None, 30, None), True),
        ((None, None, 20), True),
        ((14, 29, 19), False),
        ((10, 47, 25), True),
        ((None, 18, None), False),
    ],
)
def test_pedowitz_boundaries(args, met):
    result = pedowitz(*args)
    assert result.any_met is met
    for criterion, value in zip(result.criteria, args, strict=True):
        if value is None:
            assert criterion.met is None and criterion.value_mmhg is None
        else:
            assert criterion.met is (value >= criterion.threshold_mmhg)
    assert "47" in result.context and "18" in result.context


def test_pedowitz_thresholds_and_messages():
    result = pedowitz(14, None, None)
    assert [(c.key, c.threshold_mmhg) for c in result.criteria] == [
        ("resting", 15),
        ("one_min", 30),
        ("five_min", 20),
    ]
    assert "not measured" in result.interpretation
    assert "Does not meet" in pedowitz(10, 20, 10).interpretation
    assert "Meets" in pedowitz(10, 35, 10).interpretation


def test_pedowitz_needs_one_value_and_valid_numbers():
    with pytest.raises(ValueError, match="at least one"):
        pedowitz()
    with pytest.raises(ValueError, match="1 minute after exercise"):
        pedowitz(None, "high", None)
    with pytest.raises(ValueError, match="between 0 and 250"):
        pedowitz(-5)
    with pytest.raises(ValueError, match="between 0 and 250"):
        pedowitz(None, None, -0.1)


def test_pedowitz_computes_zero_but_asks_to_check_the_reading():
    result = pedowitz(0, 35, None)
    assert result.any_met and result.criteria[0].value_mmhg == 0.0
    assert len(result.warnings) == 1
    assert "0 mmHg before exercise (resting)" in result.warnings[0]
    assert "unusual for a compartment pressure: check the reading" in result.warnings[0]
    assert "1 minute" not in result.warnings[0]
    assert pedowitz(0.5, 35, None).warnings == ()
    assert pedowitz(12, 38, 24).warnings == ()


# --- Acute compartment delta-P ------------------------------------------------------------


@pytest.mark.parametrize(
    "diastolic,compartment,delta,decompress,above_normal",
    [
        (70, 40, 30, True, True),  # exactly 30: at the threshold
        (70, 39, 31, False, True),
        (80, 5, 75, False, False),
        (80, 10, 70, False, True),
        (60, 65, -5, True, True),
    ],
)
def test_delta_p(diastolic, compartment, delta, decompress, above_normal):
    result = acute_compartment_delta_p(diastolic, compartment)
    assert result.delta_p_mmhg == delta
    assert result.at_or_below_threshold is decompress
    assert result.compartment_above_normal is above_normal
    assert "emergency" in result.emergency_note and "999" in result.emergency_note
    assert "jaaos1996" in result.sources


def test_delta_p_rejects_bad_input():
    with pytest.raises(ValueError, match="Diastolic"):
        acute_compartment_delta_p(0, 10)
    with pytest.raises(ValueError, match="Compartment pressure"):
        acute_compartment_delta_p(70, "x")


# --- HbA1c ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mmol,category",
    [
        (41, "normal"),
        (41.4, "normal"),
        (41.5, "prediabetes"),
        (42, "prediabetes"),
        (47, "prediabetes"),
        (47.5, "diabetes"),
        (48, "diabetes"),
        (100, "diabetes"),
    ],
)
def test_hba1c_categories(mmol, category):
    assert hba1c_category(mmol).category == category


@pytest.mark.parametrize(
    "percent,category,mmol",
    [
        (6.5, "diabetes", 48),
        (6.4, "prediabetes", 46),
        (6.0, "prediabetes", 42),
        (5.9, "normal", 41),
        (5.0, "normal", 31),
    ],
)
def test_hba1c_from_percent(percent, category, mmol):
    result = hba1c_category_from_percent(percent)
    assert (result.category, result.mmol_per_mol) == (category, mmol)


def test_hba1c_conversion_round_trips():
    assert hba1c_mmol_to_percent(48) == pytest.approx(48 / 10.929 + 2.15)
    assert round(hba1c_mmol_to_percent(48), 1) == 6.5
    assert round(hba1c_mmol_to_percent(42), 1) == 6.0
    for mmol in (20, 42, 48, 75, 120):
        assert hba1c_percent_to_mmol(hba1c_mmol_to_percent(mmol)) == pytest.approx(mmol)
    assert hba1c_category(48).percent == 6.5


def test_hba1c_rejects_bad_input():
    with pytest.raises(ValueError, match="HbA1c"):
        hba1c_category(0)
    with pytest.raises(ValueError, match="%"):
        hba1c_category_from_percent(25)


# --- Active B12 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,category",
    [
        (0, "deficient"),
        (24.9, "deficient"),
        (25, "indeterminate"),
        (70, "indeterminate"),
        (70.1, "unlikely"),
        (150, "unlikely"),
    ],
)
def test_active_b12(value, category):
    result = active_b12_category(value)
    assert result.category == category
    assert set(result.sources) == {"nice_ng239", "nwl_pathology"}


def test_active_b12_indeterminate_says_test_mma():
    assert "MMA" in active_b12_category(40).meaning
    with pytest.raises(ValueError, match="Active B12"):
        active_b12_category(-1)


# --- Hydration -----------------------------------------------------------------------------


def test_hydration_guideline_matches_ace_and_converts():
    amounts = [(s.fl_oz_min, s.fl_oz_max) for s in HYDRATION_GUIDELINE]
    assert amounts == [(17, 20), (8, 8), (7, 10), (8, 8)]
    first = HYDRATION_GUIDELINE[0]
    assert (first.ml_min, first.ml_max) == (503, 591)
    assert math.isclose(ML_PER_US_FL_OZ, 29.5735)
    assert "17-20 fl oz (503-591 ml)" in first.text()
    assert "not an established cause" in HYDRATION_NOTE
