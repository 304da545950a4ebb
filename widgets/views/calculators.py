"""Chapter 6: two calculators a learner types numbers into.

* :class:`AbiCalculator`: ankle and arm (brachial) systolic pressures give the
  ankle-brachial index (:func:`widgets.clinical.calculators.ankle_brachial_index`); the
  figure is a horizontal ABI scale with the four AHA/ACC bands, shaded *and* labelled in
  words, and a marker at the computed value.
* :class:`CompartmentCalculator`: resting, 1-minute and 5-minute post-exercise compartment
  pressures are checked against the modified Pedowitz criteria
  (:func:`widgets.clinical.calculators.pedowitz`); the figure shows one bar per pressure
  entered against a dashed threshold line per time point, with the Lindorsson 2021
  anterior-compartment medians for comparison.

The boxes are text boxes, because learners type: an empty box, text, zero or a negative
number becomes a message naming the box and the allowed range (the model's
``ValueError``), never a traceback.  The one exception is a compartment pressure of
exactly 0 mmHg: it is computed (a resting reading near 0 is possible), but the message
line and the result panel say it is unusual and to check the reading.  Until the input is
fixed the result panel says that there is no result, and the figure keeps its last valid
state, titled with the numbers it belongs to, so no wrong result is ever on screen.
Example buttons fill the boxes with numbers worth trying.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import ipywidgets as W
import plotly.graph_objects as go

from widgets.clinical.abi import ABI_CATEGORIES, ABNORMAL_MAX, BORDERLINE_MAX, NORMAL_MAX
from widgets.clinical.calculators import AbiResult, PedowitzResult, ankle_brachial_index, pedowitz
from widgets.clinical.compartment import (
    ACUTE_EMERGENCY_NOTE,
    DELTA_P_THRESHOLD_MMHG,
    PEDOWITZ_CRITERIA,
)
from widgets.theme import LEFT, OKABE_ITO, STATUS, base_layout
from widgets.views.base import CourseFigureWidget

BOX_STYLE = {"description_width": "initial"}
ENTER_HINT = "Type a number and press Enter (or click outside the box) to update."


def _mmhg(value: float) -> str:
    return f"{value:g}"


class _TypedCalculator(CourseFigureWidget):
    """What both calculators share: text boxes, example buttons, a result panel that is
    emptied while the input is invalid, and a status line for the last update."""

    examples: tuple[tuple[str, dict[str, str]], ...] = ()

    def __init__(self) -> None:
        self._filling = False
        self.result = W.HTML(layout=W.Layout(min_height="3em"))
        self.result.add_class("pn-result")
        super().__init__()
        self._problem = ""
        self._show_result()

    # ----- inputs ------------------------------------------------------------------------
    def _box(self, description: str, value: str, placeholder: str) -> W.Text:
        box = W.Text(
            value=value,
            description=description,
            placeholder=placeholder,
            continuous_update=False,
            style=BOX_STYLE,
            # room for the label (about 7.5 px a character) and a 90 px box
            layout=W.Layout(width=f"{round(len(description) * 7.5) + 100}px"),
        )
        box.add_class("pn-input")
        return box

    def control_panel(self, controls: list[W.Widget]) -> W.Widget:
        buttons = []
        for label, values in self.examples:
            button = W.Button(
                description=label,
                tooltip=f"Fill in the example: {label} mmHg",
                layout=W.Layout(width="auto"),  # the whole label, not cut at the default width
            )
            button.on_click(lambda _b, v=values: self.fill(**v))
            buttons.append(button)
        return W.VBox(
            [
                W.HBox(controls, layout=W.Layout(flex_flow="row wrap")),
                W.HTML(f'<span style="font-size:0.9em">{html.escape(ENTER_HINT)}</span>'),
                W.HBox(
                    [W.HTML("<b>Examples:</b>&nbsp;"), *buttons],
                    layout=W.Layout(flex_flow="row wrap", align_items="center"),
                ),
                self.result,  # the message line follows, just above the figure
            ]
        )

    def fill(self, **values: str) -> None:
        """Set several boxes at once (one update, not one per box)."""
        self._filling = True
        try:
            for name, value in values.items():
                getattr(self, name).value = str(value)
        finally:
            self._filling = False
        self.refresh()

    def _on_control_change(self, change) -> None:
        self._moved = change["owner"]
        if not self._filling:
            self.refresh()

    # ----- updating ----------------------------------------------------------------------
    def refresh(self) -> None:
        before = self._state
        super().refresh()
        if self._state is before:  # bad input: base class showed the message
            self._problem = self.message.value
            self.result.value = (
                '<div class="pn-result-none"><b>No result.</b> Fix the input (the message '
                "below says how); the figure still shows the last valid numbers, named in its "
                "title.</div>"
            )
        else:
            self._problem = ""
            self._show_result()

    def _show_result(self) -> None:
        self.result.value = self.result_html(self._state)

    def result_html(self, state: Any) -> str:
        raise NotImplementedError

    def input_summary(self) -> str:
        """The summary of the figure, plus a note if the boxes now hold bad input."""
        raise NotImplementedError

    def summary(self) -> str:
        text = self.input_summary()
        if getattr(self, "_problem", ""):
            text += " (not updated: the boxes hold invalid input)"
        return text


# =========================================================================================
# Ankle-brachial index
# =========================================================================================
ABI_AXIS = (0.3, 1.6)
# Band edges sit half-way between the reported 2-decimal values, so that 0.90 is drawn
# inside "abnormal" and 0.91 inside "borderline", as the categories are read.
ABI_EDGES = (
    ABI_AXIS[0],
    float(ABNORMAL_MAX) + 0.005,
    float(BORDERLINE_MAX) + 0.005,
    float(NORMAL_MAX) + 0.005,
    ABI_AXIS[1],
)
ABI_BANDS = (
    ("abnormal", "Abnormal (PAD)", "0.90 or less", STATUS["warning"]),
    ("borderline", "Borderline", "0.91–0.99", OKABE_ITO["orange"]),
    ("normal", "Normal", "1.00–1.40", STATUS["normal"]),
    ("non_compressible", "Non-compressible", "above 1.40", OKABE_ITO["sky_blue"]),
)
ABI_CATEGORY_WORD = {
    "abnormal": "abnormal",
    "borderline": "borderline",
    "normal": "normal",
    "non_compressible": "non-compressible",
}
ABI_MARKER, ABI_LINE = 0, 1  # trace indices


@dataclass(frozen=True)
class AbiState:
    ankle_mmhg: float
    brachial_mmhg: float
    result: AbiResult

    @property
    def word(self) -> str:
        return ABI_CATEGORY_WORD[self.result.category]


class AbiCalculator(_TypedCalculator):
    """Ankle and arm systolic pressure in, ABI with its category and meaning out."""

    name = "abi_calculator"
    title = "Ankle-brachial index (ABI) calculator"
    description = (
        "A horizontal scale of the ankle-brachial index from 0.3 to 1.6, divided into four "
        "shaded, labelled bands: abnormal, meaning peripheral artery disease (0.90 or "
        "less), borderline (0.91 to 0.99), normal (1.00 to 1.40) and non-compressible "
        "(above 1.40, arteries too stiff to squeeze). A black diamond on a vertical line "
        "marks the index computed from the two pressures, with its value and category "
        "written above it; the figure title repeats the pressures it was computed from."
    )
    established = (
        "ABI = ankle ÷ arm systolic pressure, reported to 2 decimals, and the four "
        "categories with their cut-offs (2016 AHA/ACC guideline, Gerhard-Herman et al. 2017)."
    )
    illustrative = (
        "the example pressures are invented. In a clinic each leg uses the higher of its "
        "two ankle pressures and the higher of the two arm pressures; here you type one "
        "of each."
    )
    examples = (
        ("ankle 130 · arm 120", {"ankle": "130", "brachial": "120"}),
        ("ankle 90 · arm 100", {"ankle": "90", "brachial": "100"}),
        ("ankle 120 · arm 130", {"ankle": "120", "brachial": "130"}),
        ("ankle 190 · arm 125", {"ankle": "190", "brachial": "125"}),
    )

    def __init__(self, ankle_mmhg: float | str = 120, brachial_mmhg: float | str = 130) -> None:
        self._start = (str(ankle_mmhg), str(brachial_mmhg))
        try:
            self.compute({"ankle": self._start[0], "brachial": self._start[1]})
        except ValueError as err:
            problem = str(err)
            self._start = ("120", "130")
        else:
            problem = ""
        super().__init__()
        if problem:
            self.show_message(f"{problem} Showing the default example instead.", kind="error")

    def controls(self) -> list[W.Widget]:
        self.ankle = self._box("Ankle systolic pressure (mmHg)", self._start[0], "e.g. 120")
        self.brachial = self._box(
            "Arm (brachial) systolic pressure (mmHg)", self._start[1], "e.g. 130"
        )
        return [self.ankle, self.brachial]

    def settings(self) -> dict[str, Any]:
        return {"ankle": self.read(self.ankle), "brachial": self.read(self.brachial)}

    def compute(self, settings: dict[str, Any]) -> AbiState:
        result = ankle_brachial_index(settings["ankle"], settings["brachial"])
        ankle, brachial = float(settings["ankle"]), float(settings["brachial"])
        return AbiState(ankle, brachial, result)

    # ----- text ------------------------------------------------------------------------
    def result_html(self, state: AbiState) -> str:
        r = state.result
        label = ABI_CATEGORIES[r.category][0]
        return (
            f'<div class="pn-result-abi" role="status"><b>ABI = {r.value:.2f}</b> '
            f"({_mmhg(state.ankle_mmhg)} ÷ {_mmhg(state.brachial_mmhg)} = {r.unrounded:.3f}, "
            f"reported as {r.value:.2f}). <b>Category: {html.escape(label)}.</b> "
            f"{html.escape(r.meaning)}</div>"
        )

    def input_summary(self) -> str:
        s = self._state
        return (
            f"Ankle {_mmhg(s.ankle_mmhg)} / brachial {_mmhg(s.brachial_mmhg)} mmHg: "
            f"ABI {s.result.value:.2f}, {s.word}"
        )

    # ----- figure ------------------------------------------------------------------------
    def initial_figure(self) -> go.Figure:
        fig = go.Figure()
        fig.add_trace(
            go.Scatter(
                x=[1.0],
                y=[0.3],
                mode="markers+text",
                marker={"symbol": "diamond", "size": 18, "color": OKABE_ITO["black"]},
                textposition="top center",
                textfont={"size": 15},
                name="Your ABI",
                hoverinfo="text",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=[1.0, 1.0],
                y=[0.0, 0.3],
                mode="lines",
                line={"color": OKABE_ITO["black"], "width": 3},
                showlegend=False,
                hoverinfo="skip",
            )
        )
        for (_key, label, rng, colour), lo, hi in zip(
            ABI_BANDS, ABI_EDGES[:-1], ABI_EDGES[1:], strict=True
        ):
            fig.add_vrect(x0=lo, x1=hi, fillcolor=colour, opacity=0.35, line_width=0, layer="below")
            narrow = hi - lo < 0.15
            fig.add_annotation(
                x=(lo + hi) / 2,
                y=0.97 if not narrow else 0.78,
                yref="y",
                text=f"<b>{label}</b><br>{rng}",
                showarrow=False,
                font={"size": 12 if not narrow else 11},
                yanchor="top",
            )
        fig.update_layout(
            **base_layout(
                "ABI",
                height=320,
                showlegend=False,
                margin={"l": 30, "r": 30, "t": 60, "b": 60},
            )
        )
        fig.update_xaxes(
            range=list(ABI_AXIS),
            title_text="Ankle-brachial index (ankle ÷ arm systolic pressure)",
            tickvals=[0.3, 0.5, 0.7, 0.9, 1.0, 1.2, 1.4, 1.6],
            ticktext=["0.3", "0.5", "0.7", "0.90", "1.00", "1.2", "1.40", "1.6"],
            showgrid=False,
        )
        fig.update_yaxes(range=[0, 1], visible=False, fixedrange=True)
        return fig

    def update_figure(self, figure: go.Figure, state: AbiState) -> None:
        value = state.result.value
        lo, hi = ABI_AXIS
        shown = min(max(value, lo), hi)
        off = "" if shown == value else " (off this scale)"
        text = f"<b>ABI {value:.2f}</b>: {state.word}{off}"
        symbol = "diamond"
        if value < lo:
            symbol = "triangle-left"
        elif value > hi:
            symbol = "triangle-right"
        marker = figure.data[ABI_MARKER]
        marker.x, marker.text, marker.hovertext = [shown], [text], [text]
        marker.marker.symbol = symbol
        marker.textposition = (
            "top right" if shown < lo + 0.15 else "top left" if shown > hi - 0.15 else "top center"
        )
        figure.data[ABI_LINE].x = [shown, shown]
        figure.layout.title.text = (
            f"ABI scale: ankle {_mmhg(state.ankle_mmhg)} ÷ arm {_mmhg(state.brachial_mmhg)} "
            f"mmHg = {value:.2f} ({state.word})"
        )


# =========================================================================================
# Compartment pressures: Pedowitz criteria
# =========================================================================================
TIME_POINTS = tuple(PEDOWITZ_CRITERIA)  # resting, one_min, five_min
TIME_TICKS = (
    "Resting<br>(before exercise)",
    "1 minute<br>after exercise",
    "5 minutes<br>after exercise",
)
TIME_WORDS = {"resting": "resting", "one_min": "1 min", "five_min": "5 min"}
BAR_WIDTH = 0.4
THRESHOLD_HALF = 0.28
LINDORSSON_MEDIANS = ((47.0, "with CECS", "diamond"), (18.0, "without CECS", "circle-open"))
MET_COLOUR, NOT_MET_COLOUR = STATUS["warning"], OKABE_ITO["sky_blue"]
BARS, THRESHOLDS, VERDICTS, LINDORSSON = 0, 1, 2, 3  # trace indices
DELTA_P_NOTE = (
    "In acute compartment syndrome surgeons use the difference ΔP = diastolic blood "
    f"pressure − compartment pressure: at {DELTA_P_THRESHOLD_MMHG:g} mmHg or less they "
    "open the compartment (fasciotomy). Normal compartment pressure is below 10 mmHg."
)


@dataclass(frozen=True)
class CompartmentState:
    result: PedowitzResult

    def value(self, key: str) -> float | None:
        return next(c.value_mmhg for c in self.result.criteria if c.key == key)


class CompartmentCalculator(_TypedCalculator):
    """Compartment pressures at rest and after exercise against the Pedowitz criteria."""

    name = "compartment_calculator"
    title = "Compartment pressure calculator (Pedowitz criteria for CECS)"
    description = (
        "One bar for each pressure you entered, at rest, 1 minute and 5 minutes after "
        "exercise; above each bar its value and the word 'meets' or 'below' for its "
        "criterion (bars that meet it are also hatched). Over each bar a dashed black line "
        "marks that time point's Pedowitz threshold: 15, 30 and 20 mmHg. A time point left "
        "empty reads 'not measured'. Beside the 1-minute bar, a filled diamond at 47 mmHg "
        "and an open circle at 18 mmHg mark the median 1-minute pressures in the anterior "
        "compartment (front of the shin) of people with and without CECS there in a 2021 "
        "study."
    )
    established = (
        "the modified Pedowitz criteria (resting 15, 1 minute 30, 5 minutes 20 mmHg or more; "
        "any one supports CECS when the history fits) and the 2021 anterior-compartment "
        "medians of 47 and 18 mmHg (Lindorsson 2021)."
    )
    illustrative = (
        "the example pressures are invented. A real test measures each compartment with a "
        "needle gauge, and doctors read the numbers together with the history."
    )
    examples = (
        ("rest 12 · 1 min 38 · 5 min 24", {"resting": "12", "one_min": "38", "five_min": "24"}),
        ("rest 14 · 1 min 29 · 5 min 19", {"resting": "14", "one_min": "29", "five_min": "19"}),
        ("rest 15 only", {"resting": "15", "one_min": "", "five_min": ""}),
        ("rest 8 · 1 min 47", {"resting": "8", "one_min": "47", "five_min": ""}),
    )

    def __init__(
        self,
        resting_mmhg: float | str | None = 12,
        one_min_mmhg: float | str | None = 38,
        five_min_mmhg: float | str | None = 24,
    ) -> None:
        self._start = tuple(
            "" if v is None else str(v) for v in (resting_mmhg, one_min_mmhg, five_min_mmhg)
        )
        try:
            self.compute(dict(zip(TIME_POINTS, self._start, strict=True)))
        except ValueError as err:
            problem = str(err)
            self._start = ("12", "38", "24")
        else:
            problem = ""
        super().__init__()
        if problem:
            self.show_message(f"{problem} Showing the default example instead.", kind="error")
        else:
            self._show_warnings()

    def controls(self) -> list[W.Widget]:
        resting, one_min, five_min = self._start
        self.resting = self._box("Resting (mmHg)", resting, "blank = none")
        self.one_min = self._box("1 min after exercise (mmHg)", one_min, "blank = none")
        self.five_min = self._box("5 min after exercise (mmHg)", five_min, "blank = none")
        return [self.resting, self.one_min, self.five_min]

    def control_panel(self, controls: list[W.Widget]) -> W.Widget:
        panel = super().control_panel(controls)
        self.emergency = W.HTML(
            '<div role="note" class="pn-emergency" style="border-left:4px solid '
            f'{STATUS["warning"]};padding:0.3em 0.6em;margin:0.3em 0">'
            "<b>⚠ This calculator is about the chronic, exercise-related kind (CECS).</b> "
            f"{html.escape(ACUTE_EMERGENCY_NOTE)} {html.escape(DELTA_P_NOTE)}</div>"
        )
        return W.VBox([self.emergency, panel])

    def settings(self) -> dict[str, Any]:
        return {
            "resting": self.read(self.resting),
            "one_min": self.read(self.one_min),
            "five_min": self.read(self.five_min),
        }

    def compute(self, settings: dict[str, Any]) -> CompartmentState:
        values = {}
        for key in TIME_POINTS:
            raw = settings[key]
            values[key] = None if raw is None or not str(raw).strip() else raw
        return CompartmentState(pedowitz(values["resting"], values["one_min"], values["five_min"]))

    # ----- updating ----------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        self._show_warnings()

    def _show_warnings(self) -> None:
        """A reading that is computed but worth checking (0 mmHg) gets the message line."""
        if not self._problem and self._state.result.warnings:
            self.show_message(" ".join(self._state.result.warnings), kind="warning")

    # ----- text ------------------------------------------------------------------------
    def result_html(self, state: CompartmentState) -> str:
        rows = []
        for c in state.result.criteria:
            if c.met is None:
                verdict = "– not measured"
            elif c.met:
                verdict = f"✔ <b>met</b> ({_mmhg(c.value_mmhg)} ≥ {_mmhg(c.threshold_mmhg)} mmHg)"
            else:
                verdict = f"✘ not met ({_mmhg(c.value_mmhg)} < {_mmhg(c.threshold_mmhg)} mmHg)"
            rows.append(f"<li>{html.escape(c.label)}: {verdict}</li>")
        r = state.result
        check = "".join(
            f'<p class="pn-check-reading" style="margin:0.2em 0"><b>⚠ {html.escape(w)}</b></p>'
            for w in r.warnings
        )
        return (
            f'<div class="pn-result-pedowitz" role="status">{check}'
            f"<b>{html.escape(r.interpretation)}</b>"
            f"<ul style='margin:0.2em 0'>{''.join(rows)}</ul>"
            f"{html.escape(r.note)} {html.escape(r.context)}</div>"
        )

    def input_summary(self) -> str:
        r = self._state.result
        parts = []
        for c in r.criteria:
            word = TIME_WORDS[c.key]
            parts.append(
                f"{word} not measured" if c.value_mmhg is None else f"{word} {_mmhg(c.value_mmhg)}"
            )
        met = [f"{TIME_WORDS[c.key]} ≥{_mmhg(c.threshold_mmhg)}" for c in r.criteria if c.met]
        verdict = (
            f"Pedowitz criteria met ({', '.join(met)})" if met else "no Pedowitz criterion met"
        )
        check = "".join(f". ⚠ {w}" for w in r.warnings)
        return f"Compartment pressures {', '.join(parts)} mmHg: {verdict}{check}"

    # ----- figure ------------------------------------------------------------------------
    def initial_figure(self) -> go.Figure:
        fig = go.Figure()
        fig.add_trace(
            go.Bar(
                x=[0, 1, 2],
                y=[None, None, None],
                width=BAR_WIDTH,
                name="Your pressures (hatched = criterion met)",
                textposition="none",
                cliponaxis=False,
                marker={"line": {"color": OKABE_ITO["black"], "width": 1}},
                hoverinfo="text",
            )
        )
        xs, ys = [], []
        for i, key in enumerate(TIME_POINTS):
            threshold = PEDOWITZ_CRITERIA[key][1]
            xs += [i - THRESHOLD_HALF, i + THRESHOLD_HALF, None]
            ys += [threshold, threshold, None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": OKABE_ITO["black"], "dash": "dash", "width": 3},
                name="Pedowitz threshold (met at or above)",
                hoverinfo="skip",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=[0, 1, 2],
                y=[0, 0, 0],
                mode="text",
                text=["", "", ""],
                textfont={"size": 13},
                name="value and verdict per time point",
                showlegend=False,
                hoverinfo="skip",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=[1 + THRESHOLD_HALF + 0.08] * len(LINDORSSON_MEDIANS),
                y=[m for m, _, _ in LINDORSSON_MEDIANS],
                mode="markers+text",
                marker={
                    "symbol": [s for _, _, s in LINDORSSON_MEDIANS],
                    "size": 12,
                    "color": OKABE_ITO["reddish_purple"],
                    "line": {"width": 2, "color": OKABE_ITO["reddish_purple"]},
                },
                text=[f"{m:g}: {who}" for m, who, _ in LINDORSSON_MEDIANS],
                textposition=["middle right", "bottom right"],
                textfont={"size": 11},
                name="2021 study, front-of-shin median at 1 min (◆ with CECS 47, ○ without 18)",
                hoverinfo="text",
            )
        )
        for i, key in enumerate(TIME_POINTS):
            threshold = PEDOWITZ_CRITERIA[key][1]
            fig.add_annotation(
                x=i + THRESHOLD_HALF,
                y=threshold,
                text=f"≥{threshold:g}",
                showarrow=False,
                xanchor="left",
                font={"size": 12},
            )
        fig.update_layout(
            **base_layout(
                "Compartment pressures",
                height=460,
                bargap=0.5,
                legend={"orientation": "h", "y": -0.28, "x": 0},
                margin={"l": 70, "r": 20, "t": 60, "b": 110},
            )
        )
        fig.update_xaxes(
            tickvals=[0, 1, 2],
            ticktext=list(TIME_TICKS),
            range=[-0.6, 2.6],
            title_text="When the pressure was measured",
        )
        fig.update_yaxes(title_text="Compartment pressure (mmHg)", rangemode="tozero")
        return fig

    def update_figure(self, figure: go.Figure, state: CompartmentState) -> None:
        ys, texts, colours, patterns = [], [], [], []
        for c in state.result.criteria:
            if c.value_mmhg is None:
                ys.append(None)
                texts.append("not measured")
                colours.append(NOT_MET_COLOUR)
                patterns.append("")
                continue
            ys.append(c.value_mmhg)
            word = "✔ meets" if c.met else "✘ below"
            texts.append(f"{_mmhg(c.value_mmhg)} mmHg<br>{word} ≥{_mmhg(c.threshold_mmhg)}")
            colours.append(MET_COLOUR if c.met else NOT_MET_COLOUR)
            patterns.append("/" if c.met else "")
        bars = figure.data[BARS]
        bars.y, bars.text, bars.hovertext = ys, texts, texts
        bars.marker.color = colours
        bars.marker.pattern.shape = patterns
        top = max([v for v in ys if v is not None] + [55.0])
        figure.layout.yaxis.range = [0, top * 1.3]
        # values and verdicts written in a row above the bars, clear of the lines
        verdicts = figure.data[VERDICTS]
        verdicts.y, verdicts.text = [top * 1.17] * 3, texts
        met = sum(1 for c in state.result.criteria if c.met)
        measured = sum(1 for c in state.result.criteria if c.value_mmhg is not None)
        figure.layout.title.text = (
            ", ".join(
                f"{TIME_WORDS[c.key].capitalize() if c.key == 'resting' else TIME_WORDS[c.key]} "
                f"{'–' if c.value_mmhg is None else _mmhg(c.value_mmhg)}"
                for c in state.result.criteria
            )
            + f" mmHg: {met} of {measured} {'criterion' if measured == 1 else 'criteria'} met"
            + ("" if measured == 3 else " (only the measured ones count)")
        )


# =========================================================================================
# Chapter 6 tables, generated from the clinical data so that prose and data agree
# =========================================================================================
@dataclass(frozen=True)
class Citations:
    """A table cell that cites references by key, the way the chapters' markdown does:
    each label links to ``#ref-KEY``, the anchor of that entry in the chapter's reference
    list (HTML ``<a href="#ref-KEY">``, plain text ``[label](#ref-KEY)``).  A label such as
    "NHS 2023" fits several entries; the link says which one is meant, and
    ``tools/chapter_contract.py`` lists every key cited in a stored output."""

    keys: tuple[str, ...]

    def html(self) -> str:
        return "; ".join(
            f'<a href="#ref-{k}">{html.escape(_short_source(k))}</a>' for k in self.keys
        )

    def __str__(self) -> str:
        return "; ".join(f"[{_short_source(k)}](#ref-{k})" for k in self.keys)


def _cell_html(cell: str | Citations) -> str:
    return cell.html() if isinstance(cell, Citations) else html.escape(cell)


class DataTable:
    """An HTML table with a caption that also reads as plain text (its ``text/plain`` is
    what nbval compares, and what a screen reader without HTML would get).  A cell is
    text, or :class:`Citations` (links to the reference list)."""

    def __init__(
        self, caption: str, header: tuple[str, ...], rows: list[tuple[str | Citations, ...]]
    ):
        self.caption, self.header, self.rows = caption, header, rows

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col"{LEFT}>{html.escape(h)}</th>' for h in self.header)
        body = "".join(
            "<tr>" + "".join(f"<td{LEFT}>{_cell_html(cell)}</td>" for cell in row) + "</tr>"
            for row in self.rows
        )
        return (
            '<table class="pn-table" style="text-align:left">'
            f"<caption>{html.escape(self.caption)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        lines = [self.caption]
        for row in self.rows:
            lines.append(
                "- " + "; ".join(f"{h}: {c}" for h, c in zip(self.header, row, strict=True))
            )
        return "\n".join(lines)


ORGANISATION_SHORT = {
    "National Institute for Health and Care Excellence": "NICE",
    "World Health Organization": "WHO",
    "American Council on Exercise": "ACE",
    "National Institute of Diabetes and Digestive and Kidney Diseases": "NIDDK",
}


def _short_source(key: str) -> str:
    """'Lundborg et al. 1982', 'Bowley & Doughty 2019', 'NHS 2023' from the reference list."""
    from widgets.references import REFERENCES

    ref = REFERENCES[key]
    if ref.authors in ORGANISATION_SHORT:
        return f"{ORGANISATION_SHORT[ref.authors]} {ref.year}"
    people = [p.strip() for p in ref.authors.split(",") if p.strip() != "et al."]
    surnames = []
    for person in people:
        first, _, initials = person.rpartition(" ")
        is_person = first and initials.isupper() and len(initials) <= 3
        surnames.append(first if is_person else person)
    if len(surnames) == 1:
        who = surnames[0]
    elif len(surnames) == 2 and "et al." not in ref.authors:
        who = f"{surnames[0]} & {surnames[1]}"
    else:
        who = f"{surnames[0]} et al."
    return f"{who} {ref.year}"


def _sources(keys) -> Citations:
    return Citations(tuple(dict.fromkeys(keys)))


def self_care_table() -> DataTable:
    """The everyday self-care steps (:data:`widgets.clinical.treatments.SELF_CARE`)."""
    from widgets.clinical.treatments import SELF_CARE

    return DataTable(
        "Self-care for everyday pins and needles",
        ("What to do", "Why", "Sources"),
        [(s.text, s.why, _sources(s.sources)) for s in SELF_CARE],
    )


def treatment_table(*groups: str) -> DataTable:
    """Treatment and tests for every cause in ``groups`` (keys of
    :data:`widgets.clinical.causes.GROUPS`), in course order."""
    from widgets.clinical.causes import GROUPS, causes_in_group
    from widgets.clinical.treatments import treatment_for

    rows = []
    for group in groups:
        for cause in causes_in_group(group):
            info = treatment_for(cause.key)
            tests = "; ".join(t.name for t in info.tests) or "none specific"
            rows.append((info.cause_name, info.treatment, tests))
    names = " and ".join(GROUPS[g].lower() for g in groups)
    return DataTable(
        f"Treatment and tests: {names}",
        ("Cause", "Treatment", "Tests a doctor may order"),
        rows,
    )


def tests_table() -> DataTable:
    """Every test in :data:`widgets.clinical.diagnostic_tests.DIAGNOSTIC_TESTS`, what it
    shows, and the causes that list it."""
    from widgets.clinical.causes import CAUSES
    from widgets.clinical.diagnostic_tests import DIAGNOSTIC_TESTS

    rows = []
    for key, test in DIAGNOSTIC_TESTS.items():
        used = [c.name for c in CAUSES if key in c.tests]
        rows.append((test.name, test.what_it_shows, "; ".join(used)))
    return DataTable(
        "Tests a doctor may order, and the causes they help to find",
        ("Test", "What it shows", "Used when these causes are suspected"),
        rows,
    )


def blood_test_table() -> DataTable:
    """How HbA1c and active vitamin B12 results are read (:mod:`widgets.clinical.labs`)."""
    from widgets.clinical.labs import B12_CATEGORIES, B12_NOTE, HBA1C_CATEGORIES

    rows = [("HbA1c", label, meaning) for label, meaning in HBA1C_CATEGORIES.values()]
    rows += [("Active vitamin B12", label, meaning) for label, meaning in B12_CATEGORIES.values()]
    return DataTable(
        f"Reading two blood tests (education only; {B12_NOTE[0].lower()}{B12_NOTE[1:-1]})",
        ("Test", "Result", "What it means"),
        rows,
    )


def hydration_table() -> DataTable:
    """The American Council on Exercise drinking plan, with millilitres."""
    from widgets.clinical.calculators import HYDRATION_GUIDELINE, HYDRATION_NOTE

    rows = []
    for step in HYDRATION_GUIDELINE:
        ounces = (
            f"{step.fl_oz_min:g}"
            if step.fl_oz_min == step.fl_oz_max
            else f"{step.fl_oz_min:g}–{step.fl_oz_max:g}"
        )
        ml = f"{step.ml_min}" if step.ml_min == step.ml_max else f"{step.ml_min}–{step.ml_max}"
        rows.append((step.when[0].upper() + step.when[1:], ounces, ml, step.drink))
    return DataTable(
        f"Drinking around exercise (American Council on Exercise). {HYDRATION_NOTE}",
        ("When", "US fluid ounces", "Millilitres (rounded)", "Drink"),
        rows,
    )
