"""The chapter 6 calculators against their thresholds and against what they display:
typed numbers give the right value and category on screen, the figure agrees with the
text, and bad input (text, empty, zero, negative) gives a message and leaves no wrong
result on screen."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import widgets
from widgets.clinical.calculators import ankle_brachial_index
from widgets.views.base import PLOTLY_MIMETYPE
from widgets.views.calculators import (
    ABI_EDGES,
    ABI_LINE,
    ABI_MARKER,
    BARS,
    THRESHOLDS,
    VERDICTS,
)

BAD_TEXT = ["abc", "", "   ", "0", "-5", "nan", "1e9", "12,5"]


def plain(html_text: str) -> str:
    return re.sub(r"<[^>]+>", "", html_text).replace("&#x27;", "'")


def type_abi(calc, ankle, brachial):
    calc.ankle.value = str(ankle)
    calc.brachial.value = str(brachial)


# ----- ankle-brachial index -----------------------------------------------------------------
@pytest.mark.parametrize(
    "ankle, brachial, shown, word",
    [
        (90, 100, "0.90", "abnormal"),
        (91, 100, "0.91", "borderline"),
        (99, 100, "0.99", "borderline"),
        (100, 100, "1.00", "normal"),
        (140, 100, "1.40", "normal"),
        (141, 100, "1.41", "non-compressible"),
        (120, 130, "0.92", "borderline"),
    ],
)
def test_abi_displays_value_and_category(ankle, brachial, shown, word):
    calc = widgets.abi_calculator()
    type_abi(calc, ankle, brachial)
    result = plain(calc.result.value)
    assert f"ABI = {shown}" in result
    assert word.replace("-", "").lower() in result.replace("-", "").lower()
    assert calc.summary() == f"Ankle {ankle} / brachial {brachial} mmHg: ABI {shown}, {word}"
    assert calc.message.value == ""
    # the marker sits at the displayed value, and the title names it
    assert calc.figure.data[ABI_MARKER].x[0] == pytest.approx(float(shown))
    assert list(calc.figure.data[ABI_LINE].x) == pytest.approx([float(shown)] * 2)
    assert f"{shown} ({word})" in calc.figure.layout.title.text
    assert shown in calc.figure.data[ABI_MARKER].text[0]


@pytest.mark.parametrize("bad", BAD_TEXT)
@pytest.mark.parametrize("box", ["ankle", "brachial"])
def test_abi_bad_input_gives_a_message_and_no_wrong_result(bad, box):
    calc = widgets.abi_calculator()
    type_abi(calc, 130, 120)  # a valid state first: ABI 1.08, normal
    figure_before = calc.figure.to_dict()
    getattr(calc, box).value = bad
    message = plain(calc.message.value)
    assert "Cannot update" in message
    assert ("brachial" in message.lower()) == (box == "brachial")
    assert "Traceback" not in message
    assert "No result" in calc.result.value and "ABI =" not in calc.result.value
    assert calc.figure.to_dict() == figure_before  # the last valid state, named in its title
    assert "ankle 130 ÷ arm 120" in calc.figure.layout.title.text
    assert "not updated" in calc.summary()
    # fixing the box brings a result back
    getattr(calc, box).value = "110"
    assert calc.message.value == "" and "ABI =" in calc.result.value


def test_abi_marker_off_the_scale_is_said_in_words():
    calc = widgets.abi_calculator()
    type_abi(calc, 300, 100)
    marker = calc.figure.data[ABI_MARKER]
    assert marker.x[0] == ABI_EDGES[-1] and "3.00" in marker.text[0]
    assert "off this scale" in marker.text[0]
    assert "ABI = 3.00" in plain(calc.result.value)


def test_abi_bands_are_labelled_in_words_and_split_at_the_cut_offs():
    calc = widgets.abi_calculator()
    labels = " ".join(a.text for a in calc.figure.layout.annotations)
    for word in ("Abnormal", "Borderline", "Normal", "Non-compressible"):
        assert word in labels
    edges = sorted({round(s.x0, 3) for s in calc.figure.layout.shapes})
    assert edges == [0.3, 0.905, 0.995, 1.405]


def test_abi_bad_constructor_value_falls_back_with_a_message():
    calc = widgets.abi_calculator(ankle_mmhg="abc")
    assert "Cannot update" in calc.message.value
    assert calc.summary().startswith("Ankle 120 / brachial 130 mmHg")


def test_abi_examples_fill_both_boxes_in_one_update():
    calc = widgets.abi_calculator()
    calc.fill(ankle="90", brachial="100")
    assert calc.summary() == "Ankle 90 / brachial 100 mmHg: ABI 0.90, abnormal"


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=20, max_value=300),
    st.integers(min_value=20, max_value=300),
)
def test_abi_display_agrees_with_the_model(ankle, brachial):
    calc = CALC
    type_abi(calc, ankle, brachial)
    model = ankle_brachial_index(ankle, brachial)
    assert f"ABI = {model.value:.2f}" in calc.result.value
    assert calc.state.result.category == model.category
    lo, hi = ABI_EDGES[0], ABI_EDGES[-1]
    assert calc.figure.data[ABI_MARKER].x[0] == pytest.approx(min(max(model.value, lo), hi))


CALC = widgets.abi_calculator()


def test_abi_static_figure_matches_the_live_one():
    calc = widgets.abi_calculator()
    type_abi(calc, 91, 100)
    bundle = calc._repr_mimebundle_()
    static = bundle[PLOTLY_MIMETYPE]
    assert static["data"][ABI_MARKER]["x"] == [0.91]
    assert bundle["text/plain"] == "Ankle 91 / brachial 100 mmHg: ABI 0.91, borderline"


# ----- compartment pressures ---------------------------------------------------------------
def type_pressures(calc, resting="", one_min="", five_min=""):
    calc.fill(resting=resting, one_min=one_min, five_min=five_min)


def test_resting_15_meets_the_criterion():
    calc = widgets.compartment_calculator()
    type_pressures(calc, resting="15")
    result = plain(calc.result.value)
    assert "Meets the Pedowitz criteria" in result
    assert "✔ met (15 ≥ 15 mmHg)" in result
    assert result.count("not measured") == 2
    assert "Pedowitz criteria met (resting ≥15)" in calc.summary()
    bars = calc.figure.data[BARS]
    assert list(bars.y) == [15.0, None, None]
    assert bars.marker.pattern.shape[0] == "/"
    verdicts = list(calc.figure.data[VERDICTS].text)
    assert "15 mmHg" in verdicts[0] and "meets" in verdicts[0]
    assert verdicts[1:] == ["not measured"] * 2


def test_just_below_every_threshold_meets_none():
    calc = widgets.compartment_calculator()
    type_pressures(calc, "14", "29", "19")
    result = plain(calc.result.value)
    assert "Does not meet the Pedowitz criteria" in result
    assert result.count("✘ not met") == 3 and "✔" not in result
    assert calc.summary().endswith("no Pedowitz criterion met")
    bars = calc.figure.data[BARS]
    assert list(bars.y) == [14.0, 29.0, 19.0]
    assert all("below" in t for t in calc.figure.data[VERDICTS].text)
    assert "0 of 3 criteria met" in calc.figure.layout.title.text


def test_compartment_title_counts_only_the_measured_criteria():
    calc = widgets.compartment_calculator()
    type_pressures(calc, "16", "", "12")
    title = calc.figure.layout.title.text
    assert "1 of 2 criteria met (only the measured ones count)" in title, title
    type_pressures(calc, "", "", "25")
    assert "1 of 1 criterion met" in calc.figure.layout.title.text


@pytest.mark.parametrize(
    "typed",
    [("15", "30", "20"), ("0.5", "250", ""), ("", "", "21.5"), ("7", "", "3")],
)
def test_bars_equal_the_typed_values(typed):
    calc = widgets.compartment_calculator()
    type_pressures(calc, *typed)
    expected = [None if t == "" else float(t) for t in typed]
    assert list(calc.figure.data[BARS].y) == expected
    assert calc.message.value == ""
    assert "check the reading" not in calc.result.value


@pytest.mark.parametrize("box", ["resting", "one_min", "five_min"])
def test_zero_pressure_is_computed_with_a_visible_check_the_reading_message(box):
    """A reading of 0 mmHg is possible at rest, so it gives a result, but never silently:
    the message line (an alert), the result panel and the text summary all say to check it."""
    calc = widgets.compartment_calculator()
    type_pressures(calc, "12", "38", "24")
    getattr(calc, box).value = "0"
    index = ("resting", "one_min", "five_min").index(box)
    assert calc.figure.data[BARS].y[index] == 0.0
    message = plain(calc.message.value)
    assert "0 mmHg" in message and "unusual for a compartment pressure" in message
    assert "check the reading" in message and "Cannot update" not in message
    assert 'role="alert"' in calc.message.value
    result = plain(calc.result.value)
    assert "check the reading" in result and "No result" not in result
    assert "Pedowitz" in result
    assert "check the reading" in calc.summary()
    # a valid non-zero reading clears the message
    getattr(calc, box).value = "5"
    assert calc.message.value == "" and "check the reading" not in calc.result.value


def test_zero_pressure_from_the_constructor_is_flagged_too():
    calc = widgets.compartment_calculator(resting_mmhg=0)
    assert "check the reading" in plain(calc.message.value)
    assert "check the reading" in calc._repr_mimebundle_()["text/plain"]


@pytest.mark.parametrize("negative", ["-1", "-0.5", "-30"])
def test_negative_pressure_is_rejected_with_a_message(negative):
    calc = widgets.compartment_calculator()
    calc.resting.value = negative
    message = plain(calc.message.value)
    assert "Cannot update" in message and "between 0 and 250 mmHg" in message
    assert "No result" in calc.result.value


def test_threshold_lines_sit_at_15_30_20():
    calc = widgets.compartment_calculator()
    ys = [y for y in calc.figure.data[THRESHOLDS].y if y is not None]
    assert ys == [15, 15, 30, 30, 20, 20]


def test_all_empty_gives_a_message_and_no_result():
    calc = widgets.compartment_calculator()
    before = calc.figure.to_dict()
    type_pressures(calc)
    assert "at least one" in plain(calc.message.value)
    assert "No result" in calc.result.value and "Pedowitz" not in calc.result.value
    assert calc.figure.to_dict() == before


@pytest.mark.parametrize("bad", ["abc", "-5", "1e9", "nan"])
def test_compartment_bad_input_gives_a_message(bad):
    calc = widgets.compartment_calculator()
    before = calc.figure.to_dict()
    calc.one_min.value = bad
    message = plain(calc.message.value)
    assert "Cannot update" in message and "1 minute after exercise" in message
    assert "No result" in calc.result.value
    assert calc.figure.to_dict() == before
    assert "not updated" in calc.summary()


def test_compartment_shows_context_and_the_acute_emergency():
    calc = widgets.compartment_calculator()
    text = plain(calc.result.value)
    assert "47 mmHg" in text and "18 mmHg" in text
    note = plain(calc.emergency.value)
    assert "emergency" in note and "999" in note and "911" in note and "112" in note
    assert "ΔP" in note and "30 mmHg" in note


def test_compartment_default_summary():
    calc = widgets.compartment_calculator()
    assert calc._repr_mimebundle_()["text/plain"] == (
        "Compartment pressures resting 12, 1 min 38, 5 min 24 mmHg: "
        "Pedowitz criteria met (1 min ≥30, 5 min ≥20)"
    )
