"""Backtest the learned safety head on past development rounds (docs/safety.md, "Learned head").

    python -m eval.head_backtest --out eval/out/head_backtest      # 2-5 minutes a round
    python -m eval.head_backtest --rounds 8,9,10,11,12,13          # the rounds the thresholds were chosen on

For each round: the code as it was before that round's fixes (a ``git worktree`` at the parent of
the fix commit) reads the round's blind set (its first-run verdicts) and its own development sets
and exemplars (what the head would have been fitted on, as that code read them). A head fitted on
that data alone is then applied to the round's set on top of the first-run verdicts. The question:
what would the head have added on text it had never seen? Writes ``backtest.json`` and
``backtest.md`` (one row per threshold pair) to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.safety_head import DEFAULT_C, DEFAULT_THRESHOLDS, MIN_WORDS, LabelledText, fit_safety_head

ROOT = Path(__file__).resolve().parent.parent
# round: (the sets first written for it, the commit that fixed the rules for it)
ROUNDS: dict[str, tuple[tuple[str, ...], str]] = {
    "8": (("dev_safety7",), "e4bb7d4"),
    "9": (("dev_safety8",), "177442a"),
    "10": (("dev_safety9",), "0ba7e3a"),
    "11": (("dev_safety10", "dev_multiturn2"), "832b916"),
    "12": (("dev_safety11", "dev_multiturn3", "dev_paraphrase6"), "64fb026"),
    "13": (("dev_safety12",), "8a6ed0e"),
    "15": (("dev_mixed15",), "181da19"),
    "16": (("dev_mixed16",), "7d2de7b"),
    "17": (("dev_mixed17",), "af3f2e8"),
    "18": (("dev_mixed18",), "2bb1498"),
    "19": (("dev_mixed19",), "a50e6a7"),
    "20": (("dev_mixed20",), "b917573"),
    "21": (("dev_mixed21",), "81d646a"),
    "22": (("dev_mixed22",), "56c6dac"),
    "23": (("dev_mixed23",), "fc2bc84"),
    "24": (("dev_mixed24",), "758fa67"),
}
THRESHOLDS = [(e, u) for e in (0.80, 0.85, 0.90, 0.95) for u in (0.90, 0.95, 0.98)]
RANK = {"none": 0, "caution": 1, "urgent": 2, "emergency": 3}
_WORD = re.compile(r"[a-z0-9]+")  # as assistant/safety.py counts words

# Runs inside a worktree with that commit's code: the first-run verdicts on the round's sets and the
# text similarity reads (the last batch the embedder is given) for its dev sets and exemplars.
PROBE = r"""
import glob, json, os, sys
sys.path.insert(0, os.getcwd())
import yaml
import assistant.safety as S
from embeddings.model import MiniLMEmbeddings

class Recording(MiniLMEmbeddings):
    last = None
    def embed_array(self, texts):
        self.last = list(texts)
        return super().embed_array(texts)

model = Recording()
try:
    clf = S.SafetyClassifier(model, use_head=False)
except TypeError:
    clf = S.SafetyClassifier(model)
clf.warm_up()
scores = getattr(clf, "_scores", None) or clf.semantic_scores

def read(text, history):
    model.last = None
    scores(text, history)
    return model.last[-1] if model.last else ""

def items(path):
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            yield json.loads(line)

repo, sets = sys.argv[1], sys.argv[2:]
out = {"round": [], "train": []}
for name in sets:
    for it in items(f"{repo}/eval/{name}.jsonl"):
        history = it.get("history", [])
        out["round"].append({"level": clf.assess(it["question"], history).level,
                             "expected": it.get("expected_safety") or "none",
                             "read": read(it["question"], history)})
for path in sorted(glob.glob("eval/dev*.jsonl")):
    for it in items(f"{repo}/eval/{os.path.basename(path)}"):
        out["train"].append([read(it["question"], it.get("history", [])), it.get("expected_safety") or "none"])
exemplars = yaml.safe_load(open("assistant/safety_exemplars.yaml", encoding="utf-8"))
lexicon = yaml.safe_load(open("assistant/safety_lexicon.yaml", encoding="utf-8"))
for category, sentences in exemplars["categories"].items():
    for s in sentences:
        out["train"].append([read(s, []), lexicon["categories"][category]["level"]])
for s in exemplars.get("ordinary", []):
    out["train"].append([read(s, []), "none"])
json.dump(out, sys.stdout)
"""


def _probe(commit: str, sets: Sequence[str], python: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-f", str(tree), f"{commit}^"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            done = subprocess.run(
                [python, "-c", PROBE, str(ROOT), *sets],
                cwd=tree,
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"},
            )
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _write(
    out: Path,
    rounds: str,
    regularisation: float,
    keys: tuple[str, ...],
    per_round: dict[str, dict[tuple[float, float], dict[str, int]]],
) -> list[str]:
    """Write ``backtest.json`` and ``backtest.md`` for the rounds done so far; the markdown lines."""
    out.mkdir(parents=True, exist_ok=True)
    # The totals are the rounds summed: counted once, per round.
    totals = {t: {k: sum(r[t][k] for r in per_round.values()) for k in keys} for t in THRESHOLDS}
    rows = [{"emergency": e, "urgent": u, **totals[(e, u)]} for e, u in THRESHOLDS]
    by_round = {
        name: [{"emergency": e, "urgent": u, **counts[(e, u)]} for e, u in THRESHOLDS]
        for name, counts in per_round.items()
    }
    (out / "backtest.json").write_text(
        json.dumps({"rounds": rounds, "rows": rows, "by_round": by_round}, indent=1)
    )
    lines = [
        f"Rounds {rounds}, C = {regularisation}, word floor {MIN_WORDS}.",
        "",
        "| thresholds (emergency / urgent) | emergencies caught | urgent caught | new false emergencies | "
        "new false urgent or higher |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['emergency']:.2f} / {r['urgent']:.2f} | {r['em_caught']}/{r['em_missed']} | "
            f"{r['urg_caught']}/{r['urg_missed']} | {r['new_false_em']} of {r['ordinary']} | "
            f"{r['new_false_urgent']} |"
        )
    shipped_at = (DEFAULT_THRESHOLDS["emergency"], DEFAULT_THRESHOLDS["urgent"])
    lines += [
        "",
        f"Per round at the shipped thresholds (emergency {shipped_at[0]:.2f} / urgent {shipped_at[1]:.2f}):",
        "",
    ]
    for name, counts in per_round.items():
        shipped = counts[shipped_at]
        lines.append(
            f"- round {name}: emergencies {shipped['em_caught']}/{shipped['em_missed']}, urgent {shipped['urg_caught']}/"
            f"{shipped['urg_missed']}, new false emergencies {shipped['new_false_em']} and false urgent or higher "
            f"{shipped['new_false_urgent']} of {shipped['ordinary']}"
        )
    (out / "backtest.md").write_text("\n".join(lines) + "\n")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.head_backtest", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "out" / "head_backtest")
    parser.add_argument("--rounds", default=",".join(ROUNDS), help="comma-separated rounds (default: all)")
    parser.add_argument("--regularisation", type=float, default=DEFAULT_C)
    args = parser.parse_args(argv)
    from embeddings.model import MiniLMEmbeddings

    embedder = MiniLMEmbeddings()
    keys = (
        "em_missed",
        "em_caught",
        "urg_missed",
        "urg_caught",
        "new_false_em",
        "new_false_urgent",
        "ordinary",
    )
    per_round: dict[str, dict[tuple[float, float], dict[str, int]]] = {}
    lines: list[str] = []
    for name in tqdm(args.rounds.split(","), desc="rounds", file=sys.stderr):
        sets, commit = ROUNDS[name]
        this_round = per_round[name] = {t: dict.fromkeys(keys, 0) for t in THRESHOLDS}
        probe = _probe(commit, sets, sys.executable)
        train = [(t, lvl) for t, lvl in probe["train"] if t]
        examples = [LabelledText(t, lvl if lvl in ("urgent", "emergency") else "none") for t, lvl in train]
        head = fit_safety_head(
            examples,
            embedder.embed_array([e.text for e in examples]),
            model=embedder.name,
            regularisation=args.regularisation,
        )
        # The head's own thresholding, at each pair of thresholds tried.
        heads = {t: replace(head, thresholds={"emergency": t[0], "urgent": t[1]}) for t in THRESHOLDS}
        reads = [item["read"] for item in probe["round"]]
        probabilities = head.probabilities(embedder.embed_array([r or "-" for r in reads]))
        for item, read, p in zip(probe["round"], reads, probabilities, strict=True):
            before, expected = RANK[item["level"]], item["expected"]
            for t in THRESHOLDS:
                raised = RANK[heads[t].level(p)[0]] if len(_WORD.findall(read.lower())) >= MIN_WORDS else 0
                after = max(before, raised)
                row = this_round[t]
                if expected == "emergency" and before < 3:
                    row["em_missed"] += 1
                    row["em_caught"] += after == 3
                elif expected == "urgent" and before < 2:
                    row["urg_missed"] += 1
                    row["urg_caught"] += after >= 2
                elif expected not in ("emergency", "urgent"):
                    row["ordinary"] += 1
                    row["new_false_em"] += after == 3 and before < 3
                    row["new_false_urgent"] += after >= 2 and before < 2
        # Written after every round, so a run stopped part-way keeps the rounds it finished.
        lines = _write(args.out, ",".join(per_round), args.regularisation, keys, per_round)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
