"""Seeded generator for privacy-eval-v5 (standard library only).

    python3 gen_v5.py            # writes privacy-eval-v5.jsonl and languages.json next to this file

Frames (one function per text shape) live in v5_frames_en.py, v5_frames_intl.py and v5_frames_neg.py; values and
pools in v5_core.py. Each text is drawn from its own seed; a text that fails a self-check is re-drawn with the next.
"""
import json
import os
import re
import sys

import v5_core as core
from v5_frames_en import FRAMES as EN_FRAMES
from v5_frames_intl import dob  # noqa: F401  (registers the intl frames in the shared FRAMES list)
from v5_frames_neg import NEG

SEED = 20261206
N_POS, N_NEG = 400, 80
HERE = os.path.dirname(os.path.abspath(__file__))

# Names that are also common English words: a lower-case "will do" or "I hope" is not a mention of Will or Hope.
COMMON_WORD_NAMES = {"will", "bill", "mark", "hope", "grace", "joy", "rose", "summer", "amber", "reed", "drew",
                     "hunter", "dean", "baker", "cook", "bell", "wood", "stone", "marsh", "hall", "castle", "may",
                     "sol", "noor", "jet", "roos", "bruno", "alba", "ole", "guy", "holm"}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def covered(ents, a, b):
    """True when the Python-str range [a, b) of the text lies inside one span (offsets compared in UTF-16)."""
    return any(e["start"] <= a and b <= e["end"] for e in ents)


def py_to_u16(text):
    m, pos = [], 0
    for ch in text:
        m.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    m.append(pos)
    return m


def self_check(text, ents, positive):
    if not positive:
        return not EMAIL_RE.search(text)
    if not ents:
        return False
    m = py_to_u16(text)
    for e in ents:
        if e["value"] != e["value"].strip():
            return False
    prev = 0
    for e in sorted(ents, key=lambda e: e["start"]):
        if e["start"] < prev:
            return False
        prev = e["end"]
    for rx in (EMAIL_RE, IPV4_RE):
        for mt in rx.finditer(text):
            if not covered(ents, m[mt.start()], m[mt.end()]):
                # an e-mail or IP inside a labelled URL/secret is fine; elsewhere it must be labelled itself
                return False
    low = text.lower()
    for e in ents:
        if e["type"] != "PERSON":
            continue
        v = e["value"].lower()
        if v in COMMON_WORD_NAMES or not re.search(r"[a-zà-ÿ]", v):
            continue
        for mt in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low):
            if not covered(ents, m[mt.start()], m[mt.end()]):
                # inside an e-mail address or URL the name is part of that span
                if any(x["start"] <= m[mt.start()] and m[mt.end()] <= x["end"] for x in ents):
                    continue
                return False
    return True


def allocate(frames, total):
    """Spread `total` texts over the frames: long non-English frames 3 texts each, short non-English ones 4, short
    English ones 6; the long English frames share the rest."""
    counts = {}
    for shape, lang, fn in frames:
        if lang != "en":
            counts[shape] = 4 if fn.short else 3
        elif fn.short:
            counts[shape] = 6
    long_en = [f for f in frames if f[1] == "en" and not f[2].short]
    rest = total - sum(counts.values())
    for i, f in enumerate(long_en):
        counts[f[0]] = rest // len(long_en) + (1 if i < rest % len(long_en) else 0)
    return counts


def draw(fn, seed, positive, seen):
    for k in range(200):
        core.R.seed(seed * 1000 + k)
        text, ents = core.render(fn())
        if text in seen:
            continue
        if self_check(text, ents, positive):
            return text, ents
    raise RuntimeError(f"could not draw a valid text for {fn.__name__}")


def main():
    frames = EN_FRAMES
    counts = allocate(frames, N_POS)
    rows, seen, langs = [], set(), {}
    seed = SEED
    for shape, lang, fn in frames:
        langs[shape] = lang
        for _ in range(counts[shape]):
            seed += 1
            text, ents = draw(fn, seed, True, seen)
            seen.add(text)
            rows.append({"text": text, "entities": ents, "shape": shape})
    per = [N_NEG // len(NEG) + (1 if i < N_NEG % len(NEG) else 0) for i in range(len(NEG))]
    for (shape, lang, fn), n in zip(NEG, per):
        langs[shape] = lang
        for _ in range(n):
            seed += 1
            text, ents = draw(fn, seed, False, seen)
            assert ents == []
            seen.add(text)
            rows.append({"text": text, "entities": [], "shape": shape})
    core.R.seed(SEED)
    core.R.shuffle(rows)
    out = os.path.join(HERE, "privacy-eval-v5.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"pv5-{i:04d}", "text": r["text"], "entities": r["entities"], "shape": r["shape"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "languages.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(dict(sorted(langs.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    sys.exit(main())
