"""Write the README's generated parts (Binder badge, chapter table, hub link) from
``widgets.course``, so that every link follows the one configured repository URL.

``python tools/readme.py`` rewrites README.md; the tests check it is up to date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from widgets.course import CHAPTERS, EXAMPLE_HUB_URL, binder_url, nbgitpuller_url

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- generated:(\w+) -->\n).*?(<!-- /generated -->)", re.S)


def badge() -> str:
    return f"[![Launch on Binder](https://mybinder.org/badge_logo.svg)]({binder_url()})\n"


def chapter_table() -> str:
    rows = ["| # | Chapter | Time | Live |", "|---|---|---|---|"]
    for ch in CHAPTERS:
        rows.append(
            f"| {ch.number:02d} | [{ch.title}]({ch.path}) | {ch.minutes} min | "
            f"[Binder]({binder_url(ch)}) |"
        )
    return "\n".join(rows) + "\n"


def hub_link() -> str:
    return f"```\n{nbgitpuller_url(EXAMPLE_HUB_URL)}\n```\n"


GENERATORS = {"badge": badge, "chapters": chapter_table, "hub": hub_link}


def render(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + GENERATORS[m.group(2)]() + m.group(3), text)


if __name__ == "__main__":
    README.write_text(render(README.read_text()))
    sys.exit(0)
