# ruff: noqa: E501  (long lines are embedded JavaScript and CSS selectors)
"""Real-browser harness for the course notebooks: JupyterLab server + headless Chromium.

Used by tests/browser/conftest.py and the test modules next to it.  Nothing here talks
to anything but 127.0.0.1: the server is started with news / update checks / the PyPI
extension manager switched off, JupyterLab gets a private (temporary) settings and
workspace directory, and Chromium resolves every host except 127.0.0.1 to "not found".
"""

from __future__ import annotations

import contextlib
import glob
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[2]
CHAPTER_GLOB = "chapters/[0-9][0-9]_*.ipynb"

CHROMIUM_DEFAULT = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    # Belt and braces: any host name other than 127.0.0.1 fails DNS resolution.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]

# Bounded waits (seconds).  Overridable from the environment for slow CI machines.
LAB_START_TIMEOUT = float(os.environ.get("PN_LAB_START_TIMEOUT", "60"))
KERNEL_RUN_TIMEOUT = float(os.environ.get("PN_KERNEL_TIMEOUT", "120"))
RENDER_TIMEOUT = float(os.environ.get("PN_RENDER_TIMEOUT", "60"))
REDRAW_TIMEOUT = float(os.environ.get("PN_REDRAW_TIMEOUT", "5"))

# JupyterLab user settings written into the private settings dir of the test server.
LAB_SETTINGS = {
    # no news feed, no update check (both would fetch from the internet)
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # never write the executed notebook back into the repository
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    # 'none': every cell is attached to the DOM, so every widget view is created and
    # every figure is laid out (the default 'contentVisibility'/'full' modes skip
    # off-screen cells).  Start the preferred kernel without a kernel-picker dialog.
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none",
        "autoStartDefaultKernel": True,
        "kernelShutdown": True,
    },
}


# --------------------------------------------------------------------------- requirements


def chromium_path() -> str:
    return os.environ.get("PN_CHROMIUM", CHROMIUM_DEFAULT)


def missing_requirements() -> str | None:
    """A human-readable reason why browser tests cannot run here, or None."""
    import importlib.util

    problems = []
    exe = chromium_path()
    if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
        problems.append(f"no Chromium at {exe} (apt-get install chromium, or set PN_CHROMIUM)")
    for mod, pkg in (("playwright", "playwright"), ("jupyterlab", "jupyterlab")):
        if importlib.util.find_spec(mod) is None:
            problems.append(f"python package {pkg!r} is not installed in {sys.executable}")
    return "; ".join(problems) or None


# --------------------------------------------------------------------------- notebooks


def chapter_notebooks(repo: Path = REPO) -> list[Path]:
    return sorted(repo.glob(CHAPTER_GLOB))


def make_notebook(cells: list[str], path: Path) -> Path:
    """Write a notebook of code cells (a cell starting with '#md' becomes markdown)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    for src in cells:
        if src.startswith("#md"):
            nb.cells.append(nbformat.v4.new_markdown_cell(src[3:].lstrip()))
        else:
            nb.cells.append(nbformat.v4.new_code_cell(src))
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


# --------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabServer:
    """`python -m jupyter lab` on a free loopback port, in its own process group."""

    def __init__(self, root: Path, log_dir: Path | None = None):
        self.root = Path(root).resolve()
        self.token = secrets.token_hex(16)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._tmp = Path(tempfile.mkdtemp(prefix="pn-lab-"))
        self.log_path = (log_dir or self._tmp) / f"jupyterlab-{self.port}.log"
        self.proc: subprocess.Popen | None = None
        self._log = None

    # -- lifecycle
    def start(self) -> LabServer:
        settings = self._tmp / "settings"
        for rel, value in LAB_SETTINGS.items():
            p = settings / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(json.dumps(value, indent=1))
        for sub in ("workspaces", "config", "runtime"):
            (self._tmp / sub).mkdir(exist_ok=True)
        env = dict(os.environ)
        env.update(
            JUPYTERLAB_SETTINGS_DIR=str(settings),
            JUPYTERLAB_WORKSPACES_DIR=str(self._tmp / "workspaces"),
            # user-level config (~/.jupyter) must not leak in; sys.prefix config still applies
            JUPYTER_CONFIG_DIR=str(self._tmp / "config"),
            JUPYTER_RUNTIME_DIR=str(self._tmp / "runtime"),
            JUPYTER_PLATFORM_DIRS="1",
            PYTHONUNBUFFERED="1",
        )
        cmd = [
            sys.executable, "-m", "jupyter", "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly",
            "--LabApp.expose_app_in_browser=True",
            "--ServerApp.terminals_enabled=False",
        ]  # fmt: skip
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")  # containers / CI runners often run as root
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            cmd, cwd=self.root, env=env, stdout=self._log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        self._wait_ready()
        return self

    def _wait_ready(self):
        deadline = time.monotonic() + LAB_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"jupyter lab exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            with contextlib.suppress(OSError):
                status, _ = self.api("GET", "/api/status", timeout=2)
                if status == 200:
                    status, _ = self.api("GET", "/lab", timeout=10)
                    if status == 200:
                        return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(
            f"jupyter lab did not answer within {LAB_START_TIMEOUT}s:\n{self.log_tail()}"
        )

    def stop(self):
        if self.proc is None:
            return
        if self.proc.poll() is None:
            # Kernels run in their own sessions (jupyter_client start_new_session), so
            # killing our process group alone would orphan them: ask the server first.
            with contextlib.suppress(Exception):
                _, body = self.api("GET", "/api/kernels", timeout=5)
                for k in json.loads(body or "[]"):
                    self.api("DELETE", f"/api/kernels/{k['id']}", timeout=10)
            with contextlib.suppress(Exception):
                self.api("POST", "/api/shutdown", timeout=5)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            if self.proc.poll() is not None:
                break
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=wait)
        # anything left in the group (e.g. a stray child)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        if self._log:
            self._log.close()
        self.proc = None
        if self.log_path.parent != self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)  # settings, workspaces, runtime

    # -- helpers
    def api(self, method: str, path: str, timeout: float = 10) -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, headers={"Authorization": f"token {self.token}"})
            resp = conn.getresponse()
            return resp.status, resp.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def lab_url(self, relpath: str) -> str:
        quoted = urllib.parse.quote(relpath)
        return f"{self.base}/lab/tree/{quoted}?reset&token={self.token}"

    def lab_root_url(self) -> str:
        """JupyterLab with no document open (a reset workspace)."""
        return f"{self.base}/lab?reset&token={self.token}"

    def sessions(self) -> list[dict]:
        status, body = self.api("GET", "/api/sessions", timeout=10)
        return json.loads(body) if status == 200 else []

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"


# --------------------------------------------------------------------------- in-page JS

# Installed before JupyterLab's own scripts run (page.add_init_script).
INIT_JS = r"""
(() => {
  const pn = (window.__pn = { t0: null, armed: false, waiter: null });
  // capture-phase listeners: time of the user input that starts a measurement
  for (const type of ['keydown', 'change', 'click']) {
    document.addEventListener(type, () => {
      if (pn.armed && pn.t0 === null) pn.t0 = performance.now();
    }, true);
  }
  const hashStr = (s) => { let h = 2166136261 >>> 0; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; } return h.toString(16); };
  const plain = (v) => (ArrayBuffer.isView(v) ? Array.from(v) : v);
  // Fingerprint of what a figure shows: every trace attribute except uid, plus the
  // layout parts a control may legitimately move (shapes, annotations, images, titles).
  pn.figPrint = (gd) => {
    const data = (gd.data || []).map((t) => {
      const o = {};
      for (const k of Object.keys(t).sort()) if (k !== 'uid') o[k] = t[k];
      return o;
    });
    const L = gd.layout || {};
    const lay = { shapes: L.shapes, annotations: L.annotations, images: L.images, title: L.title };
    return hashStr(JSON.stringify([data, lay], (k, v) => plain(v)));
  };
  pn.widgetPrint = (w) => [...w.querySelectorAll('.js-plotly-plot')].map(pn.figPrint).join('|');
  // for a widget whose answer is text and pictures (HTML), not a plotly figure
  pn.outputPrint = (w) => hashStr([...w.querySelectorAll('.widget-html-content')].map((e) => e.innerHTML).join('|'));
  pn.armOutput = (w) => {
    pn.t0 = null; pn.armed = true;
    const before = pn.outputPrint(w);
    const waiter = { widget: w, before, done: false };
    waiter.promise = new Promise((res) => {
      waiter.observer = new MutationObserver(() => {
        if (waiter.done || pn.outputPrint(w) === before) return;
        waiter.done = true; waiter.observer.disconnect();
        const t = performance.now();
        requestAnimationFrame(() => setTimeout(() => res({ changed: true, redrawMs: t - pn.t0, paintMs: performance.now() - pn.t0 }), 0));
      });
      waiter.observer.observe(w, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    pn.outputWaiter = waiter;
  };
  pn.waitOutput = async (timeoutMs) => {
    const w = pn.outputWaiter;
    const timeout = new Promise((res) => setTimeout(() => res(null), timeoutMs));
    let r = await Promise.race([w.promise, timeout]);
    w.done = true; w.observer.disconnect(); pn.armed = false; pn.outputWaiter = null;
    return r || { changed: pn.outputPrint(w.widget) !== w.before, redrawMs: null, paintMs: null };
  };
  // plotly_animated / plotly_transitioned: Plotly.animate redraws without an afterplot
  const EVENTS = ['plotly_afterplot', 'plotly_update', 'plotly_restyle', 'plotly_relayout', 'plotly_react', 'plotly_redraw',
                  'plotly_animated', 'plotly_transitioned'];
  pn.hook = (gd) => {
    if (gd.__pnHooked || typeof gd.on !== 'function') return;
    gd.__pnHooked = true;
    for (const ev of EVENTS) gd.on(ev, () => pn.onPlotEvent(gd, ev));
  };
  pn.onPlotEvent = (gd, ev) => {
    const w = pn.waiter;
    if (!w || w.done || pn.t0 === null || !w.widget.contains(gd)) return;
    const tEvent = performance.now();
    const fp = pn.widgetPrint(w.widget);
    if (fp === w.before) return;          // e.g. an autorange relayout: nothing new shown
    w.done = true;
    // the figure's SVG is updated when plotly emits these events; the next animation
    // frame (+ a macrotask) is when that update has been painted
    requestAnimationFrame(() => setTimeout(() => {
      w.resolve({ changed: true, event: ev, redrawMs: tEvent - pn.t0, paintMs: performance.now() - pn.t0, after: fp });
    }, 0));
  };
  pn.arm = (w) => {
    for (const gd of w.querySelectorAll('.js-plotly-plot')) pn.hook(gd);
    pn.t0 = null; pn.armed = true;
    const waiter = { widget: w, before: pn.widgetPrint(w), done: false };
    waiter.promise = new Promise((res) => { waiter.resolve = res; });
    pn.waiter = waiter;
    return waiter.before;
  };
  pn.wait = async (timeoutMs) => {
    const w = pn.waiter;
    const timeout = new Promise((res) => setTimeout(() => res(null), timeoutMs));
    let r = await Promise.race([w.promise, timeout]);
    w.done = true; pn.armed = false;
    if (r === null) {
      const after = pn.widgetPrint(w.widget);
      r = { changed: after !== w.before, event: null, redrawMs: null, paintMs: null, after, inputSeen: pn.t0 !== null };
    }
    pn.waiter = null;
    return r;
  };
})();
"""

# Resolves once JupyterLab has started and restored its (reset, empty) layout.
LAB_READY_JS = r"""
async () => { const app = window.jupyterapp; await app.started; await app.restored; return true; }
"""

# Opens a notebook in the running JupyterLab, as File > Open does (the kernel starts with it).
OPEN_JS = r"""
async (path) => {
  const app = window.jupyterapp;
  await app.started; await app.restored;
  const find = () => {
    for (const w of app.shell.widgets('main')) if (w.context && w.context.path === path) return w;
    return null;
  };
  window.__pnStatuses = [];
  let panel = find();
  if (!panel) panel = await app.commands.execute('docmanager:open', { path });
  if (!panel || !panel.context || panel.context.path !== path) panel = find();
  if (!panel) throw new Error('notebook panel did not open: ' + path);
  await panel.context.ready;
  await panel.sessionContext.ready;
  app.shell.activateById(panel.id);
  window.__pnPanel = panel;
  panel.sessionContext.statusChanged.connect((_, s) => (window.__pnStatuses = window.__pnStatuses || []).push(s));
  return panel.id;
}
"""

# Closes every document in the main area: shuts its kernel down, then disposes the panel.
# dispose(), not close(): close() asks "Save your work?" for a notebook whose outputs changed,
# and nothing here may ever write a notebook back to disk.
CLOSE_JS = r"""
async (timeoutMs) => {
  const app = window.jupyterapp;
  const out = { closed: [], errors: [] };
  if (!app) { out.errors.push('no JupyterLab app on the page'); return out; }
  const limit = (p, what) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(what + ' took more than ' + timeoutMs + ' ms')), timeoutMs))]);
  const docs = [...app.shell.widgets('main')].filter(w => w.context || w.node.querySelector('.pn-widget'));
  for (const w of docs) {
    const path = w.context ? w.context.path : w.id;
    try {
      if (w.sessionContext && w.sessionContext.session) await limit(w.sessionContext.shutdown(), 'kernel shutdown of ' + path);
    } catch (e) { out.errors.push(String(e)); }
    try {
      if (w.context && w.context.model) w.context.model.dirty = false;
      if (!w.isDisposed) w.dispose();
      out.closed.push(path);
    } catch (e) { out.errors.push(path + ': ' + String(e)); }
  }
  window.__pnPanel = null;
  if (window.__pn) { window.__pn.waiter = null; window.__pn.armed = false; window.__pn.t0 = null; }
  return out;
}
"""

# What could stop the next notebook from being opened and measured on a shared page.
PAGE_STATE_JS = r"""
() => {
  const app = window.jupyterapp;
  return {
    app: !!app, pn: !!window.__pn,
    dialogs: [...document.querySelectorAll('.jp-Dialog')].map(d => d.innerText.slice(0, 200)),
    documents: app ? [...app.shell.widgets('main')].filter(w => w.context).map(w => w.context.path) : [],
    pnWidgets: document.querySelectorAll('.pn-widget').length,
  };
}
"""

# Runs 'notebook:restart-run-all'; the promise is kept on window so Python can confirm
# the restart dialog in between and then await it.
RUN_ALL_JS = r"""
() => {
  const app = window.jupyterapp;
  window.__pnStatuses = [];
  window.__pnRun = app.commands.execute('notebook:restart-run-all')
    .then(r => ({ ok: r !== false, result: String(r) }), e => ({ ok: false, error: String(e && e.stack || e) }));
  return true;
}
"""

# State of the run: kernel status, code cells pending/executed, errors.
RUN_STATE_JS = r"""
() => {
  const panel = window.__pnPanel;
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  const cells = panel.content.widgets.filter(c => c.model.type === 'code' && c.model.sharedModel.getSource().trim());
  const pending = cells.filter(c => (c.promptNode && c.promptNode.textContent || '').includes('*')).length;
  const counts = cells.map(c => c.model.executionCount);
  const errors = document.querySelectorAll('#' + CSS.escape(panel.id) + ' [data-mime-type="application/vnd.jupyter.error"]').length;
  return { status: kernel ? kernel.status : 'no-kernel', pending, counts, errors,
           statuses: window.__pnStatuses || [], nCode: cells.length };
}
"""

# Everything a reader would see as broken, per cell.
PROBLEMS_JS = r"""
() => {
  const panel = window.__pnPanel;
  const out = [];
  panel.content.widgets.forEach((cell, i) => {
    const n = cell.node;
    const where = `cell ${i + 1}`;
    if (cell.model.type !== 'code') return;
    if (cell.model.sharedModel.getSource().trim() && cell.model.executionCount == null)
      out.push(`${where}: not executed (run stopped earlier?)`);
    // JupyterLab renders 'error' outputs with the stderr mime type, so read the model:
    // error outputs, and stderr streams carrying a traceback (e.g. from a widget callback)
    const outs = cell.model.outputs;
    for (let k = 0; k < outs.length; k++) {
      const o = outs.get(k).toJSON();
      if (o.output_type === 'error')
        out.push(`${where}: error output: ${o.ename}: ${String(o.evalue).slice(0, 500)}\n` +
                 (o.traceback || []).join('\n').replace(/\x1b\[[0-9;]*m/g, '').slice(-1500));
      else if (o.output_type === 'stream' && o.name === 'stderr' && /Traceback/.test([].concat(o.text).join('')))
        out.push(`${where}: traceback on stderr:\n${[].concat(o.text).join('').slice(-1500)}`);
    }
    for (const e of n.querySelectorAll('[data-mime-type="application/vnd.jupyter.error"]'))
      out.push(`${where}: error output:\n${e.innerText.slice(0, 1500)}`);
    if (/Error displaying widget/.test(n.innerText)) out.push(`${where}: "Error displaying widget"`);
    for (const e of n.querySelectorAll('[data-mime-type="application/vnd.jupyter.widget-view+json"]')) {
      const r = e.getBoundingClientRect();
      if (!e.querySelector('.jupyter-widgets, .lm-Widget') || r.height < 2)
        out.push(`${where}: widget output not rendered (${e.innerText.slice(0, 200) || 'empty'})`);
    }
  });
  if (/Error displaying widget/.test(document.body.innerText) && !out.some(s => s.includes('Error displaying widget')))
    out.push('"Error displaying widget" somewhere on the page');
  return out;
}
"""

DRAWN_SEL = "g.trace, g.hm, .heatmaplayer image, .imagelayer image, .pielayer .slice, .gl-container canvas, .funnelarealayer .trace, .treemaplayer .trace, .sunburstlayer .trace"

# Inventory of course widgets and static figures, and whether each is drawn.
INVENTORY_JS = r"""
(DRAWN_SEL) => {
  const panel = window.__pnPanel;
  const root = panel.node;
  // the share of a figure's area that its boxes let through: an ancestor inside its cell
  // with paint containment or hidden overflow clips it (a drawn figure in a box of height 0
  // is blank); the notebook's own scroller is left out (a cell may be scrolled away)
  const clippers = (gd) => {
    const out = [];
    for (let a = gd.parentElement; a && a !== document.body && !a.classList.contains('jp-Cell'); a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (/paint|strict|content/.test(cs.contain) || cs.overflowX !== 'visible' || cs.overflowY !== 'visible') out.push(a);
    }
    return out;
  };
  const shown = (gd) => {
    const r = gd.getBoundingClientRect();
    let { top, bottom, left, right } = r;
    for (const a of clippers(gd)) {
      const q = a.getBoundingClientRect();
      top = Math.max(top, q.top); bottom = Math.min(bottom, q.bottom);
      left = Math.max(left, q.left); right = Math.min(right, q.right);
    }
    const area = r.width * r.height;
    return area > 0 ? Math.round((100 * Math.max(0, right - left) * Math.max(0, bottom - top)) / area) / 100 : 0;
  };
  // for the failure message: the innermost box that cuts the figure
  const clipper = (gd) => {
    const r = gd.getBoundingClientRect();
    const a = clippers(gd).find((e) => { const q = e.getBoundingClientRect(); return q.top > r.top + 1 || q.bottom < r.bottom - 1 || q.left > r.left + 1 || q.right < r.right - 1; });
    if (!a) return null;
    const q = a.getBoundingClientRect();
    return `${a.className} (${Math.round(q.width)}x${Math.round(q.height)})`;
  };
  const figState = (gd) => ({
    traces: (gd._fullData || []).length,
    drawn: gd.querySelectorAll(DRAWN_SEL).length,
    width: Math.round(gd.getBoundingClientRect().width),
    height: Math.round(gd.getBoundingClientRect().height),
    shown: shown(gd),
    clipper: clipper(gd),
    // plotly's 'Share chart...' would send the figure to a chart server: a dead (or
    // online) control in an offline course
    share: gd.querySelectorAll('.modebar-btn[data-title^="Share chart"]').length,
  });
  const widgets = [...root.querySelectorAll('.pn-widget')].map((w, i) => {
    w.dataset.pnIndex = String(i);
    const nameCls = [...w.classList].find(c => c.startsWith('pn-name-'));
    const mine = (sel) => [...w.querySelectorAll(sel)].filter(e => e.closest('.pn-widget') === w);
    const cell = w.closest('.jp-Cell');
    const desc = (w.querySelector('.widget-label') || {}).textContent || '';
    const r = w.getBoundingClientRect();
    return {
      index: i,
      name: (nameCls && nameCls.slice(8)) || w.dataset.pnName || desc.trim() || `widget${i}`,
      cell: cell ? [...cell.parentNode.children].indexOf(cell) + 1 : null,
      visible: r.width > 0 && r.height > 0,
      controls: {
        sliders: mine('.widget-slider .noUi-handle, .widget-hslider .noUi-handle, .widget-vslider .noUi-handle').length,
        dropdowns: mine('.widget-dropdown select').length,
        toggles: mine('.widget-toggle-buttons button, button.widget-toggle-button').length,
        checkboxes: mine('.widget-checkbox input[type=checkbox]').length,
        radios: mine('.widget-radio-box input[type=radio]').length,
        buttons: mine('button.widget-button:not(.widget-toggle-button)').length,
        other: mine('.widget-text input, .widget-textarea textarea, .widget-play button, .widget-select select').length,
      },
      figures: [...w.querySelectorAll('.js-plotly-plot')].map(figState),
      // a PlotPane shows this placeholder until plotly.js is loaded and the figure drawn
      loading: w.querySelectorAll('.pn-plot-loading').length,
    };
  });
  const statics = [...root.querySelectorAll('.js-plotly-plot')].filter(gd => !gd.closest('.jupyter-widgets')).map(figState);
  const plotlyMime = [...root.querySelectorAll('[data-mime-type="application/vnd.plotly.v1+json"]')]
      .map(e => !!e.querySelector('.js-plotly-plot'));
  return { widgets, statics, plotlyMime };
}
"""

# Python run silently in the kernel: how many pn-widget views the displayed outputs should
# produce (walks children / Output widgets from every widget-view output's model id).
EXPECTED_PN_PY = r"""
def __pn_count(ids):
    from ipywidgets.widgets.widget import _instances
    def walk(w, seen):
        if w is None or id(w) in seen:
            return 0
        seen = seen | {id(w)}
        n = 1 if 'pn-widget' in (getattr(w, '_dom_classes', ()) or ()) else 0
        for c in getattr(w, 'children', ()) or ():
            n += walk(c, seen)
        for o in getattr(w, 'outputs', ()) or ():
            mid = (o.get('data', {}).get('application/vnd.jupyter.widget-view+json') or {}).get('model_id')
            if mid:
                n += walk(_instances.get(mid), seen)
        return n
    return sum(walk(_instances.get(i), frozenset()) for i in ids)
print('__PN__', __pn_count(%s)); del __pn_count
"""

EXPECTED_PN_JS = r"""
async (code) => {
  const panel = window.__pnPanel;
  const ids = [];
  for (const cell of panel.content.widgets) {
    if (cell.model.type !== 'code') continue;
    const outs = cell.model.outputs;
    for (let i = 0; i < outs.length; i++) {
      const d = outs.get(i).data || {};
      const v = d['application/vnd.jupyter.widget-view+json'];
      if (v && v.model_id) ids.push(v.model_id);
    }
  }
  const kernel = panel.sessionContext.session.kernel;
  let text = '';
  const fut = kernel.requestExecute({ code: code.replace('%s', JSON.stringify(ids)), silent: true, store_history: false });
  fut.onIOPub = (msg) => { if (msg.header.msg_type === 'stream') text += msg.content.text; };
  await fut.done;
  const m = /__PN__ (\d+)/.exec(text);
  return m ? Number(m[1]) : -1;
}
"""


# --------------------------------------------------------------------------- results


@dataclass
class ChapterRun:
    """One notebook opened in an already running JupyterLab: open (docmanager:open until the
    new kernel is idle) + run (restart & run all) + render (every widget and figure drawn)
    is what a learner waits for, and what total_s compares with the 10 s target.  Loading
    JupyterLab itself is a LabLoad, once per server and session; closing (kernel shutdown,
    tab closed) is recorded in close_s but is not part of the total."""

    name: str
    open_s: float = 0.0
    run_s: float = 0.0
    render_s: float = 0.0
    close_s: float | None = None
    problems: list[str] = field(default_factory=list)
    inventory: dict = field(default_factory=dict)
    expected_pn: int = -1
    screenshots: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    @property
    def total_s(self) -> float:
        return self.open_s + self.run_s + self.render_s


@dataclass
class LabLoad:
    """JupyterLab loaded in a browser page: page.goto until the app has started and restored."""

    server: str
    reason: str
    seconds: float
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """The checks a notebook gets, for what happened while JupyterLab loaded."""
        out = [f"browser console: {e}" for e in self.console_errors if "anywidget" in e.lower()]
        if self.external_requests:
            out.append(f"requests leaving 127.0.0.1: {self.external_requests[:5]}")
        return out


@dataclass
class Interaction:
    chapter: str
    widget: str
    control: str
    action: str
    changed: bool
    redraw_ms: float | None
    paint_ms: float | None
    required: bool = True
    note: str = ""
    # for the course's PlotPane figures (widgets/views/plot_pane.js): whether the new
    # setting's figure was already in the browser ("ahead") or came from the kernel, and
    # which redraw the pane did: "quick" (its own, data only), "ranges" (quick data plus an
    # axis-range relayout), "animate" (Plotly.animate) or "full"; "" for other figures
    served: str = ""
    redraw: str = ""


def _median_max(values: list[float]) -> str:
    if not values:
        return f"{'-':>9} {'-':>9}"
    return f"{statistics.median(values):9.1f} {max(values):9.1f}"


@dataclass
class Report:
    chapters: list[ChapterRun] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    loads: list[LabLoad] = field(default_factory=list)
    screenshot_dir: Path | None = None

    def lines(self) -> list[str]:
        out = []
        if self.loads:
            out.append(
                "JupyterLab load in the browser (page.goto until app restored; once per server,"
                " not part of any notebook's total):"
            )
            for ld in self.loads:
                out.append(f"  {ld.server:20} {ld.seconds:6.2f} s  {ld.reason}")
                for e in ld.console_errors[:3] + ld.external_requests[:3]:
                    out.append(f"    while loading: {e[:150]}")
            out.append("")
        if self.chapters:
            out.append(
                f"{'notebook (in the running JupyterLab)':40} {'open s':>6} {'run s':>6} {'render s':>8} {'total s':>7}"
                f" {'close s':>7}  (total = open + run + render, target <= 10 s)"
            )
            for c in self.chapters:
                flag = (
                    "  (harness self-check: not judged)"
                    if c.name.startswith("selftest/")
                    else ""
                    if c.total_s <= 10
                    else "  SLOW"
                )
                close = f"{c.close_s:7.2f}" if c.close_s is not None else f"{'-':>7}"
                out.append(
                    f"{c.name[:40]:40} {c.open_s:6.2f} {c.run_s:6.2f} {c.render_s:8.2f} {c.total_s:7.2f} {close}{flag}"
                )
            out.append(
                "  open: docmanager:open until the new kernel is idle; run: restart & run all until every"
                " cell is done; render: until every widget and figure is drawn; close: kernel shut down"
                " and tab closed (not in total)"
            )
        if self.interactions:
            out.append("")
            out.append(
                f"{'notebook / widget':44} {'n':>3} {'changed':>7} {'redraw med':>10} {'paint med':>9} {'paint max':>9}"
                f"  {'sliders:':8} {'paint med':>9} {'paint max':>9} {'ahead':>6}"
            )
            out.append(
                "  (ms from the input event to the figure redrawn / painted, over every control and"
                " over slider steps alone; target per widget, for slider steps: median <= 50, max"
                " <= 100 ms; 'ahead': share of moves whose figure the kernel had computed and sent"
                " before the move)"
            )
            groups: dict[tuple[str, str], list[Interaction]] = {}
            for it in self.interactions:
                groups.setdefault((it.chapter, it.widget), []).append(it)
            for (ch, w), items in groups.items():
                paint = [i.paint_ms for i in items if i.paint_ms is not None]
                redraw = [i.redraw_ms for i in items if i.redraw_ms is not None]
                ok = sum(i.changed for i in items)
                med = statistics.median(paint) if paint else float("nan")
                mx = max(paint) if paint else float("nan")
                sliders = [
                    i.paint_ms
                    for i in items
                    if i.paint_ms is not None and i.control.startswith("slider")
                ]
                # the target is for slider steps; a toggle that switches the whole
                # figure, or typed input that needs the kernel, is reported but not judged
                if ch.startswith("selftest/"):
                    # the harness's own demo: a plain plotly FigureWidget, kept for comparison
                    flag = "  (harness self-check, plain FigureWidget: not judged)"
                elif sliders:
                    on_target = statistics.median(sliders) <= 50 and max(sliders) <= 100
                    flag = "" if on_target else "  OVER TARGET"
                else:
                    flag = "  (no slider: not judged)" if paint else ""
                pane = [i for i in items if i.served]
                ahead = (
                    f"{100 * sum(i.served == 'ahead' for i in pane) / len(pane):5.0f}%"
                    if pane
                    else f"{'-':>6}"
                )
                out.append(
                    f"{(Path(ch).stem + ' / ' + w)[:44]:44} {len(items):3d} {ok:3d}/{len(items):<3d} "
                    f"{(statistics.median(redraw) if redraw else float('nan')):10.1f} {med:9.1f} {mx:9.1f}"
                    f"  {'':8} {_median_max(sliders)} {ahead}{flag}"
                )
        if self.screenshot_dir:
            out.append("")
            out.append(f"screenshots: {self.screenshot_dir}")
        return out

    def to_json(self) -> dict:
        from dataclasses import asdict

        return {
            "jupyterlab_loads": [asdict(ld) for ld in self.loads],
            "chapters": [asdict(c) | {"total_s": c.total_s} for c in self.chapters],
            "interactions": [asdict(i) for i in self.interactions],
        }


# --------------------------------------------------------------------------- driving a page


def wait_js(page, fn: str, arg=None, timeout_s: float = 30, poll_s: float = 0.1, what: str = ""):
    """Poll `fn(arg)` in the page until it returns a truthy value; return that value."""
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        last = page.evaluate(fn, arg)
        if last:
            return last
        time.sleep(poll_s)
    raise TimeoutError(
        f"timed out after {timeout_s:.0f}s waiting for {what or fn[:80]} (last={last!r})"
    )


def load_lab(page, server: LabServer) -> float:
    """Load JupyterLab (empty, reset workspace) in `page`; seconds until it has restored."""
    t0 = time.monotonic()
    page.goto(
        server.lab_root_url(), wait_until="domcontentloaded", timeout=LAB_START_TIMEOUT * 1000
    )
    page.wait_for_function("() => window.jupyterapp", timeout=LAB_START_TIMEOUT * 1000)
    page.evaluate(LAB_READY_JS)
    return time.monotonic() - t0


def open_and_run(page, relpath: str, run: ChapterRun, render_timeout: float = RENDER_TIMEOUT):
    """In the JupyterLab already loaded in `page`: open `relpath`, restart the kernel and run
    all cells, wait for widgets."""
    t0 = time.monotonic()
    page.evaluate(OPEN_JS, relpath)
    # the kernel started by opening the notebook must be idle before we restart it
    wait_js(page, "() => { const k = window.__pnPanel.sessionContext.session?.kernel; return k && k.status === 'idle'; }",
            timeout_s=KERNEL_RUN_TIMEOUT, what="first kernel idle")  # fmt: skip
    run.open_s = time.monotonic() - t0

    t1 = time.monotonic()
    page.evaluate(RUN_ALL_JS)
    # "Restart Kernel?" confirmation
    accept = page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept")
    accept.wait_for(state="visible", timeout=15000)
    dialog_text = page.locator(".jp-Dialog").inner_text()
    if "restart" not in dialog_text.lower():
        raise AssertionError(
            f"unexpected dialog instead of the restart confirmation: {dialog_text!r}"
        )
    accept.click()
    # the command's promise resolves when runAll finished (or stopped at an error)
    result = page.evaluate(
        f"() => Promise.race([window.__pnRun, new Promise(r => setTimeout(() => r({{timeout: true}}), {KERNEL_RUN_TIMEOUT * 1000}))])"
    )
    if result.get("timeout"):
        raise TimeoutError(f"restart-and-run-all did not finish within {KERNEL_RUN_TIMEOUT:.0f}s")

    def settled():
        s = page.evaluate(RUN_STATE_JS)
        restarted = any(x in ("restarting", "autorestarting", "starting") for x in s["statuses"])
        return s if (restarted and s["status"] == "idle" and s["pending"] == 0) else None

    deadline = time.monotonic() + KERNEL_RUN_TIMEOUT
    state = None
    while time.monotonic() < deadline and not (state := settled()):
        time.sleep(0.1)
    if state is None:
        raise TimeoutError(
            f"kernel not idle with all cells done after {KERNEL_RUN_TIMEOUT:.0f}s: {page.evaluate(RUN_STATE_JS)}"
        )
    if result.get("error"):
        run.problems.append(f"restart-run-all command failed: {result['error']}")
    run.run_s = time.monotonic() - t1

    # widgets and figures render asynchronously after the outputs arrive
    t2 = time.monotonic()
    run.expected_pn = page.evaluate(EXPECTED_PN_JS, EXPECTED_PN_PY)
    deadline = time.monotonic() + render_timeout
    while True:
        inv = page.evaluate(INVENTORY_JS, DRAWN_SEL)
        if _render_complete(inv, run.expected_pn) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    run.render_s = time.monotonic() - t2
    run.inventory = inv
    run.problems += page.evaluate(PROBLEMS_JS)
    run.problems += render_problems(inv, run.expected_pn)
    return run


def _render_complete(inv, expected_pn) -> bool:
    return not render_problems(inv, expected_pn)


def render_problems(inv: dict, expected_pn: int) -> list[str]:
    out = []
    if expected_pn >= 0 and len(inv["widgets"]) != expected_pn:
        out.append(
            f"{expected_pn} course widgets (.pn-widget) displayed by the kernel, {len(inv['widgets'])} rendered"
        )
    for w in inv["widgets"]:
        tag = f"widget {w['name']!r} (cell {w['cell']})"
        if not w["visible"]:
            out.append(f"{tag}: zero size")
        if sum(w["controls"].values()) == 0:
            out.append(f"{tag}: no controls rendered")
        if w.get("loading"):
            out.append(f"{tag}: {w['loading']} figure(s) still loading ('Drawing the figure…')")
        for j, f in enumerate(w["figures"]):
            if f["traces"] == 0 or f["drawn"] == 0 or f["width"] < 10 or f["height"] < 10:
                out.append(f"{tag}: figure {j} not drawn ({f})")
            elif f["shown"] < 0.95:
                out.append(
                    f"{tag}: figure {j} drawn but clipped by its box: {f['shown']:.0%} of it shows ({f})"
                )
    for j, f in enumerate(inv["statics"]):
        if f["traces"] == 0 or f["drawn"] == 0 or f["width"] < 10:
            out.append(f"static plotly figure {j} not drawn ({f})")
        elif f["shown"] < 0.95:
            out.append(
                f"static plotly figure {j} drawn but clipped: {f['shown']:.0%} of it shows ({f})"
            )
    for j, ok in enumerate(inv["plotlyMime"]):
        if not ok:
            out.append(f"plotly output {j} (application/vnd.plotly.v1+json) has no figure")
    return out


def full_page_screenshot(page, path: Path, max_height: int = 16000, keep_tall: bool = False):
    """Screenshot the whole notebook: JupyterLab never scrolls the page itself, the notebook
    panel does; so grow the viewport to the notebook's content height first, and shrink it
    back afterwards unless `keep_tall` (for close-ups of widgets taller than the window)."""
    h = page.evaluate(
        """() => { const nb = window.__pnPanel.content.node;
                   // the scroller is .jp-WindowedPanel-outer; its scrollHeight includes the
                   // 'scroll past end' padding, so measure the cells' container instead
                   const outer = nb.querySelector('.jp-WindowedPanel-outer') || nb;
                   const cells = nb.querySelector('.jp-WindowedPanel-viewport') || outer;
                   const chrome = window.innerHeight - outer.clientHeight;
                   return Math.ceil(cells.getBoundingClientRect().height + chrome + 40); }"""
    )
    vp = page.viewport_size
    new_h = max(vp["height"], min(int(h), max_height))
    if new_h != vp["height"]:
        page.set_viewport_size({"width": vp["width"], "height": new_h})
        settle(page)
    page.evaluate(
        "() => { const o = window.__pnPanel.content.node.querySelector('.jp-WindowedPanel-outer'); if (o) o.scrollTop = 0; }"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    if new_h != vp["height"] and not keep_tall:
        # back to the laptop-sized window: the controls are moved and timed in it, as a
        # learner would (in a viewport thousands of pixels tall every step paints more)
        page.set_viewport_size(vp)
        settle(page)
    return path


def settle(page, quiet_ms: int = 300, timeout_ms: int = 5000):
    """Wait until no plotly figure has redrawn for `quiet_ms` (e.g. after a resize)."""
    page.evaluate(
        """async ([quiet, timeout]) => {
             window.__pnLastPlot = performance.now();
             for (const gd of document.querySelectorAll('.js-plotly-plot'))
               if (!gd.__pnSettle && gd.on) {
                 gd.__pnSettle = true;
                 gd.on('plotly_afterplot', () => { window.__pnLastPlot = performance.now(); });
               }
             const t0 = performance.now();
             while (performance.now() - t0 < timeout && performance.now() - window.__pnLastPlot < quiet)
               await new Promise(r => setTimeout(r, 50));
           }""",
        [quiet_ms, timeout_ms],
    )


# --------------------------------------------------------------------------- interactions


PANE_STATS_JS = "() => ({ ...(globalThis.__pnPaneStats || {}) })"


def _measure(page, widget_loc, index: int, action, timeout_s: float = REDRAW_TIMEOUT) -> dict:
    page.evaluate(
        "(i) => window.__pn.arm(document.querySelector(`.pn-widget[data-pn-index='${i}']`))", index
    )
    before = page.evaluate(PANE_STATS_JS)
    action()
    r = page.evaluate("(ms) => window.__pn.wait(ms)", int(timeout_s * 1000))
    after = page.evaluate(PANE_STATS_JS)
    delta = {
        k: after.get(k, 0) - before.get(k, 0)
        for k in ("hit", "miss", "fast", "full", "quick", "ranged")
    }
    r["served"] = "ahead" if delta["hit"] else "kernel" if delta["miss"] else ""
    r["redraw"] = (
        "full"
        if delta["full"]
        else "ranges"
        if delta["ranged"]
        else "quick"
        if delta["quick"]
        else "animate"
        if delta["fast"]
        else ""
    )
    return r


SLIDER_KEYS = ("ArrowRight", "ArrowRight", "ArrowLeft", "PageUp", "ArrowLeft", "PageDown", "PageUp")


def exercise_widget(
    page, chapter: str, winfo: dict, timeout_s: float = REDRAW_TIMEOUT, slider_keys=SLIDER_KEYS
) -> list[Interaction]:
    """Move every control of one course widget; measure input -> figure redraw."""
    i = winfo["index"]
    w = page.locator(f".pn-widget[data-pn-index='{i}']")
    results: list[Interaction] = []
    name = winfo["name"]

    def own(sel):
        # controls whose nearest course widget is this one (not a nested one)
        loc = w.locator(sel)
        keep = []
        for k in range(loc.count()):
            el = loc.nth(k)
            if el.evaluate("(e, i) => e.closest('.pn-widget') === document.querySelector(`.pn-widget[data-pn-index='${i}']`)", i) \
               and el.is_enabled() and el.is_visible():  # fmt: skip
                keep.append(el)
        return keep

    def label_of(el) -> str:
        # A ToggleButtons group's own label is a direct child of its .widget-toggle-buttons
        # box, which is neither .widget-inline-hbox nor .widget-box: look there first, or
        # closest() climbs to the control panel and finds the first control's label.
        return el.evaluate(
            """e => { const own = e.querySelector(':scope > .widget-label');
                      const c = e.closest('.widget-inline-hbox, .widget-box, .jupyter-widgets');
                      const l = (own && own.textContent.trim()) ? own : c && c.querySelector('.widget-label');
                      return ((l && l.textContent) || e.getAttribute('title') || e.textContent || '').trim().slice(0, 30); }"""
        )

    def required(el) -> bool:
        # a control marked with the CSS class 'pn-no-figure' is allowed not to change the figure
        return not el.evaluate("e => !!e.closest('.pn-no-figure')")

    def record(control, action, r, req=True, note=""):
        results.append(
            Interaction(
                chapter,
                name,
                control,
                action,
                bool(r["changed"]),
                r["redrawMs"],
                r["paintMs"],
                req,
                note,
                r.get("served", ""),
                r.get("redraw", ""),
            )
        )

    # sliders: keyboard on the noUiSlider handle
    for h in own(
        ".widget-slider .noUi-handle, .widget-hslider .noUi-handle, .widget-vslider .noUi-handle"
    ):
        lbl = f"slider {label_of(h)!r}"
        readout = h.locator(
            "xpath=ancestor::*[contains(@class,'widget-slider') or contains(@class,'widget-hslider') or contains(@class,'widget-vslider')][1]//*[contains(@class,'widget-readout')]"
        )
        h.focus()
        req = required(h)
        for key in slider_keys:
            before = (
                readout.first.inner_text() if readout.count() else h.get_attribute("aria-valuenow")
            )
            r = _measure(page, w, i, lambda h=h, key=key: h.press(key), timeout_s)
            after = (
                readout.first.inner_text() if readout.count() else h.get_attribute("aria-valuenow")
            )
            if before == after and not r["changed"]:
                # at the end of its range: this key press did not move the value
                continue
            record(lbl, key, r, req)

    # dropdowns: pick each of up to three other options
    for sel in own(".widget-dropdown select"):
        lbl = f"dropdown {label_of(sel)!r}"
        req = required(sel)
        values = sel.evaluate("s => [...s.options].map(o => o.value)")
        current = sel.input_value()
        others = [v for v in values if v != current][:3] + [current]
        if len(values) < 2:
            continue
        for v in others:
            r = _measure(page, w, i, lambda sel=sel, v=v: sel.select_option(v), timeout_s)
            record(lbl, f"select {v}", r, req)

    # toggle-button groups: click a non-selected button; single toggle buttons: click twice
    for grp in own(".widget-toggle-buttons"):
        lbl = f"toggles {label_of(grp)!r}"
        req = required(grp)
        btns = grp.locator("button")
        n = btns.count()
        order = [
            k for k in range(n) if "mod-active" not in (btns.nth(k).get_attribute("class") or "")
        ][:3]
        active = [k for k in range(n) if "mod-active" in (btns.nth(k).get_attribute("class") or "")]
        for k in order + active[:1]:
            b = btns.nth(k)
            r = _measure(page, w, i, lambda b=b: b.click(), timeout_s)
            record(lbl, f"click {b.inner_text().strip() or k}", r, req)
    for b in own("button.widget-toggle-button"):
        if b.evaluate("e => !!e.closest('.widget-toggle-buttons')"):
            continue
        lbl = f"toggle {b.inner_text().strip()[:30]!r}"
        req = required(b)
        for _ in range(2):
            r = _measure(page, w, i, lambda b=b: b.click(), timeout_s)
            record(lbl, "click", r, req)

    # radio buttons behave like toggle groups
    for grp in own(".widget-radio-box"):
        lbl = f"radio {label_of(grp)!r}"
        req = required(grp)
        radios = grp.locator("input[type=radio]")
        n = radios.count()
        order = [k for k in range(n) if not radios.nth(k).is_checked()][:3]
        checked = [k for k in range(n) if radios.nth(k).is_checked()]
        for k in order + checked[:1]:
            rb = radios.nth(k)
            r = _measure(page, w, i, lambda rb=rb: rb.click(), timeout_s)
            record(lbl, f"pick {k}", r, req)

    # a Play control (the recovery animation): pressing play must move the figure; pause again
    for play in own(".widget-play"):
        buttons = play.locator("button")
        if buttons.count() < 2:
            continue
        r = _measure(page, w, i, buttons.nth(0).click, timeout_s)
        buttons.nth(1).click()  # pause
        record("play", "click play", r, required(play))

    # typed numbers (the calculators): a different value, then Enter, must change the figure
    for box in own(".widget-text input"):
        lbl = f"text {label_of(box)!r}"
        req = required(box)
        current = box.input_value().strip()
        try:
            typed = f"{float(current) + 7:g}"
        except ValueError:
            continue  # an empty box: nothing to change by one value alone

        def type_it(box=box, typed=typed):
            box.fill(typed)
            box.press("Enter")

        r = _measure(page, w, i, type_it, timeout_s)
        record(lbl, f"type {typed}", r, req)

    # checkboxes and plain buttons: measured, but a figure change is not required
    for cb in own(".widget-checkbox input[type=checkbox]"):
        lbl = f"checkbox {label_of(cb)!r}"
        for _ in range(2):
            r = _measure(page, w, i, lambda cb=cb: cb.click(), timeout_s=min(timeout_s, 2))
            record(lbl, "click", r, req=False)
    for b in own("button.widget-button:not(.widget-toggle-button)"):
        lbl = f"button {b.inner_text().strip()[:30]!r}"
        r = _measure(page, w, i, lambda b=b: b.click(), timeout_s=min(timeout_s, 2))
        record(lbl, "click", r, req=False)
    return results


def exercise_output_widget(
    page, chapter: str, winfo: dict, timeout_s: float = REDRAW_TIMEOUT
) -> list[Interaction]:
    """Move every control of a course widget whose answer is HTML (text, a map), not a
    figure: each choice must change what the widget shows."""
    i = winfo["index"]
    sel = f".pn-widget[data-pn-index='{i}']"
    w = page.locator(sel)
    results: list[Interaction] = []

    def measure(control, action_name, action, req=True):
        page.evaluate(f"() => window.__pn.armOutput(document.querySelector(`{sel}`))")
        action()
        r = page.evaluate("(ms) => window.__pn.waitOutput(ms)", int(timeout_s * 1000))
        results.append(
            Interaction(
                chapter, winfo["name"], control, action_name, bool(r["changed"]),
                r["redrawMs"], r["paintMs"], req,
            )
        )  # fmt: skip

    for kind, css in (("list", ".widget-select select"), ("dropdown", ".widget-dropdown select")):
        for k in range(w.locator(css).count()):
            box = w.locator(css).nth(k)
            values = box.evaluate("s => [...s.options].map(o => o.value)")
            current = box.input_value()
            for v in [v for v in values if v != current][:3] + [current]:
                measure(f"{kind} {k}", f"select {v}", lambda box=box, v=v: box.select_option(v))
    groups = w.locator(".widget-toggle-buttons")
    for k in range(groups.count()):
        buttons = groups.nth(k).locator("button")
        active = [
            n for n in range(buttons.count())
            if "mod-active" in (buttons.nth(n).get_attribute("class") or "")
        ]  # fmt: skip
        others = [n for n in range(buttons.count()) if n not in active]
        # every option but the last once (the last is usually 'not sure'), then back
        for n in others[:2] + active[:1]:
            b = buttons.nth(n)
            measure(f"toggles {k}", f"click {b.inner_text().strip()}", b.click)
    for b in [w.locator("button.widget-button:not(.widget-toggle-button)").nth(n)
              for n in range(w.locator("button.widget-button:not(.widget-toggle-button)").count())]:  # fmt: skip
        measure(f"button {b.inner_text().strip()[:30]!r}", "click", b.click, req=False)
    return results


def format_failures(items: list[Interaction]) -> str:
    return "\n".join(
        f"  {it.widget}: {it.control} {it.action}: figure did not change" for it in items
    )


# --------------------------------------------------------------------------- selection


def selected_notebooks() -> tuple[Path, list[Path]]:
    """(server root, notebooks) for the chapter tests."""
    spec = os.environ.get("PN_BROWSER_NOTEBOOKS", "").strip()
    if not spec:
        return REPO, chapter_notebooks()
    nbs: list[Path] = []
    for part in spec.split(os.pathsep):
        hits = sorted(glob.glob(os.path.expanduser(part))) or [part]
        nbs += [Path(h).resolve() for h in hits]
    for nb in nbs:
        if not nb.is_file():
            raise ValueError(f"PN_BROWSER_NOTEBOOKS: no such notebook {nb}")
    if all(REPO in nb.parents for nb in nbs):
        return REPO, nbs
    return Path(os.path.commonpath([str(nb.parent) for nb in nbs])), nbs


# --------------------------------------------------------------------------- pages


def _writes_a_file(method: str, url: str) -> bool:
    """A contents-API request that changes a file: a save (PUT), rename (PATCH), delete, a new
    file (POST), or a checkpoint restore (POST .../checkpoints/<id>).  Creating a checkpoint
    (POST .../checkpoints) copies the notebook as it is on disk into .ipynb_checkpoints/, which
    JupyterLab does whenever it opens a notebook that has none."""
    path = urllib.parse.urlsplit(url).path
    if method in ("GET", "HEAD", "OPTIONS") or "/api/contents" not in path:
        return False
    return not (method == "POST" and path.rstrip("/").endswith("/checkpoints"))


class LabPage:
    """One browser context + page in which JupyterLab is loaded once (`load`); notebooks are
    then opened, restarted & run (`run`) and closed again (`close_notebook`) in it one after
    another, as a learner does in a running JupyterLab.

    Console errors and requests leaving 127.0.0.1 are recorded per notebook: the lists start
    empty when a notebook is opened (what happens while JupyterLab loads is kept on the
    LabLoad).  If the page becomes unusable (crashed, a dialog that will not go away, a
    notebook that would not close), JupyterLab is loaded again before the next notebook and
    that load is reported as well."""

    VIEWPORT = {"width": 1280, "height": 900}

    def __init__(self, browser, server: LabServer, label: str = "jupyterlab", report=None):
        self.browser = browser
        self.server = server
        self.label = label
        self.report = report
        self.loads: list[LabLoad] = []
        self.console_errors: list[str] = []
        self.external: list[str] = []
        # every request that would change a file (e.g. a notebook save): must stay empty
        self.content_writes: list[str] = []
        self.current: ChapterRun | None = None
        self.current_path: str | None = None
        self._needs_reload: str | None = None
        self._new_page()

    def _new_page(self):
        self._crashed = False
        self.context = self.browser.new_context(viewport=dict(self.VIEWPORT), device_scale_factor=1)
        self.context.add_init_script(INIT_JS)
        self.page = self.context.new_page()
        self.page.set_default_timeout(30_000)
        # the lists are looked up when an event arrives, so resetting them starts a new record
        self.page.on(
            "console", lambda m: m.type == "error" and self.console_errors.append(m.text[:500])
        )
        self.page.on(
            "pageerror", lambda e: self.console_errors.append(f"pageerror: {str(e)[:500]}")
        )
        self.page.on(
            "request",
            lambda r: (
                None
                if re.match(r"^(https?|wss?)://127\.0\.0\.1[:/]", r.url)
                or r.url.startswith(("data:", "blob:", "about:"))
                else self.external.append(r.url)
            ),
        )
        self.page.on(
            "request",
            lambda r: (
                self.content_writes.append(f"{r.method} {r.url.split('?')[0]}")
                if _writes_a_file(r.method, r.url)
                else None
            ),
        )
        self.page.on("crash", lambda _p: setattr(self, "_crashed", True))
        # leaving the page (a reload) must not be held up by "leave site?"; nothing is saved
        self.page.on("dialog", lambda d: d.accept() if d.type == "beforeunload" else d.dismiss())

    # -- JupyterLab itself

    def load(self, reason: str = "first load") -> LabLoad:
        """Load JupyterLab with no document open; the time is reported once, not per notebook."""
        self.console_errors, self.external = [], []
        ld = LabLoad(self.label, reason, 0.0)
        ld.console_errors, ld.external_requests = self.console_errors, self.external
        ld.seconds = load_lab(self.page, self.server)
        self.loads.append(ld)
        if self.report is not None:
            self.report.loads.append(ld)
        self._needs_reload = None
        return ld

    def _reload(self, reason: str) -> LabLoad:
        try:
            if self._crashed or self.page.is_closed():
                raise RuntimeError("page crashed")
            self._forget_unsaved()
            return self.load(f"reload: {reason}")
        except Exception as e:
            with contextlib.suppress(Exception):
                self.context.close()
            self._new_page()
            return self.load(f"reload in a new browser context: {reason} ({str(e)[:200]})")

    def _forget_unsaved(self):
        with contextlib.suppress(Exception):
            self.page.evaluate(
                "() => { const app = window.jupyterapp; if (app) for (const w of app.shell.widgets('main'))"
                " if (w.context && w.context.model) w.context.model.dirty = false; }"
            )

    def _dismiss_dialogs(self) -> list[str]:
        """Cancel any JupyterLab dialog (the reject button: 'Cancel' / 'No', never 'Save')."""
        seen = []
        dialogs = self.page.locator(".jp-Dialog")
        for _ in range(5):
            if not dialogs.count():
                break
            with contextlib.suppress(Exception):
                seen.append(dialogs.first.inner_text(timeout=2000)[:200])
            reject = self.page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-reject")
            try:
                reject.first.click(timeout=2000)
            except Exception:
                self.page.keyboard.press("Escape")
            with contextlib.suppress(Exception):
                dialogs.first.wait_for(state="detached", timeout=2000)
        return seen

    def _unusable(self) -> str | None:
        """Why the next notebook cannot be opened on this page as it is, after tidying up."""
        if self._crashed or self.page.is_closed():
            return "page crashed"
        try:
            st = self.page.evaluate(PAGE_STATE_JS)
            if not (st["app"] and st["pn"]):
                return "no JupyterLab app on the page"
            if st["dialogs"]:
                self._dismiss_dialogs()
            if st["documents"] or st["pnWidgets"]:
                self.page.evaluate(CLOSE_JS, 10_000)
            st = self.page.evaluate(PAGE_STATE_JS)
        except Exception as e:
            return f"page not answering ({str(e)[:200]})"
        if st["dialogs"]:
            return f"a dialog would not close: {st['dialogs'][0]!r}"
        if st["documents"] or st["pnWidgets"]:
            return f"left open: {st['documents']} ({st['pnWidgets']} course widgets)"
        return None

    # -- one notebook at a time

    def begin(self, relpath: str, run: ChapterRun):
        """Make the page ready for the next notebook; its error/request lists start empty."""
        if self.current_path is not None:
            self.close_notebook()
        reason = self._needs_reload or self._unusable()
        if reason:
            ld = self._reload(f"{reason} (before {run.name})")
            run.problems += [
                f"while JupyterLab was reloaded before this notebook: {p}" for p in ld.problems()
            ]
        if self.page.viewport_size != self.VIEWPORT:
            self.page.set_viewport_size(dict(self.VIEWPORT))
        self.console_errors, self.external = [], []
        run.console_errors, run.external_requests = self.console_errors, self.external
        self.current, self.current_path = run, relpath

    def run(self, relpath: str, run: ChapterRun, **kw) -> ChapterRun:
        """Open `relpath` in the running JupyterLab, restart & run all, wait for the widgets.
        Call close_notebook() afterwards, also when this raised."""
        self.begin(relpath, run)
        open_and_run(self.page, relpath, run, **kw)
        return run

    def close_notebook(self) -> list[str]:
        """Shut the current notebook's kernel down and close its tab without saving (the file
        on disk is never written); restore the viewport a full-page screenshot grew.  Never
        raises: if the page cannot be tidied up, JupyterLab is reloaded before the next one."""
        run, path = self.current, self.current_path
        self.current = self.current_path = None
        t0 = time.monotonic()
        notes: list[str] = []
        try:
            if self._crashed or self.page.is_closed():
                raise RuntimeError("page crashed")
            dismissed = self._dismiss_dialogs()  # e.g. a restart confirmation a failed run left
            notes += [f"dialog cancelled: {d!r}" for d in dismissed]
            out = self.page.evaluate(CLOSE_JS, 10_000)
            notes += out["errors"]
            st = self.page.evaluate(PAGE_STATE_JS)
            if st["documents"] or st["pnWidgets"] or st["dialogs"]:
                raise RuntimeError(f"still there after closing: {st}")
            if self.page.viewport_size != self.VIEWPORT:
                self.page.set_viewport_size(dict(self.VIEWPORT))
            closed_in_page = True
        except Exception as e:
            notes.append(f"closing failed, JupyterLab will be reloaded: {str(e)[:300]}")
            self._needs_reload = f"closing {path} failed"
            closed_in_page = False
        if path is not None:
            notes += self._end_server_sessions(path, timeout_s=5 if closed_in_page else 0)
        if run is not None:
            run.close_s = time.monotonic() - t0
        return notes

    def _end_server_sessions(self, path: str, timeout_s: float) -> list[str]:
        """The server must not keep a kernel for `path`: wait up to `timeout_s` for the
        shutdown the page asked for, then delete what is left."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                left = [x for x in self.server.sessions() if x.get("path") == path]
            except Exception as e:
                return [f"could not list the server's sessions: {e}"]
            if not left:
                return []
            if time.monotonic() >= deadline:
                break
            time.sleep(0.2)
        for x in left:
            with contextlib.suppress(Exception):
                self.server.api("DELETE", f"/api/sessions/{x['id']}", timeout=10)
        return [f"kernel session for {path} still on the server after closing; deleted it"]

    def close(self):
        if self.current_path is not None:
            self.close_notebook()
        with contextlib.suppress(Exception):
            self.context.close()


def shot_name(relpath: str, suffix: str) -> str:
    return re.sub(r"[^\w.-]+", "_", Path(relpath).stem) + f"-{suffix}.png"
