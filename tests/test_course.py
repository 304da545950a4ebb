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


def test_readme_says_how_to_publish_a_copy():
    text = (ROOT / "README.md").read_text()
    section = text.split("## Publishing your own copy", 1)[1].split("\n## ", 1)[0]
    assert course.REPOSITORY_URL in section and "Binder" in section
    steps = [
        "`REPOSITORY_URL` in `widgets/course.py`",
        "tools/readme.py",
        "`make notebooks`",
        "`make site`",
        "`make slides`",
    ]
    where = [section.find(step) for step in steps]
    assert -1 not in where and where == sorted(where), "steps missing or out of order"


def test_readme_set_up_names_what_make_and_ci_need():
    text = (ROOT / "README.md").read_text()
    setup = text.split("## Start the course", 1)[1].split("\n## ", 1)[0]
    assert "Python 3.11" in setup and "python3.11-venv" in setup and "`make`" in setup
    # the same packages as .ci/run installs for the browser tests
    ci = (ROOT / ".ci" / "run").read_text()
    installed = re.search(r"apt-get install -y -qq ([a-z0-9 .-]+?) >", ci).group(1)
    assert f"apt-get install {installed}" in setup
    assert "REQUIRE_BROWSER=1" in setup and "REQUIRE_BROWSER=1" in ci
