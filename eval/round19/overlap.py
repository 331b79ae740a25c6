import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from items import ITEMS

ARCH = Path("/work/main/corpus/archive")
N = 7


def tok(s):
    return re.findall(r"[a-z0-9']+", s.lower())


grams = set()
for p in ARCH.rglob("*"):
    if p.is_file():
        t = tok(p.read_text(errors="ignore"))
        grams.update(tuple(t[i : i + N]) for i in range(len(t) - N + 1))
hits = 0
for idx, it in enumerate(ITEMS):
    for text in [it["question"], *it.get("history", [])]:
        t = tok(text)
        for i in range(len(t) - N + 1):
            g = tuple(t[i : i + N])
            if g in grams:
                hits += 1
                print(f"item {idx}: {' '.join(g)!r} in: {text[:80]}")
print("overlap hits:", hits)
