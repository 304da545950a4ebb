"""Every model number is labelled and sourced; the fibre table matches the textbooks."""

import math

import pytest

from widgets.physiology import parameters as prm
from widgets.physiology.conduction import conduction_velocity
from widgets.physiology.fibres import CLASS_NAMES, FIBRE_CLASSES, MODALITIES, fibre_class
from widgets.references import REFERENCES


def test_every_parameter_has_a_known_source_and_status():
    params = prm.all_parameters()
    assert len(params) > 30
    for name, p in params.items():
        assert p.source in REFERENCES, name
        assert p.status in ("established", "illustrative"), name
        assert p.unit is not None


def test_parameter_table_rows():
    rows = prm.parameter_table()
    assert len(rows) == len(prm.all_parameters())
    names = [r[0] for r in rows]
    assert "HURSH_FACTOR" in names and "T50_A_BETA" in names
    statuses = {r[3] for r in rows}
    assert statuses == {"established", "illustrative"}


def test_unknown_source_or_status_is_rejected():
    with pytest.raises(KeyError):
        prm.Parameter(1.0, "", "no_such_key", "established")
    with pytest.raises(ValueError):
        prm.Parameter(1.0, "", "hursh1939", "guessed")


def test_class_names_and_modalities():
    assert CLASS_NAMES == ("Aα", "Aβ", "Aδ", "C")
    assert MODALITIES == ("position/motor", "touch", "sharp pain & cold", "slow pain & warmth")
    with pytest.raises(ValueError, match="Aα, Aβ, Aδ, C"):
        fibre_class("B")


def test_fibre_table_matches_erlanger_gasser_ranges():
    # Erlanger & Gasser / Purves: diameters and speeds of each class.
    expected = {
        "Aα": ((12, 20), (70, 120)),
        "Aβ": ((6, 12), (35, 75)),
        "Aδ": ((1, 5), (5, 30)),
        "C": ((0.2, 1.5), (0.5, 2)),
    }
    for name, (diam, speed) in expected.items():
        c = FIBRE_CLASSES[name]
        assert c.diameter_um == diam and c.velocity_m_per_s == speed
        assert c.myelinated == (name != "C")
        assert all(s in REFERENCES for s in c.sources)


def test_shares_follow_ochoa_mair():
    shares = {c.name: c.sural_share for c in FIBRE_CLASSES.values()}
    assert math.isclose(sum(shares.values()), 1.0, abs_tol=1e-9)
    # 3.7 unmyelinated for every myelinated fibre (Ochoa & Mair 1969)
    assert shares["C"] / (1 - shares["C"]) == pytest.approx(3.7, rel=0.02)


def test_t50_order_follows_ischaemia_studies():
    # Sensory (Aβ, 30±5 min) before motor (Aα, 46±6 min; Hofmeijer 2013); C survives.
    t50 = {c.name: c.t50_min for c in FIBRE_CLASSES.values()}
    assert 25 <= t50["Aβ"] <= 35
    assert 40 <= t50["Aα"] <= 52
    assert t50["Aβ"] < t50["Aδ"] < t50["Aα"] < t50["C"]
    assert t50["C"] > 60


def test_myelinated_class_speed_ranges_follow_from_diameter():
    # The table's speed ranges and Hursh's rule tell the same story (within rounding).
    for name in ("Aα", "Aβ", "Aδ"):
        c = FIBRE_CLASSES[name]
        lo, hi = (conduction_velocity(d) for d in c.diameter_um)
        assert lo == pytest.approx(c.velocity_m_per_s[0], rel=0.25)
        assert hi == pytest.approx(c.velocity_m_per_s[1], rel=0.25)
