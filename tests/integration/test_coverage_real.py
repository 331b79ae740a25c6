"""Coverage and archive health on the real stack: MiniLM, embedded Chroma, the bundled archive.

The questions below were written for this test and checked by hand against the archive; none was
used to tune the gap-clustering threshold (assistant/coverage.py explains how it was chosen)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from assistant.archive_health import archive_health
from assistant.coverage import CoverageReport, assess_coverage, coverage_json
from assistant.service import ArchiveAssistant

pytestmark = pytest.mark.integration

PAGES = "corpus/archive/pages"

# Paraphrases of real archive pages, with the page each must be answered from.
COVERED = {
    "Is it safe to drive home straight after an acupuncture session if I feel sleepy?": (
        f"{PAGES}/practical-matters/can-i-drive-after-acupuncture.txt"
    ),
    "Will acupuncture needles hurt? I hate injections and blood tests": (
        f"{PAGES}/general/does-acupuncture-hurt.txt"
    ),
    "I'm on warfarin for atrial fibrillation - should I stop it before acupuncture?": (
        f"{PAGES}/long-term-conditions-and-medicines/acupuncture-while-taking-warfarin.txt"
    ),
    "How long will the purple circles from cupping on my back take to fade?": (
        f"{PAGES}/related-therapies/cupping-marks-how-long-they-last.txt"
    ),
    "Can I have acupuncture free on the NHS? I can't afford private sessions": (
        f"{PAGES}/practical-matters/is-acupuncture-available-on-the-nhs.txt"
    ),
    "Are sea bands or acupuncture better for morning sickness at 9 weeks pregnant?": (
        f"{PAGES}/fertility-pregnancy-and-womens-health/morning-sickness-9-weeks-p6-wristbands.txt"
    ),
}

# In-domain questions on two conditions the archive has no answer for (asthma is only mentioned in
# passing, by the hay-fever factsheet and the moxibustion page, so some may score as "weak").
PSORIASIS = [
    "Do needles make psoriasis flare-ups less frequent?",
    "Can needles be put near psoriasis patches?",
    "I've had psoriasis on my scalp and elbows for years, could acupuncture clear it?",
]
ASTHMA = [
    "Does acupuncture strengthen the lungs in asthma?",
    "I use a brown steroid inhaler twice a day for asthma, could acupuncture reduce that?",
    "My asthma is worse in winter and I wheeze at night, would acupuncture help my breathing?",
]
EMERGENCY = "I have crushing chest pain spreading to my left arm and I'm sweating"

QUESTIONS = [*COVERED, PSORIASIS[0], ASTHMA[0], EMERGENCY, *PSORIASIS[1:], "", *ASTHMA[1:]]


@pytest.fixture(scope="module")
def report(real_assistant: ArchiveAssistant) -> CoverageReport:
    return assess_coverage(real_assistant, QUESTIONS)


def test_statuses(report: CoverageReport) -> None:
    by_question = {q.question: q for q in report.questions}
    for question, source in COVERED.items():
        item = by_question[question]
        # Answered from the right page. Whether it is "covered" or only "weak" is the learned head's
        # confidence, a quality figure the evaluation measures: one new development conversation
        # (a follow-up on wet cupping, read with its cupping-marks history) moved the cupping
        # paraphrase from 0.99 to 0.69 (docs/retrieval.md). The status must still follow the score.
        assert item.status in ("covered", "weak") and item.source == source, question
        assert item.score is not None
        strong = item.score >= report.threshold + report.weak_margin
        assert item.status == ("covered" if strong else "weak"), question
        assert item.title and item.category and item.quote
    assert sum(by_question[q].status == "covered" for q in COVERED) > len(COVERED) // 2
    for question in PSORIASIS + ASTHMA:
        assert by_question[question].status in ("uncovered", "weak"), question
    assert by_question[EMERGENCY].status == "safety"
    assert by_question[EMERGENCY].source is None
    assert report.invalid == 1 and len(report.questions) == len(QUESTIONS) - 1


def _weak_covered(report: CoverageReport) -> set[str]:
    return {q.question for q in report.questions if q.question in COVERED and q.status == "weak"}


def test_gaps_form_two_topic_clusters(report: CoverageReport) -> None:
    topics = [gap for gap in report.gaps if gap.size > 1]
    assert [gap.size for gap in topics] == [3, 3]
    clusters = sorted(sorted(gap.questions) for gap in topics)
    assert clusters == sorted([sorted(PSORIASIS), sorted(ASTHMA)])
    assert {gap.terms[0] for gap in topics} == {"psoriasis", "asthma"}
    # Anything else is a covered paraphrase rated only weak, alone in its gap.
    rest = [gap for gap in report.gaps if gap.size == 1]
    assert {gap.questions[0] for gap in rest} == _weak_covered(report)
    for gap in report.gaps:
        assert gap.label in gap.questions


def test_json_contract(report: CoverageReport) -> None:
    data = json.loads(json.dumps(coverage_json(report)))
    weak_covered = len(_weak_covered(report))
    topic_weak = report.summary["weak"] - weak_covered
    assert data["summary"] == {
        "covered": 6 - weak_covered,
        "weak": report.summary["weak"],
        "uncovered": 6 - topic_weak,
        "safety": 1,
    }
    assert all(type(v) is int for v in data["summary"].values())
    assert len(data["questions"]) == 13
    for item in data["questions"]:
        assert {"question", "status", "source", "score"} <= set(item)
        assert type(item["question"]) is str and item["status"] in data["summary"]
        assert item["source"] is None or type(item["source"]) is str
        assert item["score"] is None or (type(item["score"]) is float and 0.0 <= item["score"] <= 1.0)
    assert [g["size"] for g in data["gaps"]] == [3, 3] + [1] * weak_covered
    for gap in data["gaps"]:
        assert type(gap["label"]) is str and gap["label"] in gap["questions"]
        assert len(gap["questions"]) == gap["size"]


def test_archive_health_on_the_real_archive(real_assistant: ArchiveAssistant) -> None:
    today = date(2025, 6, 1)
    health = archive_health(real_assistant, [*COVERED, *PSORIASIS, *ASTHMA, EMERGENCY, ""], today=today)
    known = real_assistant.known_sources()
    assert health.answers >= 80 and health.factsheets >= 15
    assert (health.questions_checked, health.questions_invalid) == (13, 1)

    assert len(health.oldest) == 10
    dates = [aged.date for aged in health.oldest]
    assert dates == sorted(dates) and all(d < today for d in dates)
    assert all(aged.age_days == (today - aged.date).days for aged in health.oldest)
    assert all(aged.record.kind == "qa" for aged in health.oldest)

    for pair in health.near_duplicates:
        assert pair.first.source != pair.second.source and pair.similarity >= 0.92
    for contest in health.competing:
        assert contest.first.source != contest.second.source and contest.count >= 1
        assert {contest.first.source, contest.second.source} <= known
    counts = [contest.count for contest in health.competing]
    assert counts == sorted(counts, reverse=True)

    never = {ref.source for ref in health.never_retrieved}
    assert never <= known and not any(s.endswith(".md") for s in never)
    assert not never & set(COVERED.values())  # each covered question retrieved its page
    assert len(never) < health.answers

    categories = [gap.category for gap in health.missing_factsheets]
    assert len(categories) == len(set(categories))
    for gap in health.missing_factsheets:
        assert gap.pages and all(page.similarity < 0.5 for page in gap.pages)
        assert all(page.record.kind == "qa" for page in gap.pages)
    # Pages about conditions that have a factsheet are not listed.
    listed = {page.record.source for gap in health.missing_factsheets for page in gap.pages}
    assert (
        f"{PAGES}/fertility-pregnancy-and-womens-health/morning-sickness-9-weeks-p6-wristbands.txt"
        not in listed
    )
