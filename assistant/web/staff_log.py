"""Staff: the query log as charts (questions per day, the decision mix, thumbs up and down, the most
cited pages and categories), the entries, and deleting them (older than N days, or one by id)."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date, timedelta

import streamlit as st

from assistant.answers import DECISIONS
from assistant.errors import AssistantError
from assistant.query_log import FEEDBACK_DOWN, FEEDBACK_UP, LogEntry, QueryLog
from assistant.settings import Settings
from assistant.web.common import error_text, get_assistant, get_query_log, load_settings
from assistant.web.staff_common import date_range, flash, one_line, ranked_bars, show_flash, table

logger = logging.getLogger("assistant.web.staff")

DAYS = "log_days"
RETENTION = "log_retention"
CONFIRM_PURGE = "log_confirm_purge"
PURGE = "log_purge"
ENTRY_ID = "log_entry_id"
DELETE = "log_delete"
TOP = 10
DECISION_COLOURS = ("#2e7d32", "#f9a825", "#c62828")  # answer, ask_expert, emergency


def _pages(settings: Settings) -> dict[str, tuple[str, str]]:
    """source -> (title, category) for every page in the index; empty if it can't be read."""
    try:
        passages = get_assistant(settings).store.all_passages()
    except AssistantError as exc:
        logger.warning("query log page: no page titles: %s", exc)
        return {}
    out: dict[str, tuple[str, str]] = {}
    for p in passages:
        if p.source not in out:
            out[p.source] = (str(p.record.get("title") or p.source), str(p.record.get("category") or ""))
    return out


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "–"


def render() -> None:
    settings = load_settings()
    log = get_query_log(settings)
    st.title("Query log")
    st.caption(
        "What patients asked in the chat and what they were shown. Entries older than "
        f"{settings.log_retention_days} days are deleted when the app starts, then hourly as "
        "questions come in (ASSISTANT_LOG_RETENTION_DAYS)."
    )
    show_flash()
    since, until = date_range("Asked between", DAYS)
    entries = log.entries(since, until)
    _summary(entries)
    if entries:
        _charts(entries, since, until, settings)
        _entries(entries)
    else:
        st.info("No questions were logged on these days.")
    _retention(log, settings)
    _delete_one(log)


def _summary(entries: list[LogEntry]) -> None:
    n = len(entries)
    decisions = Counter(e.decision for e in entries)
    rated = [e.feedback for e in entries if e.feedback is not None]
    up = sum(1 for f in rated if f == FEEDBACK_UP)
    columns = st.columns(5)
    columns[0].metric("Questions", n)
    columns[1].metric("Answered", _share(decisions["answer"], n))
    columns[2].metric("To an expert", _share(decisions["ask_expert"], n))
    columns[3].metric("Emergencies", decisions["emergency"])
    columns[4].metric("Thumbs up", _share(up, len(rated)), help=f"of {len(rated)} rated answers")


def _charts(entries: list[LogEntry], since: date, until: date, settings: Settings) -> None:
    days = [since + timedelta(days=n) for n in range((until - since).days + 1)]
    counts = Counter((e.asked_at.date(), e.decision) for e in entries)
    per_day: dict[str, list[object]] = {"day": [d.isoformat() for d in days]}
    for decision in DECISIONS:
        per_day[decision] = [counts[(d, decision)] for d in days]
    st.subheader("Questions per day")
    st.bar_chart(
        per_day, x="day", y=list(DECISIONS), x_label="day", y_label="questions", color=list(DECISION_COLOURS)
    )

    left, right = st.columns(2)
    with left:
        st.subheader("Decisions")
        mix = Counter(e.decision for e in entries)
        st.bar_chart(
            {"decision": list(DECISIONS), "questions": [mix[d] for d in DECISIONS]},
            x="decision",
            y="questions",
        )
    with right:
        st.subheader("Thumbs up and down")
        ratings = Counter(
            "up" if e.feedback == FEEDBACK_UP else "down" if e.feedback == FEEDBACK_DOWN else "not rated"
            for e in entries
        )
        order = ["up", "down", "not rated"]
        st.bar_chart(
            {"rating": order, "answers": [ratings[r] for r in order]}, x="rating", y="answers", sort=False
        )

    pages = _pages(settings)
    cited = Counter(source for e in entries for source in e.sources)
    if cited:
        st.subheader("Most cited pages")
        top = cited.most_common(TOP)
        ranked_bars(
            [_page_label(s, pages) for s, _ in top], [c for _, c in top], label="page", value="citations"
        )
        categories = Counter(
            pages.get(s, ("", "(unknown)"))[1] or "(none)" for e in entries for s in e.sources[:1]
        )
        st.subheader("Topics asked about most")
        st.caption("The category of each question's first citation.")
        top_categories = categories.most_common(TOP)
        ranked_bars(
            [c for c, _ in top_categories],
            [n for _, n in top_categories],
            label="category",
            value="questions",
        )


def _page_label(source: str, pages: dict[str, tuple[str, str]]) -> str:
    """A page's title (its source if unknown), with the file name when titles repeat."""
    title = pages.get(source, (source, ""))[0]
    twins = sum(1 for t, _ in pages.values() if t == title)
    return one_line(title, 70) + (f" ({source.rsplit('/', 1)[-1]})" if twins > 1 else "")


def _rating(value: int | None) -> str:
    return "up" if value == FEEDBACK_UP else "down" if value == FEEDBACK_DOWN else ""


def _entries(entries: list[LogEntry]) -> None:
    st.subheader("Entries")
    table(
        [
            {
                "id": e.id,
                "asked (UTC)": e.asked_at.strftime("%Y-%m-%d %H:%M"),
                "question": e.question,
                "decision": e.decision,
                "safety": e.safety,
                "score": e.top_score,
                "rating": _rating(e.feedback),
                "first source": e.sources[0] if e.sources else "",
            }
            for e in reversed(entries)
        ],
        ["id", "asked (UTC)", "question", "decision", "safety", "score", "rating", "first source"],
        column_config={"score": st.column_config.NumberColumn(format="%.2f")},
    )


def _retention(log: QueryLog, settings: Settings) -> None:
    st.subheader("Retention")
    days = st.number_input(
        "Delete entries older than (days)",
        min_value=0,
        max_value=36500,
        value=int(settings.log_retention_days),
        step=1,
        key=RETENTION,
    )
    confirm = st.checkbox("Yes, delete them for good", key=CONFIRM_PURGE)
    st.button(
        "Delete old entries",
        key=PURGE,
        disabled=not confirm,
        icon=":material/delete_sweep:",
        on_click=_purge,
        args=(log, int(days)),
    )
    _show_error(PURGE)


def _purge(log: QueryLog, days: int) -> None:
    try:
        removed = log.purge_older_than(days)
    except AssistantError as exc:
        st.session_state[_error_key(PURGE)] = error_text(exc)
        return
    flash(f"Deleted {removed} entr{'y' if removed == 1 else 'ies'} older than {days} days.")
    st.session_state[CONFIRM_PURGE] = False


def _delete_one(log: QueryLog) -> None:
    st.subheader("Delete one entry")
    st.caption(
        "For example when a patient asks for their question to be removed. Find its id in the entries above."
    )
    entry_id = st.number_input("Entry id", min_value=1, value=None, step=1, key=ENTRY_ID)
    _show_error(DELETE)
    if entry_id is None:
        return
    entry = log.get(int(entry_id))
    if entry is None:
        st.warning(f"There is no entry {int(entry_id)}.")
        return
    st.text(f"{entry.asked_at:%Y-%m-%d %H:%M} UTC: {one_line(entry.question, 300)}")
    st.button(
        "Delete this entry", key=DELETE, icon=":material/delete:", on_click=_delete, args=(log, entry.id)
    )


def _delete(log: QueryLog, entry_id: int) -> None:
    try:
        deleted = log.delete(entry_id)
    except AssistantError as exc:
        st.session_state[_error_key(DELETE)] = error_text(exc)
        return
    flash(f"Entry {entry_id} deleted." if deleted else f"Entry {entry_id} was already gone.")
    st.session_state[ENTRY_ID] = None


def _error_key(action: str) -> str:
    return f"{action}_error"


def _show_error(action: str) -> None:
    message = st.session_state.pop(_error_key(action), None)
    if message:
        st.error(str(message))
