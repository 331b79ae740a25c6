"""Conversation context: turning a follow-up into a self-contained search query.

No language model: a follow-up ("what if I'm pregnant?", "and for my neck?") is short or leans on
the earlier turn with a pronoun or a connective, so the earlier topic is carried into the query."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.topic import topic_text, words

# A reply may open with an acknowledgement before a connective ("ok, so what can I do...", "thanks.
# and..."). Not before a question that stands alone: "ok. how much does a session cost?" changes
# the subject.
_FOLLOW_UP_START = re.compile(
    r"^(?:(and|also|but|what about|how about|what if|if|so|then|same|does that|is that|is it|would it|"
    r"will it|can it|could it|should i|how many|how long|how often|how much|what else|any|anything)"
    r"|(?:(?:ok(?:ay)?|right|thanks|thank you|cheers|great|hmm+|oh|ah|well|sure|i see)[,.!]*\s+)+"
    r"(and|also|but|what about|how about|what if|so|then))\b",
    re.IGNORECASE,
)
# "hers are mostly at night": a possessive standing alone names a thing from an earlier turn.
_OWNED_THING = r"hers|theirs|mine|yours|ours"
_ANAPHORA = re.compile(
    rf"\b(it|that|this|those|these|them|they|there|one|ones|same|{_OWNED_THING})\b", re.IGNORECASE
)
# "is the electric kind ok for him?": a person named only by a pronoun was named in an earlier
# turn, unless the turn names them itself ("my son is 8, can he have it?").
_PERSON_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
_PERSON_NAMED = re.compile(
    r"\b(husband|wife|partner|son|daughter|child|kid|baby|boy|girl|mum|mom|mother|dad|father|"
    r"brother|sister|friend|gran|grandma|grandmother|grandad|granddad|grandfather|nan|aunt|uncle|"
    r"niece|nephew|boyfriend|girlfriend|fiance|fiancee|colleague|neighbour|neighbor|teenager|"
    r"toddler|man|woman|lady|patient|client)s?\b",
    re.IGNORECASE,
)
# Measured on eval/dev_multiturn.jsonl: short turns in a conversation almost always lean on the
# earlier topic; long ones stand alone unless they point back with a pronoun.
_SHORT_TURN_WORDS = 12
_POINTING_TURN_WORDS = 20


# A turn that names the treatment and brings a topic of its own ("Can acupuncture help tinnitus?")
# asks a question in its own right, however short: carrying the earlier topic into its search
# would lend it the earlier page's words and answer it with that page.
_NAMES_TREATMENT = re.compile(r"\b(?:acupuncture|acupuncturists?|dry needling)\b", re.IGNORECASE)


_DEFINITE = re.compile(r"\bthe\s+([a-z']+)", re.IGNORECASE)


def asks_anew(question: str) -> bool:
    """Names the treatment, has topic words of its own, and does not point back (with a pronoun,
    a connective, or "the" before one of its topic words: "for the sickness")."""
    topic = topic_text(question)
    if not _NAMES_TREATMENT.search(question) or topic == question:
        return False
    if _ANAPHORA.search(question) or _FOLLOW_UP_START.match(question.strip()):
        return False
    topic_words = set(topic.split())
    return not any(m.group(1).lower() in topic_words for m in _DEFINITE.finditer(question))


# "could it help...", "does it work for...": "it" here is the treatment, not a pointer back.
_ASKS_IF_IT_HELPS = re.compile(
    r"\b(?:could|would|will|can|does|do|might|did)\s+(?:it|acupuncture|that|they|this)\s+(?:\w+\s+)?"
    r"(?:help|work|do anything|be any good|treat|cure|fix|ease|stop)\b",
    re.IGNORECASE,
)
_OWN = re.compile(r"\b(?:my|his|her|their|our)\s+([a-z']+)", re.IGNORECASE)
_POINTS_BACK_TO_A_THING = re.compile(rf"\b(?:them|they|those|these|same|{_OWNED_THING})\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.?!]+(?:\s|$)")
# "what about my jaw?", "and what about Meniere's?": a topic of the asker's own, brought up by name.
_ASKS_ABOUT = re.compile(
    r"\b(?:what|how)\s+about\s+(?:(?:my|his|her|their|our)\s+)?([a-z][a-z']*)", re.IGNORECASE
)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end]."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


# "what about cupping?" after a warfarin question asks about cupping on warfarin: another
# treatment is an aspect of the same question, not a new topic.
_TREATMENT_WORD = re.compile(
    r"(?:acupuncture|acupressure|needl\w*|cupping|cups|moxa\w*|electro\w*|seeds|tens|massage|herbs?)",
    re.IGNORECASE,
)


def _is_new_word(word: str, topic_words: set[str], said: set[str]) -> bool:
    return (
        word in topic_words
        and word not in said
        and not _PERSON_NAMED.fullmatch(word)
        and not _TREATMENT_WORD.fullmatch(word)
    )


def _names_new_thing(sentence: str, said: set[str]) -> bool:
    topic_words = set(topic_text(sentence).split())
    return any(_is_new_word(word, topic_words, said) for word in topic_words)


def _asks_about_own_topic(question: str, said: set[str]) -> bool:
    found = _ASKS_ABOUT.search(question)
    if not found:
        return False
    return _is_new_word(found.group(1).lower(), set(topic_text(question).split()), said)


def asks_about_new_topic(question: str, earlier: Sequence[str]) -> bool:
    """Mid-conversation, asks whether the treatment helps with something the conversation has not
    mentioned ("and does it help with erection problems?", "my uncle has Parkinson's, could it
    help him?"): searched alone, so the earlier page can't answer it. Measured on the development
    conversations (docs/retrieval.md, "Follow-ups")."""
    if not earlier:
        return False
    said = set(words(" ".join(earlier)))
    if _asks_about_own_topic(question, said):
        return True
    found = _ASKS_IF_IT_HELPS.search(question)
    if not found:
        return False
    # When the asking sentence names a new thing of its own, only that sentence can point back: in
    # "do they treat hair falling out in patches? mine started last year", "mine" is the new thing.
    # Without one ("would it help my mum? hers are at night"), a later pointer is the earlier topic.
    start, end = _sentence_around(question, found.start(), found.end())
    if not _names_new_thing(question[start:end], said):
        start, end = 0, len(question)
    rest = question[start : found.start()] + " " + question[found.end() : end]
    if _POINTS_BACK_TO_A_THING.search(rest):
        return False
    topic = topic_text(question)
    if topic == question:
        return False
    topic_words = topic.split()
    if all(word in said for word in topic_words):
        return False
    # "could it help my meniere's too, the spinning attacks…": a possessive brings the asker's own
    # new thing, whatever "the" points at after it.
    owned = {m.group(1).lower() for m in _OWN.finditer(question)}
    if any(word in topic_words and word not in said for word in owned):
        return True
    # "the back pain", "the sickness": the conversation's own topic, named again.
    named = set(topic_words) | said
    return not any(m.group(1).lower() in named for m in _DEFINITE.finditer(question))


def is_follow_up(question: str, earlier: Sequence[str] = ()) -> bool:
    """Leans on the earlier turns (``earlier``: the turns before it, oldest first)."""
    words = len(question.split())
    if asks_about_new_topic(question, earlier):
        return False
    if _FOLLOW_UP_START.match(question.strip()):
        return True
    if asks_anew(question):
        return False
    if words < _SHORT_TURN_WORDS:
        return True
    return words < _POINTING_TURN_WORDS and bool(_ANAPHORA.search(question))


def points_back(question: str) -> bool:
    """A turn that can't stand alone: it opens with a connective or leans on a pronoun (for a
    thing, or for a person it doesn't name itself)."""
    if _FOLLOW_UP_START.match(question.strip()) or _ANAPHORA.search(question):
        return True
    return bool(_PERSON_PRONOUN.search(question)) and not _PERSON_NAMED.search(question)


def search_query(question: str, history: Sequence[str]) -> str:
    """The text to search with: the question alone, or the topic it follows up on plus the question."""
    previous = [h.strip() for h in history if h and h.strip()]
    if not previous or not is_follow_up(question, previous):
        return question
    # Walk back to the turn that set the topic (itself not a follow-up), keep what came after.
    start = len(previous) - 1
    while start > 0 and is_follow_up(previous[start], previous[:start]):
        start -= 1
    context = " ".join(previous[start:])
    return f"{context} {question}"
