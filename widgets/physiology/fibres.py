"""The course's one table of nerve-fibre classes (Erlanger–Gasser letters).

Chapters, the population model and the sensation read-out all take class names,
ranges and modalities from here, so a number is changed in one place only.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.physiology import parameters as prm


@dataclass(frozen=True)
class FibreClass:
    """One fibre class.  Ranges are ``(low, high)``; ``t50_min`` is the ischaemic dose
    (minutes of full occlusion) at which half the class stops conducting."""

    name: str
    diameter_um: tuple[float, float]
    velocity_m_per_s: tuple[float, float]
    myelinated: bool
    carries: str
    modality: str  # key of the sensation read-out
    sural_share: float  # fraction of all fibres in the model population
    t50_min: float
    sources: tuple[str, ...]  # REFERENCES keys: classification, share, T50
    t50_status: str  # "established" or "illustrative"


_TABLE = ("erlanger_gasser1937", "purves2001", "uwo_neuroanatomy")

FIBRE_CLASSES: dict[str, FibreClass] = {
    "Aα": FibreClass(
        name="Aα",
        diameter_um=(12.0, 20.0),
        velocity_m_per_s=(70.0, 120.0),
        myelinated=True,
        carries="muscle sense (limb position) and motor commands",
        modality="position/motor",
        sural_share=prm.A_ALPHA_SHARE.value,
        t50_min=prm.T50_A_ALPHA.value,
        sources=(*_TABLE, "jacobs_love1985", "hofmeijer2013"),
        t50_status=prm.T50_A_ALPHA.status,
    ),
    "Aβ": FibreClass(
        name="Aβ",
        diameter_um=(6.0, 12.0),
        velocity_m_per_s=(35.0, 75.0),
        myelinated=True,
        carries="touch, pressure and vibration",
        modality="touch",
        sural_share=prm.A_BETA_SHARE.value,
        t50_min=prm.T50_A_BETA.value,
        sources=(*_TABLE, "jacobs_love1985", "lewis1931", "hofmeijer2013"),
        t50_status=prm.T50_A_BETA.status,
    ),
    "Aδ": FibreClass(
        name="Aδ",
        diameter_um=(1.0, 5.0),
        velocity_m_per_s=(5.0, 30.0),
        myelinated=True,
        carries="sharp (first) pain and cold",
        modality="sharp pain & cold",
        sural_share=prm.A_DELTA_SHARE.value,
        t50_min=prm.T50_A_DELTA.value,
        sources=(*_TABLE, "jacobs_love1985", "hofmeijer2013"),
        t50_status=prm.T50_A_DELTA.status,
    ),
    "C": FibreClass(
        name="C",
        diameter_um=(0.2, 1.5),
        velocity_m_per_s=(0.5, 2.0),
        myelinated=False,
        carries="slow burning pain, warmth and itch",
        modality="slow pain & warmth",
        sural_share=prm.C_SHARE.value,
        t50_min=prm.T50_C.value,
        sources=(*_TABLE, "gasser1950", "ochoa_mair1969", "fruhstorfer1984"),
        t50_status=prm.T50_C.status,
    ),
}

CLASS_NAMES: tuple[str, ...] = tuple(FIBRE_CLASSES)  # ("Aα", "Aβ", "Aδ", "C")
MODALITIES: tuple[str, ...] = tuple(c.modality for c in FIBRE_CLASSES.values())


def fibre_class(name: str) -> FibreClass:
    """Look a class up by name; ``ValueError`` lists the valid names."""
    try:
        return FIBRE_CLASSES[name]
    except KeyError:
        raise ValueError(
            f"fibre class must be one of {', '.join(CLASS_NAMES)}; got {name!r}"
        ) from None


def class_of_diameter(diameter_um: float, myelinated: bool = True) -> str | None:
    """The class whose diameter range contains ``diameter_um`` (``None`` in a gap)."""
    for c in FIBRE_CLASSES.values():
        lo, hi = c.diameter_um
        if c.myelinated == myelinated and lo <= diameter_um <= hi:
            return c.name
    return None
