"""One import point for the clinical calculators (each lives in a small module)."""

from __future__ import annotations

from .abi import ABI_CATEGORIES, AbiResult, ankle_brachial_index
from .compartment import (
    DeltaPResult,
    PedowitzResult,
    acute_compartment_delta_p,
    pedowitz,
)
from .hydration import HYDRATION_GUIDELINE, HYDRATION_NOTE, ML_PER_US_FL_OZ
from .labs import (
    B12Result,
    Hba1cResult,
    active_b12_category,
    hba1c_category,
    hba1c_category_from_percent,
    hba1c_mmol_to_percent,
    hba1c_percent_to_mmol,
)

__all__ = [
    "ABI_CATEGORIES",
    "AbiResult",
    "B12Result",
    "DeltaPResult",
    "HYDRATION_GUIDELINE",
    "HYDRATION_NOTE",
    "Hba1cResult",
    "ML_PER_US_FL_OZ",
    "PedowitzResult",
    "active_b12_category",
    "acute_compartment_delta_p",
    "ankle_brachial_index",
    "hba1c_category",
    "hba1c_category_from_percent",
    "hba1c_mmol_to_percent",
    "hba1c_percent_to_mmol",
    "pedowitz",
]
