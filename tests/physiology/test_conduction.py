"""Speed-versus-diameter formulas against Hursh 1939, Boyd & Kalu 1979 and Gasser 1950."""

import math

import numpy as np
import pytest

from widgets.physiology.conduction import conduction_velocity, speed_ratio


@pytest.mark.parametrize("d", [2, 5, 10, 15, 20])
def test_myelinated_speed_per_micrometre(d):
    # Hursh ~6, Boyd & Kalu 4.6–5.7, human sural 4.55–4.67 m/s per µm.
    assert 4.5 <= conduction_velocity(d) / d <= 6.5


@pytest.mark.parametrize("d", [6, 8, 10, 12])
def test_a_beta_speed(d):
    assert 35 <= conduction_velocity(d) <= 75


@pytest.mark.parametrize("d", [0.3, 0.5, 1.0, 1.5])
def test_c_fibre_speed(d):
    assert 0.5 <= conduction_velocity(d, myelinated=False) <= 2.0


def test_thinnest_c_fibre_is_near_the_lower_edge():
    # k·√0.2 = 0.45 m/s: just under the table's rounded 0.5 m/s lower bound.
    assert 0.4 <= conduction_velocity(0.2, myelinated=False) <= 0.55


def test_unmyelinated_speed_grows_with_square_root():
    v1, v4 = conduction_velocity([1.0, 4.0], myelinated=False)
    assert v4 / v1 == pytest.approx(2.0)


def test_myelin_gain_at_same_width_is_10_to_100_fold():
    assert 10 <= speed_ratio(10.0) <= 100


def test_vectorised_and_scalar():
    v = conduction_velocity(np.array([[1.0, 2.0], [3.0, 4.0]]))
    assert v.shape == (2, 2)
    assert isinstance(conduction_velocity(3.0), float)


@pytest.mark.parametrize("bad", [-1, 0, math.nan, math.inf, "abc", None, 1e6, [], [1, -1]])
def test_bad_diameter(bad):
    with pytest.raises(ValueError, match=r"diameter_um.*(between 0.1 and 25|finite|empty)"):
        conduction_velocity(bad)


def test_bad_myelinated_flag():
    with pytest.raises(ValueError, match="myelinated"):
        conduction_velocity(5, myelinated="yes")
