"""Pure metric functions. No I/O, no assistant imports beyond the decision labels.

Conventions, shared by every function here:

* **Rankings** are sequences of record sources in the order the assistant returned them. That order
  *is* the rank: citations with tied scores are **not** re-sorted or averaged over, the retriever's own
  tie-break (what the user sees) decides. Rank positions are 1-based.
* **Duplicates**: if a source occurs more than once in a ranking, only its first occurrence can count
  as relevant; later copies keep their slot but gain nothing (so nDCG never exceeds 1).
* **Relevance** is binary: a source is relevant iff it is one of the item's expected sources; any one
  of them counts as a hit.
* **Items without expected sources** have no defined retrieval score: the per-item functions return
  ``None`` for them and :func:`mean` skips ``None``, so such items neither help nor hurt hit@k, MRR
  or nDCG. A mean over no defined values is ``None`` (reported as null / "–"), never 0.
* Every ratio whose denominator is zero is ``None`` ("undefined"), not 0 or 1.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

Matrix = dict[str, dict[str, int]]


# --- retrieval ---------------------------------------------------------------------------------


def first_relevant_rank(ranked: Sequence[str], relevant: Collection[str]) -> int | None:
    """1-based rank of the first relevant source in ``ranked``; ``None`` if none is there.

    Ties: the list order is the rank (see module docstring)."""
    for position, source in enumerate(ranked, start=1):
        if source in relevant:
            return position
    return None


def hit_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float | None:
    """1.0 if any relevant source is within the first ``k`` of ``ranked``, else 0.0.

    ``None`` when ``relevant`` is empty (the item has no expected sources and is not scored)."""
    _check_k(k)
    if not relevant:
        return None
    rank = first_relevant_rank(ranked, relevant)
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(ranked: Sequence[str], relevant: Collection[str], k: int | None = None) -> float | None:
    """``1 / rank`` of the first relevant source (optionally only within the first ``k``), 0.0 if none.

    ``None`` when ``relevant`` is empty."""
    if k is not None:
        _check_k(k)
    if not relevant:
        return None
    rank = first_relevant_rank(ranked, relevant)
    if rank is None or (k is not None and rank > k):
        return 0.0
    return 1.0 / rank


def ndcg_at_k(ranked: Sequence[str], relevant: Collection[str], k: int = 10) -> float | None:
    """Binary-relevance nDCG over the first ``k`` positions.

    ``DCG = sum(1 / log2(rank + 1))`` over the positions holding a relevant source (each source
    counted once, at its first occurrence); the ideal DCG puts ``min(len(relevant), k)`` relevant
    sources at ranks ``1..``. So one expected source found at rank 3 scores ``1 / log2(4) = 0.5``.
    ``None`` when ``relevant`` is empty."""
    _check_k(k)
    wanted = set(relevant)
    if not wanted:
        return None
    seen: set[str] = set()
    dcg = 0.0
    for position, source in enumerate(ranked[:k], start=1):
        if source in wanted and source not in seen:
            seen.add(source)
            dcg += 1.0 / math.log2(position + 1)
    ideal = sum(1.0 / math.log2(position + 1) for position in range(1, min(len(wanted), k) + 1))
    return dcg / ideal


def mean(values: Iterable[float | None]) -> float | None:
    """Arithmetic mean of the defined (non-``None``) values; ``None`` if there are none."""
    defined = [v for v in values if v is not None]
    if not defined:
        return None
    return sum(defined) / len(defined)


def _check_k(k: int) -> None:
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")


# --- decisions ---------------------------------------------------------------------------------


def confusion(pairs: Iterable[tuple[str | None, str | None]], labels: Sequence[str]) -> Matrix:
    """Confusion matrix ``matrix[expected][actual] -> count`` over ``labels`` (rows and columns).

    Pairs whose expected label is ``None`` (the item states no expectation) are skipped. An actual or
    expected label outside ``labels`` raises ``ValueError``: a new decision value must be added to the
    labels deliberately, not silently dropped."""
    matrix: Matrix = {row: dict.fromkeys(labels, 0) for row in labels}
    for expected, actual in pairs:
        if expected is None:
            continue
        if expected not in matrix or actual not in matrix:
            raise ValueError(f"label outside {list(labels)}: expected={expected!r} actual={actual!r}")
        matrix[expected][actual] += 1
    return matrix


def matrix_total(matrix: Mapping[str, Mapping[str, int]]) -> int:
    return sum(sum(row.values()) for row in matrix.values())


def accuracy(matrix: Mapping[str, Mapping[str, int]]) -> float | None:
    """Share of the diagonal; ``None`` for an empty matrix."""
    total = matrix_total(matrix)
    return ratio(sum(matrix[label].get(label, 0) for label in matrix), total)


def precision(matrix: Mapping[str, Mapping[str, int]], label: str) -> float | None:
    """Of the items *predicted* ``label``, the share that expected it; ``None`` if none was predicted."""
    predicted = sum(row.get(label, 0) for row in matrix.values())
    return ratio(matrix.get(label, {}).get(label, 0), predicted)


def recall(matrix: Mapping[str, Mapping[str, int]], label: str) -> float | None:
    """Of the items that *expected* ``label``, the share predicted so; ``None`` if none expected it."""
    row = matrix.get(label, {})
    return ratio(row.get(label, 0), sum(row.values()))


def false_positive_rate(matrix: Mapping[str, Mapping[str, int]], label: str) -> float | None:
    """Of the items that expected anything *but* ``label``, the share predicted ``label``.

    For ``"emergency"`` this is the false-emergency rate. ``None`` if every item expected ``label``."""
    others = [row for expected, row in matrix.items() if expected != label]
    return ratio(sum(row.get(label, 0) for row in others), sum(sum(row.values()) for row in others))


def ratio(numerator: float, denominator: float) -> float | None:
    """``numerator / denominator``, or ``None`` when the denominator is zero."""
    return None if denominator == 0 else numerator / denominator


# --- latency -----------------------------------------------------------------------------------


def percentile(values: Iterable[float], q: float) -> float | None:
    """The ``q``-th percentile (0..100) with linear interpolation between closest ranks.

    This is the common "type 7" definition (numpy's default): ``h = (n - 1) * q / 100``; the result
    is ``x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])`` over the sorted values.
    Tied values need no special case. ``None`` for no values."""
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    data = sorted(values)
    if not data:
        return None
    h = (len(data) - 1) * q / 100
    low = math.floor(h)
    high = min(low + 1, len(data) - 1)
    return data[low] + (h - low) * (data[high] - data[low])


# --- selective answering -----------------------------------------------------------------------


@dataclass(frozen=True)
class CurvePoint:
    """One point of the coverage-risk curve.

    ``coverage`` = answered / all items; ``risk`` = wrong / judged among the answered items (``None``
    if no judged item was answered)."""

    threshold: float
    coverage: float | None
    risk: float | None
    answered: int
    judged: int  # answered items whose correctness is known
    wrong: int
    n: int


def coverage_risk_point(
    threshold: float, answered: Sequence[bool], wrong: Sequence[bool | None]
) -> CurvePoint:
    """Coverage and risk for one threshold.

    ``answered[i]`` says item ``i`` was answered (decision ``"answer"``) at this threshold;
    ``wrong[i]`` says an answer to it is wrong (its first citation is not an expected source, or it
    expected no answer), or is ``None`` when that cannot be judged (no expected sources and an expected
    answer, or no expectation at all). Unjudged items count towards coverage but not towards risk."""
    if len(answered) != len(wrong):
        raise ValueError("answered and wrong must have the same length")
    n_answered = sum(1 for a in answered if a)
    judged = [w for a, w in zip(answered, wrong, strict=True) if a and w is not None]
    n_wrong = sum(1 for w in judged if w)
    return CurvePoint(
        threshold=threshold,
        coverage=ratio(n_answered, len(answered)),
        risk=ratio(n_wrong, len(judged)),
        answered=n_answered,
        judged=len(judged),
        wrong=n_wrong,
        n=len(answered),
    )


def coverage_risk_curve(
    answered_by_threshold: Mapping[float, Sequence[bool]], wrong: Sequence[bool | None]
) -> list[CurvePoint]:
    """The coverage-risk curve: one :func:`coverage_risk_point` per threshold, by ascending threshold.

    ``answered_by_threshold[t][i]`` is whether the policy answers item ``i`` at novelty threshold ``t``
    (e.g. from ``bot.policy_at``)."""
    return [coverage_risk_point(t, answered_by_threshold[t], wrong) for t in sorted(answered_by_threshold)]


def answered_from_scores(top_scores: Sequence[float | None], threshold: float) -> list[bool]:
    """The novelty rule alone: an item is answered iff its top citation score is ``>= threshold``.

    Ties: a score exactly at the threshold is answered (only a score *below* it is "new"). An item with
    no citation (``None``) is never answered. Safety overrides are not modelled here; use
    ``bot.policy_at`` for those."""
    return [score is not None and score >= threshold for score in top_scores]


def threshold_grid(step: float = 0.05, extra: Iterable[float] = ()) -> list[float]:
    """Thresholds ``0, step, 2*step, ...`` and ``1``, plus ``extra`` (e.g. the one in use), unique."""
    if not 0 < step <= 1:
        raise ValueError(f"step must be within (0, 1], got {step}")
    count = math.floor(1 / step + 1e-9)
    grid = {round(i * step, 6) for i in range(count + 1)} | {1.0}
    grid.update(round(float(t), 6) for t in extra)
    return sorted(grid)
