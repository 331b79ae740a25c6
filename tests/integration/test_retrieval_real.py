"""The retrieval core on the real stack: MiniLM from the installed package, embedded Chroma,
the bundled archive."""

from __future__ import annotations

import pytest

from assistant.service import ArchiveAssistant
from tests.conftest import SEED_SOURCE

pytestmark = pytest.mark.integration

# Paraphrases of the seed page a patient might type. None of these were used to tune anything.
SEED_PARAPHRASES = [
    "I've had shooting pains and pins and needles for two weeks since acupuncture on my lower back, is that normal?",
    "after needles in my buttock my leg went into spasm and it still hurts weeks later",
    "practitioner used bigger needles for my back pain, now tingling down my leg for a fortnight - should I worry",
    "Is it normal to still have pain where the needle went in two weeks after treatment for low back pain?",
]


@pytest.mark.parametrize("question", SEED_PARAPHRASES)
@pytest.mark.parametrize("method", ["hybrid", "dense"])
def test_seed_page_is_cited_first(real_assistant: ArchiveAssistant, question: str, method: str) -> None:
    citations = real_assistant.search(question, retriever=method, k=5)  # type: ignore[arg-type]
    assert citations[0].source == SEED_SOURCE
    assert citations[0].title == "Pain after acupuncture for lower back pain"
    assert citations[0].quote and citations[0].quote in " ".join(citations[0].answer.split())


def test_one_entry_per_source_with_scores(real_assistant: ArchiveAssistant) -> None:
    citations = real_assistant.search("does acupuncture hurt", k=8)
    sources = [c.source for c in citations]
    assert len(sources) == len(set(sources)) == 8
    assert all(0.0 <= c.score <= 1.0 for c in citations)
    assert [c.rank_score for c in citations] == sorted((c.rank_score for c in citations), reverse=True)


def test_factsheets_are_retrievable_by_section(real_assistant: ArchiveAssistant) -> None:
    citations = real_assistant.search("what does research say about acupuncture for hay fever", k=3)
    top = citations[0]
    assert top.kind == "factsheet" and top.source.endswith("hay-fever.md")
    assert top.section and top.quote in " ".join(top.answer.split())


def test_known_sources_cover_the_archive(real_assistant: ArchiveAssistant) -> None:
    sources = real_assistant.known_sources()
    assert SEED_SOURCE in sources
    assert sum(s.startswith("corpus/archive/pages/") for s in sources) >= 80
    assert sum(s.startswith("corpus/archive/factsheets/") for s in sources) >= 15


def test_a_short_new_topic_in_a_conversation_stands_alone(real_assistant: ArchiveAssistant) -> None:
    history = ["can acupuncture help my migraines?", "how many sessions would I need?"]
    answer = real_assistant.ask("Does acupuncture hurt?", history)
    assert answer.citations[0].source.endswith("general/does-acupuncture-hurt.txt")
    assert answer.decision == "answer"


def test_a_follow_up_keeps_its_context(real_assistant: ArchiveAssistant) -> None:
    answer = real_assistant.ask(
        "is the electric kind ok for him?", ["my husband has a pacemaker and wants acupuncture"]
    )
    assert answer.citations[0].source.endswith("pacemaker-and-electroacupuncture.txt")
    assert "pacemaker" in (answer.search_query or "")


def test_word_match_keeps_a_near_neighbour_topic_out(real_assistant: ArchiveAssistant) -> None:
    # Tinnitus is not in the archive, but the question reads like the ear-acupuncture page: close
    # in meaning, weak in words. The evidence score hands it to an expert.
    answer = real_assistant.ask("Can acupuncture get rid of my tinnitus? It's a constant whine in both ears.")
    top = answer.citations[0]
    assert (top.similarity + top.topic_similarity) / 2 > real_assistant.novelty_threshold
    assert top.score < real_assistant.novelty_threshold
    assert answer.decision == "ask_expert"
    covered = real_assistant.ask("Is it normal to bruise after acupuncture?")
    assert covered.decision == "answer" and 0.0 < covered.citations[0].lexical <= 1.0


def test_a_short_question_naming_acupuncture_and_a_new_topic_is_not_merged(
    real_assistant: ArchiveAssistant,
) -> None:
    # "Can acupuncture help tinnitus?" after migraine questions is a question of its own: searched
    # with the migraine turn it would borrow that page's words and be answered with it.
    answer = real_assistant.ask("Can acupuncture help tinnitus?", ["can acupuncture help my migraines?"])
    assert answer.search_query == "Can acupuncture help tinnitus?"
    assert answer.decision == "ask_expert"


def test_asking_if_it_helps_with_an_uncovered_condition_mid_conversation_is_handed_off(
    real_assistant: ArchiveAssistant,
) -> None:
    # The earlier page (blood pressure) must not answer a question about a condition the archive
    # has no page on.
    answer = real_assistant.ask(
        "ok. and does it help with erection problems at all?",
        ["is it ok to have acupuncture if I've got high blood pressure?"],
    )
    assert answer.search_query == "ok. and does it help with erection problems at all?"
    assert answer.decision == "ask_expert"
    assert answer.reason == "no close answer in the archive"


# Written for this test, in none of the development sets: questions the archive answers whose
# framing the fixed formula under-rates, and near neighbours it does not answer.
HEAD_ANSWERS = [
    ("How many sessions will I need for my back pain?", "how-many-sessions-will-i-need.txt"),
    ("Can I have acupuncture if I'm on warfarin?", "acupuncture-while-taking-warfarin.txt"),
]
HEAD_HANDS_OFF = [
    "Would acupuncture be any use for my horse's stiff back?",
    "Can acupuncture treat glaucoma? My eye pressure is creeping up.",
]


def test_the_learned_evidence_head_scores_with_the_real_model(real_assistant: ArchiveAssistant) -> None:
    head = real_assistant.retriever.evidence_head
    assert head is not None and head.fits(real_assistant.embedder.name, real_assistant.embedder.dimension)
    assert real_assistant.weak_margin == pytest.approx(0.35)  # its scores are probabilities
    for question, page in HEAD_ANSWERS:
        answer = real_assistant.ask(question)
        assert answer.citations[0].source.endswith(page)
        assert answer.citations[0].score >= real_assistant.novelty_threshold
        assert answer.decision == "answer"
    for question in HEAD_HANDS_OFF:
        answer = real_assistant.ask(question)
        assert answer.citations[0].score < real_assistant.novelty_threshold
        assert (answer.decision, answer.reason) == ("ask_expert", "no close answer in the archive")


def test_without_the_head_citations_keep_the_formula(real_assistant: ArchiveAssistant) -> None:
    from assistant.retrieval import evidence

    plain = ArchiveAssistant(
        real_assistant.settings, real_assistant.store, real_assistant.embedder, real_assistant.safety
    )
    assert plain.retriever.evidence_head is None
    learned = real_assistant.search("Can I have acupuncture if I'm on warfarin?", k=3)
    for citation, same in zip(
        plain.search("Can I have acupuncture if I'm on warfarin?", k=3), learned, strict=True
    ):
        assert citation.source == same.source  # the head scores; it never reorders
        assert citation.score == pytest.approx(
            evidence(citation.similarity, citation.topic_similarity, citation.lexical)
        )
        assert citation.score != pytest.approx(same.score)


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("acupunture how much per go", "acupuncture how much per go"),
        ("drive after acupunture session safe", "drive after acupuncture session safe"),
    ],
)
def test_a_misspelt_acupuncture_is_answered_as_if_spelt(
    real_assistant: ArchiveAssistant, typed: str, spelt: str
) -> None:
    # The misspelling matched no passage and pulled the topic vector off (0.04 before the fix).
    slipped, right = real_assistant.ask(typed), real_assistant.ask(spelt)
    assert slipped.decision == right.decision == "answer"
    assert slipped.citations[0].source == right.citations[0].source
    assert slipped.citations[0].score == pytest.approx(right.citations[0].score)
    # The answer says what was searched, so a reader can see the repair.
    assert slipped.search_query == spelt and right.search_query == spelt
    assert slipped.to_json()["search_query"] == spelt and "search_query" not in right.to_json()


def test_the_bm25_index_knows_archive_words_by_stem(real_assistant: ArchiveAssistant) -> None:
    index = real_assistant.retriever.bm25()
    assert index.knows("acupuncture") and index.knows("Needled") and index.knows("sessions")
    assert not index.knows("acupunture")
