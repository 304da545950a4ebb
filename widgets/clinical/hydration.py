"""The American Council on Exercise hydration guideline quoted by seed 002, in ml too.

Kept because the course discusses the seed's dehydration claim: drinking well around
exercise is sensible, but dehydration is not an established cause of tingling.
"""

from __future__ import annotations

from dataclasses import dataclass

ML_PER_US_FL_OZ = 29.5735


@dataclass(frozen=True)
class HydrationStep:
    when: str
    fl_oz_min: float
    fl_oz_max: float
    drink: str = "water"

    @property
    def ml_min(self) -> int:
        return round(self.fl_oz_min * ML_PER_US_FL_OZ)

    @property
    def ml_max(self) -> int:
        return round(self.fl_oz_max * ML_PER_US_FL_OZ)

    def text(self) -> str:
        """E.g. '17-20 fl oz (503-591 ml) of water 2-3 hours before exercise'."""
        if self.fl_oz_min == self.fl_oz_max:
            amount = f"{self.fl_oz_min:g} fl oz ({self.ml_min} ml)"
        else:
            amount = f"{self.fl_oz_min:g}-{self.fl_oz_max:g} fl oz ({self.ml_min}-{self.ml_max} ml)"
        return f"{amount} of {self.drink} {self.when}"


HYDRATION_GUIDELINE: tuple[HydrationStep, ...] = (
    HydrationStep("2-3 hours before exercise", 17, 20),
    HydrationStep("20-30 minutes before exercise", 8, 8),
    HydrationStep("every 10-20 minutes during exercise", 7, 10),
    HydrationStep("within 30 minutes after exercise", 8, 8, "water or a sports drink"),
)
HYDRATION_NOTE = (
    "A sensible drinking plan for exercise, not a treatment for tingling: dehydration "
    "is not an established cause of pins and needles."
)
HYDRATION_SOURCES = ("ace_hydration",)
