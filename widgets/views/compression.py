"""Chapter 2: pressure and duration against the fibres that still conduct.

Three panels, all from :func:`widgets.physiology.compression.compress` on one 1000-fibre
nerve:

* bars: the fraction of each fibre class still conducting, with what the person feels in
  that class's sense ("normal", "tingling" for touch, "reduced", "numb") written on the bar;
* a pressure × duration map: where blood flow is untouched, where touch goes numb, the
  mechanical-injury zone, and the current setting as a star;
* the fraction conducting against duration at the current pressure, with the current
  duration marked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ipywidgets as W
import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from widgets.physiology import parameters as prm
from widgets.physiology.compression import (
    CompressionState,
    FibrePopulation,
    compress,
    make_population,
)
from widgets.physiology.fibres import CLASS_NAMES, FIBRE_CLASSES
from widgets.theme import FIBRE_PATTERN, FIBRE_STYLE, OKABE_ITO, STATUS, base_layout
from widgets.validation import number
from widgets.views.base import CourseFigureWidget

# Pressure slider stops: dense where blood flow changes (20–100 mmHg), sparse above.
PRESSURE_STOPS = (
    0,
    10,
    20,
    25,
    30,
    40,
    50,
    60,
    70,
    80,
    90,
    100,
    120,
    150,
    200,
    250,
    300,
    350,
    400,
    500,
    600,
    700,
    800,
    900,
    1000,
)


def pressure_slider(value: float, description: str) -> W.SelectionSlider:
    """Pressure in mmHg on a slider whose stops are dense where the physiology changes
    (20-100 mmHg) and sparse above occlusion; shared by the compression and recovery views."""
    stops = sorted({*PRESSURE_STOPS, float(value)})
    return W.SelectionSlider(
        options=[(f"{p:g}", float(p)) for p in stops],
        value=float(value),
        description=description,
        continuous_update=True,
        style={"description_width": "initial"},
        layout=W.Layout(width="420px"),
    )


def duration_slider(value: float, description: str) -> W.IntSlider:
    """Compression duration in whole minutes, 0-240."""
    return W.IntSlider(
        value=round(value),
        min=0,
        max=240,
        step=1,
        description=description,
        continuous_update=True,
        style={"description_width": "initial"},
        layout=W.Layout(width="420px"),
    )


CURVE_MINUTES = np.arange(0.0, 241.0, 2.0)  # duration grid of the time-course panel
MAP_PRESSURE_FLOOR = 10.0  # the map's pressure axis is logarithmic: 10–1000 mmHg
DEFAULTS = {"pressure_mmhg": 200.0, "minutes": 30.0}

# Trace indices (fixed by initial_figure).
BARS = range(0, 4)
LINES = range(4, 8)
NOW_MARKERS = range(8, 12)
NOW_LINE = 12
MAP_POINT = 17
CURVE_PRESSURE = 18  # text trace naming the pressure of the time-course panel


def class_label(name: str) -> str:
    return f"{name}<br>{FIBRE_CLASSES[name].modality}"


@lru_cache(maxsize=4)
def population(n: int = 1000, seed: int = 0) -> FibrePopulation:
    return make_population(n=n, seed=seed)


@lru_cache(maxsize=64)
def fraction_curve(pressure_mmhg: float) -> tuple[tuple[float, ...], ...]:
    """Fraction conducting per class (``CLASS_NAMES`` order) over ``CURVE_MINUTES``."""
    pop = population()
    rows = [compress(pop, pressure_mmhg, m).fraction_conducting for m in CURVE_MINUTES]
    return tuple(tuple(r[c] for r in rows) for c in CLASS_NAMES)


@lru_cache(maxsize=1)
def numb_dose_min() -> float:
    """Ischaemic dose (minutes of full occlusion) at which touch first reads numb in the
    model, found by bisection on ``compress`` at full occlusion."""
    pop, full = population(), prm.FLOW_PRESSURE_STOP.value
    lo, hi = 0.0, float(prm.MINUTES_RANGE.value[1])
    for _ in range(30):
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if compress(pop, full, mid).numb else (mid, hi)
    return hi


def numb_boundary() -> tuple[list[float], list[float]]:
    """(minutes, pressure) of the line beyond which touch is numb: dose = φ(P)·t."""
    start, stop = prm.FLOW_PRESSURE_START.value, prm.FLOW_PRESSURE_STOP.value
    dose, t_max = numb_dose_min(), prm.MINUTES_RANGE.value[1]
    pressures = np.geomspace(start + 0.5, 1000.0, 60)
    phi = np.clip((pressures - start) / (stop - start), 0.0, 1.0)
    minutes = dose / phi
    keep = minutes <= t_max
    return minutes[keep].round(2).tolist(), pressures[keep].round(2).tolist()


def feeling_word(state: CompressionState, name: str) -> str:
    return state.sensation[FIBRE_CLASSES[name].modality]


@dataclass(frozen=True)
class ExplorerState:
    compression: CompressionState
    curve: tuple[tuple[float, ...], ...]  # per class, over CURVE_MINUTES


class CompressionExplorer(CourseFigureWidget):
    """Sliders for pressure and duration; bars, a pressure × time map and a time course."""

    # a step of these controls redraws the figure in place (tests/views/test_plot_pane.py)
    in_place_controls = ("pressure", "minutes")

    name = "compression_explorer"
    title = "Compression explorer: which fibres stop conducting?"
    description = (
        "Left: one horizontal bar per fibre class (Aα position and movement, Aβ touch, "
        "Aδ sharp pain and cold, C slow pain and warmth) showing the fraction of that class "
        "still conducting, from 0 to 1, with the number and what the person feels in that "
        "sense (normal, tingling for touch, reduced for the others, or numb) written beside "
        "the bar; a dotted line marks half, "
        "below which a sense reads numb. Right: a map of pressure (up, logarithmic) against "
        "duration (across): a grey band below 25 mmHg where blood still flows, a dashed line "
        "beyond which touch is numb, a hatched mechanical-injury zone above 300 mmHg and "
        "60 minutes, and a star at the current setting. Bottom: the fraction of each class "
        "still conducting as the compression goes on at the current pressure, one line per "
        "class with its own dash style, and a vertical line at the current duration."
    )
    established = (
        "blood flow inside the nerve slows from 20–30 mmHg and stops at 60–80 mmHg (Rydevik "
        "1981); under ischaemia touch (Aβ) fails before movement (Aα), at about 30 and 46 "
        "minutes (Hofmeijer 2013), and C fibres survive longest (Fruhstorfer 1984); "
        "mechanical myelin injury took about 1000 mmHg for 1.5–3 hours in baboons (Ochoa "
        "1972)."
    )
    illustrative = (
        "the S-shaped (logistic) block curve and its ±15 % spread between fibres, the "
        "straight-line fall of blood flow between 25 and 70 mmHg, Aδ's half-block time "
        "and C's exact one, the read-out rule ('tingling' for touch when partly blocked or "
        "after 1 minute of ischaemia, 'reduced' for the other senses when partly blocked), "
        "and the edge of the injury zone (300 mmHg, 60 minutes)."
    )

    def __init__(
        self, pressure_mmhg: float = DEFAULTS["pressure_mmhg"], minutes: float = DEFAULTS["minutes"]
    ) -> None:
        problem = ""
        try:
            pressure_mmhg = number(pressure_mmhg, "pressure_mmhg", 0, 1000, "mmHg")
            minutes = number(minutes, "minutes", 0, 240, "min")
        except ValueError as err:
            problem = str(err)
            pressure_mmhg, minutes = DEFAULTS["pressure_mmhg"], DEFAULTS["minutes"]
        self._start = (pressure_mmhg, minutes)
        super().__init__()
        self.show_start_message(problem)

    # ----- controls ----------------------------------------------------------------------
    def controls(self) -> list[W.Widget]:
        pressure, minutes = self._start
        self.pressure = pressure_slider(pressure, "Pressure on the nerve (mmHg)")
        self.minutes = duration_slider(minutes, "Duration (min)")
        return [self.pressure, self.minutes]

    def settings(self) -> dict[str, Any]:
        return {"pressure_mmhg": self.read(self.pressure), "minutes": self.read(self.minutes)}

    def compute(self, settings: dict[str, Any]) -> ExplorerState:
        pressure = number(settings["pressure_mmhg"], "pressure_mmhg", 0, 1000, "mmHg")
        minutes = number(settings["minutes"], "minutes", 0, 240, "min")
        state = compress(population(), pressure, minutes)
        return ExplorerState(state, fraction_curve(pressure))

    # ----- messages ----------------------------------------------------------------------
    def status_message(self, state: ExplorerState) -> str:
        return state.compression.injury_warning

    def _show_status(self, state: ExplorerState) -> None:
        text = self.status_message(state)
        self.show_message(text, kind="warning" if text else "info")

    def refresh(self) -> None:
        before = self._state
        super().refresh()
        if self._state is not before:  # a valid update: show a warning as a warning
            self._show_status(self._state)

    # ----- figure --------------------------------------------------------------------
    def initial_figure(self) -> go.Figure:
        fig = make_subplots(
            rows=2,
            cols=2,
            specs=[[{}, {}], [{"colspan": 2}, None]],
            row_heights=[0.52, 0.48],
            vertical_spacing=0.2,
            horizontal_spacing=0.2,
            subplot_titles=(
                "Fraction still conducting, and what is felt",
                "Where this setting sits",
                "Fraction still conducting as time goes on",
            ),
        )
        fig.update_layout(
            **base_layout(
                "Pressure on a leg nerve: which fibres stop conducting",
                height=760,
                margin={"l": 165, "r": 30, "t": 90, "b": 60},
                legend={"orientation": "h", "y": -0.12, "x": 0, "title": {"text": "Fibre class:"}},
                bargap=0.35,
            )
        )
        labels = [class_label(c) for c in CLASS_NAMES]
        for c, label in zip(CLASS_NAMES, labels, strict=True):  # traces 0–3
            style = FIBRE_STYLE[c]
            fig.add_trace(
                go.Bar(
                    y=[label],
                    x=[1.0],
                    orientation="h",
                    name=c,
                    legendgroup=c,
                    showlegend=False,
                    marker={
                        "color": style["color"],
                        "line": {"color": OKABE_ITO["black"], "width": 1},
                        "pattern": {
                            "shape": FIBRE_PATTERN[c],
                            "fgcolor": OKABE_ITO["black"],
                            "fgopacity": 0.35,
                        },
                    },
                    text=[""],
                    textposition="outside",
                    cliponaxis=False,
                    hovertemplate=f"{c}: %{{x:.2f}} conducting<extra></extra>",
                ),
                row=1,
                col=1,
            )
        for c in CLASS_NAMES:  # traces 4–7
            style = FIBRE_STYLE[c]
            fig.add_trace(
                go.Scatter(
                    x=CURVE_MINUTES.tolist(),
                    y=[1.0] * len(CURVE_MINUTES),
                    mode="lines",
                    name=c,
                    legendgroup=c,
                    line={"color": style["color"], "dash": style["dash"], "width": 3},
                    hovertemplate=f"{c}: %{{y:.2f}} at %{{x}} min<extra></extra>",
                ),
                row=2,
                col=1,
            )
        for c in CLASS_NAMES:  # traces 8–11
            style = FIBRE_STYLE[c]
            fig.add_trace(
                go.Scatter(
                    x=[0.0],
                    y=[1.0],
                    mode="markers",
                    name=f"{c} now",
                    legendgroup=c,
                    showlegend=False,
                    marker={
                        "color": style["color"],
                        "symbol": style["symbol"],
                        "size": 13,
                        "line": {"color": "white", "width": 1},
                    },
                    hovertemplate=f"{c} now: %{{y:.2f}}<extra></extra>",
                ),
                row=2,
                col=1,
            )
        fig.add_trace(
            go.Scatter(  # trace 12: the current duration
                x=[0.0, 0.0],
                y=[0.0, 1.08],
                mode="lines+text",
                name="current duration",
                showlegend=False,
                text=["", "now"],
                textposition="top center",
                line={"color": OKABE_ITO["black"], "dash": "dot", "width": 2},
                hoverinfo="skip",
            ),
            row=2,
            col=1,
        )
        self._add_map(fig)
        fig.add_trace(
            go.Scatter(  # trace 18: a trace, not a layout annotation, so it redraws in place
                x=[3.0],
                y=[1.13],
                mode="text",
                text=[""],
                textposition="middle right",
                textfont={"size": 13},
                showlegend=False,
                hoverinfo="skip",
                name="pressure of these curves",
            ),
            row=2,
            col=1,
        )
        fig.add_vline(
            x=prm.NUMB_FRACTION.value,
            row=1,
            col=1,
            line={"color": STATUS["neutral"], "dash": "dot", "width": 2},
        )
        fig.add_hline(
            y=prm.NUMB_FRACTION.value,
            row=2,
            col=1,
            line={"color": STATUS["neutral"], "dash": "dot", "width": 2},
            annotation_text="below half: numb",
            annotation_position="bottom right",
        )
        fig.update_xaxes(
            title_text="fraction conducting (0–1)",
            range=[0, 1.75],
            tickvals=[0, 0.5, 1],
            row=1,
            col=1,
        )
        fig.update_yaxes(
            categoryorder="array",
            categoryarray=labels[::-1],
            title_text="fibre class · sense",
            row=1,
            col=1,
        )
        fig.update_xaxes(title_text="duration (min)", range=[0, 240], row=1, col=2)
        fig.update_yaxes(
            title_text="pressure (mmHg, log)",
            type="log",
            range=[1, 3.05],
            tickvals=[10, 25, 70, 150, 300, 1000],
            row=1,
            col=2,
        )
        fig.update_xaxes(
            title_text="duration of the compression (min)", range=[0, 242], row=2, col=1
        )
        fig.update_yaxes(title_text="fraction conducting (0–1)", range=[-0.03, 1.2], row=2, col=1)
        return fig

    def _add_map(self, fig: go.Figure) -> None:
        start, stop = prm.FLOW_PRESSURE_START.value, prm.FLOW_PRESSURE_STOP.value
        p_inj, t_inj = prm.INJURY_PRESSURE.value, prm.INJURY_MINUTES.value
        fig.add_trace(
            go.Scatter(  # trace 13: blood still flows
                x=[0, 240, 240, 0, 0],
                y=[MAP_PRESSURE_FLOOR, MAP_PRESSURE_FLOOR, start, start, MAP_PRESSURE_FLOOR],
                mode="lines",
                fill="toself",
                fillcolor="rgba(153,153,153,0.25)",
                line={"color": STATUS["neutral"], "width": 1},
                name="blood still flows",
                showlegend=False,
                hoverinfo="name",
            ),
            row=1,
            col=2,
        )
        fig.add_trace(
            go.Scatter(  # trace 14: no flow at all from 70 mmHg
                x=[0, 240],
                y=[stop, stop],
                mode="lines",
                name="all flow stopped",
                line={"color": STATUS["neutral"], "dash": "dot", "width": 2},
                showlegend=False,
                hoverinfo="name",
            ),
            row=1,
            col=2,
        )
        minutes, pressures = numb_boundary()
        fig.add_trace(
            go.Scatter(  # trace 15: touch numb beyond this line
                x=minutes,
                y=pressures,
                mode="lines",
                name="touch numb beyond this line",
                line={"color": STATUS["numb"], "dash": "dash", "width": 3},
                showlegend=False,
                hoverinfo="name",
            ),
            row=1,
            col=2,
        )
        fig.add_trace(
            go.Scatter(  # trace 16: mechanical-injury zone
                x=[t_inj, 240, 240, t_inj, t_inj],
                y=[p_inj, p_inj, 1000, 1000, p_inj],
                mode="lines",
                fill="toself",
                fillcolor="rgba(213,94,0,0.18)",
                fillpattern={"shape": "x", "fgcolor": STATUS["warning"], "fgopacity": 0.5},
                line={"color": STATUS["warning"], "width": 2},
                name="mechanical-injury zone",
                showlegend=False,
                hoverinfo="name",
            ),
            row=1,
            col=2,
        )
        fig.add_trace(
            go.Scatter(  # trace 17: the current setting
                x=[0.0],
                y=[MAP_PRESSURE_FLOOR],
                mode="markers+text",
                name="current setting",
                cliponaxis=False,
                showlegend=False,
                text=[""],
                textposition="middle right",
                marker={
                    "symbol": "star",
                    "size": 18,
                    "color": OKABE_ITO["black"],
                    "line": {"color": "white", "width": 1},
                },
                hoverinfo="text",
            ),
            row=1,
            col=2,
        )
        notes = [
            (120, 14.5, "blood still flows (below 25 mmHg)", STATUS["neutral"], "middle"),
            (238, stop, "all flow stopped (70 mmHg)", STATUS["neutral"], "bottom"),
            (238, 960, "injury zone", STATUS["warning"], "top"),
            (150, 50, "touch numb right<br>of the dashed line", STATUS["numb"], "middle"),
        ]
        for x, y, text, colour, yanchor in notes:
            fig.add_annotation(
                x=x,
                y=math.log10(y),
                text=text,
                showarrow=False,
                font={"size": 12, "color": colour},
                yanchor=yanchor,
                xanchor="right" if x > 200 else "center",
                row=1,
                col=2,
            )

    def update_figure(self, figure: go.Figure, state: ExplorerState) -> None:
        s = state.compression
        for i, c in zip(BARS, CLASS_NAMES, strict=True):
            frac = s.fraction_conducting[c]
            figure.data[i].x = [round(frac, 4)]
            figure.data[i].text = [f"{frac:.2f} · {feeling_word(s, c)}"]
        for i, j, k, c in zip(LINES, NOW_MARKERS, range(4), CLASS_NAMES, strict=True):
            figure.data[i].y = [round(v, 4) for v in state.curve[k]]
            figure.data[j].x = [s.minutes]
            figure.data[j].y = [round(s.fraction_conducting[c], 4)]
        figure.data[NOW_LINE].x = [s.minutes, s.minutes]
        figure.data[NOW_LINE].text = ["", f"now: {s.minutes:g} min"]
        side = "right" if s.minutes < 30 else "left" if s.minutes > 210 else "center"
        figure.data[NOW_LINE].textposition = f"top {side}"
        shown_p = max(s.pressure_mmhg, MAP_PRESSURE_FLOOR)
        point = f"{s.pressure_mmhg:g} mmHg<br>{s.minutes:g} min"
        if s.pressure_mmhg < MAP_PRESSURE_FLOOR:
            point += " (off scale)"
        if s.injury_warning:
            point += "<br>⚠ injury zone"
        figure.data[MAP_POINT].x = [s.minutes]
        figure.data[MAP_POINT].y = [shown_p]
        figure.data[MAP_POINT].text = [point]
        vertical = "bottom" if shown_p > 150 else "top"
        figure.data[MAP_POINT].textposition = (
            f"{vertical} left" if s.minutes > 150 else f"{vertical} right"
        )
        label = figure.data[CURVE_PRESSURE]
        label.text = [f"curves at {s.pressure_mmhg:g} mmHg"]
        # on the side away from the 'now' label, which moves with the duration
        far_left = s.minutes > 120
        label.x = [3.0] if far_left else [239.0]
        label.textposition = "middle right" if far_left else "middle left"

    def summary(self) -> str:
        s = self._state.compression
        fractions = ", ".join(f"{c} {s.fraction_conducting[c]:.2f}" for c in CLASS_NAMES)
        feels = ", ".join(f"{m} {w}" for m, w in s.sensation.items())
        injury = "mechanical-injury zone" if s.injury_warning else "outside the injury zone"
        return (
            f"{s.pressure_mmhg:g} mmHg for {s.minutes:g} min: conducting {fractions}; "
            f"feels: {feels}; {injury}."
        )
