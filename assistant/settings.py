"""One ``Settings`` object, read from ``ASSISTANT_*`` environment variables and ``.env``, passed down.

Nothing below this module reads the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent

RetrieverName = Literal["hybrid", "dense", "bm25"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    corpus_dirs: list[Path] = Field(
        default_factory=lambda: [REPO_ROOT / "corpus" / "archive"],
        description="Folders (or files) holding archive pages, factsheets and structured exports.",
    )
    repo_root: Path = Field(default=REPO_ROOT, description="Record sources are paths relative to this.")
    chroma_dir: Path = Field(default=REPO_ROOT / "embeddings" / "store" / "chroma")
    chroma_host: str | None = Field(default=None, description="Use a `chroma run` server instead.")
    chroma_port: int = 8000
    collection: str = "archive"
    embedding_cache: Path = Field(default=REPO_ROOT / "embeddings" / "store" / "embedding-cache.sqlite")
    model_path: Path | None = Field(default=None, description="Sentence-transformers model folder.")
    data_dir: Path = Field(default=REPO_ROOT / "data", description="Expert queue and query log.")
    retriever: RetrieverName = "hybrid"
    top_k: int = Field(default=3, ge=1, le=20)
    # Calibrated on the development sets (docs/retrieval.md); never on the held-out split.
    novelty_threshold: float = 0.45
    learned_evidence: bool = Field(
        default=True,
        description="Score citations with the learned evidence head (assistant/evidence_head.json) when it "
        "was fitted on the embedding model in use; false: the fixed formula.",
    )
    max_question_chars: int = 2000
    expert_answers: Path = Field(
        default=REPO_ROOT / "corpus" / "archive" / "expert-answers" / "answers.jsonl",
        description="Where answers written in the staff queue become archive records (JSONL export).",
    )
    staff_password_hash: str | None = Field(default=None, description="argon2 hash of the staff password.")
    login_max_failures: int = 5
    login_lockout_seconds: int = 300
    upload_max_bytes: int = 2_000_000
    log_retention_days: int = Field(
        default=90, ge=0, description="Days a question stays in the query log (0: purge everything)."
    )
    queue_retention_days: int = Field(
        default=365,
        ge=0,
        description="Days an answered or dismissed expert-queue question (with its contact details) is "
        "kept after it was closed; 0 keeps them until deleted by hand. Open questions are never purged.",
    )

    @model_validator(mode="after")
    def _reject_conflicts(self) -> Self:
        if self.chroma_host and "chroma_dir" in self.model_fields_set:
            raise ConfigError(
                "conflicting settings: chroma_host and chroma_dir; a Chroma server keeps its own data, "
                "so set only one of them"
            )
        if not self.corpus_dirs:
            raise ConfigError("corpus_dirs is empty: name at least one archive folder")
        return self

    @property
    def queue_db(self) -> Path:
        return self.data_dir / "expert-queue.sqlite"

    @property
    def query_log_db(self) -> Path:
        return self.data_dir / "query-log.sqlite"

    def relative_source(self, path: Path) -> str:
        """A record's ``source``: its path relative to the repo root (posix), or absolute if outside."""
        resolved = path.resolve()
        try:
            return resolved.relative_to(self.repo_root.resolve()).as_posix()
        except ValueError:
            return resolved.as_posix()
