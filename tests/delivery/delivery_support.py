"""Helpers shared by the delivery tests (static site and slide decks).

Not a test module: each test module imports it and keeps its own fixtures, so that
``pytest -n 2 --dist loadscope`` can run the modules on different workers.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import socketserver
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest

from widgets.course import BINDER_BASE, CHAPTERS, EXAMPLE_HUB_URL, REPOSITORY_URL

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools"
SCREENSHOTS = Path(os.environ.get("PN_SCREENSHOT_DIR", ROOT / "build" / "screenshots"))
CHROMIUM = os.environ.get("PN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
PLOTLY_MIMETYPE = "application/vnd.plotly.v1+json"

# The only hosts a generated page may name, and only in an <a href>.
ALLOWED_LINK_PREFIXES = (BINDER_BASE + "/", REPOSITORY_URL)
# ... and the URLs it may show as text: those on the example hub of the index's nbgitpuller
# recipe (for instructors to put their hub's address in; nothing links to it or loads it).
ALLOWED_TEXT = (EXAMPLE_HUB_URL,)
URL = re.compile(r"""https?://[^\s"'<>)\\]+""", re.I)
A_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1""", re.I | re.S)
LOADS = [
    re.compile(r"""<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)""", re.I),
    re.compile(r"""<link\b[^>]*?\bhref\s*=\s*["']([^"']+)""", re.I),
    re.compile(
        r"""<(?:img|iframe|source|video|audio|embed)\b[^>]*?\bsrc\s*=\s*["']([^"']+)""", re.I
    ),
    re.compile(r"""url\(\s*["']?([^"')]+)""", re.I),
    re.compile(r"""@import\s+["']([^"']+)""", re.I),
    re.compile(r"""\bimport\s*\(\s*["']([^"']+)""", re.I),
]


# --------------------------------------------------------------------------- building


def run_tool(script: str, *args: str | Path) -> subprocess.CompletedProcess:
    """Run tools/<script> with the test's Python, as `make` would; fail with its output."""
    cmd = [sys.executable, str(TOOLS / script), "--quiet", *map(str, args)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=240)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


def synthetic_chapters(folder: Path) -> Path:
    """A chapters folder with the real start page and a stand-in chapter 3 holding what the
    delivery must handle whatever the real chapters contain: an animated plotly figure with a
    Play button, a static figure, a <details> quiz, an image from ../assets and chapter links."""
    import plotly.graph_objects as go

    from widgets.quiz import Option, Question, static_html

    chapters = folder / "chapters"
    chapters.mkdir(parents=True)
    shutil.copy2(ROOT / CHAPTERS[0].path, chapters / CHAPTERS[0].filename)
    (folder / "assets").mkdir()
    (folder / "assets" / "dot.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
        '<title>a dot</title><circle cx="20" cy="20" r="15" fill="#0072B2"/></svg>'
    )

    xs = list(range(20))
    frames = [
        go.Frame(name=str(k), data=[go.Scatter(x=xs, y=[(x * k) % 7 for x in xs])])
        for k in range(1, 8)
    ]
    animated = go.Figure(
        data=[go.Scatter(x=xs, y=[0] * 20, mode="lines+markers", name="fibres")],
        layout=go.Layout(
            title={"text": "Recovery after release (test stand-in)"},
            height=420,
            # what a course widget's static figure carries (tools/build_site.py: caption_html)
            meta={
                "pn_description": "Each line is a fibre class coming back after release.",
                "pn_established": "Fibres that lose their blood supply stop conducting.",
                "pn_illustrative": "The timings are a teaching model.",
            },
            yaxis={"range": [0, 7]},
            updatemenus=[
                {
                    "type": "buttons",
                    "showactive": False,
                    "buttons": [
                        {
                            "label": "Play",
                            "method": "animate",
                            "args": [
                                None,
                                {
                                    "frame": {"duration": 80, "redraw": True},
                                    "fromcurrent": True,
                                    "transition": {"duration": 0},
                                },
                            ],
                        },
                        {
                            "label": "Pause",
                            "method": "animate",
                            "args": [[None], {"frame": {"duration": 0}, "mode": "immediate"}],
                        },
                    ],
                }
            ],
        ),
        frames=frames,
    )
    static = go.Figure(
        go.Bar(x=["A", "B", "C"], y=[3, 1, 2]),
        layout={"title": {"text": "Fibre classes </script> test"}},
    )
    quiz = static_html(
        [
            Question(
                "Which fibres recover last?",
                (
                    Option("The large fibres", True, "They are the most sensitive to pressure."),
                    Option("The small fibres", False, "They are the least sensitive."),
                ),
            )
        ],
        "Self-check quiz",
    )

    def out(fig, text):
        return nbformat.v4.new_output(
            "execute_result",
            data={PLOTLY_MIMETYPE: json.loads(fig.to_json()), "text/plain": text},
            execution_count=1,
        )

    nb = nbformat.v4.new_notebook()
    cells = [
        nbformat.v4.new_markdown_cell(
            "# Chapter 3: Pins and needles\n\n## Learning objectives\n\n"
            "- see a figure\n\n![A dot](../assets/dot.svg)"
        ),
        nbformat.v4.new_code_cell(
            "widgets.recovery_animation()",
            execution_count=1,
            outputs=[out(animated, "recovery: 7 frames")],
        ),
        nbformat.v4.new_markdown_cell(
            "## More\n\nSee [chapter 0](00_start_here.ipynb#Welcome) "
            "and [the model](../widgets/physiology/recovery.py). "
            "Speed is $v = d / t$, and costs of $5 and $10 stay text.\n\n"
            "$$\\text{ABI} = \\frac{a}{b}$$"
        ),
        nbformat.v4.new_code_cell(
            "static()", execution_count=2, outputs=[out(static, "bars: A 3, B 1, C 2")]
        ),
        nbformat.v4.new_code_cell(
            "widgets.quiz(3)",
            execution_count=3,
            outputs=[
                nbformat.v4.new_output(
                    "display_data", data={"text/html": quiz, "text/plain": "quiz"}
                )
            ],
        ),
        nbformat.v4.new_markdown_cell(
            "## Summary\n\nDone.\n\n<!-- pn-footer -->\n---\n\n[Course map](00_start_here.ipynb)"
        ),
    ]
    for i, cell in enumerate(cells):
        cell.metadata["slideshow"] = {"slide_type": "slide" if i != 1 else "-"}
    nb.cells = cells
    ch3 = next(ch for ch in CHAPTERS if ch.number == 3)
    nbformat.write(nb, chapters / ch3.filename)
    return folder


# --------------------------------------------------------------------------- static scan


def remote_references(text: str, loads_only: bool = False) -> list[str]:
    """Every http(s) URL in a generated HTML/CSS/JS text that is not an <a href> to Binder or
    the repository, and every resource load (script, stylesheet, image, CSS url(), import)
    that goes to another host.  ``loads_only``: only the latter (third-party files whose
    comments name web pages)."""
    problems = []
    allowed_spans = []
    for m in A_HREF.finditer(text):
        if m.group(2).startswith(ALLOWED_LINK_PREFIXES):
            allowed_spans.append(m.span(2))
    for allowed in ALLOWED_TEXT:
        for m in re.finditer(re.escape(allowed), text):
            allowed_spans.append(m.span())
    for m in URL.finditer("" if loads_only else text):
        if not any(a <= m.start() < b for a, b in allowed_spans):
            problems.append(m.group(0))
    for pattern in LOADS:
        for m in pattern.finditer(text):
            target = m.group(1).strip()
            if target.startswith("//") or urlparse(target).scheme not in ("", "data"):
                problems.append(f"load: {target}")
    return problems


# --------------------------------------------------------------------------- browser


def browser_or_skip():
    """A sync_playwright handle and Chromium path, or skip (fail under REQUIRE_BROWSER=1)."""
    reason = None
    if not Path(CHROMIUM).is_file():
        reason = f"{CHROMIUM} not found (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright Python package is not installed"
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(
                f"REQUIRE_BROWSER=1 but the browser test cannot run: {reason}", pytrace=False
            )
        pytest.skip(f"browser test skipped: {reason}")


class Offline:
    """A page with every request that is not file:// or 127.0.0.1 aborted and recorded, and
    console errors / page errors / failed requests collected."""

    def __init__(self, page):
        self.page = page
        self.blocked: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url} {r.failure}"))

    def _route(self, route):
        url = urlparse(route.request.url)
        if url.scheme in ("file", "data", "blob", "about") or url.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def check(self, where: str) -> None:
        assert not self.blocked, f"{where}: tried to reach the network: {self.blocked}"
        assert not self.errors, f"{where}: console/page errors: {self.errors}"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class LoopbackServer:
    """A tiny http.server on 127.0.0.1 (a free port) serving one folder, in a thread."""

    def __init__(self, folder: Path):
        handler = functools.partial(_Quiet, directory=str(folder))
        self.httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


DRAWN_JS = """() => Array.from(document.querySelectorAll('.pn-plotly')).map(d => ({
    id: d.id,
    state: d.getAttribute('data-pn-state'),
    svg: !!d.querySelector('.main-svg'),
    traces: d.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .pielayer .trace,'
                               + ' .heatmaplayer .hm, .trace').length,
    frames: (d._transitionData && d._transitionData._frames) ? d._transitionData._frames.length : 0,
    visible: d.getBoundingClientRect().width > 0,
}))"""


SNAPSHOT_JS = "(id) => JSON.stringify(document.getElementById(id).data.map(t => [t.x, t.y]))"


def play_with_keyboard(page, fig_id: str, where: str) -> None:
    """The Play/Pause <button> that pn-figures.js puts beside an animated figure: focused and
    pressed with Enter (no mouse), it plays the frames; Enter again pauses them."""
    button = page.locator(f"#{fig_id}-play")
    assert button.count() == 1, f"{where}: no Play <button> beside {fig_id}"
    assert button.evaluate("b => b.tagName") == "BUTTON"
    button.focus()
    assert button.evaluate("b => document.activeElement === b"), f"{where}: cannot focus Play"
    assert button.is_visible(), f"{where}: the Play button is not visible"
    outline = button.evaluate("b => getComputedStyle(b).outlineStyle")
    assert outline != "none", f"{where}: no visible focus on the Play button"
    assert (button.get_attribute("aria-label") or "").startswith("Play"), where
    before = page.evaluate(SNAPSHOT_JS, fig_id)
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"([id, before]) => ({SNAPSHOT_JS})(id) !== before", arg=[fig_id, before], timeout=5_000
    )
    assert (button.get_attribute("aria-label") or "").startswith("Pause"), (
        f"{where}: playing, but the button does not offer Pause"
    )
    page.keyboard.press("Enter")  # the focus stayed on the button: pause
    page.wait_for_function(
        "id => document.getElementById(id).getAttribute('data-pn-playing') === 'false'",
        arg=f"{fig_id}-play",
        timeout=5_000,
    )
    page.wait_for_timeout(300)  # a frame already being drawn may still land
    paused = page.evaluate(SNAPSHOT_JS, fig_id)
    page.wait_for_timeout(600)
    assert page.evaluate(SNAPSHOT_JS, fig_id) == paused, f"{where}: Pause did not stop {fig_id}"
    assert (button.get_attribute("aria-label") or "").startswith("Play"), where


def build_standin(main, tmp_path_factory, name: str) -> Path:
    """Build the stand-in course (see :func:`synthetic_chapters`) with a builder's ``main``
    into ``<tmp>/<name>`` and return that folder."""
    folder = synthetic_chapters(tmp_path_factory.mktemp("standin"))
    out = folder / name
    args = ["--quiet", "--out", str(out), "--chapters", str(folder / "chapters")]
    assert main([*args, "--assets", str(folder / "assets")]) == 0
    return out
