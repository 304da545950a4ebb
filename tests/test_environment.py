"""The pinned environment: requirements.txt is the one list of pins; environment.yml
(Binder, conda) must point at it, and the running venv must match it."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([A-Za-z0-9_.+\-]+)$")
REQUIRED_BY_OWNER = {"jupyterlab", "ipywidgets", "plotly", "numpy", "nbval", "anywidget"}


def pins() -> dict[str, str]:
    result = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        match = PIN.match(line)
        assert match, f"requirements.txt: '{line}' is not pinned with =="
        result[match.group(1).lower()] = match.group(2)
    return result


def test_every_direct_dependency_is_pinned_and_owner_packages_present():
    assert REQUIRED_BY_OWNER <= set(pins())


def test_environment_yml_uses_the_pins_and_the_package():
    text = (ROOT / "environment.yml").read_text()
    assert re.search(r"^\s*-\s*python=3\.11\s*$", text, re.M)
    assert re.search(r"^\s*-\s*pip\s*$", text, re.M)
    assert re.search(r"^\s*-\s*-r requirements\.txt\s*$", text, re.M)
    assert re.search(r"^\s*-\s*-e \.\s*$", text, re.M)
    # No package may be pinned twice (in both files), or the two could drift apart.
    listed = re.findall(r"^\s*-\s*([A-Za-z0-9_.\-]+)\s*[=<>]", text, re.M)
    assert set(p.lower() for p in listed) - {"python"} == set()


def test_installed_versions_match_the_pins():
    mismatched = {
        name: (pinned, version(name)) for name, pinned in pins().items() if version(name) != pinned
    }
    assert not mismatched, f"installed versions differ from requirements.txt: {mismatched}"


def test_anywidget_front_end_waits_long_enough_for_plotly():
    """The install step raises anywidget's 2 s start-up limit (see tools/patch_anywidget.py);
    without it the first figure of a chapter stays blank on a busy machine."""
    import patch_anywidget

    bundles = [p for d in patch_anywidget.extension_dirs() for p in d.glob("*.js")]
    texts = [p.read_text(encoding="utf-8") for p in bundles]
    assert any(patch_anywidget.PATCHED in t for t in texts)
    assert not any(patch_anywidget.ORIGINAL in t for t in texts)
