"""Safety wording in the chapters' prose: urgent advice is never softened, and the same
advice reads the same wherever it appears."""

from __future__ import annotations

import re

import pytest
from conftest import load_chapters

FOOT_DROP = (
    "not an ordinary sleeping leg: get seen urgently (chapter 5 lists where); call "
    "999 / 911 / 112 at once if it comes with weakness or numbness down one side, a "
    "drooping face or trouble speaking"
)


def markdown() -> dict[str, str]:
    """Each chapter's markdown, references cell excluded, whitespace collapsed."""
    out = {}
    for ch, nb in load_chapters():
        cells = [
            c.source
            for c in nb.cells
            if c.cell_type == "markdown" and not c.source.startswith("## References")
        ]
        out[ch.filename] = re.sub(r"\s+", " ", "\n".join(cells))
    return out


@pytest.mark.parametrize(
    "chapter", ["02_falling_asleep.ipynb", "04_causes.ipynb", "06_diagnosis_treatment.ipynb"]
)
def test_lasting_foot_drop_has_one_urgent_wording(chapter):
    text = markdown()[chapter]
    assert FOOT_DROP in text
    assert "Foot drop that lasts means real nerve injury." not in text
    assert "nerve injury that needs a doctor" not in text


def test_cauda_equina_signs_are_an_emergency_without_back_pain_too():
    text = markdown()["05_warning_signs.ipynb"]
    assert "if you have any of these, **with or without** back pain or sciatica" in text
    assert "if back pain or sciatica comes with any of these" not in text


def test_new_weakness_is_not_a_routine_appointment():
    text = markdown()["05_warning_signs.ipynb"]
    routine = text.split("### See a doctor soon", 1)[1].split("If anything on this list", 1)[0]
    assert "new weakness, clumsiness or unsteadiness;" not in routine
    today = text.split("### Get help today", 1)[1].split("### See a doctor soon", 1)[0]
    assert "**New weakness in a leg or foot**" in today
    assert "**suddenly**" in today and "999 / 911 / 112" in today


def test_the_review_names_every_kind_of_emergency():
    text = markdown()["07_review.ipynb"]
    chapter5 = text.split("### [Chapter 5", 1)[1].split("### [Chapter 6", 1)[0]
    summary = text.split("## Summary", 1)[1]
    for part in (chapter5, summary):
        assert "newly swollen or painful leg" in part
        assert "breathlessness" in part.lower() and "chest pain" in part
        assert "spreads quickly" in part and "suddenly drops" in part
        assert "anaphylaxis" in part and "lips" in part
        assert "999" in part and "911" in part and "112" in part


HEAT_CAUTION = "test the water with your hand first"


def test_heat_and_ice_advice_carries_the_numb_skin_caution():
    from widgets.clinical.treatments import SELF_CARE

    for step in SELF_CARE:
        if "ice" in step.text.split() or "showers" in step.text:
            assert HEAT_CAUTION in step.text and "straight on the skin" in step.text
    text = markdown()
    assert HEAT_CAUTION in text["04_causes.ipynb"]
    morton = text["06_diagnosis_treatment.ipynb"].split("**Morton's neuroma.**", 1)[1]
    morton = morton.split("- **CECS.**", 1)[0]
    assert "do not put ice or heat straight on the skin" in morton


SI_LEAD = "numbness or tingling down the leg points first to another cause, usually a nerve root"


@pytest.mark.parametrize("chapter", ["04_causes.ipynb", "07_review.ipynb"])
def test_si_joint_leads_with_the_buttock_and_the_nerve_root(chapter):
    text = markdown()[chapter]
    assert SI_LEAD in text
    assert "That is partly true" not in text
