"""Write dev_round20.jsonl from items.py (shuffled with seed 20, then ids given)."""
import json
import random
from pathlib import Path

from items import ITEMS

OUT = Path(__file__).with_name("dev_round20.jsonl")


def main():
    items = list(ITEMS)
    random.Random(20).shuffle(items)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, it in enumerate(items, 1):
            obj = {"id": f"r20-{n:03d}", "question": it["q"]}
            if it.get("h"):
                obj["history"] = list(it["h"])
            if it["src"]:
                obj["expected_sources"] = list(it["src"])
            obj["expected_decision"] = it["dec"]
            obj["expected_safety"] = it["saf"]
            obj["tags"] = list(it["tags"])
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}")


if __name__ == "__main__":
    main()
