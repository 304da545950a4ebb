"""Chapter order, titles and the repository the Binder and JupyterHub links point to.

The single source of truth for the course map: the README, the start page, the
previous/next links and the tests all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

# Change this one line when the course moves; every Binder and hub link follows it.
REPOSITORY_URL = "https://github.com/pins-and-needles-course/pins-and-needles"
BRANCH = "main"
BINDER_BASE = "https://mybinder.org/v2/gh"
# The hub address in the nbgitpuller recipe of the README and the site (an instructor puts
# their hub's address in its place).
EXAMPLE_HUB_URL = "https://hub.example.edu"


@dataclass(frozen=True)
class Chapter:
    number: int
    slug: str
    title: str
    minutes: int

    @property
    def filename(self) -> str:
        return f"{self.number:02d}_{self.slug}.ipynb"

    @property
    def path(self) -> str:
        return f"chapters/{self.filename}"


CHAPTERS: tuple[Chapter, ...] = (
    Chapter(0, "start_here", "Start here", 10),
    Chapter(1, "nerve_signals", "How a nerve carries a signal", 35),
    Chapter(2, "falling_asleep", "Why a leg falls asleep", 30),
    Chapter(3, "pins_and_needles", "Pins and needles: the recovery", 30),
    Chapter(4, "causes", "Causes of tingling legs", 40),
    Chapter(5, "warning_signs", "Warning signs: when to get help", 25),
    Chapter(6, "diagnosis_treatment", "Diagnosis and treatment", 35),
    Chapter(7, "review", "Review, glossary and final quiz", 30),
)

DISCLAIMER = (
    "This course is education, not medical advice. If you are worried about symptoms, "
    "contact a doctor; in an emergency call your local emergency number (999 in the UK, "
    "911 in the US and Canada, 112 in the EU)."
)


def chapter(number: int) -> Chapter:
    return CHAPTERS[number]


def neighbours(number: int) -> tuple[Chapter | None, Chapter | None]:
    """The previous and next chapter (``None`` at either end)."""
    prev_ch = CHAPTERS[number - 1] if number > 0 else None
    next_ch = CHAPTERS[number + 1] if number + 1 < len(CHAPTERS) else None
    return prev_ch, next_ch


def _repo_slug() -> str:
    return REPOSITORY_URL.removeprefix("https://github.com/").rstrip("/")


def binder_url(ch: Chapter | None = None) -> str:
    """A Binder link that opens JupyterLab on one chapter (or on the start page)."""
    target = (ch or CHAPTERS[0]).path
    return f"{BINDER_BASE}/{_repo_slug()}/{BRANCH}?urlpath={quote('lab/tree/' + target, safe='')}"


def nbgitpuller_url(hub_url: str, ch: Chapter | None = None) -> str:
    """An nbgitpuller link that clones the course into a student's home on ``hub_url`` and
    opens a chapter in JupyterLab."""
    if not hub_url.startswith(("https://", "http://")):
        raise ValueError(f"hub_url must start with https:// or http://, got {hub_url!r}")
    repo_dir = _repo_slug().split("/")[-1]
    target = (ch or CHAPTERS[0]).path
    query = urlencode(
        {
            "repo": REPOSITORY_URL,
            "branch": BRANCH,
            "urlpath": f"lab/tree/{repo_dir}/{target}",
        }
    )
    return f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?{query}"
