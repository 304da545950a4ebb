"""The static site (tools/build_site.py, `make site`): built into a temporary folder, scanned
for anything that would reach the network, and opened in Chromium with the network blocked.

Two builds: the real chapters (every chapter of widgets.course.CHAPTERS must have a page), and
a stand-in course (the real start page plus a chapter 3 with an animated figure, a quiz and an
image), so that drawing, animation and quizzes are checked whatever the chapters hold today.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import build_site  # noqa: E402  (tools/ is on pythonpath)
import delivery_support as S  # noqa: E402
import readme  # noqa: E402

from widgets import course  # noqa: E402
from widgets.course import CHAPTERS, binder_url, nbgitpuller_url  # noqa: E402

IDS = [ch.filename for ch in CHAPTERS]
SHOTS = S.SCREENSHOTS / "site"


def page_name(ch) -> str:
    return ch.filename.replace(".ipynb", ".html")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    assert build_site.main(["--quiet", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def standin_site(tmp_path_factory) -> Path:
    return S.build_standin(build_site.main, tmp_path_factory, "site")


def generated_files(root: Path) -> list[Path]:
    """Everything the build wrote except the plotly.js bundle copied from the plotly package
    (third-party code whose comments name web pages; the browser test proves it loads nothing)."""
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix in (".html", ".css", ".js") and p.name != "plotly.min.js"
    ]


# --------------------------------------------------------------------------- static checks


@pytest.mark.parametrize("index", range(len(CHAPTERS)), ids=IDS)
def test_every_chapter_has_a_page(site, index):
    ch = CHAPTERS[index]
    assert (S.ROOT / ch.path).is_file(), f"{ch.path} does not exist yet, so the site has no page"
    page = site / "chapters" / page_name(ch)
    assert page.is_file(), f"no page for {ch.filename}"
    text = page.read_text()
    assert binder_url(ch) in text and "Run this chapter live on Binder" in text
    assert "nbgitpuller" in text, "the JupyterHub note is missing"


def test_index_is_the_course_map(site):
    text = (site / "index.html").read_text()
    for ch in CHAPTERS:
        assert ch.title.replace("'", "&#x27;") in text or ch.title in text, ch.title
        assert f"{ch.minutes} min" in text
        if (S.ROOT / ch.path).is_file():
            assert f'href="chapters/{page_name(ch)}"' in text


def test_index_has_the_hub_recipe_next_to_the_binder_link(monkeypatch):
    """Both live versions side by side on the course map, both built from the one
    widgets.course.REPOSITORY_URL (the same nbgitpuller_url call as the README's)."""
    monkeypatch.setattr(course, "REPOSITORY_URL", "https://github.com/someone/my-fork")
    text = build_site.index_page([], slides=False)
    section = re.search(r'<section class="pn-live-options".*?</section>', text, re.S)
    assert section, "no 'Run the course live' section on the index"
    section = section.group(0)
    binder = html.escape(binder_url())
    hub = html.escape(nbgitpuller_url(course.EXAMPLE_HUB_URL))
    assert f'<a class="pn-binder-link" href="{binder}">' in section
    assert f'<pre class="pn-hub-link"><code>{hub}</code></pre>' in section
    assert "someone/my-fork" in binder and "someone%2Fmy-fork" in hub
    assert readme.hub_link() == f"```\n{html.unescape(hub)}\n```\n"
    assert S.remote_references(section) == []


@pytest.mark.parametrize("which", ["course", "standin"])
def test_nothing_refers_to_another_host(site, standin_site, which):
    root = site if which == "course" else standin_site
    problems = {
        str(p.relative_to(root)): S.remote_references(p.read_text(encoding="utf-8"))
        for p in generated_files(root)
    }
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, f"remote references (only <a href> to Binder/repo allowed): {problems}"


@pytest.mark.parametrize("which", ["course", "standin"])
def test_local_links_and_images_resolve(site, standin_site, which):
    root = site if which == "course" else standin_site
    broken = []
    for page in root.rglob("*.html"):
        for attr, url in re.findall(r"""\b(href|src)=["']([^"'#]+)""", page.read_text()):
            if urlparse(url).scheme or url.startswith("//") or url.startswith("data:"):
                continue
            if not (page.parent / unquote(url)).resolve().exists():
                broken.append(f"{page.relative_to(root)}: {attr}={url}")
    # A link to a chapter that is not written yet is the only allowed dangling link.
    missing = {page_name(ch) for ch in CHAPTERS if not (root / "chapters" / page_name(ch)).exists()}
    broken = [b for b in broken if b.rsplit("/", 1)[-1].split("=")[-1] not in missing]
    assert not broken, broken


def test_standin_chapter_content(standin_site):
    text = (standin_site / "chapters" / "03_pins_and_needles.html").read_text()
    assert text.count('class="pn-plotly"') == 2
    assert "<details>" in text and "../assets/dot.svg" in text
    assert 'href="00_start_here.html#Welcome"' in text, ".ipynb links are not rewritten"
    assert "/blob/main/widgets/physiology/recovery.py" in text
    assert "<noscript>" in text and "recovery: 7 frames" in text
    assert 'aria-describedby="pn-fig-1-0-caption"' in text
    assert "<b>Established physiology:</b> Fibres that lose" in text
    assert "application/vnd.plotly.v1+json" not in text
    assert text.count("<math") == 2 and "$$" not in text and "$5 and $10" in text


def test_figure_caption_from_layout_meta_is_escaped():
    """A course widget's description and established / illustrative lines, stored in the
    figure's layout.meta, become the figure's <figcaption> (escaped) and describe the plot."""
    meta = {
        "pn_description": "Fibres <b>& co</b> at 'rest'",
        "pn_established": 'Myelin speeds "conduction"',
        "pn_illustrative": "<script>alert(1)</script>",
    }
    fig = {"data": [], "layout": {"title": {"text": "Speed"}, "meta": meta}}
    out = build_site.figure_html("pn-fig-1-0", fig, "speed 10 m/s")
    caption = re.search(
        r'<figcaption class="pn-figcaption" id="pn-fig-1-0-caption">(.*?)</figcaption></figure>$',
        out,
        re.S,
    )
    assert caption, out
    text = caption.group(1)
    description = "Fibres &lt;b&gt;&amp; co&lt;/b&gt; at &#x27;rest&#x27;"
    assert f'<p class="pn-description">{description}</p>' in text
    assert "<b>Established physiology:</b> Myelin speeds &quot;conduction&quot;<br>" in text
    assert (
        "<b>Illustrative (a teaching model, not measured):</b> "
        "&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    ) in text
    outside_json = re.sub(r'<script type="application/json".*?</script>', "", out, flags=re.S)
    assert "<script" not in outside_json
    assert 'aria-describedby="pn-fig-1-0-caption"' in out

    # only some of the keys: only those lines
    fig["layout"]["meta"] = {"pn_established": "Myelin"}
    out = build_site.figure_html("f", fig)
    assert "<figcaption" in out and "Established physiology" in out
    assert "Illustrative" not in out and "pn-description" not in out

    # no meta (or a meta of another kind): no caption, as before
    for layout in ({"title": {"text": "Speed"}}, {"meta": ["x"]}, {"meta": {"other": "x"}}):
        out = build_site.figure_html("f", {"data": [], "layout": layout})
        assert "figcaption" not in out and "aria-describedby" not in out


@pytest.mark.parametrize("index", range(len(CHAPTERS)), ids=IDS)
def test_math_becomes_mathml(site, index):
    """LaTeX in a chapter's markdown is drawn as MathML (no MathJax download)."""
    page = site / "chapters" / page_name(CHAPTERS[index])
    if not page.exists():
        pytest.skip("no page (see test_every_chapter_has_a_page)")
    text = page.read_text()
    assert "$$" not in text, "display math left as LaTeX source"


# --------------------------------------------------------------------------- browser


PLAY_JS = """async (id) => {
  const gd = document.getElementById(id);
  const snap = () => JSON.stringify(gd.data.map(t => [t.x, t.y]));
  const before = snap();
  const buttons = Array.from(gd.querySelectorAll('.updatemenu-button'));
  const play = buttons.find(b => /play|▶/i.test(b.textContent)) || buttons[0];
  if (!play) return {error: 'no Play button'};
  play.dispatchEvent(new MouseEvent('click', {bubbles: true}));
  for (let i = 0; i < 40; i++) {
    await new Promise(r => setTimeout(r, 100));
    if (snap() !== before) {  // advanced: stop the animation so it does not load the CPU
      // (the Play button's own promise is then rejected with no reason: expected, not an error)
      window.addEventListener('unhandledrejection', e => {
        if (e.reason === undefined) e.preventDefault();
      }, {once: true});
      await Plotly.animate(gd, [null], {frame: {duration: 0, redraw: false}, mode: 'immediate',
                                        transition: {duration: 0}});
      return {changed: true};
    }
  }
  return {changed: false};
}"""


def check_page(
    page, url: str, shot: Path, require_animation: bool = False, full_page: bool = False
) -> dict:
    net = S.Offline(page)
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('.pn-plotly'))"
        ".every(d => ['drawn', 'failed'].includes(d.getAttribute('data-pn-state')))",
        timeout=20_000,
    )
    figures = page.evaluate(S.DRAWN_JS)
    for fig in figures:
        assert fig["state"] == "drawn" and fig["svg"] and fig["traces"] > 0, (url, fig)
    assert page.locator("a.pn-binder").count() >= 1, f"{url}: no Binder link"
    assert page.locator("a.pn-binder").first.is_visible()
    images = page.evaluate(
        "() => Array.from(document.images).map(i => [i.getAttribute('src'), i.naturalWidth])"
    )
    assert all(width > 0 for _, width in images), f"{url}: images not loaded: {images}"
    details = page.locator("details")
    if details.count():
        details.first.locator("summary").click()
        assert details.first.evaluate("d => d.open"), f"{url}: quiz <details> did not open"
    animated = [f for f in figures if f["frames"] > 0]
    assert animated or not require_animation, f"{url}: no animated figure"
    for fig in animated:
        page.locator(f"#{fig['id']}").scroll_into_view_if_needed()
        result = page.evaluate(PLAY_JS, fig["id"])
        assert result.get("changed"), f"{url}: Play did not advance {fig['id']}: {result}"
        S.play_with_keyboard(page, fig["id"], url)
    if figures and not full_page:  # the top of the page, and the first figure
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(shot))
        page.locator(f"#{figures[0]['id']}").scroll_into_view_if_needed()
        page.screenshot(path=str(shot.with_name(shot.stem + "_figure.png")))
    else:
        page.screenshot(path=str(shot), full_page=full_page)
    net.check(url)
    return {"figures": len(figures), "animated": len(animated)}


def test_site_in_browser_offline(site, standin_site):
    S.browser_or_skip()
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    seen = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=S.CHROMIUM, args=S.CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 900})
            page = context.new_page()
            index = S.Offline(page)
            page.goto((site / "index.html").as_uri())
            assert page.locator("table.pn-course-map tbody tr").count() == len(CHAPTERS)
            page.screenshot(path=str(SHOTS / "index.png"), full_page=True)
            index.check("index.html")
            page.close()
            for ch in CHAPTERS:
                path = site / "chapters" / page_name(ch)
                if not path.exists():
                    continue  # test_every_chapter_has_a_page reports it
                page = context.new_page()
                seen[ch.filename] = check_page(
                    page,
                    path.as_uri(),
                    SHOTS / f"{path.stem}.png",
                    require_animation=ch.number == 3,
                )
                page.close()
            page = context.new_page()
            seen["standin"] = check_page(
                page,
                (standin_site / "chapters" / "03_pins_and_needles.html").as_uri(),
                SHOTS / "standin_03_pins_and_needles.png",
                require_animation=True,
                full_page=True,
            )
            assert seen["standin"] == {"figures": 2, "animated": 1}
            page.close()

            # Without JavaScript the text, the quiz and a note for each figure still show.
            nojs = browser.new_context(java_script_enabled=False)
            page = nojs.new_page()
            net = S.Offline(page)
            page.goto((standin_site / "chapters" / "03_pins_and_needles.html").as_uri())
            assert page.get_by_text("Learning objectives").first.is_visible()
            assert page.locator(".pn-noscript").first.is_visible()
            page.locator("details summary").first.click()
            assert page.locator("details").first.evaluate("d => d.open")
            page.screenshot(path=str(SHOTS / "standin_03_no_javascript.png"), full_page=True)
            net.check("no-JS page")
            nojs.close()
        finally:
            browser.close()
    assert seen
