"""The parts every chapter shares, written from one source (``widgets.course`` and
``widgets.references``) so that no chapter can drift:

* the header: title, not-medical-advice notice, estimated time (author writes the learning
  objectives below it, under ``## Learning objectives``);
* the references cell (``## References``): the full entries of every ``(#ref-KEY)`` link
  cited in the chapter's markdown, in order of first citation, then of every ``#ref-KEY``
  link that only a stored output cites (a generated table or card, see
  :func:`output_cited_keys`);
* the footer: previous / next links.

Authors cite as ``[Hursh 1939](#ref-hursh1939)``.  ``make notebooks`` calls :func:`stamp`;
the contract test checks that every chapter is already stamped.

``make notebooks`` stamps a chapter *before* it runs it, so a key that only a stored output
cites reaches the reference list one build late.  Cite in the markdown too (the "In
words" text under a generated table is the place) and the list is right after one build;
``tests/test_references.py`` fails on a ``#ref-KEY`` that the chapter's own list lacks.
"""

from __future__ import annotations

import re

import nbformat

from widgets.course import CHAPTERS, DISCLAIMER, Chapter, neighbours
from widgets.references import REFERENCES

CITE = re.compile(r"\]\(#ref-([a-z0-9_]+)\)")
# In stored outputs: HTML ``href="#ref-KEY"`` and plain-text ``[label](#ref-KEY)``.
OUTPUT_CITE = re.compile(r"#ref-([a-z0-9_]+)\b")
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


def markdown_cited_keys(nb: nbformat.NotebookNode) -> list[str]:
    """Keys the chapter's markdown cites, in order of first citation."""
    keys: dict[str, None] = {}
    for cell in nb.cells:
        if cell.cell_type == "markdown" and not cell.source.startswith(REFERENCES_HEADING):
            for key in CITE.findall(cell.source):
                keys.setdefault(key, None)
    return list(keys)


def output_texts(cell) -> list[str]:
    """The text of a code cell's stored outputs (every string-valued MIME type, streams)."""
    texts = []
    for output in cell.get("outputs", []):
        if isinstance(output.get("text"), str):
            texts.append(output["text"])
        for value in output.get("data", {}).values():
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                texts.append("".join(value))
    return texts


def output_cited_keys(nb: nbformat.NotebookNode) -> list[str]:
    """Keys that the stored outputs cite (generated tables and cards), in order."""
    keys: dict[str, None] = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            for text in output_texts(cell):
                for key in OUTPUT_CITE.findall(text):
                    keys.setdefault(key, None)
    return list(keys)


def cited_keys(nb: nbformat.NotebookNode) -> list[str]:
    """Every key the chapter cites: its markdown's first, then those only outputs cite."""
    return list(dict.fromkeys(markdown_cited_keys(nb) + output_cited_keys(nb)))


def references(nb: nbformat.NotebookNode) -> str:
    lines = [REFERENCES_HEADING, ""]
    for key in cited_keys(nb):
        ref = REFERENCES[key]  # KeyError names an unknown citation
        lines.append(f'- <a id="ref-{key}"></a>{ref.full()}')
    return "\n".join(lines)


def slide_type(cell) -> str | None:
    """Default deck structure: each ``#``/``##`` section a slide, ``###`` a sub-slide, any
    other cell continues the slide before it (no ``slide_type``: see :func:`stamp`)."""
    if cell.cell_type == "markdown":
        if re.match(r"#{1,2} ", cell.source):
            return "slide"
        if cell.source.startswith("### "):
            return "subslide"
    return None


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
        show = cell.metadata.setdefault("slideshow", {})
        default = slide_type(cell)
        if "slide_type" not in show and default:
            show["slide_type"] = default
        # A continuing cell has no slide_type: nbconvert reads a missing one as "-", but
        # jupyterlab-slideshow (the live deck) shows a cell marked "-" on no slide at all.
        if show.get("slide_type") == "-":
            del show["slide_type"]
    last = nb.cells[-1]
    if last.cell_type == "markdown" and last.source.startswith(FOOTER_MARK):
        last.source = footer(ch)
    else:
        cell = nbformat.v4.new_markdown_cell(footer(ch))
        cell.metadata["slideshow"] = {"slide_type": "slide"}
        nb.cells.append(cell)
    return nb
