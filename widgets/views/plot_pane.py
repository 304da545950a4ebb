"""A plotly figure in a notebook, updated in place and fast enough to follow a slider.

:class:`PlotPane` replaces plotly's ``FigureWidget`` inside the course widgets.  The
figure is drawn once from plain plotly JSON; after that the kernel sends *patches*: for
each trace (and layout key) that the widget's ``update_figure`` changes, its new value.
Patches are keyed by the controls' settings (:func:`settings_key`), and the widget sends
the patches of the settings one key press away ahead of time (:meth:`PlotPane.send_ahead`),
so when a learner presses an arrow key the browser shows the model's answer at once and
the kernel catches up in the background.  Every value drawn is computed by the Python
model; the browser only looks patches up.

plotly.js (about 5 MB) reaches the browser once per kernel, in :class:`PlotlyLibrary`,
instead of once per figure.
"""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import Any

import anywidget
import ipywidgets as W
import plotly
import traitlets

from widgets.theme import PLOTLY_CONFIG

Patch = dict[str, dict]
# Trace attributes that Plotly.animate(redraw: false) redraws in place (plot_pane.js reads
# this list from the pane).  Anything else (a trace's name or mode: the legend; the
# layout's axes, shapes or annotations) takes a full Plotly.update, several times slower.
IN_PLACE = ("x", "y", "text", "textposition", "hovertext", "customdata", "base", "width", "marker")
ANIMATABLE = ("scatter", "bar")
CACHE_SIZE = 400  # settings whose patch the browser keeps (plot_pane.js keeps a few more)


@cache
def plotly_source() -> str:
    """plotly.js as shipped in the installed plotly package (no CDN: the course works offline)."""
    return (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text("utf-8")


class PlotlyLibrary(anywidget.AnyWidget):
    """Carries plotly.js to the browser; never displayed.  One per kernel (:func:`library`)."""

    _esm = "export default {};"
    source = traitlets.Unicode("").tag(sync=True)


@cache
def library() -> PlotlyLibrary:
    return PlotlyLibrary(source=plotly_source())


def _plain(value: Any) -> Any:
    """JSON-ready value that prints as JavaScript's JSON.stringify would print it."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return None  # JSON.stringify(NaN) is "null" too
        # 12 significant digits: the browser's Math.pow and Python's ** may differ in the
        # last bit (a log slider), and the key must not
        value = float(f"{value:.12g}")
        return int(value) if value.is_integer() else value
    return str(value)


def control_setting(control: W.Widget) -> Any:
    """What the browser's model of `control` holds: the index for a selection widget."""
    if isinstance(control, W.widgets.widget_selection._Selection):
        return control.index
    return _plain(control.value)


def settings_key(controls: list[W.Widget], overrides: dict[int, Any] | None = None) -> str:
    """The controls' settings as one text, identical to ``settingsKey`` in plot_pane.js."""
    values = [control_setting(c) for c in controls]
    for i, v in (overrides or {}).items():
        values[i] = _plain(v)
    return json.dumps(values, separators=(",", ":"), allow_nan=False)


def figure_json(figure) -> dict:
    """A figure as plain JSON (numpy arrays become lists), as the browser will hold it."""
    return json.loads(figure.to_json())


def changed_keys(base: dict, new: dict) -> tuple[set[tuple[int, str]], set[str]]:
    """Which trace attributes (trace index, top-level key) and layout keys differ."""
    traces = set()
    for i, (a, b) in enumerate(zip(base.get("data", []), new.get("data", []), strict=True)):
        for k in a.keys() | b.keys():
            if a.get(k) != b.get(k):
                traces.add((i, k))
    la, lb = base.get("layout", {}), new.get("layout", {})
    layout = {k for k in la.keys() | lb.keys() if la.get(k) != lb.get(k)}
    return traces, layout


def make_patch(new: dict, traces: set[tuple[int, str]], layout: set[str]) -> Patch:
    """The absolute values of the given keys in `new` (None where `new` lacks one)."""
    data: dict[str, dict] = {}
    for i, k in sorted(traces):
        data.setdefault(str(i), {})[k] = new["data"][i].get(k)
    return {"data": data, "layout": {k: new.get("layout", {}).get(k) for k in sorted(layout)}}


def _axis_fixed(layout: dict, ref: str) -> bool:
    axis = layout.get(ref[0] + "axis" + ref[1:], {})
    return "range" in axis or axis.get("type") == "category" or "categoryarray" in axis


def redraws_in_place(before: dict, after: dict) -> bool:
    """Whether the browser can go from figure `before` to `after` with the fast path of
    plot_pane.js (the same rule, on the figures' JSON)."""
    traces, layout = changed_keys(before, after)
    if not layout <= {"title"}:
        return False
    for i, k in traces:
        trace = after["data"][i]
        if trace.get("type", "scatter") not in ANIMATABLE or k not in IN_PLACE:
            return False
        # plotly's animate neither clears a drawing whose data become empty nor draws one
        # whose data were empty
        if trace.get(k) is None or trace.get(k) == [] or before["data"][i].get(k) == []:
            return False
        if k == "marker" and trace.get("showlegend", True):
            return False
        refs = (trace.get("xaxis", "x"), trace.get("yaxis", "y"))
        if not all(_axis_fixed(after["layout"], r) for r in refs):
            return False
    return True


def apply_patch(figure: dict, patch: Patch) -> dict:
    """What the browser shows after `patch` (for tests: a patch must reproduce the figure)."""
    out = json.loads(json.dumps(figure))
    for i, attrs in patch["data"].items():
        trace = out["data"][int(i)]
        for k, v in attrs.items():
            if v is None:
                trace.pop(k, None)
            else:
                trace[k] = v
    for k, v in patch["layout"].items():
        if v is None:
            out["layout"].pop(k, None)
        else:
            out["layout"][k] = v
    return out


class PlotPane(anywidget.AnyWidget):
    """One plotly figure in the browser; see the module docstring."""

    _esm = Path(__file__).with_name("plot_pane.js")
    _css = ".pn-plot-pane { width: 100%; } .pn-plot-loading { color: #555; font-style: italic; }"

    figure = traitlets.Dict().tag(sync=True)
    label = traitlets.Unicode("").tag(sync=True)
    library = traitlets.Instance(PlotlyLibrary).tag(sync=True, **W.widget_serialization)
    controls = traitlets.List(traitlets.Instance(W.Widget)).tag(sync=True, **W.widget_serialization)
    current = traitlets.Dict().tag(sync=True)  # {"key": settings the kernel drew last}
    in_place = traitlets.List(list(IN_PLACE)).tag(sync=True)
    in_place_types = traitlets.List(list(ANIMATABLE)).tag(sync=True)
    config = traitlets.Dict(dict(PLOTLY_CONFIG)).tag(sync=True)  # plotly's toolbar

    def __init__(self, figure: dict, controls: list[W.Widget], label: str = "") -> None:
        super().__init__(figure=figure, controls=list(controls), label=label, library=library())
        self._traces: set[tuple[int, str]] = set()
        self._layout: set[str] = set()
        self._sent: OrderedDict[str, None] = OrderedDict()  # keys the browser holds
        self._current: tuple[str, dict] | None = None
        self._recent: OrderedDict[str, dict] = OrderedDict()  # figures to resend after a reset
        self.on_msg(self._on_browser_message)

    def _on_browser_message(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("type") == "ready":
            self._forget()  # a new view: it holds nothing yet

    def _learn(self, new: dict) -> bool:
        """Widen the set of keys a patch carries; True if it grew (older patches are stale)."""
        traces, layout = changed_keys(self.figure, new)
        grew = not (traces <= self._traces and layout <= self._layout)
        self._traces |= traces
        self._layout |= layout
        return grew

    def patch_for(self, new: dict) -> Patch:
        return make_patch(new, self._traces, self._layout)

    def show(self, key: str, new: dict) -> None:
        """The figure for the controls' current settings (`key`)."""
        self._current = (key, new)
        self._keep_recent(key, new)
        if self._learn(new):
            self._forget()  # resends the recent states, this one among them
        elif not self.knows(key):
            self._remember(key)
            self.send({"states": [[key, self.patch_for(new)]]})
        self.current = {"key": key}

    def send_ahead(self, states: dict[str, dict]) -> None:
        """Figures for settings the learner may reach next, for the browser to keep."""
        fresh = {k: v for k, v in states.items() if k not in self._sent}
        if not fresh:
            return
        grew = any([self._learn(new) for new in fresh.values()])
        if grew:
            self._forget()
        for k, v in fresh.items():
            self._remember(k)
            self._keep_recent(k, v)
        self.send({"states": [[k, self.patch_for(v)] for k, v in fresh.items()]})

    def knows(self, key: str) -> bool:
        return key in self._sent

    def _remember(self, key: str) -> None:
        self._sent[key] = None
        self._sent.move_to_end(key)
        while len(self._sent) > CACHE_SIZE:
            self._sent.popitem(last=False)

    def _keep_recent(self, key: str, new: dict, size: int = 64) -> None:
        self._recent[key] = new
        self._recent.move_to_end(key)
        while len(self._recent) > size:
            self._recent.popitem(last=False)

    def _forget(self) -> None:
        """Patches now carry one more key: the browser drops the narrower ones it holds and
        gets the recent ones, the current one among them, again in the wider form."""
        self._sent.clear()
        states = [[k, self.patch_for(v)] for k, v in self._recent.items()]
        self.send({"type": "reset", "states": states})
        for k, _ in states:
            self._remember(k)
