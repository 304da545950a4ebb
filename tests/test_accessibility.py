"""Accessibility that can be checked from the files: every image has a text alternative,
every SVG names and describes itself, every stored figure has a title and a text
description beside it, and the course uses its one palette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, load_chapters

from widgets.theme import OKABE_ITO

PLOTLY = "application/vnd.plotly.v1+json"
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]+)\)")
HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.I)


def markdown_cells():
    for ch, nb in load_chapters():
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "markdown":
                yield ch, i, cell.source


def test_every_markdown_image_has_alt_text_and_exists():
    images = 0
    for ch, i, text in markdown_cells():
        for alt, src in MD_IMAGE.findall(text):
            images += 1
            assert len(alt.strip()) >= 20, f"{ch.filename} cell {i}: image {src} lacks alt text"
            assert (ROOT / "chapters" / src.split()[0]).resolve().exists(), src
        for tag in HTML_IMAGE.findall(text):
            assert re.search(r'alt="[^"]{20,}"', tag), f"{ch.filename} cell {i}: {tag}"
    assert images > 0


@pytest.mark.parametrize("svg", sorted((ROOT / "assets").glob("*.svg")), ids=lambda p: p.name)
def test_every_svg_has_a_title_a_description_and_a_role(svg: Path):
    text = svg.read_text(encoding="utf-8")
    assert re.search(r"<title[^>]*>[^<]{5,}</title>", text)
    assert re.search(r"<desc[^>]*>[^<]{20,}</desc>", text)
    assert 'role="img"' in text


def test_every_stored_figure_has_a_title_and_a_description_beside_it():
    figures = 0
    for ch, nb in load_chapters():
        for i, cell in enumerate(nb.cells):
            for out in cell.get("outputs", []):
                fig = out.get("data", {}).get(PLOTLY)
                if not fig:
                    continue
                figures += 1
                title = fig.get("layout", {}).get("title", {})
                assert title.get("text") if isinstance(title, dict) else title, (
                    f"{ch.filename} cell {i}: figure without a title"
                )
                nearby = [
                    c.source for c in nb.cells[max(0, i - 1) : i + 2] if c.cell_type == "markdown"
                ]
                assert any(len(t) >= 150 for t in nearby), (
                    f"{ch.filename} cell {i}: no text description next to the figure"
                )
    assert figures > 0


def test_figures_use_only_the_course_palette():
    allowed = {c.lower() for c in OKABE_ITO.values()}
    for path in (ROOT / "widgets" / "views").glob("*.py"):
        for colour in re.findall(r"#[0-9A-Fa-f]{6}\b", path.read_text()):
            assert colour.lower() in allowed, f"{path.name} uses {colour} outside the palette"
