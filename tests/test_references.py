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


def test_a_year_in_a_citation_matches_its_reference():
    """'[Gerhard-Herman et al. 2017](#ref-aha_acc2016)' must not meet a 2016 entry."""
    year = re.compile(r"\b(?:1[89]|20)\d\d\b")
    link = re.compile(r"\[\(?([^\[\]]*?)\)?\]\(#ref-([a-z0-9_]+)\)")
    wrong = []
    for ch, nb in load_chapters():
        for cell in nb.cells:
            if cell.cell_type != "markdown":
                continue
            for text, key in link.findall(cell.source):
                cited, listed = year.findall(text), year.findall(REFERENCES[key].year)
                if cited and listed and cited[0] != listed[0]:
                    wrong.append((ch.filename, text, REFERENCES[key].year))
    assert not wrong, wrong


def test_the_pad_guideline_is_cited_one_way():
    ref = REFERENCES["aha_acc2016"]
    assert ref.year == "2017" and "135:e726-e779" in ref.where and "2016" in ref.where
    for ch, nb in load_chapters():
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                for text in re.findall(r"\[([^\[\]]*)\]\(#ref-aha_acc2016\)", cell.source):
                    assert text == "Gerhard-Herman et al. 2017", (ch.filename, text)
