"""The learned evidence score: how likely a source is to answer a question, from the question's and
the source's best passage's vectors and the word match, fitted on the development sets.

The fixed formula (``retrieval.evidence``: a weighted mean of two cosines and a BM25 score) hears
that a question and a passage are about the same thing; it can't tell "acupuncture for my hip
arthritis" (answered) from "acupuncture for my dog's hip arthritis" (not), as both are close in
every dimension at once. This head is a logistic regression over the formula's own signals plus the
element-wise products of the question's (and its topic words') vector with the passage's vector: a
learned, weighted cosine, which can weigh the directions that separate answered from unanswered
questions more than the ones that only say "same subject". On development sets written after the
older ones, it sent 88% of in-domain uncovered questions to an expert against 81% for the formula,
while answering more covered ones (docs/retrieval.md, "Learned evidence").

Its intercept is set so that the novelty threshold chosen for it (by the same 90% rule, on
out-of-fold scores) falls at ``ANCHOR``, the formula's threshold: one ``novelty_threshold`` setting
serves both. Weights ship in ``evidence_head.json`` and are used only with the model they were
fitted on; ``python -m eval.evidence_head fit`` refits them and ``check`` says whether the training
questions changed since.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from assistant.errors import ConfigError
from assistant.head_file import head_number, read_head_file

DEFAULT_EVIDENCE_HEAD: Final = Path(__file__).resolve().parent / "evidence_head.json"
# The novelty threshold the head's scores are aligned to (Settings.novelty_threshold's default).
ANCHOR: Final = 0.45
# Chosen on development sets split by age (older sets to fit, newer ones to score).
DEFAULT_C: Final = 0.1
# The staff coverage report's "weak" band, answered but only just: threshold <= score < threshold +
# WEAK_MARGIN. The head's scores are probabilities, bunched near 0 and 1, so the formula's 0.08 band
# would hold almost nothing. Chosen on the same out-of-sample scores (newer development sets, head
# fitted on the older ones): below 0.80 lie 12 of the 16 wrong answers and 10% of all answers,
# where the formula's band held 16 of 23 and 13% (``python -m eval.evidence_head backtest``).
WEAK_MARGIN: Final = 0.35
SCALARS: Final = (
    "meaning",
    "word_match",
    "log_words",
    "factsheet",
    "question_passage",
    "similarity",
    "topic_similarity",
)

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True)
class EvidenceSignals:
    """What the head reads about one (question, source) pair."""

    similarity: float  # cosine of the source's best passage to the whole question
    topic_similarity: float  # cosine of its best passage to the question's topic words
    lexical: float  # word match, 0..1 (retrieval.LEXICAL_SCALE)
    words: int  # words in the question
    factsheet: bool
    question_passage: bool  # the best passage is an archive question, not an answer window
    query_vector: Vector
    topic_vector: Vector
    passage_vector: Vector


def features(signals: EvidenceSignals) -> Vector:
    s = signals
    scalars = [
        (s.similarity + s.topic_similarity) / 2,
        s.lexical,
        math.log(max(1, s.words)),
        float(s.factsheet),
        float(s.question_passage),
        s.similarity,
        s.topic_similarity,
    ]
    passage = np.asarray(s.passage_vector, dtype=np.float32)
    return np.concatenate(
        [
            np.asarray(scalars, dtype=np.float32),
            np.asarray(s.query_vector, dtype=np.float32) * passage,
            np.asarray(s.topic_vector, dtype=np.float32) * passage,
        ]
    )


@dataclass(frozen=True)
class EvidenceHead:
    """score = sigmoid(w . features + b); standardisation is folded into ``weights`` and ``bias``."""

    model: str  # the embedding model the weights belong to, e.g. "all-MiniLM-L6-v2"
    weights: Vector  # (len(SCALARS) + 2 * dimension,)
    bias: float
    fingerprint: str  # sha256 of the training questions and labels
    examples: int
    regularisation: float

    @property
    def dimension(self) -> int:
        return (int(self.weights.shape[0]) - len(SCALARS)) // 2

    def fits(self, model_name: str, dimension: int) -> bool:
        """Whether vectors from this embedder are the ones the weights were fitted on."""
        return model_name.split("@", 1)[0] == self.model and dimension == self.dimension

    def logit(self, feature_rows: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        return np.asarray(feature_rows, dtype=np.float64) @ self.weights.astype(np.float64) + self.bias

    def score(self, signals: EvidenceSignals) -> float:
        """0..1; at or above ANCHOR the source is close enough to answer from."""
        return self.score_row(features(signals))

    def score_row(self, row: Vector) -> float:
        z = float(self.logit(np.asarray(row, dtype=np.float32)[None, :])[0])
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@dataclass(frozen=True)
class LabelledPair:
    """One development question as the head learns from it: covered by the archive or not."""

    key: str  # the question with its conversation, as asked
    covered: bool


def fingerprint(examples: Iterable[LabelledPair]) -> str:
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: (e.key, e.covered)):
        digest.update(f"{int(example.covered)}\t{example.key}\n".encode())
    return digest.hexdigest()


def load_evidence_head(path: Path | None = None) -> EvidenceHead:
    path = path or DEFAULT_EVIDENCE_HEAD
    data = read_head_file(path, "evidence head")
    if data.get("scalars") != list(SCALARS):
        raise ConfigError(f"evidence head {path}: expected scalar features {list(SCALARS)}")
    try:
        weights = np.asarray(data["weights"], dtype=np.float32)
        head = EvidenceHead(
            model=str(data["model"]),
            weights=weights,
            bias=head_number(data["bias"], "evidence head", "bias"),
            fingerprint=str(data["fingerprint"]),
            examples=int(data["examples"]),
            regularisation=head_number(data["regularisation"], "evidence head", "regularisation"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"evidence head {path}: {exc}") from exc
    extra = weights.shape[0] - len(SCALARS) if weights.ndim == 1 else -1
    if extra <= 0 or extra % 2 or not np.all(np.isfinite(weights)):
        raise ConfigError(f"evidence head {path}: weights must be {len(SCALARS)} + 2 x dimension numbers")
    return head


def save_evidence_head(head: EvidenceHead, path: Path) -> None:
    data: dict[str, Any] = {
        "model": head.model,
        "scalars": list(SCALARS),
        "regularisation": head.regularisation,
        "examples": head.examples,
        "fingerprint": head.fingerprint,
        "bias": float(f"{head.bias:.8g}"),
        "weights": [float(f"{w:.6g}") for w in head.weights.tolist()],
    }
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def choose_cutoff(logits: Sequence[float], covered: Sequence[bool], right_first: Sequence[bool]) -> float:
    """The highest logit that keeps 90% of covered questions answered with a right first citation
    (the rule the formula's threshold was chosen by; docs/retrieval.md)."""
    z = np.asarray(logits, dtype=np.float64)
    cov = np.asarray(covered, dtype=bool)
    ok = np.asarray(right_first, dtype=bool) & cov
    if not cov.any():
        raise ValueError("no covered questions to choose a threshold from")
    best = None
    for t in np.unique(z):
        if np.mean((z[cov] >= t) & ok[cov]) >= 0.90:
            best = float(t)
    if best is None:
        raise ValueError("fewer than 90% of covered questions have a right first citation")
    return best


def fit_evidence_head(
    examples: Sequence[LabelledPair],
    rows: npt.NDArray[np.float32],
    right_first: Sequence[bool],
    *,
    model: str,
    regularisation: float = DEFAULT_C,
    folds: int = 5,
) -> EvidenceHead:
    """Fit on one feature row per question (its first citation). The intercept is then moved so
    that the cutoff chosen on out-of-fold scores (each question scored by a fit that never saw it)
    lands on ANCHOR: the in-sample scores would place it too high, as the fit separates its own
    training questions better than new ones."""
    from sklearn.linear_model import LogisticRegression  # only needed to fit, not to use

    x = np.asarray(rows, dtype=np.float64)
    y = np.array([e.covered for e in examples], dtype=bool)
    if len(y) != len(x) or len(right_first) != len(x):
        raise ValueError("one feature row and one first-citation verdict per example")
    if y.all() or not y.any():
        raise ValueError("the training data needs covered and uncovered questions")
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-9
    z = (x - mean) / scale

    def fitted(mask: npt.NDArray[np.bool_]) -> Any:
        return LogisticRegression(C=regularisation, max_iter=20000).fit(z[mask], y[mask])

    out_of_fold = np.empty(len(y))
    # Fixed, interleaved folds: a refit on the same questions gives the same head, up to the float
    # noise of encoding on another run (weights agree to a correlation of 0.9999).
    order = np.arange(len(y)) % folds
    for fold in range(folds):
        out_of_fold[order == fold] = fitted(order != fold).decision_function(z[order == fold])
    cutoff = choose_cutoff(out_of_fold.tolist(), y.tolist(), list(right_first))
    final = fitted(np.ones(len(y), dtype=bool))
    weights = final.coef_[0] / scale
    bias = float(final.intercept_[0] - weights @ mean) - cutoff + math.log(ANCHOR / (1 - ANCHOR))
    return EvidenceHead(
        model=model.split("@", 1)[0],
        weights=np.asarray(weights, dtype=np.float32),
        bias=bias,
        fingerprint=fingerprint(examples),
        examples=len(examples),
        regularisation=regularisation,
    )
