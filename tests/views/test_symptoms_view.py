"""The symptom-pattern explorer against what it displays: the ranking on screen and in the
summary, the emergency warning first, the not-a-diagnosis text always, bad input as a
message, a meaningful static fallback, and the cause cards generated from the data."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from traitlets import TraitError

import widgets
from widgets.clinical.causes import CAUSES, GROUPS
from widgets.clinical.pattern_match import (
    NOT_A_DIAGNOSIS,
    REGION_CHOICES,
    RELIEF_CHOICES,
    SIDE_CHOICES,
    TIMING_CHOICES,
)
from widgets.views.symptoms import SymptomExplorer, cause_cards, leg_map_html

NOT_A_DIAGNOSIS_HTML = html.escape(NOT_A_DIAGNOSIS, quote=True)
NERVE_ROOT = {"sciatica", "herniated_disc", "lumbar_spinal_stenosis"}


def nerve_root_possible(result) -> bool:
    """A nerve-root cause is listed as fitting the area, or ranks in the top 3."""
    return any(m.cause.key in NERVE_ROOT and m.region_fits for m in result) or any(
        m.cause.key in NERVE_ROOT for m in result.top(3)
    )


def displayed_ranking(panel_html: str) -> list[str]:
    """Cause names in the order the panel lists them."""
    ranking = panel_html.split('class="pn-ranking"', 1)[1].split("</ol>", 1)[0]
    return [html.unescape(n) for n in re.findall(r"<li[^>]*><b>(.*?)</b>", ranking)]


def test_outer_thigh_one_side_shows_meralgia_first():
    explorer = widgets.symptom_explorer()
    explorer.region.value = "outer_thigh"
    explorer.sides.value = "one"
    assert displayed_ranking(explorer.panel.value)[0] == "Meralgia paresthetica"
    summary = explorer._repr_mimebundle_()["text/plain"]
    assert summary.startswith("Outer thigh")
    assert ": 1. Meralgia paresthetica (score" in summary
    assert "Not a diagnosis" in summary


def test_saddle_region_shows_the_emergency_warning_first():
    explorer = SymptomExplorer(region="calf")
    assert 'role="alert"' not in explorer.panel.value
    explorer.region.value = "saddle"
    panel = explorer.panel.value
    first_block = re.search(r'<div class="pn-symptom-results"[^>]*>(<div[^>]*>)', panel).group(1)
    assert 'role="alert"' in first_block and "pn-emergency" in first_block
    alert = panel.index("EMERGENCY")
    assert alert < panel.index(NOT_A_DIAGNOSIS_HTML) < panel.index('class="pn-ranking"')
    warning = panel[alert : panel.index("</div>", alert)]
    assert "cauda equina" in warning and all(n in warning for n in ("999", "911", "112"))
    assert explorer.summary().startswith("EMERGENCY warning shown first.")
    assert "RED FLAG" in dict((v, k) for k, v in explorer.region.options)["saddle"]


@pytest.mark.parametrize(
    "region", ["back_of_thigh", "calf", "shin_top_of_foot", "inner_lower_leg", "sole_heel"]
)
def test_sciatica_in_both_legs_shows_the_emergency_warning_first(region):
    explorer = SymptomExplorer(region=region, sides="one")
    assert "EMERGENCY" not in explorer.panel.value
    explorer.sides.value = "both"
    panel = explorer.panel.value
    assert 'role="alert"' in panel
    assert panel.index("EMERGENCY") < panel.index(NOT_A_DIAGNOSIS_HTML)
    assert "cauda equina" in panel
    assert explorer.summary().startswith("EMERGENCY warning shown first.")


def test_not_sure_about_sides_prompts_a_check_of_the_both_legs_signs():
    explorer = SymptomExplorer(region="sole_heel", sides="not_sure")
    panel = explorer.panel.value
    assert "EMERGENCY." not in panel  # a prompt, not the emergency box
    assert panel.index("pn-check-prompt") < panel.index(NOT_A_DIAGNOSIS_HTML)
    assert "both legs" in panel and "999" in panel
    assert "Prompt to check" in explorer.summary()


@settings(max_examples=150, deadline=None)
@given(
    region=st.sampled_from(list(REGION_CHOICES)),
    timing=st.sampled_from(list(TIMING_CHOICES)),
    sides=st.sampled_from(list(SIDE_CHOICES)),
    relief=st.sampled_from(list(RELIEF_CHOICES)),
)
def test_every_result_is_not_a_diagnosis_and_never_under_triages(region, timing, sides, relief):
    explorer = EXPLORER
    explorer.set_pattern(region=region, timing=timing, sides=sides, relieved_by=relief)
    panel = explorer.panel.value
    assert NOT_A_DIAGNOSIS_HTML in panel
    assert "Not a diagnosis" in explorer.summary()
    nerve_root = nerve_root_possible(explorer.result)
    emergency = region == "saddle" or (sides == "both" and nerve_root)
    assert ("EMERGENCY" in panel) == emergency
    if emergency:
        assert panel.index("EMERGENCY") < panel.index(NOT_A_DIAGNOSIS_HTML)
    prompt = sides == "not_sure" and nerve_root and region != "saddle"
    assert ("pn-check-prompt" in panel) == prompt
    if prompt:
        assert panel.index("pn-check-prompt") < panel.index(NOT_A_DIAGNOSIS_HTML)
        assert "cauda equina" in panel
    shown = displayed_ranking(panel)
    assert shown, "no cause listed"
    assert explorer.summary().split(": 1. ", 1)[1].startswith(shown[0])
    selected = re.findall(
        r'<g id="[^"]*-([a-z0-9_]+)" class="region[^"]*pn-selected', explorer.map.value
    )
    assert selected == [region]


EXPLORER = SymptomExplorer()


def test_every_region_highlights_its_own_area_on_the_map():
    for key in REGION_CHOICES:
        svg = leg_map_html(key, "t")
        assert re.search(rf'<g id="t-{key}" class="region[^"]*pn-selected', svg)
        assert html.escape(REGION_CHOICES[key].split(":")[0]) in svg  # caption in words


def test_inline_map_styles_only_itself():
    svg = leg_map_html("calf", "t")
    style = svg.split("<style>", 2)[2].split("</style>", 1)[0]  # the map's own style block
    for rule in re.findall(r"([^{}]+)\{", style):
        assert all(s.strip().startswith(".pn-legmap-t ") for s in rule.split(",")), rule
    assert 'id="calf"' not in svg and 'id="t-calf"' in svg
    assert "url(#hatch" not in svg


def test_unknown_keys_show_a_clear_message_and_change_nothing():
    explorer = SymptomExplorer()
    before = explorer.summary()
    explorer.set_pattern(region="knee")
    assert "Cannot update" in explorer.panel.value and "knee" in explorer.panel.value
    assert "outer_thigh" in explorer.panel.value  # lists the valid keys
    assert NOT_A_DIAGNOSIS_HTML in explorer.panel.value
    assert explorer.region.value == "outer_thigh"
    explorer.set_pattern(colour="red")
    assert "Unknown answer name" in explorer.panel.value
    explorer.set_pattern(region="calf")  # a valid update clears the message
    assert "Cannot update" not in explorer.panel.value
    assert explorer.summary() != before


def test_an_invalid_value_in_a_control_is_refused_and_the_display_stays_valid():
    explorer = SymptomExplorer()
    panel = explorer.panel.value
    with pytest.raises(TraitError):
        explorer.timing.value = "on a Tuesday"
    assert explorer.panel.value == panel


def test_bad_builder_arguments_fall_back_with_a_message():
    explorer = widgets.symptom_explorer(region="elbow", sides="both")
    assert "Cannot update" in explorer.panel.value and "elbow" in explorer.panel.value
    assert explorer.region.value == "outer_thigh" and explorer.sides.value == "both"


def test_static_fallback_is_the_default_result():
    bundle = SymptomExplorer()._repr_mimebundle_()
    static = bundle["text/html"]
    assert "Meralgia paresthetica" in static and NOT_A_DIAGNOSIS_HTML in static
    assert "<svg" not in static and "<style" not in static  # survives the HTML sanitiser
    assert "pn-name-symptom_explorer" in static
    saddle = SymptomExplorer(region="saddle")._repr_mimebundle_()["text/html"]
    assert saddle.index("EMERGENCY") < saddle.index(NOT_A_DIAGNOSIS_HTML)


def test_controls_are_keyboard_operable_native_controls():
    explorer = SymptomExplorer()
    kinds = {type(c).__name__ for c in explorer.inputs}
    assert kinds <= {"Select", "Dropdown", "ToggleButtons"}
    assert all(c.description for c in explorer.inputs)


def test_cause_cards_cover_every_cause_once_with_its_fields():
    seen = []
    for group in GROUPS:
        cards = cause_cards(group)
        page = cards._repr_html_()
        for cause in cards.causes:
            assert html.escape(cause.name, quote=True) in page
            assert html.escape(cause.telling_feature, quote=True) in page
            if cause.seed_correction:
                assert html.escape(cause.seed_correction, quote=True) in page
                assert "eed 0" not in cause.seed_correction
            for key in cause.sources:
                assert f'href="#ref-{key}"' in page
        seen += [c.key for c in cards.causes]
        assert repr(cards).startswith(GROUPS[group])
    assert sorted(seen) == sorted(c.key for c in CAUSES)
    with pytest.raises(ValueError):
        cause_cards("nonsense")
