"""The words of the symptom-pattern vocabulary: when it happens, which side, what helps.

Causes describe their typical pattern with these keys and the pattern explorer offers
them as dropdown choices, so both sides speak the same language.  Every dict maps
key -> human label and keeps the order a dropdown should show.
"""

from __future__ import annotations

from collections.abc import Mapping

NOT_SURE = "not_sure"

TIMINGS: dict[str, str] = {
    "sitting_or_lying_still": "While sitting or lying still (e.g. legs crossed)",
    "standing": "While standing",
    "walking": "While walking",
    "running_or_exercise": "While running or exercising",
    "after_exercise": "After exercise",
    "night": "At night, in bed",
    "constant": "Most of the time",
    "coughing_or_sneezing": "When coughing, sneezing or straining",
    "fast_breathing": "With fast breathing, panic or anxiety",
    NOT_SURE: "Not sure",
}

# What the learner can say about sides.  A cause uses "one", "both" or "either".
SIDES: dict[str, str] = {
    "one": "One leg",
    "both": "Both legs",
    NOT_SURE: "Not sure",
}
CAUSE_SIDES: dict[str, str] = {
    "one": "usually affects one leg",
    "both": "usually affects both legs",
    "either": "can affect one or both legs",
}

RELIEFS: dict[str, str] = {
    "moving_or_changing_position": "Moving or changing position",
    "rest_any_position": "Stopping for a few minutes' rest (standing still is enough)",
    "stopping_activity": "Stopping the activity; it settles over 10-20 minutes",
    "sitting_or_bending_forward": "Sitting down or bending forward",
    "loosening_shoes_or_clothing": "Loosening or taking off shoes, belt or tight clothing",
    "slowing_breathing": "Slowing down breathing",
    "nothing": "Nothing makes it better",
    NOT_SURE: "Not sure",
}


def dropdown_options(choices: Mapping[str, str]) -> list[tuple[str, str]]:
    """``[(label, key), ...]`` in display order: the format ipywidgets dropdowns take."""
    return [(label, key) for key, label in choices.items()]


def check_choice(value: str | None, choices: Mapping[str, str], name: str) -> str:
    """Return ``value`` if it is a key of ``choices`` (``None`` means not sure).

    Raises ``ValueError`` listing the valid keys, so a typo in a widget shows at once."""
    if value is None:
        return NOT_SURE
    if not isinstance(value, str) or value not in choices:
        valid = ", ".join(f"'{k}' ({label})" for k, label in choices.items())
        raise ValueError(f"Unknown {name} {value!r}. Choose one of: {valid}.")
    return value
