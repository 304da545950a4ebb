"""Give anywidget's front end more than 2 s to start a widget.

anywidget 0.11 aborts a widget whose JavaScript has not initialised within 2 seconds
("[anywidget] Failed to initialize model."). The course's figures are anywidgets
(``widgets/views/plot_pane.py``) and so is plotly's FigureWidget (a ~5 MB bundle); on a busy
2-core machine or a slow Binder instance, starting one can take longer, and the figure then
stays blank for good.  This script raises the limit to 30 s in
the installed JupyterLab extension.  It runs as part of the environment set-up
(``make``'s install step and Binder's ``postBuild``), is idempotent, and fails loudly if the
bundle changes so that the patch no longer applies (e.g. after an anywidget upgrade).
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

ORIGINAL = "AbortSignal.timeout(2000)"
PATCHED = "AbortSignal.timeout(30000)"


def extension_dirs() -> list[Path]:
    data = Path(sysconfig.get_paths()["data"])
    purelib = Path(sysconfig.get_paths()["purelib"])
    return [
        data / "share/jupyter/labextensions/anywidget/static",
        purelib / "anywidget/labextension/static",
    ]


def patch() -> int:
    """Patch every bundle that carries the timeout; return how many now carry the new one."""
    patched = 0
    for folder in extension_dirs():
        for path in sorted(folder.glob("*.js")):
            text = path.read_text(encoding="utf-8")
            if ORIGINAL in text:
                path.write_text(text.replace(ORIGINAL, PATCHED), encoding="utf-8")
            if PATCHED in text or ORIGINAL in text:
                patched += 1
    return patched


if __name__ == "__main__":
    count = patch()
    if count == 0:
        sys.exit(
            "patch_anywidget: no anywidget bundle with the 2 s start-up limit was found; "
            "check the pinned anywidget version"
        )
    print(f"patch_anywidget: start-up limit is 30 s in {count} bundle(s)")
