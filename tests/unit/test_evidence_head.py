"""The learned evidence score: its features, its file format, fitting (the cutoff lands on the
anchor), the staleness check, and who takes it up (only the model it was fitted on). Its behaviour
with the real model is in tests/integration/test_retrieval_real.py."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.evidence_head import (
    ANCHOR,
    SCALARS,
    WEAK_MARGIN,
    EvidenceHead,
    EvidenceSignals,
    LabelledPair,
    choose_cutoff,
    features,
    fingerprint,
    fit_evidence_head,
    load_evidence_head,
    save_evidence_head,
)
from assistant.retrieval import FORMULA_WEAK_MARGIN, Retriever
from assistant.service import ArchiveAssistant
from assistant.settings import Settings
from embeddings.model import HashingEmbeddings
from eval.evidence_head import development_sets, main, training_items

DIM = 4


def _signals(similarity: float = 0.5, lexical: float = 0.5, words: int = 8) -> EvidenceSignals:
    unit = np.full(DIM, 0.5, dtype=np.float32)
    return EvidenceSignals(
        similarity=similarity,
        topic_similarity=similarity,
        lexical=lexical,
        words=words,
        factsheet=False,
        question_passage=True,
        query_vector=unit,
        topic_vector=unit,
        passage_vector=unit,
    )


def _head(weights: np.ndarray | None = None, bias: float = 0.0) -> EvidenceHead:
    if weights is None:
        weights = np.zeros(len(SCALARS) + 2 * DIM, dtype=np.float32)
    return EvidenceHead(
        model="all-MiniLM-L6-v2", weights=weights, bias=bias, fingerprint="x", examples=2, regularisation=0.1
    )


def test_features_are_the_scalars_then_the_two_products() -> None:
    row = features(_signals(similarity=0.6, lexical=0.3, words=9))
    assert row.shape == (len(SCALARS) + 2 * DIM,)
    assert row[SCALARS.index("meaning")] == pytest.approx(0.6)
    assert row[SCALARS.index("word_match")] == pytest.approx(0.3)
    assert row[SCALARS.index("log_words")] == pytest.approx(math.log(9))
    assert row[SCALARS.index("question_passage")] == 1.0
    assert np.allclose(row[len(SCALARS) :], 0.25)  # 0.5 x 0.5, element by element


def test_score_is_a_probability_rising_with_the_weighted_signal() -> None:
    weights = np.zeros(len(SCALARS) + 2 * DIM, dtype=np.float32)
    weights[SCALARS.index("word_match")] = 4.0
    head = _head(weights, bias=-2.0)
    scores = [head.score(_signals(lexical=x)) for x in (0.0, 0.25, 0.5, 1.0)]
    assert scores == sorted(scores) and len(set(scores)) == 4
    assert scores[2] == pytest.approx(0.5)  # 4 x 0.5 - 2 = 0
    assert all(0.0 < s < 1.0 for s in scores)
    assert _head(bias=1e6).score(_signals()) == pytest.approx(1.0)  # clipped, no overflow


def test_the_shipped_head_loads_and_belongs_to_minilm() -> None:
    head = load_evidence_head()
    assert head.model == "all-MiniLM-L6-v2"
    assert head.dimension == 384
    assert head.examples > 1000
    assert head.fits("all-MiniLM-L6-v2@some-folder", 384)
    assert not head.fits("hashing-384", 384)
    assert not head.fits("all-MiniLM-L6-v2", 256)


def test_the_shipped_head_was_fitted_on_the_current_development_questions() -> None:
    """Adding a development set without refitting fails here; the fix is
    ``python -m eval.evidence_head fit``."""
    assert main(["check"]) == 0


def test_training_questions_are_covered_or_new_never_red_flags() -> None:
    items = training_items(development_sets())
    assert sum(pair.covered for _, pair in items) > 500
    assert sum(not pair.covered for _, pair in items) > 200
    for item, pair in items:
        assert item.expected_safety not in ("urgent", "emergency")
        assert pair.covered == bool(item.expected_sources)
    assert len({pair.key for _, pair in items}) == len(items)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    weights = np.linspace(-1, 1, len(SCALARS) + 2 * DIM).astype(np.float32)
    head = _head(weights, bias=-0.25)
    save_evidence_head(head, tmp_path / "head.json")
    loaded = load_evidence_head(tmp_path / "head.json")
    assert loaded.model == head.model and loaded.bias == pytest.approx(-0.25)
    assert np.allclose(loaded.weights, weights, atol=1e-5)
    assert loaded.score(_signals()) == pytest.approx(head.score(_signals()), abs=1e-6)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"scalars": ["meaning"]}, "expected scalar features"),
        ({"weights": [0.0] * (len(SCALARS) + 3)}, "2 x dimension"),
        ({"weights": [0.0] * len(SCALARS)}, "2 x dimension"),
        ({"bias": "high"}, "bias must be a number"),
        ({"model": None, "weights": None}, "evidence head"),
    ],
)
def test_a_damaged_head_file_is_refused_with_a_clear_error(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    path = tmp_path / "head.json"
    save_evidence_head(_head(), path)
    data = json.loads(path.read_text())
    data.update(change)
    path.write_text(json.dumps(data))
    with pytest.raises(ConfigError, match=message):
        load_evidence_head(path)


def test_an_unreadable_head_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="can't be read"):
        load_evidence_head(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_bytes(b"\xff\xfe not json")
    with pytest.raises(ConfigError, match="can't be read"):
        load_evidence_head(tmp_path / "bad.json")
    (tmp_path / "list.json").write_text("[1, 2, 3]")
    with pytest.raises(ConfigError, match="expected a JSON object"):
        load_evidence_head(tmp_path / "list.json")


def test_choose_cutoff_keeps_ninety_percent_of_covered_questions_right() -> None:
    logits = [float(i) for i in range(10)] + [-5.0, 20.0]
    covered = [True] * 10 + [False, False]
    right = [True] * 10 + [False, False]
    assert choose_cutoff(logits, covered, right) == 1.0  # 9 of 10 covered at or above 1
    wrong_first = [False] + [True] * 9 + [False, False]  # the lowest covered is cited wrongly anyway
    assert choose_cutoff(logits, covered, wrong_first) == 1.0
    with pytest.raises(ValueError, match="90%"):
        choose_cutoff(logits, covered, [False] * 12)


def test_fitting_puts_the_chosen_cutoff_on_the_anchor() -> None:
    rng = np.random.default_rng(0)
    n = 200
    covered = rng.random(n) < 0.7
    rows = rng.standard_normal((n, len(SCALARS) + 2 * DIM)).astype(np.float32)
    rows[:, 1] += np.where(covered, 1.5, -1.5)  # word match separates, noisily
    pairs = [LabelledPair(f"q{i}", bool(c)) for i, c in enumerate(covered)]
    head = fit_evidence_head(pairs, rows, covered.tolist(), model="all-MiniLM-L6-v2@x")
    assert head.model == "all-MiniLM-L6-v2" and head.examples == n
    assert head.fingerprint == fingerprint(pairs)
    scores = 1 / (1 + np.exp(-head.logit(rows)))
    # The cutoff was chosen out of fold, so in sample at least 90% of covered pass the anchor,
    # and most uncovered stay under it.
    assert np.mean(scores[covered] >= ANCHOR) >= 0.90
    assert np.mean(scores[~covered] < ANCHOR) > 0.7
    with pytest.raises(ValueError, match="covered and uncovered"):
        fit_evidence_head([LabelledPair("a", True)] * 3, rows[:3], [True] * 3, model="m")


def test_fingerprint_ignores_order_but_not_labels() -> None:
    a, b = LabelledPair("a", True), LabelledPair("b", False)
    assert fingerprint([a, b]) == fingerprint([b, a])
    assert fingerprint([a, b]) != fingerprint([a, LabelledPair("b", True)])


def test_a_head_for_another_model_is_refused_by_the_retriever() -> None:
    with pytest.raises(ConfigError, match=r"all-MiniLM-L6-v2.*hashing"):
        Retriever(None, HashingEmbeddings(DIM), evidence_head=_head())  # type: ignore[arg-type]


def test_the_weak_band_follows_the_scale_of_the_scores() -> None:
    embedder = HashingEmbeddings(DIM)
    assert Retriever(None, embedder).weak_margin == FORMULA_WEAK_MARGIN  # type: ignore[arg-type]
    minilm_like = HashingEmbeddings(DIM)
    minilm_like.name = "all-MiniLM-L6-v2"
    assert Retriever(None, minilm_like, evidence_head=_head()).weak_margin == WEAK_MARGIN  # type: ignore[arg-type]


def test_the_fake_model_scores_with_the_formula(settings: Settings) -> None:
    bot = ArchiveAssistant.from_settings(settings, embedder=HashingEmbeddings())
    assert bot.retriever.evidence_head is None
    assert bot.weak_margin == FORMULA_WEAK_MARGIN
    citation = bot.search("is it normal to bruise after acupuncture?")[0]
    assert 0.0 <= citation.score <= 1.0
