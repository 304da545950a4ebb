"""Conduction speed from fibre diameter: the two textbook scaling laws.

* Myelinated: speed grows in proportion to diameter (Hursh 1939), because node spacing
  grows with the fibre while the time to excite each node stays the same.
* Unmyelinated: speed grows with the square root of diameter (Rushton 1951), because
  the membrane must be charged continuously and the cable's length constant ∝ √d.

The node-chain simulation (:mod:`widgets.physiology.node_chain`) gives the same two laws
from the membrane equations; these formulas are the fast version for sliders.
"""

from __future__ import annotations

import numpy as np

from widgets.physiology import parameters as prm

DIAMETER_RANGE_UM = (0.1, 25.0)  # thinnest C fibre to beyond the largest Aα


def _diameters(diameter_um) -> np.ndarray:
    """Validated diameters as a float array (any shape); ValueError names the range."""
    lo, hi = DIAMETER_RANGE_UM
    valid = f"between {lo:g} and {hi:g} µm"
    if isinstance(diameter_um, (str, bytes, bool)):
        raise ValueError(f"diameter_um must be a number {valid}, not {diameter_um!r}.")
    try:
        d = np.asarray(diameter_um, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"diameter_um must be a number {valid}; got {diameter_um!r}.") from None
    if d.size == 0:
        raise ValueError(f"diameter_um is empty: give at least one diameter {valid}.")
    if not np.all(np.isfinite(d)):
        raise ValueError(f"diameter_um must be finite (no NaN or inf), {valid}.")
    if np.any(d < lo) or np.any(d > hi):
        raise ValueError(f"diameter_um must be {valid}; got {d.min():g}–{d.max():g} µm.")
    return d


def conduction_velocity(diameter_um, myelinated: bool = True):
    """Conduction velocity in m/s for fibre diameter(s) in µm (scalar or array).

    Myelinated: ``v = 6.0 · D`` (Hursh 1939; established).  Unmyelinated:
    ``v = 1.0 · √d`` (Rushton's √d law; the factor is illustrative and matches the
    continuous-membrane simulation).  Returns a float for scalar input, else an array.
    """
    if not isinstance(myelinated, (bool, np.bool_)):
        raise ValueError(f"myelinated must be True or False, not {myelinated!r}.")
    d = _diameters(diameter_um)
    if myelinated:
        v = prm.HURSH_FACTOR.value * d
    else:
        v = prm.UNMYELINATED_K.value * np.sqrt(d)
    return float(v) if v.ndim == 0 else v


def speed_ratio(diameter_um: float) -> float:
    """How many times faster a myelinated fibre is than a bare one of the same width."""
    return conduction_velocity(diameter_um, True) / conduction_velocity(diameter_um, False)
