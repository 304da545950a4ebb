"""The recovery animation shows the recovery model frame by frame: the time slider moves
the marker and the raster, the meter peaks about 2 min after release, and the stored
figure plays on its own (plotly frames + Play button + slider)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from widgets.physiology import parameters as prm
from widgets.physiology.compression import make_population
from widgets.physiology.fibres import CLASS_NAMES
from widgets.physiology.recovery import recovery_time_course
from widgets.theme import PLOTLY_CONFIG
from widgets.views.base import PLOTLY_MIMETYPE
from widgets.views.recovery import (
    CLASS_LINES,
    FRAME_TRACES,
    MARKER,
    METER,
    N_FRAMES,
    NOW_LINE,
    RASTER,
    TINGLING_LINE,
    RecoveryAnimation,
    ticks_of,
    tingling_word,
)

POP = make_population(1000, seed=0)


def headline(widget):
    """The line under the figure's title that says what it shows now."""
    assert widget.figure.data[-1].name == "headline"
    return widget.figure.data[-1].text[0]


@pytest.fixture
def anim():
    return RecoveryAnimation()


def raster_points(fig) -> list[tuple[float, int]]:
    """(time, row) of every tick drawn in the raster."""
    return sorted(p for i in RASTER for p in ticks_of(list(fig.data[i].x), list(fig.data[i].y)))


def meter(fig) -> float:
    return fig.data[METER].y[0]


def test_defaults_bundle_and_summary_agree_with_the_figure(anim):
    bundle = anim._repr_mimebundle_()
    summary = bundle["text/plain"]
    assert summary == anim.summary()
    assert summary.startswith("Released after 200 mmHg for 30 min. At 0.00 min:")
    static = anim.static_figure()
    stored = dict(bundle[PLOTLY_MIMETYPE])
    assert stored.pop("config") == PLOTLY_CONFIG  # the toolbar, as in the live pane
    assert json.loads(static.to_json()) == stored
    course = recovery_time_course(POP, 200, 30, t_max_min=15, n_frames=N_FRAMES)
    # the curves are the model's
    assert list(static.data[TINGLING_LINE].y) == pytest.approx(course.tingling, abs=1e-3)
    for i, c in zip(CLASS_LINES, CLASS_NAMES, strict=True):
        assert list(static.data[i].y) == pytest.approx(course.fraction_conducting[c], abs=1e-3)
    # the summary's numbers are the figure's
    assert f"tingling {meter(static):.2f} (none)" in summary
    peak = int(np.argmax(course.tingling))
    assert f"peaks at {course.time_min[peak]:.2f} min ({course.tingling[peak]:.2f})" in summary
    assert f"{len(raster_points(static))} impulses" in summary
    assert "touch numb" in summary  # at release touch is numb
    assert raster_points(anim.figure) == raster_points(static)


def test_figure_has_titles_units_names_and_more_than_colour(anim):
    fig = anim.static_figure()
    assert fig.layout.title.text
    assert "(ms)" in fig.layout.xaxis.title.text
    assert "(min)" in fig.layout.xaxis3.title.text
    assert "(0–1)" in fig.layout.yaxis2.title.text and "(0–1)" in fig.layout.yaxis3.title.text
    assert list(fig.layout.yaxis.ticktext) == ["Aα (8)", "Aβ (60)", "Aδ (12)", "C (12)"]
    assert len({fig.data[i].line.dash for i in CLASS_LINES}) == 4
    assert all(trace.name for trace in fig.data)
    assert fig.data[METER].text[0].endswith("none")  # a word, not only a bar height


def test_time_slider_moves_the_marker_and_changes_the_raster(anim):
    fig = anim.figure
    seen = []
    for frame in (0, 4, 8, 20, 60):
        anim.time.value = frame
        t = frame * 15 / (N_FRAMES - 1)
        assert fig.data[MARKER].x[0] == pytest.approx(t)
        assert list(fig.data[NOW_LINE].x) == pytest.approx([t, t])
        assert fig.data[MARKER].y[0] == pytest.approx(meter(fig))
        assert f"{t:.2f} min after release" in anim.time_label.value
        assert anim.summary().split(". At ")[1].startswith(f"{t:.2f} min")
        seen.append(raster_points(fig))
    assert seen[0] == []  # at release nothing fires yet
    assert seen[2] and seen[2] != seen[1] != seen[0]
    # only Aβ fires ectopically; every spike sits inside the 50 ms window
    anim.time.value = 8
    ticks = [ticks_of(list(fig.data[i].x), list(fig.data[i].y)) for i in RASTER]
    assert len(ticks[1]) > 50
    assert all(len(ticks[i]) == 0 for i in (0, 2, 3))
    assert all(0 <= x <= 50 for x, _ in raster_points(fig))


@pytest.mark.parametrize("pressure,minutes", [(200, 30), (250, 20), (100, 45), (70, 60)])
def test_meter_peaks_in_1_to_3_min_and_is_low_by_10_to_15(pressure, minutes):
    anim = RecoveryAnimation(pressure_mmhg=pressure, minutes=minutes)
    values = []
    for frame in range(N_FRAMES):
        anim.time.value = frame
        values.append(meter(anim.figure))
    times = np.linspace(0, 15, N_FRAMES)
    peak = int(np.argmax(values))
    assert 1.0 <= times[peak] <= 3.0
    assert values[peak] >= 0.3 and tingling_word(values[peak]) == "strong"
    late = [v for t, v in zip(times, values, strict=True) if t >= 10]
    assert max(late) < 0.1 * values[peak]
    assert tingling_word(late[-1]) == "none"


def test_no_compression_no_tingling():
    anim = RecoveryAnimation(pressure_mmhg=0, minutes=30, frame=8)
    assert meter(anim.figure) == 0 and raster_points(anim.figure) == []
    assert "tingling 0.00 (none)" in anim.summary()


def test_static_figure_has_frames_a_play_button_and_a_slider(anim):
    fig = anim.static_figure()
    assert len(fig.frames) == N_FRAMES
    for frame in fig.frames:
        assert list(frame.traces) == FRAME_TRACES
        assert [d.type for d in frame.data] == [fig.data[i].type for i in FRAME_TRACES]
    buttons = fig.layout.updatemenus[0].buttons
    assert buttons[0].method == "animate" and "Play" in buttons[0].label
    assert any("Pause" in b.label for b in buttons)
    steps = fig.layout.sliders[0].steps
    assert len(steps) == N_FRAMES and list(steps[0].args[0]) == ["0"]
    # frame 8 (2 min) of the stored animation = the live widget moved to 2 min
    anim.time.value = 8
    assert list(fig.frames[8].data[4].y) == [meter(anim.figure)]
    assert sorted(
        p for d in fig.frames[8].data[:4] for p in ticks_of(list(d.x), list(d.y))
    ) == raster_points(anim.figure)
    # small enough to store: the whole bundle well under 1 MiB
    assert len(json.dumps(anim._repr_mimebundle_()[PLOTLY_MIMETYPE])) < 200_000
    # the live FigureWidget holds no frames (plotly widgets cannot animate them)
    assert not anim.figure.frames


def test_play_is_linked_to_the_time_slider_in_the_browser(anim):
    link = anim._play_link
    assert link.source == (anim.play, "value") and link.target == (anim.time, "value")
    assert anim.play.max == anim.time.max == N_FRAMES - 1
    assert anim.play in anim.children[1].children[1].children


def test_injury_warning_is_passed_on():
    anim = RecoveryAnimation(pressure_mmhg=400, minutes=120)
    assert "Mechanical injury zone" in anim.message.value
    anim.pressure.value = 200.0
    assert "Mechanical injury" not in anim.message.value
    assert "pn-message-warning" not in anim.message.value


@pytest.mark.parametrize(
    "bad",
    [
        {"pressure_mmhg": float("nan"), "minutes": 30, "frame": 0},
        {"pressure_mmhg": 200, "minutes": -1, "frame": 0},
        {"pressure_mmhg": 200, "minutes": 30, "frame": 61},
        {"pressure_mmhg": 200, "minutes": 30, "frame": 2.5},
    ],
)
def test_bad_settings_show_a_message_and_keep_the_figure(anim, bad, monkeypatch):
    anim.time.value = 8
    before, summary = raster_points(anim.figure), anim.summary()
    monkeypatch.setattr(anim, "settings", lambda: bad)
    anim.refresh()  # must not raise
    assert "Cannot update" in anim.message.value
    assert raster_points(anim.figure) == before and anim.summary() == summary


def test_bad_options_fall_back_to_defaults_with_a_message():
    anim = RecoveryAnimation(minutes=float("inf"))
    assert "Cannot update" in anim.message.value
    assert anim.summary().startswith("Released after 200 mmHg for 30 min")


def test_pressure_above_occlusion_changes_only_the_stated_settings():
    """Above ~70 mmHg blood flow in the nerve has stopped (Rydevik 1981), so 200 and
    700 mmHg give the same course (Lewis 1931: 150 and 300 mmHg alike); the figure must
    still show which pressure it is drawn for, and say why nothing else moved."""
    widget = RecoveryAnimation()
    widget.pressure.value = 200
    before = [list(t.y) for t in widget.figure.data if t.y is not None]
    widget.pressure.value = 700
    after = [list(t.y) for t in widget.figure.data if t.y is not None]
    assert before == after
    assert "700 mmHg" in headline(widget)
    assert "stopped completely" in widget.message.value
    widget.pressure.value = 40
    assert "stopped completely" not in widget.message.value


def peak_tingling(fig) -> float:
    """The highest point of the tingling curve drawn for the 15 minutes after release."""
    return max(fig.data[TINGLING_LINE].y)


def peak_time(fig) -> float:
    line = fig.data[TINGLING_LINE]
    return line.x[int(np.argmax(line.y))]


def numbness_at_release(fig) -> float:
    """The share of touch (Aβ) fibres still blocked at the moment of release."""
    a_beta = CLASS_LINES[CLASS_NAMES.index("Aβ")]
    return 1.0 - fig.data[a_beta].y[0]


def test_longer_compression_gives_more_numbness_and_tingling(anim):
    """The duration slider, read off the figure.  At 200 mmHg blood flow has stopped, so
    the ischaemic dose is the duration: more touch fibres are blocked at release, they
    take longer to come back and the tingling peaks later.  The tingling's peak grows with
    the dose while the burst rate does (up to its saturation, 20 min of full occlusion);
    after longer compressions fewer touch fibres have recovered when the bursts peak, so
    in the model the peak is lower again (about 0.89 at 20 min, 0.60 at 30 min, 0.55 at
    60 min), still strong."""
    anim.pressure.value = 200.0
    durations = (5, 10, 20, 30, 60)
    seen = {}
    for minutes in durations:
        anim.minutes.value = minutes
        fig = anim.figure
        assert headline(anim).startswith(f"After {minutes} min at 200 mmHg")
        seen[minutes] = (peak_tingling(fig), numbness_at_release(fig), peak_time(fig))
    peaks, numb, when = ([seen[m][k] for m in durations] for k in range(3))
    rising = [seen[m][0] for m in durations if m <= prm.BURST_DOSE_SATURATION.value]
    assert len(rising) == 3 and rising[0] < rising[1] < rising[2], seen
    assert all(tingling_word(p) == "strong" for p in peaks[2:]), seen
    assert peaks[0] < min(peaks[2:]), seen  # a short compression tingles least
    for series in (numb, when):
        assert series == sorted(series), seen
        assert series[-1] > series[0], seen
    assert numb[0] == 0 and numb[-1] > 0.9  # 5 min: nothing blocked; 60 min: nearly all
    anim.minutes.value = 30
    assert "touch numb" in anim.summary()
    anim.minutes.value = 5
    assert "touch normal" in anim.summary()


def test_lower_pressure_gives_a_weaker_peak_for_the_same_duration(anim):
    """At 40 mmHg blood still trickles through the nerve (flow stops at about 70 mmHg),
    so 30 minutes there is a smaller ischaemic dose than 30 minutes at 200 mmHg: fewer
    touch fibres are blocked at release and the tingling peaks lower."""
    anim.minutes.value = 30
    anim.pressure.value = 200.0
    full = peak_tingling(anim.figure), numbness_at_release(anim.figure)
    anim.pressure.value = 40.0
    assert headline(anim).startswith("After 30 min at 40 mmHg")
    partial = peak_tingling(anim.figure), numbness_at_release(anim.figure)
    assert partial[0] < full[0] and partial[1] < full[1], (partial, full)
