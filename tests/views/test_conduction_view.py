"""The conduction explorer shows what the node-chain model computes, and says so in words."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest
from conftest import assert_fell_back_to_defaults

from widgets.physiology.node_chain import MYELINATED_DIAMETER_UM, UNMYELINATED_DIAMETER_UM
from widgets.theme import PLOTLY_CONFIG
from widgets.views.base import PLOTLY_MIMETYPE
from widgets.views.conduction import (
    MAX_WEAKENED,
    UNMYELINATED,
    ConductionExplorer,
    myelin_speedup_rows,
    myelin_speedup_table,
)
from widgets.views.plot_pane import changed_keys, figure_json, redraws_in_place, settings_key


def headline(widget):
    """The line under the figure's title that says what it shows now."""
    assert widget.figure.data[-1].name == "headline"
    return widget.figure.data[-1].text[0]


@pytest.fixture
def explorer():
    return ConductionExplorer()


def speed_in(text: str) -> float:
    return float(re.search(r"speed(?: before the block)? ([\d.]+) m/s", text).group(1))


def arrival_trace(fig):
    return fig.data[4]


def test_defaults_bundle_and_summary_agree_with_the_figure(explorer):
    bundle = explorer._repr_mimebundle_()
    assert PLOTLY_MIMETYPE in bundle
    summary = bundle["text/plain"]
    assert summary == explorer.summary()
    assert "Myelinated 10.0 µm fibre" in summary and "not blocked" in summary
    # a simulated speed is model output, not a human measurement
    assert "(model output; matches Hursh's rule)" in summary and "(established)" not in summary
    assert bundle[PLOTLY_MIMETYPE]["layout"]["title"]["text"]
    fig = explorer.static_figure()  # what the bundle stores (arrays there are base64-packed)
    stored = dict(bundle[PLOTLY_MIMETYPE])
    assert stored.pop("config") == PLOTLY_CONFIG  # the toolbar, as in the live pane
    assert json.loads(fig.to_json()) == stored
    title = fig.data[-1].text[0]  # the headline under the title
    # the speed in the summary is the one in the headline and the one the model measured
    v = explorer.state.result.velocity_m_per_s
    assert speed_in(summary) == speed_in(title) == pytest.approx(v, rel=0.01)
    assert 50 <= v <= 70  # ~6 m/s per µm (Hursh 1939) at 10 µm
    # the arrival markers are the model's arrival times, all 21 nodes fired
    dots = fig.data[4]
    assert len(dots.x) == 21
    np.testing.assert_allclose(dots.x, explorer.state.result.arrival_ms, atol=1e-3)
    assert "node 21" in summary and f"{dots.x[-1]:.2f} ms" in summary
    # the fitted line's slope is the measured speed (mm/ms = m/s)
    line = fig.data[5]
    slope = (line.y[1] - line.y[0]) / (line.x[1] - line.x[0])
    assert slope == pytest.approx(v, rel=0.01)


def test_figure_has_titles_and_axis_units(explorer):
    layout = explorer.static_figure().layout
    assert layout.title.text
    for axis in (layout.xaxis, layout.yaxis, layout.xaxis2, layout.yaxis2):
        assert re.search(r"\((mm|mV|ms)\)", axis.title.text), axis.title.text
    for trace in explorer.static_figure().data:
        assert trace.name


def test_four_snapshots_differ_in_colour_dash_and_marker(explorer):
    snaps = explorer.figure.data[:4]
    assert len({t.line.color for t in snaps}) == 4
    assert len({t.line.dash for t in snaps}) == 4
    assert len({t.marker.symbol for t in snaps}) == 4


def test_the_impulse_moves_along_the_fibre_between_snapshots(explorer):
    peaks = [float(np.asarray(t.x)[np.argmax(t.y)]) for t in explorer.figure.data[:4]]
    assert peaks == sorted(peaks) and peaks[-1] > peaks[0]


def test_wider_fibre_is_faster_and_arrives_earlier_at_the_same_distance(explorer):
    v10 = explorer.state.result.velocity_m_per_s
    reach10 = explorer.state.result.position_mm[-1]
    explorer.diameter.value = 20.0
    r = explorer.state.result
    assert r.velocity_m_per_s == pytest.approx(2 * v10, rel=0.02)  # Hursh: v ∝ D
    # time to reach 20 mm (the 10 µm fibre's whole length) on the wider fibre
    t_20mm = np.interp(reach10, r.position_mm, r.arrival_ms)
    assert "20.0 µm" in headline(explorer)
    assert max(explorer.figure.data[4].y) == pytest.approx(2 * reach10)
    explorer.diameter.value = 10.0
    assert t_20mm < explorer.state.result.arrival_ms[-1] * 0.6


def test_unmyelinated_is_much_slower_and_says_illustrative(explorer):
    fast = explorer.state.result.velocity_m_per_s
    explorer.sheath.value = "Unmyelinated"
    # 10 µm is too wide for the bare-axon model: the diameter moves into range and says so
    assert explorer.diameter.value == 5.0
    assert "moved from 10.0 to 5.0" in explorer.message.value
    explorer.diameter.value = 1.0
    r = explorer.state.result
    assert not r.myelinated and 0.5 <= r.velocity_m_per_s <= 2.0  # C fibres: 0.5–2 m/s
    assert fast / r.velocity_m_per_s > 10
    assert "Unmyelinated" in explorer.summary() and "illustrative" in explorer.summary()
    assert explorer.weakened.disabled and explorer.sodium.disabled
    assert explorer.figure.data[0].mode == "lines"  # a continuous wave, no nodes


def test_enough_weakened_nodes_block_and_the_figure_shows_it(explorer):
    assert explorer.sodium.disabled  # no weakened nodes: the Na⁺ level does nothing
    healthy_end = explorer.state.result.arrival_ms[-1]
    explorer.weakened.value = 3  # 3 nodes at 30 %: still conducts, late
    assert not explorer.sodium.disabled
    r = explorer.state.result
    assert not r.blocked and r.arrival_ms[-1] > healthy_end
    assert max(arrival_trace(explorer.figure).y) == pytest.approx(r.position_mm[-1])
    shaded = explorer.figure.data[6:8]  # the weakened stretch, shaded in both panels
    assert all(len(t.x) == 5 for t in shaded)
    lo, hi = min(shaded[0].x), max(shaded[0].x)
    weak = r.position_mm[list(r.affected_nodes)]
    assert lo < weak.min() and weak.max() < hi and min(shaded[1].y) == lo
    explorer.weakened.value = 5  # 5 nodes at 30 %: blocked (threshold ~35 %)
    r = explorer.state.result
    assert r.blocked
    fired = len(arrival_trace(explorer.figure).x)
    assert fired < 21 and fired == int((~np.isnan(r.arrival_ms)).sum())
    assert "BLOCKED" in headline(explorer)
    assert "BLOCKED" in explorer.figure.data[9].text[0]
    assert "BLOCKED" in explorer.summary()
    assert "block" in explorer.message.value.lower()
    explorer.sodium.value = 100  # full Na⁺: the same nodes conduct again
    assert not explorer.state.result.blocked
    assert "not blocked" in explorer.summary()


def test_every_weakened_node_and_sodium_step_redraws_in_place(explorer):
    """Shading and notes come and go as points, never as empty traces, so the two block
    sliders redraw in place (plot_pane.py); only the time axis may grow, now and then,
    when the weakened stretch delays the impulse."""
    full, steps = [], 0
    for weak in range(MAX_WEAKENED + 1):
        for pct in range(0, 101, 5):
            for control, value in ((explorer.weakened, weak), (explorer.sodium, pct)):
                before = figure_json(explorer.figure)
                control.value = value
                after = figure_json(explorer.figure)
                steps += after != before
                if after != before and not redraws_in_place(before, after):
                    full.append((weak, pct, changed_keys(before, after)[1]))
    assert all(layout == {"xaxis2"} for *_, layout in full), full
    assert len(full) <= 0.02 * steps, full
    explorer.weakened.value = 0  # nothing weakened: the shading and note draw nothing
    for trace in explorer.figure.data[6:9]:
        assert [v for v in trace.x if v is not None] == []
    assert explorer.figure.data[8].text == ("",)


def test_switching_the_sheath_is_drawn_ahead_with_the_diameter_it_will_have(explorer):
    """Unmyelinated at 10 µm is out of the model's range: the kernel moves the diameter to
    the widest bare axon.  The browser sees the toggle before that move, so the figure
    sent ahead for the toggled setting must already be the one at the moved diameter."""
    before_key = settings_key(explorer._controls)
    toggled_key = settings_key(explorer._controls, {1: 1})  # the second sheath option
    assert explorer.pane.knows(toggled_key)
    sent, _ = explorer._computed[toggled_key]
    explorer.sheath.value = UNMYELINATED
    assert explorer.diameter.value == pytest.approx(UNMYELINATED_DIAMETER_UM[1])
    assert settings_key(explorer._controls) != before_key
    assert figure_json(explorer.figure) == explorer._computed[toggled_key][1]
    assert sent.result.diameter_um == pytest.approx(explorer.state.result.diameter_um)


def test_one_dead_node_is_jumped_over(explorer):
    explorer.weakened.value = 1
    explorer.sodium.value = 0
    assert not explorer.state.result.blocked
    assert "jumped over" in explorer.figure.data[9].text[0]
    explorer.weakened.value = 2
    assert explorer.state.result.blocked


@pytest.mark.parametrize("bad", [float("nan"), 0.5])
def test_bad_diameter_gives_a_message_and_keeps_the_figure(explorer, bad):
    before = explorer.summary(), list(explorer.figure.data[4].x)
    explorer.diameter.value = bad  # NaN, or too thin for a myelinated fibre
    assert "Cannot update" in explorer.message.value
    assert (explorer.summary(), list(explorer.figure.data[4].x)) == before


def test_refresh_with_a_bad_setting_does_not_raise(explorer):
    explorer.diameter.value = 4.0
    explorer.sheath.value = "Unmyelinated"
    explorer.sheath.unobserve_all()  # set a state the UI would not allow: too wide a bare axon
    explorer.diameter.unobserve_all()
    explorer.diameter.value = 12.0
    explorer.refresh()
    assert "bare (unmyelinated) axon" in explorer.message.value
    # the figure kept its last valid state (a 4 µm bare axon)
    assert "4.0 µm axon" in explorer.summary()


def test_compute_rejects_bad_settings_with_value_errors(explorer):
    good = explorer.settings()
    for key, bad in [("diameter_um", math.nan), ("diameter_um", "wide"),
                     ("weakened_nodes", 99), ("sodium_percent", -5)]:  # fmt: skip
        with pytest.raises(ValueError):
            explorer.compute({**good, key: bad})


# A bad constructor option is named with what it allows, and the explorer starts at its
# defaults instead of raising or clamping without a word.
BAD_OPTIONS = [
    ({"diameter_um": 0.5}, "diameter_um", "between 1 and 20 µm"),  # too thin for myelin
    ({"diameter_um": 22.0}, "diameter_um", "between 1 and 20 µm"),  # beyond the slider
    ({"diameter_um": -3}, "diameter_um", "between 1 and 20 µm"),
    ({"diameter_um": float("nan")}, "diameter_um", "between 1 and 20 µm"),
    ({"diameter_um": "wide"}, "diameter_um", "between 1 and 20 µm"),
    ({"diameter_um": [5.0]}, "diameter_um", "between 1 and 20 µm"),
    ({"myelinated": False, "diameter_um": 10.0}, "diameter_um", "between 0.2 and 5 µm"),
    ({"myelinated": False, "diameter_um": 0.1}, "diameter_um", "between 0.2 and 5 µm"),
    ({"myelinated": "no"}, "myelinated", "True or False"),
    ({"myelinated": None}, "myelinated", "True or False"),
    ({"myelinated": 0}, "myelinated", "True or False"),
    ({"weakened_nodes": -1}, "weakened_nodes", "between 0 and 7"),
    ({"weakened_nodes": 8}, "weakened_nodes", "between 0 and 7"),
    ({"weakened_nodes": 2.5}, "weakened_nodes", "between 0 and 7"),
    ({"weakened_nodes": float("nan")}, "weakened_nodes", "between 0 and 7"),
    ({"weakened_nodes": "three"}, "weakened_nodes", "between 0 and 7"),
    ({"sodium_percent": -5}, "sodium_percent", "between 0 and 100"),
    ({"sodium_percent": 150}, "sodium_percent", "between 0 and 100"),
    ({"sodium_percent": float("nan")}, "sodium_percent", "between 0 and 100"),
    ({"sodium_percent": "half"}, "sodium_percent", "between 0 and 100"),
    ({"sodium_percent": {"pct": 50}}, "sodium_percent", "between 0 and 100"),
]


@pytest.fixture(scope="module")
def default_view():
    widget = ConductionExplorer()
    return widget.summary(), figure_json(widget.figure)


@pytest.mark.parametrize("options,name,allowed", BAD_OPTIONS)
def test_bad_options_fall_back_to_the_defaults_with_a_message(default_view, options, name, allowed):
    widget = ConductionExplorer(**options)  # must not raise
    assert_fell_back_to_defaults(widget, default_view, name, allowed)
    assert widget.diameter.value == 10.0 and widget.sheath.value == "Myelinated"


def test_a_bare_axon_without_a_diameter_starts_inside_the_bare_axon_range():
    """Without a diameter an unmyelinated fibre starts where the sheath toggle would put
    the default fibre (the widest bare axon the model allows), and nothing is wrong."""
    widget = ConductionExplorer(myelinated=False)
    r = widget.state.result
    lo, hi = UNMYELINATED_DIAMETER_UM
    assert not r.myelinated and lo <= r.diameter_um <= hi and not r.blocked
    assert widget.diameter.value == r.diameter_um == hi
    assert widget.summary().startswith(f"Unmyelinated {hi:.1f} µm axon")
    assert "Unmyelinated" in headline(widget) and widget.figure.data[0].mode == "lines"
    message = widget.message.value
    assert "pn-message-error" not in message and "⚠" not in message
    assert "Cannot update" not in message and "default" not in message
    assert "faster" in message  # the usual comparison with a myelinated fibre
    toggled = ConductionExplorer()
    toggled.sheath.value = UNMYELINATED
    assert figure_json(widget.figure) == figure_json(toggled.figure)


@pytest.mark.parametrize(
    "options,diameter,myelinated",
    [
        ({"myelinated": False, "diameter_um": 1.0}, 1.0, False),
        ({"myelinated": False, "diameter_um": "0.5"}, 0.5, False),  # numeric text, as typed
        ({"diameter_um": MYELINATED_DIAMETER_UM[0]}, 1.0, True),
        ({"diameter_um": 20, "weakened_nodes": 3, "sodium_percent": 50}, 20.0, True),
    ],
)
def test_valid_options_are_used_as_given_without_a_warning(options, diameter, myelinated):
    widget = ConductionExplorer(**options)
    r = widget.state.result
    assert r.diameter_um == pytest.approx(diameter) and r.myelinated is myelinated
    assert widget.diameter.value == pytest.approx(diameter)
    assert "Cannot update" not in widget.message.value and "⚠" not in widget.message.value
    if "weakened_nodes" in options:
        assert widget.state.weakened_nodes == 3 and widget.state.sodium_percent == 50


def test_slider_values_out_of_range_are_clamped_not_raised(explorer):
    explorer.diameter.value = 1e6
    assert explorer.diameter.value == explorer.diameter.max
    assert not explorer.state.result.blocked


def test_speedup_table_spans_ten_to_a_hundredfold():
    rows = {r["comparison"].split(" (")[0]: r for r in myelin_speedup_rows()}
    same10 = rows["Same width, 10 µm"]["ratio"]
    assert 15 <= same10 <= 20  # brief: ~15–20× at 10 µm
    assert 40 <= rows["Typical Aβ"]["ratio"] <= 70  # Aβ vs C ~50×
    assert 80 <= rows["Typical Aα"]["ratio"] <= 130  # Aα vs C up to ~100×
    ratios = [r["ratio"] for r in myelin_speedup_rows()]
    assert min(ratios) < 10 < 100 < max(ratios) * 1.05
    # the typical C fibre has the same speed here as in the chapter's fibre-class table
    from widgets.views.race import typical_speed

    assert rows["Typical Aβ"]["bare"] == pytest.approx(typical_speed("C"))
    text = repr(myelin_speedup_table())
    assert "19×" in text and "<table" in myelin_speedup_table()._repr_html_()
