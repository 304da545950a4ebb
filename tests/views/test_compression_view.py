"""The compression explorer shows what the compression model computes, in bars, words and
a map, and keeps its last valid figure when the input is bad."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from widgets.physiology.compression import compress, make_population
from widgets.physiology.fibres import CLASS_NAMES
from widgets.theme import PLOTLY_CONFIG
from widgets.views.base import PLOTLY_MIMETYPE
from widgets.views.compression import (
    BARS,
    CURVE_PRESSURE,
    LINES,
    MAP_POINT,
    NOW_LINE,
    NOW_MARKERS,
    PRESSURE_STOPS,
    CompressionExplorer,
)

POP = make_population(1000, seed=0)


@pytest.fixture
def explorer():
    return CompressionExplorer()


def bars(fig) -> dict[str, float]:
    return {c: fig.data[i].x[0] for c, i in zip(CLASS_NAMES, BARS, strict=True)}


def bar_words(fig) -> dict[str, str]:
    return {c: fig.data[i].text[0].split(" · ")[1] for c, i in zip(CLASS_NAMES, BARS, strict=True)}


def set_to(widget, pressure, minutes):
    widget.pressure.value = float(pressure)
    widget.minutes.value = int(minutes)


def test_defaults_bundle_and_summary_agree_with_the_figure(explorer):
    bundle = explorer._repr_mimebundle_()
    summary = bundle["text/plain"]
    assert summary == explorer.summary()
    assert summary.startswith("200 mmHg for 30 min: conducting ")
    fig = explorer.static_figure()
    stored = dict(bundle[PLOTLY_MIMETYPE])
    assert stored.pop("config") == PLOTLY_CONFIG  # the toolbar, as in the live pane
    assert json.loads(fig.to_json()) == stored
    shown = bars(fig)
    for c in CLASS_NAMES:  # every bar value is in the summary, rounded as shown
        assert f"{c} {shown[c]:.2f}" in summary
        assert fig.data[BARS[CLASS_NAMES.index(c)]].text[0].startswith(f"{shown[c]:.2f}")
    model = compress(POP, 200, 30)
    assert shown == pytest.approx(model.fraction_conducting, abs=1e-4)
    assert "touch numb" in summary and "outside the injury zone" in summary
    # the live figure shows the same as the stored one
    assert bars(explorer.figure) == shown


def test_figure_has_titles_units_and_more_than_colour(explorer):
    fig = explorer.static_figure()
    assert fig.layout.title.text
    for axis in ("xaxis", "yaxis2", "xaxis2", "xaxis3", "yaxis3"):
        assert re.search(r"\((min|mmHg|0–1)", fig.layout[axis].title.text), axis
    assert fig.layout.yaxis.title.text  # class names (categorical)
    patterns = {fig.data[i].marker.pattern.shape for i in BARS}
    dashes = {fig.data[i].line.dash for i in LINES}
    symbols = {fig.data[i].marker.symbol for i in NOW_MARKERS}
    assert len(patterns) == len(dashes) == len(symbols) == 4
    assert all(trace.name for trace in fig.data)
    assert explorer.description and explorer.established and explorer.illustrative


def test_the_paradigm_case_200_mmhg_for_30_min(explorer):
    fig = explorer.figure
    shown = bars(fig)
    assert shown["Aβ"] < shown["Aδ"] < shown["C"]
    assert shown["Aβ"] < shown["Aα"]  # sensory before (larger) motor fibres
    assert bar_words(fig)["Aβ"] == "numb"
    assert fig.data[MAP_POINT].x[0] == 30 and fig.data[MAP_POINT].y[0] == 200
    assert list(fig.data[NOW_LINE].x) == [30, 30]


@pytest.mark.parametrize("pressure", [0, 10, 20])
def test_below_25_mmhg_nothing_is_blocked(explorer, pressure):
    for minutes in (0, 60, 240):
        set_to(explorer, pressure, minutes)
        assert set(bars(explorer.figure).values()) == {1.0}
        assert set(bar_words(explorer.figure).values()) == {"normal"}
        assert all(set(explorer.figure.data[i].y) == {1.0} for i in LINES)


def test_more_pressure_or_more_time_never_restores_a_fibre(explorer):
    pressures = [0, 25, 30, 40, 60, 70, 100, 200, 400, 1000]
    minutes = [0, 5, 15, 25, 30, 40, 60, 120, 240]
    shown = {}
    for p, m in itertools.product(pressures, minutes):
        set_to(explorer, p, m)
        shown[p, m] = bars(explorer.figure)
    for (p, m), fractions in shown.items():
        for p2, m2 in ((p, m) for p, m in shown):
            if p2 >= p and m2 >= m:
                for c in CLASS_NAMES:
                    assert shown[p2, m2][c] <= fractions[c], (p, m, p2, m2, c)


def test_injury_warning_only_at_high_pressure_for_long(explorer):
    for p, m in [(200, 30), (1000, 30), (1000, 60), (100, 240), (300, 240), (250, 120)]:
        set_to(explorer, p, m)
        assert "injury" not in explorer.message.value.lower(), (p, m)
        assert "outside the injury zone" in explorer.summary()
        assert "injury zone" not in explorer.figure.data[MAP_POINT].text[0]
    for p, m in [(400, 120), (350, 61), (1000, 240)]:
        set_to(explorer, p, m)
        assert "Mechanical injury zone" in explorer.message.value, (p, m)
        assert 'role="alert"' in explorer.message.value
        assert "mechanical-injury zone" in explorer.summary()
        assert "injury zone" in explorer.figure.data[MAP_POINT].text[0]


def test_time_course_panel_is_the_model_at_the_current_pressure(explorer):
    set_to(explorer, 100, 45)
    fig = explorer.figure
    minutes = list(fig.data[LINES[0]].x)
    for i, c in zip(LINES, CLASS_NAMES, strict=True):
        for m in (0, 20, 60, 240):
            k = minutes.index(m)
            assert fig.data[i].y[k] == pytest.approx(
                compress(POP, 100, m).fraction_conducting[c], abs=1e-4
            )
    for i, c in zip(NOW_MARKERS, CLASS_NAMES, strict=True):
        assert fig.data[i].x[0] == 45
        assert fig.data[i].y[0] == pytest.approx(bars(fig)[c])
    assert fig.data[CURVE_PRESSURE].text == ("curves at 100 mmHg",)


def test_pressure_slider_reaches_the_injury_zone_and_zero(explorer):
    assert min(PRESSURE_STOPS) == 0 and max(PRESSURE_STOPS) == 1000
    assert explorer.minutes.max == 240


@pytest.mark.parametrize(
    "bad",
    [
        {"pressure_mmhg": float("nan"), "minutes": 30},
        {"pressure_mmhg": -5, "minutes": 30},
        {"pressure_mmhg": 200, "minutes": 500},
        {"pressure_mmhg": "lots", "minutes": 30},
    ],
)
def test_bad_settings_show_a_message_and_keep_the_figure(explorer, bad, monkeypatch):
    before = bars(explorer.figure)
    summary = explorer.summary()
    monkeypatch.setattr(explorer, "settings", lambda: bad)
    explorer.refresh()  # must not raise
    assert "Cannot update" in explorer.message.value
    assert bars(explorer.figure) == before and explorer.summary() == summary


def test_bad_options_fall_back_to_defaults_with_a_message():
    widget = CompressionExplorer(pressure_mmhg=float("nan"))
    assert "Cannot update" in widget.message.value and "NaN" in widget.message.value
    assert widget.summary().startswith("200 mmHg for 30 min")


def test_out_of_range_duration_is_clamped_by_the_slider(explorer):
    explorer.minutes.value = 10_000  # ipywidgets clamps to the slider's maximum
    assert explorer.summary().startswith("200 mmHg for 240 min")


def test_an_unlisted_pressure_becomes_a_slider_stop():
    widget = CompressionExplorer(pressure_mmhg=137, minutes=12)
    assert widget.pressure.value == 137
    assert widget.summary().startswith("137 mmHg for 12 min")


def test_only_touch_bars_say_tingling(explorer):
    # partial block reads "tingling" for touch (Aβ) only; other classes read "reduced"
    for p, m in ((30, 30), (70, 20), (200, 30), (200, 45), (400, 120)):
        set_to(explorer, p, m)
        words = bar_words(explorer.figure)
        assert all(words[c] != "tingling" for c in CLASS_NAMES if c != "Aβ"), words
        assert set(words.values()) <= {"normal", "tingling", "reduced", "numb"}
