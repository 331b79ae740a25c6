"""Build dev_round22.jsonl from items.py (shuffle seed 22, then assign ids)."""
import json, random, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from items import ITEMS, GROUPS

EXPECT = dict(para_short=10, para_long=10, para_other=25, follow=10, look=20, caution=15,
              uncovered=20, offtopic=5, emergency=30, urgent=15)
for k, n in EXPECT.items():
    assert len(GROUPS[k]) == n, (k, len(GROUPS[k]))
assert len(ITEMS) == 160

ROOT = Path('/work/main')
items = list(ITEMS)
random.Random(22).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    for s in it['src']:
        assert (ROOT / s).is_file(), s
    o = {'id': f'r22-{i:03d}', 'question': it['q']}
    if it['h']:
        o['history'] = it['h']
        assert 'multi-turn' in it['tags']
    if it['src']:
        o['expected_sources'] = it['src']
    o['expected_decision'] = it['d']
    o['expected_safety'] = it['s']
    o['tags'] = it['tags']
    out.append(o)
p = Path('/tmp/blind/gen22/dev_round22.jsonl')
p.write_text(''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in out), encoding='utf-8')
print('wrote', len(out), 'items to', p)
