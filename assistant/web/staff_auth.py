"""Staff sign-in, without Streamlit: argon2 password checks, a failed-login limiter, and the
``assistant staff-password`` command that makes the hash to configure.

Only an argon2 hash of the staff password is ever configured (``ASSISTANT_STAFF_PASSWORD_HASH`` or
``staff_password_hash`` in ``.streamlit/secrets.toml``); a value that is not an argon2 hash never
signs anyone in, so a plain password put there by mistake is useless rather than accepted.

The limiter counts failed sign-ins per client key (the Streamlit page uses the client's address):
``max_failures`` failures within ``window_seconds`` lock the key for ``lockout_seconds``. It lives
in the server process, not in the browser session, so reloading the page doesn't reset it; it keeps
no personal data on disk."""

from __future__ import annotations

import argparse
import getpass
import hashlib
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.settings import Settings

HASH_PREFIXES: Final = ("$argon2id$", "$argon2i$", "$argon2d$")
MIN_PASSWORD_CHARS: Final = 12
MAX_PASSWORD_CHARS: Final = 1024
MAX_TRACKED_KEYS: Final = 10_000  # bound the limiter's memory under a flood of client keys
ENV_VAR: Final = "ASSISTANT_STAFF_PASSWORD_HASH"

Clock = Callable[[], float]


def is_password_hash(value: str | None) -> bool:
    """True if ``value`` is a well-formed argon2 hash (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``)."""
    if not value or not value.startswith(HASH_PREFIXES):
        return False
    try:
        extract_parameters(value)
    except (InvalidHashError, ValueError):
        return False
    return True


def hash_password(password: str) -> str:
    """The argon2id hash of ``password`` (argon2-cffi's defaults: random salt, RFC 9106 low-memory
    profile). ``InputError`` for a password that is too short or too long."""
    check_new_password(password)
    return PasswordHasher().hash(password)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise InputError(f"the password is too short: use at least {MIN_PASSWORD_CHARS} characters")
    if len(password) > MAX_PASSWORD_CHARS:
        raise InputError(f"the password is too long: use at most {MAX_PASSWORD_CHARS} characters")


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True only if ``stored_hash`` is an argon2 hash and ``password`` matches it.

    Never raises for bad input: a missing or malformed hash (a plain password, say), an empty or
    over-long password all give False."""
    if not password or len(password) > MAX_PASSWORD_CHARS or not is_password_hash(stored_hash):
        return False
    assert stored_hash is not None
    try:
        return PasswordHasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def hash_fingerprint(stored_hash: str) -> str:
    """A short digest of the configured hash. A signed-in session keeps it, so changing the staff
    password signs every session out."""
    return hashlib.sha256(stored_hash.encode("utf-8")).hexdigest()[:32]


class LoginLimiter:
    """Failed sign-ins per key: ``max_failures`` within ``window_seconds`` lock the key for
    ``lockout_seconds`` (default: the window). A success clears the key. Thread-safe; ``clock``
    (seconds, monotonic) is injectable for tests."""

    def __init__(
        self,
        max_failures: int,
        window_seconds: float,
        lockout_seconds: float | None = None,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        if max_failures < 1:
            raise ValueError("max_failures must be at least 1")
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        self.max_failures = max_failures
        self.window = float(window_seconds)
        self.lockout = float(window_seconds if lockout_seconds is None else lockout_seconds)
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}

    def retry_after(self, key: str) -> float:
        """Seconds until ``key`` may try again; 0 if it is not locked."""
        with self._lock:
            return self._retry_after(key, self._clock())

    def failure(self, key: str) -> float:
        """Count a failed sign-in; returns ``retry_after`` (positive once the key is locked)."""
        with self._lock:
            now = self._clock()
            waiting = self._retry_after(key, now)
            if waiting > 0:
                return waiting
            recent = self._failures.setdefault(key, deque())
            self._forget_old(recent, now)
            recent.append(now)
            if len(recent) >= self.max_failures:
                del self._failures[key]
                self._locked_until[key] = now + self.lockout
                return self.lockout
            self._bound(now)
            return 0.0

    def success(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
            self._locked_until.pop(key, None)

    def failures(self, key: str) -> int:
        """Failed attempts counted for ``key`` in the current window (0 while locked)."""
        with self._lock:
            recent = self._failures.get(key)
            if not recent:
                return 0
            self._forget_old(recent, self._clock())
            return len(recent)

    def _retry_after(self, key: str, now: float) -> float:
        until = self._locked_until.get(key)
        if until is None:
            return 0.0
        if now >= until:
            del self._locked_until[key]
            return 0.0
        return until - now

    def _forget_old(self, recent: deque[float], now: float) -> None:
        while recent and now - recent[0] >= self.window:
            recent.popleft()

    def _bound(self, now: float) -> None:
        if len(self._failures) + len(self._locked_until) <= MAX_TRACKED_KEYS:
            return
        for key in list(self._failures):
            self._forget_old(self._failures[key], now)
            if not self._failures[key]:
                del self._failures[key]
        for key in [k for k, until in self._locked_until.items() if now >= until]:
            del self._locked_until[key]
        while len(self._failures) > MAX_TRACKED_KEYS:  # still flooded: drop the oldest counters
            del self._failures[next(iter(self._failures))]


# --- the `assistant staff-password` command ----------------------------------------------------


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``staff-password`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "staff-password",
        help="make the argon2 hash of a staff password (for ASSISTANT_STAFF_PASSWORD_HASH)",
        description=(
            "Read a new staff password (typed twice, not shown; or one line from stdin with --stdin) and "
            f"print its argon2 hash. Put the hash, never the password, in {ENV_VAR} (in single quotes in "
            "a shell: it contains $ signs) or as staff_password_hash in .streamlit/secrets.toml. "
            f"Passwords need at least {MIN_PASSWORD_CHARS} characters. Exit 2 on a bad password."
        ),
    )
    parser.add_argument(
        "--stdin", action="store_true", help="read the password from the first line of stdin (no prompt)"
    )
    parser.set_defaults(handler=run_command)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    try:
        first = getpass.getpass("New staff password: ")
        second = getpass.getpass("Type it again: ")
    except EOFError:
        raise InputError("no password given (use --stdin to pipe one in)") from None
    if first != second:
        raise InputError("the two passwords differ; nothing was made")
    return first


def run_command(args: argparse.Namespace, settings: Settings | None = None) -> int:
    """Run ``assistant staff-password``: print the hash on stdout, the hint on stderr."""
    password = _read_password(bool(getattr(args, "stdin", False)))
    print(hash_password(password))
    print(
        f"Set {ENV_VAR} to this hash (in single quotes in a shell or .env), then restart the app.",
        file=sys.stderr,
    )
    return 0
