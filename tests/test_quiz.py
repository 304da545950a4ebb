"""Quizzes: every chapter's questions are well formed, the widget gives the right feedback,
and the static version (no kernel) carries every explanation."""

from __future__ import annotations

import pytest

from widgets.course import CHAPTERS
from widgets.quiz import Option, Question, Quiz, questions_for, static_html

QUIZ_CHAPTERS = [ch.number for ch in CHAPTERS if ch.number > 0]


@pytest.mark.parametrize("number", QUIZ_CHAPTERS)
def test_each_chapter_has_a_quiz_with_explained_options(number):
    questions = questions_for(number)
    assert 3 <= len(questions) <= 12
    for q in questions:
        assert len(q.options) >= 2 and q.answer.correct


def test_a_question_needs_one_answer_and_every_explanation():
    with pytest.raises(ValueError, match="exactly one"):
        Question("?", (Option("a", True, "x"), Option("b", True, "y")))
    with pytest.raises(ValueError, match="explanation"):
        Question("?", (Option("a", True, "x"), Option("b", False, " ")))


def demo() -> list[Question]:
    return [
        Question(
            "Which fibres make the tingling?",
            (
                Option("C fibres", False, "They are rarely blocked by a brief compression."),
                Option("Aβ fibres", True, "Microneurography ties it to large-fibre bursts."),
            ),
        )
    ]


def test_widget_feedback_for_right_wrong_and_no_answer():
    quiz = Quiz(demo())
    quiz.check(0)
    assert "Pick an answer" in quiz.feedback[0].value
    quiz.choices[0].value = 0
    quiz.check(0)
    assert "Not quite" in quiz.feedback[0].value and "Aβ fibres" in quiz.feedback[0].value
    quiz.choices[0].value = 1
    quiz.check(0)
    assert "Correct" in quiz.feedback[0].value


def test_static_version_has_every_option_and_explanation():
    html = static_html(demo(), "Quiz")
    for option in demo()[0].options:
        assert option.text in html and option.explanation in html
    assert "<details>" in html
    bundle = Quiz(demo(), title="Quiz")._repr_mimebundle_()
    assert bundle["text/html"] == static_html(demo(), "Quiz")
    assert "Which fibres" in bundle["text/plain"]


def test_the_right_answer_is_not_always_in_the_same_place():
    # the answer files list the right option first; what the learner sees is shuffled
    positions = [
        [o.correct for o in q.options].index(True) for n in QUIZ_CHAPTERS for q in questions_for(n)
    ]
    most_common = max(positions.count(p) for p in set(positions))
    assert most_common <= 0.5 * len(positions), positions
    assert questions_for(1) == questions_for(1)  # the same order every time


def answer_is_longest(question: Question) -> bool:
    """True when the right option is strictly longer than every wrong one."""
    right = len(question.answer.text)
    return all(right > len(o.text) for o in question.options if not o.correct)


def test_the_longest_option_is_not_a_clue():
    # a test-wise learner who always picks the longest option must not pass
    per_chapter = {n: [answer_is_longest(q) for q in questions_for(n)] for n in QUIZ_CHAPTERS}
    flags = [flag for chapter in per_chapter.values() for flag in chapter]
    assert sum(flags) <= 0.4 * len(flags), f"{sum(flags)} of {len(flags)} answers are longest"
    for number, chapter in per_chapter.items():
        assert sum(chapter) <= 0.6 * len(chapter), (
            f"chapter {number}: {sum(chapter)} of {len(chapter)} answers are the longest option"
        )
