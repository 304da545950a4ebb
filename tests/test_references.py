"""One reference list: every citation resolves, every reference is cited somewhere."""

from __future__ import annotations

import re

from chapter_contract import (
    CITE,
    OUTPUT_CITE,
    REFERENCES_HEADING,
    markdown_cited_keys,
    output_cited_keys,
    output_texts,
)
from conftest import ROOT, load_chapters

from widgets.references import REFERENCES


def chapter_citations() -> set[str]:
    """Keys cited by the chapters' markdown and by their stored outputs (generated tables
    and cause cards link ``#ref-KEY`` too)."""
    keys = set()
    for _, nb in load_chapters():
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                keys.update(CITE.findall(cell.source))
            elif cell.cell_type == "code":
                for text in output_texts(cell):
                    keys.update(OUTPUT_CITE.findall(text))
    return keys


def listed_keys(nb) -> list[str]:
    """The keys of a chapter's own reference list (its ``## References`` cell)."""
    cells = [
        c for c in nb.cells if c.cell_type == "markdown" and c.source.startswith(REFERENCES_HEADING)
    ]
    return [k for c in cells for k in re.findall(r'<a id="ref-([a-z0-9_]+)"></a>', c.source)]


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


def test_every_citation_resolves_in_its_own_chapter():
    """A ``#ref-KEY`` link (markdown or a stored output) jumps to an entry on the same
    page: a key missing from the chapter's list would leave the reader at a wrong or no
    entry, e.g. "StatPearls 2023" landing on another StatPearls chapter."""
    missing = []
    for ch, nb in load_chapters():
        listed = set(listed_keys(nb))
        for where, keys in (
            ("markdown", markdown_cited_keys(nb)),
            ("output", output_cited_keys(nb)),
        ):
            missing += [(ch.filename, where, k) for k in keys if k not in listed]
    assert not missing, f"cited but not in the chapter's reference list: {missing}"


def test_each_reference_list_names_each_entry_once():
    for ch, nb in load_chapters():
        keys = listed_keys(nb)
        assert len(keys) == len(set(keys)), ch.filename


def test_output_citations_are_found():
    """The generated self-care table cites by link, in HTML and in plain text."""
    from widgets.views.calculators import self_care_table

    table = self_care_table()
    page, text = table._repr_html_(), repr(table)
    assert 'href="#ref-statpearls_anterior_tarsal"' in page
    assert "(#ref-statpearls_anterior_tarsal)" in text
    fake = {"cell_type": "code", "outputs": [{"data": {"text/html": page, "text/plain": text}}]}
    found = {k for t in output_texts(fake) for k in OUTPUT_CITE.findall(t)}
    assert "statpearls_anterior_tarsal" in found and "mayo_meralgia" in found


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
    html_link = re.compile(r'<a href="#ref-([a-z0-9_]+)">([^<]*)</a>')
    for ch, nb in load_chapters():
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                found = link.findall(cell.source)
            elif cell.cell_type == "code":
                texts = output_texts(cell)
                found = [f for t in texts for f in link.findall(t)]
                found += [(text, key) for t in texts for key, text in html_link.findall(t)]
            else:
                continue
            for text, key in found:
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
