"""Input checks shared by the model and the calculators.

Every check raises ``ValueError`` with a message a learner can act on: it names the
parameter, what was given and the valid range.  Views catch ``ValueError`` and show the
message instead of a traceback.
"""

from __future__ import annotations

import math
from numbers import Real


def number(value, name: str, low: float, high: float, unit: str = "") -> float:
    """Return ``value`` as a float if it is a finite number in ``[low, high]``.

    Accepts numbers and numeric text (``"12.5"``, as typed into a box)."""
    unit_txt = f" {unit}" if unit else ""
    valid = f"between {low:g} and {high:g}{unit_txt}"
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number {valid}, not {value!r}.")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError(f"{name} is empty: enter a number {valid}.")
        try:
            value = float(text)
        except ValueError:
            raise ValueError(
                f"{name} must be a number {valid}; '{text}' is not a number."
            ) from None
    if not isinstance(value, Real):
        raise ValueError(f"{name} must be a number {valid}, not {type(value).__name__}.")
    value = float(value)
    if math.isnan(value):
        raise ValueError(f"{name} is not a number (NaN): give a value {valid}.")
    if not low <= value <= high:
        raise ValueError(f"{name} must be {valid}; got {value:g}{unit_txt}.")
    return value


def integer(value, name: str, low: int, high: int) -> int:
    """Like :func:`number` but the value must also be a whole number."""
    as_float = number(value, name, low, high)
    if as_float != int(as_float):
        raise ValueError(
            f"{name} must be a whole number between {low} and {high}; got {as_float:g}."
        )
    return int(as_float)


def flag(value, name: str) -> bool:
    """Return ``value`` if it is ``True`` or ``False`` (a numpy bool too); anything else,
    such as ``"yes"`` or ``1``, is a ``ValueError`` naming the two allowed values."""
    if isinstance(value, bool):
        return value
    if getattr(getattr(value, "dtype", None), "kind", "") == "b" and getattr(value, "ndim", 1) == 0:
        return bool(value)
    raise ValueError(f"{name} must be True or False, not {value!r}.")
