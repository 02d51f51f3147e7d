#!/usr/bin/env python3
"""Independent checks of privacy-dev5.jsonl; prints counts and ALL OK (exit 1 on any failure).

Re-parses the file, checks every span with UTF-16 offsets, the check digits of national IDs, cards and IBANs,
the shape of e-mails, URLs and IPs, that every mention of a labelled person and every e-mail / URL / IPv4 in a
positive text is inside a span, and the counts the brief asks for. Standard library only.
"""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dev5_ids as V  # noqa: E402

TYPES = {"PERSON", "LOCATION", "POSTAL_CODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "NATIONAL_ID", "IBAN", "CREDIT_CARD",
         "PASSPORT", "DRIVER_LICENSE", "IP_ADDRESS", "URL", "API_KEY", "SECRET", "ORGANIZATION"}
NO_SPACE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"https?://\S+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
errors = []
_CF_MONTHS = "ABCDEHLMPRST"


def embedded_birth(kind, v):
    """(two-digit year, day) of the birth date a national ID embeds, or None for kinds without one."""
    d = re.sub(r"\D", "", v)
    try:
        if kind in ("SE personnummer", "KR RRN", "ZA ID", "PL PESEL", "CZ rodne cislo", "BE national number", "MY MyKad (format)"):
            return int(d[0:2]), int(d[4:6])
        if kind in ("NO fodselsnummer", "FI HETU", "DK CPR (format)"):
            return int(d[4:6]), int(d[0:2])
        if kind == "CN resident id":
            return int(d[8:10]), int(d[12:14])
        if kind == "ID NIK (format)":
            return int(d[10:12]), int(d[6:8]) % 40
        if kind == "IT codice fiscale":
            return int(v[6:8]), int(v[9:11]) % 40
        if kind == "MX CURP":
            return int(v[4:6]), int(v[8:10])
    except ValueError:
        return None
    return None


def date_numbers(v):
    """Integers written in a DOB value, with any script's digits (Arabic-Indic, Persian, Devanagari...)."""
    import unicodedata
    ascii_digits = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in v)
    return [int(x) for x in re.findall(r"\d+", ascii_digits)]


def fail(msg):
    errors.append(msg)


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    path = os.path.join(HERE, "privacy-dev5.jsonl")
    raw = open(path, "rb").read()
    if not raw.endswith(b"\n") or b"\r" in raw:
        fail("file must use LF line ends and end with a newline")
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    langs = json.load(open(os.path.join(HERE, "languages.json"), encoding="utf-8"))
    by_type, texts_with = collections.Counter(), collections.Counter()
    nid_kinds = collections.Counter()
    shapes, pos, neg = collections.Counter(), 0, 0
    lang_pos, lang_neg = collections.Counter(), collections.Counter()
    seen = set()
    dob_checked = [0]
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != ["id", "text", "entities", "shape"]:
            fail(f"{rid}: keys {list(r.keys())}")
        if rid != f"pd5-{i:04d}":
            fail(f"row {i}: id {rid}")
        text, ents, shape = r["text"], r["entities"], r["shape"]
        if text in seen:
            fail(f"{rid}: duplicate text")
        seen.add(text)
        shapes[shape] += 1
        if shape not in langs:
            fail(f"{rid}: shape {shape} has no language")
        b = text.encode("utf-16-le")
        n16 = len(b) // 2
        is_neg = shape.startswith("neg_")
        if is_neg != (not ents):
            fail(f"{rid}: negative shape iff no entities")
        if is_neg:
            neg += 1
            lang_neg[langs.get(shape)] += 1
        else:
            pos += 1
            lang_pos[langs.get(shape)] += 1
            if not 1 <= len(ents) <= 8:
                fail(f"{rid}: {len(ents)} spans")
        last = 0
        spans = []
        for e in ents:
            if list(e.keys()) != ["type", "start", "end", "value"]:
                fail(f"{rid}: entity keys {list(e.keys())}")
            t, s, en, v = e["type"], e["start"], e["end"], e["value"]
            if t not in TYPES:
                fail(f"{rid}: type {t}")
            if not (0 <= s < en <= n16) or s < last:
                fail(f"{rid}: bad or overlapping offsets {s}-{en}")
                continue
            last = en
            try:
                sl = b[2 * s:2 * en].decode("utf-16-le", errors="strict")
            except UnicodeDecodeError:
                fail(f"{rid}: span {s}-{en} splits a surrogate pair")
                continue
            if sl != v:
                fail(f"{rid}: slice {sl!r} != value {v!r}")
            if v != v.strip():
                fail(f"{rid}: outer whitespace in {v!r}")
            by_type[t] += 1
            spans.append((s, en, t, v))
            if t == "NATIONAL_ID":
                k = V.which_national_id(v)
                if not k:
                    fail(f"{rid}: national id fails every check: {v}")
                nid_kinds[k] += 1
            elif t == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                if not (d.isdigit() and 13 <= len(d) <= 19 and V.luhn_ok(d)):
                    fail(f"{rid}: card fails Luhn: {v}")
            elif t == "IBAN":
                c = v.replace(" ", "")
                if not V.mod97_iban_ok(v) or V.IBAN_LEN.get(c[:2]) != len(c):
                    fail(f"{rid}: IBAN fails mod-97/length: {v}")
                if " " in v and any(len(g) != 4 for g in v.split(" ")[:-1]):
                    fail(f"{rid}: IBAN grouping: {v}")
            elif t == "EMAIL" and not EMAIL_RE.fullmatch(v):
                fail(f"{rid}: email {v}")
            elif t == "URL" and not URL_RE.fullmatch(v):
                fail(f"{rid}: url {v}")
            elif t == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(v)
                except ValueError:
                    fail(f"{rid}: ip {v}")
        for t in {x[2] for x in spans}:
            texts_with[t] += 1
        # an ID that embeds a birth date must agree with a DOB written in the same text (when there is one)
        dobs = [date_numbers(v) for _, _, t, v in spans if t == "DATE_OF_BIRTH"]
        dobs = [n for n in dobs if n]  # spelled-out English dates carry no digits: skipped
        for _, _, t, v in spans:
            if t != "NATIONAL_ID" or not dobs:
                continue
            # a value can pass more than one country's check (a TC Kimlik may also pass PESEL): skip it if any
            # accepting kind embeds no date, else require one reading to match
            kinds = [k for k, f in V.NATIONAL_ID_CHECKS if f(v)]
            checked = [k for k in kinds if "(format)" not in k]  # a check digit beats a bare format match
            ebs = [embedded_birth(k, v) for k in (checked or kinds)]
            if not ebs or None in ebs:
                continue
            if not any(dd in nums and any(n >= 1000 and n % 100 == yy for n in nums) for yy, dd in ebs for nums in dobs):
                fail(f"{rid}: ID {v} embeds a birth date that matches no DOB in the text")
            else:
                dob_checked[0] += 1

        def covered(a, z):
            return any(s <= a and z <= en for s, en, _, _ in spans)

        def at16(py_i):
            return u16(text[:py_i])

        low = text.lower()
        for s, en, t, v in spans:
            if t != "PERSON":
                continue
            name = v.lower()
            pat = re.escape(name) if NO_SPACE.search(name) else r"(?<![\w])" + re.escape(name) + r"(?![\w])"
            for m in re.finditer(pat, low):
                if not covered(at16(m.start()), at16(m.end())):
                    fail(f"{rid}: unlabelled mention of {v!r}")
        for rx, kind in ((EMAIL_RE, "e-mail"), (URL_RE, "URL"), (IPV4_RE, "IPv4")):
            for m in rx.finditer(text):
                if is_neg:
                    fail(f"{rid}: negative contains {kind} {m.group(0)!r}")
                elif not covered(at16(m.start()), at16(m.start()) + 1):
                    fail(f"{rid}: unlabelled {kind} {m.group(0)!r}")
        for s, en, t, v in spans:
            if t == "IP_ADDRESS" and any(t2 == "URL" and s2 <= s and en <= e2 for s2, e2, t2, _ in spans):
                fail(f"{rid}: IP inside URL")

    total = sum(by_type.values())
    if len(rows) != 480 or pos != 400 or neg != 80:
        fail(f"rows {len(rows)} pos {pos} neg {neg}")
    if by_type["PERSON"] < 0.35 * total:
        fail(f"PERSON share {by_type['PERSON'] / total:.3f} < 0.35")
    non_en = sum(n for l, n in lang_pos.items() if l != "en") + sum(n for l, n in lang_neg.items() if l != "en")
    all_langs = set(lang_pos) | set(lang_neg)
    if len(all_langs) < 21:
        fail(f"only {len(all_langs)} languages")
    if not 0.35 <= non_en / len(rows) <= 0.5:
        fail(f"non-English share {non_en / len(rows):.2f}")
    # shape names must not appear in the earlier authors' READMEs
    older = ""
    for v in ("V2", "V3", "V4"):
        p = os.path.join(HERE, "..", f"HELDOUT-{v}-AUTHOR-README.md")
        if os.path.exists(p):
            older += open(p, encoding="utf-8").read()
    if older:
        for sh in shapes:
            if re.search(r"(?<![\w])" + re.escape(sh) + r"(?![\w])", older):
                fail(f"shape {sh} appears in an earlier README")

    print(f"rows {len(rows)}: {pos} positive, {neg} negative; spans {total} "
          f"({total / pos:.2f} per positive text); shapes {len(shapes)} "
          f"({sum(1 for s in shapes if not s.startswith('neg_'))} positive, {sum(1 for s in shapes if s.startswith('neg_'))} negative)")
    print("type            spans  texts")
    for t, n in by_type.most_common():
        print(f"  {t:15s} {n:5d} {texts_with[t]:5d}   {100 * n / total:4.1f}%")
    print("languages (positive/negative texts):", ", ".join(f"{l} {lang_pos[l]}/{lang_neg[l]}" for l in sorted(all_langs, key=lambda l: (-(lang_pos[l] + lang_neg[l]), l))))
    print(f"languages: {len(all_langs)}; texts not in English: {non_en} ({100 * non_en / len(rows):.0f}%)")
    print(f"national ids whose embedded birth date was matched with a DOB in the same text: {dob_checked[0]}")
    print("national ids by check:", ", ".join(f"{k} {n}" for k, n in sorted(nid_kinds.items())))
    if "--write-readme" in sys.argv and not errors:
        blocks = {
            "counts": f"{pos + neg} rows: {pos} positive, {neg} negative; {total} spans ({total / pos:.2f} per positive text); "
                      f"{sum(1 for s in shapes if not s.startswith('neg_'))} positive and {sum(1 for s in shapes if s.startswith('neg_'))} negative shapes.\n\n"
                      "| type | spans | texts | share of spans |\n|---|---|---|---|\n" +
                      "\n".join(f"| {t} | {n} | {texts_with[t]} | {100 * n / total:.1f}% |" for t, n in by_type.most_common()),
            "languages": ", ".join(f"{l} {lang_pos[l]}/{lang_neg[l]}" for l in sorted(all_langs, key=lambda l: (-(lang_pos[l] + lang_neg[l]), l))) +
                         f".\n{len(all_langs)} languages; {non_en} of {len(rows)} texts ({100 * non_en / len(rows):.0f}%) are not in English.",
            "nids": f"{by_type['NATIONAL_ID']} spans: " + ", ".join(f"{k} {n}" for k, n in sorted(nid_kinds.items())) + ".",
            "shapes": "Positive: " + ", ".join(f"{s} ({langs[s]}, {shapes[s]})" if langs[s] != "en" else f"{s} ({shapes[s]})"
                                               for s in sorted(shapes) if not s.startswith("neg_")) +
                      ".\n\nNegative: " + ", ".join(f"{s} ({langs[s]})" if langs[s] != "en" else s for s in sorted(shapes) if s.startswith("neg_")) + ".",
        }
        rp = os.path.join(HERE, "README.md")
        text = open(rp, encoding="utf-8").read()
        for k, body in blocks.items():
            text, n = re.subn(rf"<!-- BEGIN {k} -->.*?<!-- END {k} -->", lambda m: f"<!-- BEGIN {k} -->\n{body}\n<!-- END {k} -->", text, flags=re.S)
            if n != 1:
                fail(f"README block {k} not found")
        with open(rp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("README.md count blocks rewritten")
    if errors:
        for e in errors[:40]:
            print("FAIL", e)
        print(f"{len(errors)} failures")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
