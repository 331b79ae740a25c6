"""Which turns of a conversation are searched with the topic they follow up on."""

from __future__ import annotations

import pytest

from assistant.chat import (
    asks_about_new_topic,
    asks_anew,
    is_follow_up,
    points_back,
    search_query,
)

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


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (
            ["is it ok to have acupuncture with high blood pressure?"],
            "ok. and does it help with erection problems?",
        ),
        (
            ["does acupuncture help with stress?"],
            "Could it help Raynaud's? My fingers go white when it's cold",
        ),
        (["my dad had a stroke", "ok we'll ask his team"], "my uncle has Parkinson's, could it help him?"),
        (["does acupuncture help sickness from chemo?"], "can it stop my hair falling out as well?"),
        (["what should I wear?"], "oh and does it actually work for hay fever?"),
        # "my" brings the asker's own new thing; "the spinning attacks" describes it, not the
        # conversation's topic (round 22, r22-103)
        (
            ["what goes on at your first acupuncture appointment?"],
            "oh and could it help my meniere's too, the spinning attacks and the full feeling in my ear?",
        ),
        (
            ["I'm 9 weeks with my first"],
            "And later on, could acupuncture help my milk come in once the baby's here?",
        ),
    ],
)
def test_asking_if_it_helps_with_something_new_stands_alone(history: list[str], question: str) -> None:
    # "it" is the treatment here, and the topic is one the conversation has not mentioned.
    assert asks_about_new_topic(question, history)
    assert search_query(question, history) == question


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (["I keep getting cold sores"], "so would acupuncture help stop them coming back?"),  # "them"
        (["can acupuncture help my back pain?"], "would it help with the back pain at night?"),  # named
        (["I can't sleep and feel anxious"], "could it help my sleep?"),  # nothing new
        # "my back" was said before: the same topic, however "the" is used after it
        (["can acupuncture help my back pain?"], "could it help my back at night, the stiffness?"),
        (["can acupuncture help my migraines?"], "would it help?"),  # no topic of its own
        ([], "could it help my tinnitus?"),  # no conversation to follow
        # "hers": a thing from the earlier turn (her hot flushes), asked about for someone else
        (
            ["is acupuncture any good for hot flushes?"],
            "would it help my mum as well? hers are mostly at night",
        ),
    ],
)
def test_asking_if_it_helps_with_what_was_said_follows_up(history: list[str], question: str) -> None:
    assert not asks_about_new_topic(question, history)


@pytest.mark.parametrize(
    ("question", "leans_back"),
    [
        ("is the electric kind ok for him?", True),
        ("can she still go ahead?", True),
        ("does it hurt?", True),
        ("my son is 8, can he have acupuncture?", False),
        ("my wife wants to know if her migraines would improve", False),
        ("does acupuncture hurt?", False),
    ],
)
def test_a_person_named_only_by_a_pronoun_points_back(question: str, leans_back: bool) -> None:
    # Such a turn keeps the earlier topic even when the archive answers it well on its own.
    assert points_back(question) is leans_back


@pytest.mark.parametrize(
    "question",
    [
        # a connective after an acknowledgement
        "ok, so what can I be doing while I sit on the waiting list for a first appointment?",
        "Thanks. And how would I find someone who has done the extra training for that?",
        # "anything ...": asks for more on the same topic
        "anything I can do myself between sessions, given I'm sat in the cab all day?",
    ],
)
def test_long_replies_that_open_like_a_follow_up_follow_up(question: str) -> None:
    assert len(question.split()) >= 12  # too long to count as a follow-up by length alone
    assert is_follow_up(question, HISTORY)
    assert search_query(question, HISTORY) == f"{HISTORY[0]} {question}"


@pytest.mark.parametrize(
    "question",
    [
        "Okay, I would like to know whether acupuncture is safe to have during chemotherapy please",
        # a question that stands alone after the acknowledgement changes the subject
        "ok. how much does a session usually cost? ive seen everything from 35 to over 100 quid",
    ],
)
def test_an_acknowledgement_alone_does_not_make_a_follow_up(question: str) -> None:
    assert not is_follow_up(question, HISTORY)


# Round 23: topic switches told as "what about X?", or with the new thing pointed at later.
@pytest.mark.parametrize(
    ("question", "earlier"),
    [
        (
            "what about my jaw? I grind my teeth at night and it aches every morning",
            "Does acupuncture help tension headaches?",
        ),
        ("and what about Meniere's? the spinning comes in attacks", "Can acupuncture help hay fever?"),
        ("right - and do they treat patchy hair loss? mine started last spring", "What does a session cost?"),
    ],
)
def test_a_new_topic_brought_up_by_name_is_searched_alone(question: str, earlier: str) -> None:
    assert asks_about_new_topic(question, [earlier])
    assert search_query(question, [earlier]) == question


@pytest.mark.parametrize(
    ("question", "earlier"),
    [
        # another person, the same question
        ("and what about my wife?", "Can acupuncture help hay fever?"),
        # another treatment for the same concern
        ("what about cupping?", "I'm on warfarin, can I still have acupuncture?"),
        # the earlier topic named again
        ("what about the cost?", "Can acupuncture help hay fever?"),
        # no new thing in the asking sentence: the later "hers" is the earlier topic
        ("would it help my mum too? hers are mostly at night", "Does acupuncture calm hot flushes?"),
    ],
)
def test_what_about_the_same_topic_still_follows_up(question: str, earlier: str) -> None:
    assert not asks_about_new_topic(question, [earlier])
    assert search_query(question, [earlier]) == f"{earlier} {question}"
