"""Fixtures for the real-browser tests (JupyterLab + headless Chromium via Playwright).

Environment:
  REQUIRE_BROWSER=1        missing Chromium/Playwright is a failure, not a skip (CI)
  PN_CHROMIUM=/path        Chromium binary (default /usr/bin/chromium)
  PN_BROWSER_NOTEBOOKS=... notebooks to test instead of chapters/[0-9][0-9]_*.ipynb
                           (os.pathsep-separated paths or globs; the server root is then
                           the repository if they are inside it, else their common folder)
  PN_SCREENSHOT_DIR=...    where PNGs go (default build/screenshots)
  PN_KERNEL_TIMEOUT, PN_RENDER_TIMEOUT, PN_REDRAW_TIMEOUT, PN_LAB_START_TIMEOUT (seconds)
  PN_HEADED=1              show the browser (debugging on a desktop)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import lab_harness as H  # noqa: E402

HERE = Path(__file__).parent
_REPORT = H.Report()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: needs JupyterLab + headless Chromium (tests/browser)"
    )
    config.addinivalue_line(
        "markers", "selftest: checks of the browser harness itself on scratch notebooks"
    )
    config.addinivalue_line("markers", "timeout(seconds): pytest-timeout limit")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not (_REPORT.chapters or _REPORT.interactions or _REPORT.loads):
        return
    tr = terminalreporter
    tr.write_sep("=", "browser: JupyterLab load, notebook open/run/render, control -> redraw")
    for line in _REPORT.lines():
        tr.write_line(line)
    if _REPORT.screenshot_dir:
        out = _REPORT.screenshot_dir / "timings.json"
        out.write_text(json.dumps(_REPORT.to_json(), indent=1, default=str))
        tr.write_line(f"timings: {out}")


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def browser_available():
    reason = H.missing_requirements()
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(
                f"REQUIRE_BROWSER=1 but the browser tests cannot run: {reason}", pytrace=False
            )
        pytest.skip(f"browser tests skipped: {reason}")
    return True


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    d = Path(os.environ.get("PN_SCREENSHOT_DIR", H.REPO / "build" / "screenshots")).resolve()
    d.mkdir(parents=True, exist_ok=True)
    _REPORT.screenshot_dir = d
    return d


@pytest.fixture(scope="session")
def report() -> H.Report:
    return _REPORT


@pytest.fixture(scope="session")
def browser(browser_available):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=H.chromium_path(),
            headless=os.environ.get("PN_HEADED") != "1",
            args=H.CHROMIUM_ARGS,
        )
        try:
            yield b
        finally:
            b.close()


def _start_server(root: Path, screenshot_dir: Path) -> H.LabServer:
    return H.LabServer(root, log_dir=screenshot_dir.parent / "logs").start()


@pytest.fixture(scope="session")
def lab_server(browser_available, screenshot_dir):
    """JupyterLab serving the repository (or the PN_BROWSER_NOTEBOOKS folder)."""
    root, _ = H.selected_notebooks()
    server = _start_server(root, screenshot_dir)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def scratch_root():
    with tempfile.TemporaryDirectory(prefix="pn-scratch-") as d:
        yield Path(d)


@pytest.fixture(scope="session")
def scratch_server(browser_available, scratch_root, screenshot_dir):
    """A second JupyterLab serving a temporary folder, for the harness self-checks."""
    server = _start_server(scratch_root, screenshot_dir)
    try:
        yield server
    finally:
        server.stop()


def _loaded_lab(browser, server: H.LabServer, label: str, report: H.Report):
    """One browser page with JupyterLab loaded once; every notebook is opened and closed in it."""
    lp = H.LabPage(browser, server, label=label, report=report)
    try:
        ld = lp.load()
        print(f"\nJupyterLab ({label}) loaded once in {ld.seconds:.2f}s")
        problems = ld.problems()
        if problems:
            pytest.fail(
                f"while JupyterLab loaded ({label}):\n" + "\n".join(problems), pytrace=False
            )
        yield lp
        # the tests restart and run notebooks but must never write one back to disk
        assert not lp.content_writes, f"JupyterLab ({label}) wrote files: {lp.content_writes}"
    finally:
        lp.close()


@pytest.fixture(scope="session")
def lab_page(browser, lab_server, report):
    """The chapters' JupyterLab, loaded once per session in one shared page."""
    yield from _loaded_lab(browser, lab_server, "chapters server", report)


@pytest.fixture(scope="module")
def scratch_page(browser, scratch_server, report):
    """The self-checks' JupyterLab (scratch server), loaded once in one shared page.  Only the
    self-check module uses it, so module scope means once per session too, and the page is
    closed before the chapters are timed (an idle JupyterLab still polls its server)."""
    yield from _loaded_lab(browser, scratch_server, "scratch server", report)
