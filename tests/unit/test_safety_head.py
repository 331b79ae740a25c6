"""The learned safety head: its file format, its thresholds, fitting, the staleness check, and how
the classifier takes it up (only with the model it was fitted on). The real-model behaviour is in
tests/integration/test_safety_head_real.py."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.safety import SafetyClassifier
from assistant.safety_head import (
    CLASSES,
    DEFAULT_HEAD,
    DEFAULT_THRESHOLDS,
    LabelledText,
    SafetyHead,
    fingerprint,
    fit_safety_head,
    load_safety_head,
    save_safety_head,
)
from embeddings.model import HashingEmbeddings
from eval.safety_head import development_sets, main, training_examples


def _head(**overrides: object) -> SafetyHead:
    values: dict[str, object] = {
        "model": "all-MiniLM-L6-v2",
        "weights": np.zeros((3, 4), dtype=np.float32),
        "bias": np.zeros(3, dtype=np.float32),
        "thresholds": dict(DEFAULT_THRESHOLDS),
        "fingerprint": "x",
        "examples": 3,
        "regularisation": 10.0,
    }
    values.update(overrides)
    return SafetyHead(**values)  # type: ignore[arg-type]


def _clusters(seed: int = 0) -> tuple[list[LabelledText], np.ndarray]:
    """Three well-separated clusters of unit vectors, one per level."""
    rng = np.random.default_rng(seed)
    centres = np.eye(3, 8, dtype=np.float32)
    examples, rows = [], []
    for level, centre in zip(("none", "urgent", "emergency"), centres, strict=True):
        for i in range(20):
            v = centre + 0.1 * rng.standard_normal(8).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
            examples.append(LabelledText(f"{level} {i}", level))  # type: ignore[arg-type]
    return examples, np.stack(rows)


def test_the_shipped_head_loads_and_belongs_to_minilm() -> None:
    head = load_safety_head()
    assert head.model == "all-MiniLM-L6-v2"
    assert head.weights.shape == (3, 384)
    assert head.thresholds == DEFAULT_THRESHOLDS
    assert head.examples > 2000
    assert head.fits("all-MiniLM-L6-v2@some-folder", 384)
    assert not head.fits("hashing-384", 384)
    assert not head.fits("all-MiniLM-L6-v2@x", 256)


def test_the_shipped_head_was_fitted_on_the_current_development_data() -> None:
    """Adding a development set or exemplar without refitting fails here; the fix is
    ``python -m eval.safety_head fit``."""
    assert main(["check"]) == 0


def test_probabilities_are_a_distribution_per_row() -> None:
    head = _head(weights=np.arange(12, dtype=np.float32).reshape(3, 4) / 10)
    vectors = np.eye(4, dtype=np.float32)
    p = head.probabilities(vectors)
    assert p.shape == (4, 3)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert (p[:, 2] > p[:, 0]).all()  # the emergency row has the largest weights


@pytest.mark.parametrize(
    ("probabilities", "level"),
    [
        ((0.10, 0.04, 0.86), "emergency"),
        ((0.14, 0.02, 0.84), "none"),  # 0.84 misses emergency and 0.86 misses urgent
        ((0.09, 0.61, 0.30), "urgent"),  # urgent counts emergency probability too
        ((0.09, 0.91, 0.00), "urgent"),
        ((0.50, 0.25, 0.25), "none"),
    ],
)
def test_levels_follow_the_thresholds(probabilities: tuple[float, float, float], level: str) -> None:
    head = _head(thresholds={"emergency": 0.85, "urgent": 0.90})
    assert head.level(probabilities)[0] == level


def test_fit_is_reproducible_and_round_trips_through_the_file(tmp_path: Path) -> None:
    examples, vectors = _clusters()
    first = fit_safety_head(examples, vectors, model="all-MiniLM-L6-v2@folder")
    second = fit_safety_head(examples, vectors, model="all-MiniLM-L6-v2@folder")
    assert np.array_equal(first.weights, second.weights)
    assert first.model == "all-MiniLM-L6-v2"
    assert first.fingerprint == fingerprint(reversed(examples))  # order does not matter
    predicted = first.probabilities(vectors).argmax(axis=1)
    assert [CLASSES[i] for i in predicted] == [e.level for e in examples]
    path = tmp_path / "head.json"
    save_safety_head(first, path)
    loaded = load_safety_head(path)
    assert np.allclose(loaded.weights, first.weights, rtol=1e-5, atol=1e-6)
    assert (loaded.fingerprint, loaded.examples) == (first.fingerprint, len(examples))


def test_fit_needs_every_level_and_one_vector_per_example() -> None:
    examples, vectors = _clusters()
    with pytest.raises(ValueError, match="one vector per example"):
        fit_safety_head(examples, vectors[:-1], model="m")
    ordinary = [e for e in examples if e.level == "none"]
    with pytest.raises(ValueError, match="ordinary, urgent and emergency"):
        fit_safety_head(ordinary, vectors[: len(ordinary)], model="m")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(classes=["none", "emergency"]), "expected classes"),
        (lambda d: d.update(weights=[[0.0, 1.0]]), "weights must be 3 x dimension"),
        (lambda d: d["thresholds"].update(emergency=1.5), "thresholds must be in"),
        (lambda d: d["thresholds"].update(urgent="high"), "thresholds.urgent must be a number"),
        (lambda d: d.pop("fingerprint"), "fingerprint"),
    ],
)
def test_a_broken_head_file_is_refused_with_a_clear_message(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(DEFAULT_HEAD.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "head.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_safety_head(path)


def test_an_unreadable_head_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "head.json"
    path.write_bytes(b"\x00\xff not json")
    with pytest.raises(ConfigError, match="can't be read"):
        load_safety_head(path)
    with pytest.raises(ConfigError, match="can't be read"):
        load_safety_head(tmp_path / "missing.json")


def test_the_classifier_uses_the_head_only_with_its_model() -> None:
    fake = HashingEmbeddings(384)
    assert SafetyClassifier(fake).head is None  # fitted on MiniLM vectors, not these
    assert SafetyClassifier(None).head is None
    with pytest.raises(ConfigError, match=r"fitted on all-MiniLM-L6-v2 \(384-d\), not hashing-384"):
        SafetyClassifier(fake, head_path=DEFAULT_HEAD)


def test_conflicting_head_options_are_named() -> None:
    with pytest.raises(ConfigError, match="head_path and use_head=False conflict"):
        SafetyClassifier(HashingEmbeddings(), head_path=DEFAULT_HEAD, use_head=False)


def test_training_examples_come_from_development_sets_and_exemplars_only() -> None:
    paths = development_sets()
    assert paths and all(p.name.startswith("dev") for p in paths)
    assert not any("holdout" in str(p) or "/test/" in str(p) for p in paths)
    examples = training_examples(paths)
    texts = [e.text for e in examples]
    assert len(texts) == len(set(texts))
    levels = {e.level for e in examples}
    assert levels == {"none", "urgent", "emergency"}


def test_a_text_labelled_twice_keeps_its_higher_level(tmp_path: Path) -> None:
    rows = [
        {
            "id": "a",
            "question": "my chest hurts",
            "expected_decision": "emergency",
            "expected_safety": "emergency",
        },
        {
            "id": "b",
            "question": "my chest hurts",
            "expected_decision": "ask_expert",
            "expected_safety": "none",
        },
    ]
    path = tmp_path / "dev_x.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    levels = {e.text: e.level for e in training_examples([path])}
    assert levels["my chest hurts"] == "emergency"


def test_the_backtest_names_rounds_that_exist() -> None:
    """``python -m eval.head_backtest`` replays past rounds: their sets and fix commits must exist."""
    import subprocess

    from eval.head_backtest import ROOT, ROUNDS

    for sets, _ in ROUNDS.values():
        for name in sets:
            assert (ROOT / "eval" / f"{name}.jsonl").is_file(), name
    shallow = subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if shallow.stdout.strip() != "false":
        pytest.skip("no git history here (a shallow clone or an export): the fix commits can't be checked")
    for _, commit in ROUNDS.values():
        done = subprocess.run(["git", "cat-file", "-e", f"{commit}^{{commit}}"], cwd=ROOT, check=False)
        assert done.returncode == 0, commit
