"""Run question sets through the assistant and summarise the results.

Per item and retriever: ``bot.ask`` (timed with ``time.perf_counter``) gives the decision and the
citations shown; ``bot.search(query, k=10)`` on the same query (the Answer's ``search_query`` when the
question was rewritten from the conversation, else the question) gives the ranking that hit@k, MRR and
nDCG@10 are computed on; ``bot.policy_at(t, ...)`` over a threshold grid gives the coverage-risk curve.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from tqdm import tqdm

from assistant.answers import DECISIONS, Answer, Citation, Decision, QuestionAnswerer, SafetyLevel
from assistant.errors import InputError
from assistant.settings import RetrieverName
from eval import metrics
from eval.sets import EvalItem

RETRIEVERS: tuple[RetrieverName, ...] = ("hybrid", "dense", "bm25")
SEARCH_K = 10
MISS_K = 3  # an item whose expected sources are not in the top MISS_K is listed as a failure

METRIC_NAMES: tuple[str, ...] = (
    "n",
    "hit@1",
    "hit@3",
    "hit@5",
    "mrr",
    "ndcg@10",
    "decision_accuracy",
    "ask_expert_precision",
    "ask_expert_recall",
    "emergency_recall",
    "false_emergency_rate",
    "safety_accuracy",
    "urgent_recall",
    "answered_correctly",
    "answer_rate",
    "risk",
    "latency_p50_ms",
    "latency_p95_ms",
)
# Figures where a smaller value is better (the report colours deltas accordingly).
LOWER_IS_BETTER: frozenset[str] = frozenset(
    {"false_emergency_rate", "risk", "latency_p50_ms", "latency_p95_ms"}
)

Summary = dict[str, float | None]


class EvalBot(QuestionAnswerer, Protocol):
    """The part of ``assistant.service.ArchiveAssistant`` the evaluation uses."""

    def search(
        self, query: str, *, retriever: RetrieverName | None = None, k: int = 10
    ) -> list[Citation]: ...

    def known_sources(self) -> set[str]: ...

    def policy_at(
        self, threshold: float, question: str, citations: tuple[Citation, ...], history: Sequence[str] = ()
    ) -> tuple[Decision, SafetyLevel, str]: ...


@dataclass(frozen=True)
class ItemResult:
    """One item run through one retriever. Retrieval figures are ``None`` without expected sources."""

    item: EvalItem
    retriever: str
    decision: Decision
    safety: SafetyLevel
    reason: str
    search_query: str
    cited: tuple[str, ...]  # sources of Answer.citations, in order
    ranked: tuple[str, ...]  # sources of bot.search(query, k=10), in order
    top_score: float | None
    latency_ms: float
    answered_at: tuple[bool, ...]  # aligned with EvalRun.thresholds
    rank: int | None  # first relevant rank in ``ranked``
    hit1: float | None
    hit3: float | None
    hit5: float | None
    rr: float | None
    ndcg10: float | None
    decision_correct: bool | None
    safety_correct: bool | None
    wrong_if_answered: bool | None
    failures: tuple[str, ...]

    @property
    def failed(self) -> bool:
        return bool(self.failures)


@dataclass
class EvalRun:
    items: list[EvalItem]
    retrievers: list[str]
    thresholds: list[float]
    threshold_in_use: float
    results: dict[str, list[ItemResult]]  # retriever -> results aligned with ``items``
    started_at: str = ""
    duration_s: float = 0.0
    set_names: list[str] = field(default_factory=list)

    @property
    def primary(self) -> str:
        return self.retrievers[0]

    def summary(self) -> dict[str, Summary]:
        return {name: summarise(self.results[name]) for name in self.retrievers}

    def per_tag(self) -> dict[str, dict[str, Summary]]:
        return {name: per_group(self.results[name], lambda r: r.item.tags) for name in self.retrievers}

    def per_set(self) -> dict[str, dict[str, Summary]]:
        return {name: per_group(self.results[name], lambda r: (r.item.set_name,)) for name in self.retrievers}

    def confusion(self) -> dict[str, metrics.Matrix]:
        return {name: decision_confusion(self.results[name]) for name in self.retrievers}

    def curves(self) -> dict[str, list[metrics.CurvePoint]]:
        return {name: curve(self.results[name], self.thresholds) for name in self.retrievers}


def run_eval(
    bot: EvalBot,
    items: Sequence[EvalItem],
    retrievers: Sequence[RetrieverName],
    progress: bool = True,
    *,
    thresholds: Iterable[float] | None = None,
) -> EvalRun:
    """Ask every item with every retriever (items outer, so retrievers see the same warm-up).

    ``thresholds`` is the grid for the coverage-risk curve (default: 0..1 by 0.05); the threshold in
    use is always added. An ``InputError`` from the assistant for one question is re-raised naming the
    item's file and line."""
    if not retrievers:
        raise InputError("no retriever to evaluate")
    if len(set(retrievers)) != len(retrievers):
        raise InputError(f"a retriever is named twice: {', '.join(retrievers)}")
    in_use = float(bot.novelty_threshold)
    grid = metrics.threshold_grid(extra=[in_use]) if thresholds is None else sorted({*thresholds, in_use})
    started = datetime.now(UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    results: dict[str, list[ItemResult]] = {name: [] for name in retrievers}
    with tqdm(
        total=len(items) * len(retrievers),
        desc="eval",
        unit="q",
        file=sys.stderr,
        disable=not progress,
        dynamic_ncols=True,
    ) as bar:
        for item in items:
            for name in retrievers:
                results[name].append(_run_one(bot, item, name, grid))
                bar.update(1)
    return EvalRun(
        items=list(items),
        retrievers=list(retrievers),
        thresholds=grid,
        threshold_in_use=in_use,
        results=results,
        started_at=started,
        duration_s=time.perf_counter() - t0,
        set_names=list(dict.fromkeys(item.set_name for item in items)),
    )


def _run_one(bot: EvalBot, item: EvalItem, retriever: RetrieverName, grid: Sequence[float]) -> ItemResult:
    try:
        start = time.perf_counter()
        answer = bot.ask(item.question, item.history, retriever=retriever)
        latency_ms = (time.perf_counter() - start) * 1000.0
        query = answer.search_query or item.question
        ranked = tuple(c.source for c in bot.search(query, retriever=retriever, k=SEARCH_K))
        answered_at = tuple(
            bot.policy_at(t, item.question, answer.citations, item.history)[0] == "answer" for t in grid
        )
    except InputError as err:
        raise InputError(f"{item.origin}: {err}") from err
    return score_item(item, retriever, answer, ranked, latency_ms, answered_at)


def score_item(
    item: EvalItem,
    retriever: str,
    answer: Answer,
    ranked: Sequence[str],
    latency_ms: float,
    answered_at: Sequence[bool] = (),
) -> ItemResult:
    """Per-item figures and failure reasons (pure; exposed for tests and re-scoring)."""
    relevant = set(item.expected_sources)
    cited = tuple(c.source for c in answer.citations)
    rank = metrics.first_relevant_rank(ranked, relevant) if relevant else None
    decision_correct = None if item.expected_decision is None else answer.decision == item.expected_decision
    safety_correct = None if item.expected_safety is None else answer.safety == item.expected_safety
    wrong = wrong_if_answered(item, cited)

    failures: list[str] = []
    if decision_correct is False:
        failures.append(f"decision: expected {item.expected_decision}, got {answer.decision}")
    if safety_correct is False:
        failures.append(f"safety: expected {item.expected_safety}, got {answer.safety}")
    if relevant and (rank is None or rank > MISS_K):
        where = "not in the top 10" if rank is None else f"at rank {rank}"
        failures.append(f"retrieval: expected source {where}")
    if answer.decision == "answer" and wrong and relevant and item.expected_decision == "answer":
        failures.append(f"first citation not expected: {cited[0] if cited else '(none)'}")

    return ItemResult(
        item=item,
        retriever=retriever,
        decision=answer.decision,
        safety=answer.safety,
        reason=answer.reason,
        search_query=answer.search_query or item.question,
        cited=cited,
        ranked=tuple(ranked),
        top_score=float(answer.citations[0].score) if answer.citations else None,
        latency_ms=latency_ms,
        answered_at=tuple(answered_at),
        rank=rank,
        hit1=metrics.hit_at_k(ranked, relevant, 1),
        hit3=metrics.hit_at_k(ranked, relevant, 3),
        hit5=metrics.hit_at_k(ranked, relevant, 5),
        rr=metrics.reciprocal_rank(ranked, relevant),
        ndcg10=metrics.ndcg_at_k(ranked, relevant, 10),
        decision_correct=decision_correct,
        safety_correct=safety_correct,
        wrong_if_answered=wrong,
        failures=tuple(failures),
    )


def wrong_if_answered(item: EvalItem, cited: Sequence[str]) -> bool | None:
    """Would answering this item be wrong?

    True if the item expected no answer (``ask_expert``/``emergency``), or if it has expected sources
    and the first citation is not one of them (or there is none); False if the first citation is
    expected; ``None`` (not judged, left out of risk) when it expects an answer without naming sources
    or states no expectation at all."""
    if item.expected_decision in ("ask_expert", "emergency"):
        return True
    if item.expected_sources:
        return not cited or cited[0] not in item.expected_sources
    return None


def decision_confusion(results: Sequence[ItemResult]) -> metrics.Matrix:
    return metrics.confusion(((r.item.expected_decision, r.decision) for r in results), DECISIONS)


def summarise(results: Sequence[ItemResult]) -> Summary:
    """Every metric in ``METRIC_NAMES`` for one retriever's results; undefined figures are ``None``.

    Retrieval metrics average over items with expected sources; decision metrics use items with an
    expected decision; ``answer_rate`` is over all items and ``risk`` over the answered items whose
    correctness can be judged (see :func:`wrong_if_answered`)."""
    matrix = decision_confusion(results)
    answered = [r.decision == "answer" for r in results]
    point = metrics.coverage_risk_point(float("nan"), answered, [r.wrong_if_answered for r in results])
    latencies = [r.latency_ms for r in results]
    return {
        "n": len(results),
        "hit@1": metrics.mean(r.hit1 for r in results),
        "hit@3": metrics.mean(r.hit3 for r in results),
        "hit@5": metrics.mean(r.hit5 for r in results),
        "mrr": metrics.mean(r.rr for r in results),
        "ndcg@10": metrics.mean(r.ndcg10 for r in results),
        "decision_accuracy": metrics.accuracy(matrix),
        "ask_expert_precision": metrics.precision(matrix, "ask_expert"),
        "ask_expert_recall": metrics.recall(matrix, "ask_expert"),
        "emergency_recall": metrics.recall(matrix, "emergency"),
        "false_emergency_rate": metrics.false_positive_rate(matrix, "emergency"),
        "safety_accuracy": metrics.mean(
            None if r.safety_correct is None else float(r.safety_correct) for r in results
        ),
        # Urgent items flagged urgent or emergency (either hands the question off).
        "urgent_recall": metrics.mean(
            float(r.safety in ("urgent", "emergency")) for r in results if r.item.expected_safety == "urgent"
        ),
        # Items that should be answered from the archive and were, with a right first citation.
        "answered_correctly": metrics.mean(
            float(r.decision == "answer" and bool(r.cited) and r.cited[0] in r.item.expected_sources)
            for r in results
            if r.item.expected_decision == "answer" and r.item.expected_sources
        ),
        "answer_rate": point.coverage,
        "risk": point.risk,
        "latency_p50_ms": metrics.percentile(latencies, 50),
        "latency_p95_ms": metrics.percentile(latencies, 95),
    }


def per_group(
    results: Sequence[ItemResult], keys: Callable[[ItemResult], Iterable[str]]
) -> dict[str, Summary]:
    """``summarise`` per group; an item in several groups (tags) counts in each."""
    groups: dict[str, list[ItemResult]] = {}
    for result in results:
        for key in keys(result):
            groups.setdefault(key, []).append(result)
    return {key: summarise(groups[key]) for key in sorted(groups)}


def curve(results: Sequence[ItemResult], thresholds: Sequence[float]) -> list[metrics.CurvePoint]:
    """Coverage-risk curve from each result's ``answered_at`` (aligned with ``thresholds``)."""
    wrong = [r.wrong_if_answered for r in results]
    by_threshold: Mapping[float, list[bool]] = {
        t: [r.answered_at[i] for r in results] for i, t in enumerate(thresholds)
    }
    return metrics.coverage_risk_curve(by_threshold, wrong)


def item_rows(run: EvalRun) -> list[tuple[EvalItem, dict[str, ItemResult]]]:
    """Per-question rows for the reports: items failing under most retrievers first, then set order."""
    rows = [
        (item, {name: run.results[name][i] for name in run.retrievers}) for i, item in enumerate(run.items)
    ]
    order = {id(item): i for i, item in enumerate(run.items)}

    def key(row: tuple[EvalItem, dict[str, ItemResult]]) -> tuple[int, int, int]:
        item, per = row
        failing = sum(1 for r in per.values() if r.failed)
        primary_failed = per[run.primary].failed
        return (-int(primary_failed), -failing, order[id(item)])

    return sorted(rows, key=key)
