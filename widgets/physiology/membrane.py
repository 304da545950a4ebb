"""The CRRSS / Sweeney mammalian node membrane (37 °C): Na⁺ gates and a leak.

Rate constants (per ms, V in mV) are those of Chiu et al. 1979 as used by Sweeney et al.
1987; there is no K⁺ channel, repolarisation is carried by the large leak.

For speed the gate update is precomputed: for a time step ``dt`` the Rush–Larsen update
``x ← x∞ + (x − x∞)·exp(−dt/τx)`` only needs ``x∞(V)`` and ``exp(−dt/τx(V))``, which
:func:`gate_table` tabulates every 0.01 mV.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from widgets.physiology import parameters as prm

G_NA = prm.NODE_G_NA.value  # mS/cm²
G_LEAK = prm.NODE_G_LEAK.value  # mS/cm²
E_NA = prm.NODE_E_NA.value  # mV
E_LEAK = prm.NODE_E_LEAK.value  # mV
V_REST = prm.NODE_V_REST.value  # mV
CAPACITANCE = prm.NODE_CAPACITANCE.value  # µF/cm²; mS·mV/µF = mV/ms

TABLE_V_MIN = -150.0  # mV; voltages outside the table use its end values
TABLE_V_MAX = 100.0
TABLE_STEP = 0.01  # mV


def rates(v_mv):
    """``(alpha_m, beta_m, alpha_h, beta_h)`` in 1/ms at membrane voltage(s) ``v_mv``."""
    v = np.asarray(v_mv, dtype=float)
    alpha_m = (126.0 + 0.363 * v) / (1.0 + np.exp(-(v + 49.0) / 5.3))
    beta_m = alpha_m * np.exp(-(v + 56.2) / 4.17)
    beta_h = 15.6 / (1.0 + np.exp(-(v + 56.0) / 10.0))
    alpha_h = beta_h * np.exp(-(v + 74.5) / 5.0)
    return alpha_m, beta_m, alpha_h, beta_h


def steady_state_gates(v_mv):
    """``(m_inf, h_inf)`` at voltage(s) ``v_mv``."""
    am, bm, ah, bh = rates(v_mv)
    return am / (am + bm), ah / (ah + bh)


def sodium_current(v_mv, g_na=G_NA):
    """Steady-state Na⁺ current density (µA/cm²) at ``v_mv``."""
    m, h = steady_state_gates(v_mv)
    return g_na * m * m * h * (np.asarray(v_mv) - E_NA)


def leak_reversal_for_rest(v_target_mv: float, g_na: float = G_NA) -> float:
    """Leak reversal (mV) that makes ``v_target_mv`` the resting potential.

    Used to depolarise a node as extracellular K⁺ does during ischaemia: the leak is
    this model's K⁺-like current, so shifting its reversal moves the rest."""
    return float(v_target_mv + sodium_current(v_target_mv, g_na) / G_LEAK)


@lru_cache(maxsize=8)
def gate_table(dt_ms: float) -> np.ndarray:
    """Read-only array (n_voltages, 4): ``m_inf, h_inf, exp(-dt/τm), exp(-dt/τh)``."""
    v = np.arange(TABLE_V_MIN, TABLE_V_MAX + TABLE_STEP / 2, TABLE_STEP)
    am, bm, ah, bh = rates(v)
    table = np.column_stack(
        [am / (am + bm), ah / (ah + bh), np.exp(-dt_ms * (am + bm)), np.exp(-dt_ms * (ah + bh))]
    )
    table.setflags(write=False)
    return table
