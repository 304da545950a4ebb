"""The parts every chapter shares, written from one source (``widgets.course`` and
``widgets.references``) so that no chapter can drift:

* the header: title, not-medical-advice notice, estimated time (author writes the learning
  objectives below it, under ``## Learning objectives``);
* the references cell (``## References``): the full entries of every ``(#ref-KEY)`` link
  cited in the chapter's markdown, in order of first citation;
* the footer: previous / next links.

Authors cite as ``[Hursh 1939](#ref-hursh1939)``.  ``make notebooks`` calls :func:`stamp`;
the contract test checks that every chapter is already stamped.
"""

from __future__ import annotations

import re

import nbformat

from widgets.course import CHAPTERS, DISCLAIMER, Chapter, neighbours
from widgets.references import REFERENCES

CITE = re.compile(r"\]\(#ref-([a-z0-9_]+)\)")
HEADER_END = "## Learning objectives"
REFERENCES_HEADING = "## References"
FOOTER_MARK = "<!-- pn-footer -->"


def header(ch: Chapter) -> str:
    heading = f"# {ch.title}" if ch.number == 0 else f"# Chapter {ch.number}: {ch.title}"
    return (
        f"{heading}\n\n> **Not medical advice.** {DISCLAIMER}\n\n"
        f"**Estimated time:** about {ch.minutes} minutes\n\n"
    )


def footer(ch: Chapter) -> str:
    prev_ch, next_ch = neighbours(ch.number)
    links = []
    if prev_ch:
        links.append(f"[← Previous: {prev_ch.title}]({prev_ch.filename})")
    links.append(f"[Course map]({CHAPTERS[0].filename})")
    if next_ch:
        links.append(f"[Next: {next_ch.title} →]({next_ch.filename})")
    return f"{FOOTER_MARK}\n---\n\n" + " · ".join(links)


def cited_keys(nb: nbformat.NotebookNode) -> list[str]:
    keys: dict[str, None] = {}
    for cell in nb.cells:
        if cell.cell_type == "markdown" and not cell.source.startswith(REFERENCES_HEADING):
            for key in CITE.findall(cell.source):
                keys.setdefault(key, None)
    return list(keys)


def references(nb: nbformat.NotebookNode) -> str:
    lines = [REFERENCES_HEADING, ""]
    for key in cited_keys(nb):
        ref = REFERENCES[key]  # KeyError names an unknown citation
        lines.append(f'- <a id="ref-{key}"></a>{ref.full()}')
    return "\n".join(lines)


def slide_type(cell) -> str:
    """Default deck structure: each ``#``/``##`` section a slide, ``###`` a sub-slide."""
    if cell.cell_type == "markdown":
        if re.match(r"#{1,2} ", cell.source):
            return "slide"
        if cell.source.startswith("### "):
            return "subslide"
    return "-"


def stamp(nb: nbformat.NotebookNode, ch: Chapter) -> nbformat.NotebookNode:
    """Rewrite header, references and footer in place; raise ``ValueError`` if a chapter
    lacks the places they go."""
    first = nb.cells[0]
    if first.cell_type != "markdown" or HEADER_END not in first.source:
        raise ValueError(f"{ch.filename}: first cell must contain '{HEADER_END}'")
    first.source = header(ch) + first.source[first.source.index(HEADER_END) :]
    ref_cells = [
        c for c in nb.cells if c.cell_type == "markdown" and c.source.startswith(REFERENCES_HEADING)
    ]
    if ch.number != 0 and len(ref_cells) != 1:
        raise ValueError(f"{ch.filename}: needs exactly one '{REFERENCES_HEADING}' cell")
    for cell in ref_cells:
        cell.source = references(nb)
    for cell in nb.cells:
        cell.metadata.setdefault("slideshow", {"slide_type": slide_type(cell)})
    last = nb.cells[-1]
    if last.cell_type == "markdown" and last.source.startswith(FOOTER_MARK):
        last.source = footer(ch)
    else:
        cell = nbformat.v4.new_markdown_cell(footer(ch))
        cell.metadata["slideshow"] = {"slide_type": "slide"}
        nb.cells.append(cell)
    return nb
