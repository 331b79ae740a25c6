"""Staff sign-in without Streamlit: argon2 hashing and checking, the failed-login limiter, and the
`assistant staff-password` command."""

from __future__ import annotations

import argparse
import io

import pytest

from assistant.errors import InputError
from assistant.web.staff_auth import (
    LoginLimiter,
    hash_fingerprint,
    hash_password,
    is_password_hash,
    register,
    run_command,
    verify_password,
)

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password(PASSWORD)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hash_is_argon2id_and_salted(stored: str) -> None:
    assert stored.startswith("$argon2id$")
    assert is_password_hash(stored)
    assert PASSWORD not in stored
    assert hash_password(PASSWORD) != stored  # a fresh salt each time


def test_right_password_verifies(stored: str) -> None:
    assert verify_password(stored, PASSWORD)


@pytest.mark.parametrize(
    "attempt", ["", "correct horse battery stapl", PASSWORD.upper(), PASSWORD + " ", "x" * 5000]
)
def test_wrong_password_fails(stored: str, attempt: str) -> None:
    assert not verify_password(stored, attempt)


@pytest.mark.parametrize(
    "configured", [PASSWORD, "", None, "$argon2id$nonsense", "$2b$12$abcdefghijklmnopqrstuv"]
)
def test_a_plain_password_or_malformed_hash_never_signs_in(configured: str | None) -> None:
    assert not is_password_hash(configured)
    assert not verify_password(configured, PASSWORD)
    if configured:
        assert not verify_password(configured, configured)  # not even its own text


def test_tampered_hash_fails(stored: str) -> None:
    head, digest = stored.rsplit("$", 1)
    flipped = ("A" if digest[0] != "A" else "B") + digest[1:]
    assert not verify_password(f"{head}${flipped}", PASSWORD)


def test_short_passwords_are_refused() -> None:
    with pytest.raises(InputError, match="at least 12"):
        hash_password("short")


def test_fingerprint_follows_the_hash(stored: str) -> None:
    assert hash_fingerprint(stored) == hash_fingerprint(stored)
    assert hash_fingerprint(stored) != hash_fingerprint(hash_password(PASSWORD))


def test_limiter_locks_after_n_failures_and_unlocks_after_the_lockout() -> None:
    clock = Clock()
    limiter = LoginLimiter(3, window_seconds=300, lockout_seconds=300, clock=clock)
    assert limiter.failure("a") == 0
    assert limiter.failure("a") == 0
    assert limiter.retry_after("a") == 0
    assert limiter.failure("a") == 300  # the third failure locks
    clock.now += 100
    assert limiter.retry_after("a") == pytest.approx(200)
    assert limiter.failure("a") == pytest.approx(200)  # tries while locked don't extend it
    assert limiter.retry_after("b") == 0  # another client is not affected
    clock.now += 200
    assert limiter.retry_after("a") == 0
    assert limiter.failures("a") == 0  # a fresh count after the lock
    assert limiter.failure("a") == 0


def test_failures_outside_the_window_are_forgotten() -> None:
    clock = Clock()
    limiter = LoginLimiter(3, window_seconds=60, lockout_seconds=600, clock=clock)
    limiter.failure("a")
    limiter.failure("a")
    clock.now += 61
    assert limiter.failures("a") == 0
    assert limiter.failure("a") == 0
    assert limiter.failure("a") == 0
    assert limiter.failure("a") == 600


def test_success_clears_the_count() -> None:
    limiter = LoginLimiter(2, window_seconds=60, clock=Clock())
    limiter.failure("a")
    limiter.success("a")
    assert limiter.failure("a") == 0


def test_limiter_refuses_nonsense_limits() -> None:
    with pytest.raises(ValueError):
        LoginLimiter(0, 60)
    with pytest.raises(ValueError):
        LoginLimiter(3, 0)


def test_cli_prints_a_hash_that_verifies(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser(prog="assistant")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["staff-password", "--stdin"])
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert args.handler(args, None) == 0
    out, err = capsys.readouterr()
    printed = out.strip()
    assert verify_password(printed, PASSWORD)
    assert PASSWORD not in out + err
    assert "ASSISTANT_STAFF_PASSWORD_HASH" in err


def test_cli_prompts_twice_and_refuses_a_mismatch(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([PASSWORD, PASSWORD + "!"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(InputError, match="differ"):
        run_command(argparse.Namespace(stdin=False), None)


def test_cli_refuses_a_short_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    with pytest.raises(InputError, match="too short"):
        run_command(argparse.Namespace(stdin=True), None)
