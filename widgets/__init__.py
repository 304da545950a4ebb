"""Pins and Needles: the numerical model and interactive widgets of the course.

Notebooks build every widget with one call from here, e.g. ``widgets.compression_explorer()``.
The model lives in :mod:`widgets.physiology` and :mod:`widgets.clinical` (no UI imports);
the views in :mod:`widgets.views`.  Builders import their view lazily, so that importing
``widgets`` stays fast and a chapter loads only what it shows.
"""

from widgets.chapter_tools import course_map
from widgets.quiz import quiz

__version__ = "0.1.0"


def conduction_explorer(**options):
    """Chapter 1: an impulse travelling along a simulated fibre; diameter, myelin."""
    from widgets.views.conduction import ConductionExplorer

    return ConductionExplorer(**options)


def fibre_race(**options):
    """Chapter 1: each fibre class racing from the foot to the spinal cord."""
    from widgets.views.race import FibreRace

    return FibreRace(**options)


def compression_explorer(**options):
    """Chapter 2: pressure and duration against the fraction of fibres still conducting."""
    from widgets.views.compression import CompressionExplorer

    return CompressionExplorer(**options)


def recovery_animation(**options):
    """Chapter 3: fibres coming back after release, ectopic bursts and the tingling meter."""
    from widgets.views.recovery import RecoveryAnimation

    return RecoveryAnimation(**options)


def symptom_explorer(**options):
    """Chapter 4: which causes fit a pattern of where, when, sides and relief."""
    from widgets.views.symptoms import SymptomExplorer

    return SymptomExplorer(**options)


def red_flag_checker(**options):
    """Chapter 5: warning signs; any red flag gives the emergency message."""
    from widgets.views.red_flags import RedFlagChecker

    return RedFlagChecker(**options)


def abi_calculator(**options):
    """Chapter 6: the ankle-brachial index and its thresholds."""
    from widgets.views.calculators import AbiCalculator

    return AbiCalculator(**options)


def compartment_calculator(**options):
    """Chapter 6: compartment pressures against the Pedowitz criteria."""
    from widgets.views.calculators import CompartmentCalculator

    return CompartmentCalculator(**options)


__all__ = [
    "abi_calculator",
    "compartment_calculator",
    "compression_explorer",
    "conduction_explorer",
    "course_map",
    "fibre_race",
    "quiz",
    "recovery_animation",
    "red_flag_checker",
    "symptom_explorer",
]
