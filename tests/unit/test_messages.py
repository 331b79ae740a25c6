"""User-facing lead-ins: one for every decision and level, emergency numbers where (and only
where) they belong, and short sentences."""

from __future__ import annotations

import itertools
import re

import pytest

from assistant import messages
from assistant.answers import DECISIONS, SAFETY_LEVELS, Decision, SafetyLevel
from assistant.messages import (
    ANSWER_LEAD_IN,
    CAUTION_NOTES,
    EMERGENCY_GUIDANCE,
    MENTAL_HEALTH_CATEGORIES,
    NO_CLOSE_ANSWER,
    URGENT_RELATED_HEADING,
    caution_note,
    emergency_guidance,
    message_for,
)
from assistant.safety import load_lexicon

LEXICON = load_lexicon()
CATEGORIES: list[str | None] = [None, *LEXICON.ids()]
COMBINATIONS = list(itertools.product(DECISIONS, SAFETY_LEVELS))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _average_sentence_words(text: str) -> float:
    sentences = _sentences(text)
    return sum(len(s.split()) for s in sentences) / len(sentences)


@pytest.mark.parametrize(("decision", "safety"), COMBINATIONS)
def test_every_combination_has_a_message(decision: Decision, safety: SafetyLevel) -> None:
    for category in CATEGORIES:
        text = message_for(decision, safety, category)
        assert text.strip()
        assert text == text.strip()


def test_exact_lead_ins() -> None:
    assert message_for("answer", "none") == (
        "Here is what our experts have said about questions like yours. "
        "These are archived answers, not a diagnosis."
    )
    assert message_for("ask_expert", "none") == (
        "We don't have an answer in our archive that is close enough to your question. "
        "You can send it to one of our experts."
    )
    assert message_for("answer", "none") == ANSWER_LEAD_IN
    assert message_for("ask_expert", "none") == NO_CLOSE_ANSWER


@pytest.mark.parametrize("category", [None, *LEXICON.ids("emergency")])
def test_emergency_text_names_999_first(category: str | None) -> None:
    text = message_for("emergency", "emergency", category)
    assert "999" in _sentences(text)[0] or "999" in _sentences(text)[1]
    assert "A&E" in text
    assert "archive" not in text  # comes alone: nothing about archived answers


@pytest.mark.parametrize("category", sorted(MENTAL_HEALTH_CATEGORIES & set(LEXICON.ids("emergency"))))
def test_mental_health_emergency_names_samaritans_and_111(category: str) -> None:
    text = message_for("emergency", "emergency", category)
    assert "999" in text
    assert "116 123" in text
    assert "Samaritans" in text
    assert "111" in text.replace("116 123", "")


def test_physical_emergency_does_not_mention_samaritans() -> None:
    assert "116 123" not in message_for("emergency", "emergency", "chest_pain")
    assert emergency_guidance("chest_pain").startswith(EMERGENCY_GUIDANCE)


def test_safety_level_wins_over_decision() -> None:
    assert "999" in message_for("answer", "emergency", "stroke")
    assert "999" in message_for("emergency", "none", None)
    assert "111" in message_for("answer", "urgent", "broken_needle")


@pytest.mark.parametrize("category", [None, *LEXICON.ids("urgent")])
def test_urgent_text(category: str | None) -> None:
    text = message_for("ask_expert", "urgent", category)
    assert "GP" in text
    assert "NHS 111" in text
    assert "Ask an expert" in text
    assert "do not replace" in text
    assert "A&E" not in text
    if category in MENTAL_HEALTH_CATEGORIES:
        assert "116 123" in text


def test_urgent_heading_mentions_gp_and_111() -> None:
    assert "GP" in URGENT_RELATED_HEADING
    assert "111" in URGENT_RELATED_HEADING


def test_every_caution_category_has_a_note() -> None:
    assert set(CAUTION_NOTES) == set(LEXICON.ids("caution"))
    for category in LEXICON.ids("caution"):
        text = message_for("answer", "caution", category)
        assert text.startswith(ANSWER_LEAD_IN)
        assert CAUTION_NOTES[category] in text
        assert "practitioner" in text
    assert caution_note("no_such_category") == messages.GENERIC_CAUTION_NOTE
    assert message_for("ask_expert", "caution", "pregnancy").startswith(NO_CLOSE_ANSWER)


def test_mental_health_categories_match_the_lexicon() -> None:
    assert LEXICON.crisis_ids == MENTAL_HEALTH_CATEGORIES


@pytest.mark.parametrize(
    ("decision", "safety"), [("answer", "none"), ("ask_expert", "none"), ("answer", "caution")]
)
def test_no_alarm_without_a_red_flag(decision: Decision, safety: SafetyLevel) -> None:
    for category in [None, *LEXICON.ids("caution")]:
        text = message_for(decision, safety, category)
        for alarming in ("999", "A&E", "emergency", "111", "urgent", "Samaritans"):
            assert alarming not in text


def _all_texts() -> list[str]:
    texts = {message_for(d, s, c) for (d, s) in COMBINATIONS for c in CATEGORIES}
    texts.add(URGENT_RELATED_HEADING + ".")
    return sorted(texts)


@pytest.mark.parametrize("text", _all_texts())
def test_readability_average_sentence_length(text: str) -> None:
    assert _average_sentence_words(text) <= 20, text
    for sentence in _sentences(text):
        assert len(sentence.split()) <= 30, sentence
