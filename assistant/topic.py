"""The topic of a question: its words without the framing every question shares.

"can acupuncture help my glaucoma?" and "can acupuncture help my migraine?" look alike to a
sentence model because most of their words are the same framing. Comparing what is left
("glaucoma" against the archive's pages) tells a question the archive covers from one it
does not: measured on the development sets (docs/retrieval.md)."""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words that frame nearly every question put to an acupuncture archive and say nothing about
# its topic. Keep condition, body and treatment words out of this list.
_FRAMING = """
    acupuncture acupuncturist acupuncturists help helps helped helpful work works working worked treat
    treated treating treatment treatments session sessions needle needles needling really thing things
    know want like just bit does did doing got get getting good
    bad lot lots worth try tried trying anyone someone people thanks thank
    hi hello please question questions wondering wonder advice ok okay sure think
    thinking feel feeling felt im ive dont cant wont didnt doesnt isnt
    safe possible actually anything something recommend recommended best better
"""
FRAMING_WORDS = frozenset(_FRAMING.split())
_WORD = re.compile(r"[a-z][a-z']+")


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` (curly apostrophes read as straight ones)."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def topic_text(question: str) -> str:
    """The question's topic words, or the question itself when nothing else is left."""
    kept = [
        w
        for w in words(question)
        if len(w) > 2 and w not in ENGLISH_STOP_WORDS and w.replace("'", "") not in FRAMING_WORDS
    ]
    return " ".join(kept) or question
