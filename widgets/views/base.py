"""What every course widget shares.

A :class:`CourseFigureWidget` is an ipywidgets ``VBox`` of controls, a one-line message
area, a :class:`~widgets.views.plot_pane.PlotPane` (a plotly figure), a text description
and a provenance line saying which parts of the simulation are established and which
illustrative.

One update path serves three audiences:

* the live widget: a control changes, :meth:`update_figure` writes new data into
  ``self.figure`` (a plain ``go.Figure``, never re-created) and the :class:`PlotPane`
  sends the browser only what changed; the settings one key press away are computed
  ahead and sent too, so the browser redraws the moment a control moves
  (:mod:`widgets.views.plot_pane`, :mod:`widgets.views.lookahead`);
* the stored notebook and the static site: :meth:`static_figure` runs the same
  :meth:`update_figure` on a plain ``go.Figure`` at the current settings, and the
  widget's display bundle carries it as ``application/vnd.plotly.v1+json``, so a reader
  without a kernel sees a real figure instead of "model not found";
* nbval: the bundle's ``text/plain`` is :meth:`summary`, a rounded, readable fingerprint
  of what the figure shows, which nbval compares with the stored output.

Subclasses add panels with :meth:`control_panel` or by appending to the children tuple
once; never re-order or re-create ``children`` after the figure is placed: the
embedded figure then stops drawing in JupyterLab although it looks fine from Python.

Bad input never reaches the learner as a traceback: a ``ValueError`` from the model is
shown in the message area and the figure keeps its last valid state.
"""

from __future__ import annotations

import asyncio
import html
import json
import time
from collections import OrderedDict
from typing import Any

import ipywidgets as W
import plotly.graph_objects as go

from widgets.theme import PLOTLY_CONFIG
from widgets.views.lookahead import reachable
from widgets.views.plot_pane import PlotPane, figure_json, settings_key

PLOTLY_MIMETYPE = "application/vnd.plotly.v1+json"
WIDGET_VIEW_MIMETYPE = "application/vnd.jupyter.widget-view+json"

PROVENANCE_LABELS = {
    "established": "Established physiology",
    "illustrative": "Illustrative (a teaching model, not measured)",
}


def provenance_html(established: str, illustrative: str) -> str:
    """The on-screen line that says which parts of a figure are established and which are
    illustrative (words, not colour, carry the meaning)."""
    return (
        '<div class="pn-provenance" style="font-size:0.9em">'
        f"<b>{PROVENANCE_LABELS['established']}:</b> {html.escape(established)}<br>"
        f"<b>{PROVENANCE_LABELS['illustrative']}:</b> {html.escape(illustrative)}</div>"
    )


class CourseFigureWidget(W.VBox):
    """Base class for the course's figure widgets (see the module docstring).

    Subclasses set ``name``, ``title``, ``description``, ``established`` and
    ``illustrative`` and implement :meth:`controls`, :meth:`settings`,
    :meth:`initial_figure`, :meth:`update_figure` and :meth:`summary`.
    """

    name: str = "course_widget"
    title: str = ""
    description: str = ""
    established: str = ""
    illustrative: str = ""
    # names of the controls whose single steps redraw the figure in place (fast path)
    in_place_controls: tuple[str, ...] = ()

    def __init__(self) -> None:
        self._overrides: dict[int, Any] = {}
        self._controls = self.controls()
        self.message = W.HTML(value="", layout=W.Layout(min_height="1.5em"))
        self.message.add_class("pn-message")
        self._valid_settings = self.settings()
        self._state = self.compute(self._valid_settings)
        figure = self.initial_figure()
        self._draw(figure, self._state)
        self.figure = figure  # what the browser shows now
        self._scratch = go.Figure(figure)  # for computing settings ahead
        self._computed: OrderedDict[str, tuple[Any, dict]] = OrderedDict()
        self.pane = PlotPane(figure_json(figure), self._controls, label=self.title)
        self.pane.add_class("pn-figure")
        self._moved: W.Widget | None = None
        self._ahead_pending: list = []  # look-aheads not finished, newest last
        self._ahead_scheduled = False
        text = W.HTML(
            value=f'<p class="pn-description">{html.escape(self.description)}</p>'
            + provenance_html(self.established, self.illustrative)
        )
        super().__init__(
            children=[
                W.HTML(value=f"<h4 class='pn-title'>{html.escape(self.title)}</h4>"),
                self.control_panel(self._controls),
                self.message,
                self.pane,
                text,
            ]
        )
        self.add_class("pn-widget")
        self.add_class(f"pn-name-{self.name}")
        for control in self._controls:
            control.observe(self._on_control_change, names="value")
        self.send_ahead()

    # ----- to implement in subclasses -------------------------------------------------------------
    def controls(self) -> list[W.Widget]:
        """The ipywidgets controls, with descriptions and units in their labels."""
        raise NotImplementedError

    def settings(self) -> dict[str, Any]:
        """The control values, as the model's arguments (read them with :meth:`read`)."""
        raise NotImplementedError

    def compute(self, settings: dict[str, Any]) -> Any:
        """Ask the model for the state to display; raises ``ValueError`` on bad input."""
        raise NotImplementedError

    def initial_figure(self) -> go.Figure:
        """The figure's fixed parts: traces (empty or default), axes, title, legend."""
        raise NotImplementedError

    def update_figure(self, figure: go.Figure, state: Any) -> None:
        """Write ``state`` into ``figure``'s traces (and title).

        Write every attribute you ever write, on every call: the result must depend on
        ``state`` alone, not on the states drawn before (states one key press away are
        computed ahead, in any order).  Put what moves into traces, not layout shapes or
        annotations: traces redraw in place, layout changes redraw the whole figure.
        ``tests/views/test_plot_pane.py`` checks both for every widget."""
        raise NotImplementedError

    def summary(self) -> str:
        """A short, rounded text of what the figure shows now (the nbval fingerprint)."""
        raise NotImplementedError

    def headline(self, state: Any) -> str | None:
        """Optional: one line under the (fixed) title saying what the figure shows now,
        e.g. the measured speed.  It is drawn as a text trace, which redraws in place,
        where a changing layout title would redraw the whole figure."""
        return None

    # ----- drawing -------------------------------------------------------------------
    HEADLINE_AXES = ("x20", "y20")  # invisible axes over the top-left subplot
    HEADLINE_LIFT = 0  # blank lines under the headline, to clear a subplot title or a note

    def _draw(self, figure: go.Figure, state: Any) -> None:
        self.update_figure(figure, state)
        text = self.headline(state)
        if text is None:
            return
        if not figure.data or figure.data[-1].name != "headline":
            self._add_headline(figure)
        figure.data[-1].text = [text + "<br> " * self.HEADLINE_LIFT]

    def _add_headline(self, figure: go.Figure) -> None:
        x, y = self.HEADLINE_AXES
        figure.add_trace(
            go.Scatter(
                x=[0],
                y=[1],  # the top edge (a point beyond the axis range would be hidden)
                xaxis=x,
                yaxis=y,
                mode="text",
                text=[""],
                textposition="top right",
                textfont={"size": 14},
                cliponaxis=False,
                hoverinfo="skip",
                showlegend=False,
                name="headline",
            )
        )
        hidden = {"range": [0, 1], "visible": False, "fixedrange": True}
        figure.layout["xaxis" + x[1:]] = {**hidden, "overlaying": "x"}
        figure.layout["yaxis" + y[1:]] = {**hidden, "overlaying": "y"}

    # ----- shared behaviour -----------------------------------------------------------
    def control_panel(self, controls: list[W.Widget]) -> W.Widget:
        return W.HBox(controls, layout=W.Layout(flex_flow="row wrap"))

    def read(self, control: W.Widget) -> Any:
        """A control's value, or the value :meth:`send_ahead` is trying out for it."""
        return self._overrides.get(id(control), control.value)

    @property
    def state(self) -> Any:
        return self._state

    def refresh(self) -> None:
        """Recompute from the controls and redraw; bad input becomes a message."""
        key = settings_key(self._controls)
        try:
            settings = self.settings()
            if key in self._computed:
                state, new = self._computed[key]
            else:
                state, new = self.compute(settings), None
        except ValueError as err:
            self.show_message(str(err), kind="error")
            return
        self._valid_settings, self._state = settings, state
        self.show_message(self.status_message(state))
        self._draw(self.figure, state)
        self.pane.show(key, new if new is not None else figure_json(self.figure))
        self.send_ahead()

    # In a running kernel the look-ahead is computed in slices of about this many seconds,
    # each a separate event-loop callback, so that a control change arriving meanwhile is
    # handled after the current slice, not after the whole look-ahead.
    AHEAD_SLICE_S = 0.015
    AHEAD_KEPT = 3  # older look-aheads still finished after the newest (the learner may go back)

    def send_ahead(self) -> None:
        """Compute the figures one key press away and send them to the browser, nearest
        first.  In a kernel this runs in the background, a slice at a time: the newest
        look-ahead (the learner just moved) goes first, the older ones resume after it.
        Without an event loop (tests, scripts) it runs to the end at once."""
        todo = iter(self._ahead_todo())
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            while self._ahead_slice(todo, budget_s=float("inf")):
                pass
            return
        self._ahead_pending = [*self._ahead_pending[-(self.AHEAD_KEPT - 1) :], todo]
        if self._ahead_scheduled:
            return

        def step() -> None:  # one slice per event-loop callback
            pending = self._ahead_pending
            try:
                if not self._ahead_slice(pending[-1], self.AHEAD_SLICE_S):
                    pending.pop()  # that look-ahead is done: resume the one before it
            except Exception:
                pending.clear()  # a failing setting must not stop every later look-ahead
                raise
            finally:
                self._ahead_scheduled = bool(pending)
                if pending:
                    loop.call_soon(step)

        self._ahead_scheduled = True
        loop.call_soon(step)

    def _ahead_todo(self) -> list[tuple[int, W.Widget, Any, Any]]:
        todo = []
        for i, control in enumerate(self._controls):
            for setting, value in reachable(control, moved=control is self._moved):
                todo.append((i, control, setting, value))
        todo.sort(key=lambda t: t[1] is not self._moved)  # the moved control first (stable)
        return todo

    def _ahead_slice(self, todo, budget_s: float) -> bool:
        """Compute and send the next settings of `todo` for about `budget_s` (at least one
        not yet sent); False when `todo` is done."""
        start, states = time.perf_counter(), {}
        for i, control, setting, value in todo:
            key = settings_key(self._controls, {i: setting})
            if self.pane.knows(key) or key in states:
                continue
            self._overrides = {id(control): value}
            try:
                state = self.compute(self.settings())
            except ValueError:
                continue  # nothing to draw there; the kernel will say why if it is reached
            finally:
                self._overrides = {}
            self._draw(self._scratch, state)
            new = figure_json(self._scratch)
            self._remember(key, state, new)
            states[key] = new
            if time.perf_counter() - start >= budget_s:
                self.pane.send_ahead(states)
                return True
        if states:
            self.pane.send_ahead(states)
        return False

    def _remember(self, key: str, state: Any, new: dict, size: int = 64) -> None:
        self._computed[key] = (state, new)
        self._computed.move_to_end(key)
        while len(self._computed) > size:
            self._computed.popitem(last=False)

    def status_message(self, state: Any) -> str:
        """A sentence shown above the figure for the current state (e.g. a warning)."""
        return ""

    def show_message(self, text: str, kind: str = "info") -> None:
        if not text:
            self.message.value = ""
            return
        prefix = {"error": "⚠ Cannot update: ", "warning": "⚠ "}.get(kind, "")
        role = "alert" if kind in ("error", "warning") else "status"
        self.message.value = (
            f'<div role="{role}" class="pn-message-{kind}"><b>{html.escape(prefix)}</b>'
            f"{html.escape(text)}</div>"
        )

    def _show_status(self, state: Any) -> None:
        """The message line for a valid state (views may show theirs as a warning)."""
        self.show_message(self.status_message(state))

    def show_start_message(self, problem: str) -> None:
        """At the end of a constructor: why a bad option gave way to the defaults, or else
        the status of the starting state."""
        if problem:
            self.show_message(f"{problem} Showing the default setting instead.", kind="error")
        else:
            self._show_status(self._state)

    def _on_control_change(self, change) -> None:
        self._moved = change["owner"]
        self.refresh()

    def static_figure(self) -> go.Figure:
        """A plain plotly figure of the widget at its current settings."""
        figure = self.initial_figure()
        self._draw(figure, self._state)
        # carried to the static site and slides, which caption the figure with them
        meta = ("description", "established", "illustrative")
        figure.layout.meta = {f"pn_{k}": getattr(self, k) for k in meta}
        return figure

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.summary()
        static = json.loads(self.static_figure().to_json())
        static["config"] = dict(PLOTLY_CONFIG)  # the same toolbar as the live pane
        bundle[PLOTLY_MIMETYPE] = static
        return bundle
