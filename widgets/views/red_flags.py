"""Chapter 5: the warning-sign checker.

One Yes / No question per :data:`widgets.clinical.red_flags.FLAGS` item, grouped by how
urgent a "yes" is and by the condition it points to.  Every answer goes through
:func:`widgets.clinical.red_flags.triage`, and the result panel shows its level (in words,
with a symbol, in a box coloured from ``widgets.theme.TRIAGE``), headline, the matched
conditions and their actions, the emergency numbers, how many questions are still
unanswered, and always the not-medical-advice line.

Safety rules it keeps:

* a "yes" to any emergency question gives the emergency result, whatever else is answered
  (``triage`` never lets a combination lower the level);
* the emergency result is announced (``role="alert"``) and says EMERGENCY in words, so
  colour is never the only cue;
* with no answers the result says "Not yet assessed" in a neutral colour, never the
  reassuring self-care headline;
* a reader without a kernel gets the full question list and the rule "a yes to any
  emergency question means call 999 / 911 / 112 now" (the ``text/html`` fallback);
* bad input (an unknown question key, an answer that is not yes/no) becomes a message,
  never a traceback, and changes nothing.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import ipywidgets as W

from widgets.clinical.red_flags import (
    EMERGENCY_LINE,
    EMERGENCY_NUMBERS,
    FLAG_BY_KEY,
    FLAG_KEYS,
    FLAGS,
    LEVEL_LABELS,
    LEVELS,
    NOT_MEDICAL_ADVICE,
    THEME_TRIAGE_KEY,
    RedFlag,
    TriageResult,
    triage,
)
from widgets.theme import STATUS, TRIAGE
from widgets.views.symptoms import INK, tint

EMERGENCY_RULE = (
    "If you answer yes to any question in the emergency group, call 999 / 911 / 112 now "
    "(999 in the UK, 911 in the US and Canada, 112 in the EU and many other countries), "
    "or go to the nearest emergency department. Do not wait to see if it passes."
)
SEE_DOCTOR_RULE = (
    "If you answer yes to a question in the get-help-today group (and no to every "
    "emergency question), get medical help today. If you answer yes only to questions in "
    "the see-a-doctor group, book an appointment with a doctor (GP) soon."
)
LEVEL_SYMBOL = {
    "emergency": "⚠",
    "urgent_same_day": "⚠",
    "see_doctor_soon": "ℹ",
    "self_care": "✔",
}
GROUP_HEADINGS = {
    "emergency": "Emergency signs: a yes to any of these means call 999 / 911 / 112 now",
    "urgent_same_day": "Urgent signs: a yes to any of these means get medical help today",
    "see_doctor_soon": "Reasons to see a doctor (GP) soon",
    "self_care": "",
}
NOT_ASSESSED_SYMBOL = "?"
YES_NO = [("Yes", True), ("No", False)]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def grouped_flags() -> list[tuple[str, list[tuple[str, str, list[RedFlag]]]]]:
    """``[(level, [(condition_key, condition, [flags...]), ...]), ...]``, most urgent
    level first, conditions in course order."""
    out = []
    for level in LEVELS:
        conditions: dict[str, tuple[str, list[RedFlag]]] = {}
        for flag in FLAGS:
            if flag.level == level:
                conditions.setdefault(flag.condition_key, (flag.condition, []))[1].append(flag)
        if conditions:
            out.append((level, [(k, name, fl) for k, (name, fl) in conditions.items()]))
    return out


def result_html(result: TriageResult, problem: str = "") -> str:
    """The result panel: level in words and colour, headline, matched conditions and
    actions, emergency numbers, unanswered note, not-medical-advice line."""
    colour = TRIAGE[result.theme_key] if result.assessed else STATUS["neutral"]
    emergency = result.level == "emergency"
    role = "alert" if emergency else "status"
    parts = []
    if problem:
        parts.append(
            f'<div role="alert" class="pn-message-error" style="border:2px solid '
            f"{STATUS['warning']};background:{tint(STATUS['warning'], 0.08)};color:{INK};"
            f'padding:0.4em 0.7em;margin:0 0 0.5em 0"><b>⚠ Cannot update:</b> '
            f"{_esc(problem)}</div>"
        )
    symbol = LEVEL_SYMBOL[result.level] if result.assessed else NOT_ASSESSED_SYMBOL
    heading = f"{symbol} {'EMERGENCY' if emergency else 'Result'}: "
    heading += _esc(result.level_label.removeprefix("Emergency: "))
    answered = len(FLAG_KEYS) - len(result.unanswered)
    parts.append(
        f'<div role="{role}" class="pn-triage pn-triage-{result.level}" '
        f'style="border:{6 if emergency else 3}px solid {colour};'
        f"background:{tint(colour, 0.16 if emergency else 0.1)};color:{INK};"
        f'padding:0.6em 0.9em;margin:0 0 0.5em 0">'
        f'<div class="pn-triage-level" style="font-size:{1.35 if emergency else 1.15}em;'
        f'font-weight:bold">{heading}</div>'
        f'<p class="pn-triage-headline" style="margin:0.4em 0">'
        f"{'<b>' if emergency else ''}{_esc(result.headline)}{'</b>' if emergency else ''}</p>"
    )
    if result.matched:
        items = []
        seen: set[str] = set()
        for flag in result.matched:
            if flag.condition_key in seen:
                continue
            seen.add(flag.condition_key)
            n = sum(f.condition_key == flag.condition_key for f in result.matched)
            items.append(
                f"<li><b>{_esc(flag.condition)}</b> ({LEVEL_LABELS[flag.level]}; "
                f"{n} yes answer{'s' if n > 1 else ''}): {_esc(flag.action)}</li>"
            )
        parts.append(
            "<p style='margin:0.4em 0 0 0'><b>Your yes answers point to:</b></p>"
            f"<ul style='margin-top:0.1em'>{''.join(items)}</ul>"
        )
    elif answered == 0:
        parts.append(
            "<p style='margin:0.4em 0'><i>No questions answered yet. Answer Yes or No "
            "to each one below.</i></p>"
        )
    else:
        parts.append("<p style='margin:0.4em 0'>No warning sign answered yes.</p>")
    parts.append(f"<p style='margin:0.4em 0'><b>Emergency numbers:</b> {_esc(EMERGENCY_LINE)}</p>")
    if result.unanswered:
        parts.append(
            f"<p class='pn-unanswered' style='margin:0.4em 0'><b>Not answered:</b> "
            f"{len(result.unanswered)} of {len(FLAG_KEYS)} questions, counted as 'no'. "
            "Answer them all for a complete check.</p>"
        )
    parts.append(
        f"<p class='pn-not-advice' style='margin:0.4em 0 0 0;font-size:0.92em'>"
        f"<b>Not medical advice.</b> {_esc(NOT_MEDICAL_ADVICE)}</p></div>"
    )
    return f'<div aria-live="polite" style="line-height:1.45">{"".join(parts)}</div>'


def rules_html() -> str:
    return (
        f'<div class="pn-emergency-rule" style="border:4px solid {TRIAGE["emergency"]};'
        f"background:{tint(TRIAGE['emergency'], 0.12)};color:{INK};padding:0.5em 0.8em;"
        f'margin:0.3em 0 0.6em 0"><b>⚠ The rule: {_esc(EMERGENCY_RULE)}</b><br>'
        f"{_esc(SEE_DOCTOR_RULE)}</div>"
    )


def questions_html() -> str:
    """Every question, grouped by urgency and condition (for the static page)."""
    out = []
    for level, conditions in grouped_flags():
        colour = TRIAGE[THEME_TRIAGE_KEY[level]]
        blocks = []
        for _key, condition, flags in conditions:
            qs = "".join(f"<li>{_esc(f.question)}</li>" for f in flags)
            blocks.append(
                f"<li><b>{_esc(condition)}</b><ul>{qs}</ul>"
                f"<i>What to do:</i> {_esc(flags[0].action)}</li>"
            )
        out.append(
            f'<div style="border-left:6px solid {colour};padding-left:0.7em;margin:0.5em 0">'
            f"<h5 style='margin:0.2em 0'>{LEVEL_SYMBOL[level]} {_esc(GROUP_HEADINGS[level])}"
            f"</h5><ul>{''.join(blocks)}</ul></div>"
        )
    return "".join(out)


def question_html(flag: RedFlag, answer: bool | None) -> str:
    """A question with the answer given written out, so that the pressed button is not
    the only cue."""
    said = {True: "<b>[your answer: Yes]</b> ", False: "[your answer: No] ", None: ""}[answer]
    return f"<div class='pn-question' style='line-height:1.4'>{said}{_esc(flag.question)}</div>"


class RedFlagChecker(W.VBox):
    """Yes / No warning-sign questions; the result never under-triages."""

    name = "red_flag_checker"
    title = "Warning-sign checker: do I need help now?"
    description = (
        "Answer Yes or No to each question. The result box at the top shows how urgent "
        "your answers are, in words and in a coloured border: EMERGENCY (call 999 / 911 / "
        "112 now), get help today, see a doctor soon, or no warning sign (self-care), with "
        "what to do for each sign you answered yes. Until you answer, it says 'Not yet "
        "assessed'. A yes to any emergency question always gives the emergency result."
    )

    def __init__(self, answers: Mapping[str, Any] | None = None) -> None:
        self._problem = ""
        self.questions: dict[str, W.ToggleButtons] = {}
        self._texts: dict[str, W.HTML] = {}
        sections: list[W.Widget] = []
        for level, conditions in grouped_flags():
            colour = TRIAGE[THEME_TRIAGE_KEY[level]]
            sections.append(
                W.HTML(
                    f"<h5 style='margin:0.8em 0 0.2em 0;border-left:6px solid {colour};"
                    f"padding-left:0.5em'>{LEVEL_SYMBOL[level]} "
                    f"{_esc(GROUP_HEADINGS[level])}</h5>"
                )
            )
            for _key, condition, flags in conditions:
                sections.append(
                    W.HTML(f"<div style='margin:0.4em 0 0 0'><b>{_esc(condition)}</b></div>")
                )
                for flag in flags:
                    sections.append(self._question_row(flag))
        self.clear_button = W.Button(
            description="Clear all answers",
            tooltip="Set every question back to not answered",
            icon="eraser",
            layout=W.Layout(width="auto"),
        )
        self.clear_button.on_click(lambda _b: self.clear_answers())
        self.panel = W.HTML()
        self.panel.add_class("pn-results")
        self.footer = W.HTML()
        intro = W.HTML(f"<p class='pn-description'>{_esc(self.description)}</p>" + rules_html())
        super().__init__(
            children=[
                W.HTML(value=f"<h4 class='pn-title'>{_esc(self.title)}</h4>"),
                intro,
                self.panel,
                W.VBox(sections),
                self.clear_button,
                self.footer,
            ]
        )
        self.add_class("pn-widget")
        self.add_class(f"pn-name-{self.name}")
        self._result = triage({})
        for toggle in self.questions.values():
            toggle.observe(self._on_change, names="value")
        if answers:
            self.set_answers(**dict(answers))
        else:
            self.refresh()

    def _question_row(self, flag: RedFlag) -> W.Widget:
        toggle = W.ToggleButtons(
            options=YES_NO,
            value=None,
            tooltips=[f"Yes: {flag.question}", f"No: {flag.question}"],
            style={"button_width": "4.2em"},
            layout=W.Layout(flex="0 0 auto"),
        )
        toggle.add_class(f"pn-flag-{flag.key}")
        self.questions[flag.key] = toggle
        text = W.HTML(question_html(flag, None), layout=W.Layout(flex="1 1 20em"))
        self._texts[flag.key] = text
        return W.HBox([toggle, text], layout=W.Layout(align_items="center"))

    # ----- state ----------------------------------------------------------------------
    def answers(self) -> dict[str, bool | None]:
        return {k: t.value for k, t in self.questions.items()}

    @property
    def result(self) -> TriageResult:
        return self._result

    def refresh(self) -> None:
        try:
            result = triage(self.answers())
        except ValueError as err:  # cannot happen through the buttons; kept as a guard
            self.show_problem(str(err))
            return
        self._result, self._problem = result, ""
        self._draw()

    def _draw(self) -> None:
        self.panel.value = result_html(self._result, self._problem)
        for key, value in self.answers().items():
            self._texts[key].value = question_html(FLAG_BY_KEY[key], value)
        symbol = LEVEL_SYMBOL[self._result.level] if self._result.assessed else "?"
        self.footer.value = (
            f"<p style='margin:0.4em 0'><b>Current result:</b> "
            f"{symbol} {_esc(self._result.level_label)}. "
            "The full result is in the box above the questions.</p>"
        )

    def show_problem(self, problem: str) -> None:
        """Show a message above the last valid result (which stays on screen)."""
        self._problem = problem
        self._draw()

    def set_answers(self, **answers: Any) -> None:
        """Answer questions by key: ``set_answers(saddle_numbness=True)``.  ``None``
        clears an answer.  Unknown keys or answers other than True / False / None show a
        message and change nothing."""
        merged = {**self.answers(), **answers}
        try:
            triage(merged)  # validates keys and values; raises ValueError
        except ValueError as err:
            self.show_problem(f"{err} Nothing was changed.")
            return
        with self.hold_trait_notifications():
            for key, value in answers.items():
                self.questions[key].value = value
        self.refresh()

    def clear_answers(self) -> None:
        for toggle in self.questions.values():
            toggle.value = None
        self.refresh()

    def _on_change(self, _change) -> None:
        self.refresh()

    # ----- what readers without a kernel, and nbval, see ------------------------------
    def summary(self) -> str:
        r = self._result
        matched = ", ".join(f.key for f in r.matched) or "none"
        answered = len(FLAG_KEYS) - len(r.unanswered)
        return (
            f"Warning-sign checker: {r.level_label}; yes to: {matched}; "
            f"{answered} of {len(FLAG_KEYS)} questions answered."
        )

    def static_html(self) -> str:
        return (
            '<div class="pn-widget-static pn-name-red_flag_checker">'
            f"<h4>{_esc(self.title)}</h4>"
            "<p><i>Without a running notebook the buttons are not shown: read the "
            "questions below and apply the rule.</i></p>"
            + rules_html()
            + questions_html()
            + f"<p><b>Emergency numbers:</b> {_esc(EMERGENCY_LINE)}</p>"
            + f"<p><b>Not medical advice.</b> {_esc(NOT_MEDICAL_ADVICE)}</p></div>"
        )

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.summary()
        bundle["text/html"] = self.static_html()
        return bundle


__all__ = ["EMERGENCY_NUMBERS", "EMERGENCY_RULE", "RedFlagChecker", "result_html"]
