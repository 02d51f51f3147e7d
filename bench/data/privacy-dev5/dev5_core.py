"""Name pools, value factories and the marker renderer for privacy-dev5 (standard library only)."""
import datetime as dt
import random
import string
import unicodedata

import dev5_ids as V

# ---------------------------------------------------------------------------------------------------------------
# Markers: E(type, value) wraps a value; render() removes the markers and computes UTF-16 offsets as it goes.
OPEN, SEP, CLOSE = "\u0001", "\u0002", "\u0003"

def E(t, v):
    return f"{OPEN}{t}{SEP}{v}{CLOSE}"

def u16(s):
    return len(s.encode("utf-16-le")) // 2

def render(marked):
    out, spans, pos, i = [], [], 0, 0
    while i < len(marked):
        j = marked.find(OPEN, i)
        if j < 0:
            out.append(marked[i:]); break
        out.append(marked[i:j]); pos += u16(marked[i:j])
        k = marked.index(SEP, j); m = marked.index(CLOSE, k)
        t, v = marked[j + 1:k], marked[k + 1:m]
        assert OPEN not in v and v == v.strip() and v, (t, v)
        spans.append({"type": t, "start": pos, "end": pos + u16(v), "text": v})
        out.append(v); pos += u16(v); i = m + 1
    return "".join(out), spans

# ---------------------------------------------------------------------------------------------------------------
# Name pools: (given male, given female, surnames (m, f) or plain, order). order: "gf" given-first with space,
# "fg" family-first with space, "fg0" family-first without space (CJK), "two" given + two surnames,
# "bin" Malay patronymic, "vi" Vietnamese family-middle-given.
POOLS = {
    "en_gb": (["Callum", "Rhys", "Toby", "Hamish", "Declan", "Alfie"], ["Imogen", "Harriet", "Esme", "Tamsin", "Poppy", "Isla"],
              ["Pemberton", "Whitlock", "Ashdown", "Greaves", "Haddleton", "Fairbairn", "Thistlewood", "Marchbank"], "gf"),
    "en_us": (["Tyler", "Brandon", "Devin", "Cody", "Trent", "Garrett"], ["Kayla", "Brianna", "Shelby", "Tamika", "Lindsey", "Jolene"],
              ["Hendricks", "Vanderpool", "Castellano", "Whitaker", "McAllister", "Okafor-Reyes", "Delgado", "Lindgren"], "gf"),
    "de": (["Jannik", "Matthias", "Florian", "Tobias", "Karl-Heinz", "Niklas"], ["Annika", "Svenja", "Henrike", "Friederike", "Anna-Lena", "Jule"],
           ["Brandtner", "Kühnel", "Oberhuber", "Schwarzkopf", "Wendt", "Großmann", "von Alvensleben", "Schmidt-Bauer"], "gf"),
    "fr": (["Baptiste", "Mathéo", "Gaëtan", "Timothée", "Loïc", "Jean-Baptiste"], ["Océane", "Maëlle", "Clémence", "Solène", "Anaïs", "Marie-Claire"],
           ["Lefebvre", "Rousselot", "Garnier", "Delacroix-Martin", "de la Roche", "Chauvet", "Vasseur", "Le Gall"], "gf"),
    "es": (["Íñigo", "Álvaro", "Joaquín", "Rodrigo", "Ignacio", "Borja"], ["Nerea", "Ainhoa", "Lucía", "Rocío", "Macarena", "Itziar"],
           ["Ortega", "Navarro", "Ibáñez", "Calvo", "Herrera", "Serrano", "de la Cruz", "Barrios"], "two"),
    "mx": (["Emiliano", "Jesús", "Alejandro", "Santiago", "Uriel"], ["Ximena", "Itzel", "Guadalupe", "Citlali", "Renata"],
           ["Hernández", "Ramírez", "Torres", "Flores", "Zúñiga", "Olvera", "Cázares", "Villaseñor"], "two"),
    "it": (["Lorenzo", "Gianluca", "Tommaso", "Davide", "Pierpaolo"], ["Ilaria", "Benedetta", "Chiara", "Martina", "Ludovica"],
           ["Esposito", "Ferraro", "De Santis", "Galli", "Barbieri", "Lo Russo", "D'Angelo", "Marchetti"], "gf"),
    "pt": (["Thiago", "Rafael", "Gustavo", "João Pedro", "Caio"], ["Larissa", "Thaís", "Fernanda", "Bianca", "Ana Beatriz"],
           ["Albuquerque", "dos Santos", "Carvalho", "Nogueira", "Figueiredo", "da Silva Prado", "Medeiros"], "gf"),
    "nl": (["Sander", "Joost", "Bram", "Thijs", "Maarten"], ["Femke", "Sanne", "Lieke", "Marloes", "Anouk"],
           ["van der Meulen", "de Groot", "Visser", "van den Berg", "Hoekstra", "Verhoeven", "van Dijk", "Bosman"], "gf"),
    "pl": (["Krzysztof", "Bartosz", "Mikołaj", "Przemysław", "Wojciech"], ["Agnieszka", "Małgorzata", "Zuzanna", "Weronika", "Bożena"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Kaczmarek", "Kaczmarek"), ("Wójcik", "Wójcik"), ("Szymański", "Szymańska")], "gf"),
    "sv": (["Oskar", "Viktor", "Elias", "Hugo", "Anton"], ["Linnea", "Ebba", "Maja", "Tilde", "Alva"],
           ["Lindqvist", "Bergström", "Åkesson", "Sundberg", "Hedlund", "Nyström"], "gf"),
    "no": (["Håkon", "Eirik", "Sindre", "Torbjørn"], ["Ingrid", "Sigrid", "Ragnhild", "Tuva"],
           ["Haugland", "Bakken", "Solberg", "Fjeldstad", "Kvamme"], "gf"),
    "da": (["Mads", "Rasmus", "Frederik", "Magnus"], ["Mette", "Karoline", "Signe", "Ida"],
           ["Kjærgaard", "Østergaard", "Mikkelsen", "Thygesen", "Damgaard"], "gf"),
    "fi": (["Juho", "Teemu", "Ville", "Eero"], ["Veera", "Elina", "Henna", "Sanni"],
           ["Koskinen", "Heikkilä", "Leinonen", "Rautiainen", "Hyvönen"], "gf"),
    "cs": (["Vojtěch", "Ondřej", "Radek", "Jiří"], ["Tereza", "Kateřina", "Zdeňka", "Markéta"],
           [("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá")], "gf"),
    "tr": (["Emre", "Burak", "Oğuzhan", "Kerem"], ["Elif", "Zeynep", "Büşra", "Gizem"],
           ["Yıldırım", "Çelik", "Öztürk", "Kaplan", "Şahin", "Korkmaz"], "gf"),
    "ru": (["Дмитрий", "Артём", "Никита", "Глеб"], ["Анастасия", "Ксения", "Дарья", "Полина"],
           [("Соколов", "Соколова"), ("Воронцов", "Воронцова"), ("Лебедев", "Лебедева"), ("Журавлёв", "Журавлёва")], "gf"),
    "el": (["Θεόδωρος", "Σπυρίδων", "Παναγιώτης", "Αχιλλέας"], ["Δέσποινα", "Αικατερίνη", "Χρυσούλα", "Βασιλική"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Μαυρίδης", "Μαυρίδου")], "gf"),
    "ar": (["يوسف", "خالد", "عمر", "طارق"], ["فاطمة", "ليلى", "نور", "ريم"],
           ["الحربي", "العتيبي", "الزهراني", "المنصوري", "الشمري"], "gf"),
    "ar_lat": (["Khalid", "Tariq", "Samir", "Yazan"], ["Layla", "Mariam", "Huda", "Rana"],
               ["al-Hashimi", "El-Sayed", "Al-Farsi", "Haddad", "Abu Khalil", "Nasrallah"], "gf"),
    "ms": (["Aiman", "Hafiz", "Muhammad Firdaus", "Irfan"], ["Nurul Aina", "Siti Hajar", "Aisyah", "Farah"],
           ["Yusof", "Abdullah", "Ismail", "Rahman", "Osman"], "bin"),
    "id": (["Bagus", "Rizky", "Agus", "Dimas"], ["Putri", "Dewi", "Ayu", "Intan"],
           ["Saputra", "Wibowo", "Hidayat", "Nugroho", "Kusumawati", "Siregar"], "gf"),
    "he": (["איתי", "יונתן", "עומרי", "נדב"], ["נועה", "תמר", "מיכל", "שירה"],
           ["כהן", "מזרחי", "פרידמן", "אזולאי", "ביטון"], "gf"),
    "hi": (["राहुल", "अर्जुन", "विक्रम", "आदित्य"], ["प्रिया", "अनन्या", "स्नेहा", "कविता"],
           ["शर्मा", "वर्मा", "कुलकर्णी", "त्रिपाठी", "चौहान"], "gf"),
    "in_lat": (["Rohan", "Siddharth", "Venkatesh", "Arjun"], ["Ananya", "Sneha", "Lakshmi", "Divya"],
               ["Iyer", "Kulkarni", "Chatterjee", "Reddy", "Bhattacharya", "Menon"], "gf"),
    "zh": (["浩然", "梓轩", "俊杰", "子豪"], ["雨萱", "欣怡", "思彤", "婉清"],
           ["王", "李", "张", "刘", "陈", "杨", "黄", "周"], "fg0"),
    "zh_lat": (["Zihan", "Haoran", "Junjie", "Yuxuan"], ["Xinyi", "Siyu", "Ruoxi", "Meiling"],
               ["Wang", "Zhang", "Liu", "Zhou", "Xu", "Guo"], "gf"),
    "ja": (["陽翔", "蓮", "大輝", "湊"], ["結衣", "凛", "美咲", "陽菜"],
           ["佐藤", "鈴木", "高橋", "渡部", "小林", "中村"], "fg0"),
    "ko": (["민준", "도윤", "예준", "시우"], ["서연", "지우", "하은", "수아"],
           ["김", "이", "박", "최", "정", "강"], "fg0"),
    "vi": (["Tuấn", "Dũng", "Khoa", "Minh"], ["Hà", "Linh", "Trang", "Ngọc"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"], "vi"),
    "fil": (["Jomar", "Rodel", "Arnel", "Jerome"], ["Maricel", "Jocelyn", "Rowena", "Kristine"],
            ["Dela Cruz", "Villanueva", "Bautista", "Manalo", "Pangilinan", "Soriano"], "gf"),
    "ng": (["Oluwaseun", "Chukwuemeka", "Tunde", "Ikenna"], ["Ngozi", "Funmilayo", "Chiamaka", "Adaeze"],
           ["Adeyemi", "Nwosu", "Balogun", "Eze", "Olawale", "Okonjo"], "gf"),
    "za": (["Sipho", "Thabo", "Bongani", "Lwazi"], ["Thandiwe", "Nomvula", "Lerato", "Zanele"],
           ["Dlamini", "Nkosi", "Mahlangu", "Khumalo", "van Wyk", "Mokoena"], "gf"),
    "ie": (["Cian", "Oisín", "Pádraig", "Ruairí"], ["Aoife", "Siobhán", "Gráinne", "Caoimhe"],
           ["O'Sullivan", "McGrath", "Kavanagh", "Ó Briain", "Ní Bhriain", "Mac Giolla"], "gf"),
    "hu": (["Bence", "Levente", "Gergő", "Zsolt"], ["Réka", "Dóra", "Zsófia", "Boglárka"],
           ["Nagy", "Kovács", "Szabó", "Tóth", "Varga", "Farkas"], "fg"),
    "ro": (["Mihai", "Andrei", "Bogdan", "Radu"], ["Ioana", "Andreea", "Roxana", "Irina"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu"], "gf"),
    "fa": (["امیر", "رضا", "مهدی", "آرش"], ["مریم", "زهرا", "نگار", "ستاره"],
           ["رضایی", "حسینی", "کریمی", "موسوی", "جعفری"], "gf"),
    "sw": (["Baraka", "Juma", "Omari", "Kiprono"], ["Amani", "Neema", "Zawadi", "Wanjiru"],
           ["Mwangi", "Otieno", "Achieng", "Kamau", "Njoroge"], "gf"),
    "uk": (["Тарас", "Богдан", "Остап", "Ярослав"], ["Оксана", "Соломія", "Мар'яна", "Христина"],
           ["Шевчук", "Коваленко", "Бондаренко", "Ткачук", "Мельничук"], "gf"),
}
# Name pools written in Latin script, for e-mail local parts and ASCII-only contexts.
LATIN_POOLS = [k for k in POOLS if k not in ("ru", "el", "ar", "he", "hi", "zh", "ja", "ko", "fa", "uk")]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
                              .replace("Ł", "L").replace("đ", "d").replace("ı", "i").replace("æ", "ae"))
    return "".join(ch for ch in s if ord(ch) < 128)


class Person:
    def __init__(self, pool, given, family, gender, dob, father=None):
        self.pool, self.given, self.family, self.gender, self.dob = pool, given, family, gender, dob
        order = POOLS[pool][3]
        if order == "fg0":
            self.full = family + given
        elif order == "fg":
            self.full = f"{family} {given}"
        elif order == "bin":
            self.full = f"{given} {'bin' if gender == 'm' else 'binti'} {father}"
            self.family = father
        elif order == "vi":
            self.full = f"{family} {'Văn' if gender == 'm' else 'Thị'} {given}"
        else:
            self.full = f"{given} {family}"
        self.sur = family  # used in "Mr X" or "Surname, Given" forms

    def ascii_handle(self, rng):
        g, f = ascii_fold(self.given).lower().replace(" ", ""), ascii_fold(self.family).lower().replace(" ", "").replace("'", "")
        if not g or not f:
            return rng.choice(["kiwi", "nomad", "sunny", "delta", "orbit", "maple"]) + str(rng.randint(10, 9999))
        return rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{f}.{g[0]}", f"{g}{rng.randint(1, 99)}"])


# ---------------------------------------------------------------------------------------------------------------
class Ctx:
    """Per-text context: random source and the people already drawn (given names are unique per text)."""

    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def ch(self, seq):
        return self.r.choice(seq)

    def person(self, pool, gender=None, born=(1948, 2006)):
        r = self.r
        gm, gf, sur, order = POOLS[pool]
        for _ in range(50):
            g = gender or r.choice("mf")
            given = r.choice(gm if g == "m" else gf)
            s = r.choice(sur)
            if isinstance(s, tuple):
                s = s[0] if g == "m" else s[1]
            if order == "two":
                s = s + " " + r.choice([x for x in sur if x != s])
            if pool == "ie" and s in ("Ó Briain", "Ní Bhriain"):
                s = "Ó Briain" if g == "m" else "Ní Bhriain"
            if given not in self.used and s not in self.used:
                break
        self.used.add(given)
        self.used.add(s)
        y = r.randint(*born)
        dob = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        father = None
        if order == "bin":
            father = r.choice(["Yusof", "Abdullah", "Ismail", "Rahman", "Osman", "Hamzah"])
        return Person(pool, given, s, g, dob, father)

    def kid(self, parent, born=(2010, 2018)):
        """A child sharing the parent's family name (in the child's gender form where the pool has one)."""
        p = self.person(parent.pool, born=born)
        fam = parent.family
        for s in POOLS[parent.pool][2]:
            if isinstance(s, tuple) and fam in s:
                fam = s[0] if p.gender == "m" else s[1]
        if parent.pool == "ie" and fam in ("Ó Briain", "Ní Bhriain"):
            fam = "Ó Briain" if p.gender == "m" else "Ní Bhriain"
        if POOLS[parent.pool][3] == "bin":
            return Person(parent.pool, p.given, p.given, p.gender, p.dob, parent.given)
        return Person(parent.pool, p.given, fam, p.gender, p.dob)

    # -- simple values --------------------------------------------------------------------------------------
    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def email(self, p=None, domains=None):
        domains = domains or ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "libero.it", "orange.fr",
                              "seznam.cz", "wp.pl", "hotmail.es", "uol.com.br", "naver.com", "qq.com", "mail.ru",
                              "icloud.com", "gmx.at", "telenet.be", "ziggo.nl", "fastmail.com"]
        local = p.ascii_handle(self.r) if p else self.ch(["info", "team", "office", "hello"]) + self.digits(2)
        return E("EMAIL", f"{local}@{self.ch(domains)}")

    def ip(self, private=None):
        r = self.r
        kind = r.choice(["pub", "priv", "v6"]) if private is None else ("priv" if private else "pub")
        if kind == "priv":
            v = r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                          f"192.168.{r.randint(0,255)}.{r.randint(2,254)}",
                          f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}"])
        elif kind == "v6":
            v = f"2a02:{r.randint(0x1000,0xffff):x}:{r.randint(1,0xffff):x}::{r.randint(1,0xfff):x}"
        else:
            v = f"{r.choice([31,46,62,81,89,95,145,178,185,188,203])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
        return E("IP_ADDRESS", v)

    # -- addresses: street line, postcode, city as separate spans, in national order -------------------------
    def addr(self, cc, sep=", "):
        r, L, P = self.r, (lambda v: E("LOCATION", v)), (lambda v: E("POSTAL_CODE", v))
        n = r.randint(2, 148)
        if cc == "gb":
            st = r.choice(["Wellington Road", "Cranbrook Avenue", "Belvoir Street", "Hollins Lane", "Ashgrove Terrace"])
            city, pc = r.choice([("Leeds", "LS6"), ("Bristol", "BS7"), ("Norwich", "NR2"), ("Stockport", "SK4"), ("Derby", "DE22")])
            pc2 = f"{pc} {r.randint(1,9)}" + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
            return f"{L(f'{n} {st}')}{sep}{L(city)}{sep}{P(pc2)}"
        if cc == "us":
            st = r.choice(["Maple Ridge Dr", "W Lawrence Ave", "Sycamore Ct", "Old Orchard Rd", "N Pine St"])
            city, z = r.choice([("Boise, ID", "837"), ("Tulsa, OK", "741"), ("Madison, WI", "537"), ("Spokane, WA", "992"), ("Raleigh, NC", "276")])
            unit = r.choice(["", f" Apt {r.randint(1,40)}{r.choice('ABC')}", f" Unit {r.randint(100,480)}"])
            return f"{L(f'{n*10+r.randint(0,9)} {st}{unit}')}{sep}{L(city)} {P(z + self.digits(2))}"
        if cc == "de":
            st = r.choice(["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Schillerplatz", "Gartenweg"])
            city, pc = r.choice([("Freiburg im Breisgau", "791"), ("Kassel", "341"), ("Leipzig", "041"), ("Münster", "481"), ("Rostock", "180")])
            return f"{L(f'{st} {n}')}{sep}{P(pc + self.digits(2))} {L(city)}"
        if cc == "fr":
            st = r.choice(["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Lilas", "boulevard Carnot", "chemin du Moulin"])
            city, pc = r.choice([("Rennes", "350"), ("Grenoble", "380"), ("Tours", "370"), ("Nancy", "540"), ("Angers", "490")])
            return f"{L(f'{n} {st}')}{sep}{P(pc + self.digits(2))} {L(city)}"
        if cc == "es":
            st = r.choice(["Calle de Toledo", "Avenida de la Constitución", "Carrer de Sants", "Calle Mayor", "Paseo de la Estación"])
            city, pc = r.choice([("Zaragoza", "500"), ("Valladolid", "470"), ("Murcia", "300"), ("Gijón", "332"), ("Salamanca", "370")])
            line = f"{st}, {n}, {r.randint(1,6)}º " + r.choice("ABCD")
            return f"{L(line)}{sep}{P(pc + self.digits(2))} {L(city)}"
        if cc == "it":
            st = r.choice(["Via dei Mille", "Corso Garibaldi", "Via San Domenico", "Viale Europa", "Vicolo del Pozzo"])
            city = r.choice([("Bergamo", "BG", "241"), ("Lecce", "LE", "731"), ("Perugia", "PG", "061"), ("Trento", "TN", "381")])
            return f"{L(f'{st} {n}')}{sep}{P(city[2] + self.digits(2))} {L(f'{city[0]} ({city[1]})')}"
        if cc == "nl":
            st = r.choice(["Prinsengracht", "Kerkstraat", "Van Hallstraat", "Oude Gracht", "Molenweg"])
            city = r.choice(["Utrecht", "Groningen", "Zwolle", "Haarlem", "Leiden"])
            return f"{L(f'{st} {n}')}{sep}{P(f'{r.randint(1000,9899)} {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}')} {L(city)}"
        if cc == "pl":
            st = r.choice(["ul. Piotrkowska", "ul. Długa", "al. Niepodległości", "ul. Ogrodowa"])
            city = r.choice(["Łódź", "Gdańsk", "Poznań", "Lublin", "Wrocław"])
            return f"{L(f'{st} {n}/{r.randint(1,30)}')}{sep}{P(f'{r.randint(10,99)}-{self.digits(3)}')} {L(city)}"
        if cc == "se":
            st = r.choice(["Storgatan", "Kungsvägen", "Björkgatan", "Skolgatan"])
            city = r.choice(["Uppsala", "Umeå", "Västerås", "Örebro", "Lund"])
            return f"{L(f'{st} {n}')}{sep}{P(f'{r.randint(100,989)} {self.digits(2)}')} {L(city)}"
        if cc == "cz":
            st = r.choice(["Vinohradská", "Masarykova", "Husova", "Palackého"])
            city = r.choice(["Brno", "Olomouc", "Plzeň", "Liberec"])
            return f"{L(f'{st} {n}/{r.randint(1,40)}')}{sep}{P(f'{r.randint(100,799)} {self.digits(2)}')} {L(city)}"
        if cc == "br":
            st = r.choice(["Rua das Palmeiras", "Avenida Brasil", "Rua Sete de Setembro", "Travessa do Comércio"])
            city = r.choice(["Curitiba - PR", "Belo Horizonte - MG", "Fortaleza - CE", "Porto Alegre - RS"])
            return f"{L(f'{st}, {n}, apto {r.randint(11,904)}')}{sep}{L(city)}{sep}{P(f'{self.digits(5)}-{self.digits(3)}')}"
        if cc == "pt":
            st = r.choice(["Rua do Almada", "Avenida da Boavista", "Rua de Santa Catarina", "Largo do Carmo"])
            city = r.choice(["Porto", "Braga", "Coimbra", "Aveiro"])
            return f"{L(f'{st}, {n}, {r.randint(1,5)}º Dto')}{sep}{P(f'{r.randint(1000,4999)}-{self.digits(3)}')} {L(city)}"
        if cc == "tr":
            st = r.choice(["Bağdat Caddesi", "Atatürk Bulvarı", "Gül Sokak", "Cumhuriyet Mahallesi 1203. Sokak"])
            city = r.choice(["Çankaya/Ankara", "Nilüfer/Bursa", "Konak/İzmir", "Muratpaşa/Antalya"])
            pc2 = r.choice(["06", "16", "35", "07"]) + self.digits(3)
            return f"{L(f'{st} No:{n} D:{r.randint(1,20)}')}{sep}{P(pc2)} {L(city)}"
        if cc == "ru":
            st = r.choice(["ул. Садовая", "пр-т Ленина", "ул. Гагарина", "Невский пр-т"])
            city = r.choice(["Казань", "Екатеринбург", "Новосибирск", "Самара"])
            return f"{P(f'{r.randint(420,630)}{self.digits(3)}')}, г. {L(city)}, {L(f'{st}, д. {n}, кв. {r.randint(1,200)}')}"
        if cc == "jp":
            v = r.choice(["大阪府大阪市北区梅田", "京都府京都市左京区下鴨", "福岡県福岡市中央区天神", "北海道札幌市中央区南"]) + \
                f"{r.randint(1,9)}-{r.randint(1,20)}-{r.randint(1,30)}"
            return f"〒{P(f'{r.randint(100,999)}-{self.digits(4)}')} {L(v)}"
        if cc == "kr":
            v = r.choice(["서울특별시 마포구 월드컵북로", "부산광역시 해운대구 센텀중앙로", "대전광역시 유성구 대학로"]) + f" {n}"
            return f"{L(v)} ({P(self.digits(5))})"
        if cc == "in":
            st = r.choice(["Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar", "12/7 MG Road, Civil Lines",
                           "Plot 88, Sector 21, Kharghar"])
            city = r.choice(["Bengaluru", "Pune", "Jaipur", "Navi Mumbai", "Kochi"])
            return f"{L(st)}{sep}{L(city)} - {P(f'{r.randint(11,85)}{self.digits(4)}')}"
        if cc == "au":
            st = r.choice(["Banksia Crescent", "Wattle Street", "Jacaranda Ave", "Kookaburra Way"])
            city = r.choice(["Toowoomba QLD", "Ballarat VIC", "Wollongong NSW", "Fremantle WA"])
            return f"{L(f'{n} {st}')}{sep}{L(city)} {P(str(r.randint(2000,6999)))}"
        if cc == "ca":
            st = r.choice(["Rue Saint-Denis", "Bloor St W", "Jasper Ave", "Robson St"])
            city = r.choice(["Sherbrooke, QC", "Kingston, ON", "Red Deer, AB", "Nanaimo, BC"])
            pc = f"{r.choice('KLMNT')}{r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0,9)}"
            return f"{L(f'{n*10} {st}')}{sep}{L(city)} {P(pc)}"
        if cc == "ie":
            st = r.choice(["Ballymun Road", "Mary Street", "Castle Park", "Strand Road"])
            city = r.choice(["Galway", "Limerick", "Dundalk", "Sligo"])
            pc2 = r.choice(["H91", "V94", "A91", "F91"]) + " " + self.alnum(4, "ACDEFHKNPRTVWXY0123456789")
            return f"{L(f'{n} {st}')}{sep}{L(city)}{sep}{P(pc2)}"
        if cc == "za":
            st = r.choice(["Jan Smuts Avenue", "Voortrekker Road", "Florida Road", "Church Street"])
            city = r.choice(["Pietermaritzburg", "Stellenbosch", "Bloemfontein", "Gqeberha"])
            return f"{L(f'{n} {st}')}{sep}{L(city)}{sep}{P(self.digits(4))}"
        if cc == "mx":
            st = r.choice(["Av. Insurgentes Sur", "Calle Morelos", "Calz. de Tlalpan", "Calle Hidalgo"])
            city = r.choice(["Guadalajara, Jal.", "Puebla, Pue.", "Mérida, Yuc.", "Querétaro, Qro."])
            return f"{L(f'{st} {n}, Col. Centro')}{sep}C.P. {P(self.digits(5))}{sep}{L(city)}"
        if cc == "gr":
            st = r.choice(["Οδός Ερμού", "Λεωφόρος Συγγρού", "Οδός Αριστοτέλους"])
            city = r.choice(["Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"])
            return f"{L(f'{st} {n}')}{sep}{P(f'{r.randint(100,899)} {self.digits(2)}')} {L(city)}"
        if cc == "id":
            st = r.choice(["Jl. Kaliurang Km 5", "Jl. Pemuda No. 17", "Jl. Diponegoro Gg. Mawar"])
            city = r.choice(["Yogyakarta", "Semarang", "Malang", "Denpasar"])
            return f"{L(st)}{sep}{L(city)} {P(self.digits(5))}"
        if cc == "ng":
            st = r.choice(["14 Admiralty Way", "7 Ogui Road", "22 Awolowo Road", "5 Ring Road"])
            city = r.choice(["Lagos", "Enugu", "Ibadan"])
            return f"{L(st)}{sep}{L(city)}{sep}{P(self.digits(6))}"
        raise KeyError(cc)

    # -- phones -------------------------------------------------------------------------------------------------
    def phone(self, cc, intl=None):
        r, d = self.r, self.digits
        intl = r.random() < 0.5 if intl is None else intl
        f = {
            "gb": (lambda: f"07{r.randint(400,999)} {d(6)}", lambda: f"+44 7{r.randint(400,999)} {d(3)} {d(3)}"),
            "us": (lambda: f"({r.randint(201,989)}) {r.randint(201,989)}-{d(4)}", lambda: f"+1 {r.randint(201,989)}-{r.randint(201,989)}-{d(4)}"),
            "de": (lambda: f"0151 {d(8)}", lambda: f"+49 176 {d(4)} {d(4)}"),
            "fr": (lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}"),
            "es": (lambda: f"6{d(2)} {d(3)} {d(3)}", lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}"),
            "it": (lambda: f"3{r.randint(20,49)} {d(3)} {d(4)}", lambda: f"+39 3{r.randint(20,49)} {d(7)}"),
            "nl": (lambda: f"06-{d(8)}", lambda: f"+31 6 {d(4)} {d(4)}"),
            "pl": (lambda: f"{r.randint(500,799)} {d(3)} {d(3)}", lambda: f"+48 {r.randint(500,799)} {d(3)} {d(3)}"),
            "se": (lambda: f"07{r.choice('0236')}-{d(3)} {d(2)} {d(2)}", lambda: f"+46 7{r.choice('0236')} {d(3)} {d(2)} {d(2)}"),
            "br": (lambda: f"(11) 9{d(4)}-{d(4)}", lambda: f"+55 21 9{d(4)}-{d(4)}"),
            "tr": (lambda: f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"),
            "in": (lambda: f"{r.choice('6789')}{d(4)} {d(5)}", lambda: f"+91 {r.choice('6789')}{d(4)} {d(5)}"),
            "jp": (lambda: f"090-{d(4)}-{d(4)}", lambda: f"+81 80-{d(4)}-{d(4)}"),
            "kr": (lambda: f"010-{d(4)}-{d(4)}", lambda: f"+82 10-{d(4)}-{d(4)}"),
            "cn": (lambda: f"1{r.choice('3589')}{d(1)} {d(4)} {d(4)}", lambda: f"+86 1{r.choice('3589')}{d(1)} {d(4)} {d(4)}"),
            "au": (lambda: f"04{d(2)} {d(3)} {d(3)}", lambda: f"+61 4{d(2)} {d(3)} {d(3)}"),
            "ca": (lambda: f"{r.randint(204,905)}-{r.randint(201,989)}-{d(4)}", lambda: f"+1 ({r.randint(204,905)}) {r.randint(201,989)}-{d(4)}"),
            "za": (lambda: f"08{r.randint(2,4)} {d(3)} {d(4)}", lambda: f"+27 8{r.randint(2,4)} {d(3)} {d(4)}"),
            "ng": (lambda: f"080{d(1)} {d(3)} {d(4)}", lambda: f"+234 80{d(1)} {d(3)} {d(4)}"),
            "mx": (lambda: f"55 {d(4)} {d(4)}", lambda: f"+52 1 33 {d(4)} {d(4)}"),
            "ru": (lambda: f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}"),
            "ie": (lambda: f"08{r.choice('3567')} {d(3)} {d(4)}", lambda: f"+353 8{r.choice('3567')} {d(3)} {d(4)}"),
            "id": (lambda: f"08{d(2)}-{d(4)}-{d(4)}", lambda: f"+62 8{d(2)}-{d(4)}-{d(4)}"),
            "my": (lambda: f"01{d(1)}-{d(3)} {d(4)}", lambda: f"+60 1{d(1)}-{d(3)} {d(4)}"),
            "ph": (lambda: f"09{d(2)} {d(3)} {d(4)}", lambda: f"+63 9{d(2)} {d(3)} {d(4)}"),
            "gr": (lambda: f"69{d(1)} {d(3)} {d(4)}", lambda: f"+30 69{d(1)} {d(3)} {d(4)}"),
            "ke": (lambda: f"07{d(2)} {d(3)} {d(3)}", lambda: f"+254 7{d(2)} {d(3)} {d(3)}"),
            "il": (lambda: f"05{d(1)}-{d(3)}-{d(4)}", lambda: f"+972 5{d(1)}-{d(3)}-{d(4)}"),
            "sa": (lambda: f"05{d(1)} {d(3)} {d(4)}", lambda: f"+966 5{d(1)} {d(3)} {d(4)}"),
            "vn": (lambda: f"09{d(1)} {d(3)} {d(4)}", lambda: f"+84 9{d(1)} {d(3)} {d(4)}"),
            "fi": (lambda: f"040 {d(3)} {d(4)}", lambda: f"+358 40 {d(3)} {d(4)}"),
            "cz": (lambda: f"7{d(2)} {d(3)} {d(3)}", lambda: f"+420 7{d(2)} {d(3)} {d(3)}"),
            "hu": (lambda: f"06 30 {d(3)} {d(4)}", lambda: f"+36 30 {d(3)} {d(4)}"),
            "ro": (lambda: f"07{d(2)} {d(3)} {d(3)}", lambda: f"+40 7{d(2)} {d(3)} {d(3)}"),
            "no": (lambda: f"{r.choice('49')}{d(2)} {d(2)} {d(3)}", lambda: f"+47 {r.choice('49')}{d(2)} {d(2)} {d(3)}"),
            "dk": (lambda: f"{r.choice('2345')}{d(1)} {d(2)} {d(2)} {d(2)}", lambda: f"+45 {r.choice('2345')}{d(1)} {d(2)} {d(2)} {d(2)}"),
            "ir": (lambda: f"0912 {d(3)} {d(4)}", lambda: f"+98 912 {d(3)} {d(4)}"),
            "pt": (lambda: f"9{r.choice('1236')}{d(1)} {d(3)} {d(3)}", lambda: f"+351 9{r.choice('1236')}{d(1)} {d(3)} {d(3)}"),
            "ua": (lambda: f"067 {d(3)} {d(2)} {d(2)}", lambda: f"+380 67 {d(3)} {d(2)} {d(2)}"),
        }[cc]
        return E("PHONE", f[1]() if intl else f[0]())

    # -- dates of birth ---------------------------------------------------------------------------------------
    def dob(self, p, lang="en", style=None):
        d, r = p.dob, self.r
        M = {
            "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
            "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
            "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
            "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
            "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
            "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
            "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
            "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
            "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
            "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
            "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"],
            "vi": None, "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
            "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
            "fil": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
        }
        m = M.get(lang)
        y, mo, da = d.year, d.month, d.day
        if style is None:
            style = r.choice(["long", "num"])
        if lang == "en":
            v = {"long": f"{da} {m[mo-1]} {y}", "us": f"{mo:02d}/{da:02d}/{y}", "num": f"{da:02d}/{mo:02d}/{y}",
                 "iso": d.isoformat(), "mdy": f"{m[mo-1]} {da}, {y}", "abbr": f"{da:02d}-{m[mo-1][:3].upper()}-{y}",
                 "ord": f"the {_ordinal(da)} of {m[mo-1]} {y}"[4:]}[style] if style != "words" else _en_words(d)
        elif lang in ("ja", "zh"):
            v = f"{y}年{mo}月{da}日" if style != "num" else f"{y}/{mo:02d}/{da:02d}"
        elif lang == "ko":
            v = f"{y}년 {mo}월 {da}일" if style != "num" else f"{y}.{mo:02d}.{da:02d}"
        elif lang == "de":
            v = f"{da}. {m[mo-1]} {y}" if style == "long" else f"{da:02d}.{mo:02d}.{y}"
        elif lang in ("es", "pt"):
            v = f"{da} de {m[mo-1]} de {y}" if style == "long" else f"{da:02d}/{mo:02d}/{y}"
        elif lang == "fr":
            v = f"{'1er' if da == 1 else da} {m[mo-1]} {y}" if style == "long" else f"{da:02d}/{mo:02d}/{y}"
        elif lang == "hu":
            v = f"{y}. {m[mo-1]} {da}." if style == "long" else f"{y}.{mo:02d}.{da:02d}."
        elif lang == "pl" or lang == "cs":
            v = f"{da} {m[mo-1]} {y}" if style == "long" else f"{da:02d}.{mo:02d}.{y}"
        elif lang in ("ru", "uk"):
            v = f"{da} {m[mo-1]} {y} {'г.' if lang == 'ru' else 'р.'}" if style == "long" else f"{da:02d}.{mo:02d}.{y}"
        elif lang == "fi":
            v = f"{da}. {m[mo-1]} {y}" if style == "long" else f"{da}.{mo}.{y}"
        elif lang in ("no", "da"):
            v = f"{da}. {m[mo-1]} {y}" if style == "long" else f"{da:02d}.{mo:02d}.{y}"
        elif lang == "sv":
            v = f"{da} {m[mo-1]} {y}" if style == "long" else d.isoformat()
        elif lang == "vi":
            v = f"ngày {da} tháng {mo} năm {y}" if style == "long" else f"{da:02d}/{mo:02d}/{y}"
        elif lang == "ar":
            v = "".join("٠١٢٣٤٥٦٧٨٩"[int(c)] if c.isdigit() else c for c in f"{da:02d}/{mo:02d}/{y}") if style == "long" else f"{da:02d}/{mo:02d}/{y}"
        elif lang == "hi":
            v = "".join("०१२३४५६७८९"[int(c)] if c.isdigit() else c for c in f"{da:02d}-{mo:02d}-{y}") if style == "long" else f"{da:02d}-{mo:02d}-{y}"
        elif lang == "he":
            v = f"{da}.{mo}.{y}"
        elif lang == "fa":
            v = "".join("۰۱۲۳۴۵۶۷۸۹"[int(c)] if c.isdigit() else c for c in f"{y}/{mo:02d}/{da:02d}")
        else:  # it, nl, tr, el, id, ms, ro, sw, fil
            v = f"{da} {m[mo-1]} {y}" if style == "long" else f"{da:02d}.{mo:02d}.{y}" if lang in ("tr", "ro") else f"{da:02d}/{mo:02d}/{y}" if lang != "nl" else f"{da:02d}-{mo:02d}-{y}"
        return E("DATE_OF_BIRTH", v)

    # -- national ids ------------------------------------------------------------------------------------------
    def nid(self, kind, p=None):
        return E("NATIONAL_ID", self.nid_raw(kind, p))

    def _solve(self, make, check, alphabet=string.digits, n=1):
        """Draw a body with `make(x)` for check characters x and keep the first that validates."""
        import itertools
        for _ in range(200):
            body = self.digits(12)
            for combo in itertools.product(alphabet, repeat=n):
                s = make(body, "".join(combo))
                if s and check(s):
                    return s
        raise RuntimeError("no check digit")

    def nid_raw(self, kind, p=None):
        r = self.r
        d = p.dob if p else dt.date(r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28))
        fem = p.gender == "f" if p else r.random() < 0.5
        yy, mm, dd = f"{d.year % 100:02d}", f"{d.month:02d}", f"{d.day:02d}"
        if kind == "es_dni":
            return self._solve(lambda b, c: b[:8] + c, V.es_dni, string.ascii_uppercase)
        if kind == "es_nie":
            return self._solve(lambda b, c: r.choice("XYZ") + b[:7] + c, V.es_nie, string.ascii_uppercase)
        if kind == "it_cf":
            sur = ascii_fold(p.family).upper().replace(" ", "").replace("'", "")
            giv = ascii_fold(p.given).upper().replace(" ", "").replace("-", "")
            def code(w, is_name):
                cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
                vows = [c for c in w if c in "AEIOU"]
                if is_name and len(cons) >= 4:
                    cons = [cons[0], cons[2], cons[3]]
                return ("".join(cons + vows) + "XXX")[:3]
            day = d.day + (40 if fem else 0)
            base = f"{code(sur, False)}{code(giv, True)}{yy}{'ABCDEHLMPRST'[d.month-1]}{day:02d}{r.choice(['H501','F205','F839','L219','D612','A944','L736'])}"
            return self._solve(lambda b, c: base + c, V.it_cf, string.ascii_uppercase)
        if kind == "fr_nir":
            base = f"{2 if fem else 1}{yy}{mm}{r.choice(['75','69','13','33','44','59','35'])}{self.digits(3)}{self.digits(3)}"
            key = 97 - int(base) % 97
            s = base + f"{key:02d}"
            return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        if kind == "be_nrn":
            seq = r.randint(1, 997)
            if (seq % 2 == 0) != fem:
                seq += 1
            nine = f"{yy}{mm}{dd}{seq:03d}"
            key = 97 - int(("2" if d.year >= 2000 else "") + nine) % 97
            return f"{yy}.{mm}.{dd}-{seq:03d}.{key:02d}"
        if kind == "nl_bsn":
            return self._solve(lambda b, c: str(r.randint(1, 6)) + b[:7] + c, V.nl_bsn)
        if kind == "se_pnr":
            return self._solve(lambda b, c: f"{yy}{mm}{dd}-{b[:2]}{(int(b[2]) // 2) * 2 + (0 if fem else 1)}{c}", V.se_pnr)
        if kind == "no_fnr":
            return self._solve(lambda b, c: f"{dd}{mm}{yy}{b[:3]}{c}", V.no_fnr, n=2)
        if kind == "fi_hetu":
            return self._solve(lambda b, c: f"{dd}{mm}{yy}{'-' if d.year < 2000 else 'A'}{r.randint(2, 899):03d}{c}",
                               V.fi_hetu, "0123456789ABCDEFHJKLMNPRSTUVWXY")
        if kind == "pl_pesel":
            m2 = d.month + (20 if d.year >= 2000 else 0)
            return self._solve(lambda b, c: f"{yy}{m2:02d}{dd}{b[:3]}{(int(b[3]) // 2) * 2 + (0 if fem else 1)}{c}", V.pl_pesel)
        if kind == "cz_rc":
            m2 = d.month + (50 if fem else 0)
            return self._solve(lambda b, c: f"{yy}{m2:02d}{dd}/{b[:3]}{c}", V.cz_rc)
        if kind == "pt_nif":
            return self._solve(lambda b, c: r.choice("12") + b[:7] + c, V.pt_nif)
        if kind == "br_cpf":
            return self._solve(lambda b, c: f"{b[:3]}.{b[3:6]}.{b[6:9]}-{c}", V.br_cpf, n=2)
        if kind == "cl_rut":
            return self._solve(lambda b, c: f"{r.randint(10, 25)}.{b[:3]}.{b[3:6]}-{c}", V.cl_rut, string.digits + "K")
        if kind == "mx_curp":
            fam = ascii_fold(p.family).upper().split()
            s1 = fam[0]
            vow = next((ch for ch in s1[1:] if ch in "AEIOU"), "X")
            s2 = fam[-1] if len(fam) > 1 else "X"
            g = ascii_fold(p.given).upper()
            cons = lambda w: next((ch for ch in w[1:] if ch.isalpha() and ch not in "AEIOU"), "X")
            base = f"{s1[0]}{vow}{s2[0]}{g[0]}{yy}{mm}{dd}{'M' if fem else 'H'}{r.choice(['DF','JC','NL','PL','YN','QT'])}{cons(s1)}{cons(s2)}{cons(g)}{'0' if d.year < 2000 else 'A'}"
            return self._solve(lambda b, c: base + c, V.mx_curp)
        if kind == "in_aadhaar":
            return self._solve(lambda b, c: f"{r.randint(2, 9)}{b[:3]} {b[3:7]} {b[7:10]}{c}", V.in_aadhaar)
        if kind == "in_pan":
            return f"{self.alnum(3, string.ascii_uppercase)}P{ascii_fold(p.family)[0].upper() if p else 'K'}{self.digits(4)}{r.choice(string.ascii_uppercase)}"
        if kind == "cn_rid":
            return self._solve(lambda b, c: f"{r.choice(['110105','310104','440305','510107','330106'])}{d.year}{mm}{dd}{b[:2]}{(int(b[2]) // 2) * 2 + (0 if fem else 1)}{c}",
                               V.cn_rid, string.digits + "X")
        if kind == "kr_rrn":
            g = (2 if fem else 1) + (2 if d.year >= 2000 else 0)
            return self._solve(lambda b, c: f"{yy}{mm}{dd}-{g}{b[:5]}{c}", V.kr_rrn)
        if kind == "jp_mynumber":
            return self._solve(lambda b, c: f"{b[:4]} {b[4:8]} {b[8:11]}{c}", V.jp_mynumber)
        if kind == "sg_nric":
            pre = "T" if d.year >= 2000 else "S"
            return self._solve(lambda b, c: f"{pre}{yy if pre == 'T' else r.choice(['7','8','9'])+b[6]}{b[:5]}{c}", V.sg_nric, string.ascii_uppercase)
        if kind == "my_mykad":
            return f"{yy}{mm}{dd}-{r.randint(1, 14):02d}-{self.digits(3)}{r.choice('13579' if not fem else '02468')}"
        if kind == "id_nik":
            return f"{r.choice(['3171','3273','3374','3578','5171'])}{self.digits(2)}{d.day + (40 if fem else 0):02d}{mm}{yy}{self.digits(4)}"
        if kind == "ph_psn":
            b = self.digits(16)
            return f"{b[:4]}-{b[4:8]}-{b[8:12]}-{b[12:]}"
        if kind == "za_id":
            g = r.randint(0, 4999) if fem else r.randint(5000, 9999)
            return self._solve(lambda b, c: f"{yy}{mm}{dd}{g:04d}08{c}", V.za_id)
        if kind == "ng_nin":
            return str(r.randint(1, 9)) + self.digits(10)
        if kind == "il_tz":
            return self._solve(lambda b, c: r.choice("0123") + b[:7] + c, V.il_tz)
        if kind == "tr_tckn":
            return self._solve(lambda b, c: str(r.randint(1, 9)) + b[:8] + c, V.tr_tckn, n=2)
        if kind == "ca_sin":
            return self._solve(lambda b, c: f"{r.choice('1234567')}{b[:2]} {b[2:5]} {b[5:7]}{c}", V.ca_sin)
        if kind == "uk_nino":
            return f"{r.choice('ABCEHJKLMNPRSWXY')}{r.choice('ABCEHJKLMNPRSTWXYZ')} {self.digits(2)} {self.digits(2)} {self.digits(2)} {r.choice('ABCD')}"
        if kind == "ie_ppsn":
            return self._solve(lambda b, c: b[:7] + c, V.ie_ppsn, "WABCDEFGHIJKLMNOPQRSTUV")
        if kind == "au_tfn":
            return self._solve(lambda b, c: f"{r.randint(1,8)}{b[:2]} {b[2:5]} {b[5:7]}{c}", V.au_tfn)
        if kind == "nz_ird":
            return self._solve(lambda b, c: f"{r.randint(10, 129)}-{b[:3]}-{b[3:5]}{c}", V.nz_ird)
        if kind == "dk_cpr":
            return f"{dd}{mm}{yy}-{self.digits(3)}{r.choice('02468' if fem else '13579')}"
        if kind == "ar_dni":
            return f"{r.randint(20, 45)}.{self.digits(3)}.{self.digits(3)}"
        raise KeyError(kind)

    # -- money ------------------------------------------------------------------------------------------------
    def iban(self, cc, grouped=None):
        r = self.r
        n = V.IBAN_LEN[cc] - 4
        if cc in ("GB", "IE"):
            bban = self.alnum(4, string.ascii_uppercase) + self.digits(n - 4)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + self.digits(10)
        elif cc == "RO":
            bban = r.choice(["BTRL", "RNCB", "BRDE"]) + self.digits(16)
        elif cc == "IT":
            bban = r.choice(string.ascii_uppercase) + self.digits(n - 1)
        else:
            bban = self.digits(n)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        ck = 98 - int(num) % 97
        s = f"{cc}{ck:02d}{bban}"
        grouped = r.random() < 0.6 if grouped is None else grouped
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return E("IBAN", s)

    def card(self, brand=None):
        r = self.r
        brand = brand or r.choice(["visa", "mc", "amex", "disc", "jcb", "maestro", "up"])
        pre, ln = {"visa": (r.choice(["4"]), 16), "mc": (str(r.choice([51, 53, 55, 2221, 2720])), 16), "amex": (r.choice(["34", "37"]), 15),
                   "disc": (r.choice(["6011", "65"]), 16), "jcb": (str(r.randint(3528, 3589)), 16), "maestro": ("6759", 19),
                   "up": ("62", 16)}[brand]
        for c in "0123456789":
            body = pre + self.digits(ln - len(pre) - 1)
            break
        num = next(body + c for c in "0123456789" if V.luhn_ok(body + c))
        sep = r.choice([" ", "-", ""])
        if ln == 15:
            s = sep.join([num[:4], num[4:10], num[10:]])
        elif ln == 19:
            s = sep.join([num[:4], num[4:8], num[8:12], num[12:16], num[16:]])
        else:
            s = sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return E("CREDIT_CARD", s)

    def passport(self, cc):
        r, d, a = self.r, self.digits, (lambda n: self.alnum(n, string.ascii_uppercase))
        v = {"de": lambda: "C" + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"), "fr": lambda: d(2) + a(2) + d(5),
             "es": lambda: a(3) + d(6), "it": lambda: a(2) + d(7), "nl": lambda: a(2) + self.alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + d(1),
             "gb": lambda: d(9), "us": lambda: r.choice(["", "A"]) + d(9 if r.random() < 0.5 else 8), "in": lambda: r.choice("JKLMNPRSTUVWZ") + d(7),
             "cn": lambda: "E" + d(8), "jp": lambda: r.choice(["TK", "TR", "MZ"]) + d(7), "pl": lambda: a(2) + d(7),
             "br": lambda: a(2) + d(6), "ng": lambda: "A" + d(8), "tr": lambda: "U" + d(8), "kr": lambda: "M" + d(8),
             "ua": lambda: a(2) + d(6), "mx": lambda: "G" + d(8), "pt": lambda: a(1) + d(6), "za": lambda: "A" + d(8)}[cc]()
        return E("PASSPORT", v)

    def licence(self, kind, p=None):
        r, d = self.r, self.digits
        if kind == "uk":
            sur = (ascii_fold(p.family).upper().replace(" ", "").replace("'", "") + "99999")[:5]
            dob = p.dob
            mo = dob.month + (50 if p.gender == "f" else 0)
            v = f"{sur}{str(dob.year)[2]}{mo:02d}{dob.day:02d}{str(dob.year)[3]}{ascii_fold(p.given)[0].upper()}9{r.randint(1,9)}{self.alnum(2, string.ascii_uppercase)}"
        else:
            v = {"tx": lambda: d(8), "fl": lambda: f"{ascii_fold(p.family)[0].upper()}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
                 "ny": lambda: f"{d(3)} {d(3)} {d(3)}", "ca": lambda: r.choice("ABDFGNY") + d(7), "il": lambda: r.choice("ABKMS") + d(3) + "-" + d(4) + "-" + d(4),
                 "on": lambda: f"{ascii_fold(p.family)[0].upper()}{d(4)}-{d(5)}-{d(5)}", "de": lambda: self.alnum(11, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
                 "in": lambda: f"{r.choice(['MH12','KA05','DL03','TN09'])} {r.randint(2005,2022)}{d(7)}", "nsw": lambda: d(8),
                 "fr": lambda: d(12), "nl": lambda: d(10), "wa": lambda: "WDL" + self.alnum(9, string.ascii_uppercase + string.digits),
                 "jp": lambda: d(12), "br": lambda: d(11)}[kind]()
        return E("DRIVER_LICENSE", v)

    # -- keys and secrets -------------------------------------------------------------------------------------
    def key(self, kind):
        a, r = self.alnum, self.r
        hx = lambda n: self.alnum(n, "0123456789abcdef")
        up = lambda n: self.alnum(n, string.ascii_uppercase + string.digits)
        v = {
            "aws": lambda: "AKIA" + up(16),
            "ant_admin": lambda: "sk-ant-admin01-" + a(86, string.ascii_letters + string.digits + "-_") + "AA",
            "oa_svc": lambda: "sk-svcacct-" + a(64, string.ascii_letters + string.digits + "-_"),
            "gho": lambda: "gho_" + a(36), "ghu": lambda: "ghu_" + a(36), "glsa": lambda: f"glsa_{a(32)}_{hx(8)}",
            "nrak": lambda: "NRAK-" + up(27), "dt": lambda: f"dt0c01.{up(24)}.{up(64)}", "phx": lambda: "phx_" + a(43),
            "airtable": lambda: f"pat{a(14)}.{hx(64)}", "bkua": lambda: "bkua_" + hx(40), "ccipat": lambda: f"CCIPAT_{a(22)}_{hx(40)}",
            "rubygems": lambda: "rubygems_" + hx(48), "gapi": lambda: "AIzaSy" + a(33, string.ascii_letters + string.digits + "-_"),
            "mailchimp": lambda: hx(32) + "-us" + str(r.randint(2, 21)), "datadog": lambda: hx(32),
            "stripe_live": lambda: "sk_live_" + a(99), "rk_test": lambda: "rk_test_" + a(99),
            "pscale_tkn": lambda: "pscale_tkn_" + a(43), "flw": lambda: f"FLWSECK_TEST-{hx(32)}-X", "tskey": lambda: f"tskey-api-k{a(16)}-{a(33)}",
            "sbp": lambda: "sbp_" + hx(40), "resend": lambda: f"re_{a(8)}_{a(24)}", "voyage": lambda: "pa-" + a(43, string.ascii_letters + string.digits + "-_"),
            "astra": lambda: f"AstraCS:{a(24)}:{hx(64)}", "mistral": lambda: a(32), "cohere": lambda: a(40),
            "discord_bot": lambda: f"MT{a(24)}.{a(6)}.{a(38, string.ascii_letters + string.digits + '-_')}",
            "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + a(r.randint(60, 110), string.ascii_letters + string.digits + "_-") + "." + a(43, string.ascii_letters + string.digits + "_-"),
            "twilio_sk": lambda: "SK" + hx(32), "heroku": lambda: "HRKU-" + a(60, string.ascii_letters + string.digits + "-_"),
            "vercel": lambda: a(24), "hex40": lambda: hx(40), "deepseek": lambda: "sk-" + hx(32),
            "linear": lambda: "lin_oauth_" + hx(64), "okta": lambda: "00" + a(40, string.ascii_letters + string.digits + "-_"),
            "azure_openai": lambda: hx(32), "openweather": lambda: hx(32), "algolia": lambda: hx(32),
            "sq_token": lambda: "EAAA" + a(60, string.ascii_letters + string.digits + "-_"),
            "shippo": lambda: "shippo_live_" + hx(40), "pk_test": lambda: "pk_test_" + a(99),
            "doppler_sa": lambda: "dp.sa." + a(43), "ghp_cls": lambda: "ghp_" + a(36),
        }[kind]()
        return E("API_KEY", v)

    def secret(self, kind="pw"):
        r, a = self.r, self.alnum
        if kind == "pw":
            v = r.choice([lambda: a(r.randint(10, 16), string.ascii_letters + string.digits + "!@#%^*_-+="),
                          lambda: r.choice(["Sommer", "Kaffee", "Tulpe", "Lotus", "Monsoon", "Harbour", "Piano", "Cactus", "Falcon"]) + r.choice(["!", "#", "$", "_", "."]) + str(r.randint(1000, 9999)) + r.choice(["", "x", "Q"]),
                          lambda: f"{a(4)}-{a(4)}-{a(4)}"])()
        elif kind == "pin":
            v = self.digits(r.choice([4, 4, 6]))
        elif kind == "phrase":
            v = "-".join(r.sample(DICEWARE, r.choice([4, 5])))
        elif kind == "seed":
            v = " ".join(r.sample(BIP39, r.choice([12, 12, 24])))
        elif kind == "recovery":
            v = " ".join(f"{a(4, 'abcdefghjkmnpqrstuvwxyz23456789')}-{a(4, 'abcdefghjkmnpqrstuvwxyz23456789')}" for _ in range(r.choice([4, 6])))
        elif kind == "hex":
            v = self.alnum(r.choice([32, 40, 64]), "0123456789abcdef")
        elif kind == "b64":
            v = self.alnum(r.choice([40, 44]), string.ascii_letters + string.digits + "+/")
        elif kind == "azure_key":
            v = self.alnum(86, string.ascii_letters + string.digits + "+/") + "=="
        elif kind == "aws_secret":
            v = self.alnum(40, string.ascii_letters + string.digits + "+/")
        elif kind == "pscale_pw":
            v = "pscale_pw_" + a(43)
        elif kind == "door":
            v = self.digits(r.choice([4, 5])) + r.choice(["", "#", "*"])
        else:
            raise KeyError(kind)
        return E("SECRET", v)

    def url(self, kind="any"):
        """A URL of the given kind: "meet" (meeting and booking links), "doc" (shared documents), or any."""
        r, a = self.r, self.alnum
        pick = {"meet": [1, 5, 6], "doc": [0, 2, 3]}.get(kind, range(7))
        options = [
            f"https://drive.google.com/file/d/{a(33, string.ascii_letters + string.digits + '_-')}/view?usp=sharing",
            f"https://calendly.com/{r.choice(['talent-team', 'hr-intake', 'clinic-desk'])}/{r.choice(['30min', 'screening', 'intro'])}",
            f"https://www.dropbox.com/scl/fi/{a(20, string.ascii_lowercase + string.digits)}/scan.pdf?rlkey={a(25, string.ascii_lowercase + string.digits)}&dl=0",
            f"https://forms.office.com/r/{a(10)}",
            f"https://portal.{r.choice(['claimsdesk', 'lettingsbox', 'clubhub', 'schoolpost'])}.example/reset?token={a(32)}",
            f"https://wa.me/{r.choice(['44', '49', '34', '91'])}{self.digits(10)}",
            f"https://us05web.zoom.us/j/{self.digits(11)}?pwd={a(32)}",
        ]
        return E("URL", options[r.choice(list(pick))])


def _ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}

def _num_words(n):
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])

def _ord_words(n):
    if n in _ORD:
        return _ORD[n]
    if n < 20:
        return _ONES[n] + "th"
    if n % 10 == 0:
        return _TENS[n // 10][:-1] + "ieth"
    return _TENS[n // 10] + " " + (_ORD.get(n % 10) or _ONES[n % 10] + "th")

def _en_words(d):
    m = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][d.month - 1]
    y = d.year
    yw = f"{_num_words(y // 100)} {_num_words(y % 100) if y % 100 >= 10 else 'oh ' + _ONES[y % 100]}" if y < 2000 else f"two thousand {_ONES[y % 100] if y % 100 < 20 else _num_words(y % 100)}" if y % 100 else "two thousand"
    return f"{_ord_words(d.day)} of {m} {yw}"


DICEWARE = ["copper", "lantern", "orbit", "velvet", "tundra", "pickle", "granite", "meadow", "quartz", "sprocket", "walrus",
            "ember", "thimble", "saffron", "gravel", "nebula", "oyster", "juniper", "kettle", "mosaic", "pylon", "riddle"]
BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid "
         "acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice "
         "aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all "
         "alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient "
         "anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple "
         "approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact "
         "artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction "
         "audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis").split()
