"""What the Streamlit pages share: settings, the cached assistant, the query log and expert queue,
and turning errors into messages (``AssistantError`` -> ``st.error(str(exc))``; anything else ->
a generic message, with the traceback only in the server log)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from assistant.errors import AssistantError, ConfigError
from assistant.query_log import QueryLog
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.expert_queue import ExpertQueue
    from assistant.service import ArchiveAssistant
    from embeddings.model import MiniLMEmbeddings

logger = logging.getLogger("assistant.web")

LOADING_MESSAGE = "Loading the archive…"
GENERIC_ERROR = (
    "Sorry, something went wrong on our side. Please try again in a moment. "
    "If you are worried about your health, call NHS 111 (or 999 in an emergency)."
)


def load_settings() -> Settings:
    """Settings from the ``ASSISTANT_*`` environment; a bad value becomes a ``ConfigError``."""
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "settings"
        raise ConfigError(
            f"bad setting {where}: {first['msg']} (check ASSISTANT_* variables and .env)"
        ) from None


# Settings the loaded assistant does not depend on: changing them needs no reload.
_NOT_ASSISTANT = frozenset(
    {"data_dir", "staff_password_hash", "upload_max_bytes", "log_retention_days", "queue_retention_days"}
)


def _assistant_key(settings: Settings) -> str:
    return settings.model_dump_json(exclude=set(_NOT_ASSISTANT))


@st.cache_resource(show_spinner=False)
def _model(model_path: str | None) -> MiniLMEmbeddings:
    from embeddings.model import MiniLMEmbeddings

    return MiniLMEmbeddings(Path(model_path) if model_path else None)


@st.cache_resource(show_spinner=LOADING_MESSAGE, hash_funcs={Settings: _assistant_key})
def _assistant(settings: Settings) -> ArchiveAssistant:
    from assistant.service import ArchiveAssistant

    model_path = str(settings.model_path) if settings.model_path else None
    return ArchiveAssistant.from_settings(settings, embedder=_model(model_path))


def get_assistant(settings: Settings) -> ArchiveAssistant:
    """The assistant for these settings, loaded once per process (model, store, index if empty).

    Pages take data paths (queue, query log) from ``load_settings()``, never from ``bot.settings``:
    the cached assistant is shared by settings that differ only in ``_NOT_ASSISTANT``."""
    return _assistant(settings)


@st.cache_resource(show_spinner=False)
def _query_log(db_path: str, retention_days: int) -> QueryLog:
    return QueryLog(db_path, retention_days=retention_days)


def get_query_log(settings: Settings) -> QueryLog:
    """The shared query log. Entries older than ``log_retention_days`` are purged when a process
    first opens it, then at most once an hour as questions are logged."""
    return _query_log(str(settings.query_log_db), settings.log_retention_days)


@st.cache_resource(show_spinner=False)
def _expert_queue(db_path: str, retention_days: int) -> ExpertQueue:
    from assistant.expert_queue import ExpertQueue

    return ExpertQueue(Path(db_path), retention_days=retention_days)


def get_expert_queue(settings: Settings) -> ExpertQueue:
    """The shared expert queue. Questions answered or dismissed more than ``queue_retention_days``
    ago are deleted when a process first opens it, then at most once an hour as questions arrive."""
    return _expert_queue(str(settings.queue_db), settings.queue_retention_days)


def error_text(exc: AssistantError) -> str:
    text = str(exc).strip() or "something went wrong"
    return text[:1].upper() + text[1:]


def show_error(exc: AssistantError) -> None:
    st.error(error_text(exc))


@contextmanager
def shown_errors() -> Iterator[None]:
    """Run page code: an ``AssistantError`` becomes ``st.error(str(exc))``; anything else a generic
    message (logged with its traceback on the server, never shown)."""
    try:
        yield
    except AssistantError as exc:
        show_error(exc)
    except Exception:
        logger.exception("unexpected error in the app")
        st.error(GENERIC_ERROR)


# Our own static CSS (never patient or archive text): on a phone, the assistant's replies use the
# full width, with the avatar above rather than beside them.
_STYLE = """
<style>
@media (max-width: 640px) {
  [data-testid="stChatMessage"]:has(> [aria-label="Chat message from assistant"]) {
    flex-direction: column;
    gap: 0.4rem;
  }
  [data-testid="stChatMessage"] { padding-left: 0.25rem; padding-right: 0.25rem; }
}
</style>
"""


def apply_style() -> None:
    st.html(_STYLE)
