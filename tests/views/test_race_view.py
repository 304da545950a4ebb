"""The fibre race shows each class at the model's speed: Aα first, C last, t = d / v."""

from __future__ import annotations

import json
import math
import re

import pytest
from conftest import assert_fell_back_to_defaults

from widgets.physiology import FIBRE_CLASSES, conduction_velocity
from widgets.theme import FIBRE_STYLE, PLOTLY_CONFIG
from widgets.views.base import PLOTLY_MIMETYPE
from widgets.views.plot_pane import figure_json
from widgets.views.race import (
    FibreRace,
    arrival_times_ms,
    fibre_class_table,
    frame_time_ms,
    race,
    typical_speed,
)

ORDER = ("Aα", "Aβ", "Aδ", "C")


def headline(widget):
    """The line under the figure's title that says what it shows now."""
    assert widget.figure.data[-1].name == "headline"
    return widget.figure.data[-1].text[0]


@pytest.fixture
def widget():
    return FibreRace()


def test_defaults_bundle_and_summary_agree_with_the_figure(widget):
    bundle = widget._repr_mimebundle_()
    assert PLOTLY_MIMETYPE in bundle
    fig = widget.static_figure()
    stored = dict(bundle[PLOTLY_MIMETYPE])
    assert stored.pop("config") == PLOTLY_CONFIG  # the toolbar, as in the live pane
    assert json.loads(fig.to_json()) == stored
    summary = bundle["text/plain"]
    assert summary == widget.summary()
    assert summary.startswith("1.00 m race at 15 ms")
    bars = fig.data[0]
    for name, x in zip(ORDER, bars.x, strict=True):
        # each class's distance in the summary is the bar's length
        m = re.search(rf"{name} \([^)]*\) (?:at ([\d.]+) m|arrived)", summary)
        assert m, name
        if m.group(1):
            assert float(m.group(1)) == pytest.approx(x, abs=0.005)
        else:
            assert x == pytest.approx(1.0)
    # arrival times listed beside the bars match the summary
    notes = " ".join(fig.data[4].text)  # the arrival-time column beside the bars
    for name, t in arrival_times_ms(1.0).items():
        shown = f"{t:.0f} ms" if t >= 1000 else f"{float(f'{t:.3g}'):g} ms"
        assert f"{name}: " in notes and shown in notes and shown in summary


def test_figure_has_title_axis_units_labels_and_fibre_palette(widget):
    fig = widget.static_figure()
    assert "ms after a touch" in fig.data[-1].text[0] and fig.layout.title.text
    assert "(m)" in fig.layout.xaxis.title.text
    assert fig.layout.yaxis.title.text
    bars, tips = fig.data[0], fig.data[1]
    assert list(bars.marker.color) == [FIBRE_STYLE[n]["color"] for n in ORDER]
    assert list(tips.marker.symbol) == [FIBRE_STYLE[n]["symbol"] for n in ORDER]
    assert len(set(bars.marker.pattern.shape)) == 4  # pattern as well as colour
    assert all(name in text for name, text in zip(ORDER, bars.text, strict=True))
    assert [t.split(" ·")[0] for t in fig.layout.yaxis.ticktext] == list(ORDER)


def test_speeds_come_from_the_model_and_lie_in_the_class_ranges():
    for name in ORDER:
        c = FIBRE_CLASSES[name]
        lo, hi = c.velocity_m_per_s
        v = typical_speed(name)
        assert lo <= v <= hi, name
        d = sum(c.diameter_um) / 2
        assert v == pytest.approx(conduction_velocity(d, c.myelinated), rel=0.01)
    assert 35 <= typical_speed("Aβ") <= 75


def test_a_alpha_arrives_first_and_c_last_at_distance_over_speed():
    t = arrival_times_ms(1.0)
    assert sorted(t, key=t.get) == list(ORDER)
    assert 8 <= t["Aα"] <= 15  # ~10 ms
    assert 1000 / 75 <= t["Aβ"] <= 1000 / 35  # Aβ 35–75 m/s
    assert 500 <= t["C"] <= 2000  # C takes 0.5–2 s
    for name, ms in t.items():
        assert ms == pytest.approx(1.0 / typical_speed(name) * 1000, rel=1e-9)


def test_more_time_moves_every_unfinished_bar_forward(widget):
    before = list(widget.figure.data[0].x)
    widget.time.value = 40.0
    after = list(widget.figure.data[0].x)
    assert all(a >= b for a, b in zip(after, before, strict=True))
    assert after[2] > before[2] and after[3] > before[3]  # Aδ and C still running
    assert "40 ms" in headline(widget)


def test_at_three_seconds_everyone_has_arrived(widget):
    widget.time.value = 3000.0
    assert all(x == pytest.approx(1.0) for x in widget.figure.data[0].x)
    assert "4 of 4 classes have arrived" in headline(widget)
    assert widget.summary().count("arrived at") == 4


def test_longer_leg_moves_the_finish_and_delays_arrival(widget):
    t1 = arrival_times_ms(1.0)
    widget.distance.value = 1.2
    assert list(widget.figure.data[3].x) == pytest.approx([1.2, 1.2])  # the spinal cord line
    for r in widget.state.runners:
        assert r.arrival_ms == pytest.approx(t1[r.name] * 1.2)
    assert widget.summary().startswith("1.20 m race")


def test_range_lines_span_slowest_to_fastest_fibres(widget):
    ranges = widget.figure.data[2]
    xs = [x for x in ranges.x if x is not None]
    t = widget.state.time_ms / 1000
    for k, name in enumerate(ORDER):
        lo, hi = FIBRE_CLASSES[name].velocity_m_per_s
        assert xs[2 * k] == pytest.approx(min(lo * t, 1.0), abs=1e-3)
        assert xs[2 * k + 1] == pytest.approx(min(hi * t, 1.0), abs=1e-3)


def test_play_frames_cover_one_ms_to_three_seconds(widget):
    assert frame_time_ms(0) == pytest.approx(1.0)
    assert frame_time_ms(70) > 3000
    widget.play.value = 35
    assert widget.time.value == pytest.approx(frame_time_ms(35), rel=0.01)
    assert widget.summary() != FibreRace().summary()


def test_bad_time_shows_a_message_and_keeps_the_figure(widget):
    before = widget.summary()
    widget.time.value = math.nan
    assert "Cannot update" in widget.message.value
    assert widget.summary() == before
    widget.time.value = -5.0  # below the slider: clamped to its 1 ms start, no error
    assert widget.time.value == pytest.approx(1.0)
    assert "race at 1 ms" in widget.summary()


def test_bad_distance_in_refresh_shows_a_message(widget):
    widget.distance.unobserve_all()
    widget.distance.value = math.nan
    widget.refresh()
    assert "Foot to spinal cord" in widget.message.value
    with pytest.raises(ValueError):
        race(10.0, 5.0)


# A bad constructor option is named with what it allows, and the race starts at its
# defaults instead of raising or being clamped to the slider without a word.
TIME_RANGE = "between 1 and 3162.28 ms"  # the log time slider: 10^0 to 10^3.5 ms
DISTANCE_RANGE = "between 0.5 and 1.2 m"
BAD_OPTIONS = [
    ({"time_ms": 0.5}, "time_ms", TIME_RANGE),
    ({"time_ms": -5}, "time_ms", TIME_RANGE),
    ({"time_ms": 5000}, "time_ms", TIME_RANGE),
    ({"time_ms": math.nan}, "time_ms", TIME_RANGE),
    ({"time_ms": math.inf}, "time_ms", TIME_RANGE),
    ({"time_ms": "abc"}, "time_ms", TIME_RANGE),
    ({"time_ms": None}, "time_ms", TIME_RANGE),
    ({"time_ms": [15]}, "time_ms", TIME_RANGE),
    ({"distance_m": 3}, "distance_m", DISTANCE_RANGE),
    ({"distance_m": 0.4}, "distance_m", DISTANCE_RANGE),
    ({"distance_m": -1}, "distance_m", DISTANCE_RANGE),
    ({"distance_m": math.nan}, "distance_m", DISTANCE_RANGE),
    ({"distance_m": "far"}, "distance_m", DISTANCE_RANGE),
    ({"distance_m": True}, "distance_m", DISTANCE_RANGE),
]


@pytest.fixture(scope="module")
def default_view():
    widget = FibreRace()
    return widget.summary(), figure_json(widget.figure)


@pytest.mark.parametrize("options,name,allowed", BAD_OPTIONS)
def test_bad_options_fall_back_to_the_defaults_with_a_message(default_view, options, name, allowed):
    widget = FibreRace(**options)  # must not raise
    assert_fell_back_to_defaults(widget, default_view, name, allowed)
    assert widget.time.value == 15.0 and widget.distance.value == 1.0


@pytest.mark.parametrize(
    "options,time_ms,distance_m",
    [
        ({"time_ms": 1, "distance_m": 0.5}, 1.0, 0.5),  # the sliders' lower ends
        ({"time_ms": 3000, "distance_m": 1.2}, 3000.0, 1.2),
        ({"time_ms": "40", "distance_m": "0.75"}, 40.0, 0.75),  # numeric text, as typed
    ],
)
def test_valid_options_are_used_as_given_without_a_warning(options, time_ms, distance_m):
    widget = FibreRace(**options)
    assert widget.state.time_ms == pytest.approx(time_ms)
    assert widget.state.distance_m == pytest.approx(distance_m)
    assert widget.summary().startswith(f"{distance_m:.2f} m race at ")
    message = widget.message.value
    assert "Cannot update" not in message and "⚠" not in message
    assert f"Over {distance_m:.2f} m" in message


def test_fibre_class_table_is_the_fibre_table():
    table = fibre_class_table()
    html, text = table._repr_html_(), repr(table)
    for name, c in FIBRE_CLASSES.items():
        lo, hi = c.velocity_m_per_s
        assert f"{lo:g}–{hi:g}" in html and c.carries in text and name in text


def test_spinal_cord_label_sits_left_of_the_line_clear_of_the_header(widget):
    fig = widget.static_figure()
    cord = fig.data[3]
    assert cord.text[-1].startswith("spinal cord") and cord.textposition == "top left"
