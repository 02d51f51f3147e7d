#!/usr/bin/env python3
"""Development set for the privacy guard, third edition (issue 20): identity numbers of many countries, names the
lists do not hold, and hard negatives.

Written to TUNE on, like privacy-dev2, so that the held-out sets (bench/data/privacy-eval-v2 and the coming v3) stay
checks. Its shapes are unlike dev2's: forms in eight languages, HR and records notes, application logs, chat exports,
identity numbers of 20 countries (valid check digits where the number has them) with the words that name them, names
written in lower case, signatures, "From:" headers and speaker labels, street addresses of many countries; and clean
texts full of things that look like personal data and are not (versions, SKUs, part and order numbers, product names,
capitalised everyday words, countries and cities in news prose). Names, organisations and streets are hand-written
lists in this file (not Bogus, which trains the tagger, and not dev2's lists). Run:

    python3 bench/data/privacy-dev3/gen_dev3.py > bench/data/privacy-dev3/privacy-dev3.jsonl

Output: one JSON object a line, in the layout `privacy-eval` reads (id, shape, text, entities with type, start, end,
value in UTF-16 code units = Python str indices for BMP text, non_personal). Labels: PERSON (any name of a person,
full or part, without the title), ORGANIZATION, LOCATION (cities and regions; a country only where it says where a
person lives or comes from), ADDRESS (street address, the whole line), NATIONAL_ID (national, tax, social-insurance
numbers), PASSPORT, DRIVER_LICENSE, EMAIL, PHONE, DATE_OF_BIRTH.
"""
import json
import random
import re
import sys

R = random.Random(20261203)

FIRST = """Yuto Rin Kenta Mio Sora Daichi Ha-eun Do-yoon Seo-jun Eun-ji Jiahao Ruoxi Haoran Yiting Bao Khanh Tuan Phuong
Siddharth Nandini Aniket Shreya Harsh Pooja Varun Swati Tanvir Farhana Abdirahman Hodan Samir Rania Bilal Yasmin Karim Dalia
Arash Nasrin Kaveh Golnar Cem Ayse Onur Selin Ikenna Chiamaka Tunde Yetunde Kojo Efua Njeri Wafula Zanele Bongani Palesa Tatenda
Facundo Florencia Agustin Milagros Rodrigo Catalina Joao Ines Luiz Fernanda Bruno Leticia Arkadiusz Malgorzata Wojciech Jolanta
Radek Petra Miroslav Zofia Vasilis Katerina Stavros Ioanna Bjorn Sigrid Leif Ragnhild Jussi Tuulia Saoirse Padraig Eilidh Ruairi
Gwen Dylan Brooke Travis Shelby Wade Darnell Imani Lamar Ebony Keoni Pua Wiremu Aroha Losa Epeli Jericho Marisol Rommel Luzviminda
Wahyu Ratna Eko Sri Yerzhan Dana Timur Madina Ahanu Winona Manon Gaspard Anouk Joris Luuk Femke Matteo Chiara Lorenzo Giulia
Inigo Ainhoa Xabier Nerea Jorg Ulrike Tobias Annika Reto Seraina""".split()

LAST = """Fujita Hasegawa Ishikawa Morimoto Ogawa Seo Han Yoon Lim Shin Zhou Xu Sun Ma Gao Luo Le Dang Bui Do Ngo Kulkarni Deshpande
Joshi Bhattacharya Pillai Chowdhury Rao Saxena Trivedi Siddiqui Qureshi Farah Abubakar Said Hamdan Jaber Bakr Moradi Jafari Sadeghi
Kurt Aydin Ozturk Sahin Eze Nnamdi Obi Ogunleye Asante Darko Ochieng Wanjala Mahlangu Nkosi Sithole Chikwanha Acosta Benitez Cabrera
Dominguez Escobar Fuentes Guerrero Ibarra Lozano Medina Nunez Pacheco Quintero Salazar Tavares Barros Moura Cardoso Teixeira Rocha
Zielinski Wojcik Kaminski Lewandowska Szymanski Kral Prochazka Svoboda Varga Toth Papadakis Konstantinou Vlachos Oksanen Lahtinen
Solberg Haugen Dahl Bergstrom Lundgren McNamara Donnelly Fitzgerald Quinlan MacKenzie Sinclair Vaughan Griffiths Mercer Prescott
Langley Hargrove Whitfield Bramley Oduya Tuilagi Fonoti Kealoha Mahelona Ngata Parata Villanueva Macaraeg Sumarno Prasetyo
Bekova Zhakupov Lemaire Chevalier Dubois Faure Jansen Bakker Visser Meijer Romano Colombo Ricci Marino Etxeberria Zubizarreta
Wagner Zimmermann Baumann Huber Gasser""".split()

ORGS = ["Tidewater Ceramics Ltd", "Brightfold Logistics GmbH", "Kanzlei Hartmann & Roth", "Cooperativa Agricola San Isidro",
        "Norvik Shipping AS", "Maple Crescent Dental", "Helios Kredit Bank", "Istituto Tecnico Galvani", "Pinecone Robotics Inc.",
        "Groupe Lefort SA", "Saffron Lane Catering", "Bureau Vermeulen BV", "Azul Telecom S.A.", "Kowalczyk i Syn sp. z o.o.",
        "Ridgeway Veterinary Clinic", "Okapi Microfinance", "Hanseatic Insurance AG", "Lotus Petal Spa", "Fernhill Primary School",
        "Tamarind Software Pvt Ltd", "Quarrystone Builders", "Sakura Precision K.K.", "Blue Heron Credit Union", "Wattle Grove Pty Ltd"]

CITIES = ["Aachen", "Bochum", "Nantes", "Lille", "Zaragoza", "Malaga", "Verona", "Trieste", "Eindhoven", "Groningen", "Poznan",
          "Lublin", "Ostrava", "Timisoara", "Heraklion", "Trondheim", "Oulu", "Odense", "Limerick", "Inverness", "Cardiff",
          "Plymouth", "Fresno", "Tulsa", "Chattanooga", "Reno", "Boulder", "Regina", "Kelowna", "Geelong", "Townsville",
          "Dunedin", "Nagoya", "Sapporo", "Daegu", "Xiamen", "Hue", "Nagpur", "Indore", "Mysore", "Shiraz", "Konya", "Kano",
          "Eldoret", "Gqeberha", "Cusco", "Cordoba", "Campinas", "Fortaleza", "Puebla", "Merida", "Iloilo", "Yogyakarta", "Shymkent"]

STREETS = {
    "US": lambda: f"{R.randint(12, 9899)} {R.choice(['Larkspur', 'Cottonwood', 'Ridgecrest', 'Old Mill', 'Bayberry', 'Quail Hollow'])} {R.choice(['Drive', 'Lane', 'Ave', 'Court', 'Rd'])}, {R.choice(['Fresno, CA', 'Tulsa, OK', 'Reno, NV', 'Boulder, CO'])} {R.randint(10000, 99999)}",
    "UK": lambda: f"Flat {R.randint(1, 40)}, {R.randint(2, 199)} {R.choice(['Albion Terrace', 'Kingsway', 'Mill Road', 'Station Parade', 'Hawthorn Close'])}, {R.choice(['Plymouth PL4 8AA', 'Cardiff CF10 3NQ', 'Inverness IV2 4SR'])}",
    "DE": lambda: f"{R.choice(['Lindenstraße', 'Am Mühlbach', 'Goethestr.', 'Kastanienallee', 'Bahnhofstraße'])} {R.randint(1, 120)}, {R.choice(['52062 Aachen', '44787 Bochum', '04109 Leipzig', '80331 München'])}",
    "FR": lambda: f"{R.randint(1, 90)} {R.choice(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Lilas'])}, {R.choice(['44000 Nantes', '59000 Lille', '69003 Lyon'])}",
    "ES": lambda: f"Calle {R.choice(['de Alcalá', 'Mayor', 'del Pilar', 'San Vicente'])} {R.randint(1, 200)}, {R.randint(1, 9)}º {R.choice('ABCD')}, {R.choice(['50001 Zaragoza', '29015 Málaga', '46002 Valencia'])}",
    "IT": lambda: f"Via {R.choice(['Garibaldi', 'Roma', 'dei Mille', 'San Zeno'])} {R.randint(1, 150)}, {R.choice(['37121 Verona', '34121 Trieste', '40126 Bologna'])}",
    "NL": lambda: f"{R.choice(['Keizersgracht', 'Stationsweg', 'Dorpsstraat', 'Hoofdstraat'])} {R.randint(1, 300)}, {R.choice(['5611 AB Eindhoven', '9711 LM Groningen', '3511 BK Utrecht'])}",
    "PL": lambda: f"ul. {R.choice(['Marszałkowska', 'Długa', 'Kwiatowa', 'Polna'])} {R.randint(1, 99)}/{R.randint(1, 40)}, {R.choice(['61-701 Poznań', '20-001 Lublin', '00-950 Warszawa'])}",
    "IN": lambda: f"{R.randint(1, 400)}, {R.choice(['2nd Cross, Indiranagar', 'MG Road', 'Sector 15', 'Ring Road, Lajpat Nagar'])}, {R.choice(['Bengaluru 560038', 'Nagpur 440001', 'Indore 452001'])}",
    "AU": lambda: f"{R.randint(1, 200)} {R.choice(['Wattle St', 'Banksia Rd', 'Jacaranda Ave'])}, {R.choice(['Geelong VIC 3220', 'Townsville QLD 4810', 'Hobart TAS 7000'])}",
    "JP": lambda: f"{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 30)} {R.choice(['Sakae, Naka-ku, Nagoya', 'Kita 3-jo, Chuo-ku, Sapporo'])}",
    "BR": lambda: f"Rua {R.choice(['das Flores', 'Sete de Setembro', 'Barão de Jaguara'])}, {R.randint(10, 2000)} - {R.choice(['Campinas - SP', 'Fortaleza - CE'])}, {R.randint(10000, 99999)}-{R.randint(100, 999)}",
    "MX": lambda: f"Av. {R.choice(['Reforma', 'Juárez', '5 de Mayo'])} {R.randint(10, 900)}, Col. Centro, {R.choice(['72000 Puebla, Pue.', '97000 Mérida, Yuc.'])}",
    "CA": lambda: f"{R.randint(10, 9000)} {R.choice(['Albert St', 'Lakeshore Rd', 'Rue Saint-Denis'])}, {R.choice(['Regina SK S4P 3Y2', 'Kelowna BC V1Y 6H2', 'Montréal QC H2X 3K8'])}",
}

# ---- identity numbers (valid check digits where the number has them) ----

def digits(n):
    return [R.randint(0, 9) for _ in range(n)]

def luhn_check(ds):
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d = d * 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10

def de_steuer_id():
    while True:
        ds = [R.randint(1, 9)] + digits(9)
        counts = [ds.count(d) for d in set(ds)]
        if sorted(counts)[-1] in (2, 3) and sum(1 for c in counts if c > 1) == 1:
            break
    product = 10
    for d in ds:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    s = "".join(map(str, ds + [check]))
    return R.choice([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

def icao_check(s):
    w = [7, 3, 1]
    return sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s)) % 10

def de_ausweis():
    s = R.choice("LMNPRTVWXY") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return s + str(icao_check(s))

def fr_nir():
    sex = R.choice("12")
    body = f"{sex}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return R.choice([f"{body}{key:02d}", f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"])

DNI = "TRWAGMYFPDXBNJZSQVHLCKE"

def es_dni():
    n = R.randint(10000000, 99999999)
    return R.choice([f"{n}{DNI[n % 23]}", f"{n}-{DNI[n % 23]}"])

def es_nie():
    p = R.randint(0, 2)
    n = R.randint(0, 9999999)
    return f"{'XYZ'[p]}{n:07d}{DNI[int(str(p) + f'{n:07d}') % 23]}"

CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}

def it_cf():
    s = "".join(R.choice("BCDFGHLMNPRSTVZ") for _ in range(6)) + f"{R.randint(40, 99)}" + R.choice("ABCDEHLMPRST") + f"{R.randint(1, 71):02d}" + R.choice("ABCDEFGHILMZ") + f"{R.randint(100, 999)}"
    total = 0
    for i, c in enumerate(s):
        total += CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return s + chr(65 + total % 26)

def nl_bsn():
    while True:
        ds = [R.randint(1, 9)] + digits(8)
        if (sum(d * w for d, w in zip(ds, [9, 8, 7, 6, 5, 4, 3, 2, -1]))) % 11 == 0:
            s = "".join(map(str, ds))
            return R.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}"])

def pl_pesel():
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    ds = [int(c) for c in f"{yy:02d}{mm:02d}{dd:02d}"] + digits(4)
    check = (10 - sum(d * w for d, w in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
    return "".join(map(str, ds + [check]))

def uk_nino():
    a = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
    n = f"{R.randint(0, 999999):06d}"
    c = R.choice("ABCD")
    return R.choice([f"{a}{n}{c}", f"{a} {n[:2]} {n[2:4]} {n[4:]} {c}"])

def ca_sin():
    ds = [R.randint(1, 7)] + digits(7)
    s = "".join(map(str, ds + [luhn_check(ds)]))
    return R.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])

def au_tfn():
    while True:
        ds = digits(9)
        if sum(d * w for d, w in zip(ds, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0 and ds[0] != 0:
            s = "".join(map(str, ds))
            return R.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

def in_aadhaar():
    ds = [R.randint(2, 9)] + digits(10)
    c = 0
    for i, d in enumerate(reversed(ds)):
        c = VD[c][VP[(i + 1) % 8][d]]
    s = "".join(map(str, ds + [VINV[c]]))
    return R.choice([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])

def in_pan():
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + "P" + R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + f"{R.randint(1, 9999):04d}" + R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

def br_cpf():
    ds = digits(9)
    for n in (10, 11):
        s = sum(d * w for d, w in zip(ds, range(n, 1, -1)))
        ds.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, ds))
    return R.choice([f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s])

def se_personnummer():
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    ds = [int(c) for c in f"{yy:02d}{mm:02d}{dd:02d}"] + digits(3)
    total = 0
    for i, d in enumerate(ds):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    s = "".join(map(str, ds + [(10 - total % 10) % 10]))
    return f"{s[:6]}-{s[6:]}"

def ch_ahv():
    ds = [7, 5, 6] + digits(9)
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(ds))
    s = "".join(map(str, ds + [(10 - total % 10) % 10]))
    return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"

def za_id():
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    ds = [int(c) for c in f"{yy:02d}{mm:02d}{dd:02d}"] + digits(4) + [R.randint(0, 1), 8]
    return "".join(map(str, ds + [luhn_check(ds)]))

def cn_id():
    ds = [int(c) for c in f"{R.choice(['110101', '310104', '440305', '510107'])}{R.randint(1960, 2004)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"] + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "".join(map(str, ds)) + "10X98765432"[sum(d * x for d, x in zip(ds, w)) % 11]

def us_ssn():
    return f"{R.randint(101, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"

def mx_curp():
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return (R.choice("BCDFGHMPRS") + R.choice("AEIOU") + R.choice(letters) + R.choice(letters) + f"{R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
            + R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "YN"]) + "".join(R.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + R.choice("0A") + str(R.randint(0, 9)))

def passport(country):
    return {
        "US": lambda: f"{R.randint(5, 9)}{R.randint(10000000, 99999999)}",
        "UK": lambda: f"{R.randint(100000000, 999999999)}",
        "DE": lambda: "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FR": lambda: f"{R.randint(10, 99)}{R.choice('ABCDEFGHJK')}{R.choice('ABCDEFGHJK')}{R.randint(10000, 99999)}",
        "IN": lambda: f"{R.choice('JKLMNPRSTVZ')}{R.randint(1000000, 9999999)}",
        "ES": lambda: f"{R.choice(['PAA', 'PAB', 'XDA'])}{R.randint(100000, 999999)}",
        "IT": lambda: f"Y{R.choice('ABCD')}{R.randint(1000000, 9999999)}",
        "NL": lambda: f"N{R.choice('PRSTUVWXY')}{R.choice('BCDFGH')}{R.choice('JKLMNPRSTUVWXYZ')}{R.randint(10, 99)}{R.choice('CFGH')}{R.randint(1, 9)}{R.randint(1, 9)}",
        "JP": lambda: f"T{R.choice('KRZ')}{R.randint(1000000, 9999999)}",
    }[country]()

def driver_licence(country):
    return {
        "US": lambda: f"{R.choice('ABDFGKMSTW')}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
        "UK": lambda: f"{R.choice(['MORGA', 'SMITH', 'PATEL', 'JONES'])}{R.randint(5, 9)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(5, 9)}{R.choice(['AB', 'JM', 'RS'])}9{R.choice('ABCDEFGHIJ')}{R.choice('ABCDEFGHIJ')}",
        "CA": lambda: f"{R.choice('ABDHKMPST')}{R.randint(1000, 9999)}-{R.randint(10000, 99999)}-{R.randint(10000, 99999)}",
        "AU": lambda: f"{R.randint(10000000, 99999999)}",
        "DE": lambda: f"B{R.randint(100, 999)}{R.choice('ABCDEFGH')}{R.randint(1000, 9999)}{R.randint(1, 9)}",
        "IN": lambda: f"{R.choice(['MH', 'KA', 'DL', 'TN'])}{R.randint(10, 99)} {R.randint(2005, 2022)}{R.randint(1000000, 9999999)}",
    }[country]()

# ---- markup: E(type, value) marks an entity inside an f-string; build() turns marks into spans ----

def E(t, v):
    return f"\x01{t}\x02{v}\x03"

MARK = re.compile("\x01([A-Z_]+)\x02(.*?)\x03", re.S)

def build(marked):
    text, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        spans.append({"type": m.group(1), "start": pos, "end": pos + len(m.group(2)), "value": m.group(2)})
        text.append(m.group(2))
        pos += len(m.group(2))
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans

def first():
    return R.choice(FIRST)

def last():
    return R.choice(LAST)

def full():
    return f"{first()} {last()}"

def city():
    return R.choice(CITIES)

def org():
    return R.choice(ORGS)

def address():
    return STREETS[R.choice(list(STREETS))]()

def email(f, l):
    return f"{f.lower().replace('-', '')}.{l.lower()}@{R.choice(['mailbox.org', 'posteo.de', 'gmail.com', 'outlook.com', 'proton.me'])}"

def phone():
    return R.choice([f"+49 {R.randint(150, 179)} {R.randint(1000000, 9999999)}", f"+33 6 {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}",
                     f"+91 {R.randint(70000, 99999)} {R.randint(10000, 99999)}", f"(415) {R.randint(200, 999)}-{R.randint(1000, 9999)}",
                     f"+44 7{R.randint(100, 999)} {R.randint(100000, 999999)}", f"+34 6{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(100, 999)}"])

def dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2004)
    return R.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])

# (country, words that name the number, generator): words in the languages a form of that country uses
IDS = [
    ("DE", ["Steuer-ID", "Steueridentifikationsnummer", "steuerliche Identifikationsnummer", "IdNr"], de_steuer_id),
    ("DE", ["Personalausweisnummer", "Ausweisnummer", "Personalausweis-Nr."], de_ausweis),
    ("FR", ["numéro de sécurité sociale", "NIR", "n° de sécu", "numéro INSEE"], fr_nir),
    ("ES", ["DNI", "NIF", "documento de identidad"], es_dni),
    ("ES", ["NIE", "número de identidad de extranjero"], es_nie),
    ("IT", ["codice fiscale", "C.F.", "cod. fiscale"], it_cf),
    ("NL", ["BSN", "burgerservicenummer", "sofinummer"], nl_bsn),
    ("PL", ["PESEL", "nr PESEL"], pl_pesel),
    ("UK", ["National Insurance number", "NI number", "NINO", "NI no."], uk_nino),
    ("CA", ["SIN", "Social Insurance Number", "NAS"], ca_sin),
    ("AU", ["TFN", "tax file number"], au_tfn),
    ("IN", ["Aadhaar", "Aadhaar no.", "UID"], in_aadhaar),
    ("IN", ["PAN", "PAN card", "Permanent Account Number"], in_pan),
    ("BR", ["CPF", "CPF nº"], br_cpf),
    ("SE", ["personnummer", "pnr"], se_personnummer),
    ("CH", ["AHV-Nr.", "AHV number", "numéro AVS"], ch_ahv),
    ("ZA", ["ID number", "SA ID"], za_id),
    ("CN", ["resident ID", "身份证 number", "ID card no."], cn_id),
    ("US", ["SSN", "social security no."], us_ssn),
    ("MX", ["CURP"], mx_curp),
]

FORM_LABELS = {
    "en": ("Full name", "Date of birth", "Address", "Email", "Phone"),
    "de": ("Name", "Geburtsdatum", "Anschrift", "E-Mail", "Telefon"),
    "fr": ("Nom et prénom", "Date de naissance", "Adresse", "Courriel", "Téléphone"),
    "es": ("Nombre completo", "Fecha de nacimiento", "Domicilio", "Correo", "Teléfono"),
    "it": ("Nome e cognome", "Data di nascita", "Indirizzo", "E-mail", "Telefono"),
    "nl": ("Naam", "Geboortedatum", "Adres", "E-mail", "Telefoon"),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Adres", "E-mail", "Telefon"),
    "pt": ("Nome completo", "Data de nascimento", "Morada", "E-mail", "Telefone"),
}
LANG_OF = {"DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "PL": "pl", "BR": "pt", "CH": "de"}

def t_form():
    country, words, gen = R.choice(IDS)
    lang = LANG_OF.get(country, "en")
    n, dd, adr, em, ph = FORM_LABELS[lang]
    f, l = first(), last()
    sep = R.choice([": ", ":\t", " = ", ": "])
    lines = [f"{n}{sep}{E('PERSON', f + ' ' + l)}", f"{dd}{sep}{E('DATE_OF_BIRTH', dob())}", f"{R.choice(words)}{sep}{E('NATIONAL_ID', gen())}"]
    if R.random() < 0.6:
        lines.append(f"{adr}{sep}{E('ADDRESS', address())}")
    if R.random() < 0.5:
        lines.append(f"{em}{sep}{E('EMAIL', email(f, l))}")
    if R.random() < 0.4:
        lines.append(f"{ph}{sep}{E('PHONE', phone())}")
    R.shuffle(lines)
    head = R.choice(["", "Please check this form:\n", "Formular / form data\n", "Can you translate these fields?\n", "--- Antrag ---\n"])
    return "form", head + "\n".join(lines)

def t_id_prose():
    country, words, gen = R.choice(IDS)
    w = R.choice(words)
    p = E("PERSON", full())
    v = E("NATIONAL_ID", gen())
    s = R.choice([
        f"my {w} is {v}, can you check if the format is right?",
        f"{p} gave {w} {v} on the application.",
        f"Update the record: {w} {v} belongs to {p}.",
        f"Kunde {p}, {w}: {v} – bitte prüfen.",
        f"Il cliente {p} ha comunicato il {w} {v}.",
        f"{w}: {v}\nHolder: {p}",
        f"Hi, I need to change the {w} on my account to {v}. Thanks, {p}",
        f"Why was {w} {v} rejected by the portal?",
        f"El {w} de {p} es {v}.",
        f"Le {w} de {p} est {v}.",
        f"we found {w} {v} in the export from {E('ORGANIZATION', org())}",
    ])
    return "id", s

def t_id_table():
    country, words, gen = R.choice(IDS)
    w = R.choice(words)
    rows = []
    for _ in range(R.randint(2, 4)):
        rows.append((E("PERSON", full()), E("NATIONAL_ID", gen()), E("LOCATION", city())))
    style = R.choice(["csv", "md", "tsv"])
    if style == "csv":
        return "table", f"name,{w},city\n" + "\n".join(f"{a},{b},{c}" for a, b, c in rows)
    if style == "tsv":
        return "table", f"Name\t{w}\tCity\n" + "\n".join(f"{a}\t{b}\t{c}" for a, b, c in rows)
    return "table", f"| Name | {w} | City |\n|---|---|---|\n" + "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)

def t_passport():
    c = R.choice(["US", "UK", "DE", "FR", "IN", "ES", "IT", "NL", "JP"])
    w = R.choice(["passport no.", "Passport number", "Reisepassnummer", "n° de passeport", "número de pasaporte", "passaporto n.", "paspoortnummer", "passport"])
    p = E("PERSON", full())
    v = E("PASSPORT", passport(c))
    return "id", R.choice([
        f"Traveller {p}, {w} {v}, arriving {city()} on Friday.",
        f"{w}: {v}\nSurname/Given names: {p}",
        f"please rebook {p}, {w} {v} expires next month",
        f"Guest list\n- {p} ({w} {v})\n- {E('PERSON', full())}",
    ])

def t_licence():
    c = R.choice(["US", "UK", "CA", "AU", "DE", "IN"])
    w = R.choice(["driver's license", "driving licence no.", "DL#", "Führerscheinnummer", "licence number", "permis de conduire n°", "DL no"])
    p = E("PERSON", full())
    v = E("DRIVER_LICENSE", driver_licence(c))
    return "id", R.choice([
        f"Rental for {p}: {w} {v}, pick-up in {E('LOCATION', city())}.",
        f"{w} {v} (holder {p}) was scanned at the desk.",
        f"{p}\n{w}: {v}",
    ])

def t_hr():
    f, l = first(), last()
    p, fl, ll = E("PERSON", f + " " + l), E("PERSON", f), E("PERSON", l)
    return "hr", R.choice([
        f"HR note 2026-03-{R.randint(10, 28)}: {p} (employee #{R.randint(1000, 9999)}) moved to the {R.choice(['Lyon', 'Porto', 'Leeds'])} team. {fl} asked to keep the remote days.",
        f"Onboarding checklist for {p}:\n- laptop ordered\n- badge photo\n- {R.choice(['NI number', 'TFN', 'SIN', 'BSN', 'PESEL'])} pending\nManager: {E('PERSON', full())}",
        f"Performance review — {p}. Strong quarter; {ll} led the migration at {E('ORGANIZATION', org())}. Next review with {E('PERSON', first())}.",
        f"Exit interview: {p}, last day Friday. Forward the final payslip to {E('EMAIL', email(f, l))}.",
        f"Record updated by {E('PERSON', first().lower())}: {p} now lives at {E('ADDRESS', address())}.",
        f"Sick leave logged for {p} from Monday. Cover: {E('PERSON', full())}.",
    ])

LOG_KEYS = {"de_steuer_id": "steuer_id", "de_ausweis": "ausweis_nr", "fr_nir": "nir", "es_dni": "dni", "es_nie": "nie", "it_cf": "codice_fiscale",
            "nl_bsn": "bsn", "pl_pesel": "pesel", "uk_nino": "nino", "ca_sin": "sin", "au_tfn": "tfn", "in_aadhaar": "aadhaar", "in_pan": "pan",
            "br_cpf": "cpf", "se_personnummer": "personnummer", "ch_ahv": "ahv", "za_id": "sa_id", "cn_id": "resident_id", "us_ssn": "ssn", "mx_curp": "curp"}

def t_log():
    f, l = first(), last()
    country, words, gen = R.choice(IDS)
    key = R.choice(["national_id", "tax_id", "id_number", LOG_KEYS[gen.__name__]])
    ts = f"2026-0{R.randint(1, 9)}-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z"
    return "log", R.choice([
        f"{ts} INFO  signup ok user_id={R.randint(10000, 99999)} name=\"{E('PERSON', f + ' ' + l)}\" email={E('EMAIL', email(f, l))}",
        f"{ts} WARN  kyc: mismatch for {E('PERSON', f + ' ' + l)} {key}={E('NATIONAL_ID', gen())} (attempt 2)",
        f"{ts} ERROR payout failed account_holder='{E('PERSON', f + ' ' + l)}' city={E('LOCATION', city())} code=E{R.randint(100, 999)}",
        f'{{"ts":"{ts}","level":"info","msg":"profile saved","full_name":"{E("PERSON", f + " " + l)}","{key}":"{E("NATIONAL_ID", gen())}"}}',
        f"{ts} DEBUG shipping label created for {E('PERSON', f + ' ' + l)}, {E('ADDRESS', address())}",
    ])

def t_chat_export():
    a, b = first(), first()
    A, B = E("PERSON", a), E("PERSON", b)
    d = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026"
    return "chat", R.choice([
        f"[{d}, 09:{R.randint(10, 59)}] {A}: are you coming to {E('LOCATION', city())} on sat?\n[{d}, 09:{R.randint(10, 59)}] {B}: yes!! bringing {E('PERSON', first())} too",
        f"{d} 21:04 - {A}: can u send me {E('PERSON', full())}'s number\n{d} 21:05 - {B}: {E('PHONE', phone())}",
        f"{E('PERSON', a.lower())} joined the chat\n{A}: hey {B}, the invoice from {E('ORGANIZATION', org())} arrived\n{B}: ok thx",
        f"<{A}> anyone know a plumber in {E('LOCATION', city())}?\n<{B}> ask {E('PERSON', full())}, he did ours",
    ])

def t_lower():
    f, l = first().lower(), last().lower()
    p = E("PERSON", f + " " + l)
    return "lower", R.choice([
        f"hi my name is {p} and i cant log in",
        f"dear {E('PERSON', f)}, thanks for the quick reply",
        f"hello, this is {p} from {E('LOCATION', city().lower())}, my order never came",
        f"pls forward this to {p} asap",
        f"i'm {E('PERSON', f)}, {E('PERSON', first().lower())}'s sister. she asked me to write",
        f"hey {E('PERSON', f)} can you cover my shift tmrw",
        f"my landlord {p} wont return the deposit, what can i do",
        f"me llamo {p} y vivo en {E('LOCATION', city().lower())}",
        f"ich heiße {p}, wohne in {E('LOCATION', city().lower())}",
    ])

def t_letter():
    f, l = first(), last()
    p = E("PERSON", f + " " + l)
    sender_f, sender_l = first(), last()
    sig = E("PERSON", sender_f + " " + sender_l)
    return "letter", R.choice([
        f"Dear {E('PERSON', f)},\n\nthank you for your patience. The replacement ships this week.\n\nKind regards,\n{sig}\n{E('ORGANIZATION', org())}",
        f"Hi {E('PERSON', f)},\nquick one: can we move our call to Thursday?\nCheers\n{E('PERSON', sender_f)}",
        f"From: {sig} <{E('EMAIL', email(sender_f, sender_l))}>\nTo: {p}\nSubject: lease renewal\n\nPlease find the draft attached.",
        f"Sehr geehrte Frau {E('PERSON', l)},\n\nanbei die Unterlagen.\n\nMit freundlichen Grüßen\n{sig}",
        f"Bonjour {E('PERSON', f)},\nje vous confirme le rendez-vous.\nCordialement,\n{sig}",
        f"Good morning {p},\nYour appointment at our {E('LOCATION', city())} office is confirmed.\nBest,\n{sig}\n{E('PHONE', phone())}",
        f"-- \n{sig}\nSenior Buyer | {E('ORGANIZATION', org())}\n{E('ADDRESS', address())}",
    ])

def t_speaker():
    a, b = full(), full()
    A, B = E("PERSON", a), E("PERSON", b)
    return "transcript", R.choice([
        f"{A}: let's start with the budget.\n{B}: I sent the figures yesterday.\n{A}: thanks.",
        f"Interviewer: where did you grow up?\n{A}: in {E('LOCATION', city())}, near the harbour.",
        f"SPEAKER 1 ({A}): we need a decision by May.\nSPEAKER 2 ({B}): agreed.",
        f"Minutes — attendees: {A}, {B}, {E('PERSON', full())}. Action: {E('PERSON', a.split()[0])} to draft the RFP.",
    ])

def t_address():
    p = E("PERSON", full())
    return "address", R.choice([
        f"Ship to:\n{p}\n{E('ADDRESS', address())}",
        f"Lieferadresse: {E('ADDRESS', address())} (z. Hd. {p})",
        f"Can you check if this address is complete? {E('ADDRESS', address())}",
        f"new address for {p} is {E('ADDRESS', address())}",
        f"Envoyer à {p}, {E('ADDRESS', address())}",
    ])

PII_TEMPLATES = [(t_form, 60), (t_id_prose, 60), (t_id_table, 25), (t_passport, 20), (t_licence, 20), (t_hr, 25), (t_log, 30),
                 (t_chat_export, 25), (t_lower, 30), (t_letter, 30), (t_speaker, 20), (t_address, 20)]

# ---- clean texts: hard negatives ----

def sku():
    return R.choice([f"SKU-{R.randint(10000, 99999)}-{R.choice('ABCXYZ')}", f"{R.choice(['BX', 'KT', 'PL'])}{R.randint(100000, 999999)}{R.choice('ABCD')}",
                     f"{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}", f"P/N {R.choice(['MX', 'AC'])}-{R.randint(1000, 9999)}/{R.randint(10, 99)}"])

def version():
    return R.choice([f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}", f"{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(1000, 9999)}.{R.randint(0, 999)}",
                     f"build {R.randint(20000, 29999)}", f"{R.randint(2019, 2026)}.{R.randint(1, 12)}"])

def order():
    return R.choice([f"order #{R.randint(1000000, 9999999)}", f"invoice INV-{R.randint(2024, 2026)}-{R.randint(10000, 99999)}", f"ticket {R.choice(['OPS', 'SUP', 'ENG'])}-{R.randint(100, 9999)}",
                     f"tracking number 1Z{R.randint(100, 999)}{R.choice('ABCDEFG')}{R.randint(10000000, 99999999)}", f"PO {R.randint(45000000, 45999999)}"])

PRODUCTS = ["Kubernetes", "PostgreSQL", "Visual Studio", "Excel", "Photoshop", "ThinkPad X1 Carbon", "Galaxy S24", "Pixel 8", "iPhone 15 Pro",
            "Surface Laptop", "Raspberry Pi 5", "Jira", "Confluence", "Salesforce", "SAP S/4HANA", "Windows 11", "macOS Sequoia", "Ubuntu 24.04",
            "Grafana", "Terraform", "Kafka", "Docker Desktop", "Tesla Model Y", "Dyson V15", "Nespresso Vertuo", "Kindle Paperwhite"]

CAPWORDS = ["Will", "May", "June", "Grant", "Bill", "Mark", "Frank", "Rose", "Summer", "Hope", "Faith", "Joy", "Sandy", "Cliff", "Dawn",
            "Amber", "Ruby", "Pearl", "Jasmine", "Iris", "Violet", "Chase", "Hunter", "Taylor", "Mason", "Baker", "Cook", "Miller", "Carter", "Parker"]

COLOURS = ["Amber", "Ruby", "Pearl", "Jasmine", "Iris", "Violet", "Rose", "Sandy", "Dawn", "Olive", "Hazel", "Ivory"]

COUNTRIES = ["Germany", "France", "Brazil", "India", "Japan", "Kenya", "Mexico", "Poland", "Vietnam", "Canada", "Australia", "Chile", "Norway",
             "Spain", "Italy", "Nigeria", "Indonesia", "Turkey", "Egypt", "Argentina"]

def clean():
    c1, c2 = R.sample(COUNTRIES, 2)
    club1, club2 = R.choice(["Real Madrid", "Arsenal", "Bayern"]), R.choice(["Juventus", "Ajax", "Benfica"])
    prod, prod2 = R.sample(PRODUCTS, 2)
    w = R.choice(CAPWORDS)
    shape, text, np = R.choice([
        ("release", f"Release notes {version()}: fixed a crash in the {prod} exporter; {prod2} support is now GA.", [prod, prod2]),
        ("release", f"Upgrade from {version()} to {version()} before Friday; the old build breaks on {prod}.", [prod]),
        ("inventory", f"Reorder {sku()} (qty {R.randint(2, 500)}) and {sku()}; both ship from the Rotterdam DC next week.", []),
        ("inventory", f"{sku()}\t{R.randint(1, 90)} pcs\t€{R.randint(2, 900)}.{R.randint(10, 99)}\n{sku()}\t{R.randint(1, 90)} pcs\t€{R.randint(2, 900)}.{R.randint(10, 99)}", []),
        ("support", f"Status of {order()}? It says shipped but nothing arrived.", []),
        ("support", f"Please merge {order()} into {order()}, same customer request.", []),
        ("news", f"{c1} and {c2} signed a trade agreement on Tuesday, cutting tariffs on steel and grain.", [c1, c2]),
        ("news", f"Inflation in {c1} fell to {R.randint(1, 9)}.{R.randint(0, 9)}% in March, while {c2} kept rates on hold.", [c1, c2]),
        ("news", f"The summit in {c1} ended without a deal; delegates from {c2} left early.", [c1, c2]),
        ("news", f"Exports from {c1} to {c2} rose {R.randint(2, 30)}% year on year, led by machinery.", [c1, c2]),
        ("capitalised", f"{w} this work? Status: Open. Priority: High. Owner: Platform Team.", []),
        ("capitalised", f"Reminder: the Quarterly Business Review moves to {R.choice(['Monday', 'Thursday'])}. Agenda: Budget, Hiring Plan, Roadmap.", []),
        ("capitalised", f"Color options: {R.choice(COLOURS)}, {R.choice(COLOURS)} and Slate Grey. Finish: Matte.", []),
        ("capitalised", f"In {R.choice(['May', 'June', 'March'])} we will grant access to the Sales, Finance and Legal teams.", []),
        ("howto", f"How do I pivot a table in {prod}? I have columns Region, Quarter, Revenue.", [prod]),
        ("howto", f"Is {prod} compatible with {prod2}? We run {version()} on the Build Server.", [prod, prod2]),
        ("howto", f"Why does {prod} say 'Error 0x80070005 Access Denied' after the {version()} update?", [prod]),
        ("log", f"2026-02-{R.randint(10, 28)} 10:{R.randint(10, 59)}:01 INFO job=nightly-etl rows={R.randint(1000, 99999)} duration={R.randint(10, 900)}s status=OK", []),
        ("log", f"WARN [pool-{R.randint(1, 9)}-thread-{R.randint(1, 32)}] Retry {R.randint(1, 5)}/5 for batch {R.randint(100000, 999999)} (timeout {R.randint(1, 60)}s)", []),
        ("recipe", f"Preheat the oven to {R.choice([180, 200, 220])} C, mix {R.randint(100, 500)} g flour with {R.randint(1, 4)} eggs, bake for {R.randint(15, 50)} minutes.", []),
        ("sports", f"{club1} beat {club2} {R.randint(1, 4)}-{R.randint(0, 3)} in the Champions League quarter-final.", [club1, club2, "Champions League"]),
        ("finance", f"Q{R.randint(1, 4)} revenue was ${R.randint(10, 999)}.{R.randint(1, 9)}M, up {R.randint(2, 40)}% YoY; EBITDA margin {R.randint(5, 35)}%.", []),
        ("spec", f"Model {R.choice(['XR-220', 'T480s', 'KX-9000', 'A7 IV'])}: {R.randint(8, 64)} GB RAM, {R.randint(256, 2048)} GB SSD, {R.choice(['USB-C', 'HDMI 2.1'])}, {R.randint(1, 3)}.{R.randint(0, 9)} kg.", []),
        ("chat", f"lol the {prod} update broke everything again", [prod]),
        ("chat", f"can someone restart the staging box? deploy {version()} is stuck", []),
        ("geography", f"The Danube flows through {c1}? No, but the Rhine crosses {R.choice(['Switzerland', 'Germany', 'the Netherlands'])}.", [c1]),
        ("standards", f"See ISO {R.randint(1000, 45000)}:{R.randint(2005, 2024)} section {R.randint(1, 12)}.{R.randint(1, 9)} and RFC {R.randint(1000, 9999)}.", []),
    ])
    spans = []
    for v in np:
        i = text.find(v)
        if i >= 0:
            spans.append({"type": "NON_PERSONAL", "start": i, "end": i + len(v), "value": v})
    return shape, text, spans

def main():
    out = []
    n = 0
    for fn, count in PII_TEMPLATES:
        for _ in range(count):
            shape, marked = fn()
            text, spans = build(marked)
            n += 1
            out.append({"id": f"dev3-{n:04d}", "shape": shape, "text": text, "entities": spans, "non_personal": []})
    seen = set()
    while len(seen) < 180:
        shape, text, np = clean()
        if text in seen:
            continue
        seen.add(text)
        n += 1
        out.append({"id": f"dev3-{n:04d}", "shape": "clean-" + shape, "text": text, "entities": [], "non_personal": np})
    for o in out:
        sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
