"""Core of the privacy-dev6 generator: entity markers, the renderer, name pools and value factories.

Frames write text with markers made by the helpers below (PER("Ana") -> ⟦PERSON‖Ana⟧). render() removes the markers
and records each entity's UTF-16 offsets while it does so, so offsets are never found by searching the text.
Standard library only.
"""
import base64
import random
import re
import string

OPEN, SEP, CLOSE = "\u27e6", "\u2016", "\u27e7"
TYPES = ["PERSON", "LOCATION", "ORGANIZATION", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "POSTAL_CODE",
         "DATE_OF_BIRTH", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "CREDIT_CARD", "IBAN", "API_KEY", "SECRET"]


def mk(t):
    def f(v):
        v = str(v)
        assert CLOSE not in v and OPEN not in v
        return f"{OPEN}{t}{SEP}{v}{CLOSE}"
    return f


PER, LOC, ORG, PH, EM, URL, IP, PC = (mk(t) for t in
                                      ["PERSON", "LOCATION", "ORGANIZATION", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "POSTAL_CODE"])
DOB, NID, PASS, DL, CC, IBAN, KEY, SEC = (mk(t) for t in ["DATE_OF_BIRTH", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE",
                                                           "CREDIT_CARD", "IBAN", "API_KEY", "SECRET"])

MARK = re.compile(OPEN + "([A-Z_]+)" + SEP + "(.*?)" + CLOSE, re.S)


def u16len(s):
    return len(s.encode("utf-16-le")) // 2


def render(marked):
    """Removes markers; returns (text, entities) with UTF-16 offsets."""
    out, ents, pos16, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = marked[last:m.start()]
        out.append(plain)
        pos16 += u16len(plain)
        t, v = m.group(1), m.group(2)
        assert t in TYPES, t
        ents.append({"type": t, "start": pos16, "end": pos16 + u16len(v), "value": v})
        out.append(v)
        pos16 += u16len(v)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert OPEN not in text and CLOSE not in text and SEP not in text
    return text, ents


# ---------------------------------------------------------------- names
# (given names, surnames, family-name-first?)
NAMES = {
    "en": (["Oliver", "Hannah", "Marcus", "Chloe", "Declan", "Priya", "Jasper", "Imogen", "Tyrone", "Megan", "Callum",
            "Abigail", "Reuben", "Fiona", "Dwayne", "Harriet"],
           ["Whitfield", "Okafor", "Brennan", "Lockhart", "Pemberton", "Castellano", "Murray", "Ashdown", "Kowalczyk",
            "Fairbairn", "Thistlewood", "Garvey", "Ellison", "Hargreaves"], False),
    "es": (["Lucía", "Javier", "Marta", "Iñigo", "Rocío", "Alejandro", "Nerea", "Gonzalo", "Ximena", "Rodrigo"],
           ["Etxeberria Ruiz", "Morales Vega", "Quintana", "Herrera Soto", "de la Fuente", "Navarro Gil", "Zubizarreta",
            "Cifuentes"], False),
    "de": (["Jonas", "Friederike", "Malte", "Svenja", "Dieter", "Annegret", "Lukas", "Mareike", "Till", "Wiebke"],
           ["Brückner", "Hoffmeister", "Kleinschmidt", "Ottersbach", "Wagenknecht", "Jäger", "von Rauch", "Seidl"],
           False),
    "fr": (["Élodie", "Baptiste", "Margaux", "Thibault", "Aurélie", "Gaëtan", "Solène", "Mathis", "Inès", "Benoît"],
           ["Lefèvre", "Dumoulin", "Rousseau", "Chevallier", "Fournier", "Delacroix", "Marchand", "Le Goff"], False),
    "pt": (["João", "Beatriz", "Thiago", "Larissa", "Gonçalo", "Mariana", "Rafael", "Débora", "Caio", "Inês"],
           ["Carvalho", "dos Reis", "Pereira Lima", "Albuquerque", "Fonseca", "Nogueira", "da Costa", "Teixeira"], False),
    "it": (["Giulia", "Matteo", "Chiara", "Lorenzo", "Federica", "Davide", "Alessia", "Niccolò"],
           ["Bianchi", "Esposito", "Marchetti", "De Luca", "Colombo", "Rinaldi", "Santoro", "Galli"], False),
    "nl": (["Sanne", "Bram", "Femke", "Joris", "Lieke", "Thijs", "Maaike", "Ruben"],
           ["de Vries", "van Dijk", "Bakker", "Visser", "van der Linden", "Mulder", "Jansen", "Smit"], False),
    "pl": (["Agnieszka", "Krzysztof", "Magdalena", "Tomasz", "Zofia", "Bartłomiej", "Ewa", "Paweł"],
           ["Wiśniewski", "Zieliński", "Kowalski", "Wójcik", "Lewandowski", "Kamiński", "Szymański", "Dąbrowski"], False),
    "sv": (["Elin", "Oskar", "Maja", "Viktor", "Astrid", "Linnea", "Gustav"],
           ["Lindqvist", "Bergström", "Nyberg", "Holmgren", "Sjöberg", "Åkesson"], False),
    "tr": (["Elif", "Burak", "Zeynep", "Emre", "Ayşe", "Mert", "Derya", "Oğuz"],
           ["Yılmaz", "Kaya", "Demir", "Öztürk", "Çelik", "Aydın", "Şahin"], False),
    "ru": (["Алексей", "Наталья", "Дмитрий", "Ольга", "Игорь", "Светлана", "Павел"],
           ["Смирнов", "Кузнецов", "Волков", "Соколов", "Морозов", "Лебедев"], False),
    "uk": (["Тарас", "Оксана", "Богдан", "Ірина", "Андрій", "Мар'яна"],
           ["Шевченко", "Коваленко", "Бондар", "Ткачук", "Мельник"], False),
    "ja": (["陽菜", "蓮", "結衣", "大翔", "美咲", "悠真"], ["佐々木", "高橋", "中村", "小林", "山口", "松本"], True),
    "zh": (["子涵", "浩然", "雨桐", "俊杰", "欣怡", "宇航"], ["王", "李", "张", "刘", "陈", "杨", "欧阳"], True),
    "ko": (["지민", "서연", "민준", "하은", "도윤", "수빈"], ["김", "이", "박", "최", "정", "강"], True),
    "ar": (["ليلى", "يوسف", "مريم", "عمر", "نور", "خالد"], ["الحسيني", "العتيبي", "حداد", "منصور", "الخطيب"], False),
    "hi": (["अनिका", "रोहन", "कविता", "अर्जुन", "मीरा", "विकास"], ["शर्मा", "वर्मा", "गुप्ता", "चौहान", "मिश्रा"], False),
    "vi": (["Minh Anh", "Quang Huy", "Thu Trang", "Đức Thắng", "Ngọc Lan"], ["Nguyễn", "Trần", "Lê", "Phạm", "Vũ"], True),
    "id": (["Putri", "Rizky", "Dewi", "Agus", "Siti", "Bayu"], ["Wijaya", "Santoso", "Hidayat", "Kusuma", "Saputra"], False),
    "cs": (["Tereza", "Jakub", "Kateřina", "Ondřej", "Lucie"], ["Novák", "Dvořák", "Procházka", "Černý", "Svoboda"], False),
    "fi": (["Aino", "Eetu", "Venla", "Juho", "Siiri"], ["Virtanen", "Mäkinen", "Korhonen", "Heikkilä", "Laaksonen"], False),
    "da": (["Freja", "Mikkel", "Ida", "Rasmus"], ["Rasmussen", "Kjærgaard", "Østergaard", "Holm"], False),
    "no": (["Ingrid", "Sindre", "Thea", "Eirik"], ["Haugen", "Bakken", "Solberg", "Strand"], False),
    "el": (["Δημήτρης", "Ελένη", "Γιώργος", "Κατερίνα"], ["Παπαδόπουλος", "Γεωργίου", "Νικολάου", "Οικονόμου"], False),
    "he": (["נועה", "איתי", "תמר", "יונתן"], ["כהן", "לוי", "מזרחי", "פרץ"], False),
    "hu": (["Réka", "Bence", "Eszter", "Levente"], ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth"], True),
    "ro": (["Ioana", "Andrei", "Bianca", "Mihai"], ["Popescu", "Ionescu", "Dumitrescu", "Stan"], False),
    "ng": (["Chiamaka", "Oluwaseun", "Ifeoma", "Tunde", "Adaeze"], ["Adeyemi", "Okonkwo", "Balogun", "Nwosu"], False),
    "in": (["Ananya", "Siddharth", "Lakshmi", "Karthik", "Neha"], ["Iyer", "Raghunathan", "Deshpande", "Banerjee", "Reddy"], False),
    "sw": (["Wanjiru", "Baraka", "Amani", "Zawadi"], ["Otieno", "Mwangi", "Kamau", "Achieng"], False),
}
# names that are also common words are avoided so every whole-word occurrence of a name is a mention

# gendered surnames: the pools hold the masculine form; a female given name takes the feminine form
FEMALE = {"Агнешка", "Наталья", "Ольга", "Светлана", "Agnieszka", "Magdalena", "Zofia", "Ewa", "Tereza", "Kateřina",
          "Lucie", "Ελένη", "Κατερίνα"}


def feminine(lang, s):
    if lang == "ru":
        return s + "а"
    if lang == "pl":
        return re.sub(r"(ski|cki)$", lambda m: m.group(1)[:-1] + "a", s)
    if lang == "cs":
        return {"Novák": "Nováková", "Dvořák": "Dvořáková", "Procházka": "Procházková", "Černý": "Černá",
                "Svoboda": "Svobodová"}[s]
    if lang == "el":
        return {"Παπαδόπουλος": "Παπαδοπούλου"}.get(s, s)
    return s


class Names:
    """Draws names with given names unique within one text."""

    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def person(self, lang="en"):
        given, sur, fam_first = NAMES[lang]
        g = self.rng.choice([x for x in given if x not in self.used] or given)
        self.used.add(g)
        s = self.rng.choice(sur)
        if g in FEMALE:
            s = feminine(lang, s)
        if lang in ("zh", "ja", "ko"):
            full = s + g
        elif fam_first:
            full = f"{s} {g}"
        else:
            full = f"{g} {s}"
        return g, s, full


# ---------------------------------------------------------------- places
STREETS = {
    "en": ["Larchmont Avenue", "Quarry Lane", "Bexley Road", "Thornbury Close", "Maple Ridge Drive", "Kestrel Way",
           "Ashgrove Terrace", "Willowbrook Court"],
    "es": ["Calle de Toledo", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia", "Calle Alcalá"],
    "de": ["Lindenstraße", "Am Mühlbach", "Gartenweg", "Schillerstraße", "Kastanienallee", "Bergstraße"],
    "fr": ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "rue du Moulin", "impasse des Tilleuls"],
    "pt": ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Travessa do Carmo"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Mazzini"],
    "nl": ["Prinsengracht", "Kerkstraat", "Dorpsweg", "Lindelaan"],
    "pl": ["ul. Kwiatowa", "ul. Długa", "al. Jerozolimskie", "ul. Słoneczna"],
}
CITIES = {
    "en": ["Leeds", "Bristol", "Aberdeen", "Portland, OR", "Boise, ID", "Halifax, NS", "Ballarat VIC", "Galway"],
    "es": ["Valladolid", "Zaragoza", "Bilbao", "Guadalajara, Jal.", "Rosario"],
    "de": ["Freiburg im Breisgau", "Kassel", "Rostock", "Graz", "Winterthur"],
    "fr": ["Nantes", "Grenoble", "Lille", "Besançon", "Annecy"],
    "pt": ["Porto", "Coimbra", "Campinas - SP", "Belo Horizonte - MG"],
    "it": ["Bologna", "Bergamo (BG)", "Lecce", "Padova"],
    "nl": ["Utrecht", "Groningen", "Haarlem", "Gent"],
    "pl": ["Kraków", "Poznań", "Gdańsk", "Wrocław"],
}


def postal(rng, lang):
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    if lang == "en":
        return rng.choice([f"LS{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('NPQRTUW')}",
                           d(5), f"BS{rng.randint(1, 16)} {rng.randint(1, 9)}HX"])
    if lang == "nl":
        return f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'RT', 'XE', 'GH'])}"
    if lang == "pl":
        return f"{d(2)}-{d(3)}"
    if lang == "pt":
        return rng.choice([f"{d(4)}-{d(3)}", f"{d(5)}-{d(3)}"])
    return d(5)


def address(rng, lang):
    """(street line, postal code, city) in the national style"""
    st = rng.choice(STREETS[lang])
    n = rng.randint(2, 180)
    if lang == "en":
        # UK, US or Canadian address, city and postcode from the same country
        kind = rng.choice(["uk", "us", "ca"])
        city = rng.choice({"uk": ["Leeds", "Bristol", "Aberdeen", "Norwich", "Swansea"],
                           "us": ["Portland, OR", "Boise, ID", "Tucson, AZ", "Dayton, OH"],
                           "ca": ["Halifax, NS", "Kelowna, BC", "Guelph, ON"]}[kind])
        pc = {"uk": lambda: f"{dict(Leeds='LS', Bristol='BS', Aberdeen='AB', Norwich='NR', Swansea='SA')[city]}{rng.randint(1, 16)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('NPQRTUW')}",
              "us": lambda: digits(rng, 5),
              "ca": lambda: f"{rng.choice('BVN')}{rng.randint(1, 9)}{rng.choice('ABCEGH')} {rng.randint(1, 9)}{rng.choice('JKLMNP')}{rng.randint(1, 9)}"}[kind]()
        return f"{n} {st}", pc, city
    if lang in ("en",):
        line = f"{n} {st}"
    elif lang == "fr":
        line = f"{n} {st}"
    elif lang == "es":
        line = f"{st} {n}, {rng.randint(1, 6)}º {rng.choice('ABCD')}"
    elif lang == "pt":
        line = f"{st}, {n}"
    else:
        line = f"{st} {n}"
    return line, postal(rng, lang), rng.choice(CITIES[lang])


# ---------------------------------------------------------------- numbers
def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone(rng, cc):
    d = lambda n: digits(rng, n)
    f = {
        "us": lambda: rng.choice([f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{d(4)}", f"+1 {rng.randint(201, 989)} {rng.randint(200, 999)} {d(4)}"]),
        "uk": lambda: rng.choice([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(3)} {d(3)}"]),
        "es": lambda: rng.choice([f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(3)} {d(3)}"]),
        "de": lambda: rng.choice([f"0151 {d(8)}", f"+49 170 {d(7)}", f"0{rng.randint(30, 89)} {d(6)}"]),
        "fr": lambda: rng.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}"]),
        "pt": lambda: rng.choice([f"91{d(1)} {d(3)} {d(3)}", f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"]),
        "it": lambda: f"3{d(2)} {d(3)} {d(4)}",
        "nl": lambda: rng.choice([f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}"]),
        "pl": lambda: f"+48 {d(3)} {d(3)} {d(3)}",
        "tr": lambda: f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}",
        "ru": lambda: f"+7 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}",
        "ja": lambda: f"090-{d(4)}-{d(4)}",
        "zh": lambda: f"13{d(1)} {d(4)} {d(4)}",
        "ko": lambda: f"010-{d(4)}-{d(4)}",
        "in": lambda: f"+91 9{d(4)} {d(5)}",
        "ng": lambda: f"+234 80{d(1)} {d(3)} {d(4)}",
        "ar": lambda: f"+971 50 {d(3)} {d(4)}",
        "sv": lambda: f"07{d(1)}-{d(3)} {d(2)} {d(2)}",
        "id": lambda: f"0812-{d(4)}-{d(4)}",
        "vi": lambda: f"09{d(2)} {d(3)} {d(3)}",
    }
    return f[cc]()


def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()][::-1]
    t = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(s))
    return t % 10 == 0


def card(rng):
    pre, n = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16)])
    body = pre + digits(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if n == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    sep = rng.choice([" ", "-", " ", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_FMT = {"DE": "n18", "FR": "n10a11n2", "ES": "n20", "NL": "a4n10", "IT": "a1n10a12", "GB": "a4n14", "BE": "n12",
            "PT": "n21", "PL": "n24", "SE": "n20", "AT": "n16", "CH": "n17", "TR": "n22", "RO": "a4a16", "CZ": "n20",
            "FI": "n14", "DK": "n14", "NO": "n11", "HU": "n24", "GR": "n23"}


def iban_ok(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng, cc):
    fmt = IBAN_FMT[cc]
    bban = ""
    for kind, n in re.findall(r"([na])(\d+)", fmt):
        pool = string.digits if kind == "n" else string.ascii_uppercase
        bban += "".join(rng.choice(pool) for _ in range(int(n)))
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.7 else s


def ip(rng, public=True):
    if public:
        return f"{rng.choice([81, 93, 145, 178, 203, 212, 46, 89])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}", f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"])


def ipv6(rng):
    return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"


# ---------------------------------------------------------------- national ids, passports, licences
def es_dni(rng):
    n = rng.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nl_bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(c)


def pl_pesel(rng, y, m, dd, female):
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{dd:02d}{rng.randint(0, 99):02d}{rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def se_pnr(rng, y, m, dd):
    base = f"{y % 100:02d}{m:02d}{dd:02d}{rng.randint(100, 999)}"
    for c in "0123456789":
        if luhn_ok(base + c):
            return f"{base[:6]}-{base[6:]}{c}"


def br_cpf(rng):
    d = [rng.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def us_ssn(rng):
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def uk_nino(rng):
    return f"{rng.choice(['AB', 'JK', 'NP', 'SR', 'WL', 'YZ'])} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"


def fr_nir(rng, y, m, female):
    body = f"{2 if female else 1}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    k = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k:02d}"


def in_aadhaar(rng):
    # Verhoeff check digit
    dm = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
          [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
          [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
          [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    pm = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
          [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
          [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    body = str(rng.randint(2, 9)) + digits(rng, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = dm[c][pm[(i + 1) % 8][int(ch)]]
    s = body + str(inv[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def passport(rng, cc):
    A, D = string.ascii_uppercase, string.digits
    p = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    return {
        "us": lambda: rng.choice("56") + p(D, 8),
        "uk": lambda: p(D, 9),
        "de": lambda: rng.choice("CFGHJK") + p("CFGHJKLMNPRTVWXYZ0123456789", 8),
        "fr": lambda: p(D, 2) + p(A, 2) + p(D, 5),
        "es": lambda: p(A, 3) + p(D, 6),
        "it": lambda: p(A, 2) + p(D, 7),
        "nl": lambda: p(A, 2) + p(A + D, 6) + p(D, 1),
        "pl": lambda: p(A, 2) + p(D, 7),
        "in": lambda: rng.choice("JKLMNPRSTUVWZ") + p(D, 7),
        "cn": lambda: "E" + p(D, 8),
        "ja": lambda: p(A, 2) + p(D, 7),
        "ko": lambda: "M" + p(D, 8),
        "br": lambda: p(A, 2) + p(D, 6),
        "tr": lambda: "U" + p(D, 8),
        "ng": lambda: "A" + p(D, 8),
    }[cc]()


def driver_license(rng, kind):
    A, D = string.ascii_uppercase, string.digits
    p = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    return {
        "ca": lambda: rng.choice(A) + p(D, 7),
        "ny": lambda: f"{p(D, 3)} {p(D, 3)} {p(D, 3)}",
        "fl": lambda: f"{rng.choice(A)}{p(D, 3)}-{p(D, 3)}-{p(D, 2)}-{p(D, 3)}-0",
        "tx": lambda: p(D, 8),
        "uk": lambda: p(A, 5) + p(D, 6) + p(A, 2) + p(D, 1) + p(A, 2),
        "de": lambda: rng.choice("BFJN") + p(D, 3) + p(A + D, 6) + p(D, 1),
        "fr": lambda: p(D, 2) + p(A, 2) + p(D, 5),
        "au": lambda: p(D, 8),
        "in": lambda: f"{rng.choice(['MH12', 'KA05', 'DL04', 'TN09'])} {rng.randint(2008, 2022)}{p(D, 7)}",
        "ie": lambda: f"{p(D, 3)}{p(D, 3)}{p(D, 3)}",
        "pl": lambda: f"{p(D, 5)}/{p(D, 2)}/{p(D, 4)}",
        "it": lambda: "U1" + p(A, 1) + p(D, 6) + p(A, 1),
        "nl": lambda: p(D, 10),
        "es": lambda: es_dni(rng),
        "jp": lambda: p(D, 12),
    }[kind]()


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
}


def birth(rng, lo=1948, hi=2016):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dob_text(rng, lang, ymd):
    y, m, d = ymd
    M = MONTHS.get(lang)
    if lang == "en":
        return rng.choice([f"{M[m - 1]} {d}, {y}", f"{d} {M[m - 1]} {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                           f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} of {M[m - 1]} {y}",
                           f"{d:02d}-{M[m - 1][:3].upper()}-{y}"])
    if lang in ("es", "pt"):
        return rng.choice([f"{d} de {M[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}"])
    if lang == "de":
        return rng.choice([f"{d}. {M[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if lang in ("fr", "it", "nl", "sv", "id", "ro"):
        return rng.choice([f"{d} {M[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}" if lang != "nl" else f"{d:02d}-{m:02d}-{y}"])
    if lang in ("pl", "cs"):
        return rng.choice([f"{d} {M[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if lang in ("ru", "uk"):
        return rng.choice([f"{d} {M[m - 1]} {y} г." if lang == "ru" else f"{d} {M[m - 1]} {y} р.", f"{d:02d}.{m:02d}.{y}"])
    if lang == "tr":
        return rng.choice([f"{d} {M[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if lang == "fi":
        return rng.choice([f"{d}. {M[m - 1]} {y}", f"{d}.{m}.{y}"])
    if lang == "hu":
        return f"{y}. {M[m - 1]} {d}."
    if lang == "el":
        return rng.choice([f"{d} {M[m - 1]} {y}", f"{d}/{m}/{y}"])
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    if lang == "ar":
        return f"{d}/{m}/{y}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) if rng.random() < 0.5 else f"{d:02d}/{m:02d}/{y}"
    if lang == "vi":
        return f"ngày {d} tháng {m} năm {y}"
    if lang == "hi":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d:02d}/{m:02d}/{y}"


# ---------------------------------------------------------------- secrets and keys
WORDS = ["maple", "orbit", "lantern", "pepper", "glacier", "tundra", "velvet", "harbor", "cactus", "quartz", "falcon",
         "biscuit", "meadow", "copper", "saffron", "violet", "ember", "pickle", "rocket", "walnut", "zebra", "dune",
         "lemon", "otter", "nimbus", "crimson", "tulip", "badger", "mango", "cobalt"]


def rs(rng, pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


AN = string.ascii_letters + string.digits


def password(rng):
    w = rng.choice(WORDS)
    return rng.choice([
        lambda: w.capitalize() + rng.choice("!#$%&*") + str(rng.randint(10, 9999)),
        lambda: rs(rng, AN, 4) + rng.choice("!@#%^*") + rs(rng, AN, 6),
        lambda: w + str(rng.randint(1970, 2025)),
        lambda: w.capitalize() + rng.choice(WORDS).capitalize() + str(rng.randint(1, 99)) + rng.choice("!?."),
        lambda: w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(1, 999)),
        lambda: rs(rng, AN + "-_", 14),
    ])()


def passphrase(rng, sep=" ", n=4):
    return sep.join(rng.sample(WORDS, n))


def pin(rng, n=4):
    return digits(rng, n)


def recovery_codes(rng, n=4):
    return [f"{rs(rng, string.ascii_lowercase + string.digits, 4)}-{rs(rng, string.ascii_lowercase + string.digits, 4)}" for _ in range(n)]


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, sub):
    h = b64url(b'{"alg":"HS256","typ":"JWT"}')
    p = b64url(('{"sub":"%s","iat":%d,"exp":%d}' % (sub, 1764000000 + rng.randint(0, 9999999), 1767000000 + rng.randint(0, 9999999))).encode())
    s = b64url(bytes(rng.randrange(256) for _ in range(32)))
    return f"{h}.{p}.{s}"


def pem(rng, kind="RSA PRIVATE KEY", lines=4):
    body = "\n".join(base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode() for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


def hexs(rng, n):
    return rs(rng, "0123456789abcdef", n)


def api_key(rng, kind=None):
    kind = kind or rng.choice(["openai", "gh", "aws", "stripe", "slack", "google", "sendgrid", "anthropic", "hf", "gitlab"])
    return {
        "openai": lambda: "sk-proj-" + rs(rng, AN + "_-", 48),
        "anthropic": lambda: "sk-ant-api03-" + rs(rng, AN + "_-", 60) + "AA",
        "gh": lambda: "ghp_" + rs(rng, AN, 36),
        "aws": lambda: "AKIA" + rs(rng, string.ascii_uppercase + "234567", 16),
        "stripe": lambda: "sk_live_" + rs(rng, AN, 24),
        "slack": lambda: f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{rs(rng, AN, 24)}",
        "google": lambda: "AIza" + rs(rng, AN + "_-", 35),
        "sendgrid": lambda: f"SG.{rs(rng, AN + '_-', 22)}.{rs(rng, AN + '_-', 43)}",
        "hf": lambda: "hf_" + rs(rng, AN, 34),
        "gitlab": lambda: "glpat-" + rs(rng, AN + "_-", 20),
    }[kind]()


def aws_secret(rng):
    return rs(rng, AN + "/+", 40)


def session_id(rng):
    return rs(rng, string.ascii_lowercase + string.digits, 32)
