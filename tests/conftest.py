"""Shared fixtures, and the report of how many notebook cells nbval does not compare."""

from __future__ import annotations

from pathlib import Path

import nbformat

from widgets.course import CHAPTERS

ROOT = Path(__file__).resolve().parent.parent
IGNORE_MARKERS = ("NBVAL_IGNORE_OUTPUT", "NBVAL_SKIP")


def load_chapters() -> list[tuple[object, nbformat.NotebookNode]]:
    return [(ch, nbformat.read(ROOT / ch.path, as_version=4)) for ch in CHAPTERS]


def ignored_output_share() -> tuple[int, int]:
    """(code cells whose output nbval does not compare, all code cells with output)."""
    ignored = total = 0
    for _, nb in load_chapters():
        for cell in nb.cells:
            if cell.cell_type != "code" or not cell.get("outputs"):
                continue
            total += 1
            tags = cell.metadata.get("tags", [])
            if any(m in cell.source or m.lower().replace("_", "-") in tags for m in IGNORE_MARKERS):
                ignored += 1
    return ignored, total


def pytest_terminal_summary(terminalreporter):
    try:
        ignored, total = ignored_output_share()
    except FileNotFoundError:
        return
    share = 100 * ignored / total if total else 0
    terminalreporter.write_line(
        f"nbval: {total - ignored} of {total} code cells with output are compared; "
        f"{ignored} ignored ({share:.0f}%)"
    )
