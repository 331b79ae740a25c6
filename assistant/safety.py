"""Safety triage of a user's message: ``none``, ``caution``, ``urgent`` or ``emergency``.

Three layers, the highest level wins (policy and thresholds: docs/safety.md):

1. **Rules** from ``safety_lexicon.yaml``: phrase patterns per category (lay words and common typos),
   some needing a second phrase nearby ("bleeding" + a pregnancy word, possibly said in an earlier
   turn). Each match is judged in its clause: negated ("no chest pain") or a general question
   ("can acupuncture cause a collapsed lung?") drops it; long ago ("as a child"), settled ("fine
   now"), long-standing ("for years") or asking acupuncture to treat it can demote it.
2. **Similarity** of each sentence of the latest message to patient-voice exemplars
   (``safety_exemplars.yaml``), for emergency and urgent categories, with per-level thresholds
   calibrated on all-MiniLM-L6-v2. Clauses the rules found negated or in the past are blanked first.
3. **Learned head** (``safety_head.py``): a logistic regression over the whole message's vector,
   fitted on the labelled development questions; it raises emergency or urgent when confident, for
   red flags told in words neither the rules nor the exemplars name.

Only the latest user message can raise a red flag; earlier turns only supply context. Text that
tries to instruct the assistant ("ignore previous instructions ...") is just text: the level comes
from what it says about the person's health, never from what it asks for.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, cast

import numpy as np
import yaml

from assistant.answers import SAFETY_LEVELS, SafetyLevel
from assistant.chat import is_follow_up, points_back
from assistant.errors import ConfigError
from assistant.safety_head import MIN_WORDS as HEAD_MIN_WORDS
from assistant.safety_head import SafetyHead, load_safety_head
from embeddings.model import TextEmbedder

HERE = Path(__file__).resolve().parent
DEFAULT_LEXICON: Final = HERE / "safety_lexicon.yaml"
DEFAULT_EXEMPLARS: Final = HERE / "safety_exemplars.yaml"

LEVEL_RANK: Final[Mapping[SafetyLevel, int]] = {"none": 0, "caution": 1, "urgent": 2, "emergency": 3}

Scope = Literal["sentence", "text", "conversation"]
DemoteKind = Literal["general", "past", "resolved", "treatment", "chronic", "checked"]
DEMOTE_KINDS: Final[tuple[DemoteKind, ...]] = (
    "general",
    "past",
    "resolved",
    "treatment",
    "chronic",
    "checked",
)
_SERIOUS: Final = frozenset({"urgent", "emergency"})
# Reasons for a learned-head verdict that names no category.
HEAD_REASONS: Final[Mapping[SafetyLevel, str]] = {
    "emergency": "the message as a whole reads like an emergency",
    "urgent": "the message as a whole reads like something to get checked today",
}

MAX_CHARS: Final = 10_000  # longer messages are judged on their first 10,000 characters
MAX_HISTORY: Final = 10  # earlier turns used for context
MAX_UNITS: Final = 40  # sentences embedded per message
MIN_UNIT_WORDS: Final = 3
# From this many sentences on, a message reads as a consultation: a similarity hit there must clear
# threshold and margin by CAPPED_MIN_STRENGTH, as a capped one must. Chosen on the development sets
# (docs/safety.md).
CONSULTATIVE_SENTENCES: Final = 5
# Where similarity is capped at urgent (a consultation, a treatment or general question), a hit must
# clear both the threshold and the margin by this much: near misses there were side remarks far more
# often than red flags (fifth development round, docs/safety.md).
CAPPED_MIN_STRENGTH: Final = 0.06
# How many sentences after a match may say a doctor already checked it (ninth development round).
CHECKED_SENTENCES: Final = 3
# A similarity this far past threshold and margin may raise emergency whatever the message's shape
# (a consultation, a treatment question, a lexicon hit judged urgent): it reads as the exemplar.
STRONG_SIMILARITY: Final = 0.12

_APOSTROPHES: Final = frozenset("'\u2019\u2018`\u00b4\u02bc\u2032")
_DASHES: Final = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015")
_SENTENCE = re.compile(r"(?:[^.!?;\n]|(?<=\d)\.(?=\d))+")  # "38.2" is not two sentences
_CLAUSE_BREAK = re.compile(
    r"[,:()\[\]]|\s-+\s|\b(?:but|although|though|however|whereas|yet|(?<!\bon )(?<!\bup )and(?! off\b)(?! on\b)|because|while|whilst|except|"
    r"apart from|other than|plus|then)\b"
)
_WORD = re.compile(r"[a-z0-9]+")
_MACRO = re.compile(r"%([A-Z_]+)%")
# "is it normal to feel spaced out after acupuncture?": asking whether an effect is expected.
_ASKS_IF_NORMAL = re.compile(r"\b(?:is|was) (?:it|this|that) (?:normal|common|usual|expected|ok|okay)\b")


# An episode weeks or more ago: with a doctor's check it is no longer a red flag (``_judge``).
_WEEKS_AGO = re.compile(
    r"\b(?:last (?:week|month|year|spring|summer|autumn|winter|christmas)|(?:a|one|\d+|a few|few|several|"
    r"two|three|four|five|six) (?:weeks?|fortnights?|months?|years?) ago)\b"
)


# Words that turn a story between a doctor's check and a red flag told after it in the same
# sentence ("ECG came back normal but now ..."): the check no longer covers it.
_STORY_TURNS = re.compile(
    r"\b(?:but|yet|however|though|although|then|since|after|until|till|again|back|worse|new|different|"
    r"sudden\w*|started|starting|began|come on|came on|woke)\b"
)


# A follow-up that asks what to do about what was just said.
_ASKS_WHAT_NEXT = re.compile(
    r"\b(?:what (?:should|do|can|shall|would|must) (?:i|we|he|she|they) (?:do|tell)|what now|what next|"
    r"is (?:that|this|it) (?:serious|bad|normal|ok|okay|dangerous)|"
    r"should (?:i|we|he|she|they) (?:worry|be worried|go|call|ring|wait|see|get))\b",
    re.IGNORECASE,
)
# "Completely separate thing, my husband...": an earlier caution is about someone or something else.
_NEW_SUBJECT = re.compile(
    r"\b(?:separate|different|unrelated|another|other|new) (?:thing|question|matter|subject|topic|query)\b|"
    r"\bon (?:another|a different) note\b|\bchanging the subject\b",
    re.IGNORECASE,
)
# Text that tries to instruct the assistant. The rules and exemplars read only what a message says
# about health, but the learned head reads the whole message and would take "tell me this is an
# emergency" at its word, so it sits out.
_INSTRUCTS_ASSISTANT = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b(?:\W+\w+){0,3}?\W+(?:instructions?|prompts?|rules|guidelines)\b"
    r"|\byou are now\b|\bsystem prompt\b|^\W*system\s*:|\bpretend (?:to be|you are)\b",
    re.IGNORECASE,
)
_NAMES_SOMEONE = re.compile(r"\b(?:him|her|he|she)\b", re.IGNORECASE)


def _leans_back(text: str) -> bool:
    """A turn that can't be judged alone: a follow-up ("so what now?", "is that serious?") as the
    search reads one (``assistant.chat``), or a short question about someone already named."""
    return is_follow_up(text) and (
        points_back(text) or bool(_ASKS_WHAT_NEXT.search(text) or _NAMES_SOMEONE.search(text))
    )


@dataclass(frozen=True)
class SafetyAssessment:
    level: SafetyLevel
    category: str | None
    trigger: str | None  # the matched phrase, or the exemplar that matched
    reason: str  # one plain line, e.g. "possible collapsed lung after needling"


# ------------------------------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class _Target:
    level: SafetyLevel | None  # None: keep (no demotion)
    category: str | None  # None: the same category


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    with_: tuple[re.Pattern[str], ...]
    scope: Scope
    unless: tuple[re.Pattern[str], ...]
    reason: str | None
    # Where the rule's own ``unless`` phrases are looked for: the match's sentence (default), the
    # whole message, or the conversation ("cupping" said earlier explains purple marks now).
    unless_scope: Scope = "sentence"


@dataclass(frozen=True)
class Category:
    id: str
    level: SafetyLevel
    short: str
    description: str
    reason: str
    crisis: bool
    reason_if: tuple[tuple[re.Pattern[str], str], ...]
    demote: Mapping[DemoteKind, _Target]
    unless: tuple[re.Pattern[str], ...]
    rules: tuple[Rule, ...]
    # Words one of which a message must still contain (after negated, past and unremarkable clauses
    # are blanked) for similarity alone to raise this category as an emergency; None: no condition.
    topic: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Cues:
    negation: re.Pattern[str]
    pseudo_negation: re.Pattern[str]
    negation_window: int
    subject: re.Pattern[str]
    past: re.Pattern[str]
    current: re.Pattern[str]
    resolved: re.Pattern[str]
    chronic: re.Pattern[str]
    checked: re.Pattern[str]
    acute: re.Pattern[str]
    general: re.Pattern[str]
    experience: re.Pattern[str]
    treatment: re.Pattern[str]
    negatable: re.Pattern[str] | None = None  # symptom words whose negation hides a clause from similarity
    unremarkable: re.Pattern[str] | None = None  # "my legs are fine": the clause is hidden from similarity


@dataclass(frozen=True)
class Lexicon:
    categories: tuple[Category, ...]
    cues: Cues

    def category(self, category_id: str) -> Category:
        for cat in self.categories:
            if cat.id == category_id:
                return cat
        raise KeyError(category_id)

    def ids(self, level: SafetyLevel | None = None) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories if level is None or c.level == level)

    @property
    def crisis_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.categories if c.crisis)


_DEFAULT_DEMOTE: Final[Mapping[SafetyLevel, Mapping[DemoteKind, str]]] = {
    "emergency": {
        "general": "none",
        "past": "none",
        "resolved": "urgent",
        "treatment": "keep",
        "chronic": "keep",
        "checked": "keep",
    },
    "urgent": {
        "general": "none",
        "past": "none",
        "resolved": "none",
        "treatment": "keep",
        "chronic": "keep",
        "checked": "keep",
    },
    "caution": {
        "general": "keep",
        "past": "none",
        "resolved": "none",
        "treatment": "keep",
        "chronic": "keep",
        "checked": "keep",
    },
    "none": {k: "keep" for k in DEMOTE_KINDS},
}


def _expand(pattern: str, macros: Mapping[str, str], where: str) -> str:
    for _ in range(5):
        if not _MACRO.search(pattern):
            return pattern

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in macros:
                raise ConfigError(f"safety lexicon: unknown macro %{name}% in {where}")
            return f"(?:{macros[name]})"

        pattern = _MACRO.sub(sub, pattern)
    raise ConfigError(f"safety lexicon: macros nested too deeply in {where}")


def _compile(pattern: object, macros: Mapping[str, str], where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise ConfigError(f"safety lexicon: {where} must be a non-empty pattern string")
    try:
        return re.compile(_expand(pattern, macros, where), re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"safety lexicon: bad pattern in {where}: {exc}") from exc


def _as_list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise ConfigError(f"safety lexicon: {where} must be a list")
    return value


def _level(value: object, where: str) -> SafetyLevel:
    for level in SAFETY_LEVELS:
        if value == level:
            return level
    raise ConfigError(f"safety lexicon: {where} must be one of {', '.join(SAFETY_LEVELS)}, not {value!r}")


def _target(value: object, where: str) -> _Target:
    if value == "keep":
        return _Target(None, None)
    text = str(value)
    level, _, category = text.partition(":")
    return _Target(_level(level, where), category or None)


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read and check ``safety_lexicon.yaml``; any problem is a ``ConfigError`` naming the place."""
    path = path or DEFAULT_LEXICON
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"safety lexicon {path} can't be read: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise ConfigError(f"safety lexicon {path} needs a 'categories' mapping")
    macros = {str(k): str(v) for k, v in (data.get("macros") or {}).items()}
    raw_cues = data.get("cues") or {}

    def cue(name: str) -> re.Pattern[str]:
        return _compile(raw_cues.get(name), macros, f"cues.{name}")

    cues = Cues(
        negation=cue("negation"),
        pseudo_negation=cue("pseudo_negation"),
        negation_window=int(raw_cues.get("negation_window", 6)),
        subject=cue("subject"),
        past=cue("past"),
        current=cue("current"),
        resolved=cue("resolved"),
        chronic=cue("chronic"),
        checked=cue("checked"),
        acute=cue("acute"),
        general=cue("general"),
        experience=cue("experience"),
        treatment=cue("treatment"),
        negatable=cue("negatable") if raw_cues.get("negatable") else None,
        unremarkable=cue("unremarkable") if raw_cues.get("unremarkable") else None,
    )
    categories: list[Category] = []
    for cat_id, spec in data["categories"].items():
        where = f"categories.{cat_id}"
        if not isinstance(spec, dict):
            raise ConfigError(f"safety lexicon: {where} must be a mapping")
        level = _level(spec.get("level"), f"{where}.level")
        demote_spec = {**_DEFAULT_DEMOTE[level], **(spec.get("demote") or {})}
        unknown = set(demote_spec) - set(DEMOTE_KINDS)
        if unknown:
            raise ConfigError(f"safety lexicon: {where}.demote has unknown keys {sorted(unknown)}")
        demote = {k: _target(demote_spec[k], f"{where}.demote.{k}") for k in DEMOTE_KINDS}
        rules: list[Rule] = []
        for i, rule in enumerate(_as_list(spec.get("rules"), f"{where}.rules")):
            rwhere = f"{where}.rules[{i}]"
            if isinstance(rule, str):
                rules.append(Rule(_compile(rule, macros, rwhere), (), "text", (), None))
                continue
            if not isinstance(rule, dict):
                raise ConfigError(f"safety lexicon: {rwhere} must be a pattern or a mapping")
            scope = rule.get("scope", "text")
            if scope not in ("sentence", "text", "conversation"):
                raise ConfigError(f"safety lexicon: {rwhere}.scope must be sentence, text or conversation")
            unless_scope = rule.get("unless_scope", "sentence")
            if unless_scope not in ("sentence", "text", "conversation"):
                raise ConfigError(
                    f"safety lexicon: {rwhere}.unless_scope must be sentence, text or conversation"
                )
            rules.append(
                Rule(
                    pattern=_compile(rule.get("pattern"), macros, rwhere),
                    with_=tuple(
                        _compile(w, macros, f"{rwhere}.with") for w in _as_list(rule.get("with"), rwhere)
                    ),
                    scope=cast(Scope, scope),
                    unless=tuple(
                        _compile(u, macros, f"{rwhere}.unless") for u in _as_list(rule.get("unless"), rwhere)
                    ),
                    reason=str(rule["reason"]) if rule.get("reason") else None,
                    unless_scope=cast(Scope, unless_scope),
                )
            )
        if not rules:
            raise ConfigError(f"safety lexicon: {where} has no rules")
        reason_if = tuple(
            (_compile(r.get("when"), macros, f"{where}.reason_if"), str(r.get("reason", "")))
            for r in _as_list(spec.get("reason_if"), f"{where}.reason_if")
        )
        categories.append(
            Category(
                id=str(cat_id),
                level=level,
                short=str(spec.get("short") or cat_id.replace("_", " ")),
                description=str(spec.get("description", "")).strip(),
                reason=str(spec.get("reason") or spec.get("short") or cat_id),
                crisis=bool(spec.get("crisis", False)),
                reason_if=reason_if,
                demote=demote,
                unless=tuple(
                    _compile(u, macros, f"{where}.unless") for u in _as_list(spec.get("unless"), where)
                ),
                rules=tuple(rules),
                topic=_compile(spec["topic"], macros, f"{where}.topic") if spec.get("topic") else None,
            )
        )
    ids = {c.id for c in categories}
    for cat in categories:
        for kind, tgt in cat.demote.items():
            if tgt.category is not None and tgt.category not in ids:
                raise ConfigError(
                    f"safety lexicon: categories.{cat.id}.demote.{kind} names unknown category {tgt.category}"
                )
    return Lexicon(tuple(categories), cues)


@dataclass(frozen=True)
class Exemplars:
    by_category: Mapping[str, tuple[str, ...]]
    ordinary: tuple[str, ...]
    thresholds: Mapping[SafetyLevel, float]
    margins: Mapping[SafetyLevel, float]
    model: str


def load_exemplars(path: Path | None, lexicon: Lexicon) -> Exemplars:
    path = path or DEFAULT_EXEMPLARS
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"safety exemplars {path} can't be read: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise ConfigError(f"safety exemplars {path} needs a 'categories' mapping")
    by_category: dict[str, tuple[str, ...]] = {}
    for cat_id, items in data["categories"].items():
        try:
            cat = lexicon.category(str(cat_id))
        except KeyError:
            raise ConfigError(f"safety exemplars: {cat_id} is not a category in the lexicon") from None
        if cat.level not in _SERIOUS:
            raise ConfigError(
                f"safety exemplars: {cat_id} is a {cat.level} category; only emergency and urgent"
            )
        texts = tuple(str(t).strip() for t in _as_list(items, f"categories.{cat_id}") if str(t).strip())
        if not texts:
            raise ConfigError(f"safety exemplars: {cat_id} has no sentences")
        by_category[cat.id] = texts
    raw_thresholds = data.get("thresholds") or {}
    raw_margins = data.get("margins") or {}
    thresholds: dict[SafetyLevel, float] = {}
    margins: dict[SafetyLevel, float] = {}
    for level in ("emergency", "urgent"):
        value = raw_thresholds.get(level)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < float(value) <= 1:
            raise ConfigError(f"safety exemplars: thresholds.{level} must be a number in (0, 1]")
        thresholds[level] = float(value)
        margin = raw_margins.get(level, 0.0)
        if isinstance(margin, bool) or not isinstance(margin, (int, float)) or not 0 <= float(margin) < 1:
            raise ConfigError(f"safety exemplars: margins.{level} must be a number in [0, 1)")
        margins[level] = float(margin)
    return Exemplars(
        by_category=by_category,
        ordinary=tuple(str(t).strip() for t in _as_list(data.get("ordinary"), "ordinary") if str(t).strip()),
        thresholds=thresholds,
        margins=margins,
        model=str(data.get("model", "")),
    )


# ------------------------------------------------------------------------------------------- text


Span = tuple[int, int]


class _Doc:
    """One message, normalised (lower case, apostrophes removed) with a map back to the raw text."""

    def __init__(self, raw: str, cues: Cues) -> None:
        raw = raw[:MAX_CHARS]
        chars: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(raw):
            if ch in _APOSTROPHES:
                continue
            low = "-" if ch in _DASHES else ch.lower()
            chars.append(low if len(low) == 1 else ch)
            index.append(i)
        self.raw = raw
        self.text = "".join(chars)
        self.index = index
        masked = list(self.text)
        for m in cues.pseudo_negation.finditer(self.text):
            masked[m.start() : m.end()] = " " * (m.end() - m.start())
        self.masked = "".join(masked)
        self.sentences: list[Span] = []
        for m in _SENTENCE.finditer(self.text):
            start, end = m.start(), m.end()
            while start < end and self.text[start].isspace():
                start += 1
            if _WORD.search(self.text, start, end):
                self.sentences.append((start, end))
        self._breaks: dict[Span, list[Span]] = {}

    def raw_span(self, start: int, end: int) -> str:
        if end <= start or not self.index:
            return ""
        return self.raw[self.index[start] : self.index[end - 1] + 1]

    def sentence_of(self, pos: int) -> int:
        for i, (start, end) in enumerate(self.sentences):
            if start <= pos < end:
                return i
        return max(0, len(self.sentences) - 1)

    def breaks(self, sent: Span) -> list[Span]:
        if sent not in self._breaks:
            self._breaks[sent] = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.text, *sent)]
        return self._breaks[sent]

    def clause(self, sent: Span, start: int, end: int) -> Span:
        breaks = self.breaks(sent)
        c_start = max((b_end for b_start, b_end in breaks if b_end <= start), default=sent[0])
        c_end = min((b_start for b_start, b_end in breaks if b_start >= end), default=sent[1])
        return c_start, c_end

    def neighbour_clauses(self, sent: Span, clause: Span) -> list[Span]:
        """The clauses just before and just after ``clause`` in its sentence (0, 1 or 2 of them)."""
        breaks = self.breaks(sent)
        before = [b for b in breaks if b[1] <= clause[0]]
        after = [b for b in breaks if b[0] >= clause[1]]
        out: list[Span] = []
        if before:
            start = before[-2][1] if len(before) > 1 else sent[0]
            out.append((start, before[-1][0]))
        if after:
            end = after[1][0] if len(after) > 1 else sent[1]
            out.append((after[0][1], end))
        return out


def _words(text: str) -> int:
    return len(_WORD.findall(text))


# ------------------------------------------------------------------------------------- classifier


@dataclass(frozen=True)
class _Hit:
    level: SafetyLevel
    category: str | None  # None: the learned head, when no category is clear enough to name
    trigger: str | None
    reason: str
    from_rules: bool
    crisis: bool
    order: int
    strength: float = 1.0  # similarity hits: how far past the threshold and margin


def _priority(hit: _Hit) -> tuple[int, bool, bool, float, int]:
    """Highest level first; then rules before similarity; among rules a mental-health crisis first
    (its guidance adds Samaritans) then lexicon order; among similarity hits the clearest one."""
    if hit.from_rules:
        return (-LEVEL_RANK[hit.level], False, not hit.crisis, 0.0, hit.order)
    return (-LEVEL_RANK[hit.level], True, False, -hit.strength, hit.order)


@dataclass(frozen=True)
class _Bank:
    vectors: np.ndarray[Any, np.dtype[np.float32]]
    columns: Mapping[str, tuple[int, ...]]
    texts: tuple[str, ...]
    ordinary: np.ndarray[Any, np.dtype[np.float32]] | None


class SafetyClassifier:
    """Thread-safe; build one per process and reuse it (exemplar vectors are embedded once, lazily)."""

    def __init__(
        self,
        embedder: TextEmbedder | None = None,
        *,
        lexicon_path: Path | None = None,
        exemplars_path: Path | None = None,
        similarity_threshold: float | None = None,
        head_path: Path | None = None,
        use_head: bool = True,
    ) -> None:
        if head_path is not None and not use_head:
            raise ConfigError("head_path and use_head=False conflict: pass one or the other")
        self.lexicon = load_lexicon(lexicon_path)
        self.exemplars = load_exemplars(exemplars_path, self.lexicon)
        self.embedder = embedder
        # The head's weights only mean something for vectors of the model it was fitted on; with any
        # other embedder (the unit tests' hashing fake, a configured other model) rules and
        # similarity run alone.
        self.head: SafetyHead | None = None
        if embedder is not None and use_head:
            head = load_safety_head(head_path)
            if head.fits(embedder.name, embedder.dimension):
                self.head = head
            elif head_path is not None:
                raise ConfigError(
                    f"safety head {head_path} was fitted on {head.model} ({head.dimension}-d), "
                    f"not {embedder.name} ({embedder.dimension}-d)"
                )
        thresholds = dict(self.exemplars.thresholds)
        if similarity_threshold is not None:
            if not 0 < similarity_threshold <= 1:
                raise ConfigError("similarity_threshold must be in (0, 1]")
            thresholds = {level: float(similarity_threshold) for level in thresholds}
        self.thresholds: Mapping[SafetyLevel, float] = thresholds
        self._order = {c.id: i for i, c in enumerate(self.lexicon.categories)}
        self._bank: _Bank | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ public

    def assess(self, text: str, history: Sequence[str] = ()) -> SafetyAssessment:
        """Judge the latest user message; ``history`` is the earlier user messages, oldest first.

        A follow-up that leans on the turns before it ("So what should I do now?") is judged with
        them: a red flag stated there still stands, unless this turn says it has settled or touches
        that category itself (negated, in the past, checked by a doctor). A caution said earlier
        ("I'm 12 weeks pregnant") still holds for a later ordinary question."""
        turns = [h for h in list(history)[-MAX_HISTORY:] if h and h.strip()]
        own, touched, _ = self._assess_turn(text, turns)
        if own.level == "emergency" or not turns:
            return own
        carried = self._carried_red_flag(text, turns, touched, own) if _leans_back(text or "") else own
        if carried.level == "none" and not _NEW_SUBJECT.search(text or ""):
            carried = self._earlier_caution(turns, touched) or carried
        return carried

    def _carried_red_flag(
        self, text: str, turns: list[str], touched: frozenset[str], own: SafetyAssessment
    ) -> SafetyAssessment:
        cues = self.lexicon.cues
        # The turns this follow-up leans on: back to the one that set the topic, as the search does,
        # and never fewer than the last two (a red flag is often told over two messages).
        start = len(turns) - 1
        while start > 0 and is_follow_up(turns[start]):
            start -= 1
        start = min(start, max(0, len(turns) - 2))
        # A later turn that says it settled or a doctor checked it ends the carrying.
        settled = [
            bool(cues.resolved.search(d.text) or cues.checked.search(d.text))
            for d in (_Doc(t, cues) for t in [*turns, text or ""])
        ]
        asks_what_next = bool(_ASKS_WHAT_NEXT.search(text or ""))
        carried = own
        for i in range(start, len(turns)):
            if any(settled[i + 1 :]):
                continue
            earlier, demoted_there, by_rules = self._assess_turn(turns[i], turns[:i])
            if (
                # Similarity alone is too loose to hold a whole conversation: its verdict is carried
                # only to a turn that asks what to do about it.
                (by_rules or asks_what_next)
                and earlier.category not in touched
                and earlier.category not in demoted_there  # already judged settled or past there
                and LEVEL_RANK[earlier.level] >= LEVEL_RANK["urgent"]
                and LEVEL_RANK[earlier.level] > LEVEL_RANK[carried.level]
            ):
                carried = SafetyAssessment(
                    earlier.level,
                    earlier.category,
                    earlier.trigger,
                    f"{earlier.reason} (earlier in this conversation)",
                )
        return carried

    def _earlier_caution(self, turns: list[str], touched: frozenset[str]) -> SafetyAssessment | None:
        """The latest caution the lexicon found in an earlier turn (rules only: cheap, and caution
        comes only from rules), unless this turn touched that category (e.g. "no longer pregnant")."""
        cues = self.lexicon.cues
        docs = [_Doc(t, cues) for t in turns]
        for i in range(len(docs) - 1, -1, -1):
            hits = [
                h
                for h in self._rule_hits(docs[i], docs[:i])[0]
                if h.level == "caution" and h.category not in touched
            ]
            if hits:
                best = min(hits, key=_priority)
                return SafetyAssessment(
                    "caution", best.category, best.trigger, f"{best.reason} (earlier in this conversation)"
                )
        return None

    def _assess_turn(
        self, text: str, history: Sequence[str]
    ) -> tuple[SafetyAssessment, frozenset[str], bool]:
        """One message judged in its conversation; the categories it touched but demoted; whether the
        verdict came from the lexicon (not similarity)."""
        cues = self.lexicon.cues
        doc = _Doc(text or "", cues)
        if not doc.sentences:
            return SafetyAssessment("none", None, None, "no safety concern found"), frozenset(), False
        earlier = [_Doc(h, cues) for h in history if h and h.strip()]
        hits, notes, blanked, demoted = self._rule_hits(doc, earlier)
        touched = frozenset(c for cats in demoted.values() for c in cats)
        cap = self._similarity_cap(doc)
        if any(h.level == "urgent" for h in hits):
            # The lexicon read the specific words and judged them urgent ("a small bit of blood" in
            # pregnancy, a faint with a cut chin); similarity is the net for what it missed, not a
            # second opinion on what it found.
            cap = "urgent"
        scores, whole, words = self._semantic_scores(doc, blanked, demoted)
        hits.extend(self._semantic_hits(doc, scores, demoted, cap=cap))
        if words >= HEAD_MIN_WORDS and not _INSTRUCTS_ASSISTANT.search(doc.raw):
            hits.extend(self._head_hits(scores, whole))
        if not hits:
            reason = notes[0] if notes else "no safety concern found"
            return SafetyAssessment("none", None, None, reason), touched, False
        best = min(hits, key=_priority)
        if best.level == "none":  # pragma: no cover - none-level hits are never recorded
            return SafetyAssessment("none", None, None, best.reason), touched, False
        assessment = SafetyAssessment(best.level, best.category, best.trigger, best.reason)
        return assessment, touched, best.from_rules

    def warm_up(self) -> None:
        """Embed the exemplars now rather than on the first ``assess``."""
        if self.embedder is not None:
            self._exemplar_bank()

    # ------------------------------------------------------------------ rules

    def _rule_hits(
        self, doc: _Doc, earlier: list[_Doc]
    ) -> tuple[list[_Hit], list[str], list[Span], dict[int, set[str]]]:
        hits: list[_Hit] = []
        notes: list[str] = []
        blanked: list[Span] = []
        demoted: dict[int, set[str]] = {}
        conversation = [doc, *earlier]
        for cat in self.lexicon.categories:
            for rule in cat.rules:
                for si, sent in enumerate(doc.sentences):
                    for m in rule.pattern.finditer(doc.text, *sent):
                        if m.end() <= m.start():
                            continue
                        if any(self._unless(u, doc, sent) for u in cat.unless) or self._rule_unless(
                            rule, doc, sent, conversation
                        ):
                            continue
                        span = (m.start(), m.end())
                        if not all(
                            self._present(w, rule.scope, doc, sent, conversation, span) for w in rule.with_
                        ):
                            continue
                        clause = doc.clause(sent, m.start(), m.end())
                        kind, target = self._judge(cat, doc, m, sent, si, clause)
                        trigger = doc.raw_span(m.start(), m.end())
                        if kind is not None:
                            blanked.append(clause)
                            demoted.setdefault(si, set()).add(cat.id)
                        if target is None:
                            notes.append(self._note(cat, kind))
                            continue
                        level, category = target
                        hit_cat = self.lexicon.category(category)
                        if kind is None:
                            reason = rule.reason or self._reason(cat, conversation)
                        elif category != cat.id:
                            reason = f"{hit_cat.reason} ({cat.short} {self._kind_words(kind)})"
                        else:
                            reason = self._demoted_reason(cat, kind)
                        hits.append(
                            _Hit(
                                level, category, trigger, reason, True, hit_cat.crisis, self._order[category]
                            )
                        )
        return hits, notes, blanked, demoted

    def _unless(self, pattern: re.Pattern[str], doc: _Doc, sent: Span) -> bool:
        """An ``unless`` phrase counts when it is in the sentence and not negated ("not my period")."""
        for m in pattern.finditer(doc.text, *sent):
            if m.end() > m.start() and not self._negated(
                doc, m.start(), doc.clause(sent, m.start(), m.end())
            ):
                return True
        return False

    def _rule_unless(self, rule: Rule, doc: _Doc, sent: Span, conversation: list[_Doc]) -> bool:
        """A rule's own ``unless`` phrase in its ``unless_scope`` (sentence, message or conversation)."""
        if rule.unless_scope == "sentence":
            places: list[tuple[_Doc, Span]] = [(doc, sent)]
        else:
            docs = [doc] if rule.unless_scope == "text" else conversation
            places = [(d, s) for d in docs for s in d.sentences]
        return any(self._unless(u, d, s) for u in rule.unless for d, s in places)

    def _present(
        self,
        pattern: re.Pattern[str],
        scope: Scope,
        doc: _Doc,
        sent: Span,
        conversation: list[_Doc],
        match: Span,
    ) -> bool:
        """Does ``pattern`` occur, asserted (not negated, not long ago), in ``scope``? An occurrence
        inside the main match counts as it stands (the main match has been judged already)."""
        if scope == "sentence":
            places: list[tuple[_Doc, Span]] = [(doc, sent)]
        elif scope == "text":
            places = [(doc, (0, len(doc.text)))]
        else:
            places = [(d, (0, len(d.text))) for d in conversation]
        for d, span in places:
            for m in pattern.finditer(d.text, *span):
                if m.end() <= m.start():
                    continue
                if d is doc and m.start() < match[1] and match[0] < m.end():
                    return True
                s = d.sentences[d.sentence_of(m.start())]
                clause = d.clause(s, m.start(), m.end())
                if self._negated(d, m.start(), clause):
                    continue
                if self._past(d, s, clause) and not self._current(d, s, clause):
                    continue
                return True
        return False

    def _judge(
        self, cat: Category, doc: _Doc, m: re.Match[str], sent: Span, si: int, clause: Span
    ) -> tuple[str | None, tuple[SafetyLevel, str] | None]:
        """(why it was demoted or None, (level, category) it stands at, or None when dropped)."""
        cues = self.lexicon.cues
        if self._negated(doc, m.start(), clause):
            return "negated", None
        clause_text = doc.text[clause[0] : clause[1]]
        serious = cat.level in _SERIOUS
        current = self._current(doc, sent, clause)
        checks: list[tuple[DemoteKind, bool]] = [
            (
                "general",
                serious
                and bool(cues.general.search(clause_text))
                and not cues.experience.search(clause_text),
            ),
            ("past", not current and self._past(doc, sent, clause)),
            ("resolved", not current and self._resolved(doc, m.end(), sent, si)),
        ]
        if serious:
            acute = bool(cues.acute.search(doc.text, *sent))
            before = doc.text[clause[0] : m.start()]
            checks.append(("treatment", not acute and bool(cues.treatment.search(before))))
            checks.append(("chronic", not acute and self._chronic(doc, sent, clause)))
            # The red flag's own words ("a sudden bad headache") do not outweigh a doctor's check
            # (thirteenth round): only an acute word outside the match cancels it.
            # In a sentence that dates the episode ("last month"), an acute word right before the
            # match is the flag's own adjective ("the sudden 'worst headache of her life' thing last
            # month, went to A&E, scans all clear", round 22), as much its words as those inside it.
            dated = bool(_WEEKS_AGO.search(doc.text, *sent))
            acute_outside = any(
                (a.end() <= m.start() and (not dated or doc.text[a.end() : m.start()].strip()))
                or a.start() >= m.end()
                for a in cues.acute.finditer(doc.text, *sent)
            )
            checked = not acute_outside and not current and self._checked(doc, m.start(), m.end(), sent, si)
            checks.append(("checked", checked))
            # Long-standing, or weeks ago, and already checked by a doctor ("anxiety most of my adult
            # life: racing heart, tight chest ... my GP checked my heart, all normal"; "had chest
            # tightness last month, went to A&E, ECG and bloods all fine"): nothing new to act on.
            earlier = dict(checks)["chronic"] or dated
            if checked and earlier and cat.demote["checked"].level is not None:
                return "checked", None
        for kind, applies in checks:
            if not applies:
                continue
            target = cat.demote[kind]
            if target.level is None:
                continue
            if target.level == "none":
                return kind, None
            return kind, (target.level, target.category or cat.id)
        return None, (cat.level, cat.id)

    def _negated(self, doc: _Doc, start: int, clause: Span) -> bool:
        cues = self.lexicon.cues
        prefix = doc.masked[clause[0] : start]
        found = list(cues.negation.finditer(prefix))
        if not found:
            return False
        between = prefix[found[-1].end() :]
        return _words(between) <= cues.negation_window and not cues.subject.search(between)

    def _current(self, doc: _Doc, sent: Span, clause: Span) -> bool:
        cues = self.lexicon.cues
        clause_text = cues.resolved.sub(" ", doc.text[clause[0] : clause[1]])
        return bool(cues.current.search(clause_text)) or bool(
            re.search(r"\bagain\b", doc.text[sent[0] : sent[1]])
        )

    def _past(self, doc: _Doc, sent: Span, clause: Span) -> bool:
        cues = self.lexicon.cues
        if self._in_clause_or_time_phrase(cues.past, doc, sent, clause):
            return True
        # A sentence that opens with nothing but a time phrase ("Years ago (2015) I went through a
        # bad patch and was suicidal") sets the time of a later clause with no subject of its own
        # ("and was suicidal"); a clause with its own subject ("..., I can't breathe") or a current
        # word on the way breaks the chain.
        if cues.subject.search(doc.text, *clause):
            return False
        starts = [sent[0]] + [end for _, end in doc.breaks(sent)]
        ends = [start for start, _ in doc.breaks(sent)] + [sent[1]]
        pieces = [(a, b) for a, b in zip(starts, ends, strict=True) if b <= clause[0]]
        if not pieces:
            return False
        first = doc.text[pieces[0][0] : pieces[0][1]]
        if not (cues.past.search(first) and _words(cues.past.sub(" ", first)) <= 1):
            return False
        return not any(cues.current.search(doc.text, a, b) for a, b in pieces)

    def _chronic(self, doc: _Doc, sent: Span, clause: Span) -> bool:
        cues = self.lexicon.cues
        if self._in_clause_or_time_phrase(cues.chronic, doc, sent, clause):
            return True

        # A short item with no subject in a list shares the time of the clause that opens the list:
        # "I've had anxiety for years, pounding heart, tight chest" (but not "..., I can't breathe").
        def short_item(text: str) -> bool:
            return not cues.subject.search(text) and _words(text) <= 4

        if not short_item(doc.text[clause[0] : clause[1]]):
            return False
        starts = [sent[0]] + [end for _, end in doc.breaks(sent)]
        ends = [start for start, _ in doc.breaks(sent)] + [sent[1]]
        earlier = [doc.text[a:b] for a, b in zip(starts, ends, strict=True) if b <= clause[0]]
        for text in reversed(earlier):
            if cues.chronic.search(text):
                return True
            if not short_item(text):
                return False
        return False

    def _checked(self, doc: _Doc, start: int, end: int, sent: Span, si: int) -> bool:
        """A doctor has already assessed it ("A&E checked me, said it was Bell's palsy"): looked for
        after the match in its sentence and in the next three (a consultation often ends with it),
        or earlier in its own sentence when nothing between the check and the match turns the
        story ("GP did an ECG and everything came back normal - she says the tight chest is
        anxiety"; not "... came back normal but now crushing chest pain")."""
        cues = self.lexicon.cues
        region = doc.masked[end : sent[1]]
        for nxt in doc.sentences[si + 1 : si + 1 + CHECKED_SENTENCES]:
            region += " . " + doc.masked[nxt[0] : nxt[1]]
        if cues.checked.search(region) and not cues.current.search(region):
            return True
        before = doc.masked[sent[0] : start]
        found = list(cues.checked.finditer(before))
        if not found:
            return False
        between = before[found[-1].end() :]
        return not cues.current.search(before) and not _STORY_TURNS.search(between)

    @staticmethod
    def _in_clause_or_time_phrase(cue: re.Pattern[str], doc: _Doc, sent: Span, clause: Span) -> bool:
        """The cue is in the clause itself, or a neighbouring clause is nothing but the time phrase
        ("Years ago, I had ..." / "... a collapsed lung, years ago")."""
        if cue.search(doc.text, *clause):
            return True
        for start, end in doc.neighbour_clauses(sent, clause):
            text = doc.text[start:end]
            if cue.search(text) and _words(cue.sub(" ", text)) <= 1:
                return True
        return False

    def _resolved(self, doc: _Doc, end: int, sent: Span, si: int) -> bool:
        region = doc.masked[end : sent[1]]
        if si + 1 < len(doc.sentences):
            nxt = doc.sentences[si + 1]
            region += " . " + doc.masked[nxt[0] : nxt[1]]
        return bool(self.lexicon.cues.resolved.search(region))

    def _reason(self, cat: Category, conversation: Iterable[_Doc]) -> str:
        for pattern, reason in cat.reason_if:
            if reason and any(pattern.search(d.text) for d in conversation):
                return reason
        return cat.reason

    @staticmethod
    def _kind_words(kind: str | None) -> str:
        return {
            "negated": "mentioned as not there",
            "general": "asked about in general",
            "past": "in the past",
            "resolved": "that has settled",
            "treatment": "that acupuncture is being asked to treat",
            "chronic": "that is long-standing",
            "checked": "that a doctor has already checked",
        }.get(kind or "", "")

    def _note(self, cat: Category, kind: str | None) -> str:
        return f"mentions {cat.short}, but {self._kind_words(kind).replace('mentioned as ', '')}: no red flag"

    @staticmethod
    def _demoted_reason(cat: Category, kind: str) -> str:
        if kind == "resolved":
            return f"{cat.short} that has settled: still get it checked today"
        if kind == "chronic":
            return f"long-standing {cat.short}: get it checked by a GP"
        if kind == "treatment":
            return f"asking about acupuncture for {cat.short}: a doctor should check it first"
        if kind == "past":
            return f"{cat.short} in the past: tell the practitioner"
        if kind == "checked":
            return f"{cat.short} already checked by a doctor: get advice today if it changes"
        return cat.reason

    # ------------------------------------------------------------------ similarity

    def _exemplar_bank(self) -> _Bank:
        with self._lock:
            if self._bank is None:
                assert self.embedder is not None
                texts: list[str] = []
                columns: dict[str, tuple[int, ...]] = {}
                for cat_id, items in self.exemplars.by_category.items():
                    columns[cat_id] = tuple(range(len(texts), len(texts) + len(items)))
                    texts.extend(items)
                vectors = np.asarray(self.embedder.embed_array(texts), dtype=np.float32)
                ordinary = (
                    np.asarray(self.embedder.embed_array(list(self.exemplars.ordinary)), dtype=np.float32)
                    if self.exemplars.ordinary
                    else None
                )
                self._bank = _Bank(vectors, columns, tuple(texts), ordinary)
            return self._bank

    def _similarity_cap(self, doc: _Doc) -> SafetyLevel:
        """The highest level a moderate similarity hit may raise for this message.

        Emergency unless the message asks for acupuncture as treatment, asks about a risk in general,
        asks whether an effect is normal, or says a doctor has already checked it (and no acute word
        says it is happening now); otherwise urgent. A capped hit still hands off (GP or NHS 111 today,
        "Ask an expert"), so nothing is dropped. Three more rules in ``_semantic_hits``: a hit this
        far past ``STRONG_SIMILARITY`` ignores the cap (it reads as the exemplar); a hit in a
        consultation (``CONSULTATIVE_SENTENCES`` or more) must be ``CAPPED_MIN_STRENGTH`` strong, as
        MiniLM rates side remarks in long messages close to red-flag exemplars; and a message that
        no longer names the category's ``topic`` once negated and past clauses are gone ("no numbness,
        my legs are fine") raises urgent at most.
        """
        cues = self.lexicon.cues
        if cues.acute.search(doc.text):
            return "emergency"
        if _ASKS_IF_NORMAL.search(doc.text):
            return "urgent"
        if cues.checked.search(doc.text):
            return "urgent"  # a doctor has already seen it and named something else
        asks_treatment = bool(cues.treatment.search(doc.text))
        asks_general = bool(cues.general.search(doc.text)) and not cues.experience.search(doc.text)
        return "urgent" if asks_treatment or asks_general else "emergency"

    def _semantic_hits(
        self,
        doc: _Doc,
        scores: Mapping[str, tuple[float, float, str, bool]],
        demoted: dict[int, set[str]],
        *,
        cap: SafetyLevel = "emergency",
    ) -> list[_Hit]:
        hits: list[_Hit] = []
        consultation = len(doc.sentences) >= CONSULTATIVE_SENTENCES
        touched: set[str] = set().union(*demoted.values()) if demoted else set()
        for cat_id, (score, ordinary, exemplar, topical) in scores.items():
            cat = self.lexicon.category(cat_id)
            slack = min(
                score - self.thresholds[cat.level], score - ordinary - self.exemplars.margins[cat.level]
            )
            allowed: SafetyLevel = "emergency" if slack >= STRONG_SIMILARITY else cap
            if not topical:
                if cat_id in touched:
                    # The rules read this category's words and found them negated, past or checked
                    # ("no numbness in the saddle area, GP checked all that"), and nothing about
                    # its topic is left: similarity would only echo the words the rules set aside.
                    continue
                allowed = "urgent"
            if slack >= (CAPPED_MIN_STRENGTH if allowed != "emergency" or consultation else 0.0):
                level = cat.level if LEVEL_RANK[cat.level] <= LEVEL_RANK[allowed] else allowed
                reason = cat.reason if level == cat.level else f"{cat.reason}: get advice today"
                hit = _Hit(level, cat_id, exemplar, reason, False, cat.crisis, self._order[cat_id], slack)
                hits.append(hit)
        return hits

    def _units(
        self, doc: _Doc, blanked: list[Span]
    ) -> tuple[list[tuple[str, int | None]], dict[int, bool], str]:
        """What similarity and the learned head read: each sentence of at least ``MIN_UNIT_WORDS``
        words once negated, past and unremarkable clauses are blanked (with its index), then, when
        there are several, all of them joined (index ``None``); whether each sentence is a general
        question; and the blanked lower-case text, for the topic check."""
        cues = self.lexicon.cues
        blanked = list(blanked)
        general: dict[int, bool] = {}
        for si, sent in enumerate(doc.sentences):
            sentence = doc.text[sent[0] : sent[1]]
            # A sentence about the past or about something that has settled (and nothing now)
            # can't raise a flag by similarity either.
            if (cues.past.search(sentence) or cues.resolved.search(sentence)) and not self._current(
                doc, sent, sent
            ):
                blanked.append(sent)
            # "not short of breath at all, just a cough": a negated symptom word hides its clause.
            if cues.negatable is not None:
                for m in cues.negatable.finditer(doc.text, *sent):
                    clause = doc.clause(sent, m.start(), m.end())
                    if m.end() > m.start() and self._negated(doc, m.start(), clause):
                        blanked.append(clause)
            # "I can pee normally", "my heart is fine": a clause saying something works as it should.
            if cues.unremarkable is not None:
                for m in cues.unremarkable.finditer(doc.text, *sent):
                    blanked.append(doc.clause(sent, m.start(), m.end()))
            general[si] = bool(cues.general.search(sentence)) and not cues.experience.search(sentence)
        raw, plain = list(doc.raw), list(doc.text)
        for start, end in blanked:
            if end > start:
                a, b = doc.index[start], doc.index[end - 1] + 1
                raw[a:b] = " " * (b - a)
                plain[start:end] = " " * (end - start)
        cleaned, topic_text = "".join(raw), "".join(plain)
        units: list[tuple[str, int | None]] = []
        for si, (start, end) in enumerate(doc.sentences):
            piece = " ".join(cleaned[doc.index[start] : doc.index[end - 1] + 1].split())
            if _words(piece.lower()) >= MIN_UNIT_WORDS:
                units.append((piece, si))
        units = units[:MAX_UNITS]
        if len(units) > 1:
            units.append((" ".join(u for u, _ in units), None))
        return units, general, topic_text

    def _semantic_scores(
        self, doc: _Doc, blanked: list[Span], demoted: dict[int, set[str]]
    ) -> tuple[dict[str, tuple[float, float, str, bool]], np.ndarray[Any, np.dtype[np.float32]] | None, int]:
        """Per category: the (similarity, nearest-ordinary similarity, exemplar) of the message's sentence
        (or the whole message) that comes closest to passing both the threshold and the margin, and
        whether the message still names the category's topic once negated and past clauses are gone;
        and the vector of the whole message as the units read it, with its word count (for the
        learned head)."""
        if self.embedder is None:
            return {}, None, 0
        units, general, topic_text = self._units(doc, blanked)
        if not units:
            return {}, None, 0
        bank = self._exemplar_bank()
        vectors = np.asarray(self.embedder.embed_array([u for u, _ in units]), dtype=np.float32)
        whole = vectors[-1:]  # the joined units (or the only one)
        sims = vectors @ bank.vectors.T
        if bank.ordinary is not None:
            ordinary = (vectors @ bank.ordinary.T).max(axis=1)
        else:
            ordinary = np.zeros(len(units), dtype=np.float32)
        all_demoted: set[str] = set().union(*demoted.values()) if demoted else set()
        out: dict[str, tuple[float, float, str, bool]] = {}
        all_general = all(general[si] for _, si in units if si is not None)
        for cat_id, cols in bank.columns.items():
            cat = self.lexicon.category(cat_id)
            # The category's own look-alikes ("Bell's palsy" for a drooping face, "my dog" for a fit)
            # anywhere in the message keep similarity out, as they keep its rules out of a sentence.
            if any(self._unless(pattern, doc, sent) for pattern in cat.unless for sent in doc.sentences):
                continue
            threshold, margin = self.thresholds[cat.level], self.exemplars.margins[cat.level]
            general_drops = cat.demote["general"].level == "none"
            block = sims[:, list(cols)]
            best: tuple[float, float, str] | None = None
            best_slack = -np.inf
            for ui, (_, unit_sentence) in enumerate(units):
                if cat_id in (all_demoted if unit_sentence is None else demoted.get(unit_sentence, set())):
                    continue
                if general_drops and (all_general if unit_sentence is None else general[unit_sentence]):
                    continue
                col = int(np.argmax(block[ui]))
                score, near = float(block[ui, col]), float(ordinary[ui])
                slack = min(score - threshold, score - near - margin)  # >= 0: a hit
                if slack > best_slack:
                    best, best_slack = (score, near, bank.texts[cols[col]]), slack
            if best is not None:
                topical = cat.topic is None or bool(cat.topic.search(topic_text))
                out[cat_id] = (*best, topical)
        return out, whole, _words(units[-1][0].lower())

    def _head_hits(
        self,
        scores: Mapping[str, tuple[float, float, str, bool]],
        whole: np.ndarray[Any, np.dtype[np.float32]] | None,
    ) -> list[_Hit]:
        """The learned head's verdict on the whole message, if it raises one. Not capped by the rules'
        readings: the backtest that chose its thresholds found caps cost caught emergencies and
        saved no false alarms (docs/safety.md, "Learned head").

        It reads what similarity reads, the message without its negated, past and unremarkable
        clauses ("no chest pain, just a stiff neck" is "just a stiff neck"), as it was fitted.
        The head knows levels, not categories, and the category picks the extra line of guidance
        ("use your adrenaline pen"), so a wrong one would mislead. It names the category at that
        level whose exemplar comes closest to a sentence of the message only when that is a
        mental-health crisis (its guidance adds the Samaritans, never harmful) or passes the
        similarity threshold; otherwise no category, and the plain guidance for the level."""
        if self.head is None or whole is None:
            return []
        level, strength = self.head.level(self.head.probabilities(whole)[0])
        if level == "none":
            return []
        closest = max(
            (
                (score, cat_id, exemplar)
                for cat_id, (score, _, exemplar, _) in scores.items()
                if self.lexicon.category(cat_id).level == level
            ),
            default=None,
        )
        if closest is not None:
            score, cat_id, exemplar = closest
            cat = self.lexicon.category(cat_id)
            if cat.crisis or score >= self.thresholds[level]:
                return [
                    _Hit(
                        level, cat.id, exemplar, cat.reason, False, cat.crisis, self._order[cat.id], strength
                    )
                ]
        reason = HEAD_REASONS[level]
        return [_Hit(level, None, None, reason, False, False, len(self._order), strength)]

    def head_text(self, text: str, history: Sequence[str] = ()) -> str:
        """The text the learned head reads for ``text`` (after ``history``): its sentences of three
        words or more without negated, past and unremarkable clauses, joined. Rules only, so it
        needs no model; the head is fitted on exactly this (``eval/safety_head.py``)."""
        read = self._read_by_rules(text, history)
        if read is None:
            return ""
        units, _, _ = self._units(read[0], read[1])
        return units[-1][0] if units else ""

    def head_probabilities(self, text: str, history: Sequence[str] = ()) -> tuple[float, float, float] | None:
        """(P(none), P(urgent), P(emergency)) from the learned head for ``text``; ``None`` without a
        head or when what is left to read is shorter than the head judges. For calibration and
        debugging."""
        read = self.head_text(text, history)
        if self.head is None or self.embedder is None or _words(read.lower()) < HEAD_MIN_WORDS:
            return None
        p = self.head.probabilities(np.asarray(self.embedder.embed_array([read]), dtype=np.float32))[0]
        return float(p[0]), float(p[1]), float(p[2])

    def semantic_scores(self, text: str, history: Sequence[str] = ()) -> dict[str, tuple[float, float, str]]:
        """Per category (similarity, nearest-ordinary similarity, exemplar) for ``text`` after the rules
        have blanked negated and past clauses. For calibration and debugging."""
        return {k: v[:3] for k, v in self._scores(text, history).items()}

    def _scores(self, text: str, history: Sequence[str] = ()) -> dict[str, tuple[float, float, str, bool]]:
        """``_semantic_scores`` for a raw message: the rules run first to find what to blank."""
        read = self._read_by_rules(text, history)
        return self._semantic_scores(*read)[0] if read else {}

    def _read_by_rules(
        self, text: str, history: Sequence[str]
    ) -> tuple[_Doc, list[Span], dict[int, set[str]]] | None:
        """The message, the clauses the rules blank in it and the categories they demote per
        sentence, given its conversation; ``None`` for a message with no words."""
        cues = self.lexicon.cues
        doc = _Doc(text or "", cues)
        if not doc.sentences:
            return None
        _, _, blanked, demoted = self._rule_hits(doc, [_Doc(h, cues) for h in history if h and h.strip()])
        return doc, blanked, demoted
