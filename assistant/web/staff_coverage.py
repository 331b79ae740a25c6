"""Staff: which questions the archive answers well, weakly or not at all, and the gaps by topic.

Questions come from a pasted list, an uploaded TXT/CSV file (``assistant.coverage.read_questions``)
or the query log over a date range; each goes through the assistant as a patient's would
(``assess_coverage``)."""

from __future__ import annotations

import json

import streamlit as st

from assistant.coverage import (
    STATUSES,
    CoverageReport,
    assess_coverage,
    coverage_csv,
    coverage_json,
    coverage_markdown,
    read_questions,
)
from assistant.errors import InputError
from assistant.render import escape_markdown
from assistant.settings import Settings
from assistant.web.common import get_assistant, get_query_log, load_settings
from assistant.web.staff_common import (
    as_temp_file,
    date_range,
    one_line,
    progress_bar,
    read_upload,
    stacked_bars,
    table,
    upload_size_mb,
)

REPORT = "coverage_report"
SOURCE = "coverage_source"
PASTED = "coverage_pasted"
UPLOAD = "coverage_upload"
LOG_DAYS = "coverage_log_days"
UNIQUE = "coverage_unique"
MARGIN = "coverage_margin"
RUN = "coverage_run"
SHOWN_STATUSES = "coverage_statuses"

PASTE, FILE, LOG = "Paste questions", "Upload a file", "The query log"
MAX_QUESTIONS = 2000
STATUS_COLOURS = {"covered": "#2e7d32", "weak": "#f9a825", "uncovered": "#c62828", "safety": "#6a1b9a"}
UPLOAD_SUFFIXES = (".txt", ".csv")


def _pasted(max_chars: int) -> list[str]:
    text = st.text_area(
        "Questions, one a line",
        key=PASTED,
        height=200,
        max_chars=max_chars,
        placeholder="Can acupuncture help with hay fever?\nIs it safe during pregnancy?",
    )
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _uploaded(max_bytes: int) -> list[str]:
    upload = st.file_uploader(
        "A .txt file (one question a line) or a .csv file (a 'question' column, else the first)",
        type=["txt", "csv"],
        key=UPLOAD,
        max_upload_size=upload_size_mb(max_bytes),
        help=f"Up to {max_bytes:,} bytes.",
    )
    if upload is None:
        return []
    try:
        data, suffix = read_upload(upload, max_bytes, UPLOAD_SUFFIXES)
        with as_temp_file(data, "questions", suffix) as path:
            return read_questions(path, max_bytes)
    except InputError as exc:
        st.error(f"Can't use that file: {exc}")
        return []


def _logged(settings: Settings) -> list[str]:
    since, until = date_range("Asked between", LOG_DAYS)
    unique = st.checkbox("Each question once", value=True, key=UNIQUE)
    questions = [e.question for e in get_query_log(settings).entries(since, until)]
    if unique:
        seen: dict[str, str] = {}
        for question in questions:
            seen.setdefault(" ".join(question.casefold().split()), question)
        questions = list(seen.values())
    return questions


def render() -> None:
    settings = load_settings()
    st.title("Coverage")
    st.caption(
        "Which questions the archive answers well (covered), only just (weak), not at all (uncovered: "
        "the assistant hands them to an expert), or that the safety check takes over. The uncovered and "
        "weak ones are grouped into topics to write new answers for."
    )
    source = st.radio("Questions from", [PASTE, FILE, LOG], horizontal=True, key=SOURCE)
    if source == PASTE:
        questions = _pasted(settings.upload_max_bytes)
    elif source == FILE:
        questions = _uploaded(settings.upload_max_bytes)
    else:
        questions = _logged(settings)
    if len(questions) > MAX_QUESTIONS:
        st.warning(f"{len(questions):,} questions: only the first {MAX_QUESTIONS:,} are checked.")
        questions = questions[:MAX_QUESTIONS]
    st.caption(f"{len(questions):,} question{'s' if len(questions) != 1 else ''} to check.")
    margin = st.number_input(
        "Weak margin",
        min_value=0.0,
        max_value=0.6,
        value=None,
        step=0.01,
        key=MARGIN,
        placeholder="default for the scoring in use",
        help="Answers scoring less than this above the novelty threshold count as weak. Empty: 0.35 "
        "with the learned evidence score (the default with the bundled model), 0.08 with the formula.",
    )
    if st.button("Check coverage", key=RUN, type="primary", disabled=not questions):
        bot = get_assistant(settings)
        update, close = progress_bar("questions")
        try:
            report = assess_coverage(
                bot, questions, weak_margin=None if margin is None else float(margin), progress=update
            )
        finally:
            close()
        st.session_state[REPORT] = report
    shown = st.session_state.get(REPORT)
    if isinstance(shown, CoverageReport):
        show_report(shown)


def show_report(report: CoverageReport) -> None:
    summary = report.summary
    st.subheader("Summary")
    columns = st.columns(5)
    for column, status in zip(columns, STATUSES, strict=False):
        column.metric(status.capitalize(), summary[status])
    columns[4].metric("Skipped", report.invalid, help="Empty or over-long lines")
    st.caption(
        f"Novelty threshold {report.threshold:.2f}; weak below {report.threshold + report.weak_margin:.2f}."
    )

    if report.by_category:
        st.subheader("By category")
        stacked_bars(
            [
                {"category": c.category, **{status: getattr(c, status) for status in STATUSES}}
                for c in report.by_category
            ],
            label="category",
            series=STATUS_COLOURS,
            value="questions",
        )

    st.subheader(f"Gaps ({len(report.gaps)} topic{'s' if len(report.gaps) != 1 else ''})")
    if not report.gaps:
        st.write("No uncovered or weak questions.")
    for n, gap in enumerate(report.gaps, start=1):
        noun = "question" if gap.size == 1 else "questions"
        label = f"{n}\\. {escape_markdown(one_line(gap.label, 120))} ({gap.size} {noun})"
        with st.expander(label, expanded=n <= 3):
            if gap.terms:
                st.markdown("**Key terms:** " + escape_markdown(", ".join(gap.terms)))
            st.caption(f"{gap.uncovered} uncovered, {gap.weak} weak")
            table([{"question": q} for q in gap.questions], ["question"])

    st.subheader("Every question")
    shown = st.multiselect("Status", list(STATUSES), default=list(STATUSES), key=SHOWN_STATUSES)
    rows = [
        {
            "status": q.status,
            "question": q.question,
            "best source": q.title or "",
            "category": q.category or "",
            "score": q.score,
            "quote": q.quote or "",
            "source": q.source or "",
        }
        for q in report.questions
        if q.status in shown
    ]
    table(
        rows,
        ["status", "question", "best source", "category", "score", "quote", "source"],
        column_config={"score": st.column_config.NumberColumn(format="%.2f")},
    )
    if report.skipped:
        with st.expander(f"Skipped ({len(report.skipped)})"):
            table(
                [{"line": s.index + 1, "reason": s.reason, "text": s.question} for s in report.skipped],
                ["line", "reason", "text"],
            )

    left, middle, right = st.columns(3)
    left.download_button(
        "Download CSV",
        coverage_csv(report),
        file_name="coverage.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
    )
    middle.download_button(
        "Download Markdown",
        coverage_markdown(report),
        file_name="coverage.md",
        mime="text/markdown",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        "Download JSON",
        json.dumps(coverage_json(report), ensure_ascii=False, indent=2) + "\n",
        file_name="coverage.json",
        mime="application/json",
        on_click="ignore",
        icon=":material/download:",
    )
