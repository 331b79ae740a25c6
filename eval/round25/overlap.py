"""7-gram overlap check: every question and history turn against every file in the archive.

Lower-case, tokens [a-z0-9']+, all 7-grams of every file under /work/main/corpus/archive.
Prints each hit and the total; exit code 1 if any hit.
"""
import json
import os
import re
import sys

ARCHIVE = "/work/main/corpus/archive"
SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev_round25.jsonl")
N = 7
TOK = re.compile(r"[a-z0-9']+")


def grams(text):
    t = TOK.findall(text.lower())
    return {tuple(t[i:i + N]) for i in range(len(t) - N + 1)}


archive = {}
for root, _, files in os.walk(ARCHIVE):
    for fn in files:
        p = os.path.join(root, fn)
        with open(p, encoding="utf-8", errors="replace") as f:
            for g in grams(f.read()):
                archive.setdefault(g, os.path.relpath(p, ARCHIVE))

hits = 0
with open(SET, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        turns = [("question", r["question"])] + [("history", h) for h in r.get("history", [])]
        for kind, text in turns:
            for g in sorted(grams(text)):
                if g in archive:
                    hits += 1
                    print(f"{r['id']} {kind}: '{' '.join(g)}'  <- {archive[g]}")
print(f"7-gram hits: {hits}")
sys.exit(1 if hits else 0)
