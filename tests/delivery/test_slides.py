"""The reveal.js decks (tools/build_slides.py, `make slides`): built into a temporary folder,
scanned for anything that would reach the network, and stepped through in Chromium with the
network blocked.  As for the site, a stand-in chapter 3 (animated figure, quiz, math) is built
too, so drawing and animation on slides are checked whatever the chapters hold today.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import build_slides  # noqa: E402  (tools/ is on pythonpath)
import delivery_support as S  # noqa: E402

from widgets.course import CHAPTERS  # noqa: E402

IDS = [ch.filename for ch in CHAPTERS]
SHOTS = S.SCREENSHOTS / "slides"
MAX_STEPS = 60


def deck_name(ch) -> str:
    return ch.filename.replace(".ipynb", ".slides.html")


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("slides") / "slides"
    assert build_slides.main(["--quiet", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def standin_decks(tmp_path_factory) -> Path:
    return S.build_standin(build_slides.main, tmp_path_factory, "slides")


@pytest.mark.parametrize("index", range(len(CHAPTERS)), ids=IDS)
def test_every_chapter_has_a_deck(decks, index):
    ch = CHAPTERS[index]
    assert (S.ROOT / ch.path).is_file(), f"{ch.path} does not exist yet, so it has no deck"
    deck = decks / deck_name(ch)
    assert deck.is_file()
    assert deck_name(ch) in (decks / "index.html").read_text()


def test_runtime_is_local(decks):
    for name in (
        "reveal.js/dist/reveal.js",
        "reveal.js/dist/reveal.css",
        "reveal.js/dist/theme/white.css",
        "reveal.js/plugin/notes/notes.js",
        "reveal.js/LICENSE",
        "plotly.min.js",
        "pn-figures.js",
        "pn-slides.css",
    ):
        assert (decks / name).is_file(), name


@pytest.mark.parametrize("which", ["course", "standin"])
def test_nothing_refers_to_another_host(decks, standin_decks, which):
    """Decks, index and our CSS/JS; the third-party reveal.js and plotly.js bundles name web
    pages in comments, so for them the browser test proves that nothing is fetched."""
    root = decks if which == "course" else standin_decks
    files = [
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix in (".html", ".css", ".js") and p.name != "plotly.min.js"
    ]
    problems = {
        str(p.relative_to(root)): S.remote_references(
            p.read_text(encoding="utf-8"), loads_only="reveal.js" in p.relative_to(root).parts
        )
        for p in files
    }
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, problems


def test_standin_deck_content(standin_decks):
    text = (standin_decks / "03_pins_and_needles.slides.html").read_text()
    assert text.count('class="pn-plotly"') == 2 and "<details>" in text
    assert 'src="assets/dot.svg"' in text
    assert 'href="00_start_here.slides.html#Welcome"' in text
    assert "<math" in text and "cdn" not in text.lower()
    assert '<figcaption class="pn-figcaption"' in text and "Established physiology" in text


# --------------------------------------------------------------------------- browser


# One round trip per slide: wait until the figures of the current slide are drawn, report.
CURRENT = """async () => {
  const slide = Reveal.getCurrentSlide();
  const divs = Array.from(slide.querySelectorAll('.pn-plotly'));
  for (let i = 0; i < 200; i++) {
    if (divs.every(d => ['drawn', 'failed'].includes(d.getAttribute('data-pn-state')))) break;
    await new Promise(r => setTimeout(r, 100));
  }
  return {indices: JSON.stringify(Reveal.getIndices()), figures: divs.map(d => ({
    id: d.id, state: d.getAttribute('data-pn-state'), svg: !!d.querySelector('.main-svg'),
    traces: d.querySelectorAll('.trace').length,
    frames: (d._transitionData && d._transitionData._frames || []).length}))};
}"""

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


def step_through(page, url: str, stem: str, play: bool = False, shots: int = 1) -> dict:
    """Open a deck, step to its end; on every slide its figures must be drawn.  Screenshots:
    the first ``shots`` slides and the first slide with a figure."""
    net = S.Offline(page)
    page.goto(url)
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=20_000)
    page.evaluate("Reveal.configure({transition: 'none', backgroundTransition: 'none'})")
    total = page.evaluate("Reveal.getTotalSlides()")
    assert total >= 2, f"{url}: only {total} slide(s)"
    seen, drawn, figure_shot = [], 0, False
    for step in range(MAX_STEPS):
        state = page.evaluate(CURRENT)
        if seen and state["indices"] == seen[-1]:
            break
        seen.append(state["indices"])
        figures = state["figures"]
        for fig in figures:
            assert fig["state"] == "drawn" and fig["svg"] and fig["traces"] > 0, (url, fig)
        drawn += len(figures)
        if play:
            for fig in (f for f in figures if f["frames"]):
                result = page.evaluate(PLAY_JS, fig["id"])
                assert result.get("changed"), f"{url}: Play did not advance: {result}"
                S.play_with_keyboard(page, fig["id"], url)
                play = False
        if step < shots or (figures and not figure_shot):
            page.screenshot(path=str(SHOTS / f"{stem}_{step:02d}.png"))
            figure_shot = figure_shot or bool(figures)
        if step == 0:
            page.keyboard.press("ArrowRight")  # the keyboard works ...
        else:
            page.evaluate("Reveal.next()")  # ... and so does the API
    assert len(set(seen)) >= min(total, 3), f"{url}: the slide index did not change: {seen}"
    assert not play, f"{url}: no animated figure was found to play"
    net.check(url)
    return {"slides": len(seen), "figures": drawn}


def test_decks_in_browser_offline(decks, standin_decks):
    S.browser_or_skip()
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    results = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=S.CHROMIUM, args=S.CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            for ch in CHAPTERS:
                deck = decks / deck_name(ch)
                if not deck.exists():
                    continue  # test_every_chapter_has_a_deck reports it
                page = context.new_page()
                results[ch.filename] = step_through(
                    page,
                    deck.as_uri(),
                    deck.name.split(".")[0],
                    play=ch.number == 3,
                    shots=2 if ch.number == 0 else 0,
                )
                page.close()
            page = context.new_page()
            results["standin"] = step_through(
                page,
                (standin_decks / "03_pins_and_needles.slides.html").as_uri(),
                "standin_03",
                play=True,
                shots=2,
            )
            assert results["standin"]["figures"] == 2
            page.close()
            page = context.new_page()
            net = S.Offline(page)
            page.goto((decks / "index.html").as_uri())
            assert page.locator("a[href$='.slides.html']").count() == len(results) - 1
            net.check("slides index")
        finally:
            browser.close()
