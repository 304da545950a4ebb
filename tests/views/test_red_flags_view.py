"""The warning-sign checker against what it displays: any single emergency "yes", given
through the widget's own buttons, shows the emergency result with 999 / 911 / 112; taking
it back returns to the lower level; the static fallback carries every question and the
rule; bad input becomes a message."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import widgets
from widgets.clinical.red_flags import (
    EMERGENCY_FLAG_KEYS,
    FLAG_KEYS,
    FLAGS,
    NOT_MEDICAL_ADVICE,
    flags_at_level,
)
from widgets.theme import TRIAGE
from widgets.views.red_flags import EMERGENCY_RULE, RedFlagChecker

ADVICE = html.escape(NOT_MEDICAL_ADVICE, quote=True)
NUMBERS = ("999", "911", "112")
GP_KEY = flags_at_level("see_doctor_soon")[0].key


@pytest.fixture(scope="module")
def checker():
    return widgets.red_flag_checker()


def is_emergency(panel: str) -> bool:
    head = panel[: panel.index("</div>")]
    return 'role="alert"' in head and "EMERGENCY" in head


@pytest.mark.parametrize("key", EMERGENCY_FLAG_KEYS)
def test_any_single_emergency_yes_shows_the_emergency_result(checker, key):
    checker.clear_button.click()
    checker.questions[GP_KEY].value = True  # a lower level already showing
    assert "See a doctor" in checker.panel.value and not is_emergency(checker.panel.value)

    checker.questions[key].value = True  # the learner presses "Yes"
    assert "your answer: Yes" in checker._texts[key].value  # in words, not only the button
    panel = checker.panel.value
    assert is_emergency(panel)
    assert all(n in panel for n in NUMBERS)
    assert f"border:6px solid {TRIAGE['emergency']}" in panel  # colour ...
    assert "EMERGENCY: call 999 / 911 / 112 now" in panel  # ... and words
    flag = next(f for f in FLAGS if f.key == key)
    assert html.escape(flag.condition, quote=True) in panel
    assert ADVICE in panel
    summary = checker._repr_mimebundle_()["text/plain"]
    assert "Emergency" in summary and key in summary

    checker.questions[key].value = False  # ... and then "No"
    panel = checker.panel.value
    assert not is_emergency(panel) and "EMERGENCY" not in panel[: panel.index("</div>")]
    assert "See a doctor" in panel and TRIAGE["see_gp"] in panel
    assert "See a doctor" in checker.summary()


def test_no_answers_is_not_an_emergency_and_says_nothing_is_answered():
    checker = RedFlagChecker()
    panel = checker.panel.value
    assert not is_emergency(panel)
    assert "No questions answered yet" in panel
    # Never the reassuring self-care headline or colour before anything is answered.
    assert "Not yet assessed" in panel[: panel.index("</div>")]
    assert "Nothing you answered points" not in panel and "Self-care" not in panel
    assert TRIAGE["self_care"] not in panel
    assert "Not yet assessed" in checker.summary()
    checker.set_answers(persisting=False)
    assert "not answered yet" in checker.panel.value and "Not yet assessed" not in (
        checker.panel.value
    )
    assert f"{len(FLAG_KEYS)} of {len(FLAG_KEYS)} questions" in panel  # unanswered note
    assert ADVICE in panel and all(n in panel for n in NUMBERS)


@settings(max_examples=120, deadline=None)
@given(st.dictionaries(st.sampled_from(FLAG_KEYS), st.sampled_from([True, False, None])))
def test_any_combination_never_under_triages(answers):
    checker = CHECKER
    checker.clear_answers()
    checker.set_answers(**answers)
    panel = checker.panel.value
    assert "Cannot update" not in panel
    emergency = any(answers.get(k) for k in EMERGENCY_FLAG_KEYS)
    assert is_emergency(panel) == emergency
    assert ADVICE in panel
    answered = sum(v is not None for v in answers.values())
    assert f"{answered} of {len(FLAG_KEYS)} questions answered" in checker.summary()
    if answered < len(FLAG_KEYS):
        assert f"{len(FLAG_KEYS) - answered} of {len(FLAG_KEYS)} questions" in panel


CHECKER = RedFlagChecker()


def test_static_fallback_has_every_question_and_the_emergency_rule():
    static = RedFlagChecker()._repr_mimebundle_()["text/html"]
    for flag in FLAGS:
        assert html.escape(flag.question, quote=True) in static, flag.key
    assert html.escape(EMERGENCY_RULE, quote=True) in static
    assert (
        "If you answer yes to any question in the emergency group, call 999 / 911 / 112 now"
        in static
    )
    assert ADVICE in static
    assert "<style" not in static and "<svg" not in static


def test_bad_input_shows_a_message_and_changes_nothing():
    checker = RedFlagChecker(answers={"saddle_numbness": True})
    assert (
        is_emergency(checker.panel.value.split("</div>", 1)[-1])
        or "EMERGENCY" in checker.panel.value
    )
    checker.set_answers(chest_itch=True)
    panel = checker.panel.value
    assert "Cannot update" in panel and "chest_itch" in panel and "Nothing was changed" in panel
    assert "EMERGENCY" in panel  # the last valid result stays
    checker.set_answers(saddle_numbness="yes")
    assert "must be True (yes), False (no) or None" in checker.panel.value
    assert checker.questions["saddle_numbness"].value is True
    checker.set_answers(saddle_numbness=False)
    assert "Cannot update" not in checker.panel.value


def test_bad_builder_answers_give_a_message_not_a_traceback():
    checker = widgets.red_flag_checker(answers={"nonsense": True})
    assert "Cannot update" in checker.panel.value
    assert all(v is None for v in checker.answers().values())


def test_questions_are_grouped_and_operable_by_buttons():
    checker = RedFlagChecker()
    assert list(checker.questions) == list(FLAG_KEYS)
    for toggle in checker.questions.values():
        assert [label for label, _ in toggle.options] == ["Yes", "No"]
        assert toggle.value is None
    assert checker.clear_button.description == "Clear all answers"


def test_split_and_new_questions_have_buttons_and_the_right_level():
    checker = RedFlagChecker()
    for key in ("numb_below_injury_or_cast", "severe_pain_after_injury"):
        checker.clear_answers()
        checker.questions[key].value = True
        assert is_emergency(checker.panel.value), key
    checker.clear_answers()
    checker.questions["foot_sore_infected"].value = True
    panel = checker.panel.value
    assert "Urgent: get medical help today" in panel and not is_emergency(panel)
    checker.clear_answers()
    checker.questions["slowly_getting_worse"].value = True
    assert "See a doctor" in checker.panel.value
    checker.clear_answers()
    checker.questions["new_leg_weakness"].value = True
    panel = checker.panel.value
    assert "Urgent: get medical help today" in panel and not is_emergency(panel)
