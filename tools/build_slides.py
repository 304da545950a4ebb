"""Export every chapter to a reveal.js deck that works offline: ``build/slides/`` (``make slides``).

    build/slides/index.html                 the list of decks
    build/slides/NN_slug.slides.html        one deck per chapter (cells' ``slideshow`` metadata)
    build/slides/reveal.js/                 reveal.js 5.2.1 from assets/vendor/ (MIT)
    build/slides/plotly.min.js              from the installed plotly package (MIT)
    build/slides/pn-figures.js, pn-slides.css
    build/slides/assets/                    the course's images

nbconvert's SlidesExporter with a template (tools/site_template/pn_reveal) that loads reveal.js,
its notes plugin and plotly.js from the copies above, and no jQuery, require.js, MathJax or
widget manager from a CDN.  Stored plotly figures become divs drawn by the local plotly.js
when their slide is shown (Play buttons of animations work, and pn-figures.js adds a Play/Pause
<button> that the keyboard reaches: Tab to it, Enter); quizzes are stored HTML.
Code inputs are hidden: a deck shows the stored figures, the live widgets are in JupyterLab
(jupyterlab-slideshow).  Chapters without a notebook yet are left out with a warning.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import nbformat
from build_site import (
    ROOT,
    STATIC,
    TEMPLATES,
    LinkRewriter,
    MathToMathML,
    PlotlyToHTML,
    available,
    chapter_label,
    copy_assets,
    plotly_js,
    prepare,
    run_cli,
    strip_css_comments,
)

from widgets.course import CHAPTERS, DISCLAIMER

REVEAL = ROOT / "assets" / "vendor" / "reveal.js-5.2.1"
REVEAL_FILES = (
    "LICENSE",
    "dist/reveal.js",
    "dist/reveal.css",
    "dist/theme/white.css",
    "plugin/notes/notes.js",
)


def exporter():
    from nbconvert import SlidesExporter

    exp = SlidesExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name="pn_reveal",
        reveal_url_prefix="reveal.js",
        reveal_theme="white",
        reveal_transition="slide",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exp.register_preprocessor(LinkRewriter(".slides.html", "assets/"), enabled=True)
    exp.register_preprocessor(MathToMathML(), enabled=True)
    exp.register_preprocessor(PlotlyToHTML(), enabled=True)
    return exp


def copy_runtime(out: Path, assets_dir: Path) -> None:
    for name in REVEAL_FILES:
        target = out / "reveal.js" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REVEAL / name, target)
    shutil.copy2(plotly_js(), out / "plotly.min.js")
    for name in ("pn-figures.js", "pn-slides.css"):
        shutil.copy2(STATIC / name, out / name)
    copy_assets(assets_dir, out / "assets")


def index_page(decks: list[tuple[object, str]]) -> str:
    built = {ch.number: name for ch, name in decks}
    rows = []
    for ch in CHAPTERS:
        label = html.escape(chapter_label(ch))
        cell = (
            f'<a href="{built[ch.number]}">{label}</a>'
            if ch.number in built
            else f"{label} (not published yet)"
        )
        rows.append(f"<li>{cell} · about {ch.minutes} min</li>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Pins and Needles · slides</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 48rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }}
li {{ margin: 0.3rem 0; }}
</style>
</head>
<body>
<main>
<h1>Pins and Needles: slide decks</h1>
<p>One reveal.js deck per chapter; they work without internet access. Keys: → / space next,
← previous, Esc overview, S speaker notes, F full screen. The figures show the stored
default settings; for live widgets present from JupyterLab (jupyterlab-slideshow).</p>
<ol start="0">
{chr(10).join(rows)}
</ol>
<p><small>{html.escape(DISCLAIMER)}</small></p>
</main>
</body>
</html>
"""


def build(
    out: Path, chapters_dir: Path, assets_dir: Path, require_all: bool = False, quiet: bool = False
) -> list[Path]:
    sources = available(chapters_dir, require_all)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.slides.html"):
        old.unlink()
    copy_runtime(out, assets_dir)
    exp = exporter()
    decks = []
    for src in sources:
        ch = src.chapter
        nb = nbformat.read(src.path, as_version=4)
        resources = {"metadata": {"name": ch.filename[:-6], "path": str(src.path.parent)}}
        body, res = exp.from_notebook_node(prepare(nb, chapter_label(ch)), resources=resources)
        name = ch.filename.replace(".ipynb", ".slides.html")
        (out / name).write_text(strip_css_comments(body), encoding="utf-8")
        decks.append((ch, name))
        if not quiet:
            print(f"{name}: {res.get('pn_figures', 0)} figure(s)")
    (out / "index.html").write_text(index_page(decks), encoding="utf-8")
    if not quiet:
        print(f"slides: {out / 'index.html'} ({len(decks)} of {len(CHAPTERS)} chapters)")
    return [out / name for _, name in decks]


def main(argv: list[str] | None = None) -> int:
    return run_cli(build, ROOT / "build" / "slides", __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
