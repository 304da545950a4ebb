"""The browser draws what the kernel computed: for every course figure widget, the patches
the PlotPane sends (for the current settings and for the settings one key press ahead)
rebuild exactly the figure the model gives at those settings."""

from __future__ import annotations

import json
import math

import ipywidgets as W
import pytest

import widgets
from widgets.views.base import CourseFigureWidget
from widgets.views.lookahead import reachable
from widgets.views.plot_pane import (
    apply_patch,
    changed_keys,
    figure_json,
    library,
    plotly_source,
    redraws_in_place,
    settings_key,
)

FIGURE_BUILDERS = [
    name
    for name in widgets.__all__
    if name not in ("course_map", "quiz")
    and isinstance(getattr(widgets, name)(), CourseFigureWidget)
]


class Recorder:
    """Stands in for the browser: keeps what the pane sent, the way plot_pane.js does."""

    def __init__(self, widget: CourseFigureWidget):
        self.cache: dict[str, dict] = {}
        self.widget = widget
        pane = widget.pane

        def send(content, buffers=None):
            if content.get("type") == "reset":
                self.cache.clear()
            for key, patch in content.get("states", []):
                self.cache[key] = patch

        pane.send = send
        pane._sent.clear()  # what was sent before the recorder listened is unknown to it


def _setting_in_browser(control, setting):
    """Set a control the way the browser does: the index of a selection, else the value."""
    if isinstance(control, W.widgets.widget_selection._Selection):
        control.index = setting
    else:
        control.value = setting


@pytest.mark.parametrize("name", FIGURE_BUILDERS)
def test_patches_rebuild_the_figure_the_model_gives(name):
    widget = getattr(widgets, name)()
    browser = Recorder(widget)
    base = widget.pane.figure
    control = widget._controls[0]
    moves = reachable(control, moved=True)[:4]
    if isinstance(control, W.Text):  # typed numbers: nothing to guess ahead, still patched
        moves = [(str(float(control.value) + d), None) for d in (5, -7, 11)]
    assert moves, f"{name}: its first control has no reachable setting"
    for setting, _value in moves:
        widget._moved = control
        _setting_in_browser(control, setting)
        key = settings_key(widget._controls)
        assert widget.pane.current == {"key": key}
        assert key in browser.cache, f"{name}: nothing sent for {key}"
        shown = apply_patch(base, browser.cache[key])
        assert shown == figure_json(widget.figure), f"{name}: patch for {key} differs"
        # every state sent ahead is the figure the model gives at that setting
    ahead = dict(browser.cache)
    for key, patch in list(ahead.items())[:12]:
        values = json.loads(key)
        for c, v in zip(widget._controls, values, strict=True):
            _setting_in_browser(c, v)
        if settings_key(widget._controls) != key:
            continue  # a control moved another (e.g. the sheath clamps the diameter)
        assert apply_patch(base, patch) == figure_json(widget.figure), f"{name}: {key}"


@pytest.mark.parametrize("name", FIGURE_BUILDERS)
def test_key_presses_ahead_are_sent_before_they_happen(name):
    widget = getattr(widgets, name)()
    browser = Recorder(widget)
    control = widget._controls[0]
    if isinstance(control, W.Text):
        pytest.skip("typed numbers: nothing to guess ahead")
    first = reachable(control, moved=True)[0][0]
    widget._moved = control
    _setting_in_browser(control, first)
    for setting, _ in reachable(control, moved=True)[:4]:
        key = settings_key(widget._controls, {0: setting})
        assert key in browser.cache, f"{name}: {key} not sent ahead"


def test_settings_key_prints_numbers_as_javascript_does():
    a = W.FloatSlider(value=2.0, min=0, max=5)
    b = W.FloatSlider(value=2.5, min=0, max=5)
    c = W.Dropdown(options=[("one", 1.5), ("two", 2.5)], value=2.5)
    d = W.Checkbox(value=True)
    assert settings_key([a, b, c, d]) == "[2,2.5,1,true]"  # JSON.stringify([2, 2.5, 1, true])
    assert settings_key([a], {0: math.nan}) == "[null]"


def test_slider_steps_match_the_keyboard():
    s = W.IntSlider(value=10, min=0, max=12, step=1)
    values = [v for v, _ in reachable(s, moved=True)]
    assert {11, 9, 12, 5, 0} <= set(values) and 10 not in values
    assert all(0 <= v <= 12 for v in values)
    assert [v for v, _ in reachable(s, moved=False)] == [11, 9]
    f = W.FloatSlider(value=0.3, min=0, max=1, step=0.1)
    assert 0.4 in [v for v, _ in reachable(f, moved=False)]  # not 0.30000000000000004 + 0.1
    t = W.ToggleButtons(options=["a", "b", "c"], value="b")
    assert reachable(t, moved=False) == [(0, "a"), (2, "c")]


def test_plotly_comes_from_the_installed_package_once():
    assert "plotly.js" in plotly_source()[:400]
    assert library() is library()


@pytest.mark.parametrize("name", FIGURE_BUILDERS)
def test_declared_controls_redraw_in_place(name):
    """Steps of a control the view names in ``in_place_controls`` change only what
    plot_pane.js can redraw in place (its fast path), so the browser keeps up with it."""
    widget = getattr(widgets, name)()
    if not widget.in_place_controls:
        pytest.skip("no control declared to redraw in place (typed input)")
    for attr in widget.in_place_controls:
        control = getattr(widget, attr)
        full = []
        for setting, _ in reachable(control, moved=True)[:6]:
            before = figure_json(widget.figure)
            _setting_in_browser(control, setting)
            after = figure_json(widget.figure)
            assert after != before, f"{name}.{attr} -> {setting}: the figure did not change"
            if not redraws_in_place(before, after):
                full.append((setting, changed_keys(before, after)))
        # an axis may have to grow now and then (the conduction explorer's time axis when
        # a block cuts the impulse short); most steps must stay in place
        assert len(full) <= 2, f"{name}.{attr}: steps that need a full redraw: {full}"


def test_in_place_rule_refuses_layout_and_legend_changes():
    base = {
        "data": [{"type": "scatter", "x": [1], "y": [1], "name": "a", "showlegend": True}],
        "layout": {"xaxis": {"range": [0, 2]}, "yaxis": {"range": [0, 2]}},
    }
    moved = json.loads(json.dumps(base))
    moved["data"][0]["y"] = [2]
    assert redraws_in_place(base, moved)
    renamed = json.loads(json.dumps(moved))
    renamed["data"][0]["name"] = "b"  # the legend changes
    assert not redraws_in_place(base, renamed)
    marker = json.loads(json.dumps(moved))
    marker["data"][0]["marker"] = {"size": 3}  # drawn in the legend too
    assert not redraws_in_place(base, marker)
    shapes = json.loads(json.dumps(moved))
    shapes["layout"]["shapes"] = [{"type": "line"}]
    assert not redraws_in_place(base, shapes)
    auto = json.loads(json.dumps(moved))
    del auto["layout"]["yaxis"]["range"]  # autorange: the axis must be recomputed
    assert not redraws_in_place({**base, "layout": auto["layout"]}, auto)


def test_plotly_toolbar_has_no_share_button_live_or_stored():
    # 'Share chart...' would send a figure to a chart server: the course is offline
    from widgets import compression_explorer
    from widgets.theme import PLOTLY_CONFIG
    from widgets.views.base import PLOTLY_MIMETYPE

    assert "sendChartToCloud" in PLOTLY_CONFIG["modeBarButtonsToRemove"]
    w = compression_explorer()
    assert w.pane.config == PLOTLY_CONFIG
    assert w._repr_mimebundle_()[PLOTLY_MIMETYPE]["config"] == PLOTLY_CONFIG
