// The front end of PlotPane (plot_pane.py): one plotly figure, updated in place.
//
// Why not plotly's FigureWidget: each FigureWidget ships its own 5 MB copy of plotly.js,
// redraws the whole figure on every change and echoes the full layout back to the kernel.
// Here plotly.js comes once per page (from the shared PlotlyLibrary widget), updates touch
// only the traces that changed, and states the kernel computed ahead of time (for the
// settings one key press away) are shown the moment a control moves, without waiting for
// the kernel.  Every state shown was computed by the Python model; nothing is computed here.

const REF = "IPY_MODEL_";
const CACHE_SIZE = 500; // a little above plot_pane.py's, so the browser never lacks what the kernel thinks it has

// plotly.js is a UMD bundle; give it a `module` to fill, import it once per page.
function loadPlotly(source) {
  if (!globalThis.__pnPlotly) {
    const wrapped =
      "const module = { exports: {} }; const exports = module.exports;\n" +
      source +
      "\nexport default module.exports;";
    const url = URL.createObjectURL(new Blob([wrapped], { type: "text/javascript" }));
    globalThis.__pnPlotly = import(/* webpackIgnore: true */ url).then((m) => {
      URL.revokeObjectURL(url);
      return m.default;
    });
  }
  return globalThis.__pnPlotly;
}

async function resolveModel(model, ref) {
  return model.widget_manager.get_model(String(ref).slice(REF.length));
}

// The key of the current settings: the same text plot_pane.settings_key() makes in Python
// (numbers to 12 significant digits there and here).
function settingsKey(controls) {
  return JSON.stringify(
    controls.map((c) => {
      const index = c.get("index");
      if (index !== undefined && index !== null && c.get("_options_labels") !== undefined) return index;
      const v = c.get("value");
      return typeof v === "number" && Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v;
    }),
  );
}

// Counters the browser tests read: how often a control's new setting was already here.
const stats = (globalThis.__pnPaneStats = globalThis.__pnPaneStats || { hit: 0, miss: 0, fast: 0, full: 0 });

// An autoranged axis must be recomputed when its data move: that is a full redraw
// (a category axis keeps its categories, so it may stay).
function fixedAxes(gd, trace) {
  const L = gd._fullLayout;
  return ["xaxis", "yaxis"].every((a) => {
    const ref = trace[a] || a.charAt(0);
    const axis = L[ref.charAt(0) + "axis" + ref.slice(1)];
    return axis && (!axis.autorange || axis.type === "category");
  });
}

const emptyArray = (v) => Array.isArray(v) && v.length === 0;

// Whether trace i can go to `attrs` with Plotly.animate(redraw: false).  `rules` holds the
// attributes and trace types that allows (plot_pane.IN_PLACE and ANIMATABLE, sent by the
// pane).  Plotly.animate leaves a trace's old drawing on screen when its data become empty
// (a shaded area, a note) and draws nothing when they were empty, so a change to or from
// an empty array, or a removed attribute, takes the full path.
function inPlace(gd, i, attrs, rules) {
  const trace = gd._fullData && gd._fullData[i];
  if (!trace || !rules.types.has(trace.type) || !fixedAxes(gd, trace)) return false;
  for (const [k, v] of Object.entries(attrs)) {
    if (!rules.attributes.has(k) || v === null || emptyArray(v) || emptyArray(gd.data[i][k])) return false;
    if (k === "marker" && trace.showlegend) return false; // the legend draws the marker
  }
  return true;
}

// The quickest in-place path.  Plotly.animate re-derives the defaults and data of the whole
// figure on every step, about 20 ms on a slow laptop and most of a slider step's budget.
// When a step only moves the data of scatter and bar traces (positions, texts, bar bases
// and widths), this writes them into plotly's data, recomputes those traces with their
// own plotly module (all bars when a bar moves, then their grouping, as plotly does) and
// redraws the traces, not the axes: what Plotly.animate does minus the figure-wide work.
// It reads plotly's internals (_fullData, calcdata, _basePlotModules), so anything
// unexpected returns false and the step takes Plotly.animate instead;
// tests/browser/test_in_place_redraws.py compares its drawings with fresh plots.
const DATA_ONLY = {
  scatter: new Set(["x", "y", "text", "hovertext", "customdata", "textposition"]),
  bar: new Set(["x", "y", "text", "hovertext", "customdata", "textposition", "base", "width"]),
};
const TYPED = { i1: Int8Array, u1: Uint8Array, i2: Int16Array, u2: Uint16Array, i4: Int32Array, u4: Uint32Array, f4: Float32Array, f8: Float64Array };

// plotly.py sends numpy arrays as {dtype, bdata} (base64); plotly.js decodes them when it
// supplies defaults, which this path skips.
function decoded(value) {
  if (!value || typeof value !== "object" || Array.isArray(value) || !("bdata" in value)) return value;
  const Typed = TYPED[value.dtype];
  if (!Typed || value.shape) throw new Error(`unexpected typed array ${value.dtype}`);
  const bytes = Uint8Array.from(atob(value.bdata), (c) => c.charCodeAt(0));
  return new Typed(bytes.buffer);
}

const isText = (v) => typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"));

function quickRedraw(gd, changes, draw = true) {
  const fullData = gd._fullData;
  const fullLayout = gd._fullLayout || {};
  const modules = fullLayout._basePlotModules;
  if (!Array.isArray(fullData) || !Array.isArray(gd.calcdata) || !Array.isArray(modules)) return false;
  const ok = Object.entries(changes).every(([i, attrs]) => {
    const t = fullData[i];
    const allowed = t && DATA_ONLY[t.type];
    return (
      allowed && t._module && typeof t._module.calc === "function" &&
      !Array.isArray(t.hoverinfo) && !Array.isArray(t.hovertemplate) &&
      !(t.error_x && t.error_x.visible) && !(t.error_y && t.error_y.visible) &&
      Object.entries(attrs).every(([k, v]) => allowed.has(k) && (k !== "textposition" || isText(v)))
    );
  });
  if (!ok) return false;
  // bars are placed against each other (plotly's crossTraceCalc): when one moves, all are
  // recomputed from their data and placed again, as a full calc would
  const grouped = (t) => t.type !== "scatter" && t.visible === true && typeof t._module.crossTraceCalc === "function";
  const regroup = Object.keys(changes).some((i) => grouped(fullData[i]));
  if (regroup && !(Array.isArray(fullLayout._visibleModules) && fullLayout._subplots && fullLayout._plots)) return false;
  const values = Object.fromEntries(
    Object.entries(changes).map(([i, attrs]) => [i, Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, decoded(v)]))]),
  );
  for (const [i, attrs] of Object.entries(values)) {
    const trace = fullData[i];
    Object.assign(trace, attrs);
    trace._length = Math.min(trace.x ? trace.x.length : Infinity, trace.y ? trace.y.length : Infinity);
  }
  const redo = new Set(Object.keys(changes).map(Number));
  if (regroup) fullData.forEach((t, i) => grouped(t) && redo.add(i));
  const calcdata = {};
  for (const i of redo) {
    const trace = fullData[i];
    const cd = trace._module.calc(gd, trace);
    if (!Array.isArray(cd) || !cd[0]) throw new Error(`trace ${i}: no calcdata`);
    cd[0].t = cd[0].t || {};
    cd[0].trace = trace;
    calcdata[i] = cd;
  }
  for (const [i, attrs] of Object.entries(changes)) Object.assign(gd.data[i], attrs); // as given, like plotly keeps it
  for (const [i, cd] of Object.entries(calcdata)) gd.calcdata[i] = cd;
  if (regroup) {
    const place = new Set(
      fullLayout._visibleModules
        .filter((m) => m.name !== "scatter" && typeof m.crossTraceCalc === "function" && m.basePlotModule && m.basePlotModule.name === "cartesian")
        .map((m) => m.crossTraceCalc),
    );
    for (const subplot of fullLayout._subplots.cartesian || []) for (const fn of place) fn(gd, fullLayout._plots[subplot], subplot);
  }
  if (!draw) return true; // the caller's Plotly.relayout draws the traces with the axes
  const all = gd.data.map((_t, i) => i);
  for (const m of modules) m.plot(gd, all);
  gd.emit("plotly_redraw"); // what Plotly.redraw says when it has drawn (the browser tests listen)
  return true;
}

// Whether axis `key` changed only its range (its drawn state `before`, canonical JSON).
function onlyRangeMoved(key, before, after) {
  if (!/^[xy]axis\d*$/.test(key) || before === undefined || !after || typeof after !== "object") return false;
  const old = JSON.parse(before);
  if (!old || typeof old !== "object" || !Array.isArray(after.range)) return false;
  return canonical({ ...old, range: null }) === canonical({ ...after, range: null });
}

// JSON with sorted keys: plotly adds keys to (and reorders) the layout it is given, so
// layout parts are compared with what the last patch set, in a canonical form.
function canonical(value) {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
      : v,
  );
}

// What is drawn, per trace attribute and layout key, in canonical JSON (see applyPatch).
function drawnState(figure) {
  const canonicalEach = (o) => Object.fromEntries(Object.entries(o || {}).map(([k, v]) => [k, canonical(v)]));
  return { data: (figure.data || []).map(canonicalEach), layout: canonicalEach(figure.layout) };
}

// Show a cached patch (absolute values of what changes) on graph `gd`; `drawn` is the
// drawnState, kept up to date here.  Returns plotly's promise and whether the fast path
// (and within it the quick one) ran.
function applyPatch(Plotly, gd, cached, drawn, rules) {
  const patch = structuredClone(cached); // plotly keeps (and may change) what it is given
  // Only the attributes whose values differ from what is drawn: a patch carries every
  // attribute any setting changes (a trace's mode, when the sheath is switched), and one
  // the step leaves alone must not send it down the slow path.  A missing key is null.
  const changes = {};
  for (const [i, attrs] of Object.entries(patch.data || {})) {
    const shown = (drawn.data[i] = drawn.data[i] || {});
    for (const [k, v] of Object.entries(attrs)) {
      const c = canonical(v);
      if (c !== (shown[k] ?? "null")) {
        (changes[i] = changes[i] || {})[k] = v;
        shown[k] = c;
      }
    }
  }
  const idx = Object.keys(changes).map(Number);
  const shownLayout = drawn.layout;
  const layout = patch.layout || {};
  const layoutKeys = Object.keys(layout).filter((k) => canonical(layout[k]) !== (shownLayout[k] ?? "null"));
  // a step that moves the data and only the ranges of fixed axes (the conduction explorer's
  // axes grow with the fibre) can skip the full redraw: quick data, then a range relayout
  const ranges = layoutKeys.filter((k) => k !== "title");
  const rangesOnly = ranges.length > 0 && ranges.every((k) => onlyRangeMoved(k, shownLayout[k], layout[k]));
  for (const k of layoutKeys) shownLayout[k] = canonical(layout[k]);
  if (rangesOnly && idx.every((i) => inPlace(gd, i, changes[i], rules))) {
    let quick = false;
    try {
      quick = quickRedraw(gd, changes, false);
    } catch (err) {
      console.warn("[pins-and-needles] quick redraw failed; redrawing in full", err);
    }
    if (quick) {
      stats.fast += 1;
      stats.ranged = (stats.ranged || 0) + 1;
      const update = Object.fromEntries(ranges.map((k) => [`${k}.range`, [...layout[k].range]]));
      if (layoutKeys.includes("title")) update.title = structuredClone(layout.title);
      return { fast: true, quick: true, ranged: true, done: Plotly.relayout(gd, update) };
    }
  }
  const onlyTitle = layoutKeys.every((k) => k === "title");
  const fast = onlyTitle && idx.every((i) => inPlace(gd, i, changes[i], rules));
  stats[fast ? "fast" : "full"] += 1;
  if (fast) {
    // Every trace goes in, the unchanged ones with nothing to change: given a subset,
    // plotly redraws each subplot's layers from that subset only, and the traces left out
    // lose their fill patterns, clip paths or their bars altogether.
    const all = gd.data.map((_t, i) => i);
    let quick = false;
    try {
      quick = idx.length > 0 && quickRedraw(gd, changes);
    } catch (err) {
      console.warn("[pins-and-needles] quick redraw failed; using Plotly.animate", err);
    }
    stats.quick = (stats.quick || 0) + (quick ? 1 : 0);
    const moved = quick
      ? Promise.resolve()
      : idx.length
      ? Plotly.animate(
          gd,
          { data: all.map((i) => changes[i] || {}), traces: all },
          { transition: { duration: 0 }, frame: { duration: 0, redraw: false }, mode: "immediate" },
        )
      : Promise.resolve();
    return {
      fast,
      quick,
      done: layoutKeys.length ? moved.then(() => Plotly.relayout(gd, { title: structuredClone(layout.title) })) : moved,
    };
  }
  const restyle = {};
  idx.forEach((i, n) => {
    for (const [k, v] of Object.entries(changes[i])) {
      if (!restyle[k]) restyle[k] = idx.map(() => undefined);
      restyle[k][n] = v === null ? null : v;
    }
  });
  // one value per trace in `idx`; plotly skips an undefined entry (that trace keeps it).
  // Only the layout parts that changed, as copies: plotly writes into what it is given.
  const changed = Object.fromEntries(layoutKeys.map((k) => [k, structuredClone(layout[k])]));
  return { fast, quick: false, done: Plotly.update(gd, restyle, changed, idx) };
}

async function render({ model, el }) {
  el.classList.add("pn-plot-pane");
  // The figure sits in a box this view owns: ipywidgets' layout code owns `el`'s inline
  // style (it removes a height it did not set), and a box whose height was removed would
  // clip the whole figure away under its paint containment.
  const box = document.createElement("div");
  box.className = "pn-plot-box";
  const gd = document.createElement("div");
  gd.className = "pn-plot";
  gd.setAttribute("role", "img");
  box.appendChild(gd);
  el.appendChild(box);
  const status = document.createElement("div");
  status.className = "pn-plot-loading";
  status.setAttribute("role", "status");
  status.textContent = "Drawing the figure…";
  el.appendChild(status);
  try {
    return await draw(model, box, gd, status);
  } catch (err) {
    // never a blank box: say what happened and what to do
    console.error("[pins-and-needles] figure", err);
    status.textContent =
      "The figure could not be drawn here (" + String((err && err.message) || err).slice(0, 200) +
      "). Run the cell again; if that does not help, restart the kernel and run the notebook from the top.";
    return () => {};
  }
}

async function draw(model, box, gd, status) {
  const rules = { attributes: new Set(model.get("in_place") || []), types: new Set(model.get("in_place_types") || []) };
  const library = await resolveModel(model, model.get("library"));
  const Plotly = await loadPlotly(library.get("source"));
  const controls = await Promise.all((model.get("controls") || []).map((r) => resolveModel(model, r)));

  const figure = structuredClone(model.get("figure"));
  const layout = figure.layout || {};
  // The figure keeps its size, so the browser may lay it out (and restyle, repaint it) on
  // its own: plotly measures text on every redraw, and without containment each
  // measurement would lay out the whole notebook page again.
  box.style.height = `${layout.height || 450}px`;
  box.style.contain = "size layout paint style";
  const drawn = drawnState(model.get("figure")); // what is drawn now (see applyPatch)
  gd.setAttribute("aria-label", model.get("label") || "");
  await Plotly.newPlot(gd, figure.data || [], layout, { ...(model.get("config") || {}), responsive: true });
  status.remove();

  const cache = new Map(); // settings key -> patch (absolute values of what changes)
  const keep = (key, patch) => {
    cache.delete(key);
    cache.set(key, patch);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
  };
  let shown = null;
  let busy = Promise.resolve();
  const show = (key) => {
    const patch = cache.get(key);
    if (!patch || key === shown) return;
    shown = key;
    busy = busy.then(() => applyPatch(Plotly, gd, patch, drawn, rules).done).catch((e) => console.error("[pins-and-needles] plot update", e));
  };
  // `current` names the settings the kernel last drew; their patch came (or comes) in a
  // message, so a control that moved back and forth ends on the kernel's latest word
  const onCurrent = () => {
    const current = model.get("current");
    if (current && current.key && current.key === settingsKey(controls)) show(current.key);
  };
  onCurrent();
  model.on("change:current", onCurrent);

  const onControl = () => {
    const key = settingsKey(controls);
    if (key === shown) return;
    stats[cache.has(key) ? "hit" : "miss"] += 1;
    show(key);
  };
  for (const c of controls) c.on("change:value change:index", onControl);

  const onMessage = (msg) => {
    if (!msg || typeof msg !== "object") return;
    if (msg.type === "reset") {
      cache.clear();
      shown = null;
    }
    for (const [key, patch] of msg.states || []) keep(key, patch);
    // a control may have moved to one of these settings before they arrived
    show(settingsKey(controls));
  };
  model.on("msg:custom", onMessage);
  // messages sent before this view existed were lost: ask for what the kernel has
  model.send({ type: "ready" });

  const resize = new ResizeObserver(() => {
    if (gd.offsetWidth > 0) Plotly.Plots.resize(gd);
  });
  resize.observe(box);
  return () => {
    resize.disconnect();
    model.off("msg:custom", onMessage);
    model.off("change:current", onCurrent);
    for (const c of controls) c.off("change:value change:index", onControl);
    Plotly.purge(gd);
  };
}

export default { render };
// for the browser test that checks in-place redraws against fresh drawings
export { applyPatch, drawnState };
