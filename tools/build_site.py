"""Build the static site of the course: ``build/site/`` (``make site``).

    build/site/index.html                  course map: titles, times, page and Binder links
    build/site/chapters/NN_slug.html       one page per chapter (nbconvert, lab template)
    build/site/assets/                     the course's images (markdown says ../assets/x.svg)
    build/site/static/                     plotly.min.js (from the plotly package), pn-figures.js,
                                           pn-site.css

Nothing is fetched at view time: no MathJax, require.js, widget manager, mermaid or web
fonts; every stored plotly figure ('application/vnd.plotly.v1+json') becomes a div that
the local plotly.min.js draws from the stored JSON (animation frames included, with a
keyboard-operable Play/Pause <button> beside the figure), with a ``<noscript>`` text of what
it shows.  Quizzes are stored HTML with ``<details>`` and need no
JavaScript.  Links between chapters (``NN_slug.ipynb``) are rewritten to the pages, other
relative links into the repository become links to the repository.

Chapters whose notebook does not exist yet are left out (with a warning) unless
``--require-all`` is given.  ``build_slides.py`` shares the helpers below.
"""

from __future__ import annotations

import argparse
import copy
import html
import json
import posixpath
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbconvert.preprocessors import Preprocessor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from widgets.course import (  # noqa: E402
    BRANCH,
    CHAPTERS,
    DISCLAIMER,
    EXAMPLE_HUB_URL,
    REPOSITORY_URL,
    Chapter,
    binder_url,
    nbgitpuller_url,
    neighbours,
)
from widgets.views.base import PROVENANCE_LABELS  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent / "site_template"
STATIC = TEMPLATES / "static"
PLOTLY_MIMETYPE = "application/vnd.plotly.v1+json"
CHAPTER_LINK = re.compile(r"^(?:\./|\.\./chapters/)?(\d\d_[a-z0-9_]+)\.ipynb(#.*)?$")
ATTR_URL = re.compile(r"""\b(href|src)=(["'])([^"']*)\2""")
STYLE_BLOCK = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
MATH = re.compile(r"(?<![\\$])\$[^$\n]+\$|\\\(|\\\[|\$\$")
CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.S)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
INLINE_MATH = re.compile(r"(?<![\\$\w])\$(?=\S)([^$\n]+?)(?<=\S)\$(?![\w$])")


def plotly_js() -> Path:
    """The plotly.js bundle shipped inside the installed plotly package."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise FileNotFoundError(f"plotly.min.js not found in the plotly package ({path})")
    return path


@dataclass(frozen=True)
class Source:
    chapter: Chapter
    path: Path


def available(chapters_dir: Path, require_all: bool = False) -> list[Source]:
    """The chapters of ``widgets.course.CHAPTERS`` whose notebook exists, in course order."""
    found, missing = [], []
    for ch in CHAPTERS:
        path = chapters_dir / ch.filename
        if path.is_file():
            found.append(Source(ch, path))
        else:
            missing.append(ch)
    if missing:
        names = ", ".join(m.filename for m in missing)
        if require_all:
            raise SystemExit(f"missing chapter notebooks in {chapters_dir}: {names}")
        print(f"warning: not built (no notebook yet): {names}", file=sys.stderr)
    return found


# --------------------------------------------------------------------------- figures


class PlotlyToHTML(Preprocessor):
    """Replace each stored plotly figure by an HTML div + its JSON for pn-figures.js, and a
    ``<noscript>`` text of what it shows (the output's text/plain summary)."""

    def preprocess(self, nb, resources):
        self.count = 0
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            for number, output in enumerate(cell.get("outputs", [])):
                data = output.get("data", {})
                if PLOTLY_MIMETYPE in data:
                    fig = data.pop(PLOTLY_MIMETYPE)
                    summary = data.pop("text/plain", "")
                    data["text/html"] = figure_html(f"pn-fig-{index}-{number}", fig, summary)
                    self.count += 1
        resources.setdefault("pn_figures", 0)
        resources["pn_figures"] += self.count
        return nb, resources


# What a course widget's static figure may carry in ``layout.meta`` (see
# ``widgets.views.base.CourseFigureWidget.static_figure``): its text description and the
# established / illustrative line the live widget shows under the figure.
META_KEYS = ("pn_description", "pn_established", "pn_illustrative")


def caption_html(fig_id: str, layout: dict) -> str:
    """A ``<figcaption>`` with the description and provenance lines of ``layout.meta``
    (escaped), or "" when the figure carries none."""
    meta = layout.get("meta")
    if not isinstance(meta, dict):
        return ""
    description, established, illustrative = (
        meta[k].strip() if isinstance(meta.get(k), str) else "" for k in META_KEYS
    )
    parts = []
    if description:
        parts.append(f'<p class="pn-description">{html.escape(description)}</p>')
    lines = [
        f"<b>{html.escape(PROVENANCE_LABELS[kind])}:</b> {html.escape(text)}"
        for kind, text in (("established", established), ("illustrative", illustrative))
        if text
    ]
    if lines:
        parts.append(f'<p class="pn-provenance">{"<br>".join(lines)}</p>')
    if not parts:
        return ""
    return f'<figcaption class="pn-figcaption" id="{fig_id}-caption">{"".join(parts)}</figcaption>'


def figure_html(fig_id: str, fig: dict, summary: str | list = "") -> str:
    if isinstance(fig, str):
        fig = json.loads(fig)
    if isinstance(summary, list):
        summary = "".join(summary)
    layout = fig.get("layout", {})
    title = layout.get("title", "")
    if isinstance(title, dict):
        title = title.get("text", "")
    title = re.sub(r"<[^>]+>", " ", str(title or "")).strip() or "Interactive figure"
    # pn-figures.js sizes the div before drawing (a figure without a fixed height fills its
    # div); without JavaScript the div stays empty and takes no room.
    size = f"{int(layout['height'])}" if layout.get("height") else "450"
    # '</' must not end the script element early; '<\/' is the same JSON string.
    payload = json.dumps(fig, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")
    text = html.escape(summary.strip()) if summary and "<" not in summary[:1] else ""
    fallback = (
        f'<p class="pn-noscript">This figure ({html.escape(title)}) is drawn with JavaScript, '
        "which is switched off; the text beside it describes what it shows."
        + (f" Its values:</p><pre>{text}</pre>" if text else "</p>")
    )
    caption = caption_html(fig_id, layout)
    described = f' aria-describedby="{fig_id}-caption"' if caption else ""
    return (
        f'<figure class="pn-plotly-figure">'
        f'<div class="pn-plotly" id="{fig_id}" data-pn-figure="{fig_id}-json" role="img" '
        f'aria-label="Figure: {html.escape(title)}"{described} data-pn-height="{size}"></div>'
        f'<script type="application/json" id="{fig_id}-json">{payload}</script>'
        f"<noscript>{fallback}</noscript>{caption}</figure>"
    )


# --------------------------------------------------------------------------- HTML post-processing


MD_LINK = re.compile(r"(\]\()(<[^>]*>|[^)\s]+)")


def fix_url(
    url: str,
    page_suffix: str,
    assets_prefix: str,
    is_link: bool = True,
    source_dir: str = "chapters",
) -> str:
    """Chapter links ``NN_slug.ipynb`` -> ``NN_slug{page_suffix}``, ``../assets/`` ->
    ``assets_prefix``, other relative links into the repository -> the repository on GitHub."""
    if not url or url.startswith(("#", "data:", "mailto:", "http://", "https://", "//")):
        return url
    chapter_link = CHAPTER_LINK.match(url)
    if chapter_link:
        return chapter_link.group(1) + page_suffix + (chapter_link.group(2) or "")
    if url.startswith("../assets/"):
        return assets_prefix + url[len("../assets/") :]
    if is_link:
        target = posixpath.normpath(posixpath.join(source_dir, url.split("#")[0]))
        if not target.startswith(".."):
            return f"{REPOSITORY_URL}/blob/{BRANCH}/{target}"
    return url


class LinkRewriter(Preprocessor):
    """Rewrite the links of the notebook's own content (markdown and HTML outputs), before
    the template adds the page's navigation."""

    def __init__(self, page_suffix: str, assets_prefix: str, **kw):
        super().__init__(**kw)
        self.page_suffix, self.assets_prefix = page_suffix, assets_prefix

    def attr(self, m: re.Match) -> str:
        attr, quote, url = m.groups()
        new = fix_url(url, self.page_suffix, self.assets_prefix, attr == "href")
        return f"{attr}={quote}{new}{quote}"

    def markdown(self, text: str) -> str:
        def md(m: re.Match) -> str:
            url = m.group(2)
            bare = url[1:-1] if url.startswith("<") else url
            image = m.string[max(0, m.start() - 200) : m.start()].rfind("![") > m.string[
                max(0, m.start() - 200) : m.start()
            ].rfind("[")
            return m.group(1) + fix_url(bare, self.page_suffix, self.assets_prefix, not image)

        return ATTR_URL.sub(self.attr, MD_LINK.sub(md, text))

    def preprocess(self, nb, resources):
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = self.markdown(cell.source)
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if "text/html" in data:
                    value = data["text/html"]
                    value = "".join(value) if isinstance(value, list) else value
                    data["text/html"] = ATTR_URL.sub(self.attr, value)
        return nb, resources


def strip_css_comments(text: str) -> str:
    """Drop comments from inline <style> blocks (nbconvert's CSS cites web pages in them)."""
    return STYLE_BLOCK.sub(
        lambda m: m.group(1) + CSS_COMMENT.sub("", m.group(2)) + m.group(3), text
    )


class MathToMathML(Preprocessor):
    """LaTeX math in markdown (``$...$``, ``$$...$$``) becomes MathML at build time (with
    latex2mathml), which browsers draw natively: no MathJax, no network, no JavaScript.
    Without latex2mathml the LaTeX stays as source text, with a warning."""

    def preprocess(self, nb, resources):
        for cell in nb.cells:
            if cell.cell_type == "markdown" and MATH.search(cell.source):
                cell.source = self.convert(cell.source, resources)
        return nb, resources

    @staticmethod
    def mathml(latex: str, display: str) -> str:
        from latex2mathml.converter import convert

        out = convert(latex.strip(), display=display)
        return out.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', "")

    def convert(self, text: str, resources) -> str:
        try:
            import latex2mathml.converter  # noqa: F401
        except ImportError:
            name = resources.get("metadata", {}).get("name", "a chapter")
            print(
                f"warning: {name} has LaTeX math but latex2mathml is not installed; it "
                "shows as source text",
                file=sys.stderr,
            )
            return text
        parts = CODE.split(text)
        for i in range(0, len(parts), 2):  # even parts are outside code
            part = DISPLAY_MATH.sub(
                lambda m: "\n\n" + self.mathml(m.group(1), "block") + "\n\n", parts[i]
            )
            parts[i] = INLINE_MATH.sub(lambda m: self.mathml(m.group(1), "inline"), part)
        return "".join(parts)


def prepare(nb: nbformat.NotebookNode, title: str) -> nbformat.NotebookNode:
    nb = copy.deepcopy(nb)
    nb.metadata["title"] = title
    nb.metadata.pop("widgets", None)
    return nb


def copy_assets(assets_dir: Path, dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    if assets_dir.is_dir():
        shutil.copytree(assets_dir, dest, ignore=shutil.ignore_patterns("vendor"))


# --------------------------------------------------------------------------- the site


def exporter():
    from nbconvert import HTMLExporter

    exp = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name="pn_lab",
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exp.register_preprocessor(LinkRewriter(".html", "../assets/"), enabled=True)
    exp.register_preprocessor(MathToMathML(), enabled=True)
    exp.register_preprocessor(PlotlyToHTML(), enabled=True)
    return exp


def chapter_label(ch: Chapter) -> str:
    return ch.title if ch.number == 0 else f"Chapter {ch.number}: {ch.title}"


def chapter_page(exp, src: Source, published: set[str]) -> tuple[str, int]:
    ch = src.chapter

    def link(other: Chapter | None):
        if other is None:
            return None
        href = other.filename.replace(".ipynb", ".html")
        return {"label": chapter_label(other), "href": href if href in published else None}

    prev_ch, next_ch = neighbours(ch.number)
    nb = nbformat.read(src.path, as_version=4)
    resources = {
        "metadata": {"name": ch.filename[:-6], "path": str(src.path.parent)},
        "pn": {
            "label": chapter_label(ch),
            "minutes": ch.minutes,
            "binder": binder_url(ch),
            "home": "../index.html",
            "static": "../static",
            "prev": link(prev_ch),
            "next": link(next_ch),
            "disclaimer": DISCLAIMER,
        },
    }
    body, res = exp.from_notebook_node(
        prepare(nb, f"{chapter_label(ch)} · Pins and Needles"), resources=resources
    )
    body = strip_css_comments(body)
    return body, res.get("pn_figures", 0)


def live_options() -> str:
    """The two live versions side by side: Binder, and the nbgitpuller recipe for a class
    JupyterHub (the README's, built from the same widgets.course.REPOSITORY_URL)."""
    hub = html.escape(nbgitpuller_url(EXAMPLE_HUB_URL))
    return f"""<section class="pn-live-options" aria-labelledby="pn-live-heading">
<h2 id="pn-live-heading">Run the course live</h2>
<ul>
<li><strong>On Binder</strong>, free and with nothing to install:
<a class="pn-binder-link" href="{html.escape(binder_url())}">open the start page on Binder</a>
(or the Binder link of any chapter below). It takes a minute or two to start, and your changes
are not kept.</li>
<li><strong>On a school or university JupyterHub</strong>: this nbgitpuller link copies the
course into each student's home folder and opens the start page there. Instructors: put your
hub's address in place of <code>{html.escape(EXAMPLE_HUB_URL)}</code> and share the link.
<pre class="pn-hub-link"><code>{hub}</code></pre></li>
</ul>
</section>"""


def index_page(sources: list[Source], slides: bool) -> str:
    built = {s.chapter.number for s in sources}
    rows = []
    for ch in CHAPTERS:
        page = f"chapters/{ch.filename.replace('.ipynb', '.html')}"
        name = html.escape(ch.title)
        cell = (
            f'<a href="{page}">{name}</a>'
            if ch.number in built
            else (f'{name} <span class="pn-missing">(not published yet)</span>')
        )
        rows.append(
            f"<tr><td>{ch.number:02d}</td><td>{cell}</td><td>{ch.minutes} min</td>"
            f'<td><a class="pn-binder-link" href="{html.escape(binder_url(ch))}">'
            "Run live on Binder</a></td></tr>"
        )
    total = sum(ch.minutes for ch in CHAPTERS)
    caption = f"Course map: {len(CHAPTERS)} chapters, about {total // 60} h {total % 60} min in all"
    slides_line = (
        "<p>Slide decks of every chapter (reveal.js, offline): "
        '<a href="../slides/index.html">slides</a>.</p>'
        if slides
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Pins and Needles · course map</title>
<link rel="stylesheet" href="static/pn-site.css">
</head>
<body class="pn-index">
<main>
<h1>Pins and Needles</h1>
<p>An interactive course on why a leg falls asleep, where the prickling comes from, and which
kinds of leg tingling need a doctor. These pages show every chapter with its figures drawn from
the stored results; to move the sliders, run a chapter live on Binder (nothing to install) or in
JupyterLab on your own computer (<code>make lab</code>).</p>
<p class="pn-notice"><strong>Not medical advice.</strong> {html.escape(DISCLAIMER)}</p>
{live_options()}
<table class="pn-course-map">
<caption>{caption}</caption>
<thead><tr><th>#</th><th>Chapter</th><th>Time</th><th>Live version</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
{slides_line}
<p>Source: <a href="{html.escape(REPOSITORY_URL)}">the course repository</a>.</p>
</main>
</body>
</html>
"""


def build(
    out: Path, chapters_dir: Path, assets_dir: Path, require_all: bool = False, quiet: bool = False
) -> list[Path]:
    sources = available(chapters_dir, require_all)
    out.mkdir(parents=True, exist_ok=True)
    static = out / "static"
    static.mkdir(exist_ok=True)
    shutil.copy2(plotly_js(), static / "plotly.min.js")
    for name in ("pn-figures.js", "pn-site.css"):
        shutil.copy2(STATIC / name, static / name)
    copy_assets(assets_dir, out / "assets")
    pages_dir = out / "chapters"
    if pages_dir.exists():
        shutil.rmtree(pages_dir)
    pages_dir.mkdir()
    published = {s.chapter.filename.replace(".ipynb", ".html") for s in sources}
    exp = exporter()
    written = []
    for src in sources:
        body, figures = chapter_page(exp, src, published)
        page = pages_dir / src.chapter.filename.replace(".ipynb", ".html")
        page.write_text(body, encoding="utf-8")
        written.append(page)
        if not quiet:
            print(f"{page.relative_to(out)}: {figures} figure(s)")
    (out / "index.html").write_text(
        index_page(sources, slides=(out.parent / "slides" / "index.html").exists()),
        encoding="utf-8",
    )
    if not quiet:
        print(f"site: {out / 'index.html'} ({len(written)} of {len(CHAPTERS)} chapters)")
    return written


def run_cli(build_fn, default_out: Path, description: str, argv: list[str] | None) -> int:
    """The command line shared by ``build_site.py`` and ``build_slides.py``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument(
        "--chapters",
        type=Path,
        default=ROOT / "chapters",
        help="folder holding NN_slug.ipynb (default: chapters/)",
    )
    parser.add_argument("--assets", type=Path, default=ROOT / "assets")
    parser.add_argument(
        "--require-all",
        action="store_true",
        help="fail if a chapter of widgets.course.CHAPTERS has no notebook",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    build_fn(
        args.out.resolve(),
        args.chapters.resolve(),
        args.assets.resolve(),
        args.require_all,
        args.quiet,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_cli(build, ROOT / "build" / "site", __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
