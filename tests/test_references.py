"""One reference list: every citation resolves, every reference is cited somewhere."""

from __future__ import annotations

import re

from chapter_contract import CITE
from conftest import ROOT, load_chapters

from widgets.references import REFERENCES


def chapter_citations() -> set[str]:
    keys = set()
    for _, nb in load_chapters():
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                keys.update(CITE.findall(cell.source))
    return keys


def code_citations() -> set[str]:
    """Keys named as string literals by the model, the clinical rules and the quizzes."""
    keys = set()
    for path in (ROOT / "widgets").rglob("*.py"):
        if path.name == "references.py":
            continue
        keys.update(re.findall(r"""["']([a-z0-9_]+)["']""", path.read_text()))
    return keys & set(REFERENCES)


def test_every_chapter_citation_resolves():
    unknown = chapter_citations() - set(REFERENCES)
    assert not unknown, f"citations with no reference entry: {sorted(unknown)}"


def test_every_reference_is_cited():
    uncited = set(REFERENCES) - chapter_citations() - code_citations()
    assert not uncited, f"references nothing cites: {sorted(uncited)}"


def test_reference_entries_are_complete():
    for key, ref in REFERENCES.items():
        assert ref.authors and ref.year and ref.title and ref.where, key
        assert re.fullmatch(r"[a-z0-9_]+", key)
