"""Symptom-pattern explorer: which causes fit where, when and how the tingling happens.

:func:`match_causes` scores every cause that has a tingling pattern against four
answers and explains, for each, what fits and what does not.  It teaches how doctors
use a pattern; it is not a diagnosis, and every result says so.  A red-flag region
(the saddle area) or sciatica in both legs puts the emergency warning first: the
explorer must never look calmer than the warning-sign checker.

Scoring (illustrative weights, chosen so that textbook patterns rank first):

* region fits: 3 + 1/(number of regions the cause covers), so a cause confined to that
  one area beats one spread over many; region does not fit: -3 (where it is felt
  is the strongest clue, so a cause elsewhere sinks);
* timing fits +2, does not fit -1; sides fit +1 ("either" +0.5), do not fit -1;
  relief fits +2, does not fit -1; "not sure" and causes without a characteristic
  relief add nothing;
* tingling typical +0.5, uncommon -0.5; commonness common +1, uncommon +0.5 (base rates
  break ties).
"""

from __future__ import annotations

from dataclasses import dataclass

from .causes import CAUSES, COMMONNESS, TINGLING, Cause
from .choices import (
    CAUSE_SIDES,
    NOT_SURE,
    RELIEFS,
    SIDES,
    TIMINGS,
    check_choice,
    dropdown_options,
)
from .red_flags import EMERGENCY_NUMBERS, NOT_MEDICAL_ADVICE
from .regions import RED_FLAG_REGIONS, REGION_BY_KEY

NOT_A_DIAGNOSIS = (
    "This is a learning tool, not a diagnosis: many causes share patterns, and only a "
    "clinician who can ask questions and examine you can tell them apart. Check the "
    "warning signs first. " + NOT_MEDICAL_ADVICE
)

SADDLE_WARNING = (
    "EMERGENCY: new numbness or pins and needles between the inner thighs, around the "
    "genitals or around the bottom can mean cauda equina syndrome. Call "
    f"{EMERGENCY_NUMBERS} now, or go to the nearest emergency department. Use the "
    "warning-sign checker for the other signs."
)
BOTH_LEGS_SCIATICA_WARNING = (
    "EMERGENCY if new: sciatica-type pain or tingling in both legs, or weakness in both "
    "legs, can mean cauda equina syndrome, especially with numbness around the bottom or "
    f"genitals or new bladder or bowel problems. If so, call {EMERGENCY_NUMBERS} now. "
    "Use the warning-sign checker."
)
# Regions where "both legs" can mean bilateral sciatica (a cauda equina sign).
_SCIATIC_REGIONS = frozenset({"buttock", "back_of_thigh"})

REGION_CHOICES: dict[str, str] = {r.key: r.label for r in REGION_BY_KEY.values()}
TIMING_CHOICES: dict[str, str] = TIMINGS
SIDE_CHOICES: dict[str, str] = SIDES
RELIEF_CHOICES: dict[str, str] = RELIEFS
DROPDOWNS: dict[str, list[tuple[str, str]]] = {
    "region": dropdown_options(REGION_CHOICES),
    "timing": dropdown_options(TIMING_CHOICES),
    "sides": dropdown_options(SIDE_CHOICES),
    "relieved_by": dropdown_options(RELIEF_CHOICES),
}

# Illustrative weights (see the module docstring): tuned on textbook patterns, not
# validated on patients.
WEIGHTS: dict[str, float] = {
    "region_fit_base": 3.0,  # plus 1 / number of regions the cause covers
    "region_miss": -3.0,
    "timing_fit": 2.0,
    "sides_fit": 1.0,
    "sides_either": 0.5,
    "relief_fit": 2.0,
    "miss": -1.0,  # timing, sides or relief that does not fit
}
WEIGHTS_PROVENANCE = "illustrative"
_TINGLING_SCORE = {"typical": 0.5, "sometimes": 0.0, "uncommon": -0.5}
_COMMONNESS_SCORE = {"common": 1.0, "uncommon": 0.5, "rare": 0.0}


@dataclass(frozen=True)
class CauseMatch:
    cause: Cause
    score: float
    region_fits: bool
    fits: tuple[str, ...]  # why it fits, human-readable
    does_not_fit: tuple[str, ...]  # what does not fit
    notes: tuple[str, ...] = ()  # context, e.g. "it is uncommon"
    not_a_diagnosis: str = NOT_A_DIAGNOSIS

    @property
    def reasons(self) -> tuple[str, ...]:
        """Fits, misfits and notes in one list, each prefixed."""
        return (
            tuple(f"Fits: {r}" for r in self.fits)
            + tuple(f"Does not fit: {r}" for r in self.does_not_fit)
            + tuple(f"Note: {r}" for r in self.notes)
        )


@dataclass(frozen=True)
class PatternResult:
    """Ranked matches (best first) plus the messages to show above them.

    Iterating, indexing and ``len`` act on ``matches``.  ``messages[0]`` is the most
    important line: the emergency warning when the pattern contains a red flag,
    otherwise :data:`NOT_A_DIAGNOSIS`."""

    region: str
    timing: str
    sides: str
    relieved_by: str
    matches: tuple[CauseMatch, ...]
    messages: tuple[str, ...]
    emergency: bool  # True if the pattern itself is a red flag
    flags_to_check: tuple[str, ...]  # red_flags keys related to the top matches
    not_a_diagnosis: str = NOT_A_DIAGNOSIS

    def __iter__(self):
        return iter(self.matches)

    def __len__(self) -> int:
        return len(self.matches)

    def __getitem__(self, index):
        return self.matches[index]

    def top(self, n: int = 3) -> tuple[CauseMatch, ...]:
        return self.matches[:n]


def _list(keys, labels) -> str:
    return "; ".join(labels[k].lower() for k in keys)


def _score(cause: Cause, region: str, timing: str, sides: str, relief: str) -> CauseMatch:
    fits: list[str] = []
    misfits: list[str] = []
    score = 0.0
    w = WEIGHTS
    region_label = REGION_BY_KEY[region].label.lower()

    region_fits = region in cause.regions
    if region_fits:
        score += w["region_fit_base"] + 1.0 / len(cause.regions)
        fits.append(f"it can be felt here ({region_label})")
    else:
        score += w["region_miss"]
        where = _list(cause.regions, REGION_CHOICES)
        misfits.append(f"it is usually felt elsewhere ({where})")

    if timing != NOT_SURE and cause.timing:
        if timing in cause.timing:
            score += w["timing_fit"]
            fits.append(f"the timing fits: {TIMINGS[timing].lower()}")
        else:
            score += w["miss"]
            misfits.append(f"it usually comes on: {_list(cause.timing, TIMINGS)}")

    if sides != NOT_SURE:
        if cause.sides == "either":
            score += w["sides_either"]
            fits.append(f"it {CAUSE_SIDES[cause.sides]}")
        elif cause.sides == sides:
            score += w["sides_fit"]
            fits.append(f"it {CAUSE_SIDES[cause.sides]}")
        else:
            score += w["miss"]
            misfits.append(f"it {CAUSE_SIDES[cause.sides]}")

    if relief != NOT_SURE and cause.relieved_by:
        if relief in cause.relieved_by:
            score += w["relief_fit"]
            fits.append(f"what helps fits: {RELIEFS[relief].lower()}")
        else:
            score += w["miss"]
            misfits.append(f"what usually helps: {_list(cause.relieved_by, RELIEFS)}")

    score += _TINGLING_SCORE[cause.tingling] + _COMMONNESS_SCORE[cause.commonness]
    if cause.tingling == "uncommon":
        misfits.append(TINGLING[cause.tingling])
    notes = () if cause.commonness == "common" else (f"it is {COMMONNESS[cause.commonness]}",)
    return CauseMatch(cause, round(score, 2), region_fits, tuple(fits), tuple(misfits), notes)


def match_causes(
    region: str,
    timing: str | None = None,
    sides: str | None = None,
    relieved_by: str | None = None,
) -> PatternResult:
    """Rank the causes against a symptom pattern.

    ``region`` is a key of :data:`REGION_CHOICES` (required); the others are keys of
    :data:`TIMING_CHOICES`, :data:`SIDE_CHOICES` and :data:`RELIEF_CHOICES`, where
    ``None`` or ``"not_sure"`` means not known.  Unknown keys raise ``ValueError``
    listing the valid choices.  Only causes with a tingling pattern are ranked
    (dehydration and running gait have none); ties keep course order.
    """
    if region is None:
        raise ValueError(
            "Choose where the tingling is. Valid regions: "
            + ", ".join(f"'{k}' ({v})" for k, v in REGION_CHOICES.items())
            + "."
        )
    region = check_choice(region, REGION_CHOICES, "region")
    timing = check_choice(timing, TIMING_CHOICES, "timing")
    sides = check_choice(sides, SIDE_CHOICES, "sides")
    relieved_by = check_choice(relieved_by, RELIEF_CHOICES, "relieved_by")

    scored = [_score(c, region, timing, sides, relieved_by) for c in CAUSES if c.matchable]
    matches = tuple(sorted(scored, key=lambda m: -m.score))  # sort is stable

    warnings = []
    if region in RED_FLAG_REGIONS:
        warnings.append(SADDLE_WARNING)
    if sides == "both" and region in _SCIATIC_REGIONS:
        warnings.append(BOTH_LEGS_SCIATICA_WARNING)
    flags = dict.fromkeys(k for m in matches[:3] for k in m.cause.related_flags)
    return PatternResult(
        region=region,
        timing=timing,
        sides=sides,
        relieved_by=relieved_by,
        matches=matches,
        messages=tuple(warnings) + (NOT_A_DIAGNOSIS,),
        emergency=bool(warnings),
        flags_to_check=tuple(flags),
    )
