"""7-gram overlap check: every question and history turn against every file in the archive."""
import os
import re
import sys

ARCHIVE = "/work/main/corpus/archive"
N = 7
TOK = re.compile(r"[a-z0-9']+")


def grams(text):
    toks = TOK.findall(text.lower())
    return {tuple(toks[i:i + N]) for i in range(len(toks) - N + 1)}


def archive_grams():
    out = {}
    for root, _, files in os.walk(ARCHIVE):
        for f in files:
            path = os.path.join(root, f)
            with open(path, encoding="utf-8", errors="replace") as fh:
                for g in grams(fh.read()):
                    out.setdefault(g, path)
    return out


def main():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from items import GROUPS
    ag = archive_grams()
    hits = 0
    for gname, items in GROUPS.items():
        for i, it in enumerate(items):
            texts = [("question", it["question"])] + [("history", h) for h in it.get("history", [])]
            for kind, t in texts:
                for g in sorted(grams(t)):
                    if g in ag:
                        hits += 1
                        print(f"HIT {gname}[{i}] {kind}: '{' '.join(g)}'  <- {os.path.relpath(ag[g], ARCHIVE)}")
    print(f"archive 7-grams: {len(ag)}")
    print(f"overlap hits: {hits}")
    return hits


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
