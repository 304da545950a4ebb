"""Safety wording in the chapters' prose: urgent advice is never softened, and the same
advice reads the same wherever it appears."""

from __future__ import annotations

import re

import pytest
from conftest import load_chapters

# Lasting foot drop gets chapter 5's emergency wording wherever it is mentioned, never a
# softer "get seen urgently".
FOOT_DROP = (
    "not an ordinary sleeping leg. Get seen now: go to an emergency department or call "
    "999 / 911 / 112, at once if it comes with weakness or numbness down one side of the "
    "body, a drooping face or trouble speaking"
)
CHAPTER5_FOOT_DROP = (
    "**Get seen now**: go to an emergency department or call 999 / 911 / 112, at once if "
    "it comes with weakness or numbness down one side of the body, a drooping face or "
    "trouble speaking"
)
SOFTER = ("seen urgently", "chapter 5 lists where")
# Places allowed to lag behind the aligned wording (strict xfail): none now; keep it empty.
NOT_YET_ALIGNED: frozenset[str] = frozenset()
PENDING = pytest.mark.xfail(
    strict=True, reason="foot-drop wording not yet aligned to chapter 5 here"
)


def case(name: str):
    return pytest.param(name, marks=PENDING) if name in NOT_YET_ALIGNED else name


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


def foot_drop_texts() -> dict[str, str]:
    """Every text a reader may meet about foot drop: the chapters' markdown, the cause
    cards, the warning-sign checker and the quizzes (whitespace collapsed)."""
    from widgets.clinical.causes import CAUSES
    from widgets.clinical.red_flags import FLAGS
    from widgets.quiz import questions_for

    texts = dict(markdown())
    for cause in CAUSES:
        fields = (cause.mechanism, cause.typical_pattern, cause.telling_feature)
        texts[f"cause card {cause.key}"] = " ".join((*fields, cause.seed_correction or ""))
    texts["red-flag checker"] = " ".join(f"{f.question} {f.action}" for f in FLAGS)
    for number in range(1, 8):
        texts[f"quiz {number}"] = " ".join(
            f"{q.prompt} {o.text} {o.explanation}" for q in questions_for(number) for o in q.options
        )
    return {k: re.sub(r"\s+", " ", v) for k, v in texts.items()}


def test_chapter_5_sets_the_foot_drop_wording():
    assert CHAPTER5_FOOT_DROP in markdown()["05_warning_signs.ipynb"]
    assert FOOT_DROP.split(". ", 1)[1] == CHAPTER5_FOOT_DROP.replace("**", "")


@pytest.mark.parametrize(
    "where",
    [
        case("02_falling_asleep.ipynb"),
        "04_causes.ipynb",
        "06_diagnosis_treatment.ipynb",
        "cause card posture_compression",
        case("quiz 2"),
    ],
)
def test_lasting_foot_drop_has_chapter_5s_emergency_wording(where):
    text = foot_drop_texts()[where]
    assert FOOT_DROP in text
    assert "Foot drop that lasts means real nerve injury." not in text
    assert "nerve injury that needs a doctor" not in text


@pytest.mark.parametrize("where", [case(w) for w in sorted(foot_drop_texts())])
def test_no_softer_foot_drop_wording_anywhere(where):
    sentences = re.split(r"(?<=[.!?])\s+", foot_drop_texts()[where])
    about_foot_drop = [s for s in sentences if "drop" in s.lower()]
    softer = [s for s in about_foot_drop if any(phrase in s for phrase in SOFTER)]
    assert not softer, f"{where}: foot drop with softer advice than chapter 5: {softer}"


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
