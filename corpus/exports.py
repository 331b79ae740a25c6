"""Parser for structured exports from a database: JSONL or CSV with the columns
id, question, answer, category, url, date (and optionally title)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

REQUIRED_COLUMNS = ("id", "question", "answer")
KNOWN_COLUMNS = frozenset({"id", "question", "answer", "category", "url", "date", "title"})


class ExportParseError(ValueError):
    """The file as a whole can't be read as an export."""


@dataclass(frozen=True)
class ExportRow:
    line: int
    fields: dict[str, str]


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str


def _check(line: int, raw: object) -> ExportRow | RowError:
    if not isinstance(raw, dict):
        return RowError(line, "not an object with named fields")
    fields = {str(k): "" if v is None else str(v).strip() for k, v in raw.items()}
    missing = [c for c in REQUIRED_COLUMNS if not fields.get(c)]
    if missing:
        return RowError(line, "missing " + ", ".join(missing))
    return ExportRow(line, fields)


def _sort(checked: ExportRow | RowError, rows: list[ExportRow], errors: list[RowError]) -> None:
    if isinstance(checked, ExportRow):
        rows.append(checked)
    else:
        errors.append(checked)


def parse_jsonl(text: str) -> tuple[list[ExportRow], list[RowError]]:
    rows: list[ExportRow] = []
    errors: list[RowError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(RowError(number, f"not valid JSON ({exc.msg})"))
            continue
        except (ValueError, RecursionError) as exc:  # an over-long number, or nesting too deep
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
            errors.append(RowError(number, f"not valid JSON ({reason})"))
            continue
        _sort(_check(number, raw), rows, errors)
    if not rows and not errors:
        raise ExportParseError("empty export")
    return rows, errors


def parse_csv(text: str) -> tuple[list[ExportRow], list[RowError]]:
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as exc:  # e.g. a header field over the csv module's size limit
        raise ExportParseError(f"CSV is malformed ({exc})") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ExportParseError("CSV header lacks " + ", ".join(missing))
    rows: list[ExportRow] = []
    errors: list[RowError] = []
    try:
        for raw in reader:
            line = reader.line_num
            if None in raw:
                errors.append(RowError(line, "more fields than the header names"))
                continue
            _sort(_check(line, {k.strip(): v for k, v in raw.items() if k is not None}), rows, errors)
    except csv.Error as exc:
        raise ExportParseError(f"CSV is malformed ({exc})") from None
    return rows, errors
