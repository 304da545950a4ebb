"""Every number the physiology model uses, with its unit, source and status.

``status`` says how far a learner may trust a number:

* ``"established"`` - measured, or a textbook value; ``source`` is where it comes from.
* ``"illustrative"`` - chosen by us to make the model behave like the anchors in
  ``source`` (the shape of a curve, a spread, a delay).  The chapters must say so.

``source`` is always a key of :data:`widgets.references.REFERENCES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from widgets.references import REFERENCES

Status = Literal["established", "illustrative"]
_STATUSES = ("established", "illustrative")


@dataclass(frozen=True)
class Parameter:
    """One model number.  ``value`` is a float or, for ranges, a ``(low, high)`` tuple."""

    value: float | tuple[float, float]
    unit: str
    source: str
    status: Status
    note: str = ""

    def __post_init__(self) -> None:
        # Fail at import time, not in a chapter, if a key or label is mistyped.
        if self.source not in REFERENCES:
            raise KeyError(f"unknown reference key {self.source!r}")
        if self.status not in _STATUSES:
            raise ValueError(f"status must be one of {_STATUSES}, got {self.status!r}")


P = Parameter  # short alias for the table below

# --- A. CRRSS / Sweeney mammalian node at 37 degC ------------------------------------
NODE_G_NA = P(1445.0, "mS/cm²", "sweeney1987", "established", "peak Na⁺ conductance")
NODE_G_LEAK = P(128.0, "mS/cm²", "sweeney1987", "established", "leak conductance")
NODE_E_NA = P(35.64, "mV", "sweeney1987", "established", "Na⁺ reversal potential")
NODE_E_LEAK = P(-80.01, "mV", "sweeney1987", "established", "leak reversal potential")
NODE_V_REST = P(-80.0, "mV", "sweeney1987", "established", "resting potential")
NODE_CAPACITANCE = P(2.5, "µF/cm²", "sweeney1987", "established", "membrane capacitance")
NODE_TEMPERATURE = P(37.0, "°C", "chiu1979", "established", "rate constants are for 37 °C")
AXOPLASM_RESISTIVITY = P(54.7, "Ω·cm", "sweeney1987", "established", "axoplasm resistivity ρ")
AXON_TO_FIBRE_RATIO = P(0.6, "", "sweeney1987", "established", "axon width d = 0.6 × fibre D")
INTERNODE_PER_DIAMETER = P(100.0, "", "sweeney1987", "established", "node spacing L = 100 × D")
NODE_LENGTH = P(1.5, "µm", "sweeney1987", "established", "length of membrane at a node")
TIME_STEP = P(
    2.0,
    "µs",
    "rush_larsen1978",
    "illustrative",
    "explicit Euler for V, Rush–Larsen for gates; 2 µs overestimates speed by ~3 %",
)
STIMULUS_DENSITY = P(
    10_000.0,
    "µA/cm²",
    "sweeney1987",
    "illustrative",
    "current into the first node, about 2.5 × threshold",
)
STIMULUS_DURATION = P(0.1, "ms", "sweeney1987", "illustrative", "length of the stimulus pulse")
SPIKE_THRESHOLD = P(-20.0, "mV", "sweeney1987", "illustrative", "a node 'fires' on crossing this")
UNMYELINATED_PATCH_LENGTH = P(
    8.0,
    "µm per √µm",
    "rushton1951",
    "illustrative",
    "compartment length 8·√d µm (about λ/2.4) for the continuous-membrane cable",
)

# --- Speed versus diameter ----------------------------------------------------------
HURSH_FACTOR = P(
    6.0,
    "m/s per µm",
    "hursh1939",
    "established",
    "Hursh ~6; Boyd & Kalu 4.6–5.7; human sural 4.55–4.67; node chain 5.84",
)
UNMYELINATED_K = P(
    1.0,
    "m/s per √µm",
    "rushton1951",
    "illustrative",
    "v = k·√d; k = 1.0 is what the continuous CRRSS-membrane cable gives",
)

# --- B. Fibre population ------------------------------------------------------------
C_SHARE = P(0.787, "", "ochoa_mair1969", "established", "3.7 unmyelinated : 1 myelinated")
A_ALPHA_SHARE = P(
    0.03,
    "",
    "jacobs_love1985",
    "illustrative",
    "the sural nerve is cutaneous; a few Aα stand in for a mixed nerve's motor fibres",
)
A_BETA_SHARE = P(0.08, "", "jacobs_love1985", "illustrative", "large-fibre peak, 9–12 µm")
A_DELTA_SHARE = P(0.103, "", "jacobs_love1985", "illustrative", "small-fibre peak, 3–5 µm")

T50_A_ALPHA = P(45.0, "min", "hofmeijer2013", "established", "motor loss at 46 ± 6 min")
T50_A_BETA = P(
    27.0,
    "min",
    "hofmeijer2013",
    "established",
    "sensory responses lost at 30 ± 5 min (Hofmeijer); Lewis's ~25 min was paralysis",
)
T50_A_DELTA = P(35.0, "min", "hofmeijer2013", "illustrative", "interpolated between Aβ and Aα")
T50_C = P(90.0, "min", "fruhstorfer1984", "illustrative", "'> 60 min': C survives motor block")
T50_SPREAD = P(0.15, "", "hofmeijer2013", "illustrative", "lognormal σ of per-fibre T50 (±15 %)")
BLOCK_STEEPNESS = P(8.0, "", "hofmeijer2013", "illustrative", "logistic slope in D/T50")

FLOW_PRESSURE_START = P(25.0, "mmHg", "rydevik1981", "established", "venules slow at 20–30")
FLOW_PRESSURE_STOP = P(70.0, "mmHg", "rydevik1981", "established", "all flow stops at 60–80")

NUMB_FRACTION = P(
    0.5,
    "",
    "harrisons",
    "established",
    "a deficit needs at least half of a modality's fibres lost",
)
PARTIAL_BLOCK_FRACTION = P(
    0.9,
    "",
    "harrisons",
    "illustrative",
    "our choice: below 90 % conducting a modality reads 'reduced' (touch: 'tingling') "
    "before it goes numb below half (Harrison's half-lost rule)",
)
EARLY_TINGLING_DOSE = P(
    1.0,
    "min",
    "lundborg1982",
    "illustrative",
    "ischaemic depolarisation of Aβ (Lin 2002): tingling from 1 min of full-occlusion dose",
)

INJURY_PRESSURE = P(
    300.0,
    "mmHg",
    "williams1980",
    "illustrative",
    "edge of the injury zone, our choice; Williams 1980: 1 h weighted-cord compression "
    "(baboons) damaged large fibres",
)
INJURY_MINUTES = P(
    60.0,
    "min",
    "ochoa1972",
    "illustrative",
    "edge of the injury zone, our choice; Ochoa 1972 used ~1000 mmHg for 90–180 min (baboons)",
)
INJURY_REFERENCE_DIAMETER = P(12.0, "µm", "ochoa1972", "illustrative", "risk ∝ (D/12 µm)²")

PRESSURE_RANGE = P((0.0, 1000.0), "mmHg", "ochoa1972", "illustrative", "1000 mmHg in baboons")
MINUTES_RANGE = P((0.0, 240.0), "min", "tourniquet_manual", "illustrative", "4 h of compression")

# --- After release ------------------------------------------------------------------
RECOVERY_DELAY_MIN = P(0.5, "min", "lewis1931", "illustrative", "mean delay after a short dose")
RECOVERY_DELAY_MAX = P(2.0, "min", "lewis1931", "illustrative", "mean delay from 30 min dose on")
RECOVERY_DELAY_DOSE = P(
    30.0, "min", "lewis1931", "illustrative", "mean delay grows with dose up to this dose"
)
RECOVERY_DELAY_SHAPE = P(4.0, "", "lewis1931", "illustrative", "gamma shape of the delays")
BURST_RATE_MAX = P(30.0, "bursts/s", "ochoa_torebjork1980", "illustrative", "r_max: 20–50")
BURST_DOSE_SATURATION = P(20.0, "min", "mogyoros2000", "illustrative", "r ∝ min(1, D/20)")
BURST_TAU_ON = P(1.5, "min", "hutchinson1993", "illustrative", "tingling peaks ~2 min")
BURST_TAU_OFF = P(4.0, "min", "mogyoros2000", "illustrative", "decay 3–5 min")
SPIKES_PER_BURST = P((2.0, 3.0), "spikes", "ochoa_torebjork1980", "illustrative", "2–3")
SPIKE_INTERVAL = P((2.0, 5.0), "ms", "ochoa_torebjork1980", "illustrative", "2–5 ms apart")
TINGLING_VISIBLE = P(
    0.05, "", "mogyoros2000", "illustrative", "intensity above which a frame reads 'tingling'"
)


def all_parameters() -> dict[str, Parameter]:
    """Every :class:`Parameter` of this module by its constant name, in source order."""
    return {k: v for k, v in globals().items() if isinstance(v, Parameter)}


def parameter_table() -> list[tuple[str, float | tuple[float, float], str, str, str]]:
    """Rows ``(name, value, unit, status, source)`` for a chapter's 'what is assumed' table."""
    return [(name, p.value, p.unit, p.status, p.source) for name, p in all_parameters().items()]
