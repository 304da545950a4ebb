"""Chapter 4: the symptom-pattern explorer and the cause cards.

:class:`SymptomExplorer` lets a learner describe a pattern (where on the leg, when, one
side or both, what relieves it) and shows which causes fit, ranked by
:func:`widgets.clinical.pattern_match.match_causes`, with the reasons for and against
each.  It is not a figure widget: the ranking is an HTML panel (a bar per cause, the score
and the reasons written out), beside the leg map with the chosen area outlined.

Safety rules it keeps:

* the emergency warning (saddle area, or a possible nerve-root pattern in both legs) is
  shown *first*, in a bordered box with the word EMERGENCY and ``role="alert"``: never
  under-triage;
* with sides "not sure" where a nerve-root cause could fit, a prompt to check the
  both-legs warning signs comes before the ranking;
* the warning signs for the listed causes come most urgent first: every emergency
  question is shown in full (never cut short), and the less urgent ones follow under
  their own heading, so "call 999 / 911 / 112" never heads a routine question;
* every result, including an error, shows the not-a-diagnosis text;
* bad input (an unknown key) becomes a message, never a traceback.

One function, :func:`results_html`, writes the panel for the live widget and for the
static fallback in the display bundle (``text/html``), using inline styles only so that
it survives JupyterLab's HTML sanitiser in a stored, untrusted notebook.

:func:`cause_cards` renders the chapter's per-group cause cards straight from
:data:`widgets.clinical.causes.CAUSES`, so the prose and the data cannot disagree.
"""

from __future__ import annotations

import html
import itertools
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import ipywidgets as W

from widgets.clinical.causes import CAUSES, EVIDENCE, GROUPS, TINGLING, Cause, causes_in_group
from widgets.clinical.choices import CAUSE_SIDES, NOT_SURE, RELIEFS, TIMINGS
from widgets.clinical.pattern_match import (
    DROPDOWNS,
    NOT_A_DIAGNOSIS,
    REGION_CHOICES,
    RELIEF_CHOICES,
    SIDE_CHOICES,
    TIMING_CHOICES,
    WEIGHTS,
    PatternResult,
    match_causes,
)
from widgets.clinical.red_flags import FLAG_BY_KEY
from widgets.clinical.regions import RED_FLAG_REGIONS, REGION_BY_KEY
from widgets.references import REFERENCES
from widgets.theme import OKABE_ITO, STATUS, TRIAGE
from widgets.views.base import provenance_html

LEG_MAP = Path(__file__).resolve().parents[2] / "assets" / "leg_map.svg"
TOP_N = 8  # causes shown in the ranking
# Highest score the model can give (region fit for a one-region cause, timing, sides,
# relief, typical tingling, common): the length of a full bar.
MAX_SCORE = (
    WEIGHTS["region_fit_base"]
    + 1.0
    + WEIGHTS["timing_fit"]
    + WEIGHTS["sides_fit"]
    + WEIGHTS["relief_fit"]
    + 0.5
    + 1.0
)
DEFAULTS: dict[str, str] = {
    "region": "outer_thigh",
    "timing": NOT_SURE,
    "sides": "one",
    "relieved_by": NOT_SURE,
}
_CHOICES = {
    "region": REGION_CHOICES,
    "timing": TIMING_CHOICES,
    "sides": SIDE_CHOICES,
    "relieved_by": RELIEF_CHOICES,
}
ANSWER_NAMES = {
    "region": "where",
    "timing": "when",
    "sides": "sides",
    "relieved_by": "what helps",
}

INK = OKABE_ITO["black"]


def tint(colour: str, alpha: float) -> str:
    """A light background of a palette colour (``#RRGGBB`` -> ``rgba(...)``)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


_EMERGENCY_BOX = (
    f"border:4px solid {TRIAGE['emergency']};background:{tint(TRIAGE['emergency'], 0.15)};"
    f"color:{INK};padding:0.6em 0.8em;margin:0 0 0.6em 0;font-size:1.05em"
)
_NOTE_BOX = (
    f"border-left:4px solid {STATUS['neutral']};background:{tint(STATUS['neutral'], 0.12)};"
    f"color:{INK};padding:0.4em 0.7em;margin:0 0 0.6em 0"
)
_PROMPT_BOX = (
    f"border:3px solid {TRIAGE['emergency']};background:{tint(TRIAGE['emergency'], 0.06)};"
    f"color:{INK};padding:0.5em 0.8em;margin:0 0 0.6em 0"
)
_ERROR_BOX = (
    f"border:2px solid {STATUS['warning']};background:{tint(STATUS['warning'], 0.08)};"
    f"color:{INK};padding:0.4em 0.7em;margin:0 0 0.6em 0"
)


# ----- text helpers ----------------------------------------------------------------------
def region_option_label(key: str) -> str:
    """The label a learner picks from: red-flag areas say so in words."""
    region = REGION_BY_KEY[key]
    return f"RED FLAG: {region.label}" if region.red_flag else region.label


def pattern_words(result: PatternResult) -> str:
    """The learner's answers in words, e.g. 'Outer thigh; when: not sure; one leg; ...'."""
    side = {"one": "one leg", "both": "both legs"}.get(result.sides, "sides: not sure")
    return (
        f"{REGION_BY_KEY[result.region].label}; when: {TIMINGS[result.timing].lower()}; "
        f"{side}; what helps: {RELIEFS[result.relieved_by].lower()}"
    )


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


# ----- the results panel -----------------------------------------------------------------
def emergency_html(text: str) -> str:
    """An emergency box: one 'EMERGENCY' heading (a text that opens with its own, such as
    'EMERGENCY if new: ...', keeps its wording under a plain heading), capitalised text."""
    body = text.removeprefix("EMERGENCY: ")
    head = "⚠ EMERGENCY." if not body.upper().startswith("EMERGENCY") else "⚠"
    body = body[:1].upper() + body[1:]
    return (
        f'<div role="alert" class="pn-emergency" style="{_EMERGENCY_BOX}">'
        f"<b>{head}</b> {_esc(body)}</div>"
    )


def prompt_html(text: str) -> str:
    """A gentler box: check the both-legs warning signs (sides not known)."""
    return (
        f'<div role="note" class="pn-check-prompt" style="{_PROMPT_BOX}">'
        f"<b>⚠ Check the warning signs.</b> {_esc(text.removeprefix('Check: '))}</div>"
    )


def not_a_diagnosis_html() -> str:
    return (
        f'<p class="pn-not-diagnosis" style="{_NOTE_BOX}"><b>Not a diagnosis.</b> '
        f"{_esc(NOT_A_DIAGNOSIS)}</p>"
    )


def _bar(score: float, fits_region: bool) -> str:
    share = max(0.0, min(1.0, score / MAX_SCORE))
    colour = OKABE_ITO["blue"] if fits_region else STATUS["neutral"]
    return (
        '<div aria-hidden="true" style="display:inline-block;vertical-align:middle;'
        f'width:12em;height:0.9em;border:1px solid {INK};margin:0 0.5em">'
        f'<div style="width:{share * 100:.0f}%;height:100%;background:{colour}"></div></div>'
    )


def shown_matches(result: PatternResult, n: int = TOP_N):
    """(causes that can be felt in the chosen area, best first, at most ``n``;
    up to three others for comparison)."""
    here = [m for m in result if m.region_fits][:n]
    elsewhere = [m for m in result if not m.region_fits][:3]
    return here, elsewhere


def ranking_html(result: PatternResult, n: int = TOP_N) -> str:
    here, elsewhere = shown_matches(result, n)
    items = []
    for m in here:
        reasons = (
            [f"✔ Fits: {_esc(r)}" for r in m.fits]
            + [f"✘ Does not fit: {_esc(r)}" for r in m.does_not_fit]
            + [f"Note: {_esc(r)}" for r in m.notes]
        )
        items.append(
            '<li style="margin-bottom:0.5em">'
            f"<b>{_esc(m.cause.name)}</b>{_bar(m.score, True)}score {m.score:g}"
            f'<div style="font-size:0.92em">{"<br>".join(reasons)}<br>'
            f"<i>Telling feature:</i> {_esc(m.cause.telling_feature)}</div></li>"
        )
    others = ""
    if elsewhere:
        names = "; ".join(f"{_esc(m.cause.name)} (score {m.score:g})" for m in elsewhere)
        others = (
            f"<p style='font-size:0.92em'><b>For comparison, causes usually felt "
            f"elsewhere</b> (they score lower because the area does not fit): {names}.</p>"
        )
    return f'<ol class="pn-ranking" style="padding-left:1.6em">{"".join(items)}</ol>{others}'


# How each level below emergency reads next to its question in the explorer.
_LEVEL_NOTE = {
    "urgent_same_day": "if yes, get medical help today",
    "see_doctor_soon": "if yes, see a doctor soon",
}


def flags_to_check_html(result: PatternResult) -> str:
    """The warning signs for the listed causes: every emergency question first, in full
    (never cut short), then the less urgent ones under their own heading."""
    parts = []
    if result.emergency_flags:
        questions = "".join(
            f"<li>{_esc(FLAG_BY_KEY[k].question)}</li>" for k in result.emergency_flags
        )
        parts.append(
            "<p class='pn-flags-emergency' style='margin-bottom:0.2em'><b>Emergency "
            "warning signs to rule out for these causes</b> (a yes to any of these means "
            "get emergency help now: call 999 / 911 / 112 or go to the nearest emergency "
            "department):</p>"
            f"<ul style='margin-top:0'>{questions}</ul>"
        )
    if result.other_flags:
        questions = "".join(
            f"<li>{_esc(FLAG_BY_KEY[k].question)} <i>({_LEVEL_NOTE[FLAG_BY_KEY[k].level]})</i></li>"
            for k in result.other_flags
        )
        parts.append(
            "<p class='pn-flags-other' style='margin-bottom:0.2em'><b>Other signs worth "
            "a doctor's check</b> (not emergencies on their own):</p>"
            f"<ul style='margin-top:0'>{questions}</ul>"
        )
    if parts:
        parts.append(
            "<p style='font-size:0.92em'>The warning-sign checker (chapter 5) asks every "
            "question and says how urgent each answer is.</p>"
        )
    return "".join(parts)


def results_html(result: PatternResult | None, problem: str = "") -> str:
    """The whole panel: emergency first, not-a-diagnosis always, then the ranking."""
    parts = ['<div class="pn-symptom-results" aria-live="polite" style="line-height:1.45">']
    if problem:
        parts.append(
            f'<div role="alert" class="pn-message-error" style="{_ERROR_BOX}">'
            f"<b>⚠ Cannot update:</b> {_esc(problem)}</div>"
        )
    if result is not None:
        parts += [emergency_html(m) for m in result.warnings]
        parts += [prompt_html(m) for m in result.prompts]
    parts.append(not_a_diagnosis_html())
    if result is not None:
        parts.append(
            f"<p><b>Your pattern:</b> {_esc(pattern_words(result))}.</p>"
            "<p style='margin-bottom:0.2em'><b>Causes that can be felt in this area, best "
            "fit first</b> (a longer bar and a higher score mean a better fit with your "
            "answers):</p>" + ranking_html(result)
        )
        parts.append(flags_to_check_html(result))
    parts.append("</div>")
    return "".join(parts)


def summary_text(result: PatternResult | None, problem: str = "", n: int = 5) -> str:
    """The text fingerprint of what the panel shows (nbval compares it)."""
    if result is None:
        return f"Symptom explorer: no result ({problem}). Not a diagnosis."
    here, _ = shown_matches(result, n)
    ranking = " ".join(f"{i}. {m.cause.name} (score {m.score:g})" for i, m in enumerate(here, 1))
    head = "EMERGENCY warning shown first. " if result.emergency else ""
    if result.prompts:
        head += "Prompt to check the both-legs warning signs shown. "
    return f"{head}{pattern_words(result)}: {ranking}. Not a diagnosis."


# ----- the leg map, inline ---------------------------------------------------------------
@lru_cache(maxsize=1)
def _leg_map_source() -> str:
    return LEG_MAP.read_text(encoding="utf-8")


_counter = itertools.count(1)


def _scope_css(css: str, scope: str) -> str:
    """Prefix every selector of the map's own style block, so that inline it styles only
    this map (its ``text {...}`` rule would otherwise restyle every SVG on the page)."""

    def scoped(match: re.Match) -> str:
        selectors = ", ".join(f"{scope} {s.strip()}" for s in match.group(1).split(","))
        return f"{selectors} {{{match.group(2)}}}"

    return re.sub(r"([^{}]+)\{([^{}]*)\}", scoped, css)


def leg_map_html(selected: str | None, prefix: str) -> str:
    """The leg map as inline SVG with ``selected`` outlined in black and the other areas
    faded.  Every id gets ``prefix`` so that two maps on one page do not clash."""
    svg = _leg_map_source()
    scope = f".pn-legmap-{prefix}"
    svg = re.sub(
        r"<style>(.*?)</style>",
        lambda m: f"<style>{_scope_css(m.group(1), scope)}</style>",
        svg,
        flags=re.S,
    )
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    svg = re.sub(
        r'aria-labelledby="([^"]+)"',
        lambda m: 'aria-labelledby="' + " ".join(f"{prefix}-{i}" for i in m.group(1).split()) + '"',
        svg,
    )
    svg = svg.replace('width="1400" height="1000"', 'width="100%" style="height:auto"', 1)
    caption = "No area chosen yet."
    if selected in REGION_BY_KEY:
        region = REGION_BY_KEY[selected]
        svg = re.sub(
            rf'(<g id="{prefix}-{selected}" class="region)',
            r"\1 pn-selected",
            svg,
        )
        flag = " This is a red-flag area." if region.red_flag else ""
        caption = (
            f"Outlined on the map: <b>{_esc(region.label)}</b> ({_esc(region.nerve)}).{flag} "
            "The chosen area has a thick black outline and an underlined label; other "
            "areas are faded."
        )
    style = (
        f"<style>{scope} .region path {{ opacity: 0.3; }}"
        f"{scope} .region text {{ opacity: 0.45; }}"
        f"{scope} .region.pn-selected path {{ opacity: 1; stroke: {INK}; stroke-width: 7; }}"
        f"{scope} .region.pn-selected text {{ opacity: 1; }}"
        f"{scope} .region.pn-selected .name {{ text-decoration: underline; }}</style>"
    )
    return (
        f'<div class="pn-legmap pn-legmap-{prefix}" style="max-width:900px">{style}{svg}'
        f'<p class="pn-legmap-caption" style="font-size:0.9em;line-height:1.4">{caption}</p></div>'
    )


# ----- the widget -------------------------------------------------------------------------
class SymptomExplorer(W.VBox):
    """Where, when, sides and relief in; ranked causes with reasons out."""

    name = "symptom_explorer"
    title = "Symptom-pattern explorer: which causes fit?"
    description = (
        "Choose where on the leg the tingling is felt, when it happens, whether one leg or "
        "both, and what makes it better. The map outlines the chosen area. Below, the "
        f"causes that fit best are listed in order (top {TOP_N}), each with a bar whose "
        "length is its match score, the score written beside it, and the reasons it fits "
        "or does not fit. Red-flag patterns show an emergency warning first: the saddle "
        "area, or both legs in any area where a nerve-root cause (sciatica, a slipped "
        "disc, spinal stenosis) can be felt."
    )
    established = (
        "the typical pattern of each cause (where, when, one side or both, what relieves "
        "it) and its telling feature, from the sources cited in this chapter; the saddle "
        "area and sciatica-type symptoms in both legs as emergency signs (NHS)."
    )
    illustrative = (
        "the match score: its points for each fitting or non-fitting answer are chosen so "
        "that textbook patterns rank first; they were not measured on patients."
    )

    def __init__(
        self,
        region: str | None = DEFAULTS["region"],
        timing: str | None = DEFAULTS["timing"],
        sides: str | None = DEFAULTS["sides"],
        relieved_by: str | None = DEFAULTS["relieved_by"],
    ) -> None:
        self._prefix = f"pnlm{next(_counter)}"
        start = {"region": region, "timing": timing, "sides": sides, "relieved_by": relieved_by}
        problem = self._check(start)
        if problem:
            start = {k: (v if self._valid(k, v) else DEFAULTS[k]) for k, v in start.items()}
            problem += " Showing the default for that answer instead."
        self._problem = ""
        self._result: PatternResult | None = None

        style = {"description_width": "initial"}
        self.region = W.Select(
            options=[(region_option_label(k), k) for k in REGION_CHOICES],
            value=start["region"],
            rows=len(REGION_CHOICES),
            description="Where is it felt?",
            style=style,
            layout=W.Layout(width="calc(100% - 12px)"),  # ipywidgets adds margins
        )
        self.timing = W.Dropdown(
            options=DROPDOWNS["timing"],
            value=start["timing"] or NOT_SURE,
            description="When does it happen?",
            style=style,
            layout=W.Layout(width="calc(100% - 12px)"),  # ipywidgets adds margins
        )
        self.sides = W.ToggleButtons(
            options=DROPDOWNS["sides"],
            value=start["sides"] or NOT_SURE,
            description="One leg or both?",
            style={"description_width": "initial", "button_width": "6.5em"},
            tooltips=["Only one leg", "Both legs", "Not sure"],
        )
        self.relieved_by = W.Dropdown(
            options=DROPDOWNS["relieved_by"],
            value=start["relieved_by"] or NOT_SURE,
            description="What makes it better?",
            style=style,
            layout=W.Layout(width="calc(100% - 12px)"),  # ipywidgets adds margins
        )
        self.inputs = [self.region, self.timing, self.sides, self.relieved_by]
        # controls above, the map below at the full width: side by side the map was too
        # small to read its labels and the area names were cut off
        self.map = W.HTML(layout=W.Layout(flex="1 1 100%", min_width="300px"))
        self.map.add_class("pn-legmap-live")
        self.panel = W.HTML()
        self.panel.add_class("pn-results")
        left = W.VBox(self.inputs, layout=W.Layout(flex="1 1 100%", min_width="300px"))
        text = W.HTML(
            value='<div style="line-height:1.4">'
            f'<p class="pn-description">{_esc(self.description)}</p>'
            + provenance_html(self.established, self.illustrative)
            + "</div>"
        )
        super().__init__(
            children=[
                W.HTML(value=f"<h4 class='pn-title'>{_esc(self.title)}</h4>"),
                W.HBox(
                    [left, self.map],
                    layout=W.Layout(flex_flow="row wrap", align_items="flex-start"),
                ),
                self.panel,
                text,
            ]
        )
        self.add_class("pn-widget")
        self.add_class(f"pn-name-{self.name}")
        for control in self.inputs:
            control.observe(self._on_change, names="value")
        self.refresh()
        if problem:
            self.show_problem(problem)

    # ----- checking and updating ----------------------------------------------------------
    @staticmethod
    def _valid(name: str, value: Any) -> bool:
        return value is None or (isinstance(value, str) and value in _CHOICES[name])

    def _check(self, answers: dict[str, Any]) -> str:
        unknown = [k for k in answers if k not in _CHOICES]
        if unknown:
            return (
                f"Unknown answer name(s): {', '.join(map(repr, unknown))}. "
                f"Use: {', '.join(_CHOICES)}."
            )
        problems = []
        for name, value in answers.items():
            if not self._valid(name, value):
                valid = ", ".join(f"'{k}'" for k in _CHOICES[name])
                problems.append(f"Unknown {ANSWER_NAMES[name]} answer {value!r} (valid: {valid}).")
        return " ".join(problems)

    def settings(self) -> dict[str, Any]:
        return {c: getattr(self, c).value for c in _CHOICES}

    @property
    def result(self) -> PatternResult | None:
        return self._result

    def refresh(self) -> None:
        """Recompute from the controls and redraw; bad input becomes a message."""
        s = self.settings()
        try:
            result = match_causes(s["region"], s["timing"], s["sides"], s["relieved_by"])
        except ValueError as err:
            self.show_problem(str(err))
            return
        self._result, self._problem = result, ""
        self.map.value = leg_map_html(result.region, self._prefix)
        self.panel.value = results_html(result)

    def show_problem(self, problem: str) -> None:
        """Show a message above the last valid result (which stays on screen)."""
        self._problem = problem
        self.panel.value = results_html(self._result, problem)

    def set_pattern(self, **answers: Any) -> None:
        """Set answers by key, e.g. ``set_pattern(region="saddle", sides="both")``.

        An unknown answer name or key shows a message and changes nothing."""
        problem = self._check(answers)
        if problem:
            self.show_problem(problem + " Nothing was changed.")
            return
        with self.hold_trait_notifications():
            for name, value in answers.items():
                getattr(self, name).value = NOT_SURE if value is None else value
        self.refresh()

    def _on_change(self, _change) -> None:
        self.refresh()

    # ----- what readers without a kernel, and nbval, see -----------------------------------
    def summary(self) -> str:
        return summary_text(self._result, self._problem)

    def static_html(self) -> str:
        return (
            '<div class="pn-widget-static pn-name-symptom_explorer">'
            f"<h4>{_esc(self.title)}</h4>"
            "<p><i>Showing the explorer's answer for one pattern. Run the notebook to "
            "choose your own (where, when, one side or both, what helps).</i></p>"
            + results_html(self._result, self._problem)
            + f'<p class="pn-description">{_esc(self.description)}</p>'
            + provenance_html(self.established, self.illustrative)
            + "</div>"
        )

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.summary()
        bundle["text/html"] = self.static_html()
        return bundle


# ----- cause cards for the chapter ---------------------------------------------------------
def _source_links(keys: tuple[str, ...]) -> str:
    return "; ".join(f'<a href="#ref-{k}">{_esc(REFERENCES[k].short())}</a>' for k in keys)


def structured_pattern(cause: Cause) -> str:
    """Where, when, sides and relief in words, from the same fields the explorer scores."""
    if not cause.matchable:
        return "No recognised tingling pattern."
    where = "; ".join(REGION_BY_KEY[r].label.lower() for r in cause.regions)
    when = "; ".join(TIMINGS[t].lower() for t in cause.timing) or "no typical time"
    helps = "; ".join(RELIEFS[r].lower() for r in cause.relieved_by) or "nothing characteristic"
    flag = ""
    if RED_FLAG_REGIONS & set(cause.regions):
        flag = " (numbness in the saddle area is an emergency sign)"
    return (
        f"<b>Where:</b> {_esc(where)}{flag}. <b>When:</b> {_esc(when)}. "
        f"<b>Sides:</b> {_esc(CAUSE_SIDES[cause.sides])}. <b>What helps:</b> {_esc(helps)}."
    )


def cause_card(cause: Cause) -> str:
    rows = [
        ("What goes wrong", _esc(cause.mechanism)),
        ("Typical pattern", _esc(cause.typical_pattern) + "<br>" + structured_pattern(cause)),
        ("Telling feature", _esc(cause.telling_feature)),
    ]
    if cause.tingling != "typical":
        rows.append(("Is tingling typical?", _esc(_sentence(TINGLING[cause.tingling])) + "."))
    if cause.evidence != "established":
        rows.append(("Evidence", _esc(EVIDENCE[cause.evidence]) + "."))
    if cause.seed_correction:
        rows.append(("What the evidence says", _esc(cause.seed_correction)))
    rows.append(("Sources", _source_links(cause.sources)))
    body = "".join(
        '<tr><th scope="row" style="text-align:left;vertical-align:top;width:11em;'
        f'padding:0.25em 0.6em 0.25em 0">{label}</th>'
        f'<td style="text-align:left;vertical-align:top;padding:0.25em 0">{value}</td></tr>'
        for label, value in rows
    )
    return (
        f'<table class="pn-cause-card" id="cause-{cause.key}" style="width:100%;'
        f'border-left:5px solid {OKABE_ITO["blue"]};margin:0 0 1em 0;border-collapse:collapse">'
        f'<caption style="text-align:left;font-weight:bold;font-size:1.1em;'
        f'padding:0.2em 0">{_esc(cause.name)}</caption><tbody>{body}</tbody></table>'
    )


class CauseCards:
    """The cards of one group of causes: HTML for the page, a text list for nbval."""

    def __init__(self, group: str) -> None:
        self.group = group
        self.causes = causes_in_group(group)  # ValueError on an unknown group

    def _repr_html_(self) -> str:
        cards = "".join(cause_card(c) for c in self.causes)
        return (
            f'<div class="pn-cause-cards"><p><b>{_esc(GROUPS[self.group])}</b>: '
            f"{len(self.causes)} cause{'' if len(self.causes) == 1 else 's'}, "
            "generated from the course's cause data.</p>"
            f"{cards}</div>"
        )

    def __repr__(self) -> str:
        names = "; ".join(c.name for c in self.causes)
        return f"{GROUPS[self.group]}: {names}"


def cause_cards(group: str) -> CauseCards:
    """The cause cards of one group (a key of ``widgets.clinical.causes.GROUPS``)."""
    return CauseCards(group)


def all_sources() -> list[str]:
    """Every reference key the cause cards link to (a chapter must cite them all)."""
    return list(dict.fromkeys(k for c in CAUSES for k in c.sources))
