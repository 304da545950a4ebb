"""The glossary covers the technical terms the chapters use, and every entry is real.

Generic on purpose: it reads whatever ``chapters/*.ipynb`` exist (the reader-written
markdown of chapters 1 onwards, see :func:`widgets.glossary.chapter_prose`, plus the text
of the cause cards a chapter shows, :func:`widgets.glossary.card_prose`), so a new
abbreviation or medical word in any chapter fails here until the glossary explains it.
Words that no pattern can catch (nerve names, 'plaque') are pinned in ``REQUIRED``.
"""

from __future__ import annotations

import html
import re
from functools import cache

import nbformat
import pytest
from conftest import ROOT

from widgets.course import CHAPTERS
from widgets.glossary import (
    NOT_TECHNICAL,
    TERMS,
    anchor,
    card_prose,
    chapter_prose,
    find,
    glossary_html,
)

# Capitals that are not technical terms: countries, organisations and the pronoun.
NOT_TERMS = frozenset(
    {
        "I",
        "UK",
        "US",
        "USA",
        "EU",
        "NHS",
        "NICE",
        "WHO",
        "AHA",
        "ACC",
        "ACE",
        "RCEM",
        "NIDDK",
        "NWL",
        "MSD",
        "JAAOS",
        "IEEE",
        "EMBS",
    }
)
# Ordinary words written in capitals as on-screen labels ("EMERGENCY", "RED FLAG").
SHOUTED = frozenset({"EMERGENCY", "URGENT", "RED", "FLAG", "NOW", "NOT", "NO", "YES", "CALL"})
GUIDELINE_CODE = re.compile(r"^(NG|CG|PH)\d+$")  # NICE document numbers, e.g. NG239
SPINAL_LEVEL = re.compile(r"^[CTLS]\d{1,2}$")  # L1, S3: explained under "vertebra"
SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")

# Tokens of two or more capitals/digits, or mixed case with two capitals (HbA1c).
TOKEN = re.compile(r"(?<![\w/-])[A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\w])")
MEDICAL = re.compile(
    r"\b[a-z]{3,}(?:opath(?:y|ies)|a?emias?|itis|algias?|os[ie]s|ectom(?:y|ies)|otom(?:y|ies)"
    r"|graph(?:y|ies)|a?esthesi(?:a|ae|as))\b",
    re.I,
)
CORE = (
    "axon",
    "myelin",
    "node of Ranvier",
    "saltatory conduction",
    "action potential",
    "ischaemia",
    "paresthesia",
    "ectopic",
    "microneurography",
    "claudication",
    "radiculopathy",
    "neuropathy",
    "fasciotomy",
    "compartment syndrome",
    "cauda equina",
    "cauda equina syndrome",
    "Aβ fibre",
    "C fibre",
    "demyelination",
    "skin biopsy",
    "ABI",
    "EMG",
    "NCS",
    "DVT",
    "PAD",
    "CECS",
    "PAES",
    "MRI",
    "HbA1c",
    "LFCN",
    "TIA",
    "FAST",
    "6 Ps",
    "MMA",
    "D-dimer",
    "Pedowitz criteria",
)
# Terms an audit found the automatic checks above could not catch (ordinary-looking words,
# or text only in the cause cards): named here so that none can go missing again.
REQUIRED = (
    "saphenous nerve",
    "superficial peroneal nerve",
    "interdigital nerve",
    "deep peroneal nerve",
    "common peroneal nerve",
    "sural nerve",
    "tibial nerve",
    "lateral femoral cutaneous nerve",
    "inguinal ligament",
    "poikilothermia",
    "atherosclerosis",
    "plaque",
    "referred pain",
    "adrenaline auto-injector",
    "HIV",
)


@cache
def prose() -> dict[int, str]:
    """Chapter number → its reader-written prose, for every chapter file that exists."""
    texts = {}
    for ch in CHAPTERS:
        path = ROOT / ch.path
        if ch.number >= 1 and path.exists():
            nb = nbformat.read(path, as_version=4)
            texts[ch.number] = chapter_prose(nb) + "\n\n" + card_prose(nb)
    return texts


def all_prose() -> str:
    return "\n".join(prose().values())


def is_abbreviation(token: str) -> bool:
    capitals = sum(c.isupper() for c in token)
    return len(token) >= 2 and (
        capitals >= 2 or (token[0].isupper() and all(c.isupper() or c.isdigit() for c in token))
    )


def covered(word: str) -> bool:
    candidates = [word]
    if word.endswith("s"):
        candidates.append(word[:-1])  # ABIs, PPIs
    lower = word.lower()
    for plural, singular in (("ies", "y"), ("oses", "osis"), ("ae", "a"), ("as", "a")):
        if lower.endswith(plural):
            candidates.append(word[: -len(plural)] + singular)
    return any(find(c) for c in candidates)


def mentions(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text`` as a whole word (an optional plural 's'; hyphens
    and spaces alike; case-sensitive for abbreviations, so 'PAD' is not 'pad')."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", name.strip())]
    pattern = r"[\s\-]+".join(words) + r"(?:s|es)?"
    flags = 0 if any(c.isupper() for c in name[1:]) or name.isupper() else re.I
    return re.search(rf"(?<![\w]){pattern}(?![\w])", text, flags) is not None


def test_chapters_exist_to_check():
    assert prose(), "no chapter notebooks found"


def test_every_abbreviation_in_the_chapters_is_in_the_glossary():
    missing: dict[str, list[int]] = {}
    for number, text in prose().items():
        for token in TOKEN.findall(text.translate(SUBSCRIPTS)):
            if not is_abbreviation(token) or token in NOT_TERMS or token in SHOUTED:
                continue
            if GUIDELINE_CODE.match(token) or SPINAL_LEVEL.match(token):
                continue
            if not covered(token):
                missing.setdefault(token, []).append(number)
    assert not missing, "abbreviations missing from widgets/glossary.py: " + ", ".join(
        f"{t} (chapter {sorted(set(n))})" for t, n in sorted(missing.items())
    )


def test_spinal_levels_are_explained():
    assert "L1" in TERMS["lumbar"].definition or "L1" in TERMS["spinal cord"].definition
    assert "vertebra" in TERMS


def test_every_medical_word_in_the_chapters_is_in_the_glossary():
    missing: dict[str, set[int]] = {}
    for number, text in prose().items():
        for word in MEDICAL.findall(text):
            if word.lower() in NOT_TECHNICAL or covered(word):
                continue
            missing.setdefault(word.lower(), set()).add(number)
    assert not missing, "medical words missing from widgets/glossary.py: " + ", ".join(
        f"{w} (chapter {sorted(n)})" for w, n in sorted(missing.items())
    )


def test_core_terms_are_in_the_glossary():
    assert [t for t in CORE if not find(t)] == []


def test_required_terms_are_in_the_glossary_and_used():
    assert [t for t in REQUIRED if not find(t)] == []
    assert [t for t in REQUIRED if not mentions(all_prose(), t)] == []


def test_cause_card_text_is_checked():
    """Chapter 4's prose includes the text of the cause cards it shows (written in
    widgets/clinical/causes.py), so a term used only on a card is checked too."""
    from widgets.clinical.causes import CAUSES

    text = prose()[4]
    for cause in CAUSES:
        assert cause.telling_feature in text, cause.key
        assert cause.mechanism in text, cause.key


@pytest.mark.parametrize("term", sorted(TERMS))
def test_each_entry_is_used_in_the_chapter_that_introduces_it(term):
    entry = TERMS[term]
    names = (term, *entry.aliases)
    if entry.chapter not in prose():
        pytest.skip(f"chapter {entry.chapter} is not written yet")
    assert any(mentions(all_prose(), n) for n in names), f"{term!r} is used in no chapter"
    assert any(mentions(prose()[entry.chapter], n) for n in names), (
        f"{term!r} is not used in chapter {entry.chapter}, which the glossary says introduces it"
    )


def test_entries_are_well_formed_and_unambiguous():
    owners: dict[str, str] = {}
    for term, entry in TERMS.items():
        assert isinstance(entry.aliases, tuple), f"{term}: aliases must be a tuple"
        assert entry.definition.strip().endswith("."), term
        assert len(entry.definition) <= 320, f"{term}: keep the definition short"
        assert 1 <= entry.chapter <= len(CHAPTERS) - 1, term
        for name in (term, *entry.aliases):
            key = re.sub(r"[\s\-]+", " ", name).casefold()
            assert owners.setdefault(key, term) == term, (
                f"{name!r} names both {owners[key]!r} and {term!r}"
            )


def test_glossary_html_lists_every_term_with_an_anchor_and_a_chapter_link():
    page = glossary_html()
    anchors = re.findall(r'id="([^"]+)"', page)
    assert len(anchors) == len(set(anchors)) == len(TERMS)
    for term, entry in TERMS.items():
        assert f'id="{anchor(term)}"' in page
        assert f"<b>{html.escape(term)}</b>" in page
        assert html.escape(entry.definition) in page
    for ch in CHAPTERS[1:-1]:
        if any(e.chapter == ch.number for e in TERMS.values()):
            assert f'href="{ch.filename}"' in page
    assert "<script" not in page
