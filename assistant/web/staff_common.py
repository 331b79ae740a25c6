"""What the staff pages share: uploads (size-limited; the uploaded file's name never becomes a
path), progress bars, date ranges, CSV cells that a spreadsheet won't run, one-off messages."""

from __future__ import annotations

import csv
import io
import math
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

import streamlit as st

from assistant.errors import InputError
from assistant.settings import REPO_ROOT

FLASH = "staff_flash"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Upload(Protocol):
    """The part of Streamlit's ``UploadedFile`` we use."""

    name: str
    size: int

    def getvalue(self) -> bytes: ...


def upload_size_mb(max_bytes: int) -> int:
    """``st.file_uploader``'s limit (whole megabytes), at least as large as ``max_bytes``; the exact
    byte limit is checked again in ``read_upload``."""
    return max(1, math.ceil(max_bytes / (1024 * 1024)))


def read_upload(upload: Upload, max_bytes: int, suffixes: Sequence[str]) -> tuple[bytes, str]:
    """The upload's bytes and its (lower-case, allowed) suffix. Only the suffix of the name is read,
    and only to pick one of ``suffixes``; ``InputError`` for another type or a file over the limit."""
    suffix = Path(str(upload.name or "")).suffix.lower()
    if suffix not in suffixes:
        raise InputError(f"unsupported file type {suffix or '(none)'!r}; use {', '.join(suffixes)}")
    if int(upload.size) > max_bytes:
        raise InputError(f"the file is too large ({int(upload.size):,} bytes; the limit is {max_bytes:,})")
    data = upload.getvalue()
    if len(data) > max_bytes:
        raise InputError(f"the file is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    return data, suffix


@contextmanager
def as_temp_file(data: bytes, stem: str, suffix: str) -> Iterator[Path]:
    """``data`` in a fresh temporary folder as ``<stem><suffix>`` (names we choose), for readers
    that take a path; the folder is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="staff-upload-") as folder:
        path = Path(folder) / f"{stem}{suffix}"
        path.write_bytes(data)
        yield path


def progress_bar(noun: str) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A Streamlit progress bar: ``update(done, total)`` and ``close()``."""
    bar = st.progress(0.0, text=f"0 {noun}")

    def update(done: int, total: int) -> None:
        share = done / total if total else 1.0
        bar.progress(min(1.0, max(0.0, share)), text=f"{done:,} of {total:,} {noun}")

    def close() -> None:
        bar.empty()

    return update, close


def date_range(label: str, key: str, days: int = 30) -> tuple[date, date]:
    """A 'from – to' date picker (default: the last ``days`` days); a half-picked range counts as
    one day."""
    today = date.today()
    value = st.date_input(label, value=(today - timedelta(days=days - 1), today), max_value=today, key=key)
    if isinstance(value, date):
        return value, value
    picked = [d for d in (value or ()) if isinstance(d, date)]
    if not picked:
        return today - timedelta(days=days - 1), today
    return picked[0], picked[-1]


def columns_of(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> dict[str, list[Any]]:
    """Rows as a column-ordered mapping (what ``st.dataframe`` and the charts take)."""
    return {column: [row.get(column) for row in rows] for column in columns}


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], **options: Any) -> None:
    """``rows`` as a read-only table (text is shown as text, never as Markdown or HTML)."""
    st.dataframe(columns_of(rows, columns), hide_index=True, **options)


LABEL_LIMIT = 360  # pixels of a bar's label before Vega-Lite cuts it short
BAR_HEIGHT = 28  # pixels per bar, so every label has room


def ranked_bars(labels: Sequence[str], values: Sequence[int], *, label: str, value: str) -> None:
    """Horizontal bars, biggest first, with room for long labels (page titles, categories)."""
    import altair as alt

    rows = [{label: name, value: count} for name, count in zip(labels, values, strict=True)]
    chart = (
        alt.Chart({"values": rows})
        .mark_bar()
        .encode(
            x=alt.X(f"{value}:Q", title=value, axis=alt.Axis(tickMinStep=1)),
            y=alt.Y(
                f"{label}:N", sort="-x", title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT, labelOverlap=False)
            ),
            tooltip=[alt.Tooltip(f"{label}:N"), alt.Tooltip(f"{value}:Q")],
        )
        .properties(height=max(60, BAR_HEIGHT * len(rows)))
    )
    st.altair_chart(chart)


def stacked_bars(
    rows: Sequence[Mapping[str, Any]], *, label: str, series: Mapping[str, str], value: str
) -> None:
    """Horizontal stacked bars: one bar per ``label``, one segment per key of ``series`` (its
    colour the value), in the order given."""
    import altair as alt

    long = [{label: row[label], "status": name, value: row.get(name, 0)} for row in rows for name in series]
    order = [str(row[label]) for row in rows]
    chart = (
        alt.Chart({"values": long})
        .mark_bar()
        .encode(
            x=alt.X(f"{value}:Q", title=value, stack="zero", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y(
                f"{label}:N",
                sort=order,
                title=None,
                axis=alt.Axis(labelLimit=LABEL_LIMIT, labelOverlap=False),
            ),
            color=alt.Color(
                "status:N",
                title=None,
                scale=alt.Scale(domain=list(series), range=list(series.values())),
                sort=list(series),
                legend=alt.Legend(orient="bottom"),
            ),
            order=alt.Order("order:Q"),
            tooltip=[alt.Tooltip(f"{label}:N"), alt.Tooltip("status:N"), alt.Tooltip(f"{value}:Q")],
        )
        .transform_calculate(order=f"indexof({list(series)!r}, datum.status)")
        .properties(height=max(60, BAR_HEIGHT * len(order)))
    )
    st.altair_chart(chart)


def cell(value: object) -> str:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(_flat(row.get(column))) for column in columns])
    return out.getvalue()


def _flat(value: object) -> object:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


def flash(message: str) -> None:
    """A success message for the next run (after ``st.rerun``)."""
    st.session_state[FLASH] = message


def show_flash() -> None:
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(str(message), icon=":material/check_circle:")


def shipped_sets() -> list[str]:
    """The evaluation sets that ship with the project, repo-relative (eval/*.jsonl, eval/test/*.jsonl)."""
    found = sorted((REPO_ROOT / "eval").glob("*.jsonl")) + sorted(
        (REPO_ROOT / "eval" / "test").glob("*.jsonl")
    )
    return [p.relative_to(REPO_ROOT).as_posix() for p in found]


def one_line(text: str | None, limit: int = 160) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
