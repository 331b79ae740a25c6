"""The evidence score the novelty threshold reads: meaning and word match, weighted, within 0..1."""

from __future__ import annotations

import pytest

from assistant.retrieval import LEXICAL_WEIGHT, evidence


def test_evidence_is_the_weighted_mean_of_meaning_and_word_match() -> None:
    assert evidence(0.0, 0.0, 0.0) == 0.0
    assert evidence(1.0, 1.0, 1.0) == pytest.approx(1.0)
    assert evidence(0.6, 0.4, 0.0) == pytest.approx((1 - LEXICAL_WEIGHT) * 0.5)
    assert evidence(0.0, 0.0, 1.0) == pytest.approx(LEXICAL_WEIGHT)


def test_more_word_match_means_more_evidence() -> None:
    scores = [evidence(0.6, 0.5, lexical) for lexical in (0.0, 0.25, 0.5, 1.0)]
    assert scores == sorted(scores) and len(set(scores)) == 4
