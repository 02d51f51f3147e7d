#!/usr/bin/env python3
"""Seeded generator for privacy-holdout-v4.jsonl and privacy-eval-v4.jsonl (standard library only)."""
import json, random, re, sys, os
from pv4_core import Ctx, render, CJK_RE
from pv4_frames_a import FRAMES_A
from pv4_frames_b import FRAMES_B
from pv4_frames_c import FRAMES_C
from pv4_frames_neg import NEG

SEED = 20261204
HERE = os.path.dirname(os.path.abspath(__file__))
FILLER = re.compile(r'\{(hm|amt|date|n:\d+|x:\d+|A:\d+|N:\d+:\d+)\}')
EMAIL_RE = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')
URL_RE = re.compile(r'https?://[^\s"\'<>)]+')
IP4_RE = re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])')


def fix(t):
    return FILLER.sub(lambda m: '⟦' + m.group(1) + '⟧', t)


def py_spans(text, ents):
    """UTF-16 offsets -> Python str offsets."""
    m = []
    u = 0
    for i, ch in enumerate(text):
        m.append(u)
        u += 2 if ord(ch) > 0xFFFF else 1
    m.append(u)
    inv = {v: i for i, v in enumerate(m)}
    return [(inv[e['start']], inv[e['end']], e) for e in ents]


def problems(text, ents):
    out = []
    sp = py_spans(text, ents)
    covered = lambda a, b: any(s <= a and b <= e for s, e, _ in sp)
    for s, e, ent in sp:
        if text[s:e] != ent['text'] or ent['text'] != ent['text'].strip() or not ent['text']:
            out.append('slice ' + ent['text'])
        if ent['type'] in ('PERSON', 'EMAIL', 'PHONE', 'LOCATION'):
            v = ent['text']
            if CJK_RE.search(v):
                it = [(m.start(), m.end()) for m in re.finditer(re.escape(v), text)]
            else:
                it = [(m.start(), m.end()) for m in re.finditer(r'(?<![\w])' + re.escape(v) + r'(?![\w])', text, re.I)]
            for a, b in it:
                if not covered(a, b):
                    out.append('unlabelled mention ' + v)
    for rx in (EMAIL_RE, URL_RE, IP4_RE):
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if not any(s <= a and b <= e or (s < b and a < e) for s, e, _ in sp):
                out.append('unlabelled ' + m.group(0))
    for i in range(1, len(sp)):
        if sp[i][0] < sp[i - 1][1]:
            out.append('overlap')
    return out


def main():
    rng = random.Random(SEED)
    pos = FRAMES_A + FRAMES_B + FRAMES_C
    names = [f[0] for f in pos]
    assert len(set(names)) == len(names), 'duplicate shape'
    order = list(range(len(pos)))
    extra = list(range(len(pos)))
    rng.shuffle(extra)
    # frames carrying the rarest types (SSN, driving licences, national ids) are always used twice
    extra.sort(key=lambda i: 0 if any(t in pos[i][2] for t in ('⟦ssn', '⟦dl:', '.nid:')) else 1)
    sched = [('p', i) for i in order + extra[:320 - len(pos)]]
    neg_extra = list(range(len(NEG)))
    rng.shuffle(neg_extra)
    sched += [('n', i) for i in list(range(len(NEG))) + neg_extra[:80 - len(NEG)]]
    rng.shuffle(sched)
    rows = []
    seen = set()
    uses = {}
    # on a frame's second use, English "word name" people are swapped for another culture (US paperwork has many cultures)
    ALT = ['cy', 'mt', 'fo', 'hk', 'ne', 'andes', 'euca', 'sq', 'magh', 'uz', 'mg', 'my', 'hi', 'tw', 'uk', 'et']
    for idx, (kind, fi) in enumerate(sched):
        for attempt in range(200):
            r = random.Random(f'{SEED}-{idx}-{attempt}')
            if kind == 'p':
                shape, pools, tmpl = pos[fi]
                pl = pools.split()
                if uses.get(fi):
                    alt = random.Random(f'{SEED}-alt-{idx}').choice(ALT)
                    pl = [alt if x == 'word' else x for x in pl]
                ctx = Ctx(r, pl)
            else:
                shape, tmpl = NEG[fi]
                ctx = Ctx(r, ['word'])
            text, ents = render(ctx, fix(tmpl))
            if kind == 'n':
                assert not ents, shape
            if text in seen or problems(text, ents):
                continue
            break
        else:
            raise SystemExit(f'could not render {shape}: {problems(text, ents)}')
        seen.add(text)
        if kind == 'p':
            uses[fi] = uses.get(fi, 0) + 1
        rows.append({'id': f'pv4-{idx + 1:04d}', 'text': text, 'entities': ents, 'shape': shape})
    with open(os.path.join(HERE, 'privacy-holdout-v4.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    ren = {'ORG': 'ORGANIZATION', 'SSN': 'US_SSN'}
    with open(os.path.join(HERE, 'privacy-eval-v4.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            ents = [{'type': ren.get(e['type'], e['type']), 'start': e['start'], 'end': e['end'], 'value': e['text']}
                    for e in row['entities'] if e['type'] != 'MEDICAL']
            f.write(json.dumps({'id': row['id'], 'text': row['text'], 'entities': ents, 'shape': row['shape']}, ensure_ascii=False) + '\n')
    print(f'wrote {len(rows)} rows ({sum(1 for r in rows if r["entities"])} positive, {len(set(r["shape"] for r in rows if r["entities"]))} positive shapes)')


if __name__ == '__main__':
    main()
