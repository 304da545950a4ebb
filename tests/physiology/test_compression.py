"""The fibre population under pressure against the ischaemia literature."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.physiology import parameters as prm
from widgets.physiology.compression import (
    FibrePopulation,
    compress,
    flow_deficit,
    make_population,
)
from widgets.physiology.fibres import CLASS_NAMES

POP = make_population(1000, seed=0)
FULL_OCCLUSION = 250.0  # mmHg, above systolic


def half_block_minute(cls, pressure=FULL_OCCLUSION, pop=POP):
    """First whole minute at which fewer than half of a class conduct."""
    for minute in range(0, 241):
        if compress(pop, pressure, minute).fraction_conducting[cls] < 0.5:
            return minute
    return math.inf


def test_population_mix_follows_ochoa_mair():
    assert POP.n == 1000
    counts = dict(zip(CLASS_NAMES, POP.counts, strict=True))
    # 3.7 unmyelinated : 1 myelinated (Ochoa & Mair 1969)
    assert counts["C"] / (1000 - counts["C"]) == pytest.approx(3.7, rel=0.05)
    # two myelinated size peaks: small (Aδ) and large (Aβ) both well represented
    assert counts["Aδ"] > 50 and counts["Aβ"] > 50


def test_diameters_lie_in_class_ranges():
    ranges = {"Aα": (12, 20), "Aβ": (6, 12), "Aδ": (1, 5), "C": (0.2, 1.5)}
    for i, c in enumerate(CLASS_NAMES):
        d = POP.diameter_um[POP.class_index == i]
        assert d.min() >= ranges[c][0] and d.max() <= ranges[c][1]


def test_flow_deficit_follows_rydevik():
    # venules slow from 20–30 mmHg; all flow stops by 60–80 mmHg (Rydevik 1981)
    assert flow_deficit(20) == 0.0
    assert 0 < flow_deficit(40) < 1
    assert flow_deficit(80) == 1.0


def test_below_25_mmhg_nothing_blocks_at_any_duration():
    state = compress(POP, 24.9, 240)
    assert not state.blocked.any()
    assert set(state.sensation.values()) == {"normal"}


def test_touch_goes_numb_between_25_and_35_minutes_of_occlusion():
    # Lewis 1931 ~25 min; Hofmeijer 2013 sensory loss at 30 ± 5 min
    assert 25 <= half_block_minute("Aβ") <= 35


def test_same_time_at_150_and_300_mmhg():
    # Lewis 1931: paralysis arrives at the same time at 150 and 300 mmHg
    assert half_block_minute("Aβ", 150) == half_block_minute("Aβ", 300)


def test_motor_fibres_fail_later():
    # Hofmeijer 2013: motor signals vanish at 46 ± 6 min, after sensory ones
    minute = half_block_minute("Aα")
    assert 40 <= minute <= 52
    assert minute > half_block_minute("Aβ")


def test_large_sensory_fibres_block_before_small():
    # Gasser & Erlanger 1929: touch goes before temperature, temperature before pain
    f = compress(POP, FULL_OCCLUSION, 30).fraction_conducting
    assert f["Aβ"] < f["Aδ"] < f["C"]


def test_c_fibres_survive_when_touch_is_numb():
    # Fruhstorfer 1984: after complete block of A fibres C-fibre sensations remain
    state = compress(POP, FULL_OCCLUSION, half_block_minute("Aα") + 5)
    assert state.sensation["touch"] == "numb"
    assert state.sensation["position/motor"] == "numb"
    assert state.fraction_conducting["C"] > 0.9
    assert state.sensation["slow pain & warmth"] == "normal"


def test_thirty_mmhg_gives_tingling_not_numbness():
    # Lundborg 1982: 30 mmHg at the carpal tunnel gave tingling
    state = compress(POP, 30, 30)
    assert state.sensation["touch"] == "tingling"
    assert not state.numb


def test_quick_block_at_60_to_90_mmhg():
    # Lundborg 1982: 60–90 mmHg blocked sensation within tens of minutes
    assert compress(POP, 90, 40).numb


def test_mechanical_injury_only_above_300_mmhg_for_over_an_hour():
    # Ochoa 1972; Williams 1980
    assert compress(POP, 250, 240).injury_warning == ""
    assert compress(POP, 400, 45).injury_warning == ""
    state = compress(POP, 400, 90)
    assert "injury" in state.injury_warning.lower()
    assert state.injury_risk > 1
    risk = state.injury_risk_by_class
    assert risk["Aα"] > risk["Aβ"] > risk["Aδ"] > risk["C"]  # ∝ diameter²


pressures = st.floats(0, 1000, allow_nan=False)
minutes = st.floats(0, 240, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(p1=pressures, p2=pressures, t1=minutes, t2=minutes)
def test_more_pressure_or_time_never_means_less_block(p1, p2, t1, t2):
    lo = compress(POP, min(p1, p2), min(t1, t2))
    hi = compress(POP, max(p1, p2), max(t1, t2))
    assert not (lo.blocked & ~hi.blocked).any()  # per fibre
    for c in CLASS_NAMES:  # per class
        assert hi.fraction_conducting[c] <= lo.fraction_conducting[c]
    assert hi.dose_min >= lo.dose_min


def test_deterministic_for_a_seed():
    a, b = make_population(500, seed=7), make_population(500, seed=7)
    assert np.array_equal(a.diameter_um, b.diameter_um)
    assert np.array_equal(compress(a, 200, 28).blocked, compress(b, 200, 28).blocked)
    c = make_population(500, seed=8)
    assert not np.array_equal(a.u, c.u)
    assert not np.array_equal(compress(a, 200, 28).blocked, compress(c, 200, 28).blocked)


def test_small_population_still_has_every_class():
    pop = make_population(20, seed=1)
    assert all(k >= 1 for k in pop.counts) and pop.n == 20


@pytest.mark.parametrize(
    ("pressure", "minutes_", "name"),
    [
        (-1, 10, "pressure_mmhg"),
        (math.nan, 10, "pressure_mmhg"),
        (math.inf, 10, "pressure_mmhg"),
        ("high", 10, "pressure_mmhg"),
        (None, 10, "pressure_mmhg"),
        (5000, 10, "pressure_mmhg"),
        (100, -5, "minutes"),
        (100, math.nan, "minutes"),
        (100, 10_000, "minutes"),
        (100, "", "minutes"),
    ],
)
def test_bad_compression_input(pressure, minutes_, name):
    with pytest.raises(ValueError, match=name) as err:
        compress(POP, pressure, minutes_)
    assert "between" in str(err.value)


@pytest.mark.parametrize(
    ("n", "seed", "name"),
    [
        (0, 0, "n"),
        (-5, 0, "n"),
        (2.5, 0, "n"),
        ("many", 0, "n"),
        (10**9, 0, "n"),
        (100, -1, "seed"),
        (100, math.nan, "seed"),
    ],
)
def test_bad_population_input(n, seed, name):
    with pytest.raises(ValueError, match=rf"{name}.*between"):
        make_population(n, seed)


@pytest.mark.parametrize("bad", [None, [], "population", object()])
def test_compress_needs_a_population(bad):
    with pytest.raises(ValueError, match="population.*make_population"):
        compress(bad, 100, 10)
    assert not isinstance(bad, FibrePopulation)


def test_sensation_words_tingling_only_for_touch():
    # Partial block reads "tingling" only for touch (Aβ); other senses read "reduced"
    from widgets.physiology.compression import sensation_of

    assert sensation_of(0.8, "touch", 0.0) == "tingling"
    assert sensation_of(1.0, "touch", 2.0) == "tingling"
    assert sensation_of(1.0, "touch", 0.0) == "normal"
    for modality in ("position/motor", "sharp pain & cold", "slow pain & warmth"):
        assert sensation_of(0.8, modality, 30.0) == "reduced"
        assert sensation_of(1.0, modality, 30.0) == "normal"
        assert sensation_of(0.4, modality, 30.0) == "numb"
    assert sensation_of(0.4, "touch", 30.0) == "numb"
    for state in (compress(POP, p, m) for p in (0, 30, 70, 200) for m in (0, 10, 30, 60, 120)):
        others = [w for mod, w in state.sensation.items() if mod != "touch"]
        assert "tingling" not in others


def test_injury_zone_edge_is_labelled_illustrative():
    assert prm.INJURY_PRESSURE.status == "illustrative"
    assert prm.INJURY_MINUTES.status == "illustrative"
    assert prm.PARTIAL_BLOCK_FRACTION.status == "illustrative"
