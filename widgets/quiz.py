"""Self-check quizzes that work with a live kernel and on a static page.

With a kernel the learner picks an answer (radio buttons, keyboard-operable) and gets the
explanation for the answer they chose and for the right one.  Without a kernel (a stored
notebook, the static site) the same questions show as HTML with every explanation in a
``<details>`` block, which needs no JavaScript.
"""

from __future__ import annotations

import html
import importlib
import random
import zlib
from dataclasses import dataclass

import ipywidgets as W


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Question:
    prompt: str
    options: tuple[Option, ...]

    def __post_init__(self):
        if sum(o.correct for o in self.options) != 1:
            raise ValueError(f"Question {self.prompt!r} must have exactly one correct option.")
        if any(not o.explanation.strip() for o in self.options):
            raise ValueError(f"Every option of {self.prompt!r} needs an explanation.")

    @property
    def answer(self) -> Option:
        return next(o for o in self.options if o.correct)


def questions_for(chapter: int) -> list[Question]:
    """A chapter's questions, each with its options in a fixed shuffled order (the answer
    files list the right option first; a learner should not be able to rely on that)."""
    questions = importlib.import_module(f"widgets.quizzes.ch{chapter:02d}").QUESTIONS
    return [shuffled(q) for q in questions]


def shuffled(question: Question) -> Question:
    """The same question with its options in an order fixed by the prompt's text, so that
    every run, the stored notebooks and the static site show the same order."""
    order = list(question.options)
    random.Random(zlib.crc32(question.prompt.encode("utf-8"))).shuffle(order)
    return Question(question.prompt, tuple(order))


def feedback_html(question: Question, chosen: int) -> str:
    """What the learner reads after checking an answer."""
    option = question.options[chosen]
    verdict = "✔ Correct." if option.correct else "✘ Not quite."
    parts = [f"<b>{verdict}</b> {html.escape(option.explanation)}"]
    if not option.correct:
        right = question.answer
        parts.append(
            f"<br><b>The answer:</b> {html.escape(right.text)}. {html.escape(right.explanation)}"
        )
    return f'<div role="status" class="pn-quiz-feedback">{"".join(parts)}</div>'


def static_html(questions: list[Question], title: str) -> str:
    """The quiz as plain HTML for readers without a kernel."""
    items = []
    for q in questions:
        options = "".join(f"<li>{html.escape(o.text)}</li>" for o in q.options)
        explained = "".join(
            f"<li><b>{html.escape(o.text)}</b>: {'correct' if o.correct else 'not correct'}. "
            f"{html.escape(o.explanation)}</li>"
            for o in q.options
        )
        items.append(
            f"<li><p>{html.escape(q.prompt)}</p><ol type='a'>{options}</ol>"
            f"<details><summary>Show the answer and explanations</summary>"
            f"<ul>{explained}</ul></details></li>"
        )
    return (
        f'<div class="pn-quiz-static"><h4>{html.escape(title)}</h4><ol>{"".join(items)}</ol></div>'
    )


class Quiz(W.VBox):
    def __init__(self, questions: list[Question], title: str = "Self-check quiz"):
        self.questions = questions
        self.title = title
        self.choices: list[W.RadioButtons] = []
        self.feedback: list[W.HTML] = []
        blocks = [W.HTML(f"<h4>{html.escape(title)}</h4>")]
        for n, q in enumerate(questions, 1):
            choice = W.RadioButtons(
                options=[(o.text, i) for i, o in enumerate(q.options)],
                value=None,
                layout=W.Layout(width="auto"),
            )
            out = W.HTML()
            button = W.Button(description="Check answer", tooltip=f"Check question {n}")
            button.on_click(lambda _b, i=n - 1: self.check(i))
            self.choices.append(choice)
            self.feedback.append(out)
            blocks.append(
                W.VBox([W.HTML(f"<p><b>{n}.</b> {html.escape(q.prompt)}</p>"), choice, button, out])
            )
        super().__init__(blocks)
        self.add_class("pn-quiz")

    def check(self, index: int) -> None:
        chosen = self.choices[index].value
        if chosen is None:
            self.feedback[index].value = "<i>Pick an answer first.</i>"
            return
        self.feedback[index].value = feedback_html(self.questions[index], chosen)

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = f"{self.title}: " + " | ".join(
            f"{n}. {q.prompt}" for n, q in enumerate(self.questions, 1)
        )
        bundle["text/html"] = static_html(self.questions, self.title)
        return bundle


def quiz(chapter: int) -> Quiz:
    """The self-check quiz of a chapter."""
    return Quiz(questions_for(chapter), title=f"Self-check quiz: chapter {chapter}")
