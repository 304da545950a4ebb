"""Chapter 1: an impulse travelling along one simulated nerve fibre.

The learner sets the fibre's diameter, whether it is myelinated, and how many nodes in the
middle of the chain have lost part of their Na⁺ conductance.  The figure shows what the
model computed (:func:`widgets.physiology.simulate_node_chain` for a myelinated fibre,
:func:`widgets.physiology.simulate_unmyelinated_axon` for a bare one):

* top: membrane voltage along the fibre at four moments, so the impulse is seen moving;
* bottom: when each node first fired, as distance against time, so the slope of the fitted
  line *is* the speed the simulation measured (mm per ms = m per s).

:func:`myelin_speedup_table` gives the chapter's "how much faster is myelin?" numbers from
the same simulations.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import ipywidgets as W
import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from widgets.physiology import conduction_velocity, simulate_node_chain, simulate_unmyelinated_axon
from widgets.physiology import parameters as prm
from widgets.physiology.fibres import FIBRE_CLASSES
from widgets.physiology.node_chain import (
    MYELINATED_DIAMETER_UM,
    UNMYELINATED_DIAMETER_UM,
    ConductionResult,
)
from widgets.theme import OKABE_ITO, STATUS, base_layout
from widgets.validation import flag, integer, number
from widgets.views.base import CourseFigureWidget

MYELINATED, UNMYELINATED = "Myelinated", "Unmyelinated"
SLIDER_RANGE_UM = (0.2, 20.0)  # thinnest C fibre to the widest Aα fibre
MAX_WEAKENED = 7
DEFAULTS = {"diameter_um": 10.0, "myelinated": True, "weakened_nodes": 0, "sodium_percent": 30}

# Moments drawn in the top panel (ms after the stimulus).  Each run's voltage time course
# does not depend on the diameter, so these catch the impulse at the same places every time.
SNAPSHOT_MS = {True: (0.05, 0.13, 0.21, 0.29), False: (0.1, 0.3, 0.5, 0.7)}
SNAPSHOT_STYLE = (
    (OKABE_ITO["blue"], "solid", "circle"),
    (OKABE_ITO["orange"], "dash", "square"),
    (OKABE_ITO["bluish_green"], "dot", "diamond"),
    (OKABE_ITO["reddish_purple"], "dashdot", "triangle-up"),
)
FIRED_COLOUR = OKABE_ITO["black"]
SPEED_COLOUR = OKABE_ITO["vermillion"]
WEAK_FILL = OKABE_ITO["orange"]
VOLTAGE_RANGE_MV = (-95.0, 45.0)


def nothing() -> list:
    """One point that draws nothing: for an outline, line or note not shown now."""
    return [None]


ROUND_LENGTHS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)  # × 10^k mm


def time_axis_end(result) -> float:
    """The arrival panel's time axis: when the impulse reaches (or, blocked, would have
    reached at its measured speed) the far end, rounded up coarsely, so that a block or a
    delay at the weakened nodes seldom moves the axis; the simulated window at most."""
    fired = ~np.isnan(result.arrival_ms)
    window = float(result.time_ms[-1])
    if not fired.any():
        return window
    last = float(result.arrival_ms[fired].max())
    v = result.velocity_m_per_s  # mm per ms
    if result.blocked and v > 0 and math.isfinite(v):
        reached = float(result.position_mm[fired].max())
        last += (float(result.position_mm[-1]) - reached) / v
    return min(axis_end(last * 1.05, (1.0, 2.0, 5.0)), window)


def axis_end(length_mm: float, steps: tuple[float, ...] = ROUND_LENGTHS) -> float:
    """The smallest round length (`steps` × 10^k) at least `length_mm`."""
    scale = 10.0 ** math.floor(math.log10(length_mm))
    for r in (*steps, 10.0):
        if r * scale >= length_mm - 1e-9:
            return round(r * scale, 6)
    return round(10 * scale, 6)


def speed_text(v: float) -> str:
    """A speed rounded for reading: 3 significant figures (59.9, 1.01, 120)."""
    return "not measured" if math.isnan(v) else f"{float(f'{v:.3g}'):g} m/s"


def diameter_for(myelinated: bool, diameter_um):
    """`diameter_um` moved into the model's range for this fibre type (as it is if it is
    already in range, or not a number: check_diameter names the problem then)."""
    lo, hi = MYELINATED_DIAMETER_UM if myelinated else UNMYELINATED_DIAMETER_UM
    if isinstance(diameter_um, (int, float)) and not math.isnan(diameter_um):
        return min(max(diameter_um, lo), hi)
    return diameter_um


def option_diameter_range(myelinated: bool) -> tuple[float, float]:
    """The diameters (µm) the explorer can start at for this fibre type: the model's range
    for it, within the slider's reach."""
    lo, hi = MYELINATED_DIAMETER_UM if myelinated else UNMYELINATED_DIAMETER_UM
    return max(lo, SLIDER_RANGE_UM[0]), min(hi, SLIDER_RANGE_UM[1])


def check_options(diameter_um, myelinated, weakened_nodes, sodium_percent) -> tuple:
    """The explorer's starting options, checked; ``ValueError`` names the first bad one and
    what it allows.  Without a diameter (``None``) a fibre starts at the default diameter
    moved into its type's range (a bare axon at the widest the model allows)."""
    myelinated = flag(myelinated, "myelinated")
    if diameter_um is None:
        diameter_um = diameter_for(myelinated, DEFAULTS["diameter_um"])
    else:
        kind = "a myelinated" if myelinated else "an unmyelinated"
        name = f"diameter_um for {kind} fibre"
        diameter_um = number(diameter_um, name, *option_diameter_range(myelinated), "µm")
    weakened_nodes = integer(weakened_nodes, "weakened_nodes", 0, MAX_WEAKENED)
    sodium_percent = integer(sodium_percent, "sodium_percent", 0, 100)
    return diameter_um, myelinated, weakened_nodes, sodium_percent


def check_diameter(diameter_um, myelinated: bool) -> float:
    """The diameter as a float, or ``ValueError`` saying what this fibre type allows."""
    lo, hi = MYELINATED_DIAMETER_UM if myelinated else UNMYELINATED_DIAMETER_UM
    d = number(diameter_um, "Fibre diameter", 0.0, 1000.0, "µm")
    if myelinated and not lo <= d <= hi:
        raise ValueError(
            f"a myelinated fibre in this model is {lo:g}–{hi:g} µm wide, not {d:g} µm. "
            "Thinner axons carry no myelin: choose 'Unmyelinated' or widen the fibre."
        )
    if not myelinated and not lo <= d <= hi:
        raise ValueError(
            f"a bare (unmyelinated) axon in this model is {lo:g}–{hi:g} µm wide, not {d:g} µm "
            "(real C fibres are 0.2–1.5 µm). Narrow the fibre or choose 'Myelinated'."
        )
    return d


@dataclass(frozen=True)
class ConductionState:
    """What the explorer shows: one simulated fibre and how its middle was weakened."""

    result: ConductionResult
    weakened_nodes: int
    sodium_percent: int

    @property
    def myelinated(self) -> bool:
        return self.result.myelinated

    @property
    def weakened(self) -> tuple[int, ...]:
        """The nodes that are actually weaker: none while they keep all their Na⁺."""
        return self.result.affected_nodes if self.sodium_percent < 100 else ()

    @property
    def fired(self) -> np.ndarray:
        return ~np.isnan(self.result.arrival_ms)

    @property
    def last_reached(self) -> int:
        """Index of the furthest node the impulse reached."""
        return int(np.flatnonzero(self.fired).max())

    @property
    def skipped(self) -> list[int]:
        """Nodes that never fired although the impulse went on past them."""
        return [i for i in range(self.last_reached) if not self.fired[i]]

    @property
    def unit(self) -> str:
        return "node" if self.myelinated else "patch"


class ConductionExplorer(CourseFigureWidget):
    """Diameter, myelin and weakened nodes against the simulated impulse and its speed."""

    # a step of these controls redraws the figure in place (tests/views/test_plot_pane.py)
    in_place_controls = ("weakened", "sodium")

    name = "conduction_explorer"
    title = "Conduction explorer: one impulse travelling along a simulated nerve fibre"
    description = (
        "Top panel: the membrane voltage (mV) along the fibre at four moments after its first "
        "node was stimulated; each moment has its own colour and line dash (and, for a "
        "myelinated fibre, its own marker at every node), and the "
        "voltage peak moves away from the stimulated end. Bottom panel: the time at which each "
        "node (or, for a bare axon, each short patch of membrane) first fired, plotted as "
        "distance reached against time; the slope of the dashed line is the speed the "
        "simulation measured, because millimetres per millisecond equal metres per second. "
        "Weakened nodes are shaded; when the impulse is blocked the markers stop and a note "
        "says where."
    )
    established = (
        "the node-chain equations and their constants (CRRSS membrane, Sweeney 1987 "
        "geometry), and the speed they give for a myelinated fibre, about 6 m/s per µm of "
        "diameter (Hursh 1939)."
    )
    illustrative = (
        f"the bare-axon speed (the model labels its unmyelinated cable "
        f"'{prm.UNMYELINATED_K.status}': CRRSS membrane spread along a bare axon, tuned to "
        "about 1 m/s at 1 µm), the stimulus, and the block thresholds (how many weakened "
        "nodes at which Na⁺ level stop the impulse)."
    )

    def __init__(
        self,
        diameter_um: float | None = None,
        myelinated: bool = DEFAULTS["myelinated"],
        weakened_nodes: int = DEFAULTS["weakened_nodes"],
        sodium_percent: int = DEFAULTS["sodium_percent"],
    ) -> None:
        problem = ""
        try:
            start = check_options(diameter_um, myelinated, weakened_nodes, sodium_percent)
        except ValueError as err:
            problem = str(err)
            start = tuple(DEFAULTS.values())
        self._start = start
        self._note = ""
        super().__init__()
        self._sync_enabled()
        self.show_start_message(problem)

    # ----- controls -----------------------------------------------------------------
    def controls(self) -> list[W.Widget]:
        diameter, myelinated, weakened, sodium = self._start
        wide = {"description_width": "initial"}
        self.diameter = W.FloatSlider(
            value=diameter,
            min=SLIDER_RANGE_UM[0],
            max=SLIDER_RANGE_UM[1],
            step=0.1,
            readout_format=".1f",
            description="Fibre diameter (µm)",
            style=wide,
            layout=W.Layout(width="420px"),
        )
        self.sheath = W.ToggleButtons(
            options=[MYELINATED, UNMYELINATED],
            value=MYELINATED if myelinated else UNMYELINATED,
            description="Sheath",
            tooltips=["Myelin with nodes of Ranvier", "Bare membrane, like a C fibre"],
            style={"button_width": "120px"},
        )
        self.weakened = W.IntSlider(
            value=weakened,
            min=0,
            max=MAX_WEAKENED,
            description="Weakened nodes",
            style=wide,
            layout=W.Layout(width="420px"),
        )
        self.sodium = W.IntSlider(
            value=sodium,
            min=0,
            max=100,
            step=5,
            description="Na⁺ left at weakened nodes (%)",
            style=wide,
            layout=W.Layout(width="420px"),
        )
        return [self.diameter, self.sheath, self.weakened, self.sodium]

    def control_panel(self, controls: list[W.Widget]) -> W.Widget:
        fibre = W.HBox(controls[:2], layout=W.Layout(flex_flow="row wrap"))
        block = W.HBox(controls[2:], layout=W.Layout(flex_flow="row wrap"))
        return W.VBox([fibre, block])

    def _sync_enabled(self) -> None:
        """Weakened nodes exist only on a myelinated fibre; the Na⁺ level matters only when
        there are some (a disabled control is not one that silently does nothing)."""
        myelinated = self.sheath.value == MYELINATED
        self.weakened.disabled = not myelinated
        self.sodium.disabled = not myelinated or self.weakened.value == 0

    def _on_control_change(self, change) -> None:
        self._moved = change.owner
        if change.owner is self.sheath:
            # Keep the comparison "same width, with and without myelin" where the model
            # allows it; move the diameter into the new type's range otherwise, and say so.
            d = self.diameter.value
            moved = diameter_for(change.new == MYELINATED, d)
            if moved != d:
                lo, hi = (
                    MYELINATED_DIAMETER_UM if change.new == MYELINATED else UNMYELINATED_DIAMETER_UM
                )
                self._note = (
                    f"{change.new} fibres in this model are {lo:g}–{hi:g} µm wide, so the "
                    f"diameter moved from {d:.1f} to {moved:.1f} µm. "
                )
                self.diameter.value = moved  # redraws through its own observer
                return
        self._sync_enabled()
        self.refresh()
        self._note = ""

    # ----- model --------------------------------------------------------------------
    def settings(self) -> dict:
        myelinated = self.read(self.sheath) == MYELINATED
        diameter = self.read(self.diameter)
        if id(self.sheath) in self._overrides:
            # the other sheath, tried ahead of time: its diameter moves into range just as
            # _on_control_change will move it, so the figure sent ahead is the one shown
            diameter = diameter_for(myelinated, diameter)
        return {
            "diameter_um": diameter,
            "myelinated": myelinated,
            "weakened_nodes": self.read(self.weakened),
            "sodium_percent": self.read(self.sodium),
        }

    def compute(self, settings: dict) -> ConductionState:
        myelinated = settings["myelinated"]
        d = check_diameter(settings["diameter_um"], myelinated)
        if not myelinated:
            return ConductionState(simulate_unmyelinated_axon(d), 0, 100)
        weak = integer(settings["weakened_nodes"], "Weakened nodes", 0, MAX_WEAKENED)
        pct = integer(settings["sodium_percent"], "Na⁺ conductance left", 0, 100)
        fraction = pct / 100 if weak else 1.0
        result = simulate_node_chain(d, weakened_nodes=weak, sodium_fraction=fraction)
        return ConductionState(result, weak, pct if weak else 100)

    # ----- figure -------------------------------------------------------------------
    def initial_figure(self) -> go.Figure:
        fig = make_subplots(rows=2, cols=1, vertical_spacing=0.2, row_heights=[0.55, 0.45])
        for colour, dash, symbol in SNAPSHOT_STYLE:
            fig.add_trace(
                go.Scatter(
                    mode="lines+markers",
                    line={"color": colour, "dash": dash, "width": 2.5},
                    marker={"symbol": symbol, "size": 7, "color": colour},
                    hovertemplate="%{x:.2f} mm: %{y:.0f} mV<extra>%{fullData.name}</extra>",
                ),
                row=1,
                col=1,
            )
        fig.add_trace(
            go.Scatter(
                name="when each node first fired",
                mode="markers",
                marker={"symbol": "circle", "size": 7, "color": FIRED_COLOUR},
                hovertemplate="%{y:.2f} mm reached at %{x:.3f} ms<extra></extra>",
            ),
            row=2,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                mode="lines",
                line={"color": SPEED_COLOUR, "dash": "dash", "width": 3},
                hoverinfo="skip",
            ),
            row=2,
            col=1,
        )
        # The weakened stretch and the notes are traces, not layout shapes and annotations,
        # so that moving the weakened-node and Na⁺ sliders redraws in place (plot_pane.py);
        # with nothing to show they hold one empty point (nothing()), never no points, which
        # plotly's in-place path could not clear or draw.
        for row in (1, 2):  # traces 6, 7: the weakened stretch, shaded in both panels
            fig.add_trace(
                go.Scatter(
                    x=nothing(),
                    y=nothing(),
                    mode="lines",
                    fill="toself",
                    fillcolor=WEAK_FILL,
                    opacity=0.18,
                    line={"width": 0},
                    hoverinfo="skip",
                    showlegend=False,
                    name="weakened nodes",
                ),
                row=row,
                col=1,
            )
        for row, colour, size in ((1, OKABE_ITO["black"], 12), (2, STATUS["warning"], 13)):
            fig.add_trace(  # traces 8, 9: a note in each panel
                go.Scatter(
                    x=nothing(),
                    y=nothing(),
                    mode="text",
                    text=[""],
                    textfont={"size": size, "color": colour},
                    cliponaxis=False,
                    hoverinfo="skip",
                    showlegend=False,
                    name="note",
                ),
                row=row,
                col=1,
            )
        legend = {"orientation": "h", "y": -0.12, "yanchor": "top", "x": 0, "font_size": 12}
        margin = {"l": 70, "r": 20, "t": 90, "b": 40}
        title = "One impulse along a simulated nerve fibre"
        fig.update_layout(**base_layout(title, height=740, margin=margin, legend=legend))
        fig.update_xaxes(title_text="Distance along the fibre (mm)", row=1, col=1)
        fig.update_yaxes(
            title_text="Membrane voltage (mV)", range=list(VOLTAGE_RANGE_MV), row=1, col=1
        )
        fig.update_xaxes(title_text="Time after the stimulus (ms)", row=2)
        fig.update_yaxes(title_text="Distance reached (mm)", row=2, col=1)
        return fig

    def update_figure(self, figure: go.Figure, state: ConductionState) -> None:
        r = state.result
        x = r.position_mm
        mode = "lines+markers" if r.myelinated else "lines"
        for trace, t in zip(figure.data[:4], SNAPSHOT_MS[r.myelinated], strict=True):
            k = int(np.argmin(np.abs(r.time_ms - t)))
            trace.x = np.round(x, 4)
            trace.y = np.round(r.voltage_mv[k], 1)
            trace.mode = mode
            trace.name = f"voltage at {r.time_ms[k]:.2f} ms"
        fired = state.fired
        dots, fit = figure.data[4], figure.data[5]
        dots.x = np.round(r.arrival_ms[fired], 4)
        dots.y = np.round(x[fired], 4)
        dots.name = f"when each {state.unit} first fired"
        dots.marker.size = 7 if r.myelinated else 4
        fit.x, fit.y = self._speed_line(state)
        # the measured value is in the headline above the plot; a legend entry that
        # changed with every slider step would force a full redraw
        fit.name = "dashed line: its slope is the measured speed (value above the plot)"
        # fixed ranges (not autorange), rounded up to a round length: they change only
        # when the fibre's length crosses one, so most slider steps redraw in place
        length = float(x[-1])
        end = axis_end(length * 1.02)
        figure.layout.xaxis.range = [0, end]
        figure.layout.xaxis2.range = [0, time_axis_end(r)]
        figure.layout.yaxis2.range = [0, end]
        for trace, (xs, ys) in zip(figure.data[6:8], self._weak_areas(state), strict=True):
            trace.x, trace.y = xs, ys
        for trace, note in zip(figure.data[8:10], self._notes(state), strict=True):
            # every attribute is written every time: the figure must not depend on the
            # order in which settings were visited (states are computed ahead, out of order)
            note = note or {"x": None, "y": None, "text": None, "position": "top left"}
            trace.x = [note["x"]]
            trace.y = [note["y"]]
            trace.text = [note["text"] or ""]
            trace.textposition = note["position"]

    @staticmethod
    def _speed_line(state: ConductionState) -> tuple[list[float], list[float]]:
        """The straight line whose slope is the measured speed, drawn over the nodes it was
        measured on (the model measures between an interior node and the last one that
        fired before the far end or the block)."""
        r = state.result
        v = r.velocity_m_per_s
        if math.isnan(v):
            return nothing(), nothing()
        first = 3 if r.myelinated else r.position_mm.size // 5
        t0, x0 = float(r.arrival_ms[first]), float(r.position_mm[first])
        end = state.last_reached if r.blocked else r.position_mm.size - 1
        ts = [t0, float(r.arrival_ms[end])]
        return [round(t, 4) for t in ts], [round(x0 + v * (t - t0), 4) for t in ts]

    @staticmethod
    def _weak_areas(state: ConductionState) -> list[tuple[list[float], list[float]]]:
        """The weakened stretch as a closed outline in each panel (nothing() when none)."""
        r = state.result
        nodes = state.weakened
        if not nodes:
            return [(nothing(), nothing()), (nothing(), nothing())]
        x = r.position_mm
        spacing = float(x[1] - x[0])
        lo, hi = float(x[nodes[0]]) - spacing / 3, float(x[nodes[-1]]) + spacing / 3
        lo, hi = round(lo, 4), round(hi, 4)
        v_lo, v_hi = VOLTAGE_RANGE_MV
        t_end = time_axis_end(r)
        return [
            ([lo, hi, hi, lo, lo], [v_lo, v_lo, v_hi, v_hi, v_lo]),
            ([0, t_end, t_end, 0, 0], [lo, lo, hi, hi, lo]),
        ]

    @staticmethod
    def _notes(state: ConductionState) -> tuple[dict | None, dict | None]:
        """The note over the voltage panel and the one in the arrival panel, if any."""
        r = state.result
        top = bottom = None
        if state.weakened:
            first, last = state.weakened[0] + 1, state.weakened[-1] + 1
            which = f"node {first}" if first == last else f"nodes {first}–{last}"
            top = {
                "text": f"shaded: weakened {which}, {state.sodium_percent}% Na⁺",
                "x": round(float(r.position_mm[first - 1]), 4),
                "y": VOLTAGE_RANGE_MV[1],
                "position": "top right",
            }
        t_right = round(0.98 * time_axis_end(r), 4)
        if r.blocked:
            j = state.last_reached
            bottom = {
                "text": f"<b>BLOCKED</b>: the impulse died after {state.unit} {j + 1} "
                f"({r.position_mm[j]:.1f} mm); the rest never fired",
                "x": t_right,
                "y": round(float(r.position_mm[j]), 4),
                "position": "top left",
            }
        elif state.skipped:
            skipped = ", ".join(str(i + 1) for i in state.skipped)
            bottom = {
                "text": f"the impulse jumped over node {skipped}, which did not fire",
                "x": t_right,
                "y": round(0.05 * float(r.position_mm[-1]), 4),
                "position": "top left",
            }
        return top, bottom

    HEADLINE_LIFT = 1  # above the note on the weakened nodes

    def headline(self, state: ConductionState) -> str:
        return self._figure_title(state)

    @staticmethod
    def _figure_title(state: ConductionState) -> str:
        r = state.result
        kind = MYELINATED if r.myelinated else UNMYELINATED
        head = f"{kind} {r.diameter_um:.1f} µm fibre: "
        if r.blocked:
            return head + f"<b>BLOCKED</b> after {state.unit} {state.last_reached + 1}"
        return head + f"measured speed {speed_text(r.velocity_m_per_s)}"

    # ----- text ---------------------------------------------------------------------
    def status_message(self, state: ConductionState) -> str:
        r = state.result
        d = r.diameter_um
        note = self._note
        if r.blocked:
            note += (
                "Conduction block: the impulse never reaches the far end. Fewer weakened "
                "nodes, or more Na⁺ conductance left at them, lets it through."
            )
        elif state.weakened:
            note += (
                "The impulse got through the weakened stretch, a little late: a healthy node "
                "delivers several times the current needed to fire the next (a safety factor)."
            )
        elif r.myelinated:
            bare = conduction_velocity(d, myelinated=False)
            note += (
                f"A bare axon this wide would manage about {speed_text(bare)} (√d law): "
                f"myelin makes this fibre about {r.velocity_m_per_s / bare:.0f}× faster."
            )
            if d < 3:
                note += (
                    " (Below about 3 µm both rules are extrapolated, and measured estimates put"
                    " the width where myelin stops helping at 0.2–1 µm: how much it helps"
                    " fibres this thin is uncertain.)"
                )
        elif d >= MYELINATED_DIAMETER_UM[0]:
            myel = conduction_velocity(d, myelinated=True)
            note += (
                f"With myelin, a fibre this wide would conduct at about {speed_text(myel)} "
                f"(Hursh's rule), about {myel / r.velocity_m_per_s:.0f}× faster. "
            )
        else:
            note += "Axons this thin are bare in the body: myelin would bring little gain. "
        if not r.myelinated:
            note += f"(The bare-axon speed is {r.status}: see the note under the figure.)"
        return note.strip()

    def summary(self) -> str:
        state = self.state
        r = state.result
        kind = MYELINATED if r.myelinated else UNMYELINATED
        n = r.position_mm.size
        if r.myelinated:
            parts = [
                f"{kind} {r.diameter_um:.1f} µm fibre ({n} nodes, {r.position_mm[1]:.2f} mm apart)"
            ]
            if state.weakened:
                a, b = state.weakened[0] + 1, state.weakened[-1] + 1
                pct = state.sodium_percent
                parts.append(f"{state.weakened_nodes} weakened node(s) {a}–{b} at {pct}% Na⁺")
            elif r.affected_nodes:
                parts.append("no weakened nodes (the chosen nodes keep all their Na⁺)")
            else:
                parts.append("no weakened nodes")
        else:
            parts = [f"{kind} {r.diameter_um:.1f} µm axon ({n} membrane patches)"]
        j = state.last_reached
        if r.blocked:
            parts.append(
                f"impulse BLOCKED: last reached {state.unit} {j + 1} ({r.position_mm[j]:.2f} mm)"
                f" at {r.arrival_ms[j]:.2f} ms; speed before the block "
                f"{speed_text(r.velocity_m_per_s)}"
            )
        else:
            parts.append(
                f"impulse reached {state.unit} {n} ({r.position_mm[-1]:.2f} mm) at "
                f"{r.arrival_ms[-1]:.2f} ms; measured speed {speed_text(r.velocity_m_per_s)} "
                f"({SPEED_STATUS.get(r.status, r.status)}); not blocked"
            )
        return "; ".join(parts)


# How the summary labels a simulated speed: it is model output, not a human measurement.
SPEED_STATUS = {
    "established": "model output; matches Hursh's rule",
    "illustrative": "model output; illustrative",
}


# ----- the chapter's "how much faster is myelin?" table ------------------------------------
def _typical_diameter(name: str) -> float:
    lo, hi = FIBRE_CLASSES[name].diameter_um
    return round((lo + hi) / 2, 2)


def _speed(diameter_um: float, myelinated: bool) -> tuple[float, str]:
    """Simulated speed where the model can simulate this width, else the scaling law."""
    lo, hi = MYELINATED_DIAMETER_UM if myelinated else UNMYELINATED_DIAMETER_UM
    if lo <= diameter_um <= hi:
        r = (
            simulate_node_chain(diameter_um)
            if myelinated
            else simulate_unmyelinated_axon(diameter_um)
        )
        return r.velocity_m_per_s, "simulated"
    law = "Hursh's rule" if myelinated else "√d law"
    return conduction_velocity(diameter_um, myelinated), law


def myelin_speedup_rows() -> list[dict]:
    """Comparisons behind "myelin is 10–100× faster, depending on what is compared"."""
    a_alpha, a_beta, c = (_typical_diameter(n) for n in ("Aα", "Aβ", "C"))
    pairs = [
        ("Same width, 2 µm", 2.0, 2.0),
        ("Same width, 5 µm", 5.0, 5.0),
        ("Same width, 10 µm", 10.0, 10.0),
        (f"Typical Aβ ({a_beta:g} µm) vs typical C ({c:g} µm)", a_beta, c),
        (f"Typical Aα ({a_alpha:g} µm) vs typical C ({c:g} µm)", a_alpha, c),
    ]
    rows = []
    for label, d_myel, d_bare in pairs:
        fast, how_fast = _speed(d_myel, True)
        if label.startswith("Typical"):
            # the typical C fibre at the speed the fibre-class table and the race give it
            slow, how_slow = conduction_velocity(d_bare, False), "√d law"
        else:
            slow, how_slow = _speed(d_bare, False)
        rows.append(
            {
                "comparison": label,
                "myelinated": fast,
                "myelinated_from": how_fast,
                "bare": slow,
                "bare_from": how_slow,
                "ratio": fast / slow,
            }
        )
    return rows


class SpeedupTable:
    """An HTML table (and a plain-text version) of :func:`myelin_speedup_rows`."""

    def __init__(self) -> None:
        self.rows = myelin_speedup_rows()

    def _repr_html_(self) -> str:
        body = "".join(
            f"<tr><td>{html.escape(r['comparison'])}</td>"
            f"<td>{speed_text(r['myelinated'])} ({r['myelinated_from']})</td>"
            f"<td>{speed_text(r['bare'])} ({html.escape(r['bare_from'])})</td>"
            f"<td>{r['ratio']:.0f}×</td></tr>"
            for r in self.rows
        )
        return (
            "<table class='pn-table'><caption>How much faster is a myelinated fibre? "
            "Speeds from the course model</caption><thead><tr><th>What is compared</th>"
            "<th>Myelinated</th><th>Unmyelinated</th><th>Myelin is faster by</th></tr></thead>"
            f"<tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        return "\n".join(
            f"{r['comparison']}: {speed_text(r['myelinated'])} vs {speed_text(r['bare'])} "
            f"= {r['ratio']:.0f}×"
            for r in self.rows
        )


def myelin_speedup_table() -> SpeedupTable:
    """The chapter-1 table: myelinated against bare fibres, compared several ways."""
    return SpeedupTable()
