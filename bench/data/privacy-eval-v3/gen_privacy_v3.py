#!/usr/bin/env python3
"""Seeded generator for privacy-holdout-v3.jsonl and privacy-eval-v3.jsonl (standard library only).

usage: python3 gen_privacy_v3.py [outdir]     (default: the directory of this script)
Frames live in pv3_frames_pos.py / pv3_frames_neg.py; value factories and checksums in pv3_values.py / pv3_data.py.
"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pv3_data import render
import pv3_values
from pv3_frames_pos import POS
from pv3_frames_neg import NEG

SEED = 20261203
N_POS, N_NEG = 320, 80

def build():
    r = random.Random(SEED)
    rows = []
    def schedule(frames, n):
        order = []
        while len(order) < n:
            idx = list(range(len(frames))); r.shuffle(idx); order += idx
        return order[:n]
    items = [("p", i) for i in schedule(POS, N_POS)] + [("n", i) for i in schedule(NEG, N_NEG)]
    r.shuffle(items)
    seen = set()
    for kind, i in items:
        shape, fn = (POS if kind == "p" else NEG)[i]
        for _ in range(50):
            pv3_values.USED.clear()
            marked, sh = fn(r)
            text, ents = render(marked)
            if text not in seen: break
        seen.add(text)
        assert sh == shape
        if kind == "p": assert ents, shape
        else: assert not ents, shape
        rows.append({"text": text, "entities": ents, "shape": shape})
    for n, row in enumerate(rows, 1):
        row["id"] = f"pv3-{n:04d}"
    return [{"id": x["id"], "text": x["text"], "entities": x["entities"], "shape": x["shape"]} for x in rows]

TYPE_MAP = {"ORG": "ORGANIZATION", "SSN": "US_SSN"}

def to_eval(row):
    ents = [{"type": TYPE_MAP.get(e["type"], e["type"]), "start": e["start"], "end": e["end"], "value": e["text"]}
            for e in row["entities"] if e["type"] != "MEDICAL"]
    return {"id": row["id"], "text": row["text"], "entities": ents, "shape": row["shape"]}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(out, "privacy-holdout-v3.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "privacy-eval-v3.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows: f.write(json.dumps(to_eval(row), ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({sum(1 for x in rows if x['entities'])} positive) from {len(POS)} positive and {len(NEG)} negative frames")

if __name__ == "__main__":
    main()
