import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from items import ITEMS

KEYS = ["id", "question", "history", "expected_sources", "expected_decision", "expected_safety", "tags"]
items = [dict(it) for it in ITEMS]
random.Random(19).shuffle(items)
out = Path(__file__).parent / "dev_round19.jsonl"
with out.open("w") as f:
    for i, it in enumerate(items, 1):
        it["id"] = f"r19-{i:03d}"
        rec = {k: it[k] for k in KEYS if k in it}
        if rec.get("expected_sources") == []:
            rec.pop("expected_sources")
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(items), "items ->", out)
