"""Reading the learned heads' weight files (``safety_head.json``, ``evidence_head.json``): readable
JSON, and every problem a ``ConfigError`` naming the file and the field."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError


def read_head_file(path: Path, what: str) -> dict[str, Any]:
    """The JSON object in ``path``; ``what`` names the head in errors ("safety head")."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{what} {path} can't be read: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{what} {path}: expected a JSON object")
    return data


def head_number(value: object, what: str, where: str) -> float:
    """A finite number from a head file (not a bool, which JSON would let through as 0 or 1)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ConfigError(f"{what}: {where} must be a number")
    return float(value)
