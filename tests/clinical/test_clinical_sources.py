"""Every source key used by the clinical package exists in the course reference list."""

from __future__ import annotations

from widgets.clinical import abi, compartment, hydration, labs
from widgets.clinical.causes import CAUSES
from widgets.clinical.diagnostic_tests import DIAGNOSTIC_TESTS
from widgets.clinical.red_flags import FLAGS
from widgets.clinical.treatments import SELF_CARE
from widgets.references import REFERENCES


def all_source_keys() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}

    def add(where, keys):
        for key in keys:
            used.setdefault(key, set()).add(where)

    for cause in CAUSES:
        add(f"cause {cause.key}", cause.sources)
    for flag in FLAGS:
        add(f"flag {flag.key}", flag.sources)
    for test in DIAGNOSTIC_TESTS.values():
        add(f"test {test.key}", test.sources)
    for step in SELF_CARE:
        add("self-care", step.sources)
    add("abi", abi.SOURCES)
    add("pedowitz", compartment.PEDOWITZ_SOURCES)
    add("delta-p", compartment.DELTA_P_SOURCES)
    add("hba1c", labs.HBA1C_SOURCES)
    add("b12", labs.B12_SOURCES)
    add("hydration", hydration.HYDRATION_SOURCES)
    return used


def test_every_source_key_exists():
    unknown = {k: v for k, v in all_source_keys().items() if k not in REFERENCES}
    assert not unknown, f"unknown reference keys: {unknown}"


def test_key_clinical_sources_are_cited():
    used = set(all_source_keys())
    for key in (
        "aha_acc2016",
        "pedowitz1990",
        "lindorsson2021",
        "jaaos1996",
        "who2011",
        "nice_ng239",
        "nwl_pathology",
        "ace_hydration",
        "royal_free_ces",
        "nhs_stroke",
        "rcem_ali",
        "accessem_acs",
        "nhs_pe",
        "hosey2001",
    ):
        assert key in used, key
