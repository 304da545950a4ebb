"""``make notebooks``: execute every chapter in course order and store it cleaned."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from chapter_contract import stamp
from notebook_io import build

from widgets.course import CHAPTERS

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for ch in CHAPTERS:
        path = ROOT / ch.path
        if wanted and ch.filename not in wanted and str(ch.number) not in wanted:
            continue
        if not path.exists():
            print(f"missing: {ch.path}", file=sys.stderr)
            return 1
        nb = nbformat.read(path, as_version=4)
        nbformat.write(stamp(nb, ch), path)
        start = time.perf_counter()
        build(path)
        size = path.stat().st_size / 1024
        print(f"{ch.path}: executed in {time.perf_counter() - start:.1f} s, {size:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
