"""Blood-test readers: HbA1c (diabetes) and active vitamin B12.

Education, not medical advice: a single result is read by a clinician together with
symptoms and, often, a repeat test.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from widgets.validation import number

# --- HbA1c ---------------------------------------------------------------------------
# IFCC (mmol/mol) <-> DCCT/NGSP (%) master equation: % = mmol/mol / 10.929 + 2.15.
IFCC_PER_PERCENT = 10.929
DCCT_OFFSET_PERCENT = 2.15
HBA1C_MMOL_RANGE = (5.0, 200.0)
HBA1C_PERCENT_RANGE = (3.0, 20.0)
HBA1C_DIABETES_MIN = 48  # mmol/mol (6.5%), WHO 2011
# WHO 2011 set only the diabetes cut-off; the 42-47 "prediabetes" band is the UK
# usage (NICE PH38 calls it non-diabetic hyperglycaemia at high risk).
HBA1C_PREDIABETES_MIN = 42  # mmol/mol (6.0%)
HBA1C_CATEGORIES: dict[str, tuple[str, str]] = {
    "diabetes": (
        "Diabetes range (48 mmol/mol, 6.5%, or more)",
        "In the diabetes range. Without symptoms, a repeat test is needed to confirm.",
    ),
    "prediabetes": (
        "Prediabetes range (42-47 mmol/mol, 6.0-6.4%)",
        "Higher than normal: a raised risk of diabetes.",
    ),
    "normal": ("Below 42 mmol/mol (below 6.0%)", "Not in the diabetes or prediabetes range."),
}
HBA1C_SOURCES = ("who2011", "nice_ph38")


def hba1c_mmol_to_percent(mmol_per_mol) -> float:
    """HbA1c in mmol/mol (IFCC) to % (DCCT), unrounded."""
    value = number(mmol_per_mol, "HbA1c", *HBA1C_MMOL_RANGE, "mmol/mol")
    return value / IFCC_PER_PERCENT + DCCT_OFFSET_PERCENT


def hba1c_percent_to_mmol(percent) -> float:
    """HbA1c in % (DCCT) to mmol/mol (IFCC), unrounded."""
    value = number(percent, "HbA1c", *HBA1C_PERCENT_RANGE, "%")
    return (value - DCCT_OFFSET_PERCENT) * IFCC_PER_PERCENT


@dataclass(frozen=True)
class Hba1cResult:
    mmol_per_mol: int  # whole number, as laboratories report it
    percent: float  # 1 decimal place
    category: str  # key of HBA1C_CATEGORIES
    label: str
    meaning: str
    sources: tuple[str, ...] = HBA1C_SOURCES


def _half_up(value: float, places: str = "1") -> Decimal:
    return Decimal(str(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def hba1c_category(mmol_per_mol) -> Hba1cResult:
    """Category of an HbA1c in mmol/mol (5-200; numeric text accepted).

    The value is first rounded to a whole mmol/mol (half up), as labs report it, so
    that 6.5% (47.5 mmol/mol) falls in the diabetes range as intended.  Then >= 48 is
    the diabetes range and 42-47 the prediabetes range."""
    value = number(mmol_per_mol, "HbA1c", *HBA1C_MMOL_RANGE, "mmol/mol")
    whole = int(_half_up(value))
    if whole >= HBA1C_DIABETES_MIN:
        key = "diabetes"
    elif whole >= HBA1C_PREDIABETES_MIN:
        key = "prediabetes"
    else:
        key = "normal"
    label, meaning = HBA1C_CATEGORIES[key]
    percent = float(_half_up(whole / IFCC_PER_PERCENT + DCCT_OFFSET_PERCENT, "0.1"))
    return Hba1cResult(whole, percent, key, label, meaning)


def hba1c_category_from_percent(percent) -> Hba1cResult:
    """Like :func:`hba1c_category` but for a result given in % (3-20)."""
    return hba1c_category(hba1c_percent_to_mmol(percent))


# --- Active vitamin B12 (holotranscobalamin) --------------------------------------------
B12_RANGE_PMOL_L = (0.0, 1000.0)
B12_DEFICIENT_BELOW = 25.0  # pmol/L
B12_INDETERMINATE_MAX = 70.0  # pmol/L, inclusive
B12_CATEGORIES: dict[str, tuple[str, str]] = {
    "deficient": ("Deficient (below 25 pmol/L)", "Confirms vitamin B12 deficiency."),
    "indeterminate": (
        "Indeterminate (25-70 pmol/L)",
        "Uncertain: methylmalonic acid (MMA) is measured to decide.",
    ),
    "unlikely": ("Deficiency unlikely (above 70 pmol/L)", "B12 deficiency is unlikely."),
}
B12_NOTE = "Cut-offs differ between laboratories, and total B12 uses different ones."
B12_SOURCES = ("nice_ng239", "nwl_pathology")


@dataclass(frozen=True)
class B12Result:
    pmol_per_l: float
    category: str  # key of B12_CATEGORIES
    label: str
    meaning: str
    note: str = B12_NOTE
    sources: tuple[str, ...] = B12_SOURCES


def active_b12_category(pmol_per_l) -> B12Result:
    """Read an active B12 result: < 25 deficient, 25-70 indeterminate, > 70 unlikely."""
    value = number(pmol_per_l, "Active B12", *B12_RANGE_PMOL_L, "pmol/L")
    if value < B12_DEFICIENT_BELOW:
        key = "deficient"
    elif value <= B12_INDETERMINATE_MAX:
        key = "indeterminate"
    else:
        key = "unlikely"
    label, meaning = B12_CATEGORIES[key]
    return B12Result(value, key, label, meaning)
