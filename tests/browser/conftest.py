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
    if not (_REPORT.chapters or _REPORT.interactions):
        return
    tr = terminalreporter
    tr.write_sep("=", "browser: run-all times and control -> redraw latency")
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


@pytest.fixture
def lab_page_factory(browser):
    pages: list[H.LabPage] = []

    def make(server: H.LabServer) -> H.LabPage:
        p = H.LabPage(browser, server)
        pages.append(p)
        return p

    yield make
    for p in pages:
        p.close()
