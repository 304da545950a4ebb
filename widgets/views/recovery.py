"""Chapter 3: the minutes after release, frame by frame.

Everything shown comes from :func:`widgets.physiology.recovery.recovery_time_course` on
the same 1000-fibre nerve as chapter 2:

* top: a 50 ms 'microneurography' snapshot of a few fibres of each class at the current
  frame (one tick per spike; rows grouped by class);
* bottom left: the tingling meter, 0–1, with a word (none / mild / strong);
* bottom right: tingling and the fraction of each class conducting against time after
  release, with the current frame marked.

The live widget has a Play button linked (in the browser) to the time slider and redraws
the figure in place; the frames just ahead of the current one are computed in advance and
wait in the browser (:mod:`widgets.views.plot_pane`).  The static figure stored in the
notebook (:meth:`RecoveryAnimation.static_figure`) carries
plotly ``frames``, a Play/Pause button and a slider: it plays without a kernel.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ipywidgets as W
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from widgets.physiology import parameters as prm
from widgets.physiology.compression import flow_deficit
from widgets.physiology.fibres import CLASS_NAMES
from widgets.physiology.recovery import RecoveryCourse, recovery_time_course
from widgets.theme import FIBRE_STYLE, OKABE_ITO, STATUS, base_layout
from widgets.validation import integer, number
from widgets.views.base import CourseFigureWidget
from widgets.views.compression import duration_slider, population, pressure_slider

T_MAX_MIN = 15.0
N_FRAMES = 61  # one frame every 0.25 min
FRAME_MS = 150  # playback speed of the stored animation
DEFAULTS = {"pressure_mmhg": 200.0, "minutes": 30.0, "frame": 0}

# Tingling meter words (illustrative cut-offs; 'none' below the model's visible level).
MILD_FROM = prm.TINGLING_VISIBLE.value
STRONG_FROM = 0.3

# Trace indices (fixed by initial_figure).
RASTER = range(0, 4)  # one per class
METER = 4
CLASS_LINES = range(5, 9)
TINGLING_LINE = 9
MARKER = 10
NOW_LINE = 11
RASTER_NOTE = 12
FRAME_TRACES = [*RASTER, METER, MARKER, NOW_LINE, RASTER_NOTE]


def tingling_word(value: float) -> str:
    if value < MILD_FROM:
        return "none"
    return "mild" if value < STRONG_FROM else "strong"


@lru_cache(maxsize=32)
def course_for(pressure_mmhg: float, minutes: float) -> RecoveryCourse:
    return recovery_time_course(
        population(), pressure_mmhg, minutes, t_max_min=T_MAX_MIN, n_frames=N_FRAMES
    )


@dataclass(frozen=True)
class RecoveryState:
    course: RecoveryCourse
    frame: int

    @property
    def time_min(self) -> float:
        return float(self.course.time_min[self.frame])

    @property
    def tingling(self) -> float:
        return float(self.course.tingling[self.frame])

    def spikes(self, name: str) -> tuple[list[float], list[int]]:
        """(time in ms, row) of the spikes of class ``name`` in this frame's window."""
        r = self.course.raster
        rows = [i for i, c in enumerate(r.row_class) if c == name]
        lo, hi = rows[0], rows[-1]
        pick = (r.frame == self.frame) & (r.row >= lo) & (r.row <= hi)
        return [round(float(t), 1) for t in r.time_ms[pick]], [int(i) for i in r.row[pick]]


TICK_HALF_ROWS = 2.5  # half a tick's height, in raster rows


def tick_path(times: list[float], rows: list[int]) -> tuple[list, list]:
    """The spikes as one line: a short vertical stroke per spike, strokes separated by gaps.

    One SVG path per class instead of one marker element per spike, cheaper for the browser
    to update and paint.  It starts with a gap point, so a frame without spikes is a path
    with nothing to draw rather than empty data (which plotly would not redraw in place)."""
    xs: list = [None]
    ys: list = [None]
    for t, row in zip(times, rows, strict=True):
        xs += [t, t, None]
        ys += [row - TICK_HALF_ROWS, row + TICK_HALF_ROWS, None]
    return xs, ys


def ticks_of(xs: list, ys: list) -> list[tuple[float, int]]:
    """(time, row) of each stroke of a :func:`tick_path` (for tests and summaries)."""
    return [
        (xs[k], round((ys[k] + ys[k + 1]) / 2))
        for k in range(1, len(xs) - 1, 3)
        if xs[k] is not None
    ]


def class_rows(course: RecoveryCourse) -> dict[str, tuple[int, int]]:
    """First and last raster row of each class."""
    rows: dict[str, tuple[int, int]] = {}
    for i, c in enumerate(course.raster.row_class):
        rows[c] = (rows.get(c, (i, i))[0], i)
    return rows


class RecoveryAnimation(CourseFigureWidget):
    """Release a compression and watch feeling return and the tingling rise and fade."""

    # a step of these controls redraws the figure in place (tests/views/test_plot_pane.py)
    in_place_controls = ("pressure", "minutes", "time")

    name = "recovery_animation"
    title = "Recovery animation: after the pressure comes off"
    description = (
        "Top: a 50-millisecond snapshot of the electrical activity of 92 sample fibres at the"
        " chosen moment after release, one row per fibre grouped by class (Aα, Aβ, Aδ, C, "
        "labelled on the left); each short vertical tick is one nerve impulse. In this model "
        "only the Aβ touch fibres fire on their own, in bursts of two or three impulses; the "
        "other rows stay quiet. Bottom left: the tingling meter, a bar from 0 to 1 with its "
        "value and a word (none, mild or strong). Bottom right: the tingling intensity (thick"
        " solid line with a large dot at the current moment) and the fraction of each fibre "
        "class conducting, one dashed or dotted line per class, against minutes after "
        "release, with a vertical dotted line at the current moment. Press Play to step "
        "through the 15 minutes after release."
    )
    established = (
        "after release, raised potassium outside the axon stops the Na⁺/K⁺ pump from "
        "re-polarising the axon; potassium flows in and the axon fires on its own "
        "(Mogyoros, Bostock & Burke 2000); large touch (Aβ) fibres then fire in "
        "high-frequency bursts (Ochoa & Torebjörk 1980), and motor axons fire after "
        "ischaemia too (Bostock, Baker & Reid 1991); the tingling peaks about 2 minutes "
        "after release (Hutchinson 1993)."
    )
    illustrative = (
        "each fibre's random recovery delay, the burst rate's rise-and-fall curve, the "
        "number and spacing of spikes in a burst, the sample of 92 fibres shown, and the "
        "'none / mild / strong' cut-offs of the meter, and firing only in Aβ fibres. In the "
        "model the tingling has faded within about 5–7 minutes; how long it lasts in people "
        "varies. Which A-fibre type recovers first is not known: the model gives them all "
        "the same delays, so a line that is back at 1 sooner (often Aα's) only had fewer "
        "fibres blocked to wait for."
    )

    def __init__(
        self,
        pressure_mmhg: float = DEFAULTS["pressure_mmhg"],
        minutes: float = DEFAULTS["minutes"],
        frame: int = DEFAULTS["frame"],
    ) -> None:
        problem = ""
        try:
            pressure_mmhg = number(pressure_mmhg, "pressure_mmhg", 0, 1000, "mmHg")
            minutes = number(minutes, "minutes", 0, 240, "min")
            frame = integer(frame, "frame", 0, N_FRAMES - 1)
        except ValueError as err:
            problem = str(err)
            pressure_mmhg, minutes, frame = DEFAULTS.values()
        self._start = (float(pressure_mmhg), float(minutes), int(frame))
        super().__init__()
        self._show_time(self._state)
        self.show_start_message(problem)

    # ----- controls ----------------------------------------------------------------------
    def controls(self) -> list[W.Widget]:
        pressure, minutes, frame = self._start
        style = {"description_width": "initial"}
        self.pressure = pressure_slider(pressure, "Pressure before release (mmHg)")
        self.minutes = duration_slider(minutes, "Compressed for (min)")
        self.time = W.IntSlider(
            value=frame,
            min=0,
            max=N_FRAMES - 1,
            step=1,
            description="Time after release",
            readout=False,
            style=style,
            layout=W.Layout(width="360px"),
        )
        self.time_label = W.Label(value="")
        self.play = W.Play(
            value=frame,
            min=0,
            max=N_FRAMES - 1,
            step=1,
            interval=250,
            description="Play the minutes after release",
            tooltip="Play the minutes after release",
        )
        # In the browser: Play drives the slider without a round trip to the kernel.
        self._play_link = W.jslink((self.play, "value"), (self.time, "value"))
        return [self.pressure, self.minutes, self.time]

    def control_panel(self, controls: list[W.Widget]) -> W.Widget:
        row = W.Layout(flex_flow="row wrap", align_items="center")
        return W.VBox(
            [
                W.HBox([self.pressure, self.minutes], layout=row),
                W.HBox([self.play, self.time, self.time_label], layout=row),
            ]
        )

    def settings(self) -> dict[str, Any]:
        return {
            "pressure_mmhg": self.read(self.pressure),
            "minutes": self.read(self.minutes),
            "frame": self.read(self.time),
        }

    def compute(self, settings: dict[str, Any]) -> RecoveryState:
        pressure = number(settings["pressure_mmhg"], "pressure_mmhg", 0, 1000, "mmHg")
        minutes = number(settings["minutes"], "minutes", 0, 240, "min")
        frame = integer(settings["frame"], "time step", 0, N_FRAMES - 1)
        return RecoveryState(course_for(pressure, minutes), frame)

    # ----- messages ----------------------------------------------------------------------
    def status_message(self, state: RecoveryState) -> str:
        warning = state.course.injury_warning
        if warning:
            return f"{warning} The recovery shown here is only the quick, ischaemic part."
        if flow_deficit(state.course.pressure_mmhg) >= 1:
            # Lewis et al. 1931: 150 and 300 mmHg gave the same timing.
            return (
                f"At {state.course.pressure_mmhg:g} mmHg blood flow inside the nerve has "
                "stopped completely, so a higher pressure changes nothing here: only the "
                "duration does."
            )
        return ""

    def _show_status(self, state: RecoveryState) -> None:
        text = self.status_message(state)
        self.show_message(text, kind="warning" if state.course.injury_warning else "info")

    def _show_time(self, state: RecoveryState) -> None:
        self.time_label.value = f"{state.time_min:.2f} min after release"

    def refresh(self) -> None:
        before = self._state
        super().refresh()
        if self._state is not before:
            self._show_time(self._state)
            self._show_status(self._state)

    # ----- figure ------------------------------------------------------------------------
    def initial_figure(self) -> go.Figure:
        course = self._state.course  # the base class computes the state first
        fig = make_subplots(
            rows=2,
            cols=2,
            specs=[[{"colspan": 2}, None], [{}, {}]],
            column_widths=[0.2, 0.8],
            row_heights=[0.5, 0.5],
            vertical_spacing=0.2,
            horizontal_spacing=0.12,
            subplot_titles=(
                "What the nerve sends in a 50 ms snapshot (one tick = one impulse)",
                "Tingling meter",
                "Tingling and fibres conducting after release",
            ),
        )
        fig.update_layout(
            **base_layout(
                "After release: feeling returns, then pins and needles",
                height=720,
                margin={"l": 110, "r": 30, "t": 90, "b": 60},
                legend={"orientation": "h", "y": -0.14, "x": 0},
                showlegend=True,
            )
        )
        for c in CLASS_NAMES:  # traces 0–3: raster
            style = FIBRE_STYLE[c]
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="lines",
                    name=f"{c} impulses",
                    legendgroup=c,
                    showlegend=False,
                    line={"color": style["color"], "width": 2},
                    hovertemplate=f"{c} impulse at %{{x}} ms<extra></extra>",
                ),
                row=1,
                col=1,
            )
        fig.add_trace(  # trace 4: the tingling meter
            go.Bar(
                x=["tingling"],
                y=[0.0],
                text=[""],
                textposition="outside",
                constraintext="none",
                cliponaxis=False,
                name="tingling meter",
                showlegend=False,
                width=[0.5],
                marker={
                    "color": STATUS["tingling"],
                    "line": {"color": OKABE_ITO["black"], "width": 1},
                    "pattern": {"shape": "/", "fgcolor": OKABE_ITO["black"], "fgopacity": 0.3},
                },
                hovertemplate="tingling %{y:.2f}<extra></extra>",
            ),
            row=2,
            col=1,
        )
        for c in CLASS_NAMES:  # traces 5–8: fraction conducting per class
            style = FIBRE_STYLE[c]
            fig.add_trace(
                go.Scatter(
                    x=[],
                    y=[],
                    mode="lines",
                    name=f"{c} conducting",
                    legendgroup=c,
                    line={"color": style["color"], "dash": style["dash"], "width": 2},
                    hovertemplate=f"{c}: %{{y:.2f}} conducting at %{{x}} min<extra></extra>",
                ),
                row=2,
                col=2,
            )
        fig.add_trace(  # trace 9: tingling over time
            go.Scatter(
                x=[],
                y=[],
                mode="lines",
                name="tingling (0–1)",
                line={"color": STATUS["tingling"], "width": 5},
                hovertemplate="tingling %{y:.2f} at %{x} min<extra></extra>",
            ),
            row=2,
            col=2,
        )
        fig.add_trace(  # trace 10: the current moment on the tingling curve
            go.Scatter(
                x=[0.0],
                y=[0.0],
                mode="markers+text",
                name="now",
                showlegend=False,
                text=[""],
                textposition="top right",
                marker={
                    "symbol": "circle",
                    "size": 15,
                    "color": STATUS["tingling"],
                    "line": {"color": OKABE_ITO["black"], "width": 2},
                },
                hoverinfo="skip",
            ),
            row=2,
            col=2,
        )
        fig.add_trace(  # trace 11: vertical line at the current moment
            go.Scatter(
                x=[0.0, 0.0],
                y=[0.0, 1.05],
                mode="lines",
                name="current moment",
                showlegend=False,
                line={"color": OKABE_ITO["black"], "dash": "dot", "width": 2},
                hoverinfo="skip",
            ),
            row=2,
            col=2,
        )
        fig.add_trace(  # trace 12: what the raster shows, in words
            go.Scatter(
                x=[25.0],
                y=[-4.5],
                mode="text",
                name="what the snapshot shows",
                text=[""],
                textfont={"size": 13, "color": OKABE_ITO["black"]},
                showlegend=False,
                hoverinfo="skip",
            ),
            row=1,
            col=1,
        )
        rows = class_rows(course)
        n_rows = len(course.raster.row_class)
        for _lo, hi in rows.values():
            if hi < n_rows - 1:
                fig.add_hline(
                    y=hi + 0.5,
                    row=1,
                    col=1,
                    line={"color": STATUS["neutral"], "width": 1, "dash": "dot"},
                )
        window = course.raster.window_ms
        fig.update_xaxes(
            title_text="time within the snapshot (ms)", range=[0, window], row=1, col=1
        )
        fig.update_yaxes(
            title_text="sample fibres",
            range=[n_rows - 0.5, -8.0],
            tickvals=[(lo + hi) / 2 for lo, hi in rows.values()],
            ticktext=[f"{c} ({hi - lo + 1})" for c, (lo, hi) in rows.items()],
            showgrid=False,
            zeroline=False,
            row=1,
            col=1,
        )
        fig.update_xaxes(showticklabels=True, row=2, col=1)
        fig.update_yaxes(
            title_text="intensity (0–1)",
            range=[0, 1.12],
            tickvals=[MILD_FROM, STRONG_FROM, 1],
            ticktext=[f"mild {MILD_FROM:g}", f"strong {STRONG_FROM:g}", "1"],
            row=2,
            col=1,
        )
        fig.update_xaxes(range=[-0.7, 0.7], row=2, col=1)
        for level in (MILD_FROM, STRONG_FROM):
            fig.add_hline(
                y=level,
                row=2,
                col=1,
                line={"color": STATUS["neutral"], "dash": "dot", "width": 1},
            )
        fig.update_xaxes(title_text="time after release (min)", range=[0, T_MAX_MIN], row=2, col=2)
        fig.update_yaxes(title_text="fraction or intensity (0–1)", range=[0, 1.12], row=2, col=2)
        return fig

    def frame_data(self, state: RecoveryState) -> list[dict]:
        """New data of the per-frame traces (``FRAME_TRACES`` order), as plain dicts."""
        data = []
        for c in CLASS_NAMES:
            x, y = tick_path(*state.spikes(c))
            data.append({"type": "scatter", "x": x, "y": y})
        t, v = round(state.time_min, 2), round(state.tingling, 3)
        word = tingling_word(v)
        data.append({"type": "bar", "y": [v], "text": [f"{v:.2f}<br>{word}"]})
        data.append({"type": "scatter", "x": [t], "y": [v], "text": [f"{t:.2f} min: {word}"]})
        data.append({"type": "scatter", "x": [t, t]})
        n_spikes = sum(len(ticks_of(d["x"], d["y"])) for d in data[:4])
        touch = state.course.sensation["touch"][state.frame]
        data.append(
            {
                "type": "scatter",
                "text": [f"{t:.2f} min after release · {n_spikes} impulses · touch feels {touch}"],
            }
        )
        return data

    def update_figure(self, figure: go.Figure, state: RecoveryState) -> None:
        course = state.course
        times = [round(float(t), 2) for t in course.time_min]
        for i, c in zip(CLASS_LINES, CLASS_NAMES, strict=True):
            figure.data[i].x = times
            figure.data[i].y = [round(float(v), 3) for v in course.fraction_conducting[c]]
        figure.data[TINGLING_LINE].x = times
        figure.data[TINGLING_LINE].y = [round(float(v), 3) for v in course.tingling]
        for i, new in zip(FRAME_TRACES, self.frame_data(state), strict=True):
            figure.data[i].update({k: v for k, v in new.items() if k != "type"})
        side = "left" if state.time_min > 0.7 * T_MAX_MIN else "right"
        figure.data[MARKER].textposition = f"top {side}"

    HEADLINE_LIFT = 1  # above the snapshot panel's own title

    def headline(self, state: RecoveryState) -> str:
        c = state.course
        return f"After {c.minutes:g} min at {c.pressure_mmhg:g} mmHg"

    def static_figure(self) -> go.Figure:
        """The figure at the current settings, plus plotly animation frames of all
        ``N_FRAMES`` moments, a Play/Pause button and a time slider (works offline)."""
        figure = super().static_figure()
        course = self._state.course
        frames = []
        for k in range(N_FRAMES):
            data = self.frame_data(RecoveryState(course, k))
            frames.append(go.Frame(name=str(k), data=data, traces=FRAME_TRACES))
        figure.frames = frames
        play_args = {
            "frame": {"duration": FRAME_MS, "redraw": True},
            "transition": {"duration": 0},
            "fromcurrent": True,
            "mode": "immediate",
        }
        stop_args = {"frame": {"duration": 0, "redraw": False}, "mode": "immediate"}
        figure.update_layout(
            height=880,
            margin={"b": 210},
            legend={"y": -0.09},
            updatemenus=[
                {
                    "type": "buttons",
                    "direction": "left",
                    "x": 0.0,
                    "y": -0.27,
                    "xanchor": "left",
                    "yanchor": "top",
                    "showactive": False,
                    "buttons": [
                        {"label": "▶ Play", "method": "animate", "args": [None, play_args]},
                        {"label": "❚❚ Pause", "method": "animate", "args": [[None], stop_args]},
                    ],
                }
            ],
            sliders=[
                {
                    "active": self._state.frame,
                    "x": 0.3,
                    "len": 0.7,
                    "y": -0.27,
                    "yanchor": "top",
                    "currentvalue": {"prefix": "time after release (min): "},
                    "pad": {"t": 0},
                    "steps": [
                        {
                            "label": f"{course.time_min[k]:g}",
                            "method": "animate",
                            "args": [
                                [str(k)],
                                {"frame": {"duration": 0, "redraw": True}, "mode": "immediate"},
                            ],
                        }
                        for k in range(N_FRAMES)
                    ],
                }
            ],
        )
        return figure

    def summary(self) -> str:
        s = self._state
        c = s.course
        t, v = s.time_min, s.tingling
        fractions = ", ".join(
            f"{name} {c.fraction_conducting[name][s.frame]:.2f}" for name in CLASS_NAMES
        )
        spikes = int((c.raster.frame == s.frame).sum())
        peak_at = int(c.tingling.argmax())
        return (
            f"Released after {c.pressure_mmhg:g} mmHg for {c.minutes:g} min. "
            f"At {t:.2f} min: tingling {v:.2f} ({tingling_word(v)}), touch "
            f"{c.sensation['touch'][s.frame]}; conducting {fractions}; {spikes} impulses in "
            f"the {c.raster.window_ms:g} ms snapshot. Tingling peaks at "
            f"{c.time_min[peak_at]:.2f} min ({c.tingling[peak_at]:.2f}) and is "
            f"{c.tingling[-1]:.2f} at {c.time_min[-1]:g} min. Animation: {N_FRAMES} frames."
        )
