"""Causes: complete against the seeds and the brief, consistent keys, faithful patterns."""

from __future__ import annotations

import pytest

from widgets.clinical.causes import (
    CAUSE_BY_KEY,
    CAUSES,
    COMMONNESS,
    EVIDENCE,
    GROUPS,
    TINGLING,
    causes_in_group,
)
from widgets.clinical.choices import CAUSE_SIDES, NOT_SURE, RELIEFS, TIMINGS
from widgets.clinical.diagnostic_tests import DIAGNOSTIC_TESTS
from widgets.clinical.red_flags import FLAG_BY_KEY
from widgets.clinical.regions import REGION_BY_KEY

# Every cause the five seed articles (and the brief's causes table) name, by key.
SEED_NAMED_CAUSES = {
    "posture_compression": "crossed legs, awkward sitting (seeds 000, 001, 003)",
    "tight_shoes_clothing": "tight shoes, laces, waistbands (seeds 000, 002, 004)",
    "peripheral_neuropathy": "peripheral neuropathy (seeds 000-003)",
    "diabetic_neuropathy": "diabetes-related nerve damage (seeds 000, 001)",
    "b12_deficiency": "vitamin B12 deficiency (seeds 000, 001)",
    "folate_deficiency": "folate deficiency (seed 000)",
    "low_magnesium_calcium": "magnesium / electrolytes (seeds 000, 002, 004)",
    "hyperventilation": "over-breathing (brief causes table)",
    "dehydration": "dehydration (seeds 002, 004)",
    "pad": "peripheral artery disease (seeds 000-002)",
    "dvt": "deep vein thrombosis (seed 000)",
    "exercise_histamine": "histamine response (seed 002)",
    "cecs": "chronic exertional compartment syndrome (seeds 001, 002, 004)",
    "paes": "popliteal artery entrapment (seed 002)",
    "mortons_neuroma": "Morton's neuroma (seed 002)",
    "tarsal_tunnel": "tarsal tunnel syndrome (seed 002)",
    "gait_overstriding": "overstriding / pronation (seeds 001, 004)",
    "lumbar_spinal_stenosis": "spinal stenosis (seeds 001, 002, 004)",
    "herniated_disc": "herniated disc (seeds 002-004)",
    "sciatica": "sciatica / radiculopathy (seeds 001, 002)",
    "si_joint": "sacroiliac joint (seed 002)",
    "piriformis": "piriformis syndrome (seed 004)",
    "meralgia_paresthetica": "meralgia paresthetica (seed 002)",
}


def test_every_seed_named_cause_is_covered():
    missing = set(SEED_NAMED_CAUSES) - set(CAUSE_BY_KEY)
    assert not missing, f"causes named by the seeds but missing: {sorted(missing)}"


def test_keys_unique_and_groups_used():
    assert len(CAUSE_BY_KEY) == len(CAUSES)
    assert {c.group for c in CAUSES} == set(GROUPS)
    assert sum(len(causes_in_group(g)) for g in GROUPS) == len(CAUSES)
    with pytest.raises(ValueError, match="Choose one of"):
        causes_in_group("nope")


@pytest.mark.parametrize("cause", CAUSES, ids=lambda c: c.key)
def test_cause_fields_use_known_keys(cause):
    for text in (cause.name, cause.mechanism, cause.typical_pattern, cause.treatment):
        assert text.strip()
    assert cause.telling_feature.strip()
    assert cause.sources
    assert set(cause.regions) <= set(REGION_BY_KEY)
    assert set(cause.timing) <= set(TIMINGS) - {NOT_SURE}
    assert set(cause.relieved_by) <= set(RELIEFS) - {NOT_SURE}
    assert cause.sides in CAUSE_SIDES
    assert cause.tingling in TINGLING
    assert cause.commonness in COMMONNESS
    assert cause.evidence in EVIDENCE
    assert set(cause.tests) <= set(DIAGNOSTIC_TESTS)
    assert set(cause.related_flags) <= set(FLAG_BY_KEY)
    if cause.matchable:
        assert cause.timing, "a matchable cause needs its typical timing"


def test_dehydration_correction_does_not_dismiss_electrolytes():
    correction = CAUSE_BY_KEY["dehydration"].seed_correction
    assert "For dehydration both claims are unsupported" in correction
    assert "low calcium or magnesium can" in correction


def test_scope_gaps_from_the_seeds_are_covered():
    assert "infections" in CAUSE_BY_KEY["peripheral_neuropathy"].mechanism
    electrolytes = CAUSE_BY_KEY["low_magnesium_calcium"]
    assert "potassium" in electrolytes.telling_feature and "sodium" in electrolytes.telling_feature
    assert "hypermobile" in CAUSE_BY_KEY["mortons_neuroma"].seed_correction
    assert "compression socks" in CAUSE_BY_KEY["tight_shoes_clothing"].mechanism
    assert "not well measured" in CAUSE_BY_KEY["cecs"].seed_correction
    assert "not well measured" in CAUSE_BY_KEY["tarsal_tunnel"].seed_correction
    assert "one clinician's impression" in CAUSE_BY_KEY["tarsal_tunnel"].seed_correction
    assert "diagnoses PAD" in CAUSE_BY_KEY["pad"].telling_feature
    assert "confirms PAD" not in CAUSE_BY_KEY["pad"].telling_feature


def test_unestablished_causes_have_no_pattern_and_say_why():
    for key in ("dehydration", "gait_overstriding"):
        cause = CAUSE_BY_KEY[key]
        assert cause.evidence == "not_established"
        assert not cause.matchable
        assert cause.seed_correction
    assert "most common" in CAUSE_BY_KEY["dehydration"].seed_correction


# Seed claims the brief says are wrong or overstated, and a word the correction must use.
SEED_CORRECTIONS = {
    "lumbar_spinal_stenosis": "L1-L2",
    "peripheral_neuropathy": "impingement",
    "exercise_histamine": "nitric oxide",
    "paes": "trapped blood",
    "mortons_neuroma": "shoots up the leg",
    "cecs": "several days",
    "piriformis": "uncommon",
    "low_magnesium_calcium": "magnesium",
    "folate_deficiency": "folate",
    "pad": "claudication",
    "dehydration": "unsupported",
    "tarsal_tunnel": "most common thing we see",
    "si_joint": "referred",
    "posture_compression": "ischaemic",
}


@pytest.mark.parametrize("key,word", SEED_CORRECTIONS.items())
def test_seed_errors_are_corrected(key, word):
    correction = CAUSE_BY_KEY[key].seed_correction
    assert correction and word.lower() in correction.lower()


def test_patterns_faithful_to_the_literature():
    pad = CAUSE_BY_KEY["pad"]
    assert pad.regions == ("calf",) and "walking" in pad.timing
    assert pad.relieved_by == ("rest_any_position",) and pad.tingling == "uncommon"
    stenosis = CAUSE_BY_KEY["lumbar_spinal_stenosis"]
    assert {"standing", "walking"} <= set(stenosis.timing) and stenosis.sides == "both"
    assert stenosis.relieved_by == ("sitting_or_bending_forward",)
    cecs = CAUSE_BY_KEY["cecs"]
    assert "10-20 minutes" in cecs.typical_pattern and "set distance" in cecs.telling_feature
    assert cecs.relieved_by == ("stopping_activity",)
    meralgia = CAUSE_BY_KEY["meralgia_paresthetica"]
    assert meralgia.regions == ("outer_thigh",) and meralgia.sides == "one"
    assert "never causes weakness" in meralgia.telling_feature
    assert CAUSE_BY_KEY["mortons_neuroma"].regions == ("toes_3_4",)
    assert CAUSE_BY_KEY["tarsal_tunnel"].regions == ("sole_heel",)
    shoes = CAUSE_BY_KEY["tight_shoes_clothing"]
    assert "shin_top_of_foot" in shoes.regions and "first_toe_web" in shoes.regions
    assert shoes.relieved_by == ("loosening_shoes_or_clothing",)
    assert CAUSE_BY_KEY["dvt"].tingling == "uncommon"
    # Mayo Clinic Sports Medicine leads: SI-joint pain is felt mainly in the buttock, and
    # numbness or tingling down the leg points first to another cause, usually a nerve
    # root. Murakami 2017 (leg numbness in injection-confirmed SI-joint pain) stays only
    # as a secondary note, so the cause is "sometimes" tingling, not "typical".
    si = CAUSE_BY_KEY["si_joint"]
    assert si.tingling == "sometimes" and si.sources[0] == "mayo_si"
    assert "murakami2017" in si.sources
    lead = "numbness or tingling down the leg points first to another cause, usually a nerve root"
    for text in (si.telling_feature, si.seed_correction):
        assert "mainly in the buttock" in text and lead in text.lower()
    assert si.seed_correction.index(lead) < si.seed_correction.index("secondary note")
    assert "partly true" not in si.seed_correction
    assert CAUSE_BY_KEY["piriformis"].commonness == "uncommon"


# Chapter 5's emergency wording for foot drop (tests/test_medical_wording.py pins it in
# the chapters too).
FOOT_DROP_ACTION = (
    "Get seen now: go to an emergency department or call 999 / 911 / 112, at once if it "
    "comes with weakness or numbness down one side of the body, a drooping face or trouble "
    "speaking"
)


def test_foot_drop_after_compression_is_never_soft():
    """One wording wherever lasting foot drop is mentioned: chapter 5's emergency wording,
    with the stroke signs; the checker keeps sudden foot drop an emergency."""
    feature = CAUSE_BY_KEY["posture_compression"].telling_feature
    assert FOOT_DROP_ACTION in feature
    assert "urgently" not in feature and "chapter 5 lists where" not in feature
    assert "needs a doctor" not in feature
    assert FLAG_BY_KEY["sudden_foot_drop"].level == "emergency"
    assert FLAG_BY_KEY["sudden_foot_drop"].action.startswith(
        "Get seen now: go to an emergency department or call"
    )


def test_over_breathing_never_explains_away_breathlessness_or_chest_pain():
    treatment = CAUSE_BY_KEY["hyperventilation"].treatment
    assert "breathlessness, chest pain or coughing up blood is an emergency" in treatment
    assert all(n in treatment for n in ("999", "911", "112"))
    assert "do not assume it is over-breathing" in treatment
    assert "need a medical check" not in treatment
