"""The browser harness checks itself on scratch notebooks (in a temporary folder, served by
a second JupyterLab): a good widget passes, a raising cell and a dead slider are caught, a
notebook is closed without a trace, and a page that lost JupyterLab is loaded again.

Deselect with `-m "not selftest"` when only the chapters matter.
"""

from __future__ import annotations

import os

import lab_harness as H
import pytest

pytestmark = [
    pytest.mark.selftest,
    pytest.mark.timeout(int(os.environ.get("PN_BROWSER_TEST_TIMEOUT", "400"))),
]

WIDGET = """import ipywidgets as W, plotly.graph_objects as go, numpy as np
x = np.linspace(0, 10, 200)
fig = go.FigureWidget(go.Scatter(x=x, y=np.sin(x)), layout=dict(title='demo'))
s = W.FloatSlider(value=1, min=0.1, max=5, description='freq')
d = W.Dropdown(options=['sin', 'cos', 'damped'], value='sin', description='shape')
t = W.ToggleButtons(options=['thin', 'thick'], value='thin', description='line')
def on(change):
    f = {'sin': np.sin, 'cos': np.cos, 'damped': lambda v: np.exp(-0.2 * x) * np.sin(v)}[d.value]
    with fig.batch_update():
        fig.data[0].y = f(s.value * x)
        fig.data[0].line.width = 1 if t.value == 'thin' else 4
for c in (s, d, t):
    c.observe(on, names='value')
box = W.VBox([W.HBox([s, d]), t, fig])
box.add_class('pn-widget'); box.add_class('pn-name-{name}'); box"""

STATIC = """import plotly.graph_objects as go
go.Figure(go.Bar(x=['a', 'b', 'c'], y=[3, 1, 2]), layout=dict(title='static bars'))"""

DEAD = """import ipywidgets as W, plotly.graph_objects as go, numpy as np
x = np.linspace(0, 10, 200)
fig = go.FigureWidget(go.Scatter(x=x, y=np.sin(x)))
s = W.FloatSlider(value=1, min=0.1, max=5, description='freq')   # never observed
box = W.VBox([s, fig]); box.add_class('pn-widget'); box.add_class('pn-name-dead'); box"""


@pytest.fixture(scope="module")
def scratch_notebooks(scratch_root):
    return {
        "ok": H.make_notebook(
            ["#md # Scratch chapter", WIDGET.replace("{name}", "demo"), STATIC],
            scratch_root / "ok.ipynb",
        ),
        "raises": H.make_notebook(
            ["print('before')", "raise ValueError('deliberate failure')", "print('after')"],
            scratch_root / "raises.ipynb",
        ),
        "dead": H.make_notebook([DEAD], scratch_root / "dead.ipynb"),
        "tiny": H.make_notebook(["print('tiny')"], scratch_root / "tiny.ipynb"),
    }


@pytest.fixture
def open_scratch(scratch_page, scratch_notebooks):
    """Open, restart & run a scratch notebook in the shared scratch JupyterLab; it is closed
    again after the test, whatever happened."""
    opened = []

    def run(name, **kw):
        opened.append(name)
        return scratch_page, scratch_page.run(
            f"{name}.ipynb", H.ChapterRun(f"selftest/{name}.ipynb"), **kw
        )

    yield run
    if opened:
        scratch_page.close_notebook()


def test_good_widget_passes(open_scratch, report, screenshot_dir):
    lp, run = open_scratch("ok")
    report.chapters.append(run)
    shot = H.full_page_screenshot(lp.page, screenshot_dir / "selftest-ok-1-run-all.png")
    # the screenshot shows the whole notebook, taller than the window; the controls are then
    # moved and timed in the laptop-sized window again, not in one thousands of pixels tall
    png_height = int.from_bytes(shot.read_bytes()[20:24], "big")
    assert png_height > H.LabPage.VIEWPORT["height"], png_height
    assert lp.page.viewport_size == H.LabPage.VIEWPORT
    assert run.problems == [], run.problems
    assert run.expected_pn == 1 and len(run.inventory["widgets"]) == 1
    w = run.inventory["widgets"][0]
    assert w["name"] == "demo" and w["controls"]["sliders"] == 1 and w["controls"]["dropdowns"] == 1
    assert w["controls"]["toggles"] == 2 and len(w["figures"]) == 1
    assert len(run.inventory["statics"]) == 1 and all(run.inventory["plotlyMime"])
    results = H.exercise_widget(lp.page, run.name, w)
    report.interactions += results
    H.full_page_screenshot(lp.page, screenshot_dir / "selftest-ok-2-controls-moved.png")
    kinds = {r.control.split()[0] for r in results}
    assert kinds == {"slider", "dropdown", "toggles"}, kinds
    assert all(r.changed and r.paint_ms is not None for r in results), [
        r for r in results if not r.changed
    ]
    assert run.external_requests == []


def test_raising_cell_is_caught(open_scratch):
    lp, run = open_scratch("raises")
    text = "\n".join(run.problems)
    assert "cell 2: error output" in text and "deliberate failure" in text, text
    assert "cell 3: not executed" in text, text


def test_dead_slider_is_caught(open_scratch, screenshot_dir):
    lp, run = open_scratch("dead")
    assert run.problems == [], run.problems  # it renders fine ...
    results = H.exercise_widget(lp.page, run.name, run.inventory["widgets"][0], timeout_s=1.5,
                                slider_keys=("ArrowRight", "PageUp"))  # fmt: skip
    H.full_page_screenshot(lp.page, screenshot_dir / "selftest-dead-2-controls-moved.png")
    assert len(results) == 2
    dead = [r for r in results if r.required and not r.changed]
    assert dead == results  # ... but the figure never changes, and the harness says so
    assert "figure did not change" in H.format_failures(dead)


def test_closing_leaves_nothing_behind(scratch_page, scratch_server, scratch_notebooks):
    nb = scratch_notebooks["tiny"]
    on_disk = nb.read_bytes()
    run = H.ChapterRun("selftest/tiny.ipynb")
    page = scratch_page.page
    try:
        scratch_page.run("tiny.ipynb", run)
        assert run.problems == [], run.problems
        # the run changed the outputs, so a plain close would ask "Save your work?"
        assert page.evaluate("() => window.__pnPanel.context.model.dirty")
        page.set_viewport_size({"width": 1280, "height": 3000})  # as a full-page screenshot does
        # a dialog left open by the notebook (e.g. by a failed run) must not block the next one
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:restart-kernel'); }")
        page.locator(".jp-Dialog").wait_for(state="visible")
    finally:
        notes = scratch_page.close_notebook()
    state = page.evaluate(H.PAGE_STATE_JS)
    assert state["documents"] == [] and state["dialogs"] == [] and state["pnWidgets"] == 0, state
    assert page.viewport_size == H.LabPage.VIEWPORT
    assert not [x for x in scratch_server.sessions() if x.get("path") == "tiny.ipynb"]
    assert scratch_server.api("GET", "/api/kernels") == (200, "[]")
    assert nb.read_bytes() == on_disk and scratch_page.content_writes == []  # nothing was saved
    assert run.close_s is not None and scratch_page._needs_reload is None, notes


def test_lost_page_is_reloaded(scratch_page, scratch_notebooks):
    page = scratch_page.page
    page.evaluate("() => console.error('pn-selfcheck: before the notebook')")
    page.goto("about:blank")  # JupyterLab is gone from the shared page
    loads = len(scratch_page.loads)
    run = H.ChapterRun("selftest/tiny.ipynb")
    try:
        scratch_page.run("tiny.ipynb", run)
        page = scratch_page.page
        page.evaluate("() => console.error('pn-selfcheck: during the notebook')")
        page.wait_for_timeout(200)
    finally:
        scratch_page.close_notebook()
    assert len(scratch_page.loads) == loads + 1, scratch_page.loads
    assert "no JupyterLab app" in scratch_page.loads[-1].reason, scratch_page.loads[-1]
    assert run.problems == [] and run.open_s > 0, run
    # console errors belong to the notebook during which they happened
    assert any("during the notebook" in e for e in run.console_errors), run.console_errors
    assert not any("before the notebook" in e for e in run.console_errors), run.console_errors


def test_report_judges_course_sliders_only():
    def moves(chapter, widget, control, paints):
        return [H.Interaction(chapter, widget, control, "k", True, 5.0, p) for p in paints]

    report = H.Report(
        interactions=moves("chapters/01_x.ipynb", "slow", "slider 'a'", [40, 60, 70])
        + moves("chapters/01_x.ipynb", "spiky", "slider 'a'", [20, 20, 120])
        + moves("chapters/01_x.ipynb", "fine", "slider 'a'", [20, 30, 99])
        + moves("chapters/06_x.ipynb", "typed", "button 'go'", [300])
        + moves("selftest/ok.ipynb", "demo", "slider 'f'", [90, 90])
    )
    rows = {line.split()[2]: line for line in report.lines() if " / " in line}
    assert rows["slow"].endswith("OVER TARGET")  # median 60 > 50
    assert rows["spiky"].endswith("OVER TARGET")  # max 120 > 100
    assert "OVER" not in rows["fine"] and "not judged" not in rows["fine"]
    assert rows["typed"].endswith("(no slider: not judged)")
    assert rows["demo"].endswith("plain FigureWidget: not judged)")
