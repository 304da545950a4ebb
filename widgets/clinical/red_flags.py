"""Warning signs with pins and needles, and a triage rule that never under-triages.

Each :class:`RedFlag` is a yes/no question for a learner, the condition it points to,
how urgent that is and what to do.  :func:`triage` takes the answers and returns the
most urgent level among the flags answered "yes".

Decisions (documented because a widget builds on them):

* Levels, most urgent first: ``emergency`` > ``urgent_same_day`` > ``see_doctor_soon``
  > ``self_care``.  The result is always the most urgent matched level; no
  combination of answers can lower it.
* An unknown question key raises ``ValueError`` (a typo must not silently drop a "yes").
* A missing key, or an answer of ``None``, counts as "not answered" and is treated as
  "no"; the result lists those questions in ``unanswered`` and says so in its messages.
  Pass ``require_all=True`` to make a missing answer an error instead.
* With *no* answers at all the level is still ``self_care`` internally, but the result
  is not reassuring: ``assessed`` is False and the label and headline say "Not yet
  assessed".  With some questions unanswered and no "yes", the headline says the check is
  incomplete.
* Each question asks about *one* sign, or lists alternatives joined by "or": a question
  that needed several signs at once ("swollen and painful with warm skin") would let
  someone with only one of them answer "no".
* Answers must be ``True``, ``False`` or ``None``; anything else raises ``ValueError``.
* Suspected DVT and sudden foot drop are ``emergency``: the course lists them with the
  conditions that need care now, and a checker must never under-triage.  Their action
  text matches that level (get seen now: emergency department or 999 / 911 / 112) and
  notes, in brackets, that the sources would accept same-day urgent care without
  breathing or stroke symptoms.

* New weakness in a leg or foot is ``urgent_same_day`` (get help today), not a routine
  appointment; its action says that sudden or quickly spreading weakness is an
  emergency, which the emergency questions ask about.  Only slowly worsening numbness or
  tingling stays at ``see_doctor_soon``.

This is education, not medical advice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from widgets.course import DISCLAIMER

NOT_MEDICAL_ADVICE = DISCLAIMER
EMERGENCY_NUMBERS = "999 (UK), 911 (US and Canada) or 112 (EU and many other countries)"
EMERGENCY_LINE = (
    f"In an emergency call your local emergency number: {EMERGENCY_NUMBERS}, or go to "
    "the nearest emergency department."
)

# Most urgent first.
LEVELS: tuple[str, ...] = ("emergency", "urgent_same_day", "see_doctor_soon", "self_care")
LEVEL_RANK: dict[str, int] = {level: len(LEVELS) - i for i, level in enumerate(LEVELS)}
LEVEL_LABELS: dict[str, str] = {
    "emergency": "Emergency: call 999 / 911 / 112 now",
    "urgent_same_day": "Urgent: get medical help today",
    "see_doctor_soon": "See a doctor (GP) soon",
    "self_care": "Self-care",
}
# The keys widgets.theme.TRIAGE uses for the colour of each level.
THEME_TRIAGE_KEY: dict[str, str] = {
    "emergency": "emergency",
    "urgent_same_day": "urgent",
    "see_doctor_soon": "see_gp",
    "self_care": "self_care",
}

HEADLINES: dict[str, str] = {
    "emergency": (
        f"Emergency: call {EMERGENCY_NUMBERS} now, or go to the nearest emergency "
        "department. Do not wait to see if it passes."
    ),
    "urgent_same_day": (
        "Get medical help today: contact a doctor or an urgent care service (NHS 111 in "
        "the UK) for a same-day assessment. If it gets worse, or you become short of "
        f"breath or have chest pain, call {EMERGENCY_NUMBERS}."
    ),
    "see_doctor_soon": (
        "Make an appointment with a doctor (GP): this pattern is worth checking, but "
        "nothing you answered points to an emergency."
    ),
    "self_care": (
        "Nothing you answered points to a warning sign. Pins and needles after sitting "
        "or lying awkwardly usually goes within minutes of moving. See a doctor if it "
        "lasts, keeps coming back or has no clear cause."
    ),
}
NOT_ASSESSED_LABEL = "Not yet assessed"
NOT_ASSESSED_HEADLINE = (
    "Not yet assessed: answer the questions. Until you have, this says nothing about "
    f"whether you need help. If you think it is an emergency, call {EMERGENCY_NUMBERS} now."
)
INCOMPLETE_LABEL = "No warning sign so far (not every question answered)"
INCOMPLETE_HEADLINE = (
    "No warning sign in the questions you answered so far, but some are not answered "
    "yet: answer them all before relying on this result. Pins and needles after sitting "
    "or lying awkwardly usually goes within minutes of moving; see a doctor if it lasts, "
    "keeps coming back or has no clear cause."
)


@dataclass(frozen=True)
class RedFlag:
    key: str
    question: str  # phrased for a learner, answerable yes/no
    condition_key: str
    condition: str  # human-readable name of what it may point to
    level: str  # one of LEVELS (never "self_care")
    action: str
    sources: tuple[str, ...]


def _flags(
    condition_key: str,
    condition: str,
    level: str,
    action: str,
    sources: tuple[str, ...],
    questions: tuple[tuple[str, str], ...],
) -> tuple[RedFlag, ...]:
    """Several questions that point to the same condition share its level and action."""
    return tuple(
        RedFlag(key, q, condition_key, condition, level, action, sources) for key, q in questions
    )


_CALL_NOW = f"Call {EMERGENCY_NUMBERS} now, or go to the nearest emergency department."

FLAGS: tuple[RedFlag, ...] = (
    *_flags(
        "cauda_equina",
        "Cauda equina syndrome (squeezed nerve roots at the base of the spine)",
        "emergency",
        _CALL_NOW + " Surgery within hours can save bladder, bowel and leg function.",
        ("nhs_sciatica", "royal_free_ces"),
        (
            (
                "saddle_numbness",
                "Do you have numbness or pins and needles between your inner thighs, "
                "around your genitals or around your bottom?",
            ),
            (
                "numb_when_wiping",
                "Does it feel numb or different when you wipe after using the toilet?",
            ),
            (
                "bladder_problem",
                "Do you have new trouble passing urine, or are you leaking urine?",
            ),
            ("bowel_control", "Have you lost control of your bowels?"),
            (
                "both_legs_sciatica_or_weakness",
                "Do you have sciatica (pain or tingling down the leg) in both legs, or "
                "weakness in both legs?",
            ),
        ),
    ),
    *_flags(
        "stroke",
        "Stroke or mini-stroke (TIA)",
        "emergency",
        _CALL_NOW + " Think FAST: Face, Arms, Speech, Time. Call even if the symptoms have passed.",
        ("nhs_stroke",),
        (
            (
                "sudden_one_side",
                "Did numbness or weakness come on suddenly on one side of your body (the "
                "face, an arm or a leg), even if it has passed?",
            ),
            (
                "face_drooping",
                "Has one side of your face dropped: is your mouth or an eye drooping on "
                "one side, or is your smile uneven?",
            ),
            (
                "arm_weakness",
                "Is one arm weak or numb, so that it drifts down when you try to hold "
                "both arms up?",
            ),
            (
                "speech_trouble",
                "Is your speech slurred or muddled, are you unable to talk, or do you have "
                "trouble understanding what others say?",
            ),
        ),
    ),
    *_flags(
        "acute_limb_ischaemia",
        "Acute limb ischaemia (a sudden blocked artery; the 6 Ps: pain, pallor, "
        "pulselessness, pins and needles, paralysis, coldness)",
        "emergency",
        _CALL_NOW + " A leg without blood supply can be lost within hours.",
        ("rcem_ali", "nhs_pad"),
        (
            (
                "leg_suddenly_cold_pale",
                "Has a leg or foot suddenly become cold, pale or bluish, or painful, numb "
                "or weak (not just 'gone to sleep' from sitting and back to normal within "
                "minutes of moving)?",
            ),
            (
                "leg_rest_pain_or_cannot_move",
                "Has leg pain suddenly got much worse, started even at rest, or can you "
                "not move the leg?",
            ),
        ),
    ),
    *_flags(
        "acute_compartment_syndrome",
        "Acute compartment syndrome (pressure building inside a muscle after injury)",
        "emergency",
        _CALL_NOW + " Muscle survives about 4 hours without blood and is lost by 8 hours.",
        ("accessem_acs", "jaaos1996"),
        (
            (
                "severe_pain_after_injury",
                "After an injury or a broken bone, or in a cast or tight bandage, is the "
                "pain far worse than you would expect (that alone is enough; pain that "
                "gets worse when you move your toes or foot makes it more likely)?",
            ),
            (
                "numb_below_injury_or_cast",
                "After an injury, or in a cast or tight bandage, do you have new numbness "
                "or pins and needles below it (for example in the foot or toes)?",
            ),
        ),
    ),
    *_flags(
        "pulmonary_embolism",
        "Pulmonary embolism (a clot in the lungs)",
        "emergency",
        _CALL_NOW,
        ("nhs_pe", "nhs_dvt"),
        (
            (
                "breathless_or_chest_pain",
                "Are you short of breath, do you have chest pain, or are you coughing up "
                "blood (especially if a leg is also swollen or painful)?",
            ),
        ),
    ),
    *_flags(
        "exercise_anaphylaxis",
        "Anaphylaxis during exercise (a severe allergic reaction)",
        "emergency",
        _CALL_NOW + " Use an adrenaline auto-injector if one has been prescribed.",
        ("hosey2001",),
        (
            (
                "anaphylaxis_signs",
                "During or after exercise, do you have trouble breathing or swallowing, "
                "swelling of the lips, face or throat, or do you feel faint, with or "
                "without hives?",
            ),
        ),
    ),
    *_flags(
        "fast_spreading_weakness",
        "Weakness or numbness spreading quickly",
        "emergency",
        _CALL_NOW,
        ("harrisons",),
        (
            (
                "weakness_spreading_fast",
                "Is weakness or numbness spreading quickly, for example up from the feet "
                "over hours or days?",
            ),
        ),
    ),
    *_flags(
        "suspected_dvt",
        "Suspected deep vein thrombosis (DVT)",
        "emergency",
        "Get seen now: go to an emergency department or call "
        f"{EMERGENCY_NUMBERS}, at once if you are short of breath or have chest pain. (In "
        "the UK, NHS advice for a suspected DVT without breathing symptoms is same-day "
        "care through NHS 111; this course errs on the safe side.)",
        ("nhs_dvt",),
        (
            (
                "dvt_signs",
                "Is one leg (the calf or thigh) newly swollen or painful (throbbing or "
                "cramping), especially if the skin is warm, red or darker?",
            ),
        ),
    ),
    *_flags(
        "sudden_foot_drop",
        "Sudden foot drop (cannot lift the front of the foot)",
        "emergency",
        "Get seen now: go to an emergency department or call "
        f"{EMERGENCY_NUMBERS}, at once if it came with weakness or numbness on one side of "
        "the body, a drooping face or trouble speaking. (Sudden foot drop on its own is "
        "often assessed as urgent same-day care; this course errs on the safe side.)",
        ("mayo_footdrop",),
        (
            (
                "sudden_foot_drop",
                "Has your foot suddenly started to drop or drag, so your toes catch when you walk?",
            ),
        ),
    ),
    # --- Get help today ----------------------------------------------------------------
    *_flags(
        "infected_foot_sore",
        "A foot sore or wound that may be infected",
        "urgent_same_day",
        "Get medical help today (your doctor, diabetes foot team or NHS 111 in the UK): an "
        "infected foot wound, especially with diabetes or poor circulation, can spread "
        f"fast. If you feel very unwell, call {EMERGENCY_NUMBERS}.",
        ("nice_ng19",),
        (
            (
                "foot_sore_infected",
                "Is a sore, cut or blister on your foot red, hot, swollen or oozing, or do "
                "you feel feverish with it?",
            ),
        ),
    ),
    *_flags(
        "new_leg_weakness",
        "New weakness in a leg or foot",
        "urgent_same_day",
        "Get medical help today (your doctor, an urgent care service, or NHS 111 in the "
        "UK): new weakness needs the cause found quickly. If it came on suddenly or is "
        f"spreading quickly, that is an emergency: call {EMERGENCY_NUMBERS} now.",
        ("statpearls_neuropathy", "harrisons", "mayo_footdrop"),
        (
            (
                "new_leg_weakness",
                "Do you have new weakness in a leg or foot (for example trouble lifting "
                "the foot, climbing stairs or getting up from a chair), or new clumsiness "
                "or unsteadiness when you walk?",
            ),
        ),
    ),
    # --- Reasons to see a GP ----------------------------------------------------------
    *_flags(
        "persisting_or_recurring",
        "Pins and needles that lasts, keeps coming back or has no clear cause",
        "see_doctor_soon",
        "Book an appointment with a doctor (GP).",
        ("nhs_pins_needles",),
        (
            ("persisting", "Has the pins and needles lasted, or not gone after moving?"),
            ("keeps_coming_back", "Does it keep coming back?"),
            ("no_clear_cause", "Is there no clear reason for it (such as sitting awkwardly)?"),
        ),
    ),
    *_flags(
        "getting_worse",
        "Numbness or tingling that is slowly getting worse",
        "see_doctor_soon",
        "Book an appointment with a doctor (GP) soon: slowly worsening symptoms need the "
        "cause found. If weakness or numbness came on suddenly, or is spreading over hours "
        "or days, that is an emergency: answer the emergency questions above. New "
        "weakness in a leg or foot needs help today (question above).",
        ("nhs_pins_needles", "statpearls_neuropathy"),
        (
            (
                "slowly_getting_worse",
                "Is the numbness or tingling slowly getting worse or spreading (over weeks "
                "or months)?",
            ),
        ),
    ),
    *_flags(
        "exertional_leg_pain",
        "Leg pain on walking or exercise (e.g. peripheral artery disease)",
        "see_doctor_soon",
        "Book an appointment with a doctor (GP); an ankle-brachial index test may help.",
        ("nhs_pad", "aha_acc2016"),
        (
            (
                "exertional_leg_pain",
                "Do you keep getting leg pain or cramping when you walk or exercise?",
            ),
        ),
    ),
    *_flags(
        "sciatica_not_improving",
        "Sciatica that is not improving",
        "see_doctor_soon",
        "Book an appointment with a doctor (GP).",
        ("nhs_sciatica",),
        (
            (
                "sciatica_not_improving",
                "Have you had sciatica that is not improving after a few weeks?",
            ),
        ),
    ),
    *_flags(
        "diabetes_foot_problem",
        "Foot problems with diabetes",
        "see_doctor_soon",
        "Book an appointment with a doctor or diabetes team soon; numb feet can hide injuries.",
        ("niddk_neuropathy", "nhs_pins_needles"),
        (
            (
                "diabetes_foot_problem",
                "Do you have diabetes and tingling, numbness or sores on your feet?",
            ),
        ),
    ),
    *_flags(
        "slow_healing_foot_sore",
        "A foot sore that heals slowly",
        "see_doctor_soon",
        "Book an appointment with a doctor (GP) soon; numb feet and poor circulation both "
        "slow healing and hide injuries. If it is red, hot, swollen or oozing, get help "
        "today.",
        ("nice_ng19", "niddk_neuropathy"),
        (
            (
                "foot_sore_slow_healing",
                "Do you have a sore, cut or blister on your foot that is slow to heal, or "
                "that you did not feel happening?",
            ),
        ),
    ),
    *_flags(
        "cecs_pattern",
        "A chronic exertional compartment syndrome (CECS)-like pattern",
        "see_doctor_soon",
        "Book an appointment with a doctor (GP) or sports medicine clinic.",
        ("mayo_cecs",),
        (
            (
                "cecs_like_pattern",
                "Does exercise bring on leg pain, tightness or tingling at about the same "
                "distance each time, easing 10-20 minutes after you stop?",
            ),
        ),
    ),
)

FLAG_BY_KEY: dict[str, RedFlag] = {flag.key: flag for flag in FLAGS}
FLAG_KEYS: tuple[str, ...] = tuple(FLAG_BY_KEY)
EMERGENCY_FLAG_KEYS: tuple[str, ...] = tuple(f.key for f in FLAGS if f.level == "emergency")


def flags_at_level(level: str) -> tuple[RedFlag, ...]:
    """The questions whose "yes" leads to ``level``."""
    _check_level(level)
    return tuple(f for f in FLAGS if f.level == level)


def more_urgent(a: str, b: str) -> str:
    """The more urgent of two levels."""
    _check_level(a)
    _check_level(b)
    return a if LEVEL_RANK[a] >= LEVEL_RANK[b] else b


def _check_level(level: str) -> None:
    if level not in LEVEL_RANK:
        raise ValueError(f"Unknown triage level {level!r}; valid: {', '.join(LEVELS)}.")


@dataclass(frozen=True)
class TriageResult:
    level: str  # one of LEVELS
    level_label: str
    headline: str
    matched: tuple[RedFlag, ...]  # answered "yes", most urgent first
    conditions: tuple[str, ...]  # distinct conditions of the matched flags
    actions: tuple[str, ...]  # distinct actions of the matched flags
    unanswered: tuple[str, ...]  # question keys not answered (counted as "no")
    not_medical_advice: str = NOT_MEDICAL_ADVICE
    assessed: bool = True  # False when no question was answered at all
    emergency_numbers: str = EMERGENCY_NUMBERS

    @property
    def theme_key(self) -> str:
        """Key of ``widgets.theme.TRIAGE`` for this level's colour."""
        return THEME_TRIAGE_KEY[self.level]

    @property
    def messages(self) -> tuple[str, ...]:
        """Everything to show, in order: headline first, emergency line and disclaimer last."""
        lines = [self.headline]
        lines += [f"{f.condition}: {f.action}" for f in _one_per_condition(self.matched)]
        if self.unanswered:
            lines.append(
                f"{len(self.unanswered)} question(s) were not answered and were counted "
                "as 'no'. Answer them all for a complete check."
            )
        lines += [EMERGENCY_LINE, self.not_medical_advice]
        return tuple(lines)


def _one_per_condition(flags: tuple[RedFlag, ...]) -> tuple[RedFlag, ...]:
    seen: dict[str, RedFlag] = {}
    for flag in flags:
        seen.setdefault(flag.condition_key, flag)
    return tuple(seen.values())


def triage(answers: Mapping[str, bool | None], *, require_all: bool = False) -> TriageResult:
    """Triage level for yes/no answers keyed by :data:`FLAG_KEYS`.

    The level is the most urgent level among the flags answered ``True`` (``self_care``
    if none).  Unknown keys and non-boolean answers raise ``ValueError``; missing keys and
    ``None`` count as unanswered ("no") unless ``require_all`` is set.
    """
    if not isinstance(answers, Mapping):
        raise ValueError(
            f"answers must be a mapping of question key -> True/False, not "
            f"{type(answers).__name__}."
        )
    unknown = [k for k in answers if k not in FLAG_BY_KEY]
    if unknown:
        raise ValueError(
            f"Unknown question key(s): {', '.join(map(repr, unknown))}. "
            f"Valid keys: {', '.join(FLAG_KEYS)}."
        )
    for key, value in answers.items():
        if value is not None and not isinstance(value, bool):
            raise ValueError(
                f"The answer to {key!r} must be True (yes), False (no) or None (not "
                f"answered); got {value!r}."
            )
    unanswered = tuple(k for k in FLAG_KEYS if answers.get(k) is None)
    if require_all and unanswered:
        raise ValueError(f"Please answer every question; missing: {', '.join(unanswered)}.")

    matched = tuple(
        sorted(
            (FLAG_BY_KEY[k] for k in FLAG_KEYS if answers.get(k) is True),
            key=lambda f: -LEVEL_RANK[f.level],  # stable: course order within a level
        )
    )
    # The most urgent matched level wins; matched is already sorted most urgent first.
    level = matched[0].level if matched else "self_care"
    assessed = len(unanswered) < len(FLAG_KEYS)
    label, headline = LEVEL_LABELS[level], HEADLINES[level]
    if not assessed:  # nothing answered: never show a reassuring headline
        label, headline = NOT_ASSESSED_LABEL, NOT_ASSESSED_HEADLINE
    elif level == "self_care" and unanswered:
        label, headline = INCOMPLETE_LABEL, INCOMPLETE_HEADLINE
    return TriageResult(
        level=level,
        level_label=label,
        headline=headline,
        matched=matched,
        conditions=tuple(dict.fromkeys(f.condition for f in matched)),
        actions=tuple(dict.fromkeys(f.action for f in matched)),
        unanswered=unanswered,
        assessed=assessed,
    )
