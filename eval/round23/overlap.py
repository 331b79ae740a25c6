"""7-gram overlap check: every question and history turn vs every file in the archive."""
import json, os, re, sys

ARCHIVE = "/work/main/corpus/archive"
N = 7
TOK = re.compile(r"[a-z0-9']+")


def grams(text):
    t = TOK.findall(text.lower())
    return {tuple(t[i:i + N]) for i in range(len(t) - N + 1)}


def archive_grams():
    g = set()
    for root, _, files in os.walk(ARCHIVE):
        for f in files:
            with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                g |= grams(fh.read())
    return g


def check(items):
    ag = archive_grams()
    hits = []
    for it in items:
        texts = [("question", it["question"])] + [("history", h) for h in it.get("history", [])]
        for kind, txt in texts:
            for gm in grams(txt) & ag:
                hits.append((it.get("id", "?"), kind, " ".join(gm)))
    return hits


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind/gen23/dev_round23.jsonl"
    if path.endswith(".jsonl"):
        items = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    else:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from items import all_items
        items = all_items()
    hits = check(items)
    for h in hits:
        print("HIT", *h)
    print(f"{len(items)} items checked, {len(hits)} 7-gram hits")
    sys.exit(1 if hits else 0)
