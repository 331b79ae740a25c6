"""CLI exit codes and messages for bad input; these fail before any model is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import main


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", ""], "the question is empty"),
        (["ask", "   \t  "], "the question is empty"),
        (["ask", "\x00\x01\x02"], "the question is empty"),
        (["ask", "x" * 2001], "too long (2,001 characters; the limit is 2,000)"),
        (["ask"], "give a QUESTION or --file"),
        (["ask", "hi", "--file", "q.txt"], "not both"),
        (
            ["ask", "--json", "--file", "/nonexistent/questions.txt"],
            "no such file: /nonexistent/questions.txt",
        ),
    ],
)
def test_bad_input_exit_2_one_line(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("assistant: error: ") and message in err
    assert "Traceback" not in err


def test_folder_and_binary_file_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--file", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    binary = tmp_path / "q.bin"
    binary.write_bytes(b"\x00\xff\x00")
    assert main(["ask", "--file", str(binary)]) == 2
    assert "binary file" in capsys.readouterr().err


def test_bad_setting_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ASSISTANT_TOP_K", "many")
    assert main(["ask", "hello"]) == 2
    err = capsys.readouterr().err
    assert "bad setting top_k" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "command",
    [[], ["index"], ["ask"], ["queue"], ["queue", "mark"], ["eval"], ["coverage"], ["staff-password"]],
)
def test_help_on_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: assistant") and len(out.splitlines()) > 3
