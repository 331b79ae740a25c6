"""Metric functions against hand-computed values."""

from __future__ import annotations

import math

import pytest

from eval import metrics

DECISIONS = ("answer", "ask_expert", "emergency")


def test_first_relevant_rank_and_hits() -> None:
    ranked = ["a", "b", "c", "d", "e", "f"]
    assert metrics.first_relevant_rank(ranked, {"c"}) == 3
    assert metrics.first_relevant_rank(ranked, {"z"}) is None
    assert metrics.hit_at_k(ranked, {"c"}, 1) == 0.0
    assert metrics.hit_at_k(ranked, {"c"}, 3) == 1.0
    assert metrics.hit_at_k(ranked, {"c"}, 5) == 1.0
    assert metrics.hit_at_k(ranked, {"f"}, 5) == 0.0
    # any expected source counts: the earliest one decides
    assert metrics.hit_at_k(ranked, {"e", "a"}, 1) == 1.0
    assert metrics.hit_at_k([], {"a"}, 3) == 0.0


def test_items_without_expected_sources_are_undefined_not_zero() -> None:
    assert metrics.hit_at_k(["a"], set(), 3) is None
    assert metrics.reciprocal_rank(["a"], set()) is None
    assert metrics.ndcg_at_k(["a"], set()) is None
    # and the mean skips them
    assert metrics.mean([1.0, None, 0.0]) == 0.5
    assert metrics.mean([None, None]) is None
    assert metrics.mean([]) is None


def test_reciprocal_rank() -> None:
    assert metrics.reciprocal_rank(["a", "b", "c"], {"a"}) == 1.0
    assert metrics.reciprocal_rank(["a", "b", "c"], {"c"}) == pytest.approx(1 / 3)
    assert metrics.reciprocal_rank(["a", "b", "c"], {"b", "c"}) == 0.5
    assert metrics.reciprocal_rank(["a", "b", "c"], {"z"}) == 0.0
    assert metrics.reciprocal_rank(["a", "b", "c"], {"c"}, k=2) == 0.0


def test_ndcg_hand_computed() -> None:
    # one relevant at rank 3: DCG = 1/log2(4) = 0.5, ideal 1
    assert metrics.ndcg_at_k(["a", "b", "c"], {"c"}, 10) == pytest.approx(0.5)
    assert metrics.ndcg_at_k(["c", "a", "b"], {"c"}, 10) == 1.0
    # rank 2: 1/log2(3)
    assert metrics.ndcg_at_k(["a", "c"], {"c"}, 10) == pytest.approx(1 / math.log2(3))
    # two relevant at ranks 1 and 3: (1 + 0.5) / (1 + 1/log2(3))
    assert metrics.ndcg_at_k(["y", "a", "x"], {"y", "x"}, 10) == pytest.approx(
        (1 + 0.5) / (1 + 1 / math.log2(3))
    )
    # more expected sources than k: ideal DCG is capped at k positions
    assert metrics.ndcg_at_k(["a"], {"a", "b", "c"}, 1) == 1.0
    # relevant beyond k counts nothing
    assert metrics.ndcg_at_k(["a", "b", "c"], {"c"}, 2) == 0.0
    assert metrics.ndcg_at_k([], {"c"}, 10) == 0.0


def test_duplicates_count_once() -> None:
    # the second "a" keeps its slot but gains nothing, so nDCG stays <= 1
    assert metrics.ndcg_at_k(["a", "a"], {"a"}, 10) == 1.0
    assert metrics.ndcg_at_k(["x", "a", "a"], {"a"}, 10) == pytest.approx(1 / math.log2(3))
    assert metrics.first_relevant_rank(["x", "a", "a"], {"a"}) == 2


def test_ties_are_ranked_in_list_order() -> None:
    # tied scores are not re-sorted: the order returned (what the user sees) is the rank
    scores = {"a": 0.7, "b": 0.7}
    ranked = sorted(scores, key=lambda s: -scores[s])  # stable: a before b
    assert metrics.reciprocal_rank(ranked, {"b"}) == 0.5
    assert metrics.hit_at_k(ranked, {"b"}, 1) == 0.0
    assert metrics.reciprocal_rank(["b", "a"], {"b"}) == 1.0


def test_k_must_be_positive() -> None:
    with pytest.raises(ValueError):
        metrics.hit_at_k(["a"], {"a"}, 0)
    with pytest.raises(ValueError):
        metrics.ndcg_at_k(["a"], {"a"}, 0)


def test_confusion_and_derived_rates() -> None:
    pairs = [
        ("answer", "answer"),
        ("answer", "answer"),
        ("answer", "ask_expert"),
        ("ask_expert", "ask_expert"),
        ("ask_expert", "answer"),
        ("emergency", "emergency"),
        ("emergency", "answer"),
        ("answer", "emergency"),
        (None, "answer"),  # no expectation: skipped
    ]
    m = metrics.confusion(pairs, DECISIONS)
    assert m == {
        "answer": {"answer": 2, "ask_expert": 1, "emergency": 1},
        "ask_expert": {"answer": 1, "ask_expert": 1, "emergency": 0},
        "emergency": {"answer": 1, "ask_expert": 0, "emergency": 1},
    }
    assert metrics.matrix_total(m) == 8
    assert metrics.accuracy(m) == pytest.approx(4 / 8)
    assert metrics.precision(m, "ask_expert") == pytest.approx(1 / 2)
    assert metrics.recall(m, "ask_expert") == pytest.approx(1 / 2)
    assert metrics.recall(m, "emergency") == pytest.approx(1 / 2)
    # false emergencies: 1 of the 6 items that expected something else
    assert metrics.false_positive_rate(m, "emergency") == pytest.approx(1 / 6)


def test_undefined_rates_are_none() -> None:
    empty = metrics.confusion([], DECISIONS)
    assert metrics.accuracy(empty) is None
    assert metrics.precision(empty, "ask_expert") is None
    assert metrics.recall(empty, "emergency") is None
    assert metrics.false_positive_rate(empty, "emergency") is None
    only_answers = metrics.confusion([("answer", "answer")], DECISIONS)
    assert metrics.precision(only_answers, "ask_expert") is None  # never predicted
    assert metrics.recall(only_answers, "ask_expert") is None  # never expected
    assert metrics.false_positive_rate(only_answers, "emergency") == 0.0
    assert metrics.ratio(1, 0) is None


def test_confusion_rejects_unknown_labels() -> None:
    with pytest.raises(ValueError):
        metrics.confusion([("answer", "refuse")], DECISIONS)


def test_percentile_linear_interpolation() -> None:
    assert metrics.percentile([1, 2, 3, 4], 50) == 2.5
    assert metrics.percentile([10, 20], 95) == pytest.approx(19.5)
    assert metrics.percentile([5], 95) == 5
    assert metrics.percentile([3, 1, 2], 0) == 1
    assert metrics.percentile([3, 1, 2], 100) == 3
    assert metrics.percentile([7, 7, 7, 9], 50) == 7  # ties
    assert metrics.percentile([], 50) is None
    with pytest.raises(ValueError):
        metrics.percentile([1], 101)


def test_coverage_risk_point_and_curve() -> None:
    wrong = [False, True, None, True]  # item 2 cannot be judged
    point = metrics.coverage_risk_point(0.5, [True, True, True, False], wrong)
    assert point.coverage == 0.75
    assert point.answered == 3
    assert point.judged == 2
    assert point.risk == 0.5
    curve = metrics.coverage_risk_curve(
        {0.9: [False] * 4, 0.1: [True] * 4, 0.5: [True, True, True, False]}, wrong
    )
    assert [p.threshold for p in curve] == [0.1, 0.5, 0.9]
    assert curve[0].coverage == 1.0 and curve[0].risk == pytest.approx(2 / 3)
    assert curve[2].coverage == 0.0 and curve[2].risk is None  # nothing answered: undefined
    with pytest.raises(ValueError):
        metrics.coverage_risk_point(0.1, [True], [])


def test_answered_from_scores_tie_at_threshold_is_answered() -> None:
    assert metrics.answered_from_scores([0.5, 0.49, None, 0.8], 0.5) == [True, False, False, True]


def test_threshold_grid() -> None:
    assert metrics.threshold_grid(0.25) == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert metrics.threshold_grid(0.3) == [0.0, 0.3, 0.6, 0.9, 1.0]
    assert metrics.threshold_grid(0.5, extra=[0.55]) == [0.0, 0.5, 0.55, 1.0]
    assert len(metrics.threshold_grid()) == 21
