# Data pools and checksum helpers for gen_privacy_v3.py (standard library only).
# All names, numbers, addresses and keys are synthetic; any match with a real person/account is a coincidence.
import string

# ---------------------------------------------------------------- markers
# A frame writes entities as E(type, value); render() strips the markers and computes UTF-16 offsets.
def E(t, v):
    v = str(v)
    assert not any(c in v for c in "\x01\x02\x03"), v
    return "\x01" + t + "\x02" + v + "\x03"

def P(v): return E("PERSON", v)
def LOC(v): return E("LOCATION", v)
def PH(v): return E("PHONE", v)
def PC(v): return E("POSTAL_CODE", v)
def EM(v): return E("EMAIL", v)
def DOB(v): return E("DATE_OF_BIRTH", v)
def ORG(v): return E("ORG", v)
def NID(v): return E("NATIONAL_ID", v)
def IBAN(v): return E("IBAN", v)
def URL(v): return E("URL", v)
def IP(v): return E("IP_ADDRESS", v)
def SEC(v): return E("SECRET", v)
def KEY(v): return E("API_KEY", v)
def DL(v): return E("DRIVER_LICENSE", v)
def PP(v): return E("PASSPORT", v)
def SSN(v): return E("SSN", v)
def CC(v): return E("CREDIT_CARD", v)
def MED(v): return E("MEDICAL", v)

def u16len(s):
    return len(s.encode("utf-16-le")) // 2

def render(marked):
    out, ents, pos, i = [], [], 0, 0
    while i < len(marked):
        c = marked[i]
        if c == "\x01":
            j = marked.index("\x02", i); k = marked.index("\x03", j)
            t, v = marked[i + 1:j], marked[j + 1:k]
            assert v and v == v.strip(), repr(v)
            ents.append({"type": t, "start": pos, "end": pos + u16len(v), "text": v})
            out.append(v); pos += u16len(v); i = k + 1
        else:
            out.append(c); pos += u16len(c); i += 1
    return "".join(out), ents

# ---------------------------------------------------------------- names
# (given list F, given list M, surname(s) F, surname(s) M, order) ; order "gf" = given first, "fg" = family first
CULT = {
 "swedish": (["Karin", "Elin", "Linnéa", "Maja", "Astrid", "Ingrid", "Sigrid", "Ebba"],
             ["Björn", "Oskar", "Henrik", "Gustav", "Nils", "Johan", "Viktor", "Anders"],
             ["Andersson", "Lindqvist", "Bergström", "Nyström", "Sjöberg", "Holmgren", "Åkesson", "Wallin"], None, "gf"),
 "norwegian": (["Torunn", "Solveig", "Ingeborg", "Silje", "Ragnhild"], ["Sindre", "Eirik", "Håkon", "Trygve", "Øystein"],
             ["Haugen", "Bakke", "Solberg", "Kristiansen", "Fjeld", "Østby"], None, "gf"),
 "danish": (["Mette", "Freja", "Signe", "Lærke"], ["Rasmus", "Kasper", "Mads", "Søren"],
             ["Mortensen", "Østergaard", "Rasmussen", "Kjærgaard", "Dahl"], None, "gf"),
 "finnish": (["Aino", "Tuuli", "Satu", "Kaisa", "Riikka"], ["Eero", "Juhani", "Mikko", "Veikko", "Lauri"],
             ["Virtanen", "Mäkinen", "Korhonen", "Nieminen", "Häkkinen", "Järvinen"], None, "gf"),
 "icelandic": (["Guðrún", "Þóra", "Sigríður", "Hildur"], ["Einar", "Halldór", "Ragnar", "Sigurður"],
             ["Sigurðardóttir", "Magnúsdóttir", "Gunnarsdóttir"], ["Jónsson", "Ólafsson", "Þórsson"], "gf"),
 "czech": (["Tereza", "Lucie", "Jana", "Kateřina", "Markéta"], ["Petr", "Jiří", "Tomáš", "Ondřej", "Vojtěch"],
             ["Nováková", "Dvořáková", "Procházková", "Kučerová", "Veselá"], ["Novák", "Dvořák", "Procházka", "Kučera", "Veselý"], "gf"),
 "hungarian": (["Zsófia", "Eszter", "Katalin", "Réka"], ["Bence", "Levente", "Gábor", "Zoltán"],
             ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"], None, "fg"),
 "romanian": (["Ioana", "Andreea", "Cristina", "Mirela"], ["Mihai", "Radu", "Bogdan", "Sorin"],
             ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu", "Constantinescu"], None, "gf"),
 "greek": (["Eleni", "Katerina", "Sofia", "Despina"], ["Giorgos", "Dimitris", "Nikos", "Stavros"],
             ["Papadopoulou", "Georgiou", "Nikolaidou", "Karagianni"], ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis"], "gf"),
 "greek_script": (["Ελένη", "Κατερίνα", "Σοφία"], ["Γιώργος", "Δημήτρης", "Νίκος"],
             ["Παπαδοπούλου", "Γεωργίου", "Νικολαΐδου"], ["Παπαδόπουλος", "Γεωργίου", "Νικολαΐδης"], "gf"),
 "russian_cyr": (["Ольга", "Наталья", "Ирина", "Екатерина"], ["Алексей", "Дмитрий", "Сергей", "Иван"],
             ["Смирнова", "Кузнецова", "Волкова", "Соколова"], ["Смирнов", "Кузнецов", "Волков", "Соколов"], "gf"),
 "israeli": (["Noa", "Yael", "Tamar", "Shira", "Maayan"], ["Avi", "Itai", "Eitan", "Yoav", "Omer"],
             ["Cohen", "Levi", "Mizrahi", "Peretz", "Ben-David", "Friedman"], None, "gf"),
 "indonesian": (["Dewi", "Sri", "Rina", "Ayu", "Wulan"], ["Budi", "Agus", "Joko", "Eko", "Bayu"],
             ["Lestari", "Wahyuni", "Kurniawati", "Rahayu"], ["Santoso", "Setiawan", "Nugroho", "Prasetyo", "Hidayat"], "gf"),
 "filipino": (["Maricel", "Liezl", "Kristine Joy", "Rowena"], ["Rodel", "Jhun", "Mark Anthony", "Arnel"],
             ["dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Tolentino"], None, "gf"),
 "thai": (["Siriporn", "Kanokwan", "Pimchanok", "Nanthida"], ["Anan", "Nattapong", "Somsak", "Kittisak"],
             ["Chaiyaporn", "Srisuk", "Thongchai", "Rattanakul", "Wongsawat"], None, "gf"),
 "tamil_sinhala": (["Dilani", "Kavitha", "Nirosha", "Tharushi"], ["Tharindu", "Senthil", "Kasun", "Arjun"],
             ["Perera", "Jayasuriya", "Ramanathan", "Wickramasinghe", "Kumaran"], None, "gf"),
 "bengali": (["Anika", "Farzana", "Nusrat", "Tahmina"], ["Tanvir", "Rafiq", "Shakib", "Imran"],
             ["Rahman", "Hossain", "Akter", "Chowdhury", "Mahmud"], None, "gf"),
 "somali": (["Hodan", "Fadumo", "Ayaan", "Sahra"], ["Abdirahman", "Liban", "Mahad", "Guled"],
             ["Warsame", "Abdi", "Farah", "Jama", "Osman"], None, "gf"),
 "pacific": (["Aroha", "Mere", "Losana", "Keala"], ["Tamati", "Sione", "Wiremu", "Makana"],
             ["Ngata", "Tipene", "Tupou", "Vake", "Kahananui"], None, "gf"),
 "latam": (["Ximena", "Fernanda", "Catalina", "Valentina", "Guadalupe"], ["Ricardo", "Maximiliano", "Joaquín", "Emiliano"],
             ["Garza Treviño", "Villalobos", "Quiroga", "Fuentes Araya", "Soto Campos", "Benítez"], None, "gf"),
 "punjabi": (["Harpreet", "Jaspreet", "Simran", "Navneet"], ["Gurpreet", "Manjit", "Harjot", "Amrit"],
             ["Kaur Dhillon", "Sandhu", "Gill", "Sidhu", "Grewal"], None, "gf"),
 "caucasus": (["Anahit", "Nino", "Tamar", "Lilit"], ["Tigran", "Giorgi", "Levan", "Aram"],
             ["Grigoryan", "Beridze", "Kapanadze", "Petrosyan", "Lomidze"], None, "gf"),
 "celtic": (["Siobhán", "Bethan", "Mary-Kate", "Caoimhe", "Eilidh"], ["Ruairí", "Dylan", "Cathal", "Tadhg", "Iestyn"],
             ["O'Donoghue", "Pryce-Jones", "Mac Giolla Phádraig", "Llewellyn-Hughes", "Ní Bhriain", "McAllister"], None, "gf"),
 "wordnames": (["Hope", "Summer", "Amber", "Joy", "Faith"], ["Will", "Mark", "Bill", "Rich", "Guy"],
             ["Stone", "Wood", "Rose", "Hunter", "Baker", "King"], None, "gf"),
 "sahel": (["Aïssata", "Fatoumata", "Mariam", "Awa"], ["Mamadou", "Ousmane", "Cheikh", "Boubacar"],
             ["Diallo", "Traoré", "Keïta", "Coulibaly", "Ndiaye"], None, "gf"),
}
# scripts without spaces between family and given name
CJK = {
 "japanese": (["花子", "美咲", "陽菜", "結衣"], ["健太", "翔", "大輔", "蓮"], ["佐藤", "高橋", "田中", "渡辺", "伊藤"]),
 "korean": (["서연", "유진", "지은", "하은"], ["민준", "지훈", "도윤", "현우"], ["김", "이", "박", "최", "정"]),
 "chinese": (["芳", "静", "晓燕", "雨婷"], ["伟", "洋", "晓明", "浩然"], ["王", "李", "张", "刘", "陈"]),
}
LATIN_CULTS = [c for c in CULT if c not in ("greek_script", "russian_cyr")]

# ---------------------------------------------------------------- places
# country: (streets, cities[(city, postal_fn_key)], address_style)
STREETS = {
 "SE": ["Storgatan", "Drottninggatan", "Hantverkargatan", "Västra Hamngatan", "Kungsgatan"],
 "NO": ["Kirkeveien", "Thorvald Meyers gate", "Bygdøy allé", "Markveien"],
 "DK": ["Nørrebrogade", "Istedgade", "Vesterbrogade", "Jægersborggade"],
 "FI": ["Mannerheimintie", "Hämeenkatu", "Fredrikinkatu", "Aleksanterinkatu"],
 "CZ": ["Vinohradská", "Křižíkova", "Milady Horákové", "Údolní"],
 "RO": ["Str. Mihai Eminescu", "Str. Avram Iancu", "Bd. Unirii", "Calea Dorobanți"],
 "HU": ["Andrássy út", "Király utca", "Bartók Béla út", "Szent István körút"],
 "GR": ["Ermou", "Egnatias", "Solonos", "Patision"],
 "IL": ["Rehov Dizengoff", "Rehov Herzl", "Sderot Rothschild", "Rehov Ben Yehuda"],
 "ID": ["Jl. Kemang Raya", "Jl. Dago", "Jl. Malioboro", "Jl. Gatot Subroto"],
 "PH": ["Scout Tobias St.", "Katipunan Ave.", "Mabini St.", "Osmeña Blvd."],
 "MY": ["Jalan SS 2/75", "Jalan Bukit Bintang", "Lorong Maarof", "Jalan Burma"],
 "ZA": ["Kloof Street", "Jan Smuts Avenue", "Florida Road", "Long Street"],
 "MX": ["Calle Morelos", "Av. Chapultepec", "Calle Durango", "Av. Vallarta"],
 "AR": ["Av. Corrientes", "Calle Thames", "Av. Pellegrini", "Calle Defensa"],
 "NZ": ["Ponsonby Road", "Cuba Street", "Colombo Street", "George Street"],
 "IE": ["Pembroke Lane", "Shop Street", "Oliver Plunkett Street", "Lower Dorset Street"],
 "US": ["N Alvernon Way", "SE Hawthorne Blvd", "Magnolia Ave", "W Armitage Ave", "Old Orchard Rd"],
 "CA": ["Rue Saint-Paul O", "Bloor St W", "Commercial Dr", "Barrington St"],
 "AU": ["Brunswick St", "Oxford St", "Hay St", "Ann St"],
 "UK": ["Caledonian Road", "Gloucester Road", "Deansgate", "Sauchiehall Street"],
 "JP": ["Umeda", "Jingumae", "Sakae", "Tenjin"],
 "KR": ["Teheran-ro", "Itaewon-ro", "Yanghwa-ro", "Haeundae-ro"],
 "RU": ["ул. Тверская", "ул. Рубинштейна", "пр. Мира", "ул. Баумана"],
}
CITIES = {
 "SE": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå"], "NO": ["Oslo", "Bergen", "Trondheim", "Tromsø"],
 "DK": ["København", "Aarhus", "Odense"], "FI": ["Helsinki", "Tampere", "Oulu", "Turku"],
 "CZ": ["Praha", "Brno", "Ostrava", "Plzeň"], "RO": ["Cluj-Napoca", "Iași", "Timișoara", "București"],
 "HU": ["Budapest", "Debrecen", "Szeged", "Pécs"], "GR": ["Athens", "Thessaloniki", "Patras"],
 "IL": ["Tel Aviv", "Haifa", "Be'er Sheva"], "ID": ["Jakarta Selatan", "Bandung", "Yogyakarta", "Surabaya"],
 "PH": ["Quezon City", "Cebu City", "Makati", "Davao City"], "MY": ["Petaling Jaya", "Kuala Lumpur", "Ipoh", "George Town"],
 "ZA": ["Cape Town", "Johannesburg", "Durban", "Pretoria"], "MX": ["Guadalajara", "Monterrey", "Puebla", "Mérida"],
 "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"], "NZ": ["Auckland", "Wellington", "Christchurch", "Dunedin"],
 "IE": ["Galway", "Cork", "Limerick", "Dublin"],
 "US": ["Tucson, AZ", "Portland, OR", "Chicago, IL", "Savannah, GA", "Boise, ID", "Durham, NC"],
 "CA": ["Montréal, QC", "Toronto, ON", "Vancouver, BC", "Halifax, NS"],
 "AU": ["Fitzroy VIC", "Surry Hills NSW", "Fremantle WA", "Paddington QLD"],
 "UK": ["London", "Manchester", "Glasgow", "Leeds", "Bristol"],
 "JP": ["Osaka", "Tokyo", "Nagoya", "Fukuoka"], "KR": ["Seoul", "Busan", "Incheon"],
 "RU": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск"],
}
ADDR_COUNTRIES = list(STREETS)
COUNTRY_NAME = {"SE": "Sweden", "NO": "Norway", "DK": "Denmark", "FI": "Finland", "CZ": "Czechia", "RO": "Romania",
 "HU": "Hungary", "GR": "Greece", "IL": "Israel", "ID": "Indonesia", "PH": "Philippines", "MY": "Malaysia",
 "ZA": "South Africa", "MX": "Mexico", "AR": "Argentina", "NZ": "New Zealand", "IE": "Ireland", "US": "USA",
 "CA": "Canada", "AU": "Australia", "UK": "United Kingdom", "JP": "Japan", "KR": "South Korea", "RU": "Россия"}
CULT_COUNTRY = {"swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "icelandic": "UK", "czech": "CZ",
 "hungarian": "HU", "romanian": "RO", "greek": "GR", "greek_script": "GR", "russian_cyr": "RU", "israeli": "IL",
 "indonesian": "ID", "filipino": "PH", "thai": "NZ", "tamil_sinhala": "AU", "bengali": "UK", "somali": "US",
 "pacific": "NZ", "latam": "MX", "punjabi": "CA", "caucasus": "IE", "celtic": "IE", "wordnames": "US", "sahel": "ZA",
 "japanese": "JP", "korean": "KR", "chinese": "MY"}

# ---------------------------------------------------------------- organisations (fictional, plus a few real banks)
ORGS = ["Fjordline Logistik AS", "Kvarnby Tandvård AB", "Vltava Software s.r.o.", "Carpații Asigurări SA",
        "Dunai Hűtőtechnika Kft.", "Aegean Freight Partners", "Negev Solar Ltd", "PT Nusantara Kargo", "Bayanihan Credit Cooperative",
        "Selangor Precision Moulding Sdn Bhd", "Karoo Valley Vets", "Grupo Tlaquepaque Textil", "Cooperativa Pampa Norte",
        "Harbourview Physio", "Claddagh Accountancy Ltd", "Bluestem Pediatrics", "Maple & Pine Legal LLP", "Wattle Creek Childcare",
        "Northgate Lettings", "Kansai Robotics K.K.", "Hanbit Semiconductor", "Volga Data Center", "Östersund Folkhögskola",
        "Tampere University Hospital", "Mercy Ridge Medical Group", "Ironbark Mutual", "Saltmarsh Credit Union",
        "Nordea", "Swedbank", "Revolut", "Banca Transilvania", "OTP Bank", "Monzo", "ING"]

# ---------------------------------------------------------------- checksums
def luhn_check_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def make_iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(n) % 97) + bban

IBAN_LEN = {"SE": 24, "NO": 15, "DK": 18, "FI": 18, "CZ": 24, "HU": 28, "GR": 27, "LU": 20, "LT": 20, "HR": 21,
            "SI": 19, "SK": 24, "IS": 26, "IL": 23, "AE": 23, "SA": 24, "RO": 24, "MT": 31, "CY": 28, "EE": 20}

FINNISH_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
