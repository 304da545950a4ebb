"""Self-care for the everyday case, and a per-cause view of treatment and tests.

Per-cause treatment text lives on each :class:`~widgets.clinical.causes.Cause`;
this module adds the everyday self-care steps and joins a cause to its tests.
Education, not medical advice.
"""

from __future__ import annotations

from dataclasses import dataclass

from .causes import CAUSE_BY_KEY
from .diagnostic_tests import DIAGNOSTIC_TESTS, DiagnosticTest


@dataclass(frozen=True)
class SelfCareStep:
    text: str
    why: str
    sources: tuple[str, ...]


SELF_CARE: tuple[SelfCareStep, ...] = (
    SelfCareStep(
        "Change position, stand up and move the leg.",
        "The everyday block comes from reduced blood flow inside the nerve and reverses "
        "within minutes once the pressure is off.",
        ("nhs_pins_needles", "lundborg1982"),
    ),
    SelfCareStep(
        "Avoid sitting for long with your legs crossed or leaning on one knee.",
        "Crossed legs press the common peroneal nerve just below the knee.",
        ("mayo_footdrop", "bowley_doughty"),
    ),
    SelfCareStep(
        "Loosen tight laces, shoes, belts or waistbands.",
        "Tight laces press on the nerve over the top of the foot; a tight belt on the "
        "outer thigh's skin nerve at the groin.",
        ("statpearls_anterior_tarsal", "mayo_meralgia"),
    ),
    SelfCareStep(
        "Break up long spells of sitting: stand up, walk about and stretch every so often, "
        "and stay active day to day.",
        "Long spells in one position are the usual trigger of everyday pins and needles, "
        "and moving takes the pressure off. Regular activity is good for the circulation "
        "and blood sugar, though it is not a treatment for tingling that has another cause.",
        ("nhs_pins_needles", "lundborg1982"),
    ),
    SelfCareStep(
        "Keep a short symptom (or workout) diary: when the tingling starts, where it is, "
        "one leg or both, how long it lasts and what helps.",
        "The pattern is what a doctor uses to narrow down the causes, and notes made at "
        "the time are more accurate than memory. A diary is for noticing a pattern, not "
        "for waiting: any warning sign means getting help now.",
        (),
    ),
    SelfCareStep(
        "Don't start supplements to treat tingling without a blood test. Supplements "
        "recommended for other reasons (e.g. B12 on a vegan diet, folic acid in "
        "pregnancy) are a separate matter: ask a doctor or pharmacist.",
        "A blood test shows whether a deficiency is the cause; folic acid alone can hide "
        "vitamin B12 deficiency while nerve damage goes on.",
        ("nice_ng239", "nhs_b12"),
    ),
    SelfCareStep(
        "After hard exercise, rest, drink and eat normally; massage, hot and cold showers "
        "or ice are fine if they make your legs feel better. Caution: if your feet are "
        "numb (for example from diabetes) or your circulation is poor, test the water "
        "with your hand first, and do not put heat or ice straight on the skin.",
        "This is general recovery advice, repeated in popular articles; none of it is an "
        "evidence-based treatment for tingling. Numb skin cannot warn you of a burn or a "
        "cold injury, and numb feet hide injuries. Tingling that keeps coming with "
        "exercise needs its cause found (for example CECS, a tight shoe or the "
        "circulation).",
        ("niddk_neuropathy",),
    ),
    SelfCareStep(
        "See a doctor if it lasts, keeps coming back, has no clear cause, or comes with "
        "any warning sign.",
        "Persistent or recurring tingling can be the first sign of neuropathy, a "
        "trapped nerve or a circulation problem.",
        ("nhs_pins_needles",),
    ),
)


@dataclass(frozen=True)
class TreatmentInfo:
    cause_key: str
    cause_name: str
    treatment: str
    tests: tuple[DiagnosticTest, ...]
    sources: tuple[str, ...]


def treatment_for(cause_key: str) -> TreatmentInfo:
    """Treatment text, the tests a doctor may order, and sources for one cause."""
    if cause_key not in CAUSE_BY_KEY:
        raise ValueError(f"Unknown cause {cause_key!r}. Choose one of: {', '.join(CAUSE_BY_KEY)}.")
    cause = CAUSE_BY_KEY[cause_key]
    tests = tuple(DIAGNOSTIC_TESTS[k] for k in cause.tests)
    sources = tuple(dict.fromkeys(cause.sources + tuple(s for t in tests for s in t.sources)))
    return TreatmentInfo(cause.key, cause.name, cause.treatment, tests, sources)
