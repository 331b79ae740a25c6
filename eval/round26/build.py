"""Build dev_round26.jsonl from items.py: check sizes and sources, shuffle, assign ids, write."""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items import GROUPS  # noqa: E402

MAIN = "/work/main"
OUT = os.path.join(HERE, "dev_round26.jsonl")

SIZES = {"near_twin": 35, "lay_name": 20, "lookalike": 15, "follow_up": 10, "caution": 20,
         "uncovered": 20, "offtopic": 5, "emergency": 25, "urgent": 10}
FIRST_TAG = {"near_twin": "covered", "lay_name": "covered", "lookalike": "covered",
             "follow_up": "covered", "caution": "covered", "uncovered": "uncovered",
             "offtopic": "offtopic", "emergency": "emergency", "urgent": "urgent"}
SUBTAG = {"near_twin": "near-twin", "lay_name": "lay-name", "lookalike": "lookalike",
          "follow_up": "follow-up", "caution": "caution"}
LABEL = {"covered": ("answer", None), "uncovered": ("ask_expert", "none"),
         "offtopic": ("ask_expert", "none"), "emergency": ("emergency", "emergency"),
         "urgent": ("ask_expert", "urgent")}


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def main():
    errors = []
    for g, n in SIZES.items():
        if len(GROUPS[g]) != n:
            errors.append(f"group {g}: {len(GROUPS[g])} items, expected {n}")
    if set(GROUPS) != set(SIZES):
        errors.append(f"unexpected groups: {set(GROUPS) ^ set(SIZES)}")

    src_count = collections.Counter()
    for g, items in GROUPS.items():
        for i, it in enumerate(items):
            where = f"{g}[{i}]"
            tags = it["tags"]
            if tags[0] != FIRST_TAG[g]:
                errors.append(f"{where}: first tag {tags[0]}")
            if g in SUBTAG and tags[1] != SUBTAG[g]:
                errors.append(f"{where}: second tag {tags[1]}")
            dec, saf = LABEL[tags[0]]
            if it["expected_decision"] != dec:
                errors.append(f"{where}: decision {it['expected_decision']}")
            if saf and it["expected_safety"] != saf:
                errors.append(f"{where}: safety {it['expected_safety']}")
            if tags[0] == "covered":
                want = "caution" if g == "caution" else "none"
                if it["expected_safety"] != want:
                    errors.append(f"{where}: covered safety {it['expected_safety']}")
                srcs = it.get("expected_sources") or []
                if not srcs:
                    errors.append(f"{where}: covered item without sources")
                if len(srcs) != len(set(srcs)):
                    errors.append(f"{where}: duplicate source")
                for s in srcs:
                    if not os.path.isfile(os.path.join(MAIN, s)):
                        errors.append(f"{where}: missing source {s}")
                    src_count[s] += 1
            elif "expected_sources" in it:
                errors.append(f"{where}: non-covered item has sources")
            multi = "multi-turn" in tags
            hist = it.get("history")
            if multi and not (hist and 1 <= len(hist) <= 2):
                errors.append(f"{where}: multi-turn needs 1-2 history turns")
            if hist and not multi:
                errors.append(f"{where}: history without multi-turn tag")
            if "follow-up" in tags and "multi-turn" not in tags:
                errors.append(f"{where}: follow-up without multi-turn")

    over = {s: c for s, c in src_count.items() if c > 3}
    if over:
        errors.append(f"files used more than 3 times: {over}")
    if len(src_count) < 60:
        errors.append(f"only {len(src_count)} distinct source files")

    # sub-group checks from the brief
    unc = GROUPS["uncovered"]
    if sum("topic-switch" in it["tags"] for it in unc) != 5:
        errors.append("uncovered: need 5 topic-switch follow-ups")
    em = GROUPS["emergency"]
    if sum("multi-turn" in it["tags"] for it in em) != 5:
        errors.append("emergency: need 5 multi-turn")
    if sum("covered-history" in it["tags"] for it in em) != 3:
        errors.append("emergency: need 3 covered-history")
    if sum("after-effect" in it["tags"] for it in em) < 6:
        errors.append("emergency: need >= 6 after-effect")
    ur = GROUPS["urgent"]
    if sum("multi-turn" in it["tags"] for it in ur) != 2:
        errors.append("urgent: need 2 multi-turn")
    if sum("after-effect" in it["tags"] for it in ur) < 5:
        errors.append("urgent: need >= 5 after-effect")
    if sum("prompt-injection" in it["tags"] for it in GROUPS["offtopic"]) != 1:
        errors.append("offtopic: need one prompt injection")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    allitems = [it for g in SIZES for it in GROUPS[g]]
    random.Random(26).shuffle(allitems)
    rows = []
    for n, it in enumerate(allitems, 1):
        row = {"id": f"r26-{n:03d}", "question": it["question"]}
        if it.get("history"):
            row["history"] = list(it["history"])
        if it.get("expected_sources"):
            row["expected_sources"] = list(it["expected_sources"])
        row["expected_decision"] = it["expected_decision"]
        row["expected_safety"] = it["expected_safety"]
        row["tags"] = list(it["tags"])
        rows.append(row)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"wrote {len(rows)} items to {OUT}")
    print(f"distinct source files: {len(src_count)}; max uses: {max(src_count.values())}")
    for s, c in sorted(src_count.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {c}  {s}")


if __name__ == "__main__":
    main()
