"""Question sets: JSONL (one object a line) or a YAML list, checked line by line.

A set file that breaks the format is refused with ``InputError("<file>:<line>: <reason>")`` so the
author can jump straight to the broken line. The format is documented in ``eval/README.md``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, cast

import yaml

from assistant.answers import DECISIONS, SAFETY_LEVELS, Decision, SafetyLevel
from assistant.errors import InputError

KNOWN_KEYS: tuple[str, ...] = (
    "id",
    "question",
    "expected_sources",
    "expected_decision",
    "expected_safety",
    "tags",
    "history",
)
JSONL_SUFFIXES = (".jsonl",)
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class EvalItem:
    """One scored question.

    ``expected_decision`` is ``None`` when the item states none and lists no expected sources (its
    decision is then not scored); when it lists expected sources and no decision, ``"answer"`` is
    assumed. ``origin`` is ``"<file>:<line>"`` of the item, for messages; ``set_name`` the file's
    stem (or its path when two sets share a stem is the caller's concern)."""

    id: str
    question: str
    expected_sources: tuple[str, ...] = ()
    expected_decision: Decision | None = None
    expected_safety: SafetyLevel | None = None
    tags: tuple[str, ...] = ()
    history: tuple[str, ...] = ()
    set_name: str = ""
    origin: str = ""

    @property
    def judged_for_retrieval(self) -> bool:
        return bool(self.expected_sources)


EVAL_DIR = Path(__file__).resolve().parent
DEV_GLOB = "dev*.jsonl"


def development_sets(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """The development sets (``eval/dev*.jsonl``): tuned on, gated in CI, and what the learned
    heads are fitted on. The held-out splits live in folders and never match."""
    return sorted(eval_dir.glob(DEV_GLOB))


def load_set(path: str | Path, known_sources: Collection[str] | None = None) -> list[EvalItem]:
    """Read and check one set file (``.jsonl``, ``.yaml`` or ``.yml``).

    With ``known_sources`` every expected source must be one of them (a record source in the index).
    Raises ``InputError`` naming the file and line of the first problem."""
    shown = str(path)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in JSONL_SUFFIXES + YAML_SUFFIXES:
        raise InputError(
            f"{shown}: unsupported set format {p.suffix or '(no suffix)'!r}; use .jsonl, .yaml or .yml"
        )
    try:
        raw = p.read_bytes()
    except OSError as err:
        raise InputError(f"{shown}: cannot read the set: {err.strerror or err}") from err
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError(f"{shown}:{line}: not UTF-8 text") from err

    entries = _read_jsonl(shown, text) if suffix in JSONL_SUFFIXES else _read_yaml(shown, text)
    if not entries:
        raise InputError(f"{shown}: the set has no questions")
    items: list[EvalItem] = []
    seen: dict[str, int] = {}
    for line, obj, key_lines in entries:
        item = _to_item(shown, p.stem, line, obj, key_lines)
        if item.id in seen:
            raise InputError(f"{shown}:{line}: duplicate id {item.id!r} (first on line {seen[item.id]})")
        seen[item.id] = line
        items.append(item)
    if known_sources is not None:
        check_sources(items, known_sources)
    return items


def load_sets(paths: Iterable[str | Path], known_sources: Collection[str] | None = None) -> list[EvalItem]:
    """Several set files in order; ids must be unique across them."""
    items: list[EvalItem] = []
    seen: dict[str, str] = {}
    for path in paths:
        for item in load_set(path, known_sources):
            if item.id in seen:
                raise InputError(f"{item.origin}: duplicate id {item.id!r} (also at {seen[item.id]})")
            seen[item.id] = item.origin
            items.append(item)
    return items


def check_sources(items: Sequence[EvalItem], known_sources: Collection[str]) -> None:
    """Refuse an expected source that is not a record source in the index."""
    known = known_sources if isinstance(known_sources, set | frozenset) else set(known_sources)
    for item in items:
        for source in item.expected_sources:
            if source not in known:
                hint = _suggest(source, known)
                raise InputError(f"{item.origin}: expected source {source!r} is not in the index{hint}")


# --- reading -----------------------------------------------------------------------------------

Entry = tuple[int, Any, Mapping[str, int]]  # (line, parsed object, line of each key)


def _read_jsonl(shown: str, text: str) -> list[Entry]:
    entries: list[Entry] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as err:
            raise InputError(f"{shown}:{number}: invalid JSON: {err.msg} (column {err.colno})") from err
        entries.append((number, obj, {}))
    return entries


def _read_yaml(shown: str, text: str) -> list[Entry]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"{shown}:{mark.line + 1}" if mark is not None else shown
        raise InputError(f"{where}: invalid YAML: {err.problem or err.context}") from err
    except yaml.YAMLError as err:
        raise InputError(f"{shown}: invalid YAML: {err}") from err
    if root is None or data is None:
        return []
    if not isinstance(root, yaml.SequenceNode) or not isinstance(data, list):
        raise InputError(f"{shown}:{root.start_mark.line + 1}: a YAML set must be a list of questions")
    entries: list[Entry] = []
    for node, obj in zip(root.value, data, strict=True):
        key_lines: dict[str, int] = {}
        if isinstance(node, yaml.MappingNode):
            for key_node, _value in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key_lines[str(key_node.value)] = key_node.start_mark.line + 1
        entries.append((node.start_mark.line + 1, obj, key_lines))
    return entries


class _Fail(Protocol):
    def __call__(self, reason: str, key: str | None = None) -> InputError: ...


# --- checking ----------------------------------------------------------------------------------


def _to_item(shown: str, stem: str, line: int, obj: Any, key_lines: Mapping[str, int]) -> EvalItem:
    def fail(reason: str, key: str | None = None) -> InputError:
        at = key_lines.get(key, line) if key is not None else line
        return InputError(f"{shown}:{at}: {reason}")

    if not isinstance(obj, dict):
        raise fail(f"expected an object with a 'question', got {_type_name(obj)}")
    for key in obj:
        if not isinstance(key, str) or key not in KNOWN_KEYS:
            close = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise fail(f"unknown key {key!r}{hint}", str(key))
    data = cast(dict[str, Any], obj)

    if "question" not in data:
        raise fail("missing 'question'")
    question = data["question"]
    if not isinstance(question, str):
        raise fail(f"'question' must be a string, got {_type_name(question)}", "question")
    if not question.strip():
        raise fail("'question' is empty", "question")

    item_id = data.get("id", f"{stem}:{line}")
    if not isinstance(item_id, str):
        raise fail(f"'id' must be a string, got {_type_name(item_id)}", "id")
    if not item_id.strip():
        raise fail("'id' is empty", "id")

    sources = _string_list(data, "expected_sources", fail)
    tags = _string_list(data, "tags", fail)
    history = _string_list(data, "history", fail)

    decision = data.get("expected_decision")
    if decision is not None and decision not in DECISIONS:
        raise fail(
            f"'expected_decision' must be one of {', '.join(DECISIONS)}, not {decision!r}",
            "expected_decision",
        )
    if decision is None and "expected_decision" in data:
        raise fail("'expected_decision' is null; leave it out instead", "expected_decision")
    if decision is None and sources:
        decision = "answer"

    safety = data.get("expected_safety")
    if "expected_safety" in data and safety not in SAFETY_LEVELS:
        raise fail(
            f"'expected_safety' must be one of {', '.join(SAFETY_LEVELS)}, not {safety!r}", "expected_safety"
        )

    return EvalItem(
        id=item_id.strip(),
        question=question,
        expected_sources=tuple(dict.fromkeys(sources)),
        expected_decision=cast(Decision | None, decision),
        expected_safety=cast(SafetyLevel | None, safety),
        tags=tuple(dict.fromkeys(tags)),
        history=tuple(history),
        set_name=stem,
        origin=f"{shown}:{line}",
    )


def _string_list(data: Mapping[str, Any], key: str, fail: _Fail) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise fail(f"{key!r} must be a list of strings, got {_type_name(value)}", key)
    for entry in value:
        if not isinstance(entry, str):
            raise fail(f"{key!r} must be a list of strings, found {_type_name(entry)}", key)
        if not entry.strip():
            raise fail(f"{key!r} holds an empty string", key)
    return [entry.strip() if key != "history" else entry for entry in value]


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _suggest(source: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(source, list(known), n=1, cutoff=0.8)
    return f" (did you mean {close[0]!r}?)" if close else ""
