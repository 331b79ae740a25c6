"""Build /tmp/blind/gen23/dev_round23.jsonl from items.py.

Checks group sizes, sub-group rules and that every source file exists under /work/main,
shuffles with random.Random(23), assigns ids r23-001..r23-160 and writes the JSONL.
"""
import collections, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items import GROUPS, all_items  # noqa: E402

MAIN = "/work/main"
OUT = os.path.join(HERE, "dev_round23.jsonl")
errors = []


def err(msg):
    errors.append(msg)


# group sizes
for name, (items, want) in GROUPS.items():
    if len(items) != want:
        err(f"group {name}: {len(items)} items, want {want}")

items = all_items()
if len(items) != 160:
    err(f"total {len(items)} != 160")

FIRST = {"covered", "uncovered", "offtopic", "emergency", "urgent"}
DEC = {"covered": "answer", "uncovered": "ask_expert", "offtopic": "ask_expert",
       "emergency": "emergency", "urgent": "ask_expert"}
src_count = collections.Counter()
for it in items:
    g = it["tags"][0]
    if g not in FIRST:
        err(f"bad first tag {g}: {it['question'][:40]}")
    if it["expected_decision"] != DEC[g]:
        err(f"decision mismatch: {it['question'][:40]}")
    if g == "covered":
        srcs = it.get("expected_sources") or []
        if not srcs or len(srcs) > 2:
            err(f"covered item needs 1-2 sources: {it['question'][:40]}")
        for s in srcs:
            if not os.path.isfile(os.path.join(MAIN, s)):
                err(f"missing source {s}")
            src_count[s] += 1
        want_safety = {"none", "caution"}
        if it["expected_safety"] not in want_safety:
            err(f"covered safety {it['expected_safety']}")
    else:
        if it.get("expected_sources"):
            err(f"non-covered item has sources: {it['question'][:40]}")
    if g == "emergency" and it["expected_safety"] != "emergency":
        err("emergency safety")
    if g == "urgent" and it["expected_safety"] != "urgent":
        err("urgent safety")
    if g in ("uncovered", "offtopic") and it["expected_safety"] != "none":
        err("uncovered/offtopic safety")
    if "multi-turn" in it["tags"] and not it.get("history"):
        err(f"multi-turn without history: {it['question'][:40]}")
    if it.get("history") and "multi-turn" not in it["tags"]:
        err(f"history without multi-turn tag: {it['question'][:40]}")
    if it.get("history") and not (1 <= len(it["history"]) <= 2):
        err("history length")

# source spread
over = {s: c for s, c in src_count.items() if c > 3}
if over:
    err(f"sources used more than 3 times: {over}")
if len(src_count) < 50:
    err(f"only {len(src_count)} distinct sources")

# sub-group rules
def count(group, tag):
    return sum(1 for it in items if it["tags"][0] == group and tag in it["tags"])

lk = [it for it in items if it["tags"][0] == "covered" and "lookalike" in it["tags"]]
if sum(1 for it in lk if it["expected_safety"] == "caution") > 4:
    err("more than 4 caution look-alikes")
caution_only = [it for it in items if it["_group"] == "covered_caution"]
if any(it["expected_safety"] != "caution" for it in caution_only):
    err("caution group item without caution safety")
if count("uncovered", "topic-switch") != 5:
    err("uncovered topic-switch != 5")
em = [it for it in items if it["tags"][0] == "emergency"]
if sum(1 for it in em if it.get("history")) != 6:
    err("emergency multi-turn != 6")
if sum(1 for it in em if "covered-history" in it["tags"]) != 3:
    err("emergency covered-history != 3")
if sum(1 for it in em if "after-effect" in it["tags"]) < 7:
    err("emergency after-effect < 7")
ur = [it for it in items if it["tags"][0] == "urgent"]
if sum(1 for it in ur if it.get("history")) != 4:
    err("urgent multi-turn != 4")
if sum(1 for it in ur if "after-effect" in it["tags"]) < 8:
    err("urgent after-effect < 8")
if sum(1 for it in items if it["tags"][0] == "offtopic" and "injection" in it["tags"]) != 1:
    err("need exactly one injection")

# word-length rules
def nwords(s):
    return len(re.findall(r"\S+", s))

for it in items:
    if "search-box" in it["tags"] and not (2 <= nwords(it["question"]) <= 6):
        err(f"search-box length {nwords(it['question'])}: {it['question']}")
    if "rambling" in it["tags"] and not (80 <= nwords(it["question"]) <= 200):
        err(f"rambling length {nwords(it['question'])}: {it['question'][:40]}")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

random.Random(23).shuffle(items)
with open(OUT, "w", encoding="utf-8") as fh:
    for i, it in enumerate(items, 1):
        rec = {"id": f"r23-{i:03d}", "question": it["question"]}
        if it.get("history"):
            rec["history"] = it["history"]
        if it["tags"][0] == "covered":
            rec["expected_sources"] = it["expected_sources"]
        rec["expected_decision"] = it["expected_decision"]
        rec["expected_safety"] = it["expected_safety"]
        rec["tags"] = it["tags"]
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items to {OUT}; {len(src_count)} distinct sources, "
      f"max use {max(src_count.values())}")
