"""Domain words people misspell ("acupunture", "migrane"), put right before searching.

A misspelt "acupuncture" is a word no passage holds: it adds nothing to the word match and pulls the
question's topic vector (assistant/topic.py) towards nothing in the archive, so a plain question
("acupunture how much per go") scored 0.04 where the spelt one scores 0.82. Only words the archive
does not know are touched, only towards a short list of the archive's own distinctive words, and
only with the same first letter, so an ordinary word is not "corrected" into a medical one
(docs/retrieval.md, "Misspelt domain words").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

DOMAIN_TERMS: Final[tuple[str, ...]] = (
    "acupuncture",
    "acupuncturist",
    "acupuncturists",
    "acupressure",
    "electroacupuncture",
    "moxibustion",
    "appointment",
    "practitioner",
    "treatment",
    "session",
    "sessions",
    "needles",
    "needle",
    "headache",
    "headaches",
    "migraine",
    "migraines",
    "fibromyalgia",
    "sciatica",
    "menopause",
    "pregnancy",
    "pregnant",
    "physiotherapy",
    "physiotherapist",
    "osteoarthritis",
    "arthritis",
    "rheumatoid",
    "fasciitis",
    "insomnia",
    "anxiety",
    "depression",
    "chemotherapy",
    "tinnitus",
    "eczema",
    "nausea",
    "infertility",
    "fertility",
    "endometriosis",
    "warfarin",
    "pacemaker",
    "epilepsy",
    "diabetes",
    "diabetic",
    "lymphoedema",
    # Round 25's search-box queries: "trigeminal nueralgia", "restles legs".
    "neuralgia",
    "trigeminal",
    "restless",
)
_TERMS: Final = frozenset(DOMAIN_TERMS)
# The archive's two-word terms, typed as one ("hayfever needles evidence", round 23): one word the
# archive does not hold matches nothing. A short list, not a general splitter: splitting every
# unknown word into two known ones also turns "breastfeeding" into "breast feeding", which the
# breast-cancer pages then match.
RUN_TOGETHER: Final[dict[str, str]] = {
    "hayfever": "hay fever",
    "hotflushes": "hot flushes",
    "periodpain": "period pain",
    "dryneedling": "dry needling",
    "guasha": "gua sha",
    "earseeds": "ear seeds",
}
# And the other way: the archive's one-word terms typed as two ("electro acupuncture what is it",
# round 24). "electro" alone is a word the archive holds once, so the search matched acupuncture in
# general and missed the page that explains electroacupuncture.
TYPED_APART: Final[dict[str, str]] = {
    "electro acupuncture": "electroacupuncture",
}
# A name the archive spells with an apostrophe, typed without ("bells palsy acupuncture when", round
# 25): "bells" is a word no passage holds, and the question scored 0.04 where "bell's" scores 0.43.
TYPED_WITHOUT_APOSTROPHE: Final[dict[str, str]] = {
    "bells palsy": "bell's palsy",
}
_PHRASES: Final = {**TYPED_APART, **TYPED_WITHOUT_APOSTROPHE}
_PHRASE: Final = re.compile(
    r"\b(" + "|".join(r"[\s-]+".join(map(re.escape, key.split())) for key in _PHRASES) + r")\b",
    re.IGNORECASE,
)
# Two edits only for long words: "acupuncure", "rhuematoid" are one or two slips from their word,
# but two edits turn many a short ordinary word into another ("versions" -> "sessions").
LONG_WORD: Final = 10
MIN_LENGTH: Final = 5
_WORD = re.compile(r"[A-Za-z]+")


def correct_domain_spelling(text: str, known: Callable[[str], bool]) -> str:
    """``text`` with the archive's one-word terms typed as two joined (``TYPED_APART``), names typed
    without their apostrophe given it back (``TYPED_WITHOUT_APOSTROPHE``), and each
    word the archive does not know (``known(word)`` is False) that is one slip from a domain term
    (two for a long term), with the same first letter, replaced by the term; everything else as it
    was."""

    def join(match: re.Match[str]) -> str:
        return _PHRASES[" ".join(re.split(r"[\s-]+", match.group(0).lower()))]

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if len(lower) < MIN_LENGTH or lower in _TERMS or known(lower):
            return word
        return RUN_TOGETHER.get(lower) or closest_term(lower) or word

    return _WORD.sub(fix, _PHRASE.sub(join, text))


def closest_term(word: str) -> str | None:
    """The domain term ``word`` is a slip away from, or None."""
    best: tuple[int, str] | None = None
    for term in DOMAIN_TERMS:
        limit = 2 if len(term) >= LONG_WORD else 1
        if term[0] != word[0] or abs(len(term) - len(word)) > limit:
            continue
        distance = edit_distance(word, term)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, term)
    return best[1] if best else None


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of neighbours ("rhuematoid") each count one."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(
                rows[i - 1][j] + 1,
                row[j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
