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


def assert_fell_back_to_defaults(widget, default_view, name: str, allowed: str) -> None:
    """A widget built with a bad option names it and what it allows, says it shows the
    default setting, and shows exactly the default figure (``default_view``: summary and
    figure JSON of a widget built without options)."""
    from widgets.views.plot_pane import figure_json

    message = widget.message.value
    assert "pn-message-error" in message and "Cannot update" in message
    assert name in message and allowed in message
    assert "default setting" in message
    assert (widget.summary(), figure_json(widget.figure)) == default_view
