"""Symptom-pattern explorer: which causes fit where, when and how the tingling happens.

:func:`match_causes` scores every cause that has a tingling pattern against four
answers and explains, for each, what fits and what does not.  It teaches how doctors
use a pattern; it is not a diagnosis, and every result says so.  A red-flag region
(the saddle area) or a possible nerve-root pattern in both legs puts the emergency
warning first: the explorer must never look calmer than the warning-sign checker.

"Possible nerve-root pattern in both legs" means: sides "both", and either the area is
one that a nerve-root cause (:data:`NERVE_ROOT_CAUSES`: sciatica, herniated disc,
lumbar spinal stenosis) can be felt in, or one of those causes ranks in the top 3.  When
the learner is "not sure" about sides in the same situation, a gentler prompt asks them
to check the both-legs warning signs.

Warning signs to check (:attr:`PatternResult.flags_to_check`) are ordered by urgency,
emergency first.  Every emergency-level sign linked to a cause that can be felt in the
chosen area, or to one of the top 3, is included, so a classic DVT pattern always asks
about a swollen leg and about breathlessness or chest pain; signs below emergency level
come from the top 3 causes only.

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
from .red_flags import EMERGENCY_NUMBERS, FLAG_BY_KEY, LEVEL_RANK, NOT_MEDICAL_ADVICE
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
    "EMERGENCY if new: sciatica-type pain, tingling or numbness in both legs (anywhere "
    "from the buttocks to the feet), or weakness in both legs, can mean cauda equina "
    "syndrome, especially with numbness around the bottom or genitals or new bladder or "
    f"bowel problems. If so, call {EMERGENCY_NUMBERS} now. Use the warning-sign checker."
)
CHECK_BOTH_LEGS_PROMPT = (
    "Check: If this is in both legs, or you have weakness in both legs, numbness around "
    "the bottom or genitals, or new bladder or bowel problems, it can mean cauda equina "
    f"syndrome, an emergency: call {EMERGENCY_NUMBERS} now. The warning-sign checker "
    "lists these signs."
)
# Causes whose pattern comes from the lumbar nerve roots: in both legs they can be a
# sign of cauda equina syndrome.
NERVE_ROOT_CAUSES: tuple[str, ...] = ("sciatica", "herniated_disc", "lumbar_spinal_stenosis")
# Every area a nerve-root cause can be felt in (from the cause data, so the two cannot
# drift apart).
NERVE_ROOT_REGIONS: frozenset[str] = frozenset(
    r for c in CAUSES if c.key in NERVE_ROOT_CAUSES for r in c.regions
)
NERVE_ROOT_TOP_N = 3  # a nerve-root cause this high in the ranking also triggers it

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

    Iterating, indexing and ``len`` act on ``matches``.  ``messages`` is ``warnings +
    prompts + (NOT_A_DIAGNOSIS,)``, so ``messages[0]`` is the most important line: the
    emergency warning when the pattern contains a red flag, a prompt to check the
    both-legs signs when sides are not known, otherwise :data:`NOT_A_DIAGNOSIS`."""

    region: str
    timing: str
    sides: str
    relieved_by: str
    matches: tuple[CauseMatch, ...]
    messages: tuple[str, ...]
    emergency: bool  # True if the pattern itself is a red flag
    # red_flags keys to check, most urgent first (see :func:`warning_signs_to_check`)
    flags_to_check: tuple[str, ...]
    not_a_diagnosis: str = NOT_A_DIAGNOSIS
    warnings: tuple[str, ...] = ()  # emergency warnings (first in messages)
    prompts: tuple[str, ...] = ()  # gentler "check these signs" prompts (after warnings)

    def __iter__(self):
        return iter(self.matches)

    def __len__(self) -> int:
        return len(self.matches)

    def __getitem__(self, index):
        return self.matches[index]

    def top(self, n: int = 3) -> tuple[CauseMatch, ...]:
        return self.matches[:n]

    @property
    def emergency_flags(self) -> tuple[str, ...]:
        """The emergency-level keys of :attr:`flags_to_check` (shown in full, first)."""
        return tuple(k for k in self.flags_to_check if FLAG_BY_KEY[k].level == "emergency")

    @property
    def other_flags(self) -> tuple[str, ...]:
        """The keys of :attr:`flags_to_check` below emergency level, most urgent first."""
        return tuple(k for k in self.flags_to_check if FLAG_BY_KEY[k].level != "emergency")


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
    prompts = []
    if region in RED_FLAG_REGIONS:
        warnings.append(SADDLE_WARNING)
    if nerve_root_possible(region, matches):
        if sides == "both":
            warnings.append(BOTH_LEGS_SCIATICA_WARNING)
        elif sides == NOT_SURE and region not in RED_FLAG_REGIONS:
            prompts.append(CHECK_BOTH_LEGS_PROMPT)
    flags = warning_signs_to_check(matches)
    return PatternResult(
        region=region,
        timing=timing,
        sides=sides,
        relieved_by=relieved_by,
        matches=matches,
        messages=tuple(warnings) + tuple(prompts) + (NOT_A_DIAGNOSIS,),
        emergency=bool(warnings),
        flags_to_check=flags,
        warnings=tuple(warnings),
        prompts=tuple(prompts),
    )


def nerve_root_possible(region: str, matches: tuple[CauseMatch, ...]) -> bool:
    """Whether a nerve-root cause could explain the pattern: the area is one they can be
    felt in, or one of them ranks in the top :data:`NERVE_ROOT_TOP_N`."""
    return region in NERVE_ROOT_REGIONS or any(
        m.cause.key in NERVE_ROOT_CAUSES for m in matches[:NERVE_ROOT_TOP_N]
    )


FLAGS_TOP_N = 3  # every related warning sign of the causes this high in the ranking


def warning_signs_to_check(matches: tuple[CauseMatch, ...]) -> tuple[str, ...]:
    """The warning-sign keys (of :data:`.red_flags.FLAG_BY_KEY`) to check for a ranking.

    Emergency-level signs are never left out: those of the top :data:`FLAGS_TOP_N`
    causes *and* of every cause that can be felt in the chosen area (the causes the
    explorer lists).  Signs below emergency level come from the top
    :data:`FLAGS_TOP_N` causes only.  The keys are ordered by urgency, most urgent
    first; within a level, the better-ranked cause's signs come first.
    """
    keys = dict.fromkeys(
        k
        for i, m in enumerate(matches)
        for k in m.cause.related_flags
        if i < FLAGS_TOP_N or (m.region_fits and FLAG_BY_KEY[k].level == "emergency")
    )
    return tuple(sorted(keys, key=lambda k: -LEVEL_RANK[FLAG_BY_KEY[k].level]))  # stable
