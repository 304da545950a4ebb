"""Ankle-brachial index (ABI) calculator with the 2016 AHA/ACC guideline's categories
(Gerhard-Herman et al., Circulation 2017).

ABI = ankle systolic pressure / brachial (arm) systolic pressure.  In practice each leg
uses the higher of its two ankle pressures and the higher of the two arm pressures.

Rounding: the ratio is rounded to 2 decimal places, half up, the way clinicians report
it, and the category is read from the rounded value.  So 0.904 -> 0.90 (abnormal) and
0.905 -> 0.91 (borderline).  Arithmetic uses ``Decimal`` so that 90/100 is exactly
0.90 and no float error moves a value across a boundary.

Education, not medical advice.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from widgets.validation import number

PRESSURE_RANGE_MMHG = (20.0, 300.0)  # plausible systolic pressures

# (key, label, meaning), read top to bottom; upper bounds are inclusive.
ABI_CATEGORIES: dict[str, tuple[str, str]] = {
    "abnormal": (
        "Abnormal (0.90 or less)",
        "Consistent with peripheral artery disease (PAD).",
    ),
    "borderline": (
        "Borderline (0.91-0.99)",
        "Borderline: PAD is possible; doctors may repeat the test after exercise.",
    ),
    "normal": ("Normal (1.00-1.40)", "Normal ankle pressures."),
    "non_compressible": (
        "Non-compressible (above 1.40)",
        "The ankle arteries are too stiff to squeeze (common with diabetes or kidney "
        "disease), so the ABI cannot be trusted; the toe-brachial index is used instead.",
    ),
}
ABNORMAL_MAX = Decimal("0.90")
BORDERLINE_MAX = Decimal("0.99")
NORMAL_MAX = Decimal("1.40")
SOURCES = ("aha_acc2016",)


@dataclass(frozen=True)
class AbiResult:
    value: float  # rounded to 2 dp
    unrounded: float
    category: str  # key of ABI_CATEGORIES
    label: str
    meaning: str
    sources: tuple[str, ...] = SOURCES


def abi_category(abi_2dp: Decimal | float) -> str:
    """Category key for an ABI already rounded to 2 decimal places."""
    value = Decimal(str(abi_2dp))
    if value <= ABNORMAL_MAX:
        return "abnormal"
    if value <= BORDERLINE_MAX:
        return "borderline"
    if value <= NORMAL_MAX:
        return "normal"
    return "non_compressible"


def ankle_brachial_index(ankle_systolic_mmhg, brachial_systolic_mmhg) -> AbiResult:
    """ABI and its category in the 2016 AHA/ACC guideline.

    Both pressures are systolic, in mmHg, 20-300; numeric text is accepted.  Zero,
    negative, out-of-range, non-numeric or NaN input raises ``ValueError``."""
    low, high = PRESSURE_RANGE_MMHG
    ankle = number(ankle_systolic_mmhg, "Ankle systolic pressure", low, high, "mmHg")
    arm = number(brachial_systolic_mmhg, "Arm (brachial) systolic pressure", low, high, "mmHg")
    ratio = Decimal(str(ankle)) / Decimal(str(arm))
    rounded = ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    key = abi_category(rounded)
    label, meaning = ABI_CATEGORIES[key]
    return AbiResult(float(rounded), float(ratio), key, label, meaning)
