"""What every course widget shares.

A :class:`CourseFigureWidget` is an ipywidgets ``VBox`` of controls, a one-line message
area, a plotly ``FigureWidget``, a text description and a provenance line saying which
parts of the simulation are established and which illustrative.

One update path serves three audiences:

* the live widget: a control changes, :meth:`update_figure` writes new data into the
  figure inside ``batch_update`` (the figure is never re-created);
* the stored notebook and the static site: :meth:`static_figure` runs the same
  :meth:`update_figure` on a plain ``go.Figure`` at the current settings, and the
  widget's display bundle carries it as ``application/vnd.plotly.v1+json``, so a reader
  without a kernel sees a real figure instead of "model not found";
* nbval: the bundle's ``text/plain`` is :meth:`summary`, a rounded, readable fingerprint
  of what the figure shows, which nbval compares with the stored output.

Subclasses add panels with :meth:`control_panel` or by appending to the children tuple
once; never re-order or re-create ``children`` after the ``FigureWidget`` is placed: the
embedded figure then stops drawing in JupyterLab although it looks fine from Python.

Bad input never reaches the learner as a traceback: a ``ValueError`` from the model is
shown in the message area and the figure keeps its last valid state.
"""

from __future__ import annotations

import html
import json
from typing import Any

import ipywidgets as W
import plotly.graph_objects as go

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

    def __init__(self) -> None:
        self._controls = self.controls()
        self.message = W.HTML(value="", layout=W.Layout(min_height="1.5em"))
        self.message.add_class("pn-message")
        self._valid_settings = self.settings()
        self._state = self.compute(self._valid_settings)
        figure = self.initial_figure()
        self.update_figure(figure, self._state)
        self.figure = go.FigureWidget(figure)
        self.figure.add_class("pn-figure")
        text = W.HTML(
            value=f'<p class="pn-description">{html.escape(self.description)}</p>'
            + provenance_html(self.established, self.illustrative)
        )
        super().__init__(
            children=[
                W.HTML(value=f"<h4 class='pn-title'>{html.escape(self.title)}</h4>"),
                self.control_panel(self._controls),
                self.message,
                self.figure,
                text,
            ]
        )
        self.add_class("pn-widget")
        self.add_class(f"pn-name-{self.name}")
        for control in self._controls:
            control.observe(self._on_control_change, names="value")

    # ----- to implement in subclasses -------------------------------------------------------------
    def controls(self) -> list[W.Widget]:
        """The ipywidgets controls, with descriptions and units in their labels."""
        raise NotImplementedError

    def settings(self) -> dict[str, Any]:
        """The current control values, as the model's arguments."""
        raise NotImplementedError

    def compute(self, settings: dict[str, Any]) -> Any:
        """Ask the model for the state to display; raises ``ValueError`` on bad input."""
        raise NotImplementedError

    def initial_figure(self) -> go.Figure:
        """The figure's fixed parts: traces (empty or default), axes, title, legend."""
        raise NotImplementedError

    def update_figure(self, figure: go.Figure, state: Any) -> None:
        """Write ``state`` into ``figure``'s traces and annotations (works on both a
        ``go.Figure`` and a ``go.FigureWidget``)."""
        raise NotImplementedError

    def summary(self) -> str:
        """A short, rounded text of what the figure shows now (the nbval fingerprint)."""
        raise NotImplementedError

    # ----- shared behaviour -----------------------------------------------------------
    def control_panel(self, controls: list[W.Widget]) -> W.Widget:
        return W.HBox(controls, layout=W.Layout(flex_flow="row wrap"))

    @property
    def state(self) -> Any:
        return self._state

    def refresh(self) -> None:
        """Recompute from the controls and redraw; bad input becomes a message."""
        try:
            settings = self.settings()
            state = self.compute(settings)
        except ValueError as err:
            self.show_message(str(err), kind="error")
            return
        self._valid_settings, self._state = settings, state
        self.show_message(self.status_message(state))
        with self.figure.batch_update():
            self.update_figure(self.figure, state)

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

    def _on_control_change(self, _change) -> None:
        self.refresh()

    def static_figure(self) -> go.Figure:
        """A plain plotly figure of the widget at its current settings."""
        figure = self.initial_figure()
        self.update_figure(figure, self._state)
        return figure

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.summary()
        bundle[PLOTLY_MIMETYPE] = json.loads(self.static_figure().to_json())
        return bundle
