"""Which turns of a conversation are searched with the topic they follow up on."""

from __future__ import annotations

import pytest

from assistant.chat import asks_anew, is_follow_up, search_query

HISTORY = ["can acupuncture help my migraines?"]


@pytest.mark.parametrize(
    "question",
    [
        "how many sessions would I need?",
        "is the electric kind ok for him?",
        "what about for my neck?",
        "cost?",
    ],
)
def test_short_or_pointing_turns_follow_up(question: str) -> None:
    assert is_follow_up(question)
    assert search_query(question, HISTORY) == f"{HISTORY[0]} {question}"


@pytest.mark.parametrize(
    "question",
    [
        "Can acupuncture help tinnitus?",
        "Does acupuncture hurt?",
        "Can acupuncture fix a broken laptop screen?",
    ],
)
def test_a_turn_naming_acupuncture_and_its_own_topic_stands_alone(question: str) -> None:
    assert asks_anew(question) and not is_follow_up(question)
    assert search_query(question, HISTORY) == question


@pytest.mark.parametrize(
    "question",
    [
        "Can acupuncture help with that?",  # points back
        "And does acupuncture help tinnitus too?",  # opens with a connective
        "Would acupuncture be ok?",  # no topic of its own
        "Can I keep having the acupuncture for the sickness?",  # "the sickness" already named
    ],
)
def test_naming_acupuncture_is_not_enough_to_stand_alone(question: str) -> None:
    assert not asks_anew(question)
    assert is_follow_up(question)
