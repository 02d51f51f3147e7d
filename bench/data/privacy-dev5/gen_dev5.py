#!/usr/bin/env python3
"""Generate privacy-dev5.jsonl (400 positive + 80 hard-negative texts) and the counts in README.md.

Seeded and standard-library only. Spans are computed while the entity markers are removed (dev5_core.render),
never by searching the text. Every text is self-checked and re-drawn with the next seed if a check fails.
Usage: python3 gen_dev5.py
"""
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dev5_core as C  # noqa: E402
from dev5_frames_neg import NEG  # noqa: E402
from dev5_frames_pos import FRAMES  # noqa: E402

SEED = 20261205
N_POS, N_NEG = 400, 80
NON_EN_POS = 162  # with the 30 non-English negatives: 192 of 480 texts (40%) are not in English
HERE = os.path.dirname(os.path.abspath(__file__))
NO_SPACE_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"https?://\S+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def u16_slice(text, s, e):
    return text.encode("utf-16-le")[2 * s:2 * e].decode("utf-16-le")


def u16_index(text, py_index):
    return C.u16(text[:py_index])


def check(text, spans, positive):
    """Return None if the text passes every self-check, else a reason."""
    last = 0
    for sp in spans:
        if u16_slice(text, sp["start"], sp["end"]) != sp["text"]:
            return "slice mismatch"
        if sp["start"] < last:
            return "overlap or unsorted"
        last = sp["end"]
    covered = lambda a, b: any(sp["start"] <= a and b <= sp["end"] for sp in spans)
    if positive and not spans:
        return "no spans"
    if positive and len(spans) > 8:
        return "too many spans"
    if not positive and spans:
        return "negative with spans"
    # every mention of a labelled person is labelled
    low = text.lower()
    for sp in spans:
        if sp["type"] != "PERSON":
            continue
        name = sp["text"].lower()
        if NO_SPACE_SCRIPTS.search(name):
            pat = re.escape(name)
        else:
            pat = r"(?<![\w])" + re.escape(name) + r"(?![\w])"
        for m in re.finditer(pat, low):
            if not covered(u16_index(text, m.start()), u16_index(text, m.end())):
                return f"unlabelled mention of {sp['text']!r}"
    for rx, kind in ((EMAIL_RE, "EMAIL"), (URL_RE, "URL"), (IPV4_RE, "IP")):
        for m in rx.finditer(text):
            if not positive:
                return f"negative contains {kind}"
            if not covered(u16_index(text, m.start()), u16_index(text, m.start()) + 1):
                return f"unlabelled {kind} {m.group(0)!r}"
    return None


def plan(frames, total, non_english):
    """Texts per frame: start from each frame's n, then trim (largest n first) or top up until the English and
    the non-English frames hold exactly total - non_english and non_english texts."""
    counts = [n for _, _, n, _ in frames]
    for want_en, target in ((True, total - non_english), (False, non_english)):
        idx = [k for k, f in enumerate(frames) if (f[1] == "en") == want_en]
        i = 0
        while sum(counts[k] for k in idx) > target:
            j = max(idx, key=lambda k: (counts[k], k))
            counts[j] -= 1
        while sum(counts[k] for k in idx) < target:
            counts[idx[i % len(idx)]] += 1
            i += 1
    return counts


def build():
    rows, seen, redraws = [], set(), collections.Counter()
    seed = SEED
    for group, total, positive in ((FRAMES, N_POS, True), (NEG, N_NEG, False)):
        non_en = NON_EN_POS if positive else sum(n for _, lang, n, _ in group if lang != "en")
        for (shape, lang, _, fn), k in zip(group, plan(group, total, non_en)):
            for _ in range(k):
                for attempt in range(60):
                    seed += 1
                    ctx = C.Ctx(random.Random(seed))
                    text, spans = C.render(fn(ctx))
                    why = check(text, spans, positive) or ("duplicate" if text in seen else None)
                    if why is None:
                        break
                    redraws[why.split(" ")[0]] += 1
                else:
                    raise SystemExit(f"{shape}: cannot draw a valid text ({why})")
                seen.add(text)
                rows.append({"shape": shape, "lang": lang, "text": text, "spans": spans})
    # interleave positives and negatives deterministically
    random.Random(SEED).shuffle(rows)
    return rows, redraws


def bench_entity(sp):
    return {"type": sp["type"], "start": sp["start"], "end": sp["end"], "value": sp["text"]}


def main():
    rows, redraws = build()
    out = os.path.join(HERE, "privacy-dev5.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"pd5-{i:04d}", "text": r["text"], "entities": [bench_entity(s) for s in r["spans"]],
                                "shape": r["shape"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "languages.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({shape: lang for shape, lang, _, _ in FRAMES + NEG}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    by_type = collections.Counter(s["type"] for r in rows for s in r["spans"])
    print(f"wrote {len(rows)} rows to {out}; spans {sum(by_type.values())}; redraws {dict(redraws)}")
    for t, n in by_type.most_common():
        print(f"  {t:15s} {n}")


if __name__ == "__main__":
    main()
