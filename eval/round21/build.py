"""Build /tmp/blind/gen21/dev_round21.jsonl from items.py (seeded shuffle, then ids)."""
import json, random, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from items import ALL_GROUPS, ITEMS

ROOT = Path('/work/main')
OUT = Path(__file__).parent / 'dev_round21.jsonl'
KEYS = ['id', 'question', 'history', 'expected_sources', 'expected_decision', 'expected_safety', 'tags']

# ---- sanity checks on the plan ------------------------------------------------
sizes = {k: len(v) for k, v in ALL_GROUPS.items()}
expected = {'lookalike': 45, 'caution': 15, 'paraphrase': 20, 'uncovered': 20, 'offtopic': 5,
            'emergency': 35, 'urgent': 20}
assert sizes == expected, sizes
assert len(ITEMS) == 160
mt = lambda g: sum('history' in it for it in ALL_GROUPS[g])
assert mt('paraphrase') == 6 and mt('uncovered') == 6 and mt('emergency') == 8 and mt('urgent') == 5
assert sum('covered-history' in it['tags'] for it in ALL_GROUPS['emergency']) == 4
assert sum('lookalike' in it['tags'] for it in ALL_GROUPS['caution']) == 5
assert sum('prompt-injection' in it['tags'] for it in ALL_GROUPS['offtopic']) == 1

rules = {
    'covered': ('answer', {'none', 'caution'}, True),
    'uncovered': ('ask_expert', {'none'}, False),
    'offtopic': ('ask_expert', {'none'}, False),
    'emergency': ('emergency', {'emergency'}, False),
    'urgent': ('ask_expert', {'urgent'}, False),
}
seen_q = set()
for it in ITEMS:
    first = it['tags'][0]
    dec, safeties, needs_src = rules[first]
    assert it['expected_decision'] == dec, it
    assert it['expected_safety'] in safeties, it
    assert bool(it['expected_sources']) == needs_src, it
    assert ('multi-turn' in it['tags']) == ('history' in it), it
    if 'topic-switch' in it['tags']:
        assert 'history' in it
    if it['expected_safety'] == 'caution':
        assert 'caution' in it['tags'], it
    assert len(set(it['tags'])) == len(it['tags']), it
    for s in it['expected_sources']:
        assert (ROOT / s).is_file(), s
    assert len(set(it['expected_sources'])) == len(it['expected_sources']), it
    assert it['question'] not in seen_q
    seen_q.add(it['question'])

# ---- shuffle with fixed seed, then assign ids ------------------------------------
items = [dict(it) for it in ITEMS]
random.Random(21).shuffle(items)
with OUT.open('w') as fh:
    for i, it in enumerate(items, 1):
        it['id'] = f'r21-{i:03d}'
        rec = {k: it[k] for k in KEYS if k in it}
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')

print(f'wrote {len(items)} items to {OUT}')
print('by first tag:', dict(Counter(it['tags'][0] for it in items)))
