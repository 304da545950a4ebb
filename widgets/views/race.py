"""Chapter 1: the four fibre classes racing from the foot to the spinal cord.

A touch, a pinprick and a warm stone on the foot all start at the same moment; the
learner moves time (or presses play) and sees how far each class's impulse has got.
Each class runs at the speed the model gives a fibre of the middle of its diameter range
(:func:`widgets.physiology.conduction_velocity`); the whiskers show the class's slowest and
fastest fibres (the velocity range of :data:`widgets.physiology.FIBRE_CLASSES`).

:func:`fibre_class_table` shows the same fibre table as text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as W
import plotly.graph_objects as go

from widgets.physiology import conduction_velocity
from widgets.physiology import parameters as prm
from widgets.physiology.fibres import CLASS_NAMES, FIBRE_CLASSES
from widgets.theme import FIBRE_STYLE, LEFT, OKABE_ITO, base_layout
from widgets.validation import number
from widgets.views.base import CourseFigureWidget

DISTANCE_RANGE_M = (0.5, 1.2)  # foot to spinal cord, short to tall adult
TIME_EXPONENTS = (0.0, 3.5)  # the time slider runs from 1 ms to about 3.2 s, evenly in log
PLAY_FRAMES = 70
PATTERNS = {"Aα": "", "Aβ": "/", "Aδ": "x", "C": "."}  # bar fill, so colour is not the only cue
TRACK_END_M = 1.25
ARRIVAL_COLUMN = (0.72, 1.0)  # paper share right of the track: the arrival times
TIME_RANGE_MS = (10 ** TIME_EXPONENTS[0], 10 ** TIME_EXPONENTS[1])  # the time slider's reach
DEFAULTS = {"time_ms": 15.0, "distance_m": 1.0}


def typical_diameter(name: str) -> float:
    """The middle of a class's diameter range, µm."""
    lo, hi = FIBRE_CLASSES[name].diameter_um
    return round((lo + hi) / 2, 2)


def typical_speed(name: str) -> float:
    """Speed (m/s) of a fibre in the middle of the class's diameter range, from the model's
    scaling laws (Hursh for myelinated, √d for bare fibres)."""
    c = FIBRE_CLASSES[name]
    return conduction_velocity(typical_diameter(name), myelinated=c.myelinated)


def time_text(ms: float) -> str:
    """A time rounded for reading: 10.4 ms, 55.6 ms, 1085 ms."""
    return f"{ms:.0f} ms" if ms >= 1000 else f"{float(f'{ms:.3g}'):g} ms"


@dataclass(frozen=True)
class Runner:
    name: str
    speed: float  # m/s, typical fibre
    slowest: float  # m/s, class range
    fastest: float
    position_m: float
    slow_m: float
    fast_m: float
    arrival_ms: float
    distance_m: float

    @property
    def arrived(self) -> bool:
        return self.position_m >= self.distance_m


@dataclass(frozen=True)
class RaceState:
    time_ms: float
    distance_m: float
    runners: tuple[Runner, ...]

    @property
    def finished(self) -> list[str]:
        return [r.name for r in self.runners if r.arrived]


def race(time_ms: float, distance_m: float = 1.0) -> RaceState:
    """Where each class's impulse is ``time_ms`` after a stimulus on the foot."""
    t = number(time_ms, "Time since the touch", 0.0, 1e5, "ms")
    dist = number(distance_m, "Foot to spinal cord", *DISTANCE_RANGE_M, "m")
    runners = []
    for name in CLASS_NAMES:
        c = FIBRE_CLASSES[name]
        v = typical_speed(name)
        lo, hi = c.velocity_m_per_s
        runners.append(
            Runner(
                name=name,
                speed=v,
                slowest=lo,
                fastest=hi,
                position_m=min(v * t / 1000, dist),
                slow_m=min(lo * t / 1000, dist),
                fast_m=min(hi * t / 1000, dist),
                arrival_ms=dist / v * 1000,
                distance_m=dist,
            )
        )
    return RaceState(t, dist, tuple(runners))


def frame_time_ms(frame: int) -> float:
    """The time shown at a Play frame: evenly spaced in log time, 1 ms to ~3.2 s."""
    lo, hi = TIME_EXPONENTS
    return round(10 ** (lo + (hi - lo) * frame / PLAY_FRAMES), 3)


class FibreRace(CourseFigureWidget):
    """Aα, Aβ, Aδ and C impulses racing up the leg."""

    # a step of these controls redraws the figure in place (tests/views/test_plot_pane.py)
    in_place_controls = ("time", "distance")

    name = "fibre_race"
    title = "Fibre race: four impulses from the foot to the spinal cord"
    description = (
        "One horizontal bar per fibre class (Aα at the top, C at the bottom) shows how far "
        "that class's impulse has travelled from the foot towards the spinal cord at the "
        "chosen moment; the thick vertical line is the spinal cord. Each bar has its own "
        "colour, fill pattern and end marker, and is labelled with its class and the distance "
        "covered. The thin line under each bar spans how far the slowest and the fastest "
        "fibres of the class would have got. The column on the right lists each class's "
        "arrival time: about 10 ms for Aα, under 20 ms for Aβ, about 55 ms for Aδ and about "
        "a second for C fibres over 1 m."
    )
    established = (
        "the fibre classes with their diameter and speed ranges (Erlanger & Gasser; Purves "
        "2001), and Hursh's rule of about 6 m/s per µm that sets the myelinated speeds."
    )
    illustrative = (
        f"the typical C-fibre speed (√d law with a factor the model labels "
        f"'{prm.UNMYELINATED_K.status}'; it lies within the measured 0.5–2 m/s), using one "
        "typical fibre per class, and a uniform speed over the whole length of the nerve."
    )

    def __init__(
        self, time_ms: float = DEFAULTS["time_ms"], distance_m: float = DEFAULTS["distance_m"]
    ) -> None:
        # an option outside a slider's reach is named, not clamped without a word
        problem = ""
        try:
            time_ms = number(time_ms, "time_ms", *TIME_RANGE_MS, "ms")
            distance_m = number(distance_m, "distance_m", *DISTANCE_RANGE_M, "m")
        except ValueError as err:
            problem = str(err)
            time_ms, distance_m = DEFAULTS["time_ms"], DEFAULTS["distance_m"]
        self._start = (time_ms, distance_m)
        self.play = W.Play(
            value=0,
            min=0,
            max=PLAY_FRAMES,
            step=1,
            interval=120,
            description="Play the race",
            tooltip="Play the race",
        )
        super().__init__()
        self.play.observe(self._on_play, names="value")
        self.show_start_message(problem)

    # ----- controls -----------------------------------------------------------------
    def controls(self) -> list[W.Widget]:
        time_ms, distance_m = self._start
        wide = {"description_width": "initial"}
        self.time = W.FloatLogSlider(
            value=time_ms,
            base=10,
            min=TIME_EXPONENTS[0],
            max=TIME_EXPONENTS[1],
            step=0.01,
            readout_format=".3g",
            description="Time since the touch (ms, log scale)",
            style=wide,
            layout=W.Layout(width="520px"),
        )
        self.distance = W.FloatSlider(
            value=distance_m,
            min=DISTANCE_RANGE_M[0],
            max=DISTANCE_RANGE_M[1],
            step=0.05,
            readout_format=".2f",
            description="Foot to spinal cord (m)",
            style=wide,
            layout=W.Layout(width="380px"),
        )
        return [self.time, self.distance]

    def control_panel(self, controls: list[W.Widget]) -> W.Widget:
        label = W.HTML("<span>Play the race (log time):</span>")
        return W.VBox(
            [W.HBox([label, self.play]), W.HBox(controls, layout=W.Layout(flex_flow="row wrap"))]
        )

    def _on_play(self, change) -> None:
        self.time.value = frame_time_ms(change.new)  # redraws through the slider's observer

    # ----- model --------------------------------------------------------------------
    def settings(self) -> dict:
        return {"time_ms": self.read(self.time), "distance_m": self.read(self.distance)}

    def compute(self, settings: dict) -> RaceState:
        return race(settings["time_ms"], settings["distance_m"])

    # ----- figure -------------------------------------------------------------------
    def initial_figure(self) -> go.Figure:
        names = list(CLASS_NAMES)
        rows = list(range(len(names)))
        colours = [FIBRE_STYLE[n]["color"] for n in names]
        fig = go.Figure()
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=rows,
                width=0.5,
                marker={
                    "color": colours,
                    "line": {"color": OKABE_ITO["black"], "width": 1},
                    "pattern": {
                        "shape": [PATTERNS[n] for n in names],
                        "fgcolor": OKABE_ITO["black"],
                        "fgopacity": 0.35,
                        "solidity": 0.2,
                    },
                },
                textfont={"size": 13},
                insidetextanchor="start",
                cliponaxis=False,
                customdata=names,
                hovertemplate="%{customdata}: %{x:.3f} m<extra></extra>",
                name="distance covered by a typical fibre",
                showlegend=False,
            )
        )
        fig.add_trace(
            go.Scatter(
                y=rows,
                mode="markers",
                marker={
                    "symbol": [FIBRE_STYLE[n]["symbol"] for n in names],
                    "color": colours,
                    "size": 15,
                    "line": {"color": OKABE_ITO["black"], "width": 1.5},
                },
                hoverinfo="skip",
                showlegend=False,
            )
        )
        fig.add_trace(
            go.Scatter(
                mode="lines+markers",
                line={"color": OKABE_ITO["black"], "width": 1.5},
                marker={"symbol": "line-ns-open", "size": 10, "color": OKABE_ITO["black"]},
                name="range: the class's slowest to fastest fibres",
                hoverinfo="skip",
            )
        )
        # the spinal cord line and the arrival times are traces, not layout shapes and
        # annotations, so that a move of the sliders redraws in place (see plot_pane.py)
        fig.add_trace(
            go.Scatter(
                x=[TRACK_END_M, TRACK_END_M],
                y=[len(names) - 0.45, -0.55],
                mode="lines+text",
                text=["", ""],
                textposition="top left",
                line={"color": OKABE_ITO["black"], "width": 3},
                cliponaxis=False,
                hoverinfo="skip",
                showlegend=False,
                name="spinal cord",
            )
        )
        fig.add_trace(
            go.Scatter(
                # on an axis of its own right of the track: a point beyond an axis's range
                # is hidden, cliponaxis or not
                x=[0.0] * len(names),
                y=rows,
                xaxis="x2",
                mode="text",
                text=[""] * len(names),
                textposition="middle right",
                textfont={"size": 13, "color": OKABE_ITO["black"]},
                cliponaxis=False,
                hoverinfo="skip",
                showlegend=False,
                name="arrival time",
            )
        )
        fig.add_annotation(
            text="<b>arrival time</b>",
            xref="paper",
            yref="paper",
            x=ARRIVAL_COLUMN[0],
            xanchor="left",
            y=1.0,
            yanchor="bottom",
            showarrow=False,
            font={"size": 13},
        )
        layout = base_layout(
            "How far each fibre class's impulse has travelled",
            height=440,
            margin={"l": 150, "r": 20, "t": 90, "b": 60},
        )
        layout["legend"] = {"orientation": "h", "y": -0.25, "x": 0}
        fig.update_layout(**layout, bargap=0.35)
        fig.update_layout(
            xaxis={
                "title_text": "Distance from the foot (m)",
                "range": [0, TRACK_END_M],
                "domain": [0, ARRIVAL_COLUMN[0] - 0.04],
            },
            xaxis2={
                "domain": list(ARRIVAL_COLUMN),
                "range": [0, 1],
                "visible": False,
                "anchor": "y",
            },
        )
        fig.update_yaxes(
            title_text="Fibre class (typical speed)",
            range=[len(names) - 0.45, -0.55],
            tickmode="array",
            tickvals=rows,
            ticktext=[f"{n} · {self._speed_label(n)}" for n in names],
            showgrid=False,
            zeroline=False,
        )
        return fig

    @staticmethod
    def _speed_label(name: str) -> str:
        v = typical_speed(name)
        return f"{v:.2g} m/s" if v < 10 else f"{v:.0f} m/s"

    def update_figure(self, figure: go.Figure, state: RaceState) -> None:
        runners = state.runners
        bars, tips, ranges = figure.data[:3]
        pos = [round(r.position_m, 4) for r in runners]
        bars.x = pos
        long_bar = [r.position_m > 0.3 for r in runners]
        bars.text = [
            f"{r.name}: {r.position_m:.2f} m" if long else f"\u2003 {r.name}: {r.position_m:.2f} m"
            for r, long in zip(runners, long_bar, strict=True)
        ]
        bars.textposition = ["inside" if long else "outside" for long in long_bar]
        tips.x = pos
        xs, ys = [], []
        for i, r in enumerate(runners):
            xs += [round(r.slow_m, 4), round(r.fast_m, 4), None]
            ys += [i + 0.36, i + 0.36, None]
        ranges.x, ranges.y = xs, ys
        cord, arrivals = figure.data[3], figure.data[4]
        cord.x = [state.distance_m, state.distance_m]
        cord.text = ["", f"spinal cord, {state.distance_m:.2f} m"]
        arrivals.text = [
            f"{r.name}: {'✓ arrived at' if r.arrived else 'arrives at'} {time_text(r.arrival_ms)}"
            for r in runners
        ]

    HEADLINE_LIFT = 1  # above the spinal cord's label

    def headline(self, state: RaceState) -> str:
        return self._figure_title(state)

    @staticmethod
    def _figure_title(state: RaceState) -> str:
        n = len(state.finished)
        who = "no class has" if n == 0 else f"{n} of 4 classes have"
        if n == 1:
            who = "1 of 4 classes has"
        return f"{time_text(state.time_ms)} after a touch on the foot: {who} arrived"

    # ----- text ---------------------------------------------------------------------
    def status_message(self, state: RaceState) -> str:
        first, last = state.runners[0], state.runners[-1]
        ratio = last.arrival_ms / first.arrival_ms
        return (
            f"Over {state.distance_m:.2f} m, C fibres arrive {ratio:.0f} times later than Aα "
            f"({time_text(last.arrival_ms)} against "
            f"{time_text(first.arrival_ms)})."
        )

    def summary(self) -> str:
        state = self.state
        parts = []
        for r in state.runners:
            speed = self._speed_label(r.name)
            if r.arrived:
                parts.append(f"{r.name} ({speed}) arrived at {time_text(r.arrival_ms)}")
            else:
                parts.append(
                    f"{r.name} ({speed}) at {r.position_m:.2f} m, arrives at "
                    f"{time_text(r.arrival_ms)}"
                )
        head = f"{state.distance_m:.2f} m race at {time_text(state.time_ms)}: "
        return head + "; ".join(parts)


# ----- the chapter's fibre-class table ------------------------------------------------------
class FibreClassTable:
    """:data:`FIBRE_CLASSES` as an HTML table (and as plain text)."""

    columns = (
        "Class",
        "Myelin",
        "Diameter (µm)",
        "Speed (m/s)",
        "Typical fibre in the model",
        "Carries",
    )

    def rows(self) -> list[tuple[str, ...]]:
        out = []
        for name in CLASS_NAMES:
            c = FIBRE_CLASSES[name]
            d_lo, d_hi = c.diameter_um
            v_lo, v_hi = c.velocity_m_per_s
            out.append(
                (
                    name,
                    "yes" if c.myelinated else "no",
                    f"{d_lo:g}–{d_hi:g}",
                    f"{v_lo:g}–{v_hi:g}",
                    f"{typical_diameter(name):g} µm: {FibreRace._speed_label(name)}",
                    c.carries,
                )
            )
        return out

    def _repr_html_(self) -> str:
        head = "".join(f"<th{LEFT}>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td{LEFT}>{html.escape(x)}</td>" for x in row) + "</tr>"
            for row in self.rows()
        )
        return (
            "<table class='pn-table'><caption>The four fibre classes of a leg nerve "
            "(from the course's fibre table)</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        return "\n".join(" | ".join(row) for row in [self.columns, *self.rows()])


def fibre_class_table() -> FibreClassTable:
    """The fibre classes, their sizes, speeds and what they carry."""
    return FibreClassTable()


def arrival_times_ms(distance_m: float = 1.0) -> dict[str, float]:
    """Arrival time of each class's typical fibre over ``distance_m`` (for tests/text)."""
    return {r.name: r.arrival_ms for r in race(0.0, distance_m).runners}


__all__ = ["FibreRace", "arrival_times_ms", "fibre_class_table", "race"]
