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
from assistant.settings import Settings

TYPE_CHECKING = False
if TYPE_CHECKING:
    from assistant.service import ArchiveAssistant, build_index


def __getattr__(name: str) -> object:
    # The service pulls in the model and store layers, which import assistant.errors: loading it
    # lazily keeps `import embeddings` (or corpus) before `import assistant` free of cycles.
    if name in ("ArchiveAssistant", "build_index"):
        from assistant import service

        return getattr(service, name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")


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
