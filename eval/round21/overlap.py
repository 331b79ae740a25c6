"""7-word overlap check: every question and history turn vs all files under corpus/archive.
Lowercase, tokens [a-z0-9']+. Prints hits; exit code 1 if any."""
import re, sys, json
from pathlib import Path

ARCHIVE = Path('/work/main/corpus/archive')
N = 7
TOK = re.compile(r"[a-z0-9']+")

def toks(s):
    return TOK.findall(s.lower())

def grams(ts):
    return {tuple(ts[i:i+N]) for i in range(len(ts) - N + 1)}

def main(path='/tmp/blind/gen21/dev_round21.jsonl'):
    arch = {}
    for f in sorted(ARCHIVE.rglob('*')):
        if f.is_file():
            for g in grams(toks(f.read_text(errors='ignore'))):
                arch.setdefault(g, str(f.relative_to(ARCHIVE)))
    hits = 0
    n_texts = 0
    for line in open(path):
        it = json.loads(line)
        texts = [('question', it['question'])] + [('history[%d]' % i, h) for i, h in enumerate(it.get('history', []))]
        for where, t in texts:
            n_texts += 1
            for g in sorted(grams(toks(t))):
                if g in arch:
                    hits += 1
                    print(f"{it['id']} {where}: '{' '.join(g)}'  <- {arch[g]}")
    print(f"checked {n_texts} texts against {len(arch)} archive {N}-grams: {hits} hits")
    return hits

if __name__ == '__main__':
    sys.exit(1 if main(*sys.argv[1:]) else 0)
