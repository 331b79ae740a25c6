"""7-word overlap check: every question and history turn vs all files under corpus/archive."""
import re, sys, json
from pathlib import Path

ARCHIVE = Path('/work/main/corpus/archive')
N = 7
TOK = re.compile(r"[a-z0-9']+")

def toks(s):
    return TOK.findall(s.lower())

def grams(t):
    return {tuple(t[i:i+N]) for i in range(len(t) - N + 1)}

def archive_grams():
    g = set()
    for p in ARCHIVE.rglob('*'):
        if p.is_file():
            g |= grams(toks(p.read_text(encoding='utf-8', errors='replace')))
    return g

def main(path='/tmp/blind/gen22/dev_round22.jsonl'):
    ag = archive_grams()
    hits = 0
    for line in open(path, encoding='utf-8'):
        it = json.loads(line)
        texts = [it['question']] + list(it.get('history') or [])
        for t in texts:
            for gram in grams(toks(t)):
                if gram in ag:
                    hits += 1
                    print(f"{it['id']}: {' '.join(gram)}  <<  {t[:80]}")
    print(f"overlap hits: {hits}")
    return hits

if __name__ == '__main__':
    sys.exit(1 if main(*sys.argv[1:]) else 0)
