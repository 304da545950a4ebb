"""Write the README's generated parts (Binder badge, chapter table, hub link, how to publish
a copy) from ``widgets.course``, so that every link follows the one configured repository URL.

``python tools/readme.py`` rewrites README.md; the tests check it is up to date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from widgets.course import (
    BRANCH,
    CHAPTERS,
    EXAMPLE_HUB_URL,
    REPOSITORY_URL,
    binder_url,
    nbgitpuller_url,
)

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


def publishing() -> str:
    return f"""Every Binder and JupyterHub (nbgitpuller) link, in this README, in the chapters and
on the static site, points at the one repository set in `widgets/course.py`, now
`{REPOSITORY_URL}` (branch `{BRANCH}`).
To publish your own copy:

1. Set `REPOSITORY_URL` in `widgets/course.py` to your repository's address.
2. Regenerate this README's links: `.venv/bin/python tools/readme.py` (the `.venv` that
   `make lab` or `make test` creates).
3. `make notebooks` (the start page's stored links).
4. `make site`
5. `make slides`

Then commit and push to that repository: Binder builds the course from it.
"""


GENERATORS = {
    "badge": badge,
    "chapters": chapter_table,
    "hub": hub_link,
    "publishing": publishing,
}


def render(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + GENERATORS[m.group(2)]() + m.group(3), text)


if __name__ == "__main__":
    README.write_text(render(README.read_text()))
    sys.exit(0)
