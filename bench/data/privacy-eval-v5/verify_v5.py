"""Independent checks of privacy-eval-v5.jsonl; prints counts and ALL OK (exit code 1 on any failure).

    python3 verify_v5.py [path/to/privacy-eval-v5.jsonl]

It does not import the generator: validators for cards, IBANs and national ids are re-implemented here.
"""
import collections
import ipaddress
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "LOCATION", "ORGANIZATION", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH",
         "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "CREDIT_CARD", "IBAN", "API_KEY", "SECRET"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "PT": 25, "BE": 16, "AT": 20, "CH": 21,
            "SE": 24, "CZ": 24, "RO": 24, "HU": 28, "FI": 18, "DK": 18, "NO": 15, "GR": 27, "TR": 26, "SA": 24, "AE": 23,
            "IL": 23, "UA": 29, "BR": 29, "IE": 22, "LU": 20}
COMMON_WORD_NAMES = {"will", "bill", "mark", "hope", "grace", "joy", "rose", "summer", "amber", "reed", "drew",
                     "hunter", "dean", "baker", "cook", "bell", "wood", "stone", "marsh", "hall", "castle", "may",
                     "sol", "noor", "jet", "roos", "bruno", "alba", "ole", "guy", "holm"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SCRIPTS = {"Cyrillic": "CYRILLIC", "Greek": "GREEK", "Arabic": "ARABIC", "Hebrew": "HEBREW", "Devanagari": "DEVANAGARI",
           "CJK": "CJK UNIFIED", "Thai": "THAI", "Hangul": "HANGUL", "Kana": "HIRAGANA"}

errors = []


def fail(msg):
    errors.append(msg)


# ------------------------------------------------------------------ validators
def luhn(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, n in enumerate(reversed(ds)):
        if i % 2 == 1:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        s += n
    return s % 10 == 0


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    if " " in v and any(len(g) != 4 for g in v.split(" ")[:-1]):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def d(s):
    return re.sub(r"\D", "", s)


def v_es_dni(v):
    return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]


def v_bsn(v):
    return bool(re.fullmatch(r"\d{9}", v)) and (sum(int(x) * w for x, w in zip(v[:8], range(9, 1, -1))) - int(v[8])) % 11 == 0


def v_pesel(v):
    return bool(re.fullmatch(r"\d{11}", v)) and (10 - sum(int(a) * b for a, b in zip(v[:10], [1, 3, 7, 9] * 3)) % 10) % 10 == int(v[10])


def v_cpf(v):
    if not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", v):
        return False
    n = [int(x) for x in d(v)]
    for k in (9, 10):
        r = sum(x * w for x, w in zip(n[:k], range(k + 1, 1, -1))) * 10 % 11
        if (0 if r == 10 else r) != n[k]:
            return False
    return True


def v_se(v):
    m = re.fullmatch(r"(?:\d{2})?(\d{6})[-+](\d{4})", v)
    return bool(m) and luhn(m.group(1) + m.group(2))


def v_ssn(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(2) != "00" and m.group(3) != "0000"


def v_nino(v):
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def v_nhs(v):
    s = d(v)
    if not re.fullmatch(r"\d{3} \d{3} \d{4}", v):
        return False
    c = 11 - sum(int(x) * w for x, w in zip(s[:9], range(10, 1, -1))) % 11
    return (0 if c == 11 else c) == int(s[9])


def v_cn(v):
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w)) % 11] == v[17]


def v_kr(v):
    s = d(v)
    if not re.fullmatch(r"\d{6}-\d{7}", v):
        return False
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10 == int(s[12])


def v_tr(v):
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    b = [int(x) for x in v]
    return (sum(b[0:9:2]) * 7 - sum(b[1:8:2])) % 10 == b[9] and sum(b[:10]) % 10 == b[10]


def v_il(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    s = 0
    for i, x in enumerate(map(int, v)):
        t = x * (1 if i % 2 == 0 else 2)
        s += t - 9 if t > 9 else t
    return s % 10 == 0


def v_amka(v):
    return bool(re.fullmatch(r"\d{11}", v)) and luhn(v) and 1 <= int(v[0:2]) <= 31 and 1 <= int(v[2:4]) <= 12


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def v_aadhaar(v):
    if not re.fullmatch(r"[2-9]\d{3} \d{4} \d{4}", v):
        return False
    c = 0
    for i, ch in enumerate(reversed(d(v))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def v_th(v):
    s = d(v)
    if not (re.fullmatch(r"\d-\d{4}-\d{5}-\d{2}-\d", v) or re.fullmatch(r"\d{13}", v)):
        return False
    return (11 - sum(int(x) * w for x, w in zip(s[:12], range(13, 1, -1))) % 11) % 10 == int(s[12])


def v_cnp(v):
    if not re.fullmatch(r"[1-8]\d{12}", v):
        return False
    c = sum(int(a) * int(b) for a, b in zip(v[:12], "279146358279")) % 11
    return (1 if c == 10 else c) == int(v[12])


def v_cz(v):
    return bool(re.fullmatch(r"\d{6}/\d{4}", v)) and int(d(v)) % 11 == 0


def v_fi(v):
    m = re.fullmatch(r"(\d{6})[-+A-F](\d{3})([0-9A-Y])", v)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)


def v_dk(v):  # format only (no public check digit since 2007)
    return bool(re.fullmatch(r"\d{6}-\d{4}", v)) and 1 <= int(v[:2]) <= 31 and 1 <= int(v[2:4]) <= 12


def v_jp(v):
    if not re.fullmatch(r"\d{4} \d{4} \d{4}", v):
        return False
    b = [int(x) for x in d(v)]
    s = sum(b[10 - i] * (i + 2 if i < 6 else i - 4) for i in range(11))
    r = s % 11
    return (0 if r <= 1 else 11 - r) == b[11]


def v_ae(v):
    return bool(re.fullmatch(r"784-\d{4}-\d{7}-\d", v)) and luhn(d(v))


def v_sa(v):
    return bool(re.fullmatch(r"[12]\d{9}", v)) and luhn(v)


def v_ir(v):
    if not re.fullmatch(r"\d{10}", v):
        return False
    s = sum(int(x) * w for x, w in zip(v[:9], range(10, 1, -1))) % 11
    return int(v[9]) == (s if s < 2 else 11 - s)


def v_ua(v):
    if not re.fullmatch(r"\d{10}", v):
        return False
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return sum(int(a) * b for a, b in zip(v, w)) % 11 % 10 == int(v[9])


def v_snils(v):
    m = re.fullmatch(r"(\d{3})-(\d{3})-(\d{3}) (\d{2})", v)
    if not m:
        return False
    b = m.group(1) + m.group(2) + m.group(3)
    c = sum(int(x) * w for x, w in zip(b, range(9, 0, -1))) % 101
    return (0 if c == 100 else c) == int(m.group(4))


def v_taj(v):
    s = d(v)
    return bool(re.fullmatch(r"\d{3} \d{3} \d{3}", v)) and sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(s[:8])) % 10 == int(s[8])


def v_pt_nif(v):
    if not re.fullmatch(r"[123]\d{8}", v):
        return False
    c = 11 - sum(int(x) * w for x, w in zip(v[:8], range(9, 1, -1))) % 11
    return (0 if c >= 10 else c) == int(v[8])


def v_nir(v):
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", s)) and 97 - int(s[:13]) % 97 == int(s[13:])


# format-only kinds (no public check digit): German ID card, Russian internal passport, Kenyan ID, Vietnamese CCCD,
# Indonesian NIK, Malaysian MyKad, Polish ID card series
FORMAT_ONLY = {
    "DE Personalausweis (format)": lambda v: bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", v)),
    "RU passport (format)": lambda v: bool(re.fullmatch(r"\d{2} \d{2} \d{6}", v)),
    "KE ID (format)": lambda v: bool(re.fullmatch(r"[23]\d{7}", v)),
    "VN CCCD (format)": lambda v: bool(re.fullmatch(r"0\d{11}", v)),
    "ID NIK (format)": lambda v: bool(re.fullmatch(r"\d{16}", v)),
    "MY MyKad (format)": lambda v: bool(re.fullmatch(r"\d{6}-\d{2}-\d{4}", v)),
    "PL ID card (format)": lambda v: bool(re.fullmatch(r"[A-Z]{3}\d{6}", v)),
}
CHECKED = {"ES DNI": v_es_dni, "NL BSN": v_bsn, "PL PESEL": v_pesel, "BR CPF": v_cpf, "SE personnummer": v_se,
           "US SSN": v_ssn, "UK NINO": v_nino, "UK NHS number": v_nhs, "CN resident id": v_cn, "KR RRN": v_kr,
           "TR TCKN": v_tr, "IL Teudat Zehut": v_il, "GR AMKA": v_amka, "IN Aadhaar": v_aadhaar, "TH id": v_th,
           "RO CNP": v_cnp, "CZ rodne cislo": v_cz, "FI HETU": v_fi, "JP My Number": v_jp, "AE Emirates ID": v_ae,
           "SA national id": v_sa, "IR code melli": v_ir, "UA RNOKPP": v_ua, "RU SNILS": v_snils, "HU TAJ": v_taj,
           "PT NIF": v_pt_nif, "FR NIR": v_nir, "DK CPR (format)": v_dk}


def nid_kind(v):
    for k, f in list(CHECKED.items()) + list(FORMAT_ONLY.items()):
        if f(v):
            return k
    return None


# ------------------------------------------------------------------ helpers
def u16_index(text):
    m, pos = [], 0
    for ch in text:
        m.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    m.append(pos)
    return m


def slice16(text, a, b):
    return text.encode("utf-16-le")[2 * a:2 * b].decode("utf-16-le", errors="strict")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "privacy-eval-v5.jsonl")
    langs = json.load(open(os.path.join(HERE, "languages.json"), encoding="utf-8"))
    raw = open(path, "rb").read()
    if b"\r" in raw:
        fail("CR line endings")
    lines = raw.decode("utf-8").split("\n")
    if lines[-1] != "":
        fail("no trailing newline")
    rows = [json.loads(l) for l in lines[:-1]]
    counts, texts_with = collections.Counter(), collections.Counter()
    nid_kinds = collections.Counter()
    seen_texts = set()
    pos = neg = 0
    lang_rows = collections.Counter()
    scripts = collections.Counter()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r) != ["id", "text", "entities", "shape"]:
            fail(f"{rid}: keys {list(r)}")
        if rid != f"pv5-{i:04d}":
            fail(f"row {i}: id {rid}")
        t = r["text"]
        if t in seen_texts:
            fail(f"{rid}: duplicate text")
        seen_texts.add(t)
        if r["shape"] not in langs:
            fail(f"{rid}: shape {r['shape']} has no language")
        lang_rows[langs.get(r["shape"], "?")] += 1
        for name, key in SCRIPTS.items():
            if any(key in unicodedata.name(ch, "") for ch in t):
                scripts[name] += 1
        ents = r["entities"]
        is_neg = r["shape"].startswith("neg_")
        if is_neg != (not ents):
            fail(f"{rid}: neg_ shape iff no entities")
        if is_neg:
            neg += 1
            if EMAIL_RE.search(t):
                fail(f"{rid}: e-mail address in a negative")
            continue
        pos += 1
        n16 = len(t.encode("utf-16-le")) // 2
        prev_end = 0
        for e in ents:
            if list(e) != ["type", "start", "end", "value"]:
                fail(f"{rid}: entity keys {list(e)}")
            ty, a, b, v = e["type"], e["start"], e["end"], e["value"]
            if ty not in TYPES:
                fail(f"{rid}: type {ty}")
            if not (0 <= a < b <= n16):
                fail(f"{rid}: span {a}-{b} out of bounds")
                continue
            if a < prev_end:
                fail(f"{rid}: overlapping or unsorted span at {a}")
            prev_end = b
            try:
                s = slice16(t, a, b)
            except UnicodeDecodeError:
                fail(f"{rid}: span {a}-{b} splits a surrogate pair")
                continue
            if s != v:
                fail(f"{rid}: slice {s!r} != value {v!r}")
            if v != v.strip():
                fail(f"{rid}: outer whitespace in {v!r}")
            counts[ty] += 1
            if ty == "CREDIT_CARD" and not (luhn(v) and re.fullmatch(r"[\d -]{15,23}", v)):
                fail(f"{rid}: card fails Luhn {v}")
            if ty == "IBAN" and not iban_ok(v):
                fail(f"{rid}: IBAN fails mod-97/length/grouping {v}")
            if ty == "NATIONAL_ID":
                k = nid_kind(v)
                if k is None:
                    fail(f"{rid}: national id passes no check {v}")
                nid_kinds[k] += 1
            if ty == "EMAIL" and not EMAIL_RE.fullmatch(v):
                fail(f"{rid}: bad e-mail {v}")
            if ty == "URL" and not re.fullmatch(r"https?://\S+", v):
                fail(f"{rid}: bad URL {v}")
            if ty == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(v)
                except ValueError:
                    fail(f"{rid}: bad IP {v}")
        for ty in {e["type"] for e in ents}:
            texts_with[ty] += 1
        # every e-mail and IPv4 in a positive text is labelled
        m = u16_index(t)
        def covered(x, y):
            return any(e["start"] <= m[x] and m[y] <= e["end"] for e in ents)
        for rx in (EMAIL_RE, IPV4_RE):
            for mt in rx.finditer(t):
                if not covered(mt.start(), mt.end()):
                    fail(f"{rid}: unlabelled {mt.group()}")
        # every mention of a labelled name is labelled (names that are also common words excepted)
        low = t.lower()
        for e in ents:
            if e["type"] != "PERSON":
                continue
            v = e["value"].lower()
            if v in COMMON_WORD_NAMES or not re.search(r"[a-zà-ÿ]", v):
                continue
            for mt in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low):
                if not covered(mt.start(), mt.end()):
                    fail(f"{rid}: unlabelled mention of {e['value']!r}")
    # shape names are new: none appears in the earlier editions' author notes (when those files are next to this folder)
    notes = [os.path.join(HERE, "..", f) for f in ("HELDOUT-V2-AUTHOR-README.md", "HELDOUT-V3-AUTHOR-README.md",
                                                    "HELDOUT-V4-AUTHOR-README.md", os.path.join("privacy-dev5", "README.md"))]
    old = "".join(open(f, encoding="utf-8").read() for f in notes if os.path.exists(f))
    if old:
        for shape in langs:
            if shape in old:
                fail(f"shape name {shape} appears in an earlier edition's notes")
    if pos != 400 or neg != 80:
        fail(f"{pos} positive / {neg} negative rows (want 400/80)")
    total = sum(counts.values())
    non_en = sum(v for k, v in lang_rows.items() if k != "en")
    if len(lang_rows) < 26:
        fail(f"only {len(lang_rows)} languages")
    if not 0.35 <= non_en / len(rows) <= 0.5:
        fail(f"{non_en / len(rows):.0%} of texts not in English")
    for name in SCRIPTS:
        if scripts[name] == 0:
            fail(f"no text in {name} script")
    for ty in TYPES:
        if counts[ty] < 15:
            fail(f"only {counts[ty]} {ty} spans")

    print(f"{len(rows)} rows: {pos} positive, {neg} negative; {total} spans ({total / pos:.2f} per positive text)")
    print("| type | spans | texts |\n|---|---|---|")
    for ty, n in counts.most_common():
        print(f"| {ty} | {n} | {texts_with[ty]} |")
    print(f"languages ({len(lang_rows)}): " + ", ".join(f"{k} {v}" for k, v in lang_rows.most_common()))
    print(f"not English: {non_en} of {len(rows)} ({non_en / len(rows):.0%})")
    print("scripts (texts): " + ", ".join(f"{k} {v}" for k, v in scripts.most_common()))
    print("national ids: " + ", ".join(f"{k} {v}" for k, v in sorted(nid_kinds.items(), key=lambda x: str(x[0]))))
    shapes = collections.Counter(r["shape"] for r in rows)
    print(f"shapes: {sum(1 for s in shapes if not s.startswith('neg_'))} positive, {sum(1 for s in shapes if s.startswith('neg_'))} negative")
    if errors:
        for e in errors[:50]:
            print("FAIL", e)
        print(f"{len(errors)} failures")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
