"""The project's error hierarchy. Library code raises these; only the edges (CLI, app) turn them
into user messages (CLI: one line on stderr and exit code 2; app: ``st.error``)."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is the one-line message."""


class ConfigError(AssistantError):
    """Settings that can't work together or point at nothing."""


class InputError(AssistantError):
    """A question or input file that can't be used (empty, too long, unreadable, binary)."""


class CorpusError(AssistantError):
    """An archive file or folder that can't be read at all."""


class StoreError(AssistantError):
    """The vector store is missing, corrupt or unreachable."""


class QueueError(AssistantError):
    """A question could not be stored durably in the expert queue."""
