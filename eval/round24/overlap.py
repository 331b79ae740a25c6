"""7-gram overlap check: every question and history turn in dev_round24.jsonl
against every file under /work/main/corpus/archive (lower-case, tokens [a-z0-9']+)."""
import json, os, re, sys

ARCHIVE = "/work/main/corpus/archive"
SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev_round24.jsonl")
N = 7
TOK = re.compile(r"[a-z0-9']+")


def grams(text):
    t = TOK.findall(text.lower())
    return {tuple(t[i:i + N]) for i in range(len(t) - N + 1)}


def main():
    arch = set()
    nfiles = 0
    for root, _, files in os.walk(ARCHIVE):
        for f in files:
            with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                arch |= grams(fh.read())
            nfiles += 1
    hits = 0
    nturns = 0
    with open(SET, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            turns = list(item.get("history", [])) + [item["question"]]
            for turn in turns:
                nturns += 1
                for g in grams(turn) & arch:
                    hits += 1
                    print(f"{item['id']}: {' '.join(g)}")
    print(f"archive files: {nfiles}, archive 7-grams: {len(arch)}, turns checked: {nturns}, hits: {hits}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
