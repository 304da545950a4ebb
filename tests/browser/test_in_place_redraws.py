# ruff: noqa: E501  (long lines are embedded JavaScript)
"""What the plot pane draws after a run of slider steps looks like a fresh drawing of the same
figure.

The pane (widgets/views/plot_pane.js) updates a figure in place: ``Plotly.animate`` for
data-only changes, ``Plotly.update`` otherwise.  The data it ends with are checked in
tests/views/test_plot_pane.py; this checks the *picture*, in Chromium: plotly's animate has
left stale drawings on screen (a note whose data became empty) and dropped traces it was not
given (bars, fill patterns), while its data were right.

Each figure widget's in-place controls are stepped up and down and to both ends; the pane's
own ``applyPatch`` draws each step; the screenshot is then compared with ``Plotly.newPlot``
of the model's figure at the last setting.  Pixels may move by up to 2 px (plotly's margins
can shift by a pixel after a full redraw); anything else counts as a difference.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

import widgets
from widgets.views.lookahead import reachable
from widgets.views.plot_pane import (
    ANIMATABLE,
    IN_PLACE,
    changed_keys,
    figure_json,
    make_patch,
    redraws_in_place,
)

PANE_JS = Path(widgets.__file__).parent / "views" / "plot_pane.js"
FIGURE_WIDGETS = ("conduction_explorer", "fibre_race", "compression_explorer", "recovery_animation")
MAX_DIFFERENT = 0.01  # share of pixels: a shift of text by a fraction of a pixel costs ~0.4 %

# What the SVG shows, in terms a pixel shift does not change: every text drawn, how many
# marks (paths, points, bars) the traces draw, and fills that point to a missing pattern
SUMMARY_JS = r"""
() => {
  const gd = document.getElementById('gd');
  const shown = (e) => getComputedStyle(e).display !== 'none' && getComputedStyle(e).opacity !== '0';
  const texts = [...gd.querySelectorAll('text')].filter(shown).map((t) => t.textContent.trim()).filter(Boolean).sort();
  const marks = [...gd.querySelectorAll('.trace path, .trace .point')]
    .filter((e) => (e.getAttribute('d') || '').length > 3 && shown(e)).length;
  const broken = [...gd.querySelectorAll('.trace *')].filter((e) => {
    const m = /url\(["']?#([^"')]+)/.exec(e.getAttribute('style') || '') || /url\(#([^)]+)\)/.exec(e.getAttribute('fill') || '');
    return m && !document.getElementById(m[1]);
  }).length;
  return { texts, marks, broken };
}
"""

APPLY_JS = r"""
async ([base, patches, source, rules]) => {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const pane = await import(url);
  const gd = document.getElementById('gd');
  Plotly.purge(gd);
  await Plotly.newPlot(gd, structuredClone(base.data), structuredClone(base.layout), { displaylogo: false });
  const drawn = pane.drawnState(base);
  const R = { attributes: new Set(rules[0]), types: new Set(rules[1]) };
  const fast = [], quick = [], ranged = [];
  for (const p of patches) {
    const r = pane.applyPatch(Plotly, gd, p, drawn, R);
    fast.push(r.fast);
    quick.push(r.quick);
    ranged.push(!!r.ranged);
    await r.done;
    await new Promise((ok) => requestAnimationFrame(() => ok()));
  }
  return [fast, quick, ranged];
}
"""

FRESH_JS = """async (f) => { const gd = document.getElementById('gd'); Plotly.purge(gd);
  await Plotly.newPlot(gd, f.data, f.layout, { displaylogo: false }); }"""

# share of pixels of image a with no pixel of nearly the same colour within 2 px in image b,
# or the other way round
DIFF_JS = r"""
async ([a, b]) => {
  const load = (s) => new Promise((ok) => { const im = new Image(); im.onload = () => ok(im); im.src = 'data:image/png;base64,' + s; });
  const [A, B] = await Promise.all([load(a), load(b)]);
  const c = document.createElement('canvas'); c.width = A.width; c.height = A.height;
  const x = c.getContext('2d');
  x.drawImage(A, 0, 0); const da = x.getImageData(0, 0, c.width, c.height).data;
  x.clearRect(0, 0, c.width, c.height);
  x.drawImage(B, 0, 0); const db = x.getImageData(0, 0, c.width, c.height).data;
  const W = c.width, H = c.height;
  const near = (p, q, X, Y) => {
    const i = 4 * (Y * W + X);
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) {
      const xx = X + dx, yy = Y + dy;
      if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
      const j = 4 * (yy * W + xx);
      if (Math.abs(p[i] - q[j]) + Math.abs(p[i + 1] - q[j + 1]) + Math.abs(p[i + 2] - q[j + 2]) <= 60) return true;
    }
    return false;
  };
  let n = 0;
  for (let Y = 0; Y < H; Y++) for (let X = 0; X < W; X++) if (!near(da, db, X, Y) || !near(db, da, X, Y)) n++;
  return n / (W * H);
}
"""


def _settings(control) -> list:
    """Six steps up, six down, then both ends and back: the setting after each move."""
    if hasattr(control, "options") and not hasattr(control, "max"):
        n, i = len(control.options), control.index
        path = [min(n - 1, i + k) for k in range(1, 7)] + [max(0, i + 6 - k) for k in range(1, 7)]
        return [("index", j) for j in [*path, 0, n - 1, i]]
    lo, hi, v, step = control.min, control.max, control.value, control.step or 1
    up = [min(hi, v + k * step) for k in range(1, 7)]
    down = [max(lo, up[-1] - k * step) for k in range(1, 7)]
    return [("value", s) for s in [*up, *down, lo, hi, v]]


# what plot_pane.js's quickRedraw handles: the data of scatter and bar traces
QUICK_ATTRIBUTES = {
    "scatter": {"x", "y", "text", "hovertext", "customdata", "textposition"},
    "bar": {"x", "y", "text", "hovertext", "customdata", "textposition", "base", "width"},
}


def _data_only(before: dict, after: dict) -> bool:
    """Whether a step changes something, and only the data of scatter and bar traces."""
    traces, layout = changed_keys(before, after)
    return (
        bool(traces)
        and not layout
        and redraws_in_place(before, after)
        and all(
            k in QUICK_ATTRIBUTES.get(after["data"][i].get("type", "scatter"), ())
            for i, k in traces
        )
    )


def _keys_any_control_changes(name: str) -> tuple[set, set]:
    """Trace attributes and layout keys that one key press on any control changes."""
    widget = getattr(widgets, name)()
    base = figure_json(widget.figure)
    traces, layout = set(), set()
    for control in widget._controls:
        for setting, _value in reachable(control, moved=True):
            attr = (
                "index" if hasattr(control, "options") and not hasattr(control, "max") else "value"
            )
            start = getattr(control, attr)
            setattr(control, attr, setting)
            t, lay = changed_keys(base, figure_json(widget.figure))
            traces |= t
            layout |= lay
            setattr(control, attr, start)
    return traces, layout


def _cases():
    for name in FIGURE_WIDGETS:
        for control in getattr(widgets, name)().in_place_controls:
            yield pytest.param(name, control, id=f"{name}-{control}")


@pytest.fixture(scope="module")
def page(browser):
    import plotly

    pg = browser.new_page(viewport={"width": 848, "height": 800})
    pg.set_content(
        "<body style='margin:0'><div id=gd style='width:848px;height:780px'></div></body>"
    )
    pg.add_script_tag(path=str(Path(plotly.__file__).parent / "package_data" / "plotly.min.js"))
    yield pg
    pg.close()


@pytest.mark.parametrize(("name", "control_name"), list(_cases()))
def test_in_place_steps_draw_what_a_fresh_drawing_shows(page, name, control_name, screenshot_dir):
    widget = getattr(widgets, name)()
    control = getattr(widget, control_name)
    base = figure_json(widget.figure)
    figures = []
    for attr, value in _settings(control):
        setattr(control, attr, value)
        figures.append(figure_json(widget.figure))
    # the pane sends, for every setting, the absolute values of every key that any setting
    # it has sent changed: here also those another control changes (a trace's mode when the
    # conduction explorer's sheath is switched), which a step must not take as changed
    traces, layout = _keys_any_control_changes(name)
    for fig in figures:
        t, lay = changed_keys(base, fig)
        traces |= t
        layout |= lay
    patches = [make_patch(fig, traces, layout) for fig in figures]

    fast, quick, _ranged = page.evaluate(
        APPLY_JS, [base, patches, PANE_JS.read_text("utf-8"), [list(IN_PLACE), list(ANIMATABLE)]]
    )
    pairs = list(zip([base, *figures], figures, strict=False))
    expected = [redraws_in_place(a, b) for a, b in pairs]
    assert fast == expected, (
        f"{name}.{control_name}: the pane's fast path ran on {fast}, the figures allow {expected}"
    )
    expected_quick = [_data_only(a, b) for a, b in pairs]
    assert quick == expected_quick, (
        f"{name}.{control_name}: the quick path ran on {quick}; steps that change only "
        f"scatter and bar data: {expected_quick}"
    )
    _compare_with_fresh(page, figures[-1], f"{name}.{control_name}", len(patches), screenshot_dir)
    print(f"  {sum(fast)} of {len(fast)} steps in place ({sum(quick)} quick)")


# the conduction explorer's axes grow with the fibre: a diameter step may move an axis range
def test_diameter_steps_that_move_an_axis_range_skip_the_full_redraw(page, screenshot_dir):
    widget = widgets.conduction_explorer()
    base = figure_json(widget.figure)
    figures = []
    for value in (10.0, 10.5, 11.0, 12.0, 11.5, 10.0, 9.0, 8.0, 6.5, 4.0, 2.0, 1.2, 3.0, 7.0, 12.0):
        widget.diameter.value = value
        figures.append(figure_json(widget.figure))
    traces, layout = _keys_any_control_changes("conduction_explorer")
    for fig in figures:
        t, lay = changed_keys(base, fig)
        traces |= t
        layout |= lay
    patches = [make_patch(fig, traces, layout) for fig in figures]
    fast, quick, ranged = page.evaluate(
        APPLY_JS, [base, patches, PANE_JS.read_text("utf-8"), [list(IN_PLACE), list(ANIMATABLE)]]
    )
    pairs = list(zip([base, *figures], figures, strict=False))
    moved_axes = [bool(changed_keys(a, b)[1]) for a, b in pairs]
    assert sum(moved_axes) >= 3, "the steps should cross several axis lengths"
    assert ranged == moved_axes, f"range relayouts ran on {ranged}, axes moved on {moved_axes}"
    assert all(fast), f"full redraws: {fast}"
    assert quick == [a != b for a, b in pairs], f"quick data on {quick}"
    _compare_with_fresh(
        page, figures[-1], "conduction_explorer.diameter", len(patches), screenshot_dir
    )


def _compare_with_fresh(page, last: dict, label: str, steps: int, screenshot_dir) -> None:
    """The picture after the steps against Plotly.newPlot of the last figure."""
    stepped = page.locator("#gd").screenshot()
    stepped_svg = page.evaluate(SUMMARY_JS)
    page.evaluate(FRESH_JS, json.loads(json.dumps(last)))
    fresh = page.locator("#gd").screenshot()
    fresh_svg = page.evaluate(SUMMARY_JS)
    share = page.evaluate(
        DIFF_JS, [base64.b64encode(stepped).decode(), base64.b64encode(fresh).decode()]
    )
    print(
        f"\n{label}: {share:.4%} differ; {stepped_svg['marks']} marks,"
        f" {len(stepped_svg['texts'])} texts"
    )
    if share > MAX_DIFFERENT or stepped_svg != fresh_svg:
        for tag, png in (("stepped", stepped), ("fresh", fresh)):
            (screenshot_dir / f"in-place-{label}-{tag}.png").write_bytes(png)
    assert stepped_svg["broken"] == 0, f"{label}: fills point to missing patterns after the steps"
    only_stepped = sorted(set(stepped_svg["texts"]) - set(fresh_svg["texts"]))
    only_fresh = sorted(set(fresh_svg["texts"]) - set(stepped_svg["texts"]))
    assert stepped_svg == fresh_svg, (
        f"{label}: after {steps} steps the figure draws "
        f"{stepped_svg['marks']} marks (a fresh drawing {fresh_svg['marks']}); texts only after "
        f"the steps: {only_stepped}; only in a fresh drawing: {only_fresh}"
    )
    assert share <= MAX_DIFFERENT, (
        f"{label}: after {steps} steps the figure differs from a fresh "
        f"drawing in {share:.2%} of its pixels (screenshots in {screenshot_dir})"
    )
