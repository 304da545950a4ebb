"""The explorer's warning signs never under-triage: for every combination of its inputs,
every emergency-level sign linked to a matched cause is on screen, in full, under the
emergency heading, before any less urgent sign; less urgent signs never sit under a
heading that says to call an emergency number."""

from __future__ import annotations

import html
import itertools
import re

import pytest

from widgets.clinical.causes import CAUSE_BY_KEY
from widgets.clinical.pattern_match import (
    REGION_CHOICES,
    RELIEF_CHOICES,
    SIDE_CHOICES,
    TIMING_CHOICES,
    match_causes,
)
from widgets.clinical.red_flags import FLAG_BY_KEY
from widgets.views.symptoms import flags_to_check_html, results_html

ALL_COMBOS = list(itertools.product(REGION_CHOICES, TIMING_CHOICES, SIDE_CHOICES, RELIEF_CHOICES))
NUMBERS = ("999", "911", "112")


def matched_causes(result):
    """Causes the explorer matches: every cause that can be felt in the chosen area (the
    ones it lists), and the top 3 overall."""
    return [m.cause for i, m in enumerate(result) if m.region_fits or i < 3]


def expected_emergency_questions(result) -> set[str]:
    return {
        FLAG_BY_KEY[k].question
        for cause in matched_causes(result)
        for k in cause.related_flags
        if FLAG_BY_KEY[k].level == "emergency"
    }


def sections(panel: str) -> tuple[str, str, list[str], list[str]]:
    """(emergency heading, other heading, emergency questions, other questions)."""
    emergency = re.search(
        r"<p class='pn-flags-emergency'[^>]*>(.*?)</p><ul[^>]*>(.*?)</ul>", panel, re.S
    )
    other = re.search(r"<p class='pn-flags-other'[^>]*>(.*?)</p><ul[^>]*>(.*?)</ul>", panel, re.S)

    def items(match):
        if not match:
            return []
        found = re.findall(r"<li>(.*?)</li>", match.group(2), re.S)
        return [html.unescape(re.sub(r"\s*<i>.*?</i>", "", q)) for q in found]

    return (
        emergency.group(1) if emergency else "",
        other.group(1) if other else "",
        items(emergency),
        items(other),
    )


@pytest.mark.parametrize("region", REGION_CHOICES)
def test_every_emergency_sign_of_a_matched_cause_is_shown_in_full(region):
    combos = [c for c in ALL_COMBOS if c[0] == region]
    for combo in combos:
        result = match_causes(*combo)
        panel = results_html(result)
        head, other_head, urgent, others = sections(panel)
        expected = expected_emergency_questions(result)
        assert expected <= set(urgent), (combo, expected - set(urgent))
        assert "more in the warning-sign checker" not in panel, combo
        # Only emergency questions under the emergency heading, and the reverse.
        by_question = {f.question: f for f in FLAG_BY_KEY.values()}
        assert all(by_question[q].level == "emergency" for q in urgent), combo
        assert all(by_question[q].level != "emergency" for q in others), combo
        if urgent:
            assert all(n in head for n in NUMBERS), combo
            if others:  # emergency first
                assert panel.index("pn-flags-emergency") < panel.index("pn-flags-other")
        if others:
            assert not any(n in other_head for n in NUMBERS), combo
            assert "emergenc" not in other_head.replace("not emergencies", ""), combo


def test_flags_to_check_are_ordered_most_urgent_first():
    rank = {"emergency": 3, "urgent_same_day": 2, "see_doctor_soon": 1}
    for combo in ALL_COMBOS:
        levels = [rank[FLAG_BY_KEY[k].level] for k in match_causes(*combo).flags_to_check]
        assert levels == sorted(levels, reverse=True), combo


@pytest.mark.parametrize(
    "combo",
    [
        ("calf", "constant", "one", "nothing"),
        ("calf", "constant", "not_sure", "not_sure"),
        ("back_of_thigh", "constant", "one", "nothing"),
    ],
)
def test_the_dvt_pattern_asks_about_dvt_and_breathlessness(combo):
    result = match_causes(*combo)
    assert "dvt" in [m.cause.key for m in result.top(3)]
    _, _, urgent, _ = sections(flags_to_check_html(result))
    assert FLAG_BY_KEY["dvt_signs"].question in urgent
    assert FLAG_BY_KEY["breathless_or_chest_pain"].question in urgent


def test_the_dvt_card_says_what_to_do():
    feature = CAUSE_BY_KEY["dvt"].telling_feature
    assert "seen now" in feature
    assert all(n in feature for n in NUMBERS)
    assert "breathlessness" in feature and "chest pain" in feature
