"""Tests a doctor may order for tingling legs: what each one shows, with sources.

Causes list the keys of the tests relevant to them (``Cause.tests``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DiagnosticTest:
    key: str
    name: str
    what_it_shows: str
    sources: tuple[str, ...]


DIAGNOSTIC_TESTS: dict[str, DiagnosticTest] = {
    t.key: t
    for t in (
        DiagnosticTest(
            "history_exam",
            "Questions and examination",
            "Where, when and how the symptoms come and go, plus a check of feeling, "
            "strength, reflexes and pulses. For many causes this is the whole diagnosis.",
            ("nhs_pins_needles", "harrisons"),
        ),
        DiagnosticTest(
            "ncs_emg",
            "Nerve conduction studies and electromyography (EMG)",
            "Lost axons make the recorded signal smaller; lost myelin slows conduction "
            "(below about 70-75% of normal) or blocks it. They miss small-fibre damage.",
            ("statpearls_ncs",),
        ),
        DiagnosticTest(
            "skin_biopsy",
            "Skin biopsy (nerve-ending count)",
            "Counts the small nerve endings in the skin: needed for small-fibre "
            "neuropathy, which nerve conduction studies miss.",
            ("statpearls_ncs",),
        ),
        DiagnosticTest(
            "monofilament",
            "10 g monofilament foot check",
            "A nylon filament pressed on the sole tests protective feeling; people with "
            "diabetes should have their feet checked at least once a year.",
            ("nice_ng19", "niddk_neuropathy"),
        ),
        DiagnosticTest(
            "mri",
            "MRI scan",
            "Shows discs, the spinal canal and nerve roots. Used when there are red flags "
            "or when an operation is being planned, not routinely.",
            ("nhs_sciatica", "greenberg"),
        ),
        DiagnosticTest(
            "abi",
            "Ankle-brachial index (ABI)",
            "Ankle over arm systolic pressure: 0.90 or less is abnormal (with typical "
            "symptoms, it diagnoses PAD), 0.91-0.99 "
            "borderline, 1.00-1.40 normal, above 1.40 arteries too stiff to compress "
            "(then the toe-brachial index is used).",
            ("aha_acc2016",),
        ),
        DiagnosticTest(
            "compartment_pressure",
            "Compartment pressure test",
            "A needle gauge measures pressure inside a muscle compartment before and "
            "after exercise (Pedowitz criteria).",
            ("pedowitz1990", "medscape_cecs", "lindorsson2021"),
        ),
        DiagnosticTest(
            "hba1c",
            "HbA1c blood test",
            "Average blood sugar over about 3 months: 48 mmol/mol (6.5%) or more is in "
            "the diabetes range.",
            ("who2011",),
        ),
        DiagnosticTest(
            "active_b12",
            "Vitamin B12 blood test (active B12, sometimes MMA)",
            "Active B12 below 25 pmol/L confirms deficiency; 25-70 is uncertain, so "
            "methylmalonic acid (MMA) is measured.",
            ("nice_ng239", "nwl_pathology"),
        ),
        DiagnosticTest(
            "full_blood_count",
            "Full blood count and folate level",
            "Looks for the anaemia of B12 or folate deficiency and measures folate.",
            ("nhs_b12",),
        ),
        DiagnosticTest(
            "electrolytes",
            "Calcium and magnesium blood tests",
            "Measures the minerals whose shortage makes nerves over-excitable.",
            ("harrisons",),
        ),
        DiagnosticTest(
            "d_dimer_ultrasound",
            "D-dimer blood test and leg ultrasound",
            "The standard work-up for a suspected deep vein thrombosis.",
            ("nhs_dvt",),
        ),
        DiagnosticTest(
            "tinel_tap",
            "Tapping test (Tinel's sign)",
            "Tapping over a trapped nerve sets off tingling in the skin it supplies, "
            "e.g. behind the inner ankle in tarsal tunnel syndrome.",
            ("merck_tarsal",),
        ),
        DiagnosticTest(
            "paes_provocation",
            "Foot pulses with the foot pointed, then imaging",
            "In popliteal artery entrapment the foot pulses fade when the foot is "
            "pointed down or pushed against resistance; scans show the artery.",
            ("visualdx_paes", "cleveland_paes"),
        ),
    )
}
