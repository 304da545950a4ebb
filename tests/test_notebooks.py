"""Notebook hygiene and the chapter contract, for every chapter in course order."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from chapter_contract import FOOTER_MARK, REFERENCES_HEADING, stamp
from conftest import ROOT, ignored_output_share

from widgets.course import CHAPTERS

IDS = [ch.filename for ch in CHAPTERS]
MAX_BYTES = 1024 * 1024


def test_chapters_folder_holds_exactly_the_course_map():
    on_disk = sorted(p.name for p in (ROOT / "chapters").glob("*.ipynb"))
    assert on_disk == sorted(IDS)


def read(ch) -> nbformat.NotebookNode:
    return nbformat.read(ROOT / ch.path, as_version=4)


@pytest.mark.parametrize("ch", CHAPTERS, ids=IDS)
def test_hygiene(ch):
    nb = read(ch)
    path = ROOT / ch.path
    assert path.stat().st_size <= MAX_BYTES, f"{ch.filename} is over 1 MiB"
    raw = path.read_text()
    assert '"_esm"' not in raw, "a widget's JavaScript bundle is stored"
    assert "widgets" not in nb.metadata, "widget state is stored in metadata"
    assert nb.metadata.kernelspec.name == "python3"
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), "not executed top to bottom in order"
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", f"stored error in {ch.filename}"
            assert out.get("name") != "stderr", f"stored stderr in {ch.filename}: {out}"
            assert "application/vnd.jupyter.widget-view+json" not in out.get("data", {})


@pytest.mark.parametrize("ch", CHAPTERS, ids=IDS)
def test_contract(ch):
    nb = read(ch)
    first = nb.cells[0].source
    assert first.startswith(
        f"# {ch.title}" if ch.number == 0 else f"# Chapter {ch.number}: {ch.title}"
    )
    assert "Not medical advice" in first and "Estimated time" in first
    objectives = first.split("## Learning objectives", 1)[1]
    assert re.search(r"^- \S", objectives, re.M), "no learning objectives listed"
    headings = [c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown"]
    tail = headings[-4:]
    assert any(h.startswith("## Summary") for h in tail), f"{ch.filename}: no closing summary"
    assert any(h.startswith(REFERENCES_HEADING) for h in tail)
    assert nb.cells[-1].source.startswith(FOOTER_MARK)
    # Header, references and previous/next links are written from widgets.course and
    # widgets.references: the stored chapter must already be up to date.
    restamped = stamp(copy.deepcopy(nb), ch)
    assert [c.source for c in restamped.cells] == [c.source for c in nb.cells], (
        f"{ch.filename} is out of date: run `make notebooks`"
    )
    if ch.number > 0:
        sources = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert f"widgets.quiz({ch.number})" in sources, "no self-check quiz"
    for cell in nb.cells:
        assert "slideshow" in cell.metadata, "cell without slide metadata"
        # the live deck (jupyterlab-slideshow) hides a cell marked "-"; continuing cells
        # carry no slide_type, which both it and nbconvert read as "continue this slide"
        assert cell.metadata["slideshow"].get("slide_type") in (None, "slide", "subslide"), (
            cell.metadata["slideshow"]
        )


def test_code_is_formatted_and_linted():
    ruff = [sys.executable, "-m", "ruff"]
    lint = subprocess.run(
        ruff + ["check", "chapters", "widgets", "tests", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = subprocess.run(
        ruff + ["format", "--check", "chapters"], cwd=ROOT, capture_output=True, text=True
    )
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_share_of_ignored_outputs_is_small():
    ignored, total = ignored_output_share()
    assert total > 0
    assert ignored / total <= 0.10, f"{ignored} of {total} outputs are not compared"


def test_nbval_collects_every_chapter():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--nbval",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "chapters",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    collected = {line.split("::")[0] for line in result.stdout.splitlines() if "::" in line}
    assert collected == {ch.path for ch in CHAPTERS}, result.stdout[-2000:]


def _run_nbval(notebook: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--nbval",
            "-q",
            "-p",
            "no:cacheprovider",
            "--nbval-sanitize-with",
            str(ROOT / "tests" / "nbval_sanitize.cfg"),
            "-o",
            "testpaths=",
            str(notebook),
        ],
        cwd=notebook.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_nbval_fails_when_a_stored_output_no_longer_matches(tmp_path):
    source = ROOT / CHAPTERS[0].path
    nb = json.loads(source.read_text())
    (tmp_path / "same.ipynb").write_text(json.dumps(nb))
    target = next(c for c in nb["cells"] if c["cell_type"] == "code" and c["outputs"])
    data = target["outputs"][0]["data"]
    data["text/html"] = "".join(data["text/html"]).replace("Start here", "Start HERE")
    (tmp_path / "altered.ipynb").write_text(json.dumps(nb))
    unchanged = _run_nbval(tmp_path / "same.ipynb")
    assert unchanged.returncode == 0, unchanged.stdout[-3000:]
    altered = _run_nbval(tmp_path / "altered.ipynb")
    assert altered.returncode != 0, "nbval passed a notebook whose stored output was altered"
    assert "Start HERE" in altered.stdout
