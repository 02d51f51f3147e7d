"""Core of the privacy-eval-v5 generator: the entity marker renderer, name/street/city/company pools
and value factories (phones, dates of birth, ids with check digits, cards, IBANs, keys, secrets).

Standard library only. Every value is random; any match with a real person or account is a coincidence.
"""
import random
import string

R = random.Random(0)  # reseeded by gen_v5.py

# ---------------------------------------------------------------- markers and rendering
# E() wraps a value in control characters; render() removes them and records UTF-16 offsets, so a span is
# never found by searching the text (a name that also occurs unlabelled would otherwise be mislabelled).
_O, _M, _C = "\x01", "\x02", "\x03"
TYPES = ["PERSON", "LOCATION", "ORGANIZATION", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "POSTAL_CODE",
         "DATE_OF_BIRTH", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "CREDIT_CARD", "IBAN", "API_KEY", "SECRET"]


def E(t, v):
    assert t in TYPES, t
    v = str(v)
    assert v and v == v.strip() and _O not in v, (t, v)
    return f"{_O}{t}{_M}{v}{_C}"


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def render(marked):
    out, ents, pos, i = [], [], 0, 0
    while True:
        j = marked.find(_O, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += u16(marked[i:j])
        k = marked.index(_M, j)
        m = marked.index(_C, k)
        t, v = marked[j + 1:k], marked[k + 1:m]
        ents.append({"type": t, "start": pos, "end": pos + u16(v), "value": v})
        out.append(v)
        pos += u16(v)
        i = m + 1
    text = "".join(out)
    assert _O not in text and _M not in text and _C not in text
    return text, ents


def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def alnum_up(n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def b62(n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64(n):
    return "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


# ---------------------------------------------------------------- name pools
# Each pool: (given_f, given_m, family). Written for this set; family names may carry particles.
def _s(x):
    return x.split("|")


POOLS = {
    "en": (_s("Olivia|Megan|Grace|Hope|Rose|Summer|Joy|Amber|Heather|Poppy|Kerry|Bethany|Lacey|Tamsin|Imogen|Faye"),
           _s("Will|Bill|Mark|Rob|Jack|Drew|Hunter|Reed|Dean|Callum|Owen|Rhys|Toby|Gareth|Nathan|Ewan"),
           _s("Baker|Cook|Bell|Wood|Stone|Marsh|Hall|Carter|Fletcher|Whitfield|Ashworth|Pemberton|Greaves|Fairclough|Holloway|Oyelaran-Smith|Brown-Iwu|Castle")),
    "us": (_s("Kayla|Brianna|Destiny|Madison|Shawna|Tiffany|Jolene|Cheyenne|Marisol|Keisha"),
           _s("Tyler|Cody|Brandon|Dwayne|Trey|Jalen|Colton|Garrett|Darnell|Wyatt"),
           _s("Kowalczyk|Delgado|Washington|McAllister|Hendricks|Nguyen|Okafor|Vasquez|Lindqvist|Brennan|DeLuca|Whitaker")),
    "de": (_s("Annika|Friederike|Lea|Svenja|Johanna|Mareike|Hannelore|Ilse|Wiebke|Theresa"),
           _s("Jannik|Malte|Hauke|Florian|Torben|Lukas|Detlef|Benedikt|Ole|Matthias"),
           _s("Schröder|Krüger|von Oertzen|Hüttenrauch|Weißgerber|Lindemann|Brandl|zu Stolberg|Kleinschmidt|Pfeiffer|Thielemann|Große-Wilde")),
    "fr": (_s("Maëlle|Solène|Clémence|Anaïs|Océane|Gwenaëlle|Hélène|Margaux|Ophélie|Noémie"),
           _s("Timothée|Gaëtan|Loïc|Baptiste|Mathis|Yannick|Aurélien|Jérôme|Corentin|Benoît"),
           _s("Lefebvre|Mercier|de Villeneuve|Rousseau|Le Goff|Chevalier|Dufresne|Garnier|Boucher|Lemaire|d'Aubigné|Fontaine-Lacroix")),
    "es": (_s("Itziar|Lucía|Ainhoa|Nerea|Rocío|Begoña|Paloma|Alba|Montserrat|Ximena"),
           _s("Íñigo|Álvaro|Gonzalo|Rodrigo|Joaquín|Unai|Bruno|Sergio|Alonso|Iker"),
           _s("García Márquez|de la Fuente|Ibarra|Olmedo|Castaño|Villanueva|del Río|Sáenz|Echeverría|Peña Robles|Cifuentes|Quintana")),
    "it": (_s("Chiara|Giulia|Beatrice|Ludovica|Serena|Federica|Alessia|Martina|Ginevra|Noemi"),
           _s("Lorenzo|Matteo|Gianluca|Tommaso|Edoardo|Riccardo|Salvatore|Pietro|Davide|Nicolò"),
           _s("Esposito|Lombardi|Di Stefano|Barbieri|Lo Presti|Ferri|Galli|De Rosa|Marchetti|Santoro")),
    "pt": (_s("Thaís|Larissa|Juliana|Beatriz|Raquel|Inês|Letícia|Gabriela|Luana|Tatiane"),
           _s("João|Thiago|Rafael|Caio|Vinícius|Gonçalo|Diogo|Leandro|Otávio|Renan"),
           _s("Nascimento|dos Santos|Carvalho|Pereira da Costa|Albuquerque|Moura|Teixeira|Cavalcanti|Fonseca|da Silva")),
    "nl": (_s("Sanne|Fenna|Lieke|Marloes|Femke|Ilse|Noor|Anouk|Roos|Jet"),
           _s("Bram|Joost|Sjoerd|Thijs|Wouter|Pieter|Stijn|Gijs|Koen|Ruud"),
           _s("van der Heijden|de Vries|Bakker|van Dijk|Verhoeven|de Groot|van den Broek|Mulder|ter Horst|Brouwer")),
    "pl": (_s("Agnieszka|Małgorzata|Zofia|Katarzyna|Joanna|Weronika|Magdalena|Ewa"),
           _s("Krzysztof|Paweł|Tomasz|Łukasz|Grzegorz|Wojciech|Bartłomiej|Michał"),
           _s("Wiśniewski/Wiśniewska|Zieliński/Zielińska|Kowalski/Kowalska|Lewandowski/Lewandowska|Dąbrowski/Dąbrowska|Szymański/Szymańska|Wójcik/Wójcik|Kamiński/Kamińska|Nowak/Nowak")),
    "ru": (_s("Анастасия|Екатерина|Ольга|Дарья|Ксения|Марина|Светлана|Алина"),
           _s("Дмитрий|Алексей|Сергей|Игорь|Никита|Павел|Артём|Константин"),
           _s("Смирнов/Смирнова|Кузнецов/Кузнецова|Волков/Волкова|Лебедев/Лебедева|Соколов/Соколова|Морозов/Морозова|Орлов/Орлова|Белов/Белова")),
    "uk": (_s("Оксана|Ірина|Наталія|Соломія|Олена|Христина|Тетяна|Мирослава"),
           _s("Тарас|Богдан|Олексій|Ярослав|Андрій|Остап|Василь|Назар"),
           _s("Шевчук/Шевчук|Бондаренко/Бондаренко|Ткаченко/Ткаченко|Коваленко/Коваленко|Мельник/Мельник|Гнатюк/Гнатюк|Савчук/Савчук|Литвиненко/Литвиненко|Яворський/Яворська")),
    "el": (_s("Ελένη|Κατερίνα|Δέσποινα|Μαρία|Αικατερίνη|Σοφία|Χριστίνα|Ευαγγελία"),
           _s("Γιώργος|Νίκος|Δημήτρης|Κώστας|Παναγιώτης|Σπύρος|Θανάσης|Βασίλης"),
           _s("Παπαδόπουλος/Παπαδοπούλου|Οικονόμου/Οικονόμου|Γεωργίου/Γεωργίου|Καραγιάννης/Καραγιάννη|Αλεξίου/Αλεξίου|Μαυρίδης/Μαυρίδου|Νικολάου/Νικολάου|Πετρίδης/Πετρίδου")),
    "ar": (_s("فاطمة|مريم|نور|ريم|هالة|سلمى|لمى|دانة"),
           _s("محمد|أحمد|خالد|يوسف|عمر|طارق|سامي|فيصل"),
           _s("العتيبي|الحربي|الشمري|القحطاني|الزهراني|المطيري|الدوسري|الغامدي")),
    "arl": (_s("Layla|Huda|Rania|Aisha|Noura|Dalia|Yasmin|Samar"),
            _s("Omar|Karim|Tariq|Bilal|Hamza|Yousef|Ziad|Nasser"),
            _s("al-Najjar|Abu Zaid|bin Hamdan|al-Farsi|El-Sayed|Haddad|al-Masri|Abdel-Rahman")),
    "he": (_s("נועה|מיכל|תמר|שירה|יעל|הדס|אביגיל|רותם"),
           _s("איתי|יונתן|עומר|אורי|נדב|גיא|דניאל|אלון"),
           _s("כהן|לוי|מזרחי|פרץ|ביטון|אברהם|פרידמן|שפירא")),
    "hi": (_s("प्रिया|अनन्या|सुनीता|कविता|पूजा|नेहा|रश्मि|दीपिका"),
           _s("राहुल|अमित|विकास|संजय|अर्जुन|रोहित|मनोज|आदित्य"),
           _s("शर्मा|वर्मा|गुप्ता|सिंह|यादव|मिश्रा|चौहान|त्रिपाठी")),
    "inl": (_s("Priyanka|Lakshmi|Shreya|Divya|Meenakshi|Ishita|Aishwarya|Kavya"),
            _s("Arjun|Siddharth|Venkatesh|Rohan|Karthik|Anirudh|Harsh|Pranav"),
            _s("Iyer|Reddy|Nair|Chatterjee|Banerjee|Kulkarni|Deshpande|Menon")),
    "zh": (_s("婷|静怡|欣然|雨萱|梓涵|佳琪|思琪|晓燕"),
           _s("浩然|子轩|宇航|俊杰|明哲|伟|志强|天佑"),
           _s("王|李|张|刘|陈|杨|赵|黄|周|吴|欧阳")),
    "ja": (_s("陽菜|結衣|美咲|さくら|七海|葵|優花|真央"),
           _s("大翔|蓮|悠斗|健太|翔太|拓海|颯太|直樹"),
           _s("佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤")),
    "ko": (_s("서연|지민|하은|수빈|예린|다은|민지|유나"),
           _s("민준|도윤|서준|현우|지호|준영|태민|성민"),
           _s("김|이|박|최|정|강|조|윤|장|임")),
    "th": (_s("สุภาพร|วรรณา|นิตยา|กมลชนก|ปิยะนุช|อรทัย|ศิริพร|จันทร์เพ็ญ"),
           _s("สมชาย|ณัฐพล|ธนากร|วีระพงษ์|อภิชาติ|กิตติพงษ์|ประเสริฐ|ชัยวัฒน์"),
           _s("ศรีสุข|วงศ์ใหญ่|แก้วมณี|บุญมา|ทองดี|จันทร์แก้ว|สุขสวัสดิ์|พรหมมา")),
    "tr": (_s("Elif|Zeynep|Büşra|Merve|Gülşen|Ayşegül|Defne|Şule"),
           _s("Emre|Burak|Oğuz|Mert|Çağlar|Hakan|Tolga|Serkan"),
           _s("Yılmaz|Şahin|Demirtaş|Kaya|Öztürk|Aydın|Çelik|Karaca")),
    "vi": (_s("Ngọc Ánh|Thu Hà|Lan Anh|Minh Thư|Bảo Ngọc|Thanh Hương"),
           _s("Văn Hùng|Quốc Bảo|Đức Minh|Thành Long|Hoàng Nam|Minh Tuấn"),
           _s("Nguyễn|Trần|Lê|Phạm|Hoàng|Đặng|Vũ|Bùi")),
    "id": (_s("Dewi|Sri|Ayu|Putri|Rina|Wulan|Intan|Fitri"),
           _s("Budi|Agus|Eko|Rizky|Dimas|Bayu|Hendra|Fajar"),
           _s("Santoso|Wijaya|Hidayat|Saputra|Kusuma|Nugroho|Prasetyo|Siregar")),
    "ms": (_s("Nurul Aina|Siti Khadijah|Farah|Aisyah|Nur Izzati"),
           _s("Muhammad Hafiz|Ahmad Faris|Amirul|Syafiq|Haziq"),
           _s("bin Abdullah/binti Abdullah|bin Ismail/binti Ismail|bin Hassan/binti Hassan|bin Yusof/binti Yusof|bin Razak/binti Razak")),
    "sv": (_s("Linnéa|Ebba|Maja|Saga|Ingrid|Astrid|Frida|Elsa"),
           _s("Oskar|Viktor|Hampus|Gustav|Axel|Linus|Nils|Björn"),
           _s("Lindqvist|Sjöberg|Åkesson|Bergström|Nyström|Holmgren|Engström|Dahlberg")),
    "cs": (_s("Tereza|Kateřina|Veronika|Lucie|Markéta|Barbora|Zuzana|Jitka"),
           _s("Jiří|Tomáš|Ondřej|Vojtěch|Jakub|Lukáš|Radek|Petr"),
           _s("Dvořák/Dvořáková|Procházka/Procházková|Černý/Černá|Kučera/Kučerová|Novotný/Novotná|Svoboda/Svobodová|Veselý/Veselá|Růžička/Růžičková")),
    "ro": (_s("Ioana|Andreea|Bianca|Roxana|Alexandra|Mădălina|Cristina|Oana"),
           _s("Mihai|Andrei|Bogdan|Ștefan|Răzvan|Cosmin|Vlad|Sorin"),
           _s("Popescu|Ionescu|Dumitrescu|Stănescu|Constantinescu|Georgescu|Munteanu|Țurcanu")),
    "hu": (_s("Réka|Eszter|Boglárka|Zsófia|Katalin|Dóra|Csilla|Anikó"),
           _s("Bence|Gergő|Levente|Ádám|Zoltán|Csaba|Márton|Tamás"),
           _s("Kovács|Szabó|Tóth|Horváth|Varga|Farkas|Nagy|Balogh")),
    "fi": (_s("Aino|Venla|Iida|Saara|Tuuli|Kaisa|Hilkka|Noora"),
           _s("Eetu|Juho|Lauri|Ville|Antti|Teemu|Olli|Matias"),
           _s("Korhonen|Mäkinen|Heikkinen|Järvinen|Laaksonen|Hämäläinen|Kettunen|Salminen")),
    "da": (_s("Freja|Ida|Sofie|Mette|Karoline|Signe|Trine|Astrid"),
           _s("Mads|Rasmus|Anders|Søren|Jeppe|Frederik|Kasper|Mikkel"),
           _s("Jørgensen|Christensen|Madsen|Kjærgaard|Østergaard|Thygesen|Rasmussen|Holm")),
    "sw": (_s("Wanjiru|Achieng|Neema|Zawadi|Amani|Halima|Mwanaisha|Nyokabi"),
           _s("Baraka|Juma|Otieno|Kamau|Mwangi|Omondi|Kiprono|Salim"),
           _s("Mutua|Wambui|Ochieng|Njoroge|Kiptoo|Mwakilema|Odhiambo|Chepkoech")),
    "fa": (_s("زهرا|سارا|مهسا|نگار|پریسا|شیرین|مریم|الناز"),
           _s("علی|رضا|امیر|حسین|مهدی|سعید|کاوه|بابک"),
           _s("احمدی|حسینی|رضایی|کریمی|موسوی|جعفری|صادقی|نوری")),
    "ta": (_s("Kavitha|Revathi|Anbu|Nandhini|Thenmozhi"),
           _s("Senthil|Murugan|Balaji|Karthikeyan|Selvam"),
           _s("Subramaniam|Ramasamy|Palanisamy|Krishnan|Arumugam")),
}

FEM_SUFFIX = {"pl": "a", "cs": "á", "ru": "а", "el": "ου"}
MASC_SUFFIX = {"pl": "i", "cs": "", "ru": "", "el": "ος"}


class Person:
    """A person with given/family names in the pool's conventions; render helpers for common orders."""

    def __init__(self, pool, sex=None, family=None):
        self.pool = pool
        self.sex = sex or pick("FM")
        gf, gm, fam = POOLS[pool]
        self.given = pick(gf if self.sex == "F" else gm)
        stem = family or pick(fam)
        self.family = self._gender(stem) if family is None else family
        self.dob = None

    def _gender(self, stem):
        # gendered surnames are stored as "Masculine/Feminine"
        if "/" in stem:
            m, f = stem.split("/")
            return f if self.sex == "F" else m
        return stem

    @property
    def full(self):
        if self.pool in ("zh", "ja", "ko"):
            return self.family + self.given
        if self.pool in ("hu", "vi"):
            return f"{self.family} {self.given}"
        if self.pool == "ms":
            return f"{self.given} {self.family}"
        return f"{self.given} {self.family}"


def people(pool, n, same_family=False):
    """n people with distinct given names (a repeated given name in a text is then the same person)."""
    out, seen = [], set()
    fam = None
    tries = 0
    while len(out) < n:
        tries += 1
        p = Person(pool)
        if same_family and out and tries < 200:
            p = Person(pool, family=None)
            p.family = out[0].family if pool not in ("pl", "cs", "ru", "el", "ms") else p.family
        if p.given in seen or any(p.given == q.family or p.family == q.given for q in out):
            continue
        seen.add(p.given)
        out.append(p)
    return out


def translit(s):
    table = {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i"}
    s = s.lower()
    s = "".join(table.get(c, c) for c in s)
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c in string.ascii_lowercase + " -'")
    return s.replace("'", "").replace(" ", "").replace("-", "")


def email_for(p, domain=None, style=None):
    g = translit(p.given)
    f = translit(p.family)
    if not g or not f:  # names in non-Latin scripts: people pick a handle
        domain = domain or pick(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"])
        return f"{pick(['sunny', 'moonlight', 'blue.sky', 'lucky', 'nightowl', 'rose', 'tiger', 'kiwi'])}{R.randint(7, 2009)}@{domain}"
    style = style or pick(["g.f", "gf", "g_f", "gfN", "f.g", "ig"])
    local = {"g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}", "gfN": f"{g}{f[:1]}{R.randint(1, 99)}",
             "f.g": f"{f}.{g}", "ig": f"{g[:1]}{f}"}[style]
    domain = domain or pick(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "web.de",
                             "mail.ru", "hotmail.fr", "yandex.ru", "naver.com", "qq.com", "fastmail.com", "posteo.de"])
    return f"{local}@{domain}"


# ---------------------------------------------------------------- places and organisations
STREETS = {
    "uk": (["Albion Road", "Cranbrook Avenue", "Tanners Lane", "Bellfield Crescent", "Millbrook Close", "Ryecroft Street", "Holly Terrace"],
           ["Leeds", "Bristol", "Norwich", "Stockport", "Swansea", "Harrogate", "Aberdeen"]),
    "us": (["Maple Hollow Dr", "W 34th Ave", "Sycamore Ridge Rd", "N Lincoln St", "Bayview Terrace", "Cedar Bluff Ln"],
           ["Tacoma, WA", "Dayton, OH", "Boise, ID", "Savannah, GA", "Tucson, AZ", "Ann Arbor, MI"]),
    "de": (["Lindenstraße", "Am Mühlbach", "Schillerweg", "Kastanienallee", "Bahnhofstraße", "Auf der Heide"],
           ["Osnabrück", "Bamberg", "Kiel", "Gießen", "Regensburg", "Lüneburg"]),
    "fr": (["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Lilas", "boulevard Carnot", "rue du Moulin"],
           ["Angers", "Besançon", "Lorient", "Villeurbanne", "Perpignan", "Tourcoing"]),
    "es": (["Calle del Olmo", "Avda. de la Constitución", "Calle Mayor", "Paseo de Zorrilla", "Calle Pintor Sorolla"],
           ["Valladolid", "Getafe", "Castellón", "Alcorcón", "Logroño"]),
    "it": (["Via dei Mille", "Via Garibaldi", "Corso Vittorio Emanuele", "Viale dei Pini", "Via San Rocco"],
           ["Bergamo", "Lecce", "Pescara", "Modena", "Trieste"]),
    "br": (["Rua das Acácias", "Av. Brigadeiro Faria Lima", "Rua Padre Anchieta", "Travessa do Sol"],
           ["Campinas - SP", "Recife - PE", "Florianópolis - SC", "Belo Horizonte - MG"]),
    "nl": (["Kastanjelaan", "Prinsengracht", "Molenweg", "Julianastraat", "Vondelstraat"],
           ["Zwolle", "Amersfoort", "Leiden", "Tilburg", "Groningen"]),
    "pl": (["ul. Lipowa", "ul. Kościuszki", "ul. Ogrodowa", "al. Niepodległości", "ul. Słoneczna"],
           ["Kraków", "Gdańsk", "Poznań", "Łódź", "Wrocław"]),
    "ru": (["ул. Садовая", "ул. Ленина", "пр. Мира", "ул. Гагарина", "Цветной бульвар"],
           ["Казань", "Новосибирск", "Екатеринбург", "Самара", "Тверь"]),
    "ua": (["вул. Шевченка", "вул. Франка", "просп. Перемоги", "вул. Лесі Українки"],
           ["Львів", "Вінниця", "Полтава", "Чернігів", "Ужгород"]),
    "gr": (["Οδός Ερμού", "Λεωφόρος Κηφισίας", "Οδός Αγίου Δημητρίου", "Οδός Πατησίων"],
           ["Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος"]),
    "sa": (["شارع الأمير سلطان", "طريق الملك فهد", "شارع التحلية", "حي النرجس"],
           ["الرياض", "جدة", "الدمام", "الخبر"]),
    "il": (["רחוב הרצל", "שדרות רוטשילד", "רחוב ביאליק", "רחוב הנביאים"],
           ["חיפה", "פתח תקווה", "באר שבע", "רמת גן"]),
    "in": (["MG Road", "12th Cross, Indiranagar", "Link Road, Andheri West", "Anna Salai", "Sector 21"],
           ["Bengaluru", "Mumbai", "Chennai", "Pune", "Hyderabad"]),
    "tr": (["Atatürk Cad.", "Bağdat Cad.", "Gül Sok.", "Cumhuriyet Mah. Lale Sok."],
           ["Kadıköy/İstanbul", "Çankaya/Ankara", "Bornova/İzmir", "Nilüfer/Bursa"]),
    "th": (["ถนนสุขุมวิท", "ถนนพหลโยธิน", "ซอยอารีย์", "ถนนนิมมานเหมินท์"],
           ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต"]),
    "se": (["Storgatan", "Sveavägen", "Björkvägen", "Kungsgatan"], ["Uppsala", "Västerås", "Umeå", "Malmö"]),
    "cz": (["Vinohradská", "Husova", "Palackého", "Na Příkopě"], ["Brno", "Olomouc", "Plzeň", "Liberec"]),
    "ro": (["Str. Mihai Eminescu", "Bd. Unirii", "Str. Florilor", "Calea Victoriei"], ["Cluj-Napoca", "Iași", "Timișoara", "Brașov"]),
    "hu": (["Petőfi Sándor utca", "Kossuth Lajos tér", "Rákóczi út", "Bartók Béla út"], ["Debrecen", "Szeged", "Pécs", "Győr"]),
    "fi": (["Hämeenkatu", "Mannerheimintie", "Koivukuja", "Rantatie"], ["Tampere", "Oulu", "Jyväskylä", "Turku"]),
    "dk": (["Nørrebrogade", "Vesterbrogade", "Skovvej", "Strandvejen"], ["Aarhus", "Odense", "Aalborg", "Esbjerg"]),
    "ke": (["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga St"], ["Nairobi", "Mombasa", "Kisumu", "Nakuru"]),
    "id": (["Jl. Merdeka", "Jl. Gatot Subroto", "Jl. Diponegoro", "Jl. Kenanga"], ["Bandung", "Surabaya", "Yogyakarta", "Semarang"]),
    "vn": (["đường Lê Lợi", "phố Hàng Bạc", "đường Nguyễn Trãi", "đường Trần Hưng Đạo"], ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ"]),
    "ir": (["خیابان ولیعصر", "خیابان انقلاب", "کوچه نسترن", "بلوار کشاورز"], ["تهران", "اصفهان", "شیراز", "تبریز"]),
    "my": (["Jalan Ampang", "Jalan Tun Razak", "Lorong Bunga Raya", "Jalan SS2/24"], ["Petaling Jaya", "Shah Alam", "Ipoh", "Johor Bahru"]),
}


def postcode(c):
    return {
        "uk": lambda: f"{pick(['LS', 'BS', 'NR', 'SK', 'SA', 'HG', 'AB'])}{R.randint(1, 19)} {R.randint(1, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}",
        "us": lambda: f"{R.randint(10000, 99899):05d}", "de": lambda: f"{R.randint(10115, 99998):05d}",
        "fr": lambda: f"{R.randint(10, 95)}{R.randint(0, 999):03d}", "es": lambda: f"{R.randint(1, 52):02d}{R.randint(0, 999):03d}",
        "it": lambda: f"{R.randint(10, 98)}{R.randint(0, 999):03d}", "br": lambda: f"{R.randint(10000, 99999)}-{R.randint(0, 999):03d}",
        "nl": lambda: f"{R.randint(1000, 9999)} {pick(string.ascii_uppercase)}{pick('ABCDEGHJKLMNPRTVWXZ')}",
        "pl": lambda: f"{R.randint(10, 99)}-{R.randint(0, 999):03d}", "ru": lambda: f"{R.randint(101000, 690000)}",
        "ua": lambda: f"{R.randint(10000, 99999)}", "gr": lambda: f"{R.randint(100, 859)} {R.randint(10, 99)}",
        "sa": lambda: f"{R.randint(11000, 34999)}", "il": lambda: f"{R.randint(1000000, 9999999)}",
        "in": lambda: f"{R.randint(110001, 855999)}", "tr": lambda: f"{R.randint(1000, 81999):05d}",
        "th": lambda: f"{R.randint(10100, 96999)}", "se": lambda: f"{R.randint(100, 984)} {R.randint(10, 99)}",
        "cz": lambda: f"{R.randint(100, 799)} {R.randint(0, 99):02d}", "ro": lambda: f"{R.randint(10000, 999999):06d}",
        "hu": lambda: f"{R.randint(1011, 9985)}", "fi": lambda: f"{R.randint(100, 999)}{R.randint(0, 9)}0",
        "dk": lambda: f"{R.randint(1000, 9990)}", "ke": lambda: f"{R.randint(100, 900):03d}00",
        "id": lambda: f"{R.randint(10110, 99999)}", "vn": lambda: f"{R.randint(100000, 999999)}",
        "ir": lambda: f"{R.randint(1000000000, 9999999999)}", "my": lambda: f"{R.randint(10000, 98999)}",
    }[c]()


def street(c):
    st = pick(STREETS[c][0])
    n = R.randint(2, 180)
    if c in ("uk", "us", "fr", "in", "ke", "my"):
        flat = pick(["", "", f"Flat {R.randint(1, 12)}, ", f"Apt {R.randint(2, 40)}, "]) if c in ("uk", "us") else ""
        return f"{flat}{n} {st}" if c != "fr" else f"{n} {st}"
    if c in ("es",):
        return f"{st}, {n}, {R.randint(1, 8)}º {pick('ABCD')}"
    if c in ("it", "br"):
        return f"{st}, {n}"
    if c in ("ru", "ua"):
        return f"{st}, д. {n}, кв. {R.randint(1, 120)}" if c == "ru" else f"{st}, {n}, кв. {R.randint(1, 90)}"
    if c == "tr":
        return f"{st} No:{n} D:{R.randint(1, 14)}"
    if c in ("sa", "ir"):
        return f"{st}، {n}" if c == "sa" else f"{st}، پلاک {n}"
    if c == "th":
        return f"{n}/{R.randint(1, 99)} {st}"
    if c == "vn":
        return f"số {n} {st}"
    if c == "hu":
        return f"{st} {n}."
    if c == "cz":
        return f"{st} {n}/{R.randint(1, 40)}"
    return f"{st} {n}"


def city(c):
    return pick(STREETS[c][1])


ORGS = {
    "en": ["Harrow & Finch Solicitors", "Pennine Credit Union", "Northgate Dental Practice", "Bluewater Logistics Ltd",
           "Kestrel Analytics", "St Aldhelm Medical Centre", "Copperleaf Building Society", "Marlowe Insurance Group",
           "Tidewell Health Clinic", "Greyfield Accountants LLP", "Lanternfish Labs Inc.", "Riverton Family Dentistry"],
    "de": ["Sparkasse Mittelweser", "Praxis Dr. med. Hollerbach", "Krämer & Söhne GmbH", "Volksbank Ammerland eG", "Nordlicht IT-Service GmbH"],
    "fr": ["Crédit Mutuel de Bretagne-Ouest", "Cabinet dentaire des Ormes", "Assurances Valmont", "Boulangerie Lemoine SARL", "Clinique Saint-Roch"],
    "es": ["Caja Rural del Duero", "Clínica Dental Sonrisas", "Gestoría Ibarra y Asociados", "Talleres Olmedo S.L."],
    "it": ["Banca Popolare di Valsesia", "Studio Medico Galli", "Ferramenta Santoro s.r.l.", "Poliambulatorio San Luca"],
    "pt": ["Banco Cooperativo Sertão", "Clínica Vida Plena", "Contabilidade Moura & Filhos", "Construtora Ipê Amarelo Ltda."],
    "nl": ["Huisartsenpraktijk De Linde", "Rabobank Vallei", "Bouwbedrijf Verhoeven B.V.", "Tandartspraktijk Molenzicht"],
    "pl": ["Bank Spółdzielczy w Wieliczce", "Przychodnia Zdrowie-Med", "Kancelaria Notarialna Zielińska"],
    "ru": ["ООО «СеверТрансСтрой»", "Клиника «Здоровье+»", "АО «ВолгаКредитБанк»"],
    "uk": ["ТОВ «Карпатська Логістика»", "Медичний центр «Добробут-Захід»"],
    "el": ["Ιατρείο Παπαδάκη", "Τράπεζα Ηπείρου", "Λογιστικό Γραφείο Νικολάου"],
    "ar": ["مستشفى الرعاية الطبية", "بنك الخليج الأول", "شركة النخبة للمقاولات"],
    "he": ["מרפאת שיניים הגליל", "בנק הצפון", "סטודיו כהן עיצובים"],
    "hi": ["सहकारी बैंक लिमिटेड", "आरोग्य क्लिनिक"],
    "zh": ["深圳市恒远科技有限公司", "杭州仁和医院", "招商银行杭州分行"],
    "ja": ["株式会社みどり商事", "さくら歯科クリニック", "北陸信用金庫"],
    "ko": ["한빛소프트 주식회사", "서울밝은안과", "새마을금고 송파지점"],
    "th": ["บริษัท สยามเทค จำกัด", "โรงพยาบาลเมืองใหม่"],
    "tr": ["Anadolu Lojistik A.Ş.", "Özel Şifa Kliniği", "Ege Katılım Bankası"],
    "sv": ["Vårdcentralen Björken", "Sparbanken Norrland", "Bergström Bygg AB"],
    "fi": ["Terveystalo Hervanta", "Osuuspankki Pirkanmaa", "Rakennus Järvinen Oy"],
}


# ---------------------------------------------------------------- dates of birth
def dob_date(lo=1948, hi=2012):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def num2words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


def ordinal(n):
    if n in ORD:
        return ORD[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD[o]


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    a, b = divmod(y, 100)
    return num2words(a) + " " + ("hundred" if b == 0 else ("oh " + ONES[b] if b < 10 else num2words(b)))


def fmt_dob(lang, y, m, d, style=None):
    """A date of birth written the way a person of that language would."""
    mo = MONTHS.get(lang)
    if lang == "en":
        style = style or pick(["dmy", "us", "iso", "long", "longus", "words"])
        return {"dmy": f"{d:02d}/{m:02d}/{y}", "us": f"{m}/{d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}",
                "long": f"{d} {mo[m - 1]} {y}", "longus": f"{mo[m - 1]} {d}, {y}",
                "words": f"{ordinal(d)} of {mo[m - 1]} {year_words(y)}"}[style]
    if lang in ("de", "pl", "ru", "uk", "cs", "ro", "fi", "tr", "da", "hu", "nl", "sv", "el", "sw", "id", "fr", "es", "it", "pt"):
        if style == "num" or (style is None and R.random() < 0.5):
            sep = {"de": ".", "pl": ".", "ru": ".", "uk": ".", "cs": ". ", "ro": ".", "fi": ".", "tr": ".", "da": "-",
                   "hu": ".", "nl": "-", "sv": "-", "el": "/", "sw": "/", "id": "-", "fr": "/", "es": "/", "it": "/", "pt": "/"}[lang]
            if lang == "hu":
                return f"{y}. {m:02d}. {d:02d}."
            if lang == "sv":
                return f"{y}-{m:02d}-{d:02d}"
            return f"{d:02d}{sep}{m:02d}{sep}{y}" if lang != "cs" else f"{d}. {m}. {y}"
        if lang in ("de", "da", "cs", "fi"):
            return f"{d}. {mo[m - 1]} {y}"
        if lang in ("es", "pt"):
            return f"{d} de {mo[m - 1]} de {y}"
        if lang == "ru":
            return f"{d} {mo[m - 1]} {y} г."
        if lang == "hu":
            return f"{y}. {mo[m - 1]} {d}."
        return f"{d} {mo[m - 1]} {y}"
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    if lang == "th":
        return f"{d} {mo[m - 1]} {y + 543}"
    if lang == "hi":
        dv = str.maketrans("0123456789", "०१२३४५६७८९")
        return f"{d} {mo[m - 1]} {y}".translate(dv) if R.random() < 0.5 else f"{d:02d}/{m:02d}/{y}"
    if lang == "ar":
        ai = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
        return f"{d:02d}/{m:02d}/{y}".translate(ai) if R.random() < 0.6 else f"{d} {mo[m - 1]} {y}"
    if lang == "fa":
        pd = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
        return f"{y}/{m:02d}/{d:02d}".translate(pd)
    if lang == "he":
        return f"{d}.{m}.{y}" if R.random() < 0.6 else f"{d} {mo[m - 1]} {y}"
    if lang == "vi":
        return f"{d:02d}/{m:02d}/{y}" if R.random() < 0.5 else f"ngày {d} tháng {m} năm {y}"
    return f"{d:02d}/{m:02d}/{y}"


# ---------------------------------------------------------------- phones
def phone(c, intl=None):
    intl = R.random() < 0.45 if intl is None else intl
    d = digits
    if c == "uk":
        n = f"7{d(3)} {d(6)}"
        return f"+44 {n}" if intl else f"0{n}"
    if c == "us":
        a, b, e = R.randint(201, 989), R.randint(200, 999), d(4)
        return f"+1 {a}-{b}-{e}" if intl else pick([f"({a}) {b}-{e}", f"{a}-{b}-{e}", f"{a}.{b}.{e}"])
    if c == "de":
        n = f"1{pick(['51', '52', '57', '60', '70', '76'])} {d(7 if R.random() < .5 else 8)}"
        return f"+49 {n}" if intl else f"0{n}"
    if c == "fr":
        n = f"{pick('67')} {d(2)} {d(2)} {d(2)} {d(2)}"
        return f"+33 {n}" if intl else f"0{n}"
    if c == "es":
        n = f"6{d(2)} {d(3)} {d(3)}"
        return f"+34 {n}" if intl else n
    if c == "it":
        n = f"{pick(['320', '328', '331', '333', '338', '340', '345', '347', '349', '351', '366', '380', '388', '392'])} {d(3)} {d(4)}"
        return f"+39 {n}" if intl else n
    if c == "br":
        n = f"({R.randint(11, 99)}) 9{d(4)}-{d(4)}"
        return f"+55 {n}" if intl else n
    if c == "nl":
        n = f"6 {d(4)} {d(4)}" if intl else f"06-{d(8)}"
        return f"+31 {n}" if intl else n
    if c == "pl":
        n = f"{pick('5678')}{d(2)} {d(3)} {d(3)}"
        return f"+48 {n}" if intl else n
    if c in ("ru",):
        n = f"9{d(2)} {d(3)}-{d(2)}-{d(2)}"
        return f"+7 {n}" if intl else f"8 ({n[:3]}) {n[4:]}"
    if c == "ua":
        n = f"{pick(['50', '63', '67', '93', '97'])} {d(3)} {d(2)} {d(2)}"
        return f"+380 {n}" if intl else f"0{n}"
    if c == "gr":
        n = f"69{d(1)} {d(3)} {d(4)}"
        return f"+30 {n}" if intl else n
    if c == "sa":
        n = f"5{d(1)} {d(3)} {d(4)}"
        return f"+966 {n}" if intl else f"0{n}"
    if c == "ae":
        n = f"5{pick('02458')} {d(3)} {d(4)}"
        return f"+971 {n}" if intl else f"0{n}"
    if c == "il":
        n = f"5{pick('02458')}-{d(3)}-{d(4)}"
        return f"+972 {n}" if intl else f"0{n}"
    if c == "in":
        n = f"{pick('6789')}{d(4)} {d(5)}"
        return f"+91 {n}" if intl else f"0{n}" if R.random() < .3 else n
    if c == "cn":
        n = f"1{pick('3589')}{d(1)} {d(4)} {d(4)}"
        return f"+86 {n}" if intl else n.replace(" ", "") if R.random() < .5 else n
    if c == "jp":
        n = f"{pick(['90', '80', '70'])}-{d(4)}-{d(4)}"
        return f"+81 {n}" if intl else f"0{n}"
    if c == "kr":
        n = f"10-{R.randint(2000, 9999)}-{d(4)}"
        return f"+82 {n}" if intl else f"0{n}"
    if c == "th":
        n = f"{pick('689')}{d(1)}-{d(3)}-{d(4)}"
        return f"+66 {n}" if intl else f"0{n}"
    if c == "tr":
        n = f"5{d(2)} {d(3)} {d(2)} {d(2)}"
        return f"+90 {n}" if intl else f"0{n}"
    if c == "vn":
        n = f"{pick('9873')}{d(1)} {d(3)} {d(2)} {d(2)}"
        return f"+84 {n}" if intl else f"0{n}"
    if c == "id":
        n = f"8{d(2)}-{d(4)}-{d(4)}"
        return f"+62 {n}" if intl else f"0{n}"
    if c == "my":
        n = f"1{d(1)}-{d(3)} {d(4)}"
        return f"+60 {n}" if intl else f"0{n}"
    if c == "se":
        n = f"7{pick('0236')}-{d(3)} {d(2)} {d(2)}"
        return f"+46 {n[:2]} {n[3:]}" if intl else f"0{n}"
    if c == "cz":
        n = f"{pick('67')}{d(2)} {d(3)} {d(3)}"
        return f"+420 {n}" if intl else n
    if c == "ro":
        n = f"7{d(2)} {d(3)} {d(3)}"
        return f"+40 {n}" if intl else f"0{n}"
    if c == "hu":
        n = f"{pick(['20', '30', '70'])} {d(3)} {d(4)}"
        return f"+36 {n}" if intl else f"06 {n}"
    if c == "fi":
        n = f"4{d(1)} {d(3)} {d(4)}"
        return f"+358 {n}" if intl else f"0{n}"
    if c == "dk":
        n = f"{R.randint(20, 99)} {d(2)} {d(2)} {d(2)}"
        return f"+45 {n}" if intl else n
    if c == "ke":
        n = f"7{d(2)} {d(3)} {d(3)}"
        return f"+254 {n}" if intl else f"0{n}"
    if c == "ir":
        n = f"9{d(2)} {d(3)} {d(4)}"
        return f"+98 {n}" if intl else f"0{n}"
    raise KeyError(c)


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, n in enumerate(reversed(ds)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def card(brand=None, sep=None):
    brand = brand or pick(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "unionpay", "mir", "troy"])
    pre, ln = {"visa": (pick(["4"]), 16), "mc": (str(R.randint(51, 55)), 16), "mc2": (str(R.randint(2221, 2720)), 16),
               "amex": (pick(["34", "37"]), 15), "disc": ("6011", 16), "jcb": (str(R.randint(3528, 3589)), 16),
               "unionpay": ("62" + str(R.randint(2126, 2925))[1:] if False else "62", 16), "mir": ("220" + str(R.randint(0, 4)), 16),
               "troy": ("9792", 16)}[brand]
    body = pre + digits(ln - 1 - len(pre))
    num = body + luhn_digit(body)
    sep = pick([" ", " ", "-", ""]) if sep is None else sep
    if ln == 15:
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {"DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "GB": "4a14n", "PL": "24n",
             "PT": "21n", "BE": "12n", "AT": "16n", "CH": "5n12c", "SE": "20n", "CZ": "20n", "RO": "4a16c", "HU": "24n",
             "FI": "14n", "DK": "14n", "NO": "11n", "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n",
             "IL": "19n", "UA": "6n19c", "BR": "23n1a1c", "IE": "4a14n", "LU": "3n13c"}


def _bban(spec):
    import re
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", spec):
        n = int(n)
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[k]
        out += "".join(R.choice(pool) for _ in range(n))
    return out


def iban_check(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def iban(cc, grouped=None):
    b = _bban(IBAN_BBAN[cc])
    num = "".join(str(int(ch, 36)) for ch in b + cc + "00")
    ck = 98 - int(num) % 97
    s = f"{cc}{ck:02d}{b}"
    assert iban_check(s)
    grouped = R.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# national ids ---------------------------------------------------
def nid_es_dni():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nid_nl_bsn():
    while True:
        b = [R.randint(0, 9) for _ in range(8)]
        b[0] = R.randint(1, 6)
        s = sum(w * x for w, x in zip(range(9, 1, -1), b))
        c = s % 11
        if c < 10:
            return "".join(map(str, b)) + str(c)


def nid_pl_pesel(y, m, d, sex):
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{d:02d}{digits(3)}{R.choice('13579' if sex == 'M' else '02468')}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def nid_br_cpf():
    b = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(b, range(k, 1, -1)))
        r = (s * 10) % 11
        b.append(0 if r == 10 else r)
    s = "".join(map(str, b))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def nid_se_pnr(y, m, d, sex):
    base = f"{y % 100:02d}{m:02d}{d:02d}{digits(2)}{R.choice('13579' if sex == 'M' else '02468')}"
    c = luhn_digit(base)  # Swedish check digit is Luhn over the 9 digits
    sep = "+" if y < 1925 else "-"
    return f"{y}{m:02d}{d:02d}-{base[6:]}{c}" if R.random() < 0.5 else f"{base[:6]}{sep}{base[6:]}{c}"


def nid_us_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nid_uk_nino():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = digits(6)
    return pick([f"{p}{n}{pick('ABCD')}", f"{p} {n[:2]} {n[2:4]} {n[4:]} {pick('ABCD')}"])


def nid_uk_nhs():
    while True:
        b = [R.randint(0, 9) for _ in range(9)]
        b[0] = R.randint(4, 7)
        c = 11 - sum(x * w for x, w in zip(b, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, b)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def nid_cn(y, m, d, sex):
    area = pick(["110105", "310104", "440305", "330106", "510107", "420102"])
    seq = f"{R.randint(0, 99):02d}{R.choice('13579' if sex == 'M' else '02468')}"
    body = f"{area}{y}{m:02d}{d:02d}{seq}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def nid_kr(y, m, d, sex):
    g = (1 if sex == "M" else 2) if y < 2000 else (3 if sex == "M" else 4)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{digits(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def nid_tr():
    while True:
        b = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((sum(b[0:9:2]) * 7) - sum(b[1:8:2])) % 10
        d11 = (sum(b) + d10) % 10
        return "".join(map(str, b + [d10, d11]))


def nid_il():
    b = [R.randint(0, 9) for _ in range(8)]
    s = 0
    for i, x in enumerate(b):
        v = x * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return "".join(map(str, b)) + str((10 - s % 10) % 10)


def nid_gr_amka(y, m, d):
    body = f"{d:02d}{m:02d}{y % 100:02d}{digits(4)}"
    return body + luhn_digit(body)


_V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _V_D[c][_V_P[i % 8][int(ch)]]
    return c == 0


def nid_in_aadhaar():
    body = str(R.randint(2, 9)) + digits(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    s = body + str(_V_INV[c])
    assert verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def nid_th():
    b = [R.randint(1, 8)] + [R.randint(0, 9) for _ in range(11)]
    c = (11 - sum(x * w for x, w in zip(b, range(13, 1, -1))) % 11) % 10
    s = "".join(map(str, b)) + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}" if R.random() < .6 else s


def nid_ro_cnp(y, m, d, sex):
    s = (1 if sex == "M" else 2) if y < 2000 else (5 if sex == "M" else 6)
    body = f"{s}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{R.randint(1, 999):03d}"
    w = "279146358279"
    c = sum(int(a) * int(b) for a, b in zip(body, w)) % 11
    return body + ("1" if c == 10 else str(c))


def nid_cz(y, m, d, sex):
    mm = m + (50 if sex == "F" else 0)
    while True:
        base = int(f"{y % 100:02d}{mm:02d}{d:02d}{digits(3)}")
        c = base % 11
        if c < 10:
            s = f"{base:09d}{c}"
            return f"{s[:6]}/{s[6:]}"


def nid_fi(y, m, d):
    n = R.randint(2, 899)
    sep = "-" if y < 2000 else "A"
    v = int(f"{d:02d}{m:02d}{y % 100:02d}{n:03d}")
    return f"{d:02d}{m:02d}{y % 100:02d}{sep}{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[v % 31]}"


def nid_dk(y, m, d, sex):
    return f"{d:02d}{m:02d}{y % 100:02d}-{digits(3)}{R.choice('13579' if sex == 'M' else '02468')}"


def nid_jp_mynumber():
    b = [R.randint(0, 9) for _ in range(11)]
    s = sum(b[10 - i] * (i + 2 if i < 6 else i - 4) for i in range(11))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    s = "".join(map(str, b)) + str(c)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def nid_ae(y):
    body = f"784{y}{digits(7)}"
    c = luhn_digit(body)
    return f"784-{y}-{body[7:]}-{c}"


def nid_sa():
    body = "1" + digits(8)
    return body + luhn_digit(body)


def nid_ir():
    while True:
        b = [R.randint(0, 9) for _ in range(9)]
        s = sum(x * w for x, w in zip(b, range(10, 1, -1))) % 11
        c = s if s < 2 else 11 - s
        if b[:3] != [0, 0, 0]:
            return "".join(map(str, b)) + str(c)


def nid_ua_rnokpp(y, m, d, sex):
    import datetime
    days = (datetime.date(y, m, d) - datetime.date(1899, 12, 31)).days
    body = f"{days:05d}{digits(3)}{R.choice('13579' if sex == 'M' else '02468')}"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = sum(int(a) * b for a, b in zip(body, w)) % 11 % 10
    return body + str(c)


def nid_ru_snils():
    while True:
        b = digits(9)
        s = sum(int(x) * w for x, w in zip(b, range(9, 0, -1)))
        c = s % 101
        if c == 100:
            c = 0
        return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def nid_hu_taj():
    b = digits(8)
    s = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b))
    v = b + str(s % 10)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def nid_id_nik(y, m, d, sex):
    dd = d + (40 if sex == "F" else 0)
    return f"{pick(['3273', '3578', '3471', '3374'])}{R.randint(1, 30):02d}{dd:02d}{m:02d}{y % 100:02d}{R.randint(1, 9999):04d}"


def nid_vn_cccd(y, sex):
    century = (0 if sex == "M" else 1) if y < 2000 else (2 if sex == "M" else 3)
    return f"0{pick(['01', '79', '48', '92'])}{century}{y % 100:02d}{digits(6)}"


def nid_ke():
    return str(R.randint(20000000, 39999999))


def nid_my_mykad(y, m, d, sex):
    return f"{y % 100:02d}{m:02d}{d:02d}-{pick(['14', '10', '08', '01'])}-{digits(3)}{R.choice('13579' if sex == 'M' else '02468')}"


def nid_fr_nir(y, m, d, sex):
    dep = f"{R.randint(1, 95):02d}"
    body = f"{1 if sex == 'M' else 2}{y % 100:02d}{m:02d}{dep}{R.randint(1, 990):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nid_it_tessera():  # not used; placeholder kept out
    return None


def nid_pt_nif():
    b = [pick([1, 2, 3])] + [R.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(b, range(9, 1, -1)))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return "".join(map(str, b)) + str(c)


# ---------------------------------------------------------------- passports, licences
def passport(c):
    L = string.ascii_uppercase
    return {
        "us": lambda: digits(9), "uk": lambda: digits(9), "de": lambda: "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "fr": lambda: f"{digits(2)}{pick(L)}{pick(L)}{digits(5)}", "in": lambda: f"{pick('JKLMNPRSTUVWZ')}{digits(7)}",
        "cn": lambda: f"E{pick('ABCDEFGHJ')}{digits(7)}", "jp": lambda: f"T{pick('KRSZ')}{digits(7)}",
        "kr": lambda: f"M{digits(8)}", "ru": lambda: f"{R.randint(70, 76)} {digits(7)}", "es": lambda: f"{pick(L)}{pick(L)}{pick(L)}{digits(6)}",
        "it": lambda: f"Y{pick(L)}{digits(7)}", "nl": lambda: f"N{pick('PRSTVWX')}{alnum_up(6)}{digits(1)}".replace("O", "P"),
        "pl": lambda: f"E{pick('ABCDEFG')}{digits(7)}", "tr": lambda: f"U{digits(8)}", "br": lambda: f"F{pick('ABCGJKLN')}{digits(6)}",
        "se": lambda: digits(8), "gr": lambda: f"A{pick('EHKMNP')}{digits(7)}", "il": lambda: f"3{digits(7)}",
        "th": lambda: f"A{pick('ABCDEFGH')}{digits(7)}", "vn": lambda: f"C{digits(7)}", "id": lambda: f"X{digits(7)}",
        "sa": lambda: f"{pick('ABDNPRS')}{digits(8)}", "ua": lambda: f"F{pick('ABCEHIKMPTX')}{digits(6)}", "ir": lambda: f"{pick('ABEHKPU')}{digits(8)}",
        "ke": lambda: f"AK{digits(7)}", "hu": lambda: f"B{pick('ABCDEH')}{digits(7)}", "cz": lambda: digits(8),
        "ro": lambda: f"05{digits(7)}", "fi": lambda: f"FP{digits(7)}", "dk": lambda: digits(9), "my": lambda: f"A{digits(8)}",
        "ae": lambda: digits(9),
    }[c]()


def dvla(p, y, m, d):
    sur = translit(p.family).upper()[:5].ljust(5, "9")
    mm = m + (50 if p.sex == "F" else 0)
    ini = (translit(p.given)[:1] + "9").upper()
    return f"{sur}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}{R.randint(0, 9)}{pick(string.ascii_uppercase)}{pick(string.ascii_uppercase)}"


def dl(c, p=None, dob=None):
    L = string.ascii_uppercase
    if c == "uk" and p is not None and dob is not None:
        return dvla(p, *dob)
    return {
        "us_ca": lambda: f"{pick(L)}{digits(7)}", "us_ny": lambda: f"{digits(3)} {digits(3)} {digits(3)}",
        "us_tx": lambda: digits(8), "us_fl": lambda: f"{pick(L)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",
        "us_wa": lambda: f"WDL{alnum_up(9)}", "us_ga": lambda: digits(9),
        "de": lambda: f"{pick('BJKFN')}{digits(3)}{alnum_up(6)}{digits(1)}", "fr": lambda: digits(12),
        "in": lambda: f"{pick(['KA', 'MH', 'TN', 'DL'])}{R.randint(1, 53):02d} {R.randint(2005, 2023)}{digits(7)}",
        "au": lambda: digits(8), "ca_on": lambda: f"{pick(L)}{digits(4)}-{digits(5)}-{digits(5)}",
        "jp": lambda: digits(12), "kr": lambda: f"{R.randint(11, 28)}-{digits(2)}-{digits(6)}-{digits(2)}",
        "br": lambda: digits(11), "nl": lambda: digits(10), "it": lambda: f"U1{alnum_up(7)}{pick(L)}", "es": lambda: nid_es_dni(),
        "pl": lambda: f"{digits(5)}/{digits(2)}/{digits(4)}", "uk": lambda: f"{pick(L)*1}{alnum_up(15)}",
        "ie": lambda: digits(9), "se": lambda: digits(10), "tr": lambda: digits(6),
    }[c]()


# ---------------------------------------------------------------- network values
def ipv4(private=None):
    private = R.random() < 0.35 if private is None else private
    if private:
        return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(2, 254)}", f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])
    a = pick([31, 37, 46, 62, 78, 81, 85, 89, 91, 94, 101, 109, 117, 141, 151, 176, 178, 185, 188, 195, 212, 217])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    pre = pick(["2a02:8108", "2001:16b8", "2a01:e0a", "2600:1700", "2406:da18", "2a00:23c7"])
    groups = [format(R.randint(1, 0xffff), "x") for _ in range(4)]
    return f"{pre}:{groups[0]}::{groups[1]}:{groups[2]}"


# ---------------------------------------------------------------- keys and secrets
def api_key(kind=None):
    kind = kind or pick(list(API_KINDS))
    return API_KINDS[kind]()


def _jwt():
    import base64
    import json
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"sub": str(R.randint(10000, 99999999)), "iat": R.randint(1700000000, 1790000000),
                                             "scope": pick(["read", "user", "admin"])}, separators=(",", ":")).encode()).decode().rstrip("=")
    s = "".join(R.choice(string.ascii_letters + string.digits + "-_") for _ in range(43))
    return f"{h}.{p}.{s}"


API_KINDS = {
    "openai": lambda: f"sk-proj-{b62(20)}-{b62(28)}T3BlbkFJ{b62(20)}",
    "anthropic": lambda: f"sk-ant-api03-{''.join(R.choice(string.ascii_letters + string.digits + '-_') for _ in range(93))}AA",
    "github": lambda: f"ghp_{b62(36)}", "github_fine": lambda: f"github_pat_11{alnum_up(20)}_{b62(59)}",
    "gitlab": lambda: f"glpat-{b62(20)}", "gitlab_runner": lambda: f"glrt-{b62(20)}",
    "slack": lambda: f"xoxb-{digits(11)}-{digits(13)}-{b62(24)}", "slack_user": lambda: f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{hexs(32)}",
    "aws": lambda: f"AKIA{''.join(R.choice(string.ascii_uppercase + '234567') for _ in range(16))}",
    "google": lambda: f"AIza{''.join(R.choice(string.ascii_letters + string.digits + '-_') for _ in range(35))}",
    "stripe": lambda: f"sk_live_{b62(24)}", "stripe_rk": lambda: f"rk_live_{b62(24)}",
    "sendgrid": lambda: f"SG.{b62(22)}.{b62(43)}", "hf": lambda: f"hf_{b62(34)}", "npm": lambda: f"npm_{b62(36)}",
    "groq": lambda: f"gsk_{b62(52)}", "replicate": lambda: f"r8_{b62(37)}", "perplexity": lambda: f"pplx-{b62(48)}",
    "notion": lambda: f"ntn_{digits(11)}{b62(35)}", "figma": lambda: f"figd_{b62(40)}",
    "atlassian": lambda: f"ATATT3xFfGF0{b62(170)}={alnum_up(8)}", "sentry": lambda: f"sntrys_{b62(70)}",
    "doppler": lambda: f"dp.st.prd.{b62(40)}", "alibaba": lambda: f"LTAI5t{b62(18)}", "nvidia": lambda: f"nvapi-{b62(64)}",
    "jwt": _jwt, "mailgun": lambda: f"key-{hexs(32)}", "twilio": lambda: f"SK{hexs(32)}", "digitalocean": lambda: f"dop_v1_{hexs(64)}",
    "generic_hex": lambda: hexs(40), "generic_b62": lambda: b62(32), "tailscale": lambda: f"tskey-auth-{b62(12)}-{b62(30)}",
    "linear": lambda: f"lin_api_{b62(40)}", "mistral": lambda: b62(32), "pypi": lambda: f"pypi-AgEIcHlwaS5vcmc{b62(60)}",
    "telegram": lambda: f"{R.randint(5000000000, 7999999999)}:AA{''.join(R.choice(string.ascii_letters + string.digits + '-_') for _ in range(33))}",
}

WORDS = ("amber river lantern copper meadow falcon quartz willow harbor cinder velvet orchard tundra maple nimbus "
         "pepper saffron glacier cobalt juniper marble thistle ember kestrel lagoon mosaic nectar pebble quill").split()


def password(style=None):
    style = style or pick(["human", "human", "random", "phrase", "leet"])
    if style == "human":
        return f"{pick(['Sunflower', 'Bella', 'Rocky', 'Marzipan', 'Tigger', 'Kasia', 'Lisboa', 'Moonpie', 'Baltic', 'Pumpkin'])}{pick(['!', '#', '@', '_', ''])}{R.randint(1, 2024)}{pick(['', '!', '?', '$'])}"
    if style == "random":
        return "".join(R.choice(string.ascii_letters + string.digits + "!#%&*+-=?@^_") for _ in range(R.randint(14, 22)))
    if style == "phrase":
        return "-".join(pick(WORDS) for _ in range(4))
    return pick(["P@ssw0rd", "Qwerty", "L3tme1n", "Dr4g0n", "S3cur1ty"]) + f"{R.randint(10, 99)}{pick('!#$')}"


def pin(n=None):
    return digits(n or pick([4, 4, 6]))


def recovery_code():
    return pick([f"{hexs(4)}-{hexs(4)}", f"{digits(4)}-{digits(4)}", f"{b62(5).lower()}-{b62(5).lower()}"])


def aws_secret():
    return "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(40))


def handle(p):
    return translit(p.given) or pick(["kiki", "nono", "mimi"])


def opt(s, p=0.5):
    """Include an optional part of a text with probability p (real pastes vary in how much they carry)."""
    return s if R.random() < p else ""
