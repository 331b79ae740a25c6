"""The ``assistant`` command. Errors become one line on stderr and exit code 2 here, and only here."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from assistant.errors import AssistantError, InputError

EXIT_OK = 0
EXIT_SKIPPED = 1  # `index` finished but some files could not be read
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, Any], int]


def _settings(args: argparse.Namespace) -> Any:
    from pydantic import ValidationError

    from assistant.errors import ConfigError
    from assistant.settings import Settings

    overrides: dict[str, Any] = {}
    if getattr(args, "corpus", None):
        overrides["corpus_dirs"] = [Path(p) for p in args.corpus]
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "settings"
        raise ConfigError(
            f"bad setting {where}: {first['msg']} (check ASSISTANT_* variables and .env)"
        ) from None


def _progress() -> tuple[Any, Callable[[], None]]:
    from embeddings.store import tqdm_progress

    return tqdm_progress("embedding")


def _open_assistant(settings: Any) -> Any:
    from assistant.service import ArchiveAssistant

    update, close = _progress()
    try:
        return ArchiveAssistant.from_settings(settings, progress=update)
    finally:
        close()


def cmd_index(args: argparse.Namespace, settings: Any) -> int:
    from assistant.service import build_index, open_store
    from embeddings.model import CachedEmbeddings, MiniLMEmbeddings

    embeddings = CachedEmbeddings(MiniLMEmbeddings(settings.model_path), settings.embedding_cache)
    store = open_store(settings, embeddings, rebuild=args.rebuild)
    update, close = _progress()
    try:
        report = build_index(settings, store, rebuild=args.rebuild, progress=update)
    finally:
        close()
    for skipped in report.load.skipped:
        print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    stats = report.stats
    print(
        f"indexed {report.load.files_read} files in {report.seconds:.1f}s: "
        f"{stats.added} added, {stats.updated} updated, {stats.removed} removed, "
        f"{stats.unchanged} unchanged, {stats.skipped} skipped "
        f"({len(report.load.duplicates)} duplicate texts kept once; store: {store.location})"
    )
    return EXIT_SKIPPED if report.load.skipped else EXIT_OK


def _read_questions(path: str) -> list[str]:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a file of questions") from None
    except OSError as exc:
        raise InputError(f"can't read {path}: {exc.strerror or exc}") from None
    if b"\x00" in data:
        raise InputError(f"{path} is a binary file, not questions one a line")
    text = data.decode("utf-8", errors="replace")
    return text.splitlines()


def _print_answer(answer: Any, out: TextIO) -> None:
    out.write(f"{answer.message}\n")
    out.write(f"[decision: {answer.decision}; safety: {answer.safety}; {answer.reason}]\n")
    if answer.decision == "emergency":
        return
    for n, cite in enumerate(answer.citations, start=1):
        out.write(f"\n{n}. {cite.title} ({cite.category}; score {cite.score:.2f})\n")
        out.write(f"   {cite.url or cite.source}\n")
        out.write(f"   \u201c{cite.quote[:400]}{'…' if len(cite.quote) > 400 else ''}\u201d\n")


def cmd_ask(args: argparse.Namespace, settings: Any) -> int:
    from assistant.text import clean_question

    if args.file is None and args.question is None:
        raise InputError("give a QUESTION or --file QUESTIONS.txt")
    if args.file is not None and args.question is not None:
        raise InputError("give a QUESTION or --file, not both")
    if args.file is None:
        question = clean_question(args.question, settings.max_question_chars)
        bot = _open_assistant(settings)
        answer = bot.ask(question, k=args.k, retriever=args.retriever)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False))
        else:
            _print_answer(answer, sys.stdout)
        return EXIT_OK

    lines = _read_questions(args.file)
    bot = _open_assistant(settings)
    for number, line in enumerate(lines, start=1):
        try:
            answer = bot.ask(line, k=args.k, retriever=args.retriever)
            obj = answer.to_json()
        except InputError as exc:
            obj = {"question": line[:200], "line": number, "error": str(exc)}
        if args.json:
            print(json.dumps(obj, ensure_ascii=False), flush=True)
        elif "error" in obj:
            print(f"line {number}: {obj['error']}\n")
        else:
            print(f"## {answer.question}")
            _print_answer(answer, sys.stdout)
            print()
    return EXIT_OK


def cmd_queue(args: argparse.Namespace, settings: Any) -> int:
    from assistant.expert_queue import ExpertQueue

    queue = ExpertQueue(settings.queue_db)
    if args.queue_command == "list":
        items = queue.list(status=args.status)
        if not items:
            print("the queue is empty" + (f" (status {args.status})" if args.status else ""))
        for item in items:
            text = " ".join(item.question.split())
            print(f"{item.ref}  {item.status:<9}  {item.created_at[:16]}  {text[:80]}")
        return EXIT_OK
    if args.queue_command == "export":
        rows = queue.export_rows()
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            import csv

            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["ref"])
            writer.writeheader()
            writer.writerows(rows)
        return EXIT_OK
    if args.queue_command == "delete":
        queue.delete(args.ref)
        print(f"{args.ref} deleted")
        return EXIT_OK
    if args.queue_command == "purge":
        return _queue_purge(queue, args, settings)
    item = queue.mark(args.ref, args.status, answer=args.answer)
    print(f"{item.ref} marked {item.status}")
    return EXIT_OK


def _queue_purge(queue: Any, args: argparse.Namespace, settings: Any) -> int:
    days = args.days if args.days is not None else settings.queue_retention_days
    if days <= 0:
        print(
            "queue retention is off (ASSISTANT_QUEUE_RETENTION_DAYS=0): nothing deleted; "
            "give --days N to delete questions closed more than N days ago"
        )
        return EXIT_OK
    refs = queue.purge_closed(days, dry_run=args.dry_run)
    for ref in refs:
        print(ref)
    verb = "would delete" if args.dry_run else "deleted"
    noun = "question" if len(refs) == 1 else "questions"
    print(
        f"{verb} {len(refs)} answered or dismissed {noun} closed more than {days} days ago",
        file=sys.stderr,
    )
    return EXIT_OK


def _positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {text!r}") from None
    if days < 1:
        raise argparse.ArgumentTypeError("give 1 day or more")
    return days


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description=(
            "Search an archive of acupuncture expert answers and factsheets, with citations. "
            "Configuration comes from ASSISTANT_* environment variables or .env (see README)."
        ),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    index = sub.add_parser(
        "index",
        help="build or update the vector index from the archive",
        description="Parse the archive and update the Chroma index: only new or changed records are "
        "embedded; removed ones are deleted. Exit 1 if some files could not be read.",
    )
    index.add_argument("--rebuild", action="store_true", help="drop the index and build it again")
    index.add_argument("--corpus", action="append", metavar="DIR", help="archive folder (repeatable)")
    index.set_defaults(handler=cmd_index)

    ask = sub.add_parser(
        "ask",
        help="ask a question and see the closest expert answers",
        description="Answer a question from the archive (builds the index first if there is none).",
    )
    ask.add_argument("question", nargs="?", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the JSON contract (one object per question)")
    ask.add_argument("--file", metavar="QUESTIONS.txt", help="one question a line ('-' for stdin)")
    ask.add_argument("-k", type=int, default=None, metavar="N", help="how many citations (default 3)")
    ask.add_argument("--retriever", choices=["hybrid", "dense", "bm25"], help="ranking method")
    ask.add_argument("--corpus", action="append", metavar="DIR", help="archive folder (repeatable)")
    ask.set_defaults(handler=cmd_ask)

    queue = sub.add_parser(
        "queue",
        help="the 'Ask an expert' queue",
        description="List, export, mark, delete or purge questions posted to the experts.",
    )
    qsub = queue.add_subparsers(dest="queue_command", required=True, metavar="ACTION")
    qlist = qsub.add_parser("list", help="list queued questions")
    qlist.add_argument("--status", choices=["new", "answered", "dismissed"], help="only this status")
    qexport = qsub.add_parser("export", help="export the queue as JSON or CSV")
    qexport.add_argument("--format", choices=["json", "csv"], default="json")
    qmark = qsub.add_parser("mark", help="mark a question answered or dismissed")
    qmark.add_argument("ref", help="the reference, e.g. Q-7F3K2A")
    qmark.add_argument("status", choices=["answered", "dismissed", "new"])
    qmark.add_argument("--answer", help="the expert's answer (with 'answered')")
    qdelete = qsub.add_parser("delete", help="delete a question and its contact details for good")
    qdelete.add_argument("ref", help="the reference, e.g. Q-7F3K2A")
    qpurge = qsub.add_parser(
        "purge",
        help="delete answered and dismissed questions past the retention period",
        description=(
            "Delete, for good and with their contact details, the answered and dismissed questions "
            "closed more than ASSISTANT_QUEUE_RETENTION_DAYS days ago (default 365; 0 turns this off). "
            "Questions still 'new' are never deleted. The app does this by itself when it starts and "
            "then, as questions arrive, at most once an hour; run this to purge by hand or from cron. "
            "Prints the references deleted, one a line, and a count on stderr. "
            "Example: assistant queue purge --dry-run"
        ),
    )
    qpurge.add_argument(
        "--days",
        type=_positive_days,
        metavar="N",
        help="use N days instead of ASSISTANT_QUEUE_RETENTION_DAYS",
    )
    qpurge.add_argument(
        "--dry-run", action="store_true", help="only list the questions that would be deleted"
    )
    queue.set_defaults(handler=cmd_queue)

    from assistant import coverage
    from assistant.web import staff_auth
    from eval import cli as eval_cli

    eval_cli.register(sub)
    coverage.register(sub)
    staff_auth.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a model hub
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
        handler: Handler = args.handler
        return handler(args, settings)
    except AssistantError as exc:
        print(f"assistant: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("assistant: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
