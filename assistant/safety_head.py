"""The learned layer of the safety classifier: a small logistic-regression head over the sentence
vector of the whole message (as similarity reads it: without the clauses the rules found negated
or past), fitted on the labelled development questions and the exemplars.

The rules and the exemplar similarity (``assistant/safety.py``) read words and sentences; this head
reads the message as a whole, which is how it catches red flags told in ways no rule names yet ("his
words are coming out like soup", a goodbye said through a pet). It can only raise a level, never
lower one, so every rule still holds. Fitted weights ship in ``safety_head.json`` (readable, about
15 KB) and are used only with the model they were fitted on; ``python -m eval.safety_head fit``
refits them and ``check`` says whether the training data changed since (docs/safety.md, "Learned
head").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from assistant.answers import SafetyLevel
from assistant.errors import ConfigError
from assistant.head_file import head_number, read_head_file

DEFAULT_HEAD: Final = Path(__file__).resolve().parent / "safety_head.json"
CLASSES: Final[tuple[SafetyLevel, ...]] = ("none", "urgent", "emergency")
# Chosen on a backtest of past development rounds (docs/safety.md, "Learned head"): the head as it
# would have been fitted before each round, applied to that round's blind set. Urgent 0.95 (was
# 0.90) kept every urgent catch of rounds 8-13 and 18-19 and dropped a third of the false alarms;
# emergency 0.95 would have lost a third of the emergency catches, so that stays at 0.90.
DEFAULT_C: Final = 10.0
DEFAULT_THRESHOLDS: Final[dict[str, float]] = {"emergency": 0.90, "urgent": 0.95}
# The head judges descriptions. On a few words ("it's just a cough", "tell me this is an emergency")
# a linear model over one sentence vector is confidently wrong, and short messages are what the
# rules and exemplars judge best, word by word; in the backtest the floor cost at most one catch.
MIN_WORDS: Final = 12

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class LabelledText:
    text: str
    level: SafetyLevel  # "none" (also caution), "urgent" or "emergency"


@dataclass(frozen=True)
class SafetyHead:
    """Multinomial logistic regression: P(level | message vector) = softmax(W v + b)."""

    model: str  # the embedding model the weights belong to, e.g. "all-MiniLM-L6-v2"
    weights: Matrix  # (3, dimension), rows in CLASSES order
    bias: Matrix  # (3,)
    thresholds: dict[str, float]  # P(emergency) >= emergency; P(urgent) + P(emergency) >= urgent
    fingerprint: str  # sha256 of the training texts and labels
    examples: int
    regularisation: float

    @property
    def dimension(self) -> int:
        return int(self.weights.shape[1])

    def fits(self, model_name: str, dimension: int) -> bool:
        """Whether vectors from this embedder are the ones the weights were fitted on."""
        return model_name.split("@", 1)[0] == self.model and dimension == self.dimension

    def probabilities(self, vectors: Matrix) -> Matrix:
        """Rows of (P(none), P(urgent), P(emergency)) for unit-length message vectors."""
        logits = np.asarray(vectors, dtype=np.float32) @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float32)

    def level(self, probabilities: Sequence[float]) -> tuple[SafetyLevel, float]:
        """The level one row of probabilities raises, and how far past its threshold it is."""
        _, urgent, emergency = (float(p) for p in probabilities)
        if emergency >= self.thresholds["emergency"]:
            return "emergency", emergency - self.thresholds["emergency"]
        if urgent + emergency >= self.thresholds["urgent"]:
            return "urgent", urgent + emergency - self.thresholds["urgent"]
        return "none", 0.0


def fingerprint(examples: Iterable[LabelledText]) -> str:
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: (e.text, e.level)):
        digest.update(f"{example.level}\t{example.text}\n".encode())
    return digest.hexdigest()


def load_safety_head(path: Path | None = None) -> SafetyHead:
    path = path or DEFAULT_HEAD
    data = read_head_file(path, "safety head")
    if data.get("classes") != list(CLASSES):
        raise ConfigError(f"safety head {path}: expected classes {list(CLASSES)}")
    try:
        weights = np.asarray(data["weights"], dtype=np.float32)
        bias = np.asarray(data["bias"], dtype=np.float32)
        thresholds = {
            k: head_number(data["thresholds"][k], "safety head", f"thresholds.{k}")
            for k in ("emergency", "urgent")
        }
        head = SafetyHead(
            model=str(data["model"]),
            weights=weights,
            bias=bias,
            thresholds=thresholds,
            fingerprint=str(data["fingerprint"]),
            examples=int(data["examples"]),
            regularisation=head_number(data["regularisation"], "safety head", "regularisation"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"safety head {path}: {exc}") from exc
    if weights.ndim != 2 or weights.shape[0] != len(CLASSES) or bias.shape != (len(CLASSES),):
        raise ConfigError(f"safety head {path}: weights must be 3 x dimension and bias 3 numbers")
    if not all(0 < v <= 1 for v in thresholds.values()):
        raise ConfigError(f"safety head {path}: thresholds must be in (0, 1]")
    return head


def save_safety_head(head: SafetyHead, path: Path) -> None:
    data: dict[str, Any] = {
        "model": head.model,
        "classes": list(CLASSES),
        "regularisation": head.regularisation,
        "thresholds": head.thresholds,
        "examples": head.examples,
        "fingerprint": head.fingerprint,
        "weights": [[float(f"{w:.6g}") for w in row] for row in head.weights.tolist()],
        "bias": [float(f"{b:.6g}") for b in head.bias.tolist()],
    }
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def fit_safety_head(
    examples: Sequence[LabelledText],
    vectors: Matrix,
    *,
    model: str,
    regularisation: float = DEFAULT_C,
    thresholds: dict[str, float] | None = None,
) -> SafetyHead:
    """Fit on ``vectors`` (one unit-length row per example). Classes are weighted to balance, as
    ordinary questions outnumber red flags; lbfgs on a fixed order, so a refit is reproducible."""
    from sklearn.linear_model import LogisticRegression  # only needed to fit, not to use

    if len(examples) != len(vectors):
        raise ValueError("one vector per example")
    labels = np.array([CLASSES.index("none" if e.level == "caution" else e.level) for e in examples])
    if set(labels.tolist()) != {0, 1, 2}:
        raise ValueError("the training data needs ordinary, urgent and emergency examples")
    fitted = LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced").fit(vectors, labels)
    return SafetyHead(
        model=model.split("@", 1)[0],
        weights=np.asarray(fitted.coef_, dtype=np.float32),
        bias=np.asarray(fitted.intercept_, dtype=np.float32),
        thresholds=dict(thresholds or DEFAULT_THRESHOLDS),
        fingerprint=fingerprint(examples),
        examples=len(examples),
        regularisation=regularisation,
    )
