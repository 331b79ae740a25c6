"""7-word overlap check: questions and history turns vs all files under corpus/archive."""
import json
import re
import sys
from pathlib import Path

ARCHIVE = Path("/work/main/corpus/archive")
SET = Path(__file__).with_name("dev_round20.jsonl")
N = 7
TOK = re.compile(r"[a-z0-9']+")


def grams(text):
    t = TOK.findall(text.lower())
    return {tuple(t[i:i + N]) for i in range(len(t) - N + 1)}


def main():
    arch = set()
    nfiles = 0
    for p in ARCHIVE.rglob("*"):
        if p.is_file():
            arch |= grams(p.read_text(encoding="utf-8", errors="ignore"))
            nfiles += 1
    hits = 0
    for line in SET.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        for txt in [obj["question"]] + obj.get("history", []):
            common = grams(txt) & arch
            for g in sorted(common):
                hits += 1
                print(f"{obj['id']}: {' '.join(g)}")
    print(f"archive files scanned: {nfiles}; 7-gram hits: {hits}")
    sys.exit(1 if hits else 0)


if __name__ == "__main__":
    main()
