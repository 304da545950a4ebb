"""The course map, the links built from the one repository URL, and the README."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlparse

import pytest
import readme
from conftest import ROOT

from widgets import course
from widgets.course import CHAPTERS, binder_url, nbgitpuller_url


def test_chapters_are_numbered_in_order_with_unique_files():
    assert [ch.number for ch in CHAPTERS] == list(range(len(CHAPTERS)))
    assert len({ch.filename for ch in CHAPTERS}) == len(CHAPTERS)
    assert all(re.fullmatch(r"\d\d_[a-z_]+\.ipynb", ch.filename) for ch in CHAPTERS)


def test_binder_link_opens_the_chapter_in_the_configured_repository():
    for ch in CHAPTERS:
        url = urlparse(binder_url(ch))
        assert url.netloc == "mybinder.org"
        slug = course.REPOSITORY_URL.removeprefix("https://github.com/")
        assert url.path == f"/v2/gh/{slug}/{course.BRANCH}"
        assert unquote(parse_qs(url.query)["urlpath"][0]) == f"lab/tree/{ch.path}"


def test_nbgitpuller_link_clones_the_configured_repository():
    url = urlparse(nbgitpuller_url("https://hub.example.org/", CHAPTERS[2]))
    query = parse_qs(url.query)
    assert url.netloc == "hub.example.org" and url.path == "/hub/user-redirect/git-pull"
    assert query["repo"] == [course.REPOSITORY_URL] and query["branch"] == [course.BRANCH]
    assert query["urlpath"][0].endswith(CHAPTERS[2].path)
    with pytest.raises(ValueError, match="hub_url"):
        nbgitpuller_url("hub.example.org")


def test_readme_generated_parts_are_up_to_date():
    text = (ROOT / "README.md").read_text()
    assert readme.render(text) == text, "README is stale: run `python tools/readme.py`"
    for ch in CHAPTERS:
        assert binder_url(ch) in text and ch.title in text


def test_readme_gives_exactly_the_two_commands_and_the_disclaimer():
    text = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```\n(.*?)```", text, re.S)
    assert "make lab\n" in blocks and "make test\n" in blocks
    assert "not medical advice" in text
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^lab:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)
