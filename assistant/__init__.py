"""A chat assistant over an archive of acupuncture expert answers.

The public API is small and pinned by ``tests/unit/test_public_api.py``."""

from assistant.answers import Answer, Citation, Decision, SafetyLevel
from assistant.errors import (
    AssistantError,
    ConfigError,
    CorpusError,
    InputError,
    QueueError,
    StoreError,
)
from assistant.service import ArchiveAssistant, build_index
from assistant.settings import Settings

__all__ = [
    "Answer",
    "ArchiveAssistant",
    "AssistantError",
    "Citation",
    "ConfigError",
    "CorpusError",
    "Decision",
    "InputError",
    "QueueError",
    "SafetyLevel",
    "Settings",
    "StoreError",
    "build_index",
]
