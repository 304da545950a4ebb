"""Every chapter, in a real JupyterLab in headless Chromium: restart & run all, nothing broken,
every course widget drawn and responding to its controls.

    python -m pytest tests/browser -q                 # skips if Chromium/Playwright missing
    REQUIRE_BROWSER=1 python -m pytest tests/browser  # ... or fails (CI)
"""

from __future__ import annotations

import os

import lab_harness as H
import pytest
from lab_harness import selected_notebooks, shot_name

ROOT, NOTEBOOKS = selected_notebooks()
PARAMS = [pytest.param(nb.relative_to(ROOT).as_posix(), id=nb.stem) for nb in NOTEBOOKS] or [
    pytest.param(
        None,
        id="no-chapters",
        marks=pytest.mark.skip(reason=f"no notebooks match {H.CHAPTER_GLOB}"),
    )
]


@pytest.fixture(scope="module", params=PARAMS)
def chapter(request, lab_page, report, screenshot_dir):
    """One chapter opened in the already running JupyterLab, restarted and run; shared by the
    tests below, then closed again (kernel shut down, tab closed, nothing saved)."""
    relpath = request.param
    lp = lab_page
    run = H.ChapterRun(relpath)
    try:
        try:
            lp.run(relpath, run)
        except Exception:
            shot = screenshot_dir / shot_name(relpath, "failed")
            try:
                lp.page.screenshot(path=str(shot), full_page=True)
                print(f"screenshot of the failure: {shot}")
            except Exception:
                pass
            raise
        report.chapters.append(run)
        run.screenshots.append(
            str(H.full_page_screenshot(lp.page, screenshot_dir / shot_name(relpath, "1-run-all")))
        )
        print(
            f"\n{relpath}: open {run.open_s:.2f}s + restart&run-all {run.run_s:.2f}s"
            f" + render {run.render_s:.2f}s = {run.total_s:.2f}s; screenshot {run.screenshots[-1]}"
        )
        yield lp, run
    finally:
        for note in lp.close_notebook():
            print(f"closing {relpath}: {note}")


@pytest.mark.timeout(int(os.environ.get("PN_BROWSER_TEST_TIMEOUT", "400")))
def test_run_all_clean(chapter):
    lp, run = chapter
    problems = list(run.problems)
    # anywidget gives up on a widget whose JavaScript is not up within its limit (2 s unpatched,
    # see tools/patch_anywidget.py): the figure then stays blank for good
    problems += [f"browser console: {e}" for e in run.console_errors if "anywidget" in e.lower()]
    if run.external_requests:
        problems.append(f"requests leaving 127.0.0.1: {run.external_requests[:5]}")
    # plotly's 'Share chart...' would send a figure to a chart server: not in an offline course
    problems += [
        f"widget {w['name']!r}: figure {j} offers plotly's 'Share chart...' button"
        for w in run.inventory.get("widgets", [])
        for j, f in enumerate(w["figures"])
        if f.get("share")
    ]
    assert not problems, (
        f"{run.name}:\n"
        + "\n".join(problems)
        + (
            "\nbrowser console errors:\n  " + "\n  ".join(run.console_errors[:10])
            if run.console_errors
            else ""
        )
    )


@pytest.mark.timeout(int(os.environ.get("PN_BROWSER_TEST_TIMEOUT", "400")))
def test_widgets_respond(chapter, report, screenshot_dir):
    lp, run = chapter
    widgets = [w for w in run.inventory.get("widgets", []) if w["figures"]]
    if run.problems and not widgets:
        pytest.skip("no course widget with a figure rendered; see test_run_all_clean for why")
    results = []
    for w in widgets:
        results += H.exercise_widget(lp.page, run.name, w)
    report.interactions += results
    shot = H.full_page_screenshot(
        lp.page, screenshot_dir / shot_name(run.name, "2-controls-moved"), keep_tall=True
    )
    run.screenshots.append(str(shot))
    # one close-up per course widget, easier to read; in the tall window, where the whole
    # widget is on screen (in a laptop-sized one the toolbar would cover its top)
    for w in run.inventory.get("widgets", []):
        loc = lp.page.locator(f".pn-widget[data-pn-index='{w['index']}']")
        loc.screenshot(path=str(screenshot_dir / shot_name(run.name, f"widget-{w['name']}")))
    lp.page.set_viewport_size(dict(H.LabPage.VIEWPORT))
    print(
        f"\n{run.name}: {len(results)} control moves on {len(widgets)} widgets; screenshot {shot}"
    )
    no_controls = [w["name"] for w in widgets if not any(r.widget == w["name"] for r in results)]
    dead = [r for r in results if r.required and not r.changed]
    assert not dead, (
        f"{run.name}: controls that did not change their figure:\n" + H.format_failures(dead)
    )
    assert not no_controls, (
        f"{run.name}: widgets with a figure but no operable control: {no_controls}"
    )


@pytest.mark.timeout(int(os.environ.get("PN_BROWSER_TEST_TIMEOUT", "400")))
def test_widgets_without_a_figure_respond(chapter, report):
    """The symptom explorer and the red-flag checker answer in text and pictures: every
    choice must change what they show (their logic is tested in Python; this proves the
    controls are wired up in the browser)."""
    lp, run = chapter
    widgets = [w for w in run.inventory.get("widgets", []) if not w["figures"]]
    if not widgets:
        pytest.skip("every course widget in this chapter has a figure")
    results = []
    for w in widgets:
        results += H.exercise_output_widget(lp.page, run.name, w)
    report.interactions += results
    print(f"\n{run.name}: {len(results)} control moves on {len(widgets)} widgets without figures")
    dead = [r for r in results if r.required and not r.changed]
    assert not dead, f"{run.name}: controls that did not change the widget:\n" + H.format_failures(
        dead
    )
    untouched = [w["name"] for w in widgets if not any(r.widget == w["name"] for r in results)]
    assert not untouched, f"{run.name}: widgets with no operable control: {untouched}"


ONSCREEN_JS = """(i) => {
  const w = document.querySelector(`.pn-widget[data-pn-index='${i}']`);
  const cell = w && w.closest('.jp-Cell');
  return !!cell && cell.classList.contains('jp-deck-mod-onscreen'); }"""
ONSCREEN_CELLS_JS = """() => [...document.querySelectorAll('.jp-Cell')]
  .map((c, k) => (c.classList.contains('jp-deck-mod-onscreen') ? k : -1)).filter((k) => k >= 0)"""


@pytest.mark.timeout(int(os.environ.get("PN_BROWSER_TEST_TIMEOUT", "400")))
def test_live_deck_keeps_widgets_working(chapter, screenshot_dir):
    """An instructor presents the chapter as a deck inside JupyterLab (jupyterlab-slideshow):
    the slide with the chapter's first slider widget is reached with the deck's own
    navigation commands, and its slider still moves the figure there."""
    lp, run = chapter
    page = lp.page
    with_slider = [
        w for w in run.inventory.get("widgets", []) if w["figures"] and w["controls"]["sliders"]
    ]
    if not with_slider:
        pytest.skip("no widget with a slider in this chapter")
    w = with_slider[0]
    i = w["index"]
    execute = "(c) => window.jupyterapp.commands.execute(c)"
    # the deck starts at the active cell: from the top, as an instructor would (the other
    # tests left it on the last widget they moved)
    page.evaluate("() => { window.__pnPanel.content.activeCellIndex = 0; }")
    page.evaluate(execute, "deck:start")
    try:
        for _ in range(60):
            if page.evaluate(ONSCREEN_JS, i):
                break
            # into a slide's sub-slides first (down), else on to the next slide (forward)
            before = page.evaluate(ONSCREEN_CELLS_JS)
            page.evaluate(execute, "deck:down")
            page.wait_for_timeout(150)
            if page.evaluate(ONSCREEN_CELLS_JS) == before:
                page.evaluate(execute, "deck:forward")
                page.wait_for_timeout(150)
        assert page.evaluate(ONSCREEN_JS, i), f"the deck never showed widget {w['name']!r}"
        widget = page.locator(f".pn-widget[data-pn-index='{i}']")
        handle = widget.locator(".noUi-handle").first
        handle.focus()
        r = H._measure(page, widget, i, lambda: handle.press("ArrowRight"))
        page.screenshot(path=str(screenshot_dir / shot_name(run.name, "3-live-deck")))
        assert r["changed"], f"in the deck, a slider step of {w['name']!r} did not redraw it"
        assert page.evaluate(ONSCREEN_JS, i), "the arrow key left the slide instead of the slider"
        print(
            f"\n{run.name}: deck slide with {w['name']}:"
            f" slider step painted in {r['paintMs']:.0f} ms"
        )
    finally:
        page.evaluate(execute, "deck:stop")
