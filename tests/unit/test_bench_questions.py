"""The benchmarks' question list reads the eval sets through their loader (comment lines and all)."""

from __future__ import annotations

from bench.foundation import questions_for


def test_benchmark_questions_come_from_the_eval_sets() -> None:
    questions = questions_for(300)
    assert len(questions) == 300
    assert all(isinstance(q, str) and q.strip() and not q.startswith("#") for q in questions)
    assert len(set(questions)) > 250  # real, varied questions, not one repeated
