"""Walk archive folders and turn every file into records, reporting what could not be read."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from corpus.categories import FACTSHEET_CATEGORY, category_name
from corpus.exports import ExportParseError, parse_csv, parse_jsonl
from corpus.factsheets import FactsheetParseError, parse_factsheet
from corpus.pages import PageParseError, parse_page
from corpus.records import Record, SkippedFile

MAX_FILE_BYTES = 5_000_000
META_FILE = "_meta.csv"
_SLUG = re.compile(r"[^a-z0-9]+")

SourceNamer = Callable[[Path], str]


@dataclass(frozen=True)
class LoadResult:
    records: tuple[Record, ...]
    skipped: tuple[SkippedFile, ...] = ()
    files_read: int = 0
    duplicates: tuple[SkippedFile, ...] = field(default=())

    @property
    def sources(self) -> set[str]:
        return {r.source for r in self.records}


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "section"


def _read_text(path: Path) -> str:
    """Read a file as UTF-8 text; ``ValueError`` with the reason when it isn't text."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValueError(f"file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    data = path.read_bytes()
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise ValueError("empty file")
    return text


def _page_meta(folder: Path) -> dict[str, dict[str, str]]:
    """Optional ``_meta.csv`` beside pages: file,date,url[,category] for pages that carry none."""
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        return {}
    try:
        reader = csv.DictReader(io.StringIO(_read_text(meta_path)))
        return {row["file"].strip(): row for row in reader if row.get("file")}
    except (ValueError, KeyError, csv.Error):
        return {}


def _page_records(path: Path, source: str, text: str, meta: dict[str, str]) -> list[Record]:
    pairs = parse_page(text)
    category = category_name((meta.get("category") or "").strip() or path.parent.name)
    return [
        Record(
            id=f"{source}#{n}",
            source=source,
            kind="qa",
            title=pair.title,
            question=pair.question,
            answer=pair.answer,
            category=category,
            url=(meta.get("url") or "").strip() or None,
            date=(meta.get("date") or "").strip() or None,
        )
        for n, pair in enumerate(pairs, start=1)
    ]


def _factsheet_records(source: str, text: str) -> list[Record]:
    sheet = parse_factsheet(text)
    records: list[Record] = []
    seen: set[str] = set()
    for section in sheet.sections:
        anchor = _slug(section.heading)
        while anchor in seen:
            anchor += "-2"
        seen.add(anchor)
        records.append(
            Record(
                id=f"{source}#{anchor}",
                source=source,
                kind="factsheet",
                title=sheet.title,
                question=section.heading,
                answer=section.text,
                category=FACTSHEET_CATEGORY,
                url=sheet.url,
                date=sheet.updated,
                section=section.heading,
            )
        )
    return records


def _export_records(path: Path, source: str, text: str) -> tuple[list[Record], list[SkippedFile]]:
    rows, errors = parse_jsonl(text) if path.suffix == ".jsonl" else parse_csv(text)
    from corpus.records import derive_title

    records = [
        Record(
            id=f"{source}#{row.fields['id']}",
            source=source,
            kind="qa",
            title=row.fields.get("title") or derive_title(row.fields["question"]),
            question=row.fields["question"],
            answer=row.fields["answer"],
            category=category_name(row.fields.get("category") or "general"),
            url=row.fields.get("url") or None,
            date=row.fields.get("date") or None,
        )
        for row in rows
    ]
    skipped = [SkippedFile(f"{source}:{e.line}", e.reason) for e in errors]
    return records, skipped


def _candidate_files(roots: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        if root.is_file():
            files.append(root)
        elif root.is_dir():
            files.extend(
                p
                for p in sorted(root.rglob("*"))
                if p.is_file()
                and not any(part.startswith((".", "_")) for part in p.relative_to(root).parts)
                and p.suffix.lower() in {".txt", ".md", ".jsonl", ".csv"}
                and p.name.lower() != "readme.md"
            )
    return files


def load_archive(roots: Iterable[Path], source_of: SourceNamer) -> LoadResult:
    """Parse every archive file under ``roots``. Unreadable files are reported, never fatal.

    ``source_of`` turns a path into the record's ``source`` (repo-relative). Identical texts found
    in several places are kept once (the first in path order)."""
    roots = list(roots)
    missing = [str(r) for r in roots if not r.exists()]
    skipped: list[SkippedFile] = [SkippedFile(m, "no such file or folder") for m in missing]
    records: list[Record] = []
    meta_cache: dict[Path, dict[str, dict[str, str]]] = {}
    files = _candidate_files(roots)
    for path in files:
        source = source_of(path)
        try:
            text = _read_text(path)
            suffix = path.suffix.lower()
            if suffix == ".txt":
                folder_meta = meta_cache.setdefault(path.parent, _page_meta(path.parent))
                records.extend(_page_records(path, source, text, folder_meta.get(path.name, {})))
            elif suffix == ".md":
                records.extend(_factsheet_records(source, text))
            else:
                new, bad_rows = _export_records(path, source, text)
                records.extend(new)
                skipped.extend(bad_rows)
        except (ValueError, OSError) as exc:
            # PageParseError, FactsheetParseError and ExportParseError are ValueErrors.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            skipped.append(SkippedFile(source, reason))

    unique: list[Record] = []
    duplicates: list[SkippedFile] = []
    first_by_text: dict[str, Record] = {}
    seen_ids: set[str] = set()
    for record in records:
        original = first_by_text.get(record.text_key)
        if original is not None:
            duplicates.append(SkippedFile(record.id, f"same text as {original.id}"))
            continue
        if record.id in seen_ids:
            skipped.append(SkippedFile(record.id, "duplicate id"))
            continue
        first_by_text[record.text_key] = record
        seen_ids.add(record.id)
        unique.append(record)
    return LoadResult(tuple(unique), tuple(skipped), len(files), tuple(duplicates))


__all__ = [
    "ExportParseError",
    "FactsheetParseError",
    "LoadResult",
    "PageParseError",
    "load_archive",
]
