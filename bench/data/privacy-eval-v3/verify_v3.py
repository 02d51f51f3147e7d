#!/usr/bin/env python3
"""Independent checks of the v3 hold-out sets. Prints ALL OK or the list of problems (exit code 1).

usage: python3 verify_v3.py [--clinc DIR]   (DIR default /work/shared/data/clinc150; used for intent names,
        the val/oos_val layout, and an exact-duplicate check of utterances that prints counts only)
"""
import json, os, re, sys, collections, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CLINC = sys.argv[sys.argv.index("--clinc") + 1] if "--clinc" in sys.argv else "/work/shared/data/clinc150"
errors = []
def err(msg):
    errors.append(msg)

TYPES = {"PERSON", "LOCATION", "PHONE", "POSTAL_CODE", "EMAIL", "DATE_OF_BIRTH", "ORG", "NATIONAL_ID", "IBAN", "URL",
         "IP_ADDRESS", "SECRET", "API_KEY", "DRIVER_LICENSE", "PASSPORT", "SSN", "CREDIT_CARD", "MEDICAL"}
EVAL_MAP = {"ORG": "ORGANIZATION", "SSN": "US_SSN"}

def u16(s): return s.encode("utf-16-le")
def u16slice(s, a, b): return u16(s)[2 * a:2 * b].decode("utf-16-le")

# ---------------------------------------------------------------- checksum validators (independent of the generator)
def luhn(n):
    d = [int(c) for c in n]; t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0

IBAN_LENGTHS = {"SE": 24, "NO": 15, "DK": 18, "FI": 18, "CZ": 24, "HU": 28, "GR": 27, "LU": 20, "LT": 20, "HR": 21, "SI": 19,
                "SK": 24, "IS": 26, "IL": 23, "AE": 23, "SA": 24, "RO": 24, "MT": 31, "CY": 28, "EE": 20}
def iban_valid(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) or IBAN_LENGTHS.get(c[:2]) != len(c): return False
    if " " in s and s != " ".join(c[i:i + 4] for i in range(0, len(c), 4)): return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1

def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m: return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0

def card_valid(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not 12 <= len(d) <= 19 or not luhn(d): return False
    ok_prefix = (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720 or d[:2] in ("34", "37", "36", "62", "65", "60", "81", "82")
                 or d[:4] in ("6011", "6759", "5018", "5020") or 3528 <= int(d[:4]) <= 3589 or 2200 <= int(d[:4]) <= 2204)
    return ok_prefix

def nid_valid(s):
    """Returns (kind, ok) for every national-id format used in the set."""
    if re.fullmatch(r"(\d{2})?\d{6}-\d{4}", s) and len(s) in (11, 13) and s[-5] == "-":      # SE personnummer or DK CPR
        core = s[-11:].replace("-", "")
        if luhn(core): return "SE/DK", True
        return "DK", True  # CPR: format only (no mod-11 since 2007)
    m = re.fullmatch(r"(\d{6})([-A+])(\d{3})([0-9A-Y])", s)
    if m: return "FI", "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(3)) % 31] == m.group(4)
    if re.fullmatch(r"\d{6}/\d{4}", s): return "CZ", int(s.replace("/", "")) % 11 == 0
    if re.fullmatch(r"[1-8]\d{12}", s) and len(s) == 13 and s[0] in "1256":
        c = sum(int(x) * int(w) for x, w in zip(s[:12], "279146358279")) % 11
        if (1 if c == 10 else c) == int(s[12]): return "RO", True
    if re.fullmatch(r"\d{13}", s):  # South African ID
        return "ZA", luhn(s)
    if re.fullmatch(r"\d{11}", s):
        b = [int(c) for c in s]
        k1 = 11 - sum(x * w for x, w in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11; k1 = 0 if k1 == 11 else k1
        k2 = 11 - sum(x * w for x, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11; k2 = 0 if k2 == 11 else k2
        if k1 == b[9] and k2 == b[10]: return "NO", True
        return "GR-AMKA", luhn(s)
    if re.fullmatch(r"\d{9}", s):
        t = 0
        for i, ch in enumerate(s):
            x = int(ch) * (1 + i % 2); t += x - 9 if x > 9 else x
        return "IL", t % 10 == 0
    if re.fullmatch(r"\d{6}-\d{7}", s):
        b = s.replace("-", "")
        c = (11 - sum(int(x) * w for x, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
        return "KR", c == int(b[12])
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d\d)-(\d{3})\.(\d\d)", s)
    if m:
        base = int(m.group(1) + m.group(2) + m.group(3) + m.group(4))
        return "BE", 97 - base % 97 == int(m.group(5)) or 97 - (base + 2000000000) % 97 == int(m.group(5))
    m = re.fullmatch(r"(\d{1,2}(?:\.\d{3}){2})-([\dK])", s)
    if m:
        n = m.group(1).replace(".", "")
        t, w = 0, 2
        for ch in reversed(n):
            t += int(ch) * w; w = 2 if w == 7 else w + 1
        dv = 11 - t % 11; dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
        return "CL", dv == m.group(2)
    m = re.fullmatch(r"([ST])(\d{7})([A-Z])", s)
    if m:
        t = sum(int(x) * w for x, w in zip(m.group(2), [2, 7, 6, 5, 4, 3, 2])) + (4 if m.group(1) == "T" else 0)
        return "SG", "JZIHGFEDCBA"[t % 11] == m.group(3)
    if re.fullmatch(r"\d{16}", s): return "ID-NIK", True
    if re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A]\d", s): return "MX-CURP", True
    return "?", False

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://[^\s\"'<>)\]]+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
WORD = lambda c: c.isalnum() and unicodedata.category(c) != "Lo"   # letters of cased scripts; CJK/Hangul (Lo) may abut

def check_privacy():
    path = os.path.join(HERE, "privacy-holdout-v3.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    if len(rows) != 400: err(f"privacy: {len(rows)} rows, want 400")
    texts = set(); counts = collections.Counter(); tcount = collections.Counter(); shapes = collections.Counter()
    npos = nneg = 0
    for n, row in enumerate(rows, 1):
        rid = row.get("id")
        if list(row) != ["id", "text", "entities", "shape"]: err(f"{rid}: keys {list(row)}")
        if rid != f"pv3-{n:04d}": err(f"{rid}: id out of sequence")
        t = row["text"]
        if t in texts: err(f"{rid}: duplicate text")
        texts.add(t)
        shapes[row["shape"]] += 1
        ents = row["entities"]
        if ents: npos += 1
        else:
            nneg += 1
            if not row["shape"].startswith("neg_"): err(f"{rid}: no entities but shape {row['shape']}")
        if ents and row["shape"].startswith("neg_"): err(f"{rid}: neg shape with entities")
        L = len(u16(t)) // 2
        prev_end = -1; covered = []
        for e in ents:
            if list(e) != ["type", "start", "end", "text"]: err(f"{rid}: entity keys {list(e)}")
            ty, a, b, v = e["type"], e["start"], e["end"], e["text"]
            if ty not in TYPES: err(f"{rid}: type {ty}")
            if not (0 <= a < b <= L): err(f"{rid}: bad offsets {a},{b}")
            if a < prev_end: err(f"{rid}: overlap/unsorted at {a}")
            prev_end = b
            if u16slice(t, a, b) != v: err(f"{rid}: slice {u16slice(t, a, b)!r} != {v!r}")
            if v != v.strip(): err(f"{rid}: span has outer whitespace {v!r}")
            counts[ty] += 1; covered.append((a, b, ty))
            if ty == "MEDICAL" and not row["shape"].endswith("+medical"): err(f"{rid}: MEDICAL outside +medical")
            if ty == "CREDIT_CARD" and not card_valid(v): err(f"{rid}: card {v}")
            if ty == "IBAN" and not iban_valid(v): err(f"{rid}: iban {v}")
            if ty == "SSN" and not ssn_valid(v): err(f"{rid}: ssn {v}")
            if ty == "NATIONAL_ID":
                kind, ok = nid_valid(v)
                if not ok: err(f"{rid}: national id {v} ({kind})")
            if ty == "EMAIL" and not EMAIL_RE.fullmatch(v): err(f"{rid}: email {v}")
            if ty == "URL" and not URL_RE.fullmatch(v): err(f"{rid}: url {v}")
            if ty == "IP_ADDRESS" and not (re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", v) and all(int(x) < 256 for x in v.split("."))
                                            or re.fullmatch(r"[0-9a-f:]+", v) and "::" in v): err(f"{rid}: ip {v}")
            if ty == "PHONE" and sum(c.isdigit() for c in v) < 7 and not re.search(r"[a-z]", v): err(f"{rid}: phone {v}")
            # word boundaries (py indexes are fine here: we only look at neighbours of the decoded slice)
        py = []  # python-index spans, for the text scans below
        for e in ents:
            pa = len(u16(t)[:2 * e["start"]].decode("utf-16-le")); py.append((pa, pa + len(e["text"]), e["type"]))
        for (a, b, ty) in py:
            if ty in ("PERSON", "LOCATION", "ORG", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "SSN", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "IP_ADDRESS"):
                left = t[a - 1] if a > 0 else " "; right = t[b] if b < len(t) else " "
                if (WORD(left) and WORD(t[a])) or (WORD(right) and WORD(t[b - 1])):
                    if row["shape"] not in ("airline_pnr", "mrz_ocr"):   # PNR/MRZ fields are glued by design (1.1SURNAME/GIVENMS, P<SWESURNAME)
                        err(f"{rid}: {ty} {t[a:b]!r} not at a word boundary")
        inside = lambda a, b: any(x <= a and b <= y for x, y, _ in py)
        if ents:
            # every other whole-word mention of a labelled PERSON/EMAIL/PHONE value must be labelled too (case-insensitive for PERSON)
            for (a, b, ty) in py:
                v = t[a:b]
                if ty not in ("PERSON", "EMAIL", "PHONE", "LOCATION") or len(v) < 3: continue
                flags = re.I if ty == "PERSON" else 0
                for m in re.finditer(re.escape(v), t, flags):
                    ma, mb = m.span()
                    if (ma > 0 and WORD(t[ma - 1])) or (mb < len(t) and WORD(t[mb])): continue
                    if not inside(ma, mb): err(f"{rid}: unlabelled repeat of {ty} {v!r} at {ma}")
            for rx, what in ((EMAIL_RE, "email"), (URL_RE, "url"), (IPV4_RE, "ipv4")):
                for m in rx.finditer(t):
                    if not inside(*m.span()) and not any(x < m.end() and m.start() < y for x, y, _ in py):
                        err(f"{rid}: unlabelled {what} {m.group(0)!r}")
        else:
            if EMAIL_RE.search(t) or URL_RE.search(t): err(f"{rid}: negative contains an email/url")
            for m in IPV4_RE.finditer(t):
                if row["shape"] not in ("neg_semver_changelog", "neg_snmp_oids"): err(f"{rid}: negative has IPv4-like {m.group(0)}")
        for e in ents: tcount[e["type"]] += 0
        for ty in {e["type"] for e in ents}: tcount[ty] += 1
    if npos != 320 or nneg != 80: err(f"privacy: {npos} positive / {nneg} negative, want 320/80")
    for ty in TYPES - {"MEDICAL"}:
        need = 80 if ty in ("PERSON", "PHONE") else 25
        if counts[ty] < need: err(f"privacy: only {counts[ty]} {ty} spans (want >= {need})")
    # the converted file
    ev = [json.loads(l) for l in open(os.path.join(HERE, "privacy-eval-v3.jsonl"), encoding="utf-8")]
    if len(ev) != len(rows): err("eval: row count differs")
    for a, b in zip(rows, ev):
        want = {"id": a["id"], "text": a["text"], "shape": a["shape"],
                "entities": [{"type": EVAL_MAP.get(e["type"], e["type"]), "start": e["start"], "end": e["end"], "value": e["text"]} for e in a["entities"] if e["type"] != "MEDICAL"]}
        if b != want or list(b) != ["id", "text", "entities", "shape"]: err(f"eval: {a['id']} differs from the converted holdout row")
    return rows, counts, tcount, shapes

def check_intents():
    names = set()
    for v in json.load(open(os.path.join(CLINC, "domains.json"))).values(): names.update(v)
    if len(names) != 150: err(f"clinc names: {len(names)}")
    rows = [json.loads(l) for l in open(os.path.join(HERE, "intents-holdout-v3.jsonl"), encoding="utf-8")]
    if len(rows) != 300: err(f"intents: {len(rows)} rows")
    per = collections.Counter(); seen = set()
    for i, x in enumerate(rows):
        if list(x) != ["text", "label"]: err(f"intent row {i}: keys {list(x)}")
        if x["label"] != "oos" and x["label"] not in names: err(f"intent label {x['label']!r}")
        if x["text"] != x["text"].strip() or not x["text"]: err(f"intent text whitespace {x['text']!r}")
        k = " ".join(x["text"].lower().split())
        if k in seen: err(f"duplicate utterance {x['text']!r}")
        seen.add(k); per[x["label"]] += 1
    ins = sum(v for k, v in per.items() if k != "oos")
    if ins != 200 or per["oos"] != 100: err(f"intents: {ins} in-scope / {per['oos']} oos")
    if max(v for k, v in per.items() if k != "oos") > 3: err("intents: more than 3 for an intent")
    # CLINC layout copies
    val = json.load(open(os.path.join(HERE, "intents-eval-v3", "val.json"), encoding="utf-8"))
    oos = json.load(open(os.path.join(HERE, "intents-eval-v3", "oos_val.json"), encoding="utf-8"))
    ref_val = json.load(open(os.path.join(CLINC, "val.json"))); ref_oos = json.load(open(os.path.join(CLINC, "oos_val.json")))
    def shape_of(x):
        if isinstance(x, dict): return ("dict", tuple(sorted(x)))
        return ("list", tuple(sorted({(type(e).__name__, len(e) if isinstance(e, list) else 0) for e in x})))
    if shape_of(val) != shape_of(ref_val) or shape_of(oos) != shape_of(ref_oos): err("intents-eval-v3 layout differs from the shipped CLINC150 files")
    flat = lambda d, k: d[k] if isinstance(d, dict) else d
    if [[x["text"], x["label"]] for x in rows if x["label"] != "oos"] != flat(val, "val"): err("val.json != in-scope rows")
    if [[x["text"], "oos"] for x in rows if x["label"] == "oos"] != flat(oos, "oos_val"): err("oos_val.json != oos rows")
    wrapped = os.path.join(HERE, "intents-eval-v3", "wrapped")
    wv = json.load(open(os.path.join(wrapped, "val.json"))); wo = json.load(open(os.path.join(wrapped, "oos_val.json")))
    if wv != {"val": flat(val, "val")} or wo != {"oos_val": flat(oos, "oos_val")}: err("wrapped copies differ")
    # exact-duplicate check against every CLINC150 split (prints a count only; no CLINC text is shown)
    clinc_texts = set()
    for fn in ("train.json", "val.json", "oos_train.json", "oos_val.json", "test.json", "oos_test.json"):
        p = os.path.join(CLINC, fn)
        if os.path.exists(p):
            d = json.load(open(p))
            for part in (d.values() if isinstance(d, dict) else [d]):
                for e in part:
                    if isinstance(e, list): clinc_texts.add(" ".join(str(e[0]).lower().split()))
    dup = sum(1 for k in seen if k in clinc_texts)
    if dup: err(f"intents: {dup} utterances also occur verbatim in CLINC150")
    # nearest CLINC150 utterance by word-set Jaccard (count only): flag anything that is nearly a copy
    bags = {frozenset(re.findall(r"\w+", c)) for c in clinc_texts}
    near = 0
    for k in seen:
        w = set(re.findall(r"\w+", k))
        best = max((len(w & b) / len(w | b) for b in bags), default=0)
        if best >= 0.75: near += 1
        if best >= 0.85: err(f"intents: an utterance is a near copy of a CLINC150 one (Jaccard {best:.2f})")
    return rows, per, (dup, near)

if __name__ == "__main__":
    import time
    t0 = time.time()
    prow, counts, tcount, shapes = check_privacy()
    irow, per, dup = check_intents()
    print(f"privacy: {len(prow)} rows, {sum(counts.values())} spans; " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts, key=lambda k: -counts[k])))
    print(f"intents: {sum(v for k, v in per.items() if k != 'oos')} in-scope over {len(per) - 1} intents, {per['oos']} oos; "
          f"verbatim CLINC150 overlaps: {dup[0]}, word-Jaccard >= 0.75 to a CLINC150 utterance: {dup[1]}")
    if errors:
        for e in errors[:200]: print("ERROR", e)
        print(f"{len(errors)} problem(s)"); sys.exit(1)
    print(f"ALL OK ({time.time() - t0:.2f} s)")
