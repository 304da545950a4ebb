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
