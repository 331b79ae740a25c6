"""Build /tmp/blind/gen24/dev_round24.jsonl from items.py.

Checks group sizes and sub-group rules, checks every source exists under /work/main,
checks source spread, shuffles with random.Random(24), assigns ids r24-001..r24-160.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items import GROUPS  # noqa: E402

ROOT = "/work/main"
OUT = os.path.join(HERE, "dev_round24.jsonl")

EXPECTED_SIZES = {
    "covered_search_box": 8,
    "covered_rambling": 7,
    "covered_third_person": 8,
    "covered_other": 12,
    "covered_follow_up": 8,
    "covered_lookalike": 25,
    "covered_caution": 12,
    "uncovered_single": 11,
    "uncovered_topic_switch": 4,
    "offtopic": 5,
    "emergency": 40,
    "urgent": 20,
}

DEC_SAFE = {
    "covered": {("answer", "none"), ("answer", "caution")},
    "uncovered": {("ask_expert", "none")},
    "offtopic": {("ask_expert", "none")},
    "emergency": {("emergency", "emergency")},
    "urgent": {("ask_expert", "urgent")},
}


def fail(msg):
    print("BUILD ERROR:", msg)
    sys.exit(1)


def words(s):
    return len(s.split())


def main():
    # group sizes
    for g, n in EXPECTED_SIZES.items():
        if g not in GROUPS:
            fail(f"missing group {g}")
        if len(GROUPS[g]) != n:
            fail(f"group {g} has {len(GROUPS[g])}, expected {n}")
    extra = set(GROUPS) - set(EXPECTED_SIZES)
    if extra:
        fail(f"unexpected groups {extra}")

    items = []
    for g, lst in GROUPS.items():
        for it in lst:
            it = dict(it)
            first = it["tags"][0]
            if (it["expected_decision"], it["expected_safety"]) not in DEC_SAFE[first]:
                fail(f"bad decision/safety for {first}: {it['question'][:60]}")
            if first == "covered":
                if not it["expected_sources"]:
                    fail(f"covered item without sources: {it['question'][:60]}")
                if len(it["expected_sources"]) > 2:
                    fail(f"too many sources: {it['question'][:60]}")
            elif it["expected_sources"]:
                fail(f"non-covered item with sources: {it['question'][:60]}")
            for s in it["expected_sources"]:
                if not os.path.isfile(os.path.join(ROOT, s)):
                    fail(f"source missing: {s}")
            if "multi-turn" in it["tags"]:
                h = it.get("history")
                if not h or not 1 <= len(h) <= 2:
                    fail(f"multi-turn needs 1-2 history turns: {it['question'][:60]}")
            elif "history" in it:
                fail(f"history on non-multi-turn item: {it['question'][:60]}")
            it["_group"] = g
            items.append(it)

    if len(items) != 160:
        fail(f"{len(items)} items, expected 160")

    # sub-group rules
    sb = GROUPS["covered_search_box"]
    for it in sb:
        if not 2 <= words(it["question"]) <= 6:
            fail(f"search-box length: {it['question']}")
    for it in GROUPS["covered_rambling"]:
        if not 80 <= words(it["question"]) <= 200:
            fail(f"rambling length {words(it['question'])}: {it['question'][:60]}")
    lk_caution = sum(1 for it in GROUPS["covered_lookalike"] if it["expected_safety"] == "caution")
    if lk_caution > 6:
        fail(f"{lk_caution} caution look-alikes, max 6")
    if any(it["expected_safety"] != "caution" for it in GROUPS["covered_caution"]):
        fail("caution group item without caution safety")
    paraphrase = sum(1 for it in items if "paraphrase" in it["tags"])
    if paraphrase != 35:
        fail(f"{paraphrase} paraphrase items, expected 35")

    em = GROUPS["emergency"]
    cnt = collections.Counter(t for it in em for t in it["tags"])
    if cnt["fits"] < 6 or cnt["stroke-signs"] < 6 or cnt["collapse"] < 4:
        fail(f"emergency mix: fits {cnt['fits']}, stroke {cnt['stroke-signs']}, collapse {cnt['collapse']}")
    if cnt["multi-turn"] != 8 or cnt["covered-history"] != 4:
        fail(f"emergency multi-turn {cnt['multi-turn']} covered-history {cnt['covered-history']}")
    if cnt["after-effect"] < 8:
        fail(f"emergency after-effect {cnt['after-effect']}")
    for cat in ["chest-pain", "breathing", "stroke-signs", "allergic-reaction", "heavy-bleeding", "fits",
                "collapse", "suicidal-intent", "overdose", "sudden-headache", "child-rash",
                "pregnancy-bleeding", "ectopic", "cauda-equina", "sepsis", "floppy-baby"]:
        if cnt[cat] < 1:
            fail(f"emergency category missing: {cat}")
    ur = GROUPS["urgent"]
    ucnt = collections.Counter(t for it in ur for t in it["tags"])
    if ucnt["multi-turn"] != 4 or ucnt["after-effect"] < 10:
        fail(f"urgent multi-turn {ucnt['multi-turn']} after-effect {ucnt['after-effect']}")
    if sum(1 for it in GROUPS["offtopic"] if "prompt-injection" in it["tags"]) != 1:
        fail("need exactly one prompt injection")

    # source spread over covered items
    uses = collections.Counter(s for it in items for s in it["expected_sources"])
    if len(uses) < 45:
        fail(f"only {len(uses)} distinct sources")
    over = {s: n for s, n in uses.items() if n > 3}
    if over:
        fail(f"sources used more than 3 times: {over}")

    # duplicates
    qs = collections.Counter(it["question"].strip().lower() for it in items)
    dups = [q for q, n in qs.items() if n > 1]
    if dups:
        fail(f"duplicate questions: {dups}")

    random.Random(24).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": f"r24-{i:03d}", "question": it["question"]}
            if "history" in it:
                rec["history"] = it["history"]
            rec["expected_sources"] = it["expected_sources"]
            rec["expected_decision"] = it["expected_decision"]
            rec["expected_safety"] = it["expected_safety"]
            rec["tags"] = it["tags"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # summary
    print(f"wrote {len(items)} items to {OUT}")
    print(f"distinct sources: {len(uses)}, max uses: {max(uses.values())}")
    tab = collections.Counter((it["tags"][0], it["expected_decision"], it["expected_safety"]) for it in items)
    for k in sorted(tab):
        print("  ", k, tab[k])
    print("emergency tags:", dict(sorted(cnt.items())))
    print("urgent tags:", dict(sorted(ucnt.items())))


if __name__ == "__main__":
    main()
