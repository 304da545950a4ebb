"""Regions of the leg map and the nerve that supplies each one.

Single source for the region keys: ``assets/leg_map.svg`` uses them as element ids,
``causes.py`` uses them in each cause's pattern and the pattern explorer offers them as
choices.  A test checks that the SVG and this table agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    """One area of skin (or muscle) on the leg map."""

    key: str  # also the element id in assets/leg_map.svg
    label: str  # short label shown on the map and in dropdowns
    nerve: str  # the nerve (or nerve roots) supplying the area
    red_flag: bool = False  # True where symptoms alone call for emergency help
    note: str = ""


REGIONS: tuple[Region, ...] = (
    Region(
        "outer_thigh",
        "Outer thigh",
        "Lateral femoral cutaneous nerve (a purely sensory skin nerve)",
        note="Trapped at the groin in meralgia paresthetica.",
    ),
    Region(
        "buttock",
        "Buttock",
        "Sciatic nerve runs deep beneath the piriformis muscle; skin from the cluneal nerves",
    ),
    Region(
        "back_of_thigh",
        "Back of thigh",
        "Sciatic nerve (deep) and posterior femoral cutaneous nerve (skin)",
    ),
    Region(
        "saddle",
        "Saddle area: inner thighs, genitals, around the bottom",
        "Lowest sacral nerve roots (S2-S5) of the cauda equina",
        red_flag=True,
        note="New numbness here can mean cauda equina syndrome: an emergency.",
    ),
    Region(
        "calf",
        "Calf",
        "Calf muscles: tibial nerve; calf skin: sural and posterior femoral cutaneous nerves",
        note="Pain in the calf muscle on walking points to the circulation.",
    ),
    Region(
        "shin_top_of_foot",
        "Outer shin and top of foot",
        "Superficial peroneal (fibular) nerve, a branch of the common peroneal nerve",
        note="Crossed legs press the common peroneal nerve just below the knee.",
    ),
    Region(
        "inner_lower_leg",
        "Inner lower leg",
        "Saphenous nerve (a branch of the femoral nerve)",
    ),
    Region(
        "first_toe_web",
        "Web between 1st and 2nd toes",
        "Deep peroneal (fibular) nerve",
        note="Pressed by tight laces over the top of the foot.",
    ),
    Region(
        "outer_foot",
        "Outer edge of foot",
        "Sural nerve",
    ),
    Region(
        "sole_heel",
        "Sole and heel",
        "Tibial nerve (plantar and calcaneal branches)",
        note="Pinched behind the inner ankle in tarsal tunnel syndrome.",
    ),
    Region(
        "toes_3_4",
        "Between 3rd and 4th toes",
        "Interdigital (common plantar digital) nerve",
        note="The usual site of Morton's neuroma.",
    ),
    Region(
        "both_feet_stocking",
        "Both feet ('stocking' pattern)",
        "Not one nerve: the longest nerve fibres of both legs fail first",
        note="Typical of peripheral neuropathy (e.g. diabetes, vitamin B12 deficiency).",
    ),
)

REGION_BY_KEY: dict[str, Region] = {region.key: region for region in REGIONS}
REGION_KEYS: tuple[str, ...] = tuple(REGION_BY_KEY)
RED_FLAG_REGIONS: frozenset[str] = frozenset(r.key for r in REGIONS if r.red_flag)
