"""After the pressure is released: feeling returns, then the pins and needles.

* Each blocked fibre conducts again after its own random delay (gamma distributed,
  mean 0.5 min after a short dose rising to 2 min from a 30 min dose; illustrative).
* Potassium that piled up round the ischaemic axons keeps them depolarised after
  release, and Aβ axons fire on their own (Mogyoros 2000) in high-frequency bursts
  (Ochoa & Torebjörk 1980).  Every conducting Aβ fibre fires bursts at

      r(t) = r_max · min(1, D/20) · (t/τon) · e^(1 − t/τon) · e^(−max(0, t − τon)/τoff)

  bursts/s, t in minutes after release; each burst is 2–3 spikes 2–5 ms apart.
  The peak near 2 min follows Hutchinson & McClinton 1993.
* Tingling intensity (0..1) = fraction of Aβ conducting × r(t) / r_max.

Which A-fibre type recovers first is unknown; the model gives every class the same
delay distribution.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets.physiology import parameters as prm
from widgets.physiology.compression import (
    NORMAL,
    NUMB,
    TINGLING,
    FibrePopulation,
    check_population,
    class_means,
    compress,
)
from widgets.physiology.fibres import CLASS_NAMES, FIBRE_CLASSES
from widgets.validation import integer, number

RASTER_ROWS = {"Aα": 8, "Aβ": 60, "Aδ": 12, "C": 12}  # display subset, per class
RASTER_WINDOW_MS = 50.0  # each frame shows this much time: a 'microneurography' snapshot


@dataclass(frozen=True)
class Raster:
    """Spikes of a display subset of fibres in a short window at every frame.

    row_class: class name of each row.  row_fibre: population index of each row.
    frame, row: (n_spikes,) ints; time_ms: (n_spikes,) time within the frame's window.
    """

    row_class: tuple[str, ...]
    row_fibre: np.ndarray
    frame: np.ndarray
    row: np.ndarray
    time_ms: np.ndarray
    window_ms: float


@dataclass(frozen=True)
class RecoveryCourse:
    """Frames after release; every per-frame array has length ``n_frames``.

    time_min: frame times, minutes after release (first frame = moment of release).
    dose_min: ischaemic dose of the compression.
    fraction_conducting: class name -> fraction conducting per frame.
    burst_rate: bursts/s fired by each conducting Aβ fibre.
    tingling: intensity 0..1.  numb: touch numb (fewer than half of Aβ conduct).
    state: "numb" | "tingling" | "normal" per frame (touch, the felt state).
    sensation: modality -> per-frame read-out, same rules as during compression but
        with ectopic tingling instead of the dose rule for touch.
    peak_tingling_min: time of maximal tingling (NaN if there is none).
    injury_warning: the compression's mechanical-injury warning ("" if none); the
        recovery shown is the ischaemic one - real injury would last weeks.
    """

    pressure_mmhg: float
    minutes: float
    dose_min: float
    time_min: np.ndarray
    fraction_conducting: dict[str, np.ndarray]
    burst_rate: np.ndarray
    tingling: np.ndarray
    numb: np.ndarray
    state: tuple[str, ...]
    sensation: dict[str, tuple[str, ...]]
    peak_tingling_min: float
    injury_warning: str
    raster: Raster


def burst_rate(t_min, dose_min: float) -> np.ndarray:
    """Ectopic burst rate (bursts/s) of a conducting Aβ fibre ``t_min`` after release."""
    t = np.asarray(t_min, dtype=float)
    tau_on, tau_off = prm.BURST_TAU_ON.value, prm.BURST_TAU_OFF.value
    gain = prm.BURST_RATE_MAX.value * min(1.0, dose_min / prm.BURST_DOSE_SATURATION.value)
    rise = (t / tau_on) * np.exp(1.0 - t / tau_on)
    return gain * rise * np.exp(-np.maximum(0.0, t - tau_on) / tau_off)


def mean_recovery_delay(dose_min: float) -> float:
    """Mean delay (min) before a blocked fibre conducts again; grows with the dose."""
    lo, hi = prm.RECOVERY_DELAY_MIN.value, prm.RECOVERY_DELAY_MAX.value
    return lo + (hi - lo) * min(1.0, dose_min / prm.RECOVERY_DELAY_DOSE.value)


def _raster_rows(pop: FibrePopulation) -> tuple[tuple[str, ...], np.ndarray]:
    starts = np.cumsum([0, *pop.counts[:-1]])
    names, fibres = [], []
    for i, c in enumerate(CLASS_NAMES):
        k = min(RASTER_ROWS[c], pop.counts[i])
        names += [c] * k
        fibres += range(starts[i], starts[i] + k)
    return tuple(names), np.array(fibres, dtype=np.intp)


def _spikes(rng, rates_hz: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Poisson bursts in each (frame, row) window at ``rates_hz``; returns spike
    (frame, row, time_ms) arrays sorted by frame."""
    window = RASTER_WINDOW_MS
    counts = rng.poisson(rates_hz * window / 1000.0)
    frame, row = np.nonzero(counts)
    reps = counts[frame, row]
    frame, row = np.repeat(frame, reps), np.repeat(row, reps)
    n_bursts = frame.size
    onset = rng.uniform(0.0, window, n_bursts)
    lo_n, hi_n = prm.SPIKES_PER_BURST.value
    n_spikes = rng.integers(int(lo_n), int(hi_n) + 1, n_bursts)
    gaps = rng.uniform(*prm.SPIKE_INTERVAL.value, (n_bursts, int(hi_n) - 1))
    times = onset[:, None] + np.concatenate([np.zeros((n_bursts, 1)), gaps.cumsum(1)], 1)
    keep = (np.arange(int(hi_n))[None, :] < n_spikes[:, None]) & (times < window)
    frame = np.broadcast_to(frame[:, None], times.shape)[keep]
    row = np.broadcast_to(row[:, None], times.shape)[keep]
    return frame, row, times[keep]


def _release_sensation(fraction: np.ndarray, modality: str, tingling: np.ndarray):
    states = np.where(fraction < prm.PARTIAL_BLOCK_FRACTION.value, TINGLING, NORMAL)
    if modality == "touch":
        states = np.where(tingling >= prm.TINGLING_VISIBLE.value, TINGLING, states)
    states = np.where(fraction < prm.NUMB_FRACTION.value, NUMB, states)
    return tuple(states.tolist())


def recovery_time_course(
    population: FibrePopulation,
    pressure_mmhg: float,
    minutes: float,
    t_max_min: float = 15.0,
    n_frames: int = 61,
    seed: int = 0,
) -> RecoveryCourse:
    """What happens in the ``t_max_min`` minutes (1–60) after releasing ``minutes``
    (0–240) of ``pressure_mmhg`` (0–1000), in ``n_frames`` (2–301) frames.  ``seed``
    (0–2³²−1) fixes the recovery delays and the raster's spikes."""
    pop = check_population(population)
    state = compress(pop, pressure_mmhg, minutes)
    t_max = number(t_max_min, "t_max_min", 1.0, 60.0, "min")
    n_frames = integer(n_frames, "n_frames", 2, 301)
    seed = integer(seed, "seed", 0, 2**32 - 1)
    rng = np.random.default_rng(seed)
    dose = state.dose_min

    time_min = np.linspace(0.0, t_max, n_frames)
    shape = prm.RECOVERY_DELAY_SHAPE.value
    delay = rng.gamma(shape, mean_recovery_delay(dose) / shape, pop.n)  # every fibre: stable
    conducting = ~state.blocked[None, :] | (time_min[:, None] >= delay[None, :])
    fractions = class_means(pop, conducting)  # (frames, classes)
    fraction_of = {c: fractions[:, i] for i, c in enumerate(CLASS_NAMES)}

    rate = burst_rate(time_min, dose)
    a_beta = fraction_of["Aβ"]
    tingling = a_beta * rate / prm.BURST_RATE_MAX.value
    numb = a_beta < prm.NUMB_FRACTION.value
    sensation = {
        FIBRE_CLASSES[c].modality: _release_sensation(
            fraction_of[c], FIBRE_CLASSES[c].modality, tingling
        )
        for c in CLASS_NAMES
    }
    felt = np.where(numb, NUMB, np.where(tingling >= prm.TINGLING_VISIBLE.value, TINGLING, NORMAL))

    row_class, row_fibre = _raster_rows(pop)
    fires = np.array([c == "Aβ" for c in row_class])  # only Aβ fire ectopically here
    row_rates = rate[:, None] * (conducting[:, row_fibre] & fires[None, :])
    frame, row, spike_ms = _spikes(rng, row_rates)
    raster = Raster(row_class, row_fibre, frame, row, spike_ms, RASTER_WINDOW_MS)

    for a in (time_min, rate, tingling, numb, *fraction_of.values(), row_fibre, frame, row):
        a.setflags(write=False)
    spike_ms.setflags(write=False)
    peak = float(time_min[np.argmax(tingling)]) if tingling.max() > 0 else float("nan")
    return RecoveryCourse(
        pressure_mmhg=state.pressure_mmhg,
        minutes=state.minutes,
        dose_min=dose,
        time_min=time_min,
        fraction_conducting=fraction_of,
        burst_rate=rate,
        tingling=tingling,
        numb=numb,
        state=tuple(felt.tolist()),
        sensation=sensation,
        peak_tingling_min=peak,
        injury_warning=state.injury_warning,
        raster=raster,
    )
