"""Check-digit validators for the national IDs, cards and IBANs of privacy-dev5.

Shared by gen_dev5.py (which draws a random body and then searches the check character that makes the
validator pass) and verify_dev5.py (which re-checks every span). Standard library only.
"""
import re

def digits(s):
    return re.sub(r"\D", "", s)

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def mod97_iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18,
            "CZ": 24, "PT": 25, "BE": 16, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "RO": 24, "HU": 28, "GR": 27,
            "TR": 26, "SK": 24, "LU": 20, "SA": 24, "AE": 23, "IL": 23, "HR": 21, "SI": 19}

# --- national IDs -------------------------------------------------------------------------------------------

def es_dni(s):
    m = re.fullmatch(r"(\d{8})-?([A-Z])", s)
    return bool(m) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(m.group(1)) % 23] == m.group(2)

def es_nie(s):
    m = re.fullmatch(r"([XYZ])-?(\d{7})-?([A-Z])", s)
    if not m:
        return False
    n = int("XYZ".index(m.group(1)).__str__() + m.group(2))
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23] == m.group(3)

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))

def it_cf(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = 0
    for i, ch in enumerate(s[:15]):
        tot += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return chr(65 + tot % 26) == s[15]

def fr_nir(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", d):
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])

def be_nrn(s):
    d = digits(s)
    if not re.fullmatch(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", s):
        return False
    c = int(d[9:])
    return 97 - int(d[:9]) % 97 == c or 97 - int("2" + d[:9]) % 97 == c

def nl_bsn(s):
    d = digits(s)
    if not re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}", s):
        return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def se_pnr(s):
    m = re.fullmatch(r"(\d{2})?(\d{6})[-+](\d{4})", s)
    return bool(m) and luhn_ok(m.group(2) + m.group(3))

def no_fnr(s):
    d = digits(s)
    if not re.fullmatch(r"\d{6} ?\d{5}", s):
        return False
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(d[i]) * w1[i] for i in range(9)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(int(d[i]) * w2[i] for i in range(10)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == int(d[9]) and k2 == int(d[10])

def fi_hetu(s):
    m = re.fullmatch(r"(\d{6})([-+A-F])(\d{3})([0-9A-Y])", s)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(3)) % 31] == m.group(4)

def pl_pesel(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(s[i]) * w[i] for i in range(10)) % 10) % 10 == int(s[10])

def cz_rc(s):
    m = re.fullmatch(r"(\d{6})/?(\d{4})", s)
    return bool(m) and int(m.group(1) + m.group(2)) % 11 == 0

def pt_nif(s):
    d = digits(s)
    if len(d) != 9 or d[0] not in "12":
        return False
    c = 11 - sum(int(d[i]) * (9 - i) for i in range(8)) % 11
    return (0 if c >= 10 else c) == int(d[8])

def br_cpf(s):
    if not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", s):
        return False
    d = [int(x) for x in digits(s)]
    c1 = sum(d[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
    c2 = sum(d[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
    return c1 == d[9] and c2 == d[10]

def cl_rut(s):
    m = re.fullmatch(r"(\d{1,2}(?:\.\d{3}){2}|\d{7,8})-([0-9K])", s)
    if not m:
        return False
    body = digits(m.group(1))
    tot, w = 0, 2
    for ch in reversed(body):
        tot += int(ch) * w
        w = 2 if w == 7 else w + 1
    c = 11 - tot % 11
    return {11: "0", 10: "K"}.get(c, str(c)) == m.group(2)

_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"

def mx_curp(s):
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", s):
        return False
    tot = sum(_CURP.index(ch) * (18 - i) for i, ch in enumerate(s[:17]))
    return (10 - tot % 10) % 10 == int(s[17])

_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]

def in_aadhaar(s):
    if not re.fullmatch(r"[2-9]\d{3} ?\d{4} ?\d{4}", s):
        return False
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def in_pan(s):
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))

def cn_rid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(s[i]) * w[i] for i in range(17)) % 11] == s[17]

def kr_rrn(s):
    if not re.fullmatch(r"\d{6}-[1-4]\d{6}", s):
        return False
    d = digits(s)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(d[i]) * w[i] for i in range(12)) % 11) % 10 == int(d[12])

def jp_mynumber(s):
    if not re.fullmatch(r"\d{4} ?\d{4} ?\d{4}", s):
        return False
    d = digits(s)
    body = d[:11]
    tot = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])

def sg_nric(s):
    m = re.fullmatch(r"([ST])(\d{7})([A-Z])", s)
    if not m:
        return False
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(m.group(2)[i]) * w[i] for i in range(7)) + (4 if m.group(1) == "T" else 0)
    return "JZIHGFEDCBA"[tot % 11] == m.group(3)

def my_mykad(s):
    return bool(re.fullmatch(r"\d{2}(0[1-9]|1[0-2])\d{2}-(0[1-9]|1[0-6])-\d{4}", s))

def id_nik(s):
    return bool(re.fullmatch(r"\d{6}([0-7]\d)(0[1-9]|1[0-2])\d{2}\d{4}", s))

def ph_psn(s):
    return bool(re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}", s))

def za_id(s):
    return bool(re.fullmatch(r"\d{13}", s)) and luhn_ok(s)

def ng_nin(s):
    return bool(re.fullmatch(r"\d{11}", s))

def il_tz(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v - 9 if v > 9 else v
    return tot % 10 == 0

def tr_tckn(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = [int(x) for x in s]
    c10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return c10 == d[9] and sum(d[:10]) % 10 == d[10]

def ca_sin(s):
    return bool(re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{3}", s)) and digits(s)[0] not in "08" and luhn_ok(digits(s))

def uk_nino(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d):
        return False
    return d[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")

def ie_ppsn(s):
    m = re.fullmatch(r"(\d{7})([A-W])", s)
    if not m:
        return False
    tot = sum(int(m.group(1)[i]) * (8 - i) for i in range(7))
    return "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] == m.group(2)

def au_tfn(s):
    d = digits(s)
    if len(d) != 9 or not re.fullmatch(r"\d{3} ?\d{3} ?\d{3}", s):
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(d[i]) * w[i] for i in range(9)) % 11 == 0

def nz_ird(s):
    if not re.fullmatch(r"\d{2,3}-\d{3}-\d{3}", s):
        return False
    d = digits(s).rjust(9, "0")
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d[i]) * w[i] for i in range(8)) % 11
    c = 0 if r == 0 else 11 - r
    return c != 10 and c == int(d[8])

def dk_cpr(s):
    return bool(re.fullmatch(r"(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}-\d{4}", s))

def ar_dni(s):
    return bool(re.fullmatch(r"\d{2}\.\d{3}\.\d{3}", s))

# Checked validators first; the format-only ones last (documented in README.md).
NATIONAL_ID_CHECKS = [
    ("ES DNI", es_dni), ("ES NIE", es_nie), ("IT codice fiscale", it_cf), ("FR NIR", fr_nir),
    ("BE national number", be_nrn), ("NL BSN", nl_bsn), ("SE personnummer", se_pnr), ("NO fodselsnummer", no_fnr),
    ("FI HETU", fi_hetu), ("PL PESEL", pl_pesel), ("CZ rodne cislo", cz_rc), ("PT NIF", pt_nif), ("BR CPF", br_cpf),
    ("CL RUT", cl_rut), ("MX CURP", mx_curp), ("IN Aadhaar", in_aadhaar), ("CN resident id", cn_rid),
    ("KR RRN", kr_rrn), ("JP My Number", jp_mynumber), ("SG NRIC", sg_nric), ("ZA ID", za_id), ("IL TZ", il_tz),
    ("TR TCKN", tr_tckn), ("CA SIN", ca_sin), ("UK NINO", uk_nino), ("IE PPSN", ie_ppsn), ("AU TFN", au_tfn),
    ("NZ IRD", nz_ird),
    # format only (no public check digit)
    ("IN PAN (format)", in_pan), ("MY MyKad (format)", my_mykad), ("ID NIK (format)", id_nik),
    ("PH PhilSys (format)", ph_psn), ("NG NIN (format)", ng_nin), ("DK CPR (format)", dk_cpr),
    ("AR DNI (format)", ar_dni),
]

def which_national_id(s):
    for name, f in NATIONAL_ID_CHECKS:
        if f(s):
            return name
    return None
