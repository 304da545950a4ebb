"""The simulated node chain reproduces Hursh's rule, C-fibre speeds and the safety factor."""

import math

import numpy as np
import pytest

from widgets.physiology.node_chain import (
    simulate_conduction,
    simulate_node_chain,
    simulate_unmyelinated_axon,
)


@pytest.mark.parametrize("d", [2.0, 5.0, 10.0, 15.0, 20.0])
def test_simulated_speed_per_micrometre_is_hursh_like(d):
    # Hursh 1939 ~6; Boyd & Kalu 1979 4.6–5.7 m/s per µm.
    r = simulate_node_chain(d)
    assert not r.blocked
    assert 4.5 <= r.velocity_m_per_s / d <= 6.5


@pytest.mark.parametrize("d", [6.0, 9.0, 12.0])
def test_simulated_a_beta_speed(d):
    assert 35 <= simulate_node_chain(d).velocity_m_per_s <= 75


def test_finer_time_step_converges_towards_the_same_speed():
    fine = simulate_node_chain(10.0, dt_us=1.0).velocity_m_per_s
    coarse = simulate_node_chain(10.0, dt_us=4.0).velocity_m_per_s
    assert 45 <= fine <= 65 and 45 <= coarse <= 65


@pytest.mark.parametrize("d", [0.3, 0.5, 1.0, 1.5])
def test_simulated_c_fibre_speed(d):
    r = simulate_unmyelinated_axon(d)
    assert not r.blocked and not r.myelinated
    assert 0.5 <= r.velocity_m_per_s <= 2.0
    assert r.status == "illustrative" and "cable" in r.method


def test_typical_c_fibre_matches_gasser_1950():
    # Cat skin C fibres: 0.7–2.3 m/s, most often 1.2 m/s (Gasser 1950).
    assert 0.7 <= simulate_unmyelinated_axon(1.0).velocity_m_per_s <= 2.3


def test_bare_axon_speed_grows_with_square_root_of_diameter():
    v1 = simulate_unmyelinated_axon(0.4).velocity_m_per_s
    v4 = simulate_unmyelinated_axon(1.6).velocity_m_per_s
    assert v4 / v1 == pytest.approx(2.0, rel=0.1)


def test_myelin_toggle_gives_10_to_100_fold_at_same_width():
    fast = simulate_conduction(2.0, myelinated=True).velocity_m_per_s
    slow = simulate_conduction(2.0, myelinated=False).velocity_m_per_s
    assert 5 <= fast / slow <= 100


def test_one_dead_node_does_not_block():
    r = simulate_node_chain(10.0, weakened_nodes=1, sodium_fraction=0.0)
    assert not r.blocked
    assert r.affected_nodes == (10,)


def test_three_weak_nodes_block_only_when_very_weak():
    # Safety factor ~3: three nodes block below about 28 % of normal Na⁺ conductance.
    assert not simulate_node_chain(10.0, weakened_nodes=3, sodium_fraction=0.5).blocked
    assert simulate_node_chain(10.0, weakened_nodes=3, sodium_fraction=0.15).blocked


def test_five_weak_nodes_block_at_a_higher_fraction():
    assert not simulate_node_chain(10.0, weakened_nodes=5, sodium_fraction=0.6).blocked
    assert simulate_node_chain(10.0, weakened_nodes=5, sodium_fraction=0.25).blocked


def test_depolarised_nodes_block():
    # Ischaemic depolarisation inactivates Na⁺ channels: 5 nodes near -60 mV block.
    assert not simulate_node_chain(10.0, depolarised_nodes=5, depolarised_to_mv=-70).blocked
    r = simulate_node_chain(10.0, depolarised_nodes=5, depolarised_to_mv=-55)
    assert r.blocked
    assert r.affected_nodes == (8, 9, 10, 11, 12)
    assert math.isnan(r.arrival_ms[-1]) and not math.isnan(r.arrival_ms[5])


def test_result_shapes_are_small_and_consistent():
    r = simulate_node_chain(10.0, n_nodes=31, duration_ms=3.0)
    assert r.voltage_mv.shape == (r.time_ms.size, 31)
    assert r.time_ms.size <= 200
    assert np.allclose(np.diff(r.position_mm), 1.0)  # L = 100·D = 1 mm
    assert np.all(np.diff(r.arrival_ms) > 0)  # the impulse travels away from node 0
    assert r.voltage_mv.max() > 0 > r.voltage_mv.min()  # a real spike overshoots
    with pytest.raises(ValueError):
        r.voltage_mv[0, 0] = 1.0  # results are read-only


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"diameter_um": -1}, "diameter_um"),
        ({"diameter_um": math.nan}, "diameter_um"),
        ({"diameter_um": "thick"}, "diameter_um"),
        ({"diameter_um": 5, "n_nodes": 3}, "n_nodes"),
        ({"diameter_um": 5, "dt_us": 10}, "dt_us"),
        ({"diameter_um": 5, "sodium_fraction": 1.5}, "sodium_fraction"),
        ({"diameter_um": 5, "weakened_nodes": 20}, "weakened_nodes"),
        ({"diameter_um": 5, "depolarised_to_mv": 0}, "depolarised_to_mv"),
        ({"diameter_um": 5, "duration_ms": math.inf}, "duration_ms"),
    ],
)
def test_bad_node_chain_input(kwargs, name):
    with pytest.raises(ValueError, match=rf"{name}.*between"):
        simulate_node_chain(**kwargs)


def test_bad_unmyelinated_input():
    with pytest.raises(ValueError, match=r"diameter_um.*between 0.1 and 5"):
        simulate_unmyelinated_axon(12.0)
    with pytest.raises(ValueError, match="myelinated"):
        simulate_conduction(1.0, myelinated=None)
