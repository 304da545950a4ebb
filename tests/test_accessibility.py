"""Accessibility that can be checked from the files: every image has a text alternative,
every SVG names and describes itself, every stored figure has a title and a text
description beside it, and every course figure uses only the one palette."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, load_chapters

from widgets.theme import COLORWAY, NEUTRALS, OKABE_ITO

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


# Colour-valued keys in a plotly figure (color, fillcolor, bgcolor, fgcolor, ..., colorway).
COLOUR_KEY = re.compile(r"(colou?r|colorway)$", re.I)
COLOUR_TEXT = re.compile(r"#[0-9a-f]{3,8}\b|rgba?\([^)]*\)", re.I)
# The CSS colour names a figure may use (any other name fails): the palette's black, white.
NAMED = {"black": "#000000", "white": "#ffffff"}


def rgb_of(colour: str) -> str | None:
    """``#rrggbb`` of a colour string (alpha dropped: a tint of a colour is that colour), or
    None when it is not a colour this test understands (then it fails)."""
    c = colour.strip().lower()
    if c in NAMED:
        return NAMED[c]
    if re.fullmatch(r"#[0-9a-f]{3}", c):
        return "#" + "".join(ch * 2 for ch in c[1:])
    if re.fullmatch(r"#[0-9a-f]{6}([0-9a-f]{2})?", c):
        return c[:7]
    m = re.fullmatch(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(,\s*[\d.]+\s*)?\)", c)
    if m:
        return "#" + "".join(f"{int(v):02x}" for v in m.groups()[:3])
    return None


def colours_in(node, where: str):
    """(where, colour) for every colour-valued key and every colour written in a string (e.g.
    ``<span style='color:...'>`` in a label), skipping ``layout.template`` (plotly_white's own
    chrome: grid, axis and text colours; its colorway is replaced by ``layout.colorway``)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if where == "layout" and key == "template":
                continue
            if COLOUR_KEY.search(key):
                for v in value if isinstance(value, (list, tuple)) else [value]:
                    if isinstance(v, str):
                        yield f"{where}.{key}", v
            else:
                yield from colours_in(value, f"{where}.{key}")
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from colours_in(item, where)
    elif isinstance(node, str):
        for found in COLOUR_TEXT.findall(node):
            yield where, found


def figure_widgets():
    """Every course widget that draws a figure, built with its defaults (the builders of
    ``widgets.__all__``, as tests/views/test_every_widget.py enumerates them)."""
    import widgets
    from widgets.views.base import CourseFigureWidget

    built = [getattr(widgets, n)() for n in widgets.__all__ if n not in ("course_map", "quiz")]
    return [w for w in built if isinstance(w, CourseFigureWidget)]


def test_figures_use_only_the_course_palette():
    """Every colour of every course figure, as stored for readers without a kernel (traces,
    layout, animation frames), is a palette colour (any opacity) or one of theme.NEUTRALS;
    and a trace that names no colour gets one from the palette (layout.colorway)."""
    allowed = {c.lower() for c in (*OKABE_ITO.values(), *NEUTRALS.values())}
    figures = figure_widgets()
    assert len(figures) >= 6
    problems, checked = [], 0
    for widget in figures:
        fig = json.loads(widget.static_figure().to_json())
        assert [c.lower() for c in fig["layout"].get("colorway", [])] == [
            c.lower() for c in COLORWAY
        ], f"{widget.name}: layout.colorway is not the course palette"
        for part in ("data", "layout", "frames"):
            for where, colour in colours_in(fig.get(part, {}), part):
                checked += 1
                if rgb_of(colour) not in allowed:
                    problems.append(f"{widget.name} {where}: {colour}")
    assert checked > 50
    assert not problems, "colours outside the palette and theme.NEUTRALS:\n" + "\n".join(
        sorted(set(problems))
    )


def test_palette_test_catches_a_foreign_colour():
    allowed = {c.lower() for c in (*OKABE_ITO.values(), *NEUTRALS.values())}
    fig = {
        "data": [{"marker": {"color": ["#0072B2", "rgba(230,159,0,0.3)", "red"]}}],
        "layout": {"annotations": [{"text": "<span style='color:#123456'>x</span>"}]},
    }
    found = [c for part in ("data", "layout") for _, c in colours_in(fig[part], part)]
    assert [c for c in found if rgb_of(c) not in allowed] == ["red", "#123456"]


def test_view_sources_name_no_colour_outside_the_palette():
    """HTML widgets (symptoms, red flags) have no figure: their colours are checked in the
    source, where a hex colour must be a palette colour."""
    allowed = {c.lower() for c in (*OKABE_ITO.values(), *NEUTRALS.values())}
    for path in (ROOT / "widgets" / "views").glob("*.py"):
        for colour in re.findall(r"#[0-9A-Fa-f]{6}\b", path.read_text()):
            assert colour.lower() in allowed, f"{path.name} uses {colour} outside the palette"
