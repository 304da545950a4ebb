"""Compartment pressure calculators: chronic (Pedowitz criteria) and acute (delta-P).

Education, not medical advice.  Acute compartment syndrome is a surgical emergency;
the delta-P calculator only shows how surgeons read the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.validation import number

from .red_flags import EMERGENCY_NUMBERS

# 0 is accepted (a resting reading near 0 is possible) but flagged; below 0 is rejected.
COMPARTMENT_RANGE_MMHG = (0.0, 250.0)
ZERO_PRESSURE_NOTE = (
    "is unusual for a compartment pressure: check the reading. The result uses 0 as typed."
)
DIASTOLIC_RANGE_MMHG = (20.0, 200.0)

# --- Chronic exertional compartment syndrome: modified Pedowitz criteria -------------
# Any one criterion met supports CECS when the history fits (Pedowitz 1990, Medscape).
PEDOWITZ_CRITERIA: dict[str, tuple[str, float]] = {
    "resting": ("Before exercise (resting)", 15.0),
    "one_min": ("1 minute after exercise", 30.0),
    "five_min": ("5 minutes after exercise", 20.0),
}
LINDORSSON_CONTEXT = (
    "For comparison: in a 2021 study the middle (median) pressure in the anterior "
    "compartment (front of the shin) 1 minute after exercise was 47 mmHg in people with "
    "confirmed CECS there and 18 mmHg in people without it."
)
PEDOWITZ_SOURCES = ("pedowitz1990", "medscape_cecs", "lindorsson2021")


@dataclass(frozen=True)
class PedowitzCriterion:
    key: str  # "resting", "one_min" or "five_min"
    label: str
    threshold_mmhg: float  # met if value >= threshold
    value_mmhg: float | None  # None = not measured
    met: bool | None  # None = not measured


@dataclass(frozen=True)
class PedowitzResult:
    criteria: tuple[PedowitzCriterion, ...]
    any_met: bool
    interpretation: str
    context: str = LINDORSSON_CONTEXT
    note: str = (
        "Pressures support the diagnosis only together with the typical history "
        "(symptoms at a set distance, settling 10-20 minutes after stopping)."
    )
    sources: tuple[str, ...] = PEDOWITZ_SOURCES
    warnings: tuple[str, ...] = ()  # e.g. a 0 mmHg reading: computed, but check it


def zero_pressure_warning(labels: list[str]) -> str:
    """'0 mmHg before exercise (resting) is unusual ...' for the time points reading 0."""
    return f"0 mmHg {' and '.join(label.lower() for label in labels)} {ZERO_PRESSURE_NOTE}"


def pedowitz(resting_mmhg=None, one_min_mmhg=None, five_min_mmhg=None) -> PedowitzResult:
    """Check compartment pressures (mmHg) against the modified Pedowitz criteria.

    Any value may be ``None`` (not measured) but at least one is required.  Criteria:
    resting >= 15, 1 min after exercise >= 30, 5 min after exercise >= 20 mmHg.  A
    negative pressure is rejected (``ValueError``); 0 mmHg is computed but named in
    ``warnings`` (unusual, so the reading is worth checking)."""
    given = {"resting": resting_mmhg, "one_min": one_min_mmhg, "five_min": five_min_mmhg}
    if all(v is None for v in given.values()):
        raise ValueError(
            "Enter at least one compartment pressure (resting, 1 minute or 5 minutes "
            "after exercise)."
        )
    low, high = COMPARTMENT_RANGE_MMHG
    criteria = []
    for key, raw in given.items():
        label, threshold = PEDOWITZ_CRITERIA[key]
        if raw is None:
            criteria.append(PedowitzCriterion(key, label, threshold, None, None))
            continue
        value = number(raw, f"Compartment pressure {label.lower()}", low, high, "mmHg")
        criteria.append(PedowitzCriterion(key, label, threshold, value, value >= threshold))

    met = [c for c in criteria if c.met]
    missing = [c.label.lower() for c in criteria if c.met is None]
    if met:
        which = "; ".join(f"{c.label.lower()} {c.value_mmhg:g} ≥ {c.threshold_mmhg:g}" for c in met)
        text = f"Meets the Pedowitz criteria ({which} mmHg): supports CECS if the history fits."
    elif missing:
        text = (
            f"No criterion met among the pressures measured (not measured: {', '.join(missing)})."
        )
    else:
        text = "Does not meet the Pedowitz criteria."
    zeros = [c.label for c in criteria if c.value_mmhg == 0]
    warnings = (zero_pressure_warning(zeros),) if zeros else ()
    return PedowitzResult(tuple(criteria), bool(met), text, warnings=warnings)


# --- Acute compartment syndrome: delta-P ----------------------------------------------
DELTA_P_THRESHOLD_MMHG = 30.0  # decompress at or below (McQueen & Court-Brown 1996)
NORMAL_COMPARTMENT_MAX_MMHG = 10.0  # normal tissue pressure is below this
MUSCLE_SURVIVAL_HOURS = (4, 8)  # survives about 4 h without blood, lost by 8 h
ACUTE_EMERGENCY_NOTE = (
    "Education only. Acute compartment syndrome (severe pain after an injury or a tight "
    "cast, worse on stretching the muscle) is an emergency: call "
    f"{EMERGENCY_NUMBERS}. Muscle survives about 4 hours without blood and is lost "
    "by 8 hours."
)
DELTA_P_SOURCES = ("jaaos1996", "accessem_acs")


@dataclass(frozen=True)
class DeltaPResult:
    delta_p_mmhg: float  # diastolic - compartment
    at_or_below_threshold: bool  # delta-P <= 30 mmHg: decompression threshold
    compartment_above_normal: bool  # compartment pressure >= 10 mmHg
    interpretation: str
    emergency_note: str = ACUTE_EMERGENCY_NOTE
    sources: tuple[str, ...] = DELTA_P_SOURCES


def acute_compartment_delta_p(diastolic_mmhg, compartment_mmhg) -> DeltaPResult:
    """Delta-P = diastolic blood pressure - compartment pressure (both mmHg).

    Delta-P of 30 mmHg or less is the threshold at which surgeons decompress
    (fasciotomy) in McQueen & Court-Brown's tibial fracture series."""
    dia = number(diastolic_mmhg, "Diastolic blood pressure", *DIASTOLIC_RANGE_MMHG, "mmHg")
    comp = number(compartment_mmhg, "Compartment pressure", *COMPARTMENT_RANGE_MMHG, "mmHg")
    delta = dia - comp
    below = delta <= DELTA_P_THRESHOLD_MMHG
    above_normal = comp >= NORMAL_COMPARTMENT_MAX_MMHG
    if below:
        text = (
            f"Delta-P {delta:g} mmHg is at or below {DELTA_P_THRESHOLD_MMHG:g} mmHg: the "
            "threshold at which surgeons open the compartment (fasciotomy)."
        )
    else:
        text = (
            f"Delta-P {delta:g} mmHg is above {DELTA_P_THRESHOLD_MMHG:g} mmHg: below the "
            "decompression threshold. Doctors still judge the whole clinical picture."
        )
    if above_normal:
        text += f" Compartment pressure {comp:g} mmHg is above normal (below 10 mmHg)."
    return DeltaPResult(delta, below, above_normal, text)
