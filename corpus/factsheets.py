"""Parser for factsheets: Markdown with YAML front matter (title, condition, url, updated), split
into one record per ``## `` section."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

REQUIRED_KEYS = ("title", "condition", "url", "updated")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


class FactsheetParseError(ValueError):
    """Broken front matter or no content; the message is the reason."""


@dataclass(frozen=True)
class FactsheetSection:
    heading: str
    text: str


@dataclass(frozen=True)
class Factsheet:
    title: str
    condition: str
    url: str | None
    updated: str | None
    sections: tuple[FactsheetSection, ...]


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise FactsheetParseError("no front matter (the file must start with a '---' line)")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise FactsheetParseError("front matter is not closed with a '---' line") from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise FactsheetParseError(f"front matter is not valid YAML{where}") from None
    except (ValueError, RecursionError):  # an impossible date, an over-long number, nesting too deep
        raise FactsheetParseError(
            "front matter is not valid YAML (a bad value or nesting too deep)"
        ) from None
    if not isinstance(meta, dict):
        raise FactsheetParseError("front matter must be 'key: value' lines")
    missing = [k for k in REQUIRED_KEYS if k not in meta]
    if missing:
        raise FactsheetParseError("front matter lacks " + ", ".join(missing))
    for key in REQUIRED_KEYS:  # lists and mappings (and YAML alias bombs) are refused, not printed
        if meta[key] is not None and not isinstance(meta[key], str | int | float | dt.date):
            raise FactsheetParseError(f"front matter '{key}' must be a single value, not a list or mapping")
    return meta, "\n".join(lines[end + 1 :])


def _iso_date(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise FactsheetParseError(f"'updated' is not a date: {value!r}") from None


def parse_factsheet(text: str) -> Factsheet:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = _front_matter(text)
    title = str(meta["title"] or "").strip()
    condition = str(meta["condition"] or "").strip()
    if not title or not condition:
        raise FactsheetParseError("front matter 'title' and 'condition' must not be empty")
    url = str(meta["url"]).strip() if meta.get("url") else None

    sections: list[FactsheetSection] = []
    heading = "Overview"
    current: list[str] = []

    def flush() -> None:
        paras = [" ".join(p.split()) for p in "\n".join(current).split("\n\n")]
        body_text = "\n\n".join(p for p in paras if p)
        if body_text:
            sections.append(FactsheetSection(heading=heading, text=body_text))

    for line in body.split("\n"):
        match = _HEADING.match(line)
        if match and len(match.group(1)) == 1:
            continue  # the page title repeats the front matter's
        if match and len(match.group(1)) == 2:
            flush()
            heading, current = match.group(2), []
        else:
            current.append(line)
    flush()
    if not sections:
        raise FactsheetParseError("no text after the front matter")
    return Factsheet(title, condition, url, _iso_date(meta["updated"]), tuple(sections))
