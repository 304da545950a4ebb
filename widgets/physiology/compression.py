"""A population of leg-nerve fibres under steady pressure: which ones stop conducting.

The chain of reasoning, each step with its source (see :mod:`.parameters`):

1. Pressure P squeezes the blood vessels inside the nerve.  Blood-flow deficit
   ``φ(P) = clip((P − 25) / 45, 0, 1)``: nothing below 25 mmHg, no flow from 70 mmHg
   (Rydevik 1981: venules slow at 20–30, all flow stops at 60–80 mmHg).
2. Ischaemic dose ``D = φ · minutes`` - minutes of full occlusion (constant pressure).
3. A fibre with half-block dose T50 is blocked with probability
   ``p = 1 / (1 + exp(−8 (D/T50 − 1)))``, shifted to exactly 0 at D = 0.  Each fibre
   draws its T50 (±15 % lognormal around its class value) and a uniform number u once,
   at creation; it is blocked when ``u < p``.  So block is deterministic for a seed
   and never undone by more pressure or more time.
4. A modality (touch, ...) reads "numb" when fewer than half its fibres conduct
   (Harrison's).  Touch reads "tingling" while it is partly blocked or while ischaemia
   depolarises its Aβ fibres (Lundborg 1982: 30 mmHg gave tingling; Lin 2002); the
   other modalities read "reduced" while partly blocked.  The 90 % edge of "partly
   blocked" and the 1 min of dose for early tingling are illustrative choices.

The block in this model is ischaemic and reversible.  Mechanical injury (myelin pushed
aside) needs far more: about 1000 mmHg for 1.5–3 h displaced myelin in baboons (Ochoa
1972).  The zone edge used here (300 mmHg, 60 min) is illustrative; it is reported as a
warning, not simulated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from widgets.physiology import parameters as prm
from widgets.physiology.fibres import CLASS_NAMES, FIBRE_CLASSES
from widgets.validation import integer, number

POPULATION_SIZE_RANGE = (20, 20_000)
SEED_RANGE = (0, 2**32 - 1)
NORMAL, TINGLING, REDUCED, NUMB = "normal", "tingling", "reduced", "numb"


@dataclass(frozen=True)
class FibrePopulation:
    """Fibres of a model nerve; arrays (length n) are read-only and fixed at creation.

    class_index: index into ``CLASS_NAMES`` per fibre (fibres are grouped by class).
    diameter_um: fibre diameter, µm.  t50_min: own half-block dose, min.
    u: the fibre's fixed uniform number in [0, 1).  counts: fibres per class.
    """

    seed: int
    class_index: np.ndarray
    diameter_um: np.ndarray
    t50_min: np.ndarray
    u: np.ndarray
    counts: tuple[int, ...]

    @property
    def n(self) -> int:
        return int(self.class_index.size)

    @property
    def size_factor(self) -> np.ndarray:
        """Mean (D / 12 µm)² per class: how much more a class suffers mechanically."""
        ref = prm.INJURY_REFERENCE_DIAMETER.value
        return class_means(self, (self.diameter_um / ref) ** 2)


@dataclass(frozen=True)
class CompressionState:
    """The population after ``minutes`` at ``pressure_mmhg``.

    blocked: (n,) bool per fibre.  fraction_conducting: class name -> 0..1.
    flow_deficit: φ(P), 0..1.  dose_min: ischaemic dose, minutes of full occlusion.
    sensation: modality ("position/motor", "touch", "sharp pain & cold",
        "slow pain & warmth") -> "normal" | "tingling" (touch only) | "reduced" | "numb".
    numb: True when touch is numb (the everyday 'leg asleep').
    injury_risk: (D/12 µm)² · (P/300 mmHg) · (t/60 min) for a 12 µm fibre - 1.0 at the
        edge of the injury zone.  injury_risk_by_class: the same index averaged over
        each class's own diameters.  injury_warning: "" or a sentence for the learner.
    """

    pressure_mmhg: float
    minutes: float
    flow_deficit: float
    dose_min: float
    blocked: np.ndarray
    fraction_conducting: dict[str, float]
    sensation: dict[str, str]
    numb: bool
    injury_risk: float
    injury_risk_by_class: dict[str, float]
    injury_warning: str


def _class_counts(n: int) -> list[int]:
    """Fibres per class by largest remainder, at least one per class."""
    shares = np.array([FIBRE_CLASSES[c].sural_share for c in CLASS_NAMES])
    exact = shares / shares.sum() * n
    counts = np.maximum(np.floor(exact).astype(int), 1)
    order = np.argsort(-(exact - np.floor(exact)))
    i = 0
    while counts.sum() < n:
        counts[order[i % len(order)]] += 1
        i += 1
    while counts.sum() > n:  # only when the minimum of one forced extra fibres
        counts[int(np.argmax(counts))] -= 1
    return [int(c) for c in counts]


def make_population(n: int = 1000, seed: int = 0) -> FibrePopulation:
    """A nerve of ``n`` fibres (20–20 000) in the sural mix; ``seed`` 0–2³²−1.

    79 % C (Ochoa & Mair 3.7 : 1); the myelinated rest split Aδ > Aβ > Aα (two size
    peaks, Jacobs & Love; Aα is an illustrative addition for motor fibres).  Diameters
    are uniform within each class range.  Same seed, same nerve."""
    n = integer(n, "n (number of fibres)", *POPULATION_SIZE_RANGE)
    seed = integer(seed, "seed", *SEED_RANGE)
    rng = np.random.default_rng(seed)
    counts = _class_counts(n)
    class_index = np.repeat(np.arange(len(CLASS_NAMES)), counts)
    lo = np.array([FIBRE_CLASSES[c].diameter_um[0] for c in CLASS_NAMES])[class_index]
    hi = np.array([FIBRE_CLASSES[c].diameter_um[1] for c in CLASS_NAMES])[class_index]
    t50 = np.array([FIBRE_CLASSES[c].t50_min for c in CLASS_NAMES])[class_index]
    diameter = lo + (hi - lo) * rng.random(n)
    t50 = t50 * np.exp(prm.T50_SPREAD.value * rng.standard_normal(n))
    u = rng.random(n)
    for a in (class_index, diameter, t50, u):
        a.setflags(write=False)
    return FibrePopulation(seed, class_index, diameter, t50, u, tuple(counts))


def flow_deficit(pressure_mmhg: float) -> float:
    """φ(P): 0 below 25 mmHg, 1 from 70 mmHg, linear between (Rydevik 1981)."""
    start, stop = prm.FLOW_PRESSURE_START.value, prm.FLOW_PRESSURE_STOP.value
    return float(min(1.0, max(0.0, (pressure_mmhg - start) / (stop - start))))


def block_probability(dose_min, t50_min):
    """Chance of block at ischaemic dose ``dose_min`` for half-block dose ``t50_min``.

    The logistic ``1 / (1 + exp(−8 (D/T50 − 1)))``, rescaled by its tiny value at D = 0
    (0.03 %) so that no dose means no block; at D = T50 it is still 0.50."""
    steep = prm.BLOCK_STEEPNESS.value
    at_zero = 1.0 / (1.0 + math.exp(steep))
    logistic = 1.0 / (1.0 + np.exp(-steep * (np.asarray(dose_min) / t50_min - 1.0)))
    return (logistic - at_zero) / (1.0 - at_zero)


def class_means(population: FibrePopulation, values: np.ndarray) -> np.ndarray:
    """Mean of a per-fibre quantity over each class (``CLASS_NAMES`` order); a boolean
    'conducting' mask gives the fraction conducting.  Works on (n,) or (frames, n)."""
    counts = np.asarray(population.counts, dtype=float)
    if values.ndim == 1:
        return np.bincount(population.class_index, values, len(CLASS_NAMES)) / counts
    starts = np.cumsum([0, *population.counts[:-1]])  # fibres are grouped by class
    return np.add.reduceat(values, starts, axis=1) / counts


def sensation_of(fraction: float, modality: str, dose_min: float) -> str:
    """Read-out rule for one modality (documented in the module docstring)."""
    if fraction < prm.NUMB_FRACTION.value:
        return NUMB
    if modality == "touch":
        partly = fraction < prm.PARTIAL_BLOCK_FRACTION.value
        if partly or dose_min >= prm.EARLY_TINGLING_DOSE.value:
            return TINGLING
        return NORMAL
    if fraction < prm.PARTIAL_BLOCK_FRACTION.value:
        return REDUCED
    return NORMAL


def injury_assessment(pressure_mmhg: float, minutes: float) -> tuple[float, str]:
    """(risk index, warning) for mechanical nerve injury; risk 1.0 = 300 mmHg for 60 min
    on a 12 µm fibre.  Warns only inside the zone: > 300 mmHg and > 60 min."""
    p_ref, t_ref = prm.INJURY_PRESSURE.value, prm.INJURY_MINUTES.value
    risk = (pressure_mmhg / p_ref) * (minutes / t_ref)  # (D/12 µm)² = 1 for a 12 µm fibre
    if pressure_mmhg > p_ref and minutes > t_ref:
        return risk, (
            f"Mechanical injury zone: {pressure_mmhg:g} mmHg for {minutes:g} min can "
            "push myelin aside in the largest fibres (risk ∝ diameter²); such a block "
            "lasts weeks, not minutes (Ochoa 1972; Williams 1980; the zone edge, "
            "300 mmHg for 60 min, is illustrative)."
        )
    return risk, ""


def check_population(population) -> FibrePopulation:
    if not isinstance(population, FibrePopulation):
        raise ValueError(
            "population must be a FibrePopulation made by make_population(n=20–20000), "
            f"not {type(population).__name__}."
        )
    return population


def compress(population: FibrePopulation, pressure_mmhg: float, minutes: float):
    """State of ``population`` after ``minutes`` (0–240) at ``pressure_mmhg`` (0–1000).

    Returns a :class:`CompressionState`.  Bad input raises ``ValueError`` naming the
    parameter and its valid range."""
    pop = check_population(population)
    pressure = number(pressure_mmhg, "pressure_mmhg", *prm.PRESSURE_RANGE.value, "mmHg")
    minutes = number(minutes, "minutes", *prm.MINUTES_RANGE.value, "min")
    phi = flow_deficit(pressure)
    dose = phi * minutes
    blocked = pop.u < block_probability(dose, pop.t50_min)
    blocked.setflags(write=False)
    fractions = class_means(pop, ~blocked)
    fraction_of = {c: float(f) for c, f in zip(CLASS_NAMES, fractions, strict=True)}
    sensation = {
        FIBRE_CLASSES[c].modality: sensation_of(fraction_of[c], FIBRE_CLASSES[c].modality, dose)
        for c in CLASS_NAMES
    }
    risk, warning = injury_assessment(pressure, minutes)
    return CompressionState(
        pressure_mmhg=pressure,
        minutes=minutes,
        flow_deficit=phi,
        dose_min=dose,
        blocked=blocked,
        fraction_conducting=fraction_of,
        sensation=sensation,
        numb=sensation["touch"] == NUMB,
        injury_risk=risk,
        injury_risk_by_class=dict(zip(CLASS_NAMES, (risk * pop.size_factor).tolist(), strict=True)),
        injury_warning=warning,
    )
