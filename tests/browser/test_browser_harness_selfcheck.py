"""The browser harness checks itself on scratch notebooks (in a temporary folder, served by
a second JupyterLab): a good widget passes, a raising cell and a dead slider are caught.

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
    }


def _run(lab_page_factory, scratch_server, name, **kw):
    lp = lab_page_factory(scratch_server)
    return lp, lp.run(f"{name}.ipynb", H.ChapterRun(f"selftest/{name}.ipynb"), **kw)


def test_good_widget_passes(
    lab_page_factory, scratch_server, scratch_notebooks, report, screenshot_dir
):
    lp, run = _run(lab_page_factory, scratch_server, "ok")
    report.chapters.append(run)
    H.full_page_screenshot(lp.page, screenshot_dir / "selftest-ok-1-run-all.png")
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


def test_raising_cell_is_caught(lab_page_factory, scratch_server, scratch_notebooks):
    lp, run = _run(lab_page_factory, scratch_server, "raises")
    text = "\n".join(run.problems)
    assert "cell 2: error output" in text and "deliberate failure" in text, text
    assert "cell 3: not executed" in text, text


def test_dead_slider_is_caught(lab_page_factory, scratch_server, scratch_notebooks, screenshot_dir):
    lp, run = _run(lab_page_factory, scratch_server, "dead")
    assert run.problems == [], run.problems  # it renders fine ...
    results = H.exercise_widget(lp.page, run.name, run.inventory["widgets"][0], timeout_s=1.5,
                                slider_keys=("ArrowRight", "PageUp"))  # fmt: skip
    H.full_page_screenshot(lp.page, screenshot_dir / "selftest-dead-2-controls-moved.png")
    assert len(results) == 2
    dead = [r for r in results if r.required and not r.changed]
    assert dead == results  # ... but the figure never changes, and the harness says so
    assert "figure did not change" in H.format_failures(dead)
