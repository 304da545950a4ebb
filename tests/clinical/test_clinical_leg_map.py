"""assets/leg_map.svg and widgets/clinical/regions.py describe the same regions."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from widgets.clinical.regions import RED_FLAG_REGIONS, REGION_BY_KEY, REGIONS

SVG_PATH = Path(__file__).resolve().parents[2] / "assets" / "leg_map.svg"
NS = {"svg": "http://www.w3.org/2000/svg"}


@pytest.fixture(scope="module")
def root():
    return ET.parse(SVG_PATH).getroot()


def region_groups(root):
    return {
        g.get("id"): g
        for g in root.iter(f"{{{NS['svg']}}}g")
        if "region" in (g.get("class") or "").split()
    }


def test_svg_is_accessible(root):
    assert root.get("role") == "img"
    assert root.get("aria-label")
    assert root.find("svg:title", NS) is not None and root.find("svg:title", NS).text
    assert root.find("svg:desc", NS) is not None and root.find("svg:desc", NS).text
    labelled_by = root.get("aria-labelledby", "").split()
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert labelled_by and set(labelled_by) <= ids


def test_region_ids_match_regions_module_both_ways(root):
    assert set(region_groups(root)) == set(REGION_BY_KEY)


def test_ids_are_unique(root):
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("region", REGIONS, ids=lambda r: r.key)
def test_each_region_has_shape_title_and_text_label(root, region):
    group = region_groups(root)[region.key]
    assert group.findall("svg:path", NS), "region needs a shape"
    title = group.find("svg:title", NS)
    assert title is not None and title.text == f"{region.label}: {region.nerve}"
    texts = group.findall("svg:text", NS)
    assert texts, "colour alone is not enough: each region needs a text label"
    visible = " ".join("".join(t.itertext()) for t in texts).lower()
    assert region.label.split()[0].lower().strip("'(") in visible


def test_red_flag_region_is_marked_in_words(root):
    assert RED_FLAG_REGIONS == {"saddle"}
    group = region_groups(root)["saddle"]
    assert "red-flag" in group.get("class")
    assert "RED FLAG" in " ".join("".join(t.itertext()) for t in group.iter())
