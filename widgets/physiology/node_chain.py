"""Simulated conduction along a nerve fibre: a chain of nodes, or a bare membrane cable.

Myelinated fibre (:func:`simulate_node_chain`) - the CRRSS / Sweeney 1987 model: nodes
of Ranvier 1.5 µm long, ``L = 100·D`` apart, joined through the axoplasm of an axon
``d = 0.6·D`` wide; the myelin between them leaks nothing.  Per node i::

    C dVi/dt = -[gNa·m²h·(Vi - ENa) + gL·(Vi - EL)] + (Ga/A)·(Vi-1 - 2Vi + Vi+1) + Istim/A

with ``Ga = π d² / (4 ρ L)`` and node area ``A = π d · 1.5 µm``.  Explicit Euler for V,
Rush–Larsen for the gates (Rush & Larsen 1978).

Unmyelinated fibre (:func:`simulate_unmyelinated_axon`) - the same membrane spread
continuously along a bare axon, cut into short patches.  Its speed comes out of the
simulation: about 1.0 m/s at 1 µm, growing with √d (Rushton 1951).

Why one run serves every diameter: written per unit membrane area, ``Ga/A = d/(4ρ L l)``
does not depend on D when ``d`` and ``L`` both scale with D, so the voltage time course
is the same for every fibre and only the spacing between nodes changes.  Speed
therefore comes out exactly proportional to D (Hursh's rule).  For the bare cable the
patch length scales with √d, which gives speed ∝ √d.  The diameter-free part of each
run is cached, so moving a diameter slider costs almost nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from widgets.physiology import membrane as mb
from widgets.physiology import parameters as prm
from widgets.validation import integer, number

MAX_STORED_FRAMES = 200  # voltage is downsampled to at most this many time points
MYELINATED_DIAMETER_UM = (1.0, 25.0)
UNMYELINATED_DIAMETER_UM = (0.1, 5.0)


@dataclass(frozen=True)
class ConductionResult:
    """One simulated fibre.  Arrays are read-only.

    time_ms: (n_t,) times of the stored voltage frames, ms (downsampled, ≤ 200).
    position_mm: (n_nodes,) position of each node / membrane patch along the fibre, mm.
    voltage_mv: (n_t, n_nodes) membrane voltage, mV.
    arrival_ms: (n_nodes,) when each node first crossed -20 mV (full time resolution,
        interpolated); NaN where the impulse never arrived.
    velocity_m_per_s: speed measured from arrival times over the interior of the fibre
        (away from the stimulated end and the sealed far end); over the part before the
        block if blocked; NaN if too few nodes fired.
    blocked: True when the impulse did not reach the last node.
    affected_nodes: indices of weakened and/or depolarised nodes (middle of the chain).
    method / status: how the result was obtained and whether that is established.
    """

    diameter_um: float
    myelinated: bool
    time_ms: np.ndarray
    position_mm: np.ndarray
    voltage_mv: np.ndarray
    arrival_ms: np.ndarray
    velocity_m_per_s: float
    blocked: bool
    affected_nodes: tuple[int, ...]
    dt_us: float
    method: str
    status: str


def _readonly(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def _integrate(coupling, g_na, e_leak, v_start, dt_ms, n_steps):
    """Integrate a chain of membrane patches from ``v_start``; returns V at every step.

    ``coupling`` is the per-area conductance to each neighbour (mS/cm²).  Ends are
    sealed.  The first patch gets the stimulus pulse."""
    n = v_start.size
    table = mb.gate_table(dt_ms)
    k = dt_ms / mb.CAPACITANCE
    # Explicit Euler, rearranged so each step is few numpy calls on small arrays:
    # V' = P @ V + b - kg·m²h·(V - ENa), with coupling and leak folded into P once.
    lap = np.diag(np.ones(n - 1), 1) + np.diag(np.ones(n - 1), -1)
    lap -= np.diag(lap.sum(axis=1))
    propagate = np.eye(n) + k * (coupling * lap - mb.G_LEAK * np.eye(n))
    rest_drive = k * mb.G_LEAK * e_leak
    stim_drive = rest_drive.copy()
    stim_drive[0] += k * prm.STIMULUS_DENSITY.value
    stim_steps = int(round(prm.STIMULUS_DURATION.value / dt_ms))
    k_g_na = k * g_na
    inv_step = 1.0 / mb.TABLE_STEP
    offset = -mb.TABLE_V_MIN * inv_step + 0.5  # rounds to the nearest table row

    v = v_start.copy()
    gates = np.column_stack(mb.steady_state_gates(v))  # (n, 2): m, h
    trace = np.empty((n_steps + 1, n))
    trace[0] = v
    for step in range(n_steps):
        row = table.take((v * inv_step + offset).astype(np.intp), axis=0, mode="clip")
        steady = row[:, :2]
        gates = steady + (gates - steady) * row[:, 2:]  # Rush–Larsen
        m = gates[:, 0]
        drive = stim_drive if step < stim_steps else rest_drive
        v = propagate @ v + drive - k_g_na * (m * m * gates[:, 1]) * (v - mb.E_NA)
        trace[step + 1] = v
    return trace


def _arrival_times(trace: np.ndarray, dt_ms: float) -> np.ndarray:
    """First upward crossing of the spike threshold per node, linearly interpolated."""
    thr = prm.SPIKE_THRESHOLD.value
    above = trace >= thr
    fired = above.any(axis=0)
    k = np.argmax(above, axis=0)
    cols = np.arange(trace.shape[1])
    before = trace[np.maximum(k - 1, 0), cols]
    after = trace[k, cols]
    frac = np.where(k > 0, (thr - before) / np.where(after != before, after - before, 1.0), 0.0)
    t = (k - 1 + frac) * dt_ms
    return np.where(fired, np.where(k > 0, t, 0.0), np.nan)


def _downsample(trace: np.ndarray, dt_ms: float) -> tuple[np.ndarray, np.ndarray]:
    every = max(1, math.ceil(trace.shape[0] / MAX_STORED_FRAMES))
    frames = trace[::every]
    return np.arange(frames.shape[0]) * every * dt_ms, frames


def _interior_velocity(arrival_ms, position_mm, first: int, last: int) -> float:
    """Average speed (m/s = mm/ms) from node ``first`` to the last firing node ≤ ``last``."""
    if math.isnan(arrival_ms[first]):
        return math.nan
    j = first
    while j + 1 <= last and not math.isnan(arrival_ms[j + 1]):
        j += 1
    if j - first < 2:
        return math.nan
    return float((position_mm[j] - position_mm[first]) / (arrival_ms[j] - arrival_ms[first]))


@lru_cache(maxsize=64)
def _chain_core(n_nodes, duration_ms, dt_us, weakened, fraction, depolarised, depol_mv):
    """Diameter-free part of a node-chain run: (time, frames, arrival, affected)."""
    dt_ms = dt_us / 1000.0
    middle = n_nodes // 2
    weak = range(middle - weakened // 2, middle - weakened // 2 + weakened)
    depol = range(middle - depolarised // 2, middle - depolarised // 2 + depolarised)
    g_na = np.full(n_nodes, mb.G_NA)
    g_na[list(weak)] *= fraction
    e_leak = np.full(n_nodes, mb.E_LEAK)
    v_start = np.full(n_nodes, mb.V_REST)
    for i in depol:
        e_leak[i] = mb.leak_reversal_for_rest(depol_mv, g_na[i])
        v_start[i] = depol_mv
    # Ga/A = d / (4 ρ L l) with d = 0.6 D, L = 100 D: D cancels (see module docstring).
    ratio = prm.AXON_TO_FIBRE_RATIO.value / prm.INTERNODE_PER_DIAMETER.value
    node_length_cm = prm.NODE_LENGTH.value * 1e-4
    coupling = ratio / (4 * prm.AXOPLASM_RESISTIVITY.value * node_length_cm) * 1e3  # mS/cm²
    trace = _integrate(coupling, g_na, e_leak, v_start, dt_ms, round(duration_ms / dt_ms))
    time_ms, frames = _downsample(trace, dt_ms)
    affected = tuple(sorted(set(weak) | set(depol)))
    return (
        _readonly(time_ms),
        _readonly(frames),
        _readonly(_arrival_times(trace, dt_ms)),
        affected,
    )


def simulate_node_chain(
    diameter_um: float,
    n_nodes: int = 21,
    duration_ms: float = 1.0,
    dt_us: float = prm.TIME_STEP.value,
    weakened_nodes: int = 0,
    sodium_fraction: float = 1.0,
    depolarised_nodes: int = 0,
    depolarised_to_mv: float = -61.0,
) -> ConductionResult:
    """Stimulate node 0 of a myelinated fibre and follow the impulse along the chain.

    diameter_um: fibre diameter D, 1–25 µm.
    n_nodes: 11–101 nodes.  duration_ms: 0.5–10 ms.  dt_us: time step, 0.25–4 µs
        (coarser steps overestimate speed: ~+3 % at 2 µs, ~+8 % at 4 µs).
    weakened_nodes, sodium_fraction: that many middle nodes keep only this fraction
        (0–1) of their Na⁺ conductance (demyelination / channel loss).
    depolarised_nodes, depolarised_to_mv: that many middle nodes rest at this voltage
        (-90 to -40 mV) as in ischaemia, where their Na⁺ channels inactivate.

    An impulse still on its way when ``duration_ms`` ends counts as blocked.
    """
    d = number(diameter_um, "diameter_um", *MYELINATED_DIAMETER_UM, "µm")
    n = integer(n_nodes, "n_nodes", 11, 101)
    duration = number(duration_ms, "duration_ms", 0.5, 10.0, "ms")
    dt = number(dt_us, "dt_us", 0.25, 4.0, "µs")
    free = n - 8  # keep four healthy nodes at each end
    weak = integer(weakened_nodes, "weakened_nodes", 0, free)
    frac = number(sodium_fraction, "sodium_fraction", 0.0, 1.0)
    dep = integer(depolarised_nodes, "depolarised_nodes", 0, free)
    dep_mv = number(depolarised_to_mv, "depolarised_to_mv", -90.0, -40.0, "mV")

    time_ms, frames, arrival, affected = _chain_core(n, duration, dt, weak, frac, dep, dep_mv)
    spacing_mm = prm.INTERNODE_PER_DIAMETER.value * d * 1e-3
    position = _readonly(np.arange(n) * spacing_mm)
    return ConductionResult(
        diameter_um=d,
        myelinated=True,
        time_ms=time_ms,
        position_mm=position,
        voltage_mv=frames,
        arrival_ms=arrival,
        velocity_m_per_s=_interior_velocity(arrival, position, 3, n - 3),
        blocked=bool(np.isnan(arrival[-1])),
        affected_nodes=affected,
        dt_us=dt,
        method="CRRSS/Sweeney node chain (explicit Euler + Rush–Larsen)",
        status="established",
    )


@lru_cache(maxsize=16)
def _cable_core(n_patches, duration_ms, dt_us):
    dt_ms = dt_us / 1000.0
    # With patch length 8·√d µm, d/(4ρ·dx²) = 1/(4ρ·64 µm) for every d: diameter-free.
    per_root_um = prm.UNMYELINATED_PATCH_LENGTH.value
    coupling = 1.0 / (4 * prm.AXOPLASM_RESISTIVITY.value * per_root_um**2 * 1e-4) * 1e3
    g_na = np.full(n_patches, mb.G_NA)
    e_leak = np.full(n_patches, mb.E_LEAK)
    v_start = np.full(n_patches, mb.V_REST)
    trace = _integrate(coupling, g_na, e_leak, v_start, dt_ms, round(duration_ms / dt_ms))
    time_ms, frames = _downsample(trace, dt_ms)
    return _readonly(time_ms), _readonly(frames), _readonly(_arrival_times(trace, dt_ms))


def simulate_unmyelinated_axon(
    diameter_um: float,
    n_patches: int = 101,
    duration_ms: float = 1.2,
    dt_us: float = 1.0,
) -> ConductionResult:
    """Follow an impulse along a bare (unmyelinated) axon of ``diameter_um`` (0.1–5 µm).

    The CRRSS membrane covers the whole axon, cut into ``n_patches`` (41–301) patches
    of 8·√d µm (about half a length constant).  ``dt_us`` 0.25–1 µs (the finer grid
    needs a finer step than the node chain to stay stable).  The speed is measured, not
    assumed; the membrane and axoplasm are the myelinated node's, which is an
    assumption (``status`` says "illustrative").
    """
    d = number(diameter_um, "diameter_um", *UNMYELINATED_DIAMETER_UM, "µm")
    n = integer(n_patches, "n_patches", 41, 301)
    duration = number(duration_ms, "duration_ms", 0.5, 10.0, "ms")
    dt = number(dt_us, "dt_us", 0.25, 1.0, "µs")
    time_ms, frames, arrival = _cable_core(n, duration, dt)
    patch_mm = prm.UNMYELINATED_PATCH_LENGTH.value * math.sqrt(d) * 1e-3
    position = _readonly(np.arange(n) * patch_mm)
    return ConductionResult(
        diameter_um=d,
        myelinated=False,
        time_ms=time_ms,
        position_mm=position,
        voltage_mv=frames,
        arrival_ms=arrival,
        velocity_m_per_s=_interior_velocity(arrival, position, n // 5, n - n // 10),
        blocked=bool(np.isnan(arrival[-1])),
        affected_nodes=(),
        dt_us=dt,
        method="continuous cable of CRRSS membrane (explicit Euler + Rush–Larsen)",
        status="illustrative",
    )


def simulate_conduction(diameter_um: float, myelinated: bool = True) -> ConductionResult:
    """The 'myelinated or not' toggle: the node chain or the bare cable, defaults only."""
    if not isinstance(myelinated, (bool, np.bool_)):
        raise ValueError(f"myelinated must be True or False, not {myelinated!r}.")
    if myelinated:
        return simulate_node_chain(diameter_um)
    return simulate_unmyelinated_axon(diameter_um)
