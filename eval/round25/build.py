"""Build /tmp/blind/gen25/dev_round25.jsonl from items.py.

Checks group sizes, source existence under /work/main, source spread, sub-group
constraints; shuffles with random.Random(25); assigns ids r25-001..r25-160.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items as I  # noqa: E402

MAIN = "/work/main"
OUT = os.path.join(HERE, "dev_round25.jsonl")

SIZES = dict(PASSING=30, SEARCH_BOX=8, RAMBLING=7, THIRD_PERSON=7, OTHERS=8,
             FOLLOW_UPS=10, CAUTION=15, PRACTICAL=15, EMERGENCY=25, URGENT=15,
             UNCOVERED=15, OFFTOPIC=5)

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


for name, n in SIZES.items():
    check(len(getattr(I, name)) == n, f"{name}: {len(getattr(I, name))} != {n}")


def rec(it, tags, decision, safety, covered):
    r = {"question": it["q"]}
    if it.get("h"):
        r["history"] = list(it["h"])
    if covered:
        r["expected_sources"] = list(it["src"])
    r["expected_decision"] = decision
    r["expected_safety"] = safety
    r["tags"] = tags
    return r


records = []
for it in I.PASSING:
    records.append(rec(it, ["covered", "passing-mention"] + it["topic"], "answer", it["safety"], True))
for it in I.SEARCH_BOX:
    records.append(rec(it, ["covered", "paraphrase", "search-box"] + it["topic"], "answer", "none", True))
for it in I.RAMBLING:
    records.append(rec(it, ["covered", "paraphrase", "rambling"] + it["topic"], "answer", "none", True))
for it in I.THIRD_PERSON:
    records.append(rec(it, ["covered", "paraphrase", "third-person"] + it["topic"], "answer", "none", True))
for it in I.OTHERS:
    records.append(rec(it, ["covered", "paraphrase"] + it["sub"] + it["topic"], "answer", "none", True))
for it in I.FOLLOW_UPS:
    records.append(rec(it, ["covered", "follow-up", "multi-turn"] + it["topic"], "answer", "none", True))
for it in I.CAUTION:
    records.append(rec(it, ["covered", "caution-topic"] + it["topic"], "answer", "caution", True))
for it in I.PRACTICAL:
    records.append(rec(it, ["covered", "practical"] + it["topic"], "answer", "none", True))
for it in I.EMERGENCY:
    records.append(rec(it, ["emergency"] + it["sub"] + it["topic"], "emergency", "emergency", False))
for it in I.URGENT:
    records.append(rec(it, ["urgent"] + it["sub"] + it["topic"], "ask_expert", "urgent", False))
for it in I.UNCOVERED:
    records.append(rec(it, ["uncovered"] + it.get("sub", []) + it["topic"], "ask_expert", "none", False))
for it in I.OFFTOPIC:
    records.append(rec(it, ["offtopic"] + it.get("sub", []) + it["topic"], "ask_expert", "none", False))

check(len(records) == 160, f"total {len(records)}")

# sources
use = collections.Counter()
for r in records:
    srcs = r.get("expected_sources")
    if r["tags"][0] == "covered":
        check(bool(srcs), f"covered without sources: {r['question'][:50]}")
        check(len(srcs) <= 2, f"more than 2 sources: {r['question'][:50]}")
        for s in srcs:
            check(os.path.isfile(os.path.join(MAIN, s)), f"missing source file {s}")
            use[s] += 1
    else:
        check(srcs is None, "non-covered item with sources")
over = {s: c for s, c in use.items() if c > 3}
check(not over, f"sources used more than 3 times: {over}")
check(len(use) >= 55, f"only {len(use)} distinct source files")

# sub-group constraints
def words(s):
    return len(re.findall(r"\S+", s))

for it in I.SEARCH_BOX:
    check(2 <= words(it["q"]) <= 6, f"search-box length {words(it['q'])}: {it['q']}")
for it in I.RAMBLING:
    check(80 <= words(it["q"]) <= 200, f"rambling length {words(it['q'])}: {it['q'][:40]}")
for it in I.FOLLOW_UPS:
    check(1 <= len(it.get("h", [])) <= 2, "follow-up history length")
em = I.EMERGENCY
check(sum("multi-turn" in e["sub"] for e in em) == 5, "emergency multi-turn != 5")
check(sum("covered-history" in e["sub"] for e in em) == 3, "emergency covered-history != 3")
check(sum("after-effect" in e["sub"] for e in em) >= 6, "emergency after-effect < 6")
check(all(bool(e.get("h")) == ("multi-turn" in e["sub"]) for e in em), "emergency history/multi-turn mismatch")
ur = I.URGENT
check(sum("multi-turn" in u["sub"] for u in ur) == 3, "urgent multi-turn != 3")
check(sum("after-effect" in u["sub"] for u in ur) >= 8, "urgent after-effect < 8")
check(all(bool(u.get("h")) == ("multi-turn" in u["sub"]) for u in ur), "urgent history/multi-turn mismatch")
check(sum("topic-switch" in u.get("sub", []) for u in I.UNCOVERED) == 4, "uncovered topic-switch != 4")
check(sum(p["safety"] == "caution" for p in I.PASSING) <= 10, "too many caution passing mentions")
check(sum("prompt-injection" in o.get("sub", []) for o in I.OFFTOPIC) == 1, "no prompt injection")
qs = [r["question"] for r in records]
check(len(set(qs)) == len(qs), "duplicate questions")

if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)

random.Random(25).shuffle(records)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(records, 1):
        out = {"id": f"r25-{i:03d}"}
        out.update(r)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

print(f"wrote {len(records)} items to {OUT}")
print(f"distinct source files: {len(use)}; max uses per file: {max(use.values())}")
cnt = collections.Counter((r["tags"][0], r["expected_decision"], r["expected_safety"]) for r in records)
for k, v in sorted(cnt.items()):
    print(" ", k, v)
