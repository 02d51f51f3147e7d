# Random value factories for gen_privacy_v3.py. Every function takes the generator's random.Random.
import string
from pv3_data import *

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS_EN]

def digits(r, n, first_nonzero=False):
    s = "".join(r.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s

def alnum(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))

USED = set()   # given names already used in the current text (the generator clears it before each frame)

class Person:
    """A person with a culture; .full, .given, .family, and case variants. Given names are not repeated within one text."""
    def __init__(self, r, cult=None, sex=None):
        for _ in range(30):
            self._draw(r, cult, sex)
            if self.given not in USED: break
        USED.add(self.given)

    def _draw(self, r, cult, sex):
        pool = list(CULT) + list(CJK)
        self.cult = cult or r.choice(pool)
        self.sex = sex or r.choice("FM")
        c = self.cult
        if c in CJK:
            gf, gm, fam = CJK[c]
            self.given = r.choice(gf if self.sex == "F" else gm)
            self.family = r.choice(fam)
            self.full = self.family + self.given
            self.order = "fg"
        else:
            gf, gm, famf, famm, order = CULT[c]
            self.given = r.choice(gf if self.sex == "F" else gm)
            fams = famf if (self.sex == "F" or famm is None) else famm
            self.family = r.choice(fams)
            self.order = order
            self.full = (self.family + " " + self.given) if order == "fg" else (self.given + " " + self.family)
        y = r.randint(1942, 2006); m = r.randint(1, 12); d = r.randint(1, 28)
        self.dob = (y, m, d)
        self.country = CULT_COUNTRY[c]

    def email(self, r, domain=None):
        import unicodedata
        def asc(s):
            s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ð", "d").replace("þ", "th").replace("Þ", "Th").replace("ß", "ss").replace("ı", "i")
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            return "".join(ch for ch in s.lower() if ch.isalnum())
        g, f = asc(self.given), asc(self.family.split()[0] if " " in self.family and self.cult == "latam" else self.family)
        if not g or not f:  # CJK / Cyrillic / Greek: romanised handle
            g = r.choice(["hana", "kenta", "minjun", "seoyeon", "wei", "fang", "olga", "dima", "eleni", "nikos", "yuki", "jiho"])
            f = r.choice(["sato", "kim", "wang", "petrova", "pap", "lee", "chen", "volkov"])
        dom = domain or r.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "icloud.com", "fastmail.fm",
                                   "gmx.net", "seznam.cz", "mail.ru", "hotmail.se", "yandex.ru", "web.de", "zoho.com", "tutanota.com"])
        style = r.randint(0, 6)
        local = [g + "." + f, g[0] + f, f + "." + g, g + "_" + f + str(r.randint(1, 99)), g + str(r.randint(70, 99)),
                 f + g[0] + "+" + r.choice(["shop", "news", "bank", "work"]), g + "-" + f][style]
        return local + "@" + dom

def dob_str(r, dob, style=None):
    y, m, d = dob
    style = style if style is not None else r.randint(0, 9)
    return [f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{d} {MONTHS_EN[m-1]} {y}",
            f"{MONTHS_EN[m-1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{MON3[m-1]}-{y}", f"{y}/{m:02d}/{d:02d}",
            f"{d}.{m}.{y}", f"{MON3[m-1].upper()} {d:02d} {y}"][style]

# ---------------------------------------------------------------- phones
def phone(r, cc, intl=None):
    intl = r.random() < 0.45 if intl is None else intl
    D = lambda n: digits(r, n)
    if cc == "SE":
        if r.random() < 0.7:
            p = "7" + r.choice("0236") + " " + D(3) + " " + D(2) + " " + D(2)
            return "+46 " + p if intl else "0" + p[:2] + "-" + p[3:]
        return "+46 8 " + D(3) + " " + D(3) + " " + D(2) if intl else "08-" + D(3) + " " + D(3) + " " + D(2)
    if cc == "NO":
        p = r.choice("49") + D(2) + " " + D(2) + " " + D(3)
        return ("+47 " + p) if intl else p
    if cc == "DK":
        p = r.choice(["2", "3", "4", "5", "6"]) + D(1) + " " + D(2) + " " + D(2) + " " + D(2)
        return ("+45 " + p) if intl else p
    if cc == "FI":
        p = r.choice(["40", "44", "45", "50"]) + " " + D(3) + " " + D(4)
        return ("+358 " + p) if intl else "0" + p
    if cc == "CZ":
        p = r.choice(["602", "603", "604", "731", "777", "608"]) + " " + D(3) + " " + D(3)
        return ("+420 " + p) if intl else p
    if cc == "RO":
        p = "7" + r.choice(["22", "23", "24", "40", "45", "56"]) + " " + D(3) + " " + D(3)
        return ("+40 " + p) if intl else "0" + p
    if cc == "HU":
        p = r.choice(["20", "30", "70"]) + " " + D(3) + " " + D(4)
        return ("+36 " + p) if intl else "06 " + p
    if cc == "GR":
        p = "69" + r.choice("3479") + " " + D(3) + " " + D(4)
        return ("+30 " + p) if intl else p
    if cc == "IL":
        p = "5" + r.choice("02348") + "-" + D(3) + "-" + D(4)
        return ("+972 " + p) if intl else "0" + p
    if cc == "ID":
        p = "8" + r.choice(["12", "13", "21", "52", "57"]) + "-" + D(4) + "-" + D(4)
        return ("+62 " + p) if intl else "0" + p
    if cc == "PH":
        p = "9" + r.choice(["17", "18", "27", "05", "99"]) + " " + D(3) + " " + D(4)
        return ("+63 " + p) if intl else "0" + p
    if cc == "MY":
        p = "1" + r.choice("2369") + "-" + D(3) + " " + D(4)
        return ("+60 " + p) if intl else "0" + p
    if cc == "ZA":
        p = r.choice(["82", "83", "72", "71", "61"]) + " " + D(3) + " " + D(4)
        return ("+27 " + p) if intl else "0" + p
    if cc == "MX":
        p = r.choice(["55", "33", "81"]) + " " + D(4) + " " + D(4)
        return ("+52 " + p) if intl else p
    if cc == "AR":
        p = "11 " + r.choice("456") + D(3) + "-" + D(4)
        return ("+54 9 " + p) if intl else p
    if cc == "NZ":
        p = "2" + r.choice("1279") + " " + D(3) + " " + D(4)
        return ("+64 " + p) if intl else "0" + p
    if cc == "IE":
        p = "8" + r.choice("35679") + " " + D(3) + " " + D(4)
        return ("+353 " + p) if intl else "0" + p
    if cc in ("US", "CA"):
        area = r.choice(["503", "520", "312", "912", "208", "919", "415", "206"] if cc == "US" else ["416", "604", "514", "902", "613"])
        ex = r.choice("23456789") + D(2); ln = D(4)
        if intl: return r.choice([f"+1 {area} {ex} {ln}", f"+1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}"])
        return r.choice([f"({area}) {ex}-{ln}", f"{area}.{ex}.{ln}", f"{area}-{ex}-{ln}"])
    if cc == "AU":
        if r.random() < 0.7:
            p = "4" + D(2) + " " + D(3) + " " + D(3)
            return ("+61 " + p) if intl else "0" + p
        return "+61 2 " + D(4) + " " + D(4) if intl else "(02) " + D(4) + " " + D(4)
    if cc == "UK":
        if r.random() < 0.7:
            p = "7" + r.choice(["700", "911", "812", "456", "384"]) + " " + D(6)
            return ("+44 " + p) if intl else "0" + p
        return ("+44 20 " + D(4) + " " + D(4)) if intl else "020 " + r.choice("378") + D(3) + " " + D(4)
    if cc == "JP":
        p = r.choice(["90", "80", "70"]) + "-" + D(4) + "-" + D(4)
        return ("+81 " + p) if intl else "0" + p
    if cc == "KR":
        p = "10-" + D(4) + "-" + D(4)
        return ("+82 " + p) if intl else "0" + p
    if cc == "RU":
        code = r.choice(["916", "903", "925", "985"])
        return f"+7 {code} {D(3)}-{D(2)}-{D(2)}" if intl else f"8 ({code}) {D(3)}-{D(2)}-{D(2)}"
    raise KeyError(cc)

# ---------------------------------------------------------------- postal codes and addresses
def postal(r, cc):
    D = lambda n: digits(r, n)
    A = lambda: r.choice("ABCDEFGHJKLMNPRSTVWXY")
    return {
        "SE": lambda: r.choice("1234589") + D(2) + " " + D(2), "NO": lambda: D(4), "DK": lambda: r.choice("123456789") + D(3),
        "FI": lambda: r.choice("0123459") + D(3) + "0", "CZ": lambda: r.choice("1234567") + D(2) + " " + D(2),
        "RO": lambda: r.choice("1234567") + D(5), "HU": lambda: r.choice("123456789") + D(3),
        "GR": lambda: r.choice("1234568") + D(2) + " " + D(2), "IL": lambda: r.choice("123456789") + D(6),
        "ID": lambda: r.choice("1234569") + D(4), "PH": lambda: r.choice("1234569") + D(3), "MY": lambda: r.choice("1234568") + D(4),
        "ZA": lambda: D(4), "MX": lambda: r.choice("0123456789") + D(4), "AR": lambda: "C" + "1" + D(3) + A() + A() + A(),
        "NZ": lambda: r.choice("0123456789") + D(3), "IE": lambda: r.choice(["H91", "T12", "V94", "D08", "D06"]) + " " + A() + D(1) + A() + D(1),
        "US": lambda: D(5) if r.random() < 0.7 else D(5) + "-" + D(4),
        "CA": lambda: r.choice("HMVB") + D(1) + A() + " " + D(1) + A() + D(1),
        "AU": lambda: r.choice("23456") + D(3), "UK": lambda: r.choice(["N1", "SW9", "M14", "G12", "LS6", "BS3", "E8"]) + " " + D(1) + A() + A(),
        "JP": lambda: D(3) + "-" + D(4), "KR": lambda: "0" + D(4), "RU": lambda: "1" + D(5),
    }[cc]()

def address(r, cc, sep=", "):
    """Returns a marked address string in the country's usual order."""
    st = r.choice(STREETS[cc]); city = r.choice(CITIES[cc]); pc = postal(r, cc); n = r.randint(1, 240)
    if cc in ("SE", "NO", "FI"):
        line = f"{st} {n}" + r.choice(["", "B", " A 7", " lgh 1102", " C 14"] if cc != "NO" else ["", " H0203", "B"])
        return LOC(line) + sep + PC(pc) + " " + LOC(city)
    if cc == "DK":
        return LOC(f"{st} {n}, {r.randint(1,5)}. " + r.choice(["th.", "tv.", "mf."])) + sep + PC(pc) + " " + LOC(city)
    if cc == "CZ":
        return LOC(f"{st} {r.randint(100,2500)}/{n}") + sep + PC(pc) + " " + LOC(city)
    if cc == "RO":
        return LOC(f"{st} nr. {n}, bl. {r.choice('ABCD')}{r.randint(1,9)}, ap. {r.randint(1,60)}") + sep + LOC(city) + " " + PC(pc)
    if cc == "HU":
        return PC(pc) + " " + LOC(city) + ", " + LOC(f"{st} {n}.")
    if cc == "GR":
        return LOC(f"{st} {n}") + sep + PC(pc) + " " + LOC(city)
    if cc == "IL":
        return LOC(f"{st} {n}, apt {r.randint(1,30)}") + sep + LOC(city) + " " + PC(pc)
    if cc == "ID":
        return LOC(f"{st} No. {n}") + sep + LOC(city) + " " + PC(pc)
    if cc == "PH":
        return LOC(f"Unit {r.randint(2,30)}{r.randint(1,20):02d}, {n} {st}") + sep + LOC(city) + " " + PC(pc)
    if cc == "MY":
        return LOC(f"No. {n}, {st}") + sep + PC(pc) + " " + LOC(city)
    if cc == "ZA":
        return LOC(f"{n} {st}") + sep + LOC(city) + sep + PC(pc)
    if cc == "MX":
        return LOC(f"{st} {n}, Col. " + r.choice(["Centro", "Americana", "Roma Norte", "Del Valle"])) + sep + "C.P. " + PC(pc) + " " + LOC(city)
    if cc == "AR":
        return LOC(f"{st} {r.randint(100,4000)}, piso {r.randint(1,12)} \"{r.choice('ABCD')}\"") + sep + PC(pc) + " " + LOC(city)
    if cc == "NZ":
        return LOC(f"{n} {st}") + sep + LOC(city) + " " + PC(pc)
    if cc == "IE":
        return LOC(f"{n} {st}") + sep + LOC(city) + " " + PC(pc)
    if cc == "US":
        return LOC(f"{r.randint(100,9999)} {st}" + r.choice(["", " Apt 5", " Unit 12B", " #304"])) + sep + LOC(city) + " " + PC(pc)
    if cc == "CA":
        return LOC(f"{r.randint(10,2000)} {st}" + r.choice(["", ", app. 3", ", Suite 210"])) + sep + LOC(city) + " " + PC(pc)
    if cc == "AU":
        return LOC(f"Unit {r.randint(1,20)}, {n} {st}") + sep + LOC(city) + " " + PC(pc)
    if cc == "UK":
        return LOC(f"Flat {r.randint(1,9)}, {n} {st}") + sep + LOC(city) + " " + PC(pc)
    if cc == "JP":
        return LOC(f"{r.randint(1,5)}-{r.randint(1,20)}-{r.randint(1,30)} {st}") + sep + LOC(city) + " " + PC(pc)
    if cc == "KR":
        return LOC(f"{n} {st}") + sep + LOC(city) + " " + PC(pc)
    if cc == "RU":
        return PC(pc) + ", г. " + LOC(city) + ", " + LOC(f"{st}, д. {n}, кв. {r.randint(1,200)}")
    raise KeyError(cc)

# ---------------------------------------------------------------- financial
def card(r, brand=None, grouped=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay", "mir", "rupay", "maestro"])
    pre, ln = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
               "amex": (r.choice(["34", "37"]), 15), "discover": (r.choice(["6011", "65"]), 16),
               "jcb": (str(r.randint(3528, 3589)), 16), "diners": ("36", 14), "unionpay": ("62", r.choice([16, 19])),
               "mir": ("220" + str(r.randint(0, 4)), 16), "rupay": (r.choice(["60", "65", "81", "82"]), 16),
               "maestro": (r.choice(["6759", "5018", "5020"]), 19)}[brand]
    body = pre + digits(r, ln - len(pre) - 1)
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    g = r.choice(["space", "dash", "none"]) if grouped is None else grouped
    if g == "none": return num
    sepc = " " if g == "space" else "-"
    if ln == 15: parts = [num[:4], num[4:10], num[10:]]
    elif ln == 14: parts = [num[:4], num[4:10], num[10:]]
    else: parts = [num[i:i + 4] for i in range(0, ln, 4)]
    return sepc.join(parts)

def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    if cc == "RO": bban = r.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + alnum(r, n - 4, string.ascii_uppercase + string.digits)
    elif cc == "MT": bban = r.choice(["MALT", "VALL"]) + digits(r, 5) + alnum(r, n - 9, string.ascii_uppercase + string.digits)
    elif cc == "CY": bban = digits(r, 8) + alnum(r, n - 8, string.ascii_uppercase + string.digits)
    else: bban = digits(r, n)
    s = make_iban(cc, bban)
    assert iban_ok(s)
    g = (r.random() < 0.6) if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s

def ssn(r, dashed=None):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    s = f"{a:03d}-{r.randint(1,99):02d}-{r.randint(1,9999):04d}"
    d = r.random() < 0.75 if dashed is None else dashed
    return s if d else r.choice([s.replace("-", ""), s.replace("-", " ")])

# ---------------------------------------------------------------- national ids (with checks)
def nid_se(r, p):
    y, m, d = p.dob
    body = f"{y%100:02d}{m:02d}{d:02d}{digits(r,3)}"
    return f"{y%100:02d}{m:02d}{d:02d}-{body[6:]}{luhn_check_digit(body)}" if r.random() < 0.6 else f"{y}{m:02d}{d:02d}-{body[6:]}{luhn_check_digit(body)}"

def nid_fi(r, p):
    y, m, d = p.dob
    n = digits(r, 3)
    if n == "000": n = "002"
    v = int(f"{d:02d}{m:02d}{y%100:02d}{n}")
    sign = "-" if y < 2000 else "A"
    return f"{d:02d}{m:02d}{y%100:02d}{sign}{n}{FINNISH_HETU_CHARS[v % 31]}"

def nid_no(r, p):
    y, m, d = p.dob
    while True:
        ind = (r.randint(0, 499) if y < 2000 else r.randint(500, 999))
        b = [int(c) for c in f"{d:02d}{m:02d}{y%100:02d}{ind:03d}"]
        k1 = 11 - sum(x * w for x, w in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        if k1 == 11: k1 = 0
        if k1 == 10: continue
        b.append(k1)
        k2 = 11 - sum(x * w for x, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if k2 == 11: k2 = 0
        if k2 == 10: continue
        return "".join(map(str, b)) + str(k2)

def nid_cz(r, p):
    y, m, d = p.dob
    mm = m + (50 if p.sex == "F" else 0)
    pre = int(f"{y%100:02d}{mm:02d}{d:02d}")
    while True:
        suf = r.randint(0, 9999)
        if (pre * 10000 + suf) % 11 == 0: break
    return f"{y%100:02d}{mm:02d}{d:02d}/{suf:04d}"

def nid_ro(r, p):
    y, m, d = p.dob
    s = (1 if p.sex == "M" else 2) if y < 2000 else (5 if p.sex == "M" else 6)
    b = f"{s}{y%100:02d}{m:02d}{d:02d}{r.randint(1,46):02d}{r.randint(1,999):03d}"
    c = sum(int(x) * int(w) for x, w in zip(b, "279146358279")) % 11
    return b + str(1 if c == 10 else c)

def nid_il(r, p):
    b = digits(r, 8)
    for c in "0123456789":
        if il_ok(b + c): return b + c

def il_ok(s):
    t = 0
    for i, ch in enumerate(s):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        t += x - 9 if x > 9 else x
    return len(s) == 9 and t % 10 == 0

def nid_za(r, p):
    y, m, d = p.dob
    g = r.randint(0, 4999) if p.sex == "F" else r.randint(5000, 9999)
    b = f"{y%100:02d}{m:02d}{d:02d}{g:04d}08"
    return b + luhn_check_digit(b)

def nid_be(r, p):
    y, m, d = p.dob
    seq = r.randint(1, 998)
    base = int(f"{y%100:02d}{m:02d}{d:02d}{seq:03d}") + (2000000000 if y >= 2000 else 0)
    cc = 97 - base % 97
    return f"{y%100:02d}.{m:02d}.{d:02d}-{seq:03d}.{cc:02d}"

def nid_cl(r, p):
    n = r.randint(6000000, 24000000)
    s, w = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * w; w = 2 if w == 7 else w + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    t = f"{n:,}".replace(",", ".")
    return f"{t}-{dv}"

def nid_sg(r, p):
    pre = r.choice("ST")
    b = digits(r, 7)
    s = sum(int(x) * w for x, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if pre == "T" else 0)
    return pre + b + "JZIHGFEDCBA"[s % 11]

def nid_kr(r, p):
    y, m, d = p.dob
    g = (1 if p.sex == "M" else 2) if y < 2000 else (3 if p.sex == "M" else 4)
    b = f"{y%100:02d}{m:02d}{d:02d}{g}{digits(r,5)}"
    c = (11 - sum(int(x) * w for x, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)

def nid_gr_amka(r, p):
    y, m, d = p.dob
    b = f"{d:02d}{m:02d}{y%100:02d}{digits(r,4)}"
    return b + luhn_check_digit(b)

def nid_dk(r, p):
    y, m, d = p.dob
    return f"{d:02d}{m:02d}{y%100:02d}-{digits(r,4)}"

def nid_id(r, p):
    y, m, d = p.dob
    dd = d + (40 if p.sex == "F" else 0)
    return f"{r.choice(['31','32','33','34','35'])}{digits(r,4)}{dd:02d}{m:02d}{y%100:02d}{r.randint(1,9999):04d}"

def nid_mx_curp(r, p):
    y, m, d = p.dob
    L = string.ascii_uppercase
    return (r.choice("GHMRSV") + r.choice("AEIOU") + r.choice(L) + r.choice(L) + f"{y%100:02d}{m:02d}{d:02d}" + ("M" if p.sex == "F" else "H")
            + r.choice(["JC", "NL", "PL", "DF", "YN"]) + "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            + ("0" if y < 2000 else "A") + str(r.randint(0, 9)))

NID_BY_COUNTRY = {"SE": nid_se, "FI": nid_fi, "NO": nid_no, "CZ": nid_cz, "RO": nid_ro, "IL": nid_il, "ZA": nid_za,
                  "KR": nid_kr, "GR": nid_gr_amka, "DK": nid_dk, "ID": nid_id, "MX": nid_mx_curp}
NID_NAME = {"SE": "personnummer", "FI": "henkilötunnus", "NO": "fødselsnummer", "CZ": "rodné číslo", "RO": "CNP",
            "IL": "Teudat Zehut", "ZA": "SA ID no.", "KR": "주민등록번호", "GR": "ΑΜΚΑ", "DK": "CPR-nr.", "ID": "NIK", "MX": "CURP",
            "BE": "rijksregisternummer", "CL": "RUT", "SG": "NRIC"}

def nid(r, p, cc=None):
    cc = cc or p.country
    if cc == "BE": return nid_be(r, p)
    if cc == "CL": return nid_cl(r, p)
    if cc == "SG": return nid_sg(r, p)
    return NID_BY_COUNTRY[cc](r, p)

# ---------------------------------------------------------------- licences and passports
def driver_license(r, kind=None):
    D = lambda n: digits(r, n); U = string.ascii_uppercase
    kind = kind or r.choice(["PA", "MI", "AZ", "MA", "NJ", "OH", "NZ", "NSW", "VIC", "IE", "ZA", "SE"])
    return kind, {
        "PA": lambda: D(2) + " " + D(3) + " " + D(3), "MI": lambda: r.choice(U) + " " + D(3) + " " + D(3) + " " + D(3) + " " + D(3),
        "AZ": lambda: r.choice("ABDY") + D(8), "MA": lambda: "S" + D(8), "NJ": lambda: r.choice(U) + D(4) + " " + D(5) + " " + D(5),
        "OH": lambda: r.choice(U) + r.choice(U) + D(6), "NZ": lambda: r.choice(U) + r.choice(U) + D(6),
        "NSW": lambda: D(8), "VIC": lambda: D(9), "IE": lambda: D(3) + D(5), "ZA": lambda: D(4) + "0000" + r.choice(U) + r.choice(U) + D(2),
        "SE": lambda: D(8),
    }[kind]()

def passport(r, cc=None):
    D = lambda n: digits(r, n); U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    cc = cc or r.choice(["US", "SE", "FI", "CZ", "RO", "GR", "IL", "ID", "PH", "TH", "MY", "SG", "ZA", "MX", "AU", "NZ", "IE", "CA", "RU", "KR"])
    return cc, {
        "US": lambda: r.choice(["", "A"]) + D(8) if False else D(9), "SE": lambda: D(8), "FI": lambda: "XP" + D(7),
        "CZ": lambda: D(8), "RO": lambda: "0" + D(7) if r.random() < .5 else D(9), "GR": lambda: r.choice(U) + r.choice(U) + D(7),
        "IL": lambda: "3" + D(7), "ID": lambda: r.choice("ABCX") + D(7), "PH": lambda: "P" + D(7) + r.choice(U),
        "TH": lambda: r.choice(U) + r.choice(U) + D(7), "MY": lambda: r.choice("AH") + D(8), "SG": lambda: r.choice("EK") + D(7) + r.choice(U),
        "ZA": lambda: r.choice("AM") + D(8), "MX": lambda: r.choice("GN") + D(8), "AU": lambda: r.choice(["PA", "PB", "N"]) + D(7),
        "NZ": lambda: r.choice(["LA", "LH", "RA"]) + D(6), "IE": lambda: r.choice(["PA", "PB", "PC"]) + D(7),
        "CA": lambda: r.choice(U) + r.choice(U) + D(6), "RU": lambda: D(2) + " " + D(7), "KR": lambda: "M" + D(8),
    }[cc]()

# ---------------------------------------------------------------- network
def ipv4(r, private=None):
    private = r.random() < 0.4 if private is None else private
    if private:
        return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}", f"192.168.{r.randint(0,20)}.{r.randint(2,254)}",
                         f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}"])
    a = r.choice([31, 37, 46, 62, 77, 81, 85, 91, 103, 109, 141, 151, 176, 185, 188, 193, 203, 212])
    return f"{a}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"

def ipv6(r):
    pre = r.choice(["2a02:", "2001:67c:", "2a01:", "2600:1700:", "2406:da18:"])
    groups = [format(r.randint(0, 0xffff), "x") for _ in range(4)]
    return pre + ":".join(groups[:2]) + "::" + ":".join(groups[2:])

def ip(r):
    return ipv6(r) if r.random() < 0.25 else ipv4(r)

# ---------------------------------------------------------------- keys and secrets
B62 = string.ascii_letters + string.digits
def api_key(r, kind=None):
    kind = kind or r.choice(["anthropic", "openai", "gh_pat", "ghs", "gitlab_ptt", "stripe_rk", "npm", "pypi", "do", "shopify",
                             "ya29", "databricks", "telegram", "linear", "postman", "slack_app", "aws_asia", "mailgun", "hf", "jwt", "bearer"])
    return {
        "anthropic": lambda: "sk-ant-api03-" + alnum(r, 86, B62 + "-_") + "AA",
        "openai": lambda: "sk-proj-" + alnum(r, 48, B62 + "-_"),
        "gh_pat": lambda: "github_pat_11" + alnum(r, 20, string.ascii_uppercase + string.digits) + "_" + alnum(r, 59),
        "ghs": lambda: "ghs_" + alnum(r, 36), "gitlab_ptt": lambda: "glptt-" + alnum(r, 40, "0123456789abcdef"),
        "stripe_rk": lambda: "rk_live_" + alnum(r, 99), "npm": lambda: "npm_" + alnum(r, 36),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + alnum(r, 60, B62 + "-_"), "do": lambda: "dop_v1_" + alnum(r, 64, "0123456789abcdef"),
        "shopify": lambda: "shpat_" + alnum(r, 32, "0123456789abcdef"), "ya29": lambda: "ya29.a0" + alnum(r, 120, B62 + "-_"),
        "databricks": lambda: "dapi" + alnum(r, 32, "0123456789abcdef"),
        "telegram": lambda: str(r.randint(1000000000, 7999999999)) + ":AA" + alnum(r, 33, B62 + "-_"),
        "linear": lambda: "lin_api_" + alnum(r, 40), "postman": lambda: "PMAK-" + alnum(r, 24, "0123456789abcdef") + "-" + alnum(r, 34, "0123456789abcdef"),
        "slack_app": lambda: "xapp-1-A0" + alnum(r, 9, string.ascii_uppercase + string.digits) + "-" + digits(r, 13) + "-" + alnum(r, 64, "0123456789abcdef"),
        "aws_asia": lambda: "ASIA" + alnum(r, 16, string.ascii_uppercase + "234567"),
        "mailgun": lambda: "key-" + alnum(r, 32, "0123456789abcdef"), "hf": lambda: "hf_" + alnum(r, 34),
        "jwt": lambda: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + alnum(r, r.randint(90, 160), B62 + "-_") + "." + alnum(r, 86, B62 + "-_"),
        "bearer": lambda: alnum(r, 40, B62 + "-._~"),
    }[kind]()

def password(r):
    style = r.randint(0, 4)
    words = ["otter", "Granite", "mango", "Velvet", "cobalt", "Tundra", "pickle", "Saffron", "lantern", "Quokka", "harbor", "Zephyr"]
    if style == 0: return r.choice(words) + r.choice("!#$%&*?@") + str(r.randint(10, 9999)) + r.choice(words).capitalize()
    if style == 1: return alnum(r, r.randint(12, 22), B62 + "!#$%&*+-=?@^_")
    if style == 2: return "-".join(r.choice(words).lower() for _ in range(4))
    if style == 3: return r.choice(words).capitalize() + str(r.randint(1960, 2024)) + r.choice("!.#")
    return alnum(r, 6, string.ascii_lowercase) + r.choice("#@!") + alnum(r, 6, string.ascii_uppercase + string.digits)

def secret(r, kind=None):
    kind = kind or r.choice(["password", "password", "aws_secret", "whsec", "client_secret", "pem", "age"])
    if kind == "password": return password(r)
    if kind == "aws_secret": return alnum(r, 40, B62 + "/+")
    if kind == "whsec": return "whsec_" + alnum(r, 32)
    if kind == "client_secret": return r.choice(["GOCSPX-" + alnum(r, 28, B62 + "-_"), alnum(r, 3) + "8Q~" + alnum(r, 34, B62 + "~._-")])
    if kind == "age": return "AGE-SECRET-KEY-1" + alnum(r, 58, "023456789ACDEFGHJKLMNPQRSTUVWXYZ")
    if kind == "pem":
        lines = ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [alnum(r, 70, B62 + "+/") for _ in range(r.randint(4, 6))] + [alnum(r, 24, B62 + "+/") + "==", "-----END OPENSSH PRIVATE KEY-----"]
        return "\n".join(lines)
    raise KeyError(kind)
