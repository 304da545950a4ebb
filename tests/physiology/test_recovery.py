"""After release: feeling returns within minutes, tingling peaks at ~2 min and fades."""

import math

import numpy as np
import pytest

from widgets.physiology.compression import make_population
from widgets.physiology.fibres import CLASS_NAMES
from widgets.physiology.recovery import burst_rate, recovery_time_course

POP = make_population(1000, seed=0)


@pytest.mark.parametrize("minutes", [10, 20, 30, 45])
def test_tingling_peaks_in_1_to_3_minutes_and_fades_by_10(minutes):
    # Hutchinson & McClinton 1993: discomfort peaks about 2 min after release.
    course = recovery_time_course(POP, 250, minutes)
    assert 1.0 <= course.peak_tingling_min <= 3.0
    peak = course.tingling.max()
    assert peak > 0.1
    assert course.tingling[course.time_min >= 10].max() < 0.1 * peak


def test_numbness_at_release_clears_within_minutes():
    course = recovery_time_course(POP, 250, 32)
    assert course.numb[0] and course.state[0] == "numb"
    assert not course.numb[course.time_min >= 5].any()
    assert course.fraction_conducting["Aβ"][-1] == 1.0
    assert "tingling" in course.state


def test_feeling_only_comes_back():
    course = recovery_time_course(POP, 250, 40)
    for c in CLASS_NAMES:
        assert np.all(np.diff(course.fraction_conducting[c]) >= 0)


def test_no_compression_no_tingling():
    course = recovery_time_course(POP, 0, 30)
    assert course.tingling.max() == 0 and math.isnan(course.peak_tingling_min)
    assert set(course.state) == {"normal"} and course.raster.time_ms.size == 0
    assert course.injury_warning == ""


def test_injury_warning_is_passed_on():
    assert "injury" in recovery_time_course(POP, 500, 120).injury_warning.lower()


def test_longer_compression_tingles_more():
    # burst rate ∝ min(1, D/20) (post-ischaemic K⁺ load; Mogyoros 2000)
    assert burst_rate(2.0, 5.0) < burst_rate(2.0, 20.0) == burst_rate(2.0, 40.0)


def test_raster_is_small_and_only_a_beta_fire():
    course = recovery_time_course(POP, 250, 25)
    r = course.raster
    assert 0 < r.time_ms.size <= 5000  # fits a browser figure
    assert len(r.row_class) == r.row_fibre.size
    assert r.row_class.count("Aβ") == 60
    assert {r.row_class[i] for i in np.unique(r.row)} == {"Aβ"}
    assert r.time_ms.min() >= 0 and r.time_ms.max() < r.window_ms
    assert r.frame.max() < course.time_min.size


def test_bursts_are_2_to_3_spikes_2_to_5_ms_apart():
    # Ochoa & Torebjörk 1980: high-frequency bursts
    r = recovery_time_course(POP, 250, 25).raster
    order = np.lexsort((r.time_ms, r.row, r.frame))
    t, row, frame = r.time_ms[order], r.row[order], r.frame[order]
    same = (np.diff(row) == 0) & (np.diff(frame) == 0)
    gaps = np.diff(t)[same]
    assert gaps.size and np.any((gaps >= 2) & (gaps <= 5))


def test_deterministic_for_a_seed_and_different_otherwise():
    a = recovery_time_course(POP, 200, 30, seed=3)
    b = recovery_time_course(POP, 200, 30, seed=3)
    c = recovery_time_course(POP, 200, 30, seed=4)
    assert np.array_equal(a.tingling, b.tingling)
    assert np.array_equal(a.raster.time_ms, b.raster.time_ms)
    assert not np.array_equal(a.raster.time_ms, c.raster.time_ms)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"pressure_mmhg": -3}, "pressure_mmhg"),
        ({"minutes": math.inf}, "minutes"),
        ({"t_max_min": 0}, "t_max_min"),
        ({"t_max_min": "soon"}, "t_max_min"),
        ({"n_frames": 1}, "n_frames"),
        ({"n_frames": 10**6}, "n_frames"),
        ({"seed": -1}, "seed"),
    ],
)
def test_bad_recovery_input(kwargs, name):
    args = {"pressure_mmhg": 200, "minutes": 30, **kwargs}
    with pytest.raises(ValueError, match=rf"{name}.*between"):
        recovery_time_course(POP, **args)


def test_recovery_needs_a_population():
    with pytest.raises(ValueError, match="population"):
        recovery_time_course(None, 200, 30)
