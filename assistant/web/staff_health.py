"""Staff: the archive's health (``assistant.archive_health``): near-duplicate answers, answers no
question retrieves (checked with the logged and the evaluation questions), competing pages, the
oldest answers, and conditions without a factsheet."""

from __future__ import annotations

import logging

import streamlit as st

from assistant.archive_health import HealthReport, archive_health
from assistant.errors import InputError
from assistant.render import escape_markdown
from assistant.settings import REPO_ROOT, Settings
from assistant.web.common import get_assistant, get_query_log, load_settings
from assistant.web.staff_common import one_line, progress_bar, shipped_sets, table

logger = logging.getLogger("assistant.web.staff")

REPORT = "health_report"
USE_LOG = "health_use_log"
USE_EVAL = "health_use_eval"
RUN = "health_run"


def logged_questions(settings: Settings) -> list[str]:
    """Every question in the query log (within retention), each once."""
    seen: dict[str, str] = {}
    for entry in get_query_log(settings).entries():
        seen.setdefault(" ".join(entry.question.casefold().split()), entry.question)
    return list(seen.values())


def evaluation_questions() -> list[str]:
    """The questions of the shipped evaluation sets, each once (a set that can't be read is
    skipped)."""
    from eval.sets import load_set

    seen: dict[str, str] = {}
    for name in shipped_sets():
        try:
            items = load_set(REPO_ROOT / name)
        except InputError as exc:
            logger.warning("archive health: skipped %s: %s", name, exc)
            continue
        for item in items:
            seen.setdefault(" ".join(item.question.casefold().split()), item.question)
    return list(seen.values())


def render() -> None:
    settings = load_settings()
    st.title("Archive health")
    st.caption("What to merge, prune, refresh or write: read from the index the assistant answers from.")
    logged = logged_questions(settings)
    evaluation = evaluation_questions()
    use_log = st.checkbox(f"Check with the logged questions ({len(logged):,})", value=True, key=USE_LOG)
    use_eval = st.checkbox(
        f"Check with the evaluation questions ({len(evaluation):,})", value=True, key=USE_EVAL
    )
    questions = (logged if use_log else []) + (evaluation if use_eval else [])
    st.caption(
        "The questions find answers that are never retrieved and pages that compete for the same "
        "questions; the other checks need none."
    )
    if st.button("Check the archive", key=RUN, type="primary"):
        bot = get_assistant(settings)
        update, close = progress_bar("questions")
        try:
            report = archive_health(bot, questions, progress=update)
        finally:
            close()
        st.session_state[REPORT] = report
    shown = st.session_state.get(REPORT)
    if isinstance(shown, HealthReport):
        show_report(shown)


def _table(rows: list[dict[str, object]], columns: list[str]) -> None:
    table(rows, columns)


def show_report(report: HealthReport) -> None:
    columns = st.columns(4)
    columns[0].metric("Expert answers", report.answers)
    columns[1].metric("Factsheets", report.factsheets)
    columns[2].metric("Questions checked", report.questions_checked)
    columns[3].metric("Near-duplicates", len(report.near_duplicates))
    st.caption(f"Checked on {report.today.isoformat()}.")

    st.subheader(f"Near-duplicate answers ({len(report.near_duplicates)})")
    st.caption("Answers on different pages that say the same thing: merge them, or tell them apart.")
    if report.near_duplicates:
        _table(
            [
                {
                    "similarity": p.similarity,
                    "first": p.first.title,
                    "second": p.second.title,
                    "first source": p.first.source,
                    "second source": p.second.source,
                }
                for p in report.near_duplicates
            ],
            ["similarity", "first", "second", "first source", "second source"],
        )
    else:
        st.write("None.")

    st.subheader(f"Answers never retrieved ({len(report.never_retrieved)})")
    if not report.questions_checked:
        st.info("No questions were checked: tick at least one source of questions above.")
    elif report.never_retrieved:
        st.caption("No checked question brought these into the top 3: are they findable, still needed?")
        _table(
            [
                {"title": r.title, "category": r.category, "date": r.date or "", "source": r.source}
                for r in report.never_retrieved
            ],
            ["title", "category", "date", "source"],
        )
    else:
        st.write("Every answer was retrieved by at least one question.")

    st.subheader(f"Competing pages ({len(report.competing)})")
    st.caption(
        "Pairs that come top two within a whisker for the same questions: which one a patient sees is a toss-up."
    )
    if report.competing:
        _table(
            [
                {
                    "questions": p.count,
                    "first": p.first.title,
                    "second": p.second.title,
                    "for example": one_line(p.questions[0], 200) if p.questions else "",
                    "first source": p.first.source,
                    "second source": p.second.source,
                }
                for p in report.competing
            ],
            ["questions", "first", "second", "for example", "first source", "second source"],
        )
    else:
        st.write("None.")

    st.subheader("Oldest answers")
    if report.oldest:
        _table(
            [
                {
                    "date": a.date.isoformat(),
                    "age (years)": round(a.age_days / 365.25, 1),
                    "title": a.record.title,
                    "category": a.record.category,
                    "source": a.record.source,
                }
                for a in report.oldest
            ],
            ["date", "age (years)", "title", "category", "source"],
        )
    else:
        st.write("No dated answers.")
    if report.undated:
        st.caption(f"{report.undated} answers have no date.")

    total = sum(g.size for g in report.missing_factsheets)
    st.subheader(f"Conditions without a factsheet ({total} pages)")
    st.caption("Answers whose question no factsheet section is close to, by category.")
    if not report.missing_factsheets:
        st.write("None.")
    for gap in report.missing_factsheets:
        noun = "page" if gap.size == 1 else "pages"
        with st.expander(f"{escape_markdown(gap.category)} ({gap.size} {noun})"):
            _table(
                [
                    {
                        "title": p.record.title,
                        "nearest factsheet": (p.nearest.section or p.nearest.title) if p.nearest else "",
                        "similarity": p.similarity,
                        "source": p.record.source,
                    }
                    for p in gap.pages
                ],
                ["title", "nearest factsheet", "similarity", "source"],
            )
