#!/usr/bin/env python3
"""Generator for privacy-holdout-v2.jsonl (LocalMesh PII/secret detector hold-out set).

Standard library only, seeded, deterministic.  All name lists, street lists, organisations and
templates are written for this file; no fake-data package and no existing dataset is used.

Run:  python3 gen_privacy.py [out_path]
Writes 400 lines: 320 texts with personal data / secrets and 80 hard negatives.

Annotation conventions (also in README.md):
  * PERSON spans exclude honorifics/titles (Mr, Dr., Frau, Mme, Sr., dhr. ...).
  * A postal address is split into LOCATION (street line), POSTAL_CODE and LOCATION (city;
    for US/CA/AU/BR the state/province abbreviation directly after the city is included).
    Countries, nationalities and regions are NOT labelled.
  * PHONE spans include the country code and an extension when written next to the number.
  * API_KEY = API keys and access/bearer tokens (AWS key ids, ghp_, xoxb-, sk_live_, AIza, JWT ...).
    SECRET  = passwords, passphrases, private keys, client/signing secrets, AWS secret keys.
    Both belong to the brief's "API_KEY/SECRET" family and can be merged.
  * MEDICAL (conditions/drugs tied to a person) only appears in texts whose shape ends in
    "+medical"; drop those labels if your detector does not cover MEDICAL.
  * Partial numbers (card "ending 4421", "last four of SSN 6789"), order/ticket numbers, BIC,
    non-birth dates and organisation-less product names are deliberately NOT labelled.
"""
import base64
import json
import random
import re
import sys
import unicodedata

SEED = 20240917
R = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digs(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def nzdigs(n):
    return R.choice('123456789') + digs(n - 1)


def alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ß', 'ss').replace('ı', 'i').replace('İ', 'I')
    s = s.replace('đ', 'd').replace('Đ', 'D').replace('ø', 'o').replace('æ', 'ae')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def slug(s, sep='.'):
    s = ascii_fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", sep, s).strip(sep)
    return s


# Entity markers: E('PERSON', 'Ada') embeds a marker into an f-string; render() strips them.
M1, M2, M3 = '\x01', '\x02', '\x03'


def E(typ, val):
    assert M1 not in val and M2 not in val and M3 not in val
    return f'{M1}{typ}{M2}{val}{M3}'


MARK_RE = re.compile('\x01([A-Z_]+)\x02(.*?)\x03', re.S)


def utf16_len(s):
    return len(s.encode('utf-16-le')) // 2


def render(marked):
    out = []
    ents = []
    pos = 0      # python index
    upos = 0     # utf-16 index
    last = 0
    for m in MARK_RE.finditer(marked):
        lit = marked[last:m.start()]
        out.append(lit)
        upos += utf16_len(lit)
        typ, val = m.group(1), m.group(2)
        ents.append({'type': typ, 'start': upos, 'end': upos + utf16_len(val), 'text': val})
        out.append(val)
        upos += utf16_len(val)
        last = m.end()
    out.append(marked[last:])
    text = ''.join(out)
    assert M1 not in text and M2 not in text and M3 not in text, text
    return text, ents


# ----------------------------------------------------------------------------------------------
# names (written for this file)
# ----------------------------------------------------------------------------------------------

NAMES = {
    # culture: (male given, female given, surnames, order)  order: 'western' | 'family_first'
    'nigerian': (['Chukwuemeka', 'Oluwaseun', 'Tunde', 'Emeka', 'Ifeanyi', 'Babajide', 'Obinna', 'Adebayo', 'Segun', 'Musa', 'Ibrahim', 'Kelechi'],
                 ['Ngozi', 'Chiamaka', 'Funmilayo', 'Adaeze', 'Yetunde', 'Aisha', 'Temitope', 'Nneka', 'Folake', 'Zainab', 'Ifeoma'],
                 ['Okafor', 'Adeyemi', 'Balogun', 'Okonkwo', 'Eze', 'Nwosu', 'Abubakar', 'Ogunleye', 'Adebanjo', 'Olawale', 'Ibekwe', 'Olatunji', 'Bello', 'Nwachukwu'], 'western'),
    'vietnamese': (['Minh', 'Hùng', 'Tuấn', 'Khoa', 'Phúc', 'Long', 'Dũng', 'Quang'],
                   ['Lan', 'Hương', 'Linh', 'Trang', 'Mai', 'Thảo', 'Vy', 'Ngân'],
                   ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh'], 'vietnamese'),
    'indian': (['Arjun', 'Rohit', 'Vikram', 'Siddharth', 'Karthik', 'Anil', 'Rajesh', 'Aditya', 'Sanjay', 'Harish'],
               ['Priya', 'Ananya', 'Deepika', 'Kavya', 'Lakshmi', 'Meera', 'Sneha', 'Pooja', 'Divya', 'Shreya'],
               ['Raghunathan', 'Venkatesan', 'Sharma', 'Iyer', 'Patel', 'Chatterjee', 'Reddy', 'Nair', 'Gupta', 'Deshpande', 'Menon', 'Kulkarni', 'Bhattacharya', 'Singh'], 'western'),
    'chinese': (['Wei', 'Lei', 'Hao', 'Haoran', 'Mingzhe', 'Qiang', 'Jun', 'Yuxuan', 'Zhiwei'],
                ['Fang', 'Jing', 'Yan', 'Xinyi', 'Jiayi', 'Zihan', 'Shu', 'Xiaomei', 'Ling'],
                ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Guo', 'Lin'], 'family_first'),
    'arabic': (['Omar', 'Khalid', 'Youssef', 'Ahmed', 'Tariq', 'Hassan', 'Karim', 'Samir', 'Faisal', 'Mahmoud'],
               ['Layla', 'Fatima', 'Noor', 'Yasmin', 'Huda', 'Rania', 'Mariam', 'Salma', 'Amira', 'Leila'],
               ['Al-Farsi', 'Haddad', 'El Amrani', 'Mansour', 'Khalil', 'Al-Rashid', 'Nasser', 'Saleh', 'Abdullah', 'El-Sayed', 'Benali', 'Haddadin'], 'western'),
    'polish': (['Grzegorz', 'Tomasz', 'Paweł', 'Krzysztof', 'Łukasz', 'Michał', 'Piotr', 'Marek'],
               ['Katarzyna', 'Agnieszka', 'Małgorzata', 'Joanna', 'Zofia', 'Magdalena', 'Ewa', 'Aleksandra'],
               ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Kozłowski', 'Mazur', 'Krawczyk', 'Jabłoński'], 'western'),
    'turkish': (['Emre', 'Mehmet', 'Burak', 'Mustafa', 'Can', 'Oğuz', 'Kerem', 'Serkan'],
                ['Ayşe', 'Elif', 'Zeynep', 'Merve', 'Büşra', 'Selin', 'Gökçe', 'Ebru'],
                ['Yıldız', 'Çelik', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Koç', 'Kurt'], 'western'),
    'brazilian': (['João Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Matheus', 'Felipe', 'Rodrigo'],
                  ['Fernanda', 'Juliana', 'Camila', 'Larissa', 'Beatriz', 'Mariana', 'Letícia', 'Ana Clara'],
                  ['Albuquerque', 'Carvalho', 'Oliveira', 'Souza', 'Santos', 'Pereira', 'Rodrigues', 'Almeida', 'Nascimento', 'Barbosa', 'Ribeiro', 'Cavalcanti', 'da Silva'], 'western'),
    'portuguese': (['Tiago', 'Duarte', 'Gonçalo', 'Rui', 'Nuno', 'Afonso'],
                   ['Inês', 'Mafalda', 'Leonor', 'Joana', 'Catarina', 'Sofia'],
                   ['Ferreira', 'Costa', 'Martins', 'Sousa', 'Gonçalves', 'Lopes', 'Marques', 'Fonseca', 'Teixeira'], 'western'),
    'german': (['Jürgen', 'Lukas', 'Maximilian', 'Tobias', 'Matthias', 'Florian', 'Henrik', 'Jonas'],
               ['Anna-Lena', 'Sabine', 'Katharina', 'Lena', 'Franziska', 'Ulrike', 'Jana', 'Mareike'],
               ['Hoffmann', 'Schröder', 'Müller', 'Becker', 'Wagner', 'Krüger', 'Schulze', 'Neumann', 'Zimmermann', 'Weiß', 'Braun', 'Hartmann'], 'western'),
    'french': (['Étienne', 'Julien', 'Mathieu', 'Théo', 'Bastien', 'Guillaume', 'Olivier', 'Rémi'],
               ['Amélie', 'Camille', 'Élodie', 'Manon', 'Chloé', 'Sophie', 'Margaux', 'Hélène'],
               ['Durand', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Lambert', 'Bonnet', 'Mercier', 'Dubois', 'Faure', 'Chevalier'], 'western'),
    'spanish': (['Alejandro', 'Javier', 'Sergio', 'Pablo', 'Álvaro', 'Diego', 'Iñaki', 'Raúl'],
                ['Lucía', 'Carmen', 'Marta', 'Elena', 'Nuria', 'Paula', 'Alba', 'Rocío'],
                ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Ruiz', 'Jiménez', 'Moreno', 'Navarro', 'Romero', 'Torres', 'Domínguez', 'Castillo', 'Ortega'], 'spanish'),
    'dutch': (['Bram', 'Daan', 'Sem', 'Thijs', 'Joost', 'Maarten', 'Pieter', 'Ruben'],
              ['Sanne', 'Femke', 'Lotte', 'Anouk', 'Eva', 'Marloes', 'Ilse', 'Noor'],
              ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van Dijk', 'Bos', 'Vos', 'van Leeuwen', 'Kuipers'], 'western'),
    'italian': (['Giuseppe', 'Lorenzo', 'Matteo', 'Alessandro', 'Francesco', 'Davide', 'Stefano', 'Riccardo'],
                ['Giulia', 'Chiara', 'Francesca', 'Sara', 'Martina', 'Valentina', 'Elisa', 'Federica'],
                ['Esposito', 'Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Lombardi'], 'western'),
    'anglo': (['James', 'Daniel', 'Michael', 'Connor', 'Liam', 'Ethan', 'Marcus', 'Owen', 'Patrick', 'Will', 'Mark', 'Bill'],
              ['Emily', 'Sarah', 'Siobhán', 'Rachel', 'Megan', 'Olivia', 'Hannah', 'Grace', 'Rose', 'Hope', 'Summer'],
              ['Whitfield', "O'Brien", 'Thompson', 'Gallagher', 'Murphy', 'Henderson', 'McAllister', 'Brooks', 'Carter', 'Fitzgerald', 'Washington', 'Reyes', 'Holloway', 'Pemberton'], 'western'),
    'japanese': (['Haruto', 'Kenji', 'Takeshi', 'Ren', 'Daiki', 'Yuto'],
                 ['Aiko', 'Yui', 'Sakura', 'Hana', 'Mei', 'Yuki'],
                 ['Sato', 'Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Kobayashi', 'Nakamura', 'Ito'], 'western'),
    'korean': (['Min-jun', 'Ji-ho', 'Do-hyun', 'Jae-won', 'Seung-woo'],
               ['Seo-yeon', 'Ha-eun', 'Soo-ah', 'Ji-woo', 'Yoon-seo'],
               ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon'], 'family_first'),
    'west_east_african': (['Kwame', 'Kofi', 'Kwabena', 'Tendai', 'Sipho', 'Abebe', 'Tesfaye', 'Otieno'],
                          ['Akosua', 'Ama', 'Wanjiru', 'Nomvula', 'Makena', 'Tigist', 'Efua'],
                          ['Mensah', 'Asante', 'Boateng', 'Owusu', 'Kamau', 'Mwangi', 'Ndlovu', 'Dlamini', 'Bekele', 'Haile', 'Moyo', 'Achieng'], 'western'),
    'slavic_east': (['Dmitri', 'Sergei', 'Oleksandr', 'Andriy', 'Ivan'],
                    ['Olga', 'Natalia', 'Yulia', 'Oksana', 'Anastasia'],
                    ['Ivanov', 'Petrenko', 'Kovalenko', 'Sokolov', 'Shevchenko', 'Morozov', 'Bondarenko'], 'western'),
    'south_asian_persian': (['Reza', 'Arash', 'Imran', 'Bilal', 'Farhan'],
                            ['Shirin', 'Parisa', 'Sana', 'Ayesha', 'Mahnoor'],
                            ['Karimi', 'Hosseini', 'Rahimi', 'Qureshi', 'Siddiqui', 'Malik', 'Chaudhry'], 'western'),
}

VI_MID_M = ['Văn', 'Minh', 'Quốc', 'Đức']
VI_MID_F = ['Thị', 'Ngọc', 'Thu', 'Hồng']


class Person:
    def __init__(self, culture=None, gender=None):
        self.culture = culture or pick(list(NAMES))
        self.gender = gender or pick('mf')
        male, female, surn, order = NAMES[self.culture]
        self.first = pick(male if self.gender == 'm' else female)
        last = pick(surn)
        if self.gender == 'f':
            if self.culture == 'polish':
                if last.endswith('ski'):
                    last = last[:-3] + 'ska'
                elif last.endswith('cki'):
                    last = last[:-3] + 'cka'
            if self.culture == 'slavic_east' and last.endswith('ov'):
                last = last + 'a'
        self.last = last
        if order == 'family_first':
            if self.culture == 'chinese' and chance(0.35):
                self.full = f'{self.first} {self.last}'   # westernised order
            else:
                self.full = f'{self.last} {self.first}'
        elif order == 'vietnamese':
            mid = pick(VI_MID_M if self.gender == 'm' else VI_MID_F)
            self.full = f'{self.last} {mid} {self.first}'
        elif order == 'spanish':
            last2 = pick([s for s in surn if s != last])
            self.last2 = last2
            self.full = f'{self.first} {last} {last2}'
        else:
            self.full = f'{self.first} {self.last}'
        self.initial_last = f'{self.first[0]}. {self.last}'

    def email(self, domain=None):
        f, l = slug(self.first, ''), slug(self.last, '')
        local = pick([f'{f}.{l}', f'{f[0]}.{l}', f'{f}{l}', f'{f}_{l}', f'{l}.{f}', f'{f}{R.randint(1, 99)}', f'{f[0]}{l}{R.randint(70, 99)}', f'{l}{f[0]}'])
        if not domain:
            local_mail = LOCAL_FREEMAIL.get(self.culture)
            domain = pick(local_mail) if local_mail and chance(0.75) else pick(FREEMAIL)
        return f'{local}@{domain}'

    def handle(self):
        f, l = slug(self.first, ''), slug(self.last, '')
        return pick([f'{f}-{l}', f'{f}{l}', f'{f[0]}{l}', f'{f}-{l}-{R.randint(10, 999)}'])


FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.fr', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'terra.com.br',
            'uol.com.br', 'wp.pl', 'o2.pl', 'qq.com', '163.com', 'yandex.ru', 'proton.me', 'icloud.com', 'ziggo.nl', 'sapo.pt',
            'yahoo.com', 'rediffmail.com', 'mail.ru', 'naver.com', 'hotmail.com', 'telenet.be', 'bluewin.ch']

LOCAL_FREEMAIL = {
    'nigerian': ['gmail.com', 'yahoo.com'], 'vietnamese': ['gmail.com', 'yahoo.com.vn'], 'indian': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    'chinese': ['qq.com', '163.com', '126.com'], 'arabic': ['gmail.com', 'hotmail.com', 'outlook.com'], 'polish': ['wp.pl', 'o2.pl', 'onet.pl'],
    'turkish': ['gmail.com', 'hotmail.com', 'yandex.com.tr'], 'brazilian': ['uol.com.br', 'terra.com.br', 'bol.com.br', 'gmail.com'],
    'portuguese': ['sapo.pt', 'gmail.com'], 'german': ['web.de', 'gmx.de', 't-online.de'], 'french': ['orange.fr', 'free.fr', 'laposte.net', 'hotmail.fr'],
    'spanish': ['gmail.com', 'hotmail.es', 'telefonica.net'], 'dutch': ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'], 'italian': ['libero.it', 'virgilio.it', 'alice.it'],
    'anglo': ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'btinternet.com'], 'japanese': ['yahoo.co.jp', 'gmail.com'],
    'korean': ['naver.com', 'daum.net'], 'west_east_african': ['gmail.com', 'yahoo.com'], 'slavic_east': ['mail.ru', 'yandex.ru', 'ukr.net'],
    'south_asian_persian': ['gmail.com', 'yahoo.com', 'hotmail.com'],
}

CULTURE_BY_COUNTRY = {
    'US': ['anglo', 'indian', 'chinese', 'korean', 'nigerian', 'arabic', 'vietnamese', 'spanish'],
    'UK': ['anglo', 'indian', 'nigerian', 'polish', 'south_asian_persian', 'west_east_african', 'chinese'],
    'DE': ['german', 'turkish', 'polish', 'slavic_east', 'arabic'],
    'FR': ['french', 'arabic', 'west_east_african', 'vietnamese'],
    'ES': ['spanish'], 'NL': ['dutch', 'turkish', 'arabic'], 'IT': ['italian'], 'PT': ['portuguese'], 'BR': ['brazilian', 'japanese'],
    'PL': ['polish'], 'IN': ['indian'], 'NG': ['nigerian'], 'CN': ['chinese'], 'VN': ['vietnamese'], 'TR': ['turkish'],
    'JP': ['japanese'], 'KR': ['korean'], 'AU': ['anglo', 'chinese', 'vietnamese'], 'KE': ['west_east_african'], 'AE': ['arabic', 'indian', 'south_asian_persian'],
    'CA': ['anglo', 'french', 'chinese', 'indian'],
}


def person_for(country, gender=None):
    return Person(pick(CULTURE_BY_COUNTRY[country]), gender)


# ----------------------------------------------------------------------------------------------
# organisations (fictional unless a very common public brand)
# ----------------------------------------------------------------------------------------------

ORGS = {
    'en': ['Harbourline Freight Ltd', 'Brightwater Analytics', 'Northgate Dental Group', 'Kestrel Payroll Services', 'Bluefin Insurance Brokers',
           'Copperleaf Software Inc.', 'Meridian Health Partners', 'Silverbirch Property Management', 'Tallgrass Logistics LLC', 'Oakhaven Credit Union',
           'Lumen Street Capital', 'Redwood Valley Veterinary Clinic', 'Pinecrest Academy', 'Fernhill Recruitment', 'Quayside Legal LLP', 'Barclays', 'Vodafone'],
    'de': ['Stadtwerke Kleinfeld GmbH', 'Rheinblick Versicherung AG', 'Kanzlei Berger & Partner', 'Elbtal Logistik GmbH', 'Hausverwaltung Sonnenhof',
           'Deutsche Bank', 'Sparkasse Mittelrhein', 'Klinikum Nordstadt'],
    'fr': ['Cabinet Lefort Avocats', 'Boulangerie du Vieux Port', 'Groupe Hospitalier Saint-Roch', 'Assurances Mistral', 'BNP Paribas', 'Atelier Lumière SARL'],
    'es': ['Clínica Dental Sonrisas', 'Inmobiliaria Costa Azul S.L.', 'Gestoría Martín y Asociados', 'Banco Santander', 'Hospital Universitario La Fuente'],
    'nl': ['Gemeente Utrecht', 'Bakkerij Van Leeuwen', 'Polderzorg Thuiszorg', 'Rabobank', 'Woningstichting De Linde'],
    'it': ['Studio Legale Ferri', 'Farmacia Centrale', 'Intesa Sanpaolo', 'Ospedale San Matteo', 'Trasporti Adriatico S.r.l.'],
    'pt': ['Construtora Horizonte Ltda.', 'Clínica São Lucas', 'Banco do Brasil', 'Millennium bcp', 'Transportes Tejo, Lda.'],
    'ng': ['Zenith Bank', 'Lekki Medical Centre', 'Adeyemi & Co. Chartered Accountants', 'Eko Hotels'],
    'in': ['Sunrise Multispeciality Hospital', 'Infosys', 'Kaveri Textiles Pvt Ltd'],
}

HOSPITALS_EN = ["St Brigid's University Hospital", 'Riverside General Hospital', 'Meridian Health Partners', 'Northfield Community Clinic', 'Lakeshore Medical Centre']


def org_domain(org):
    base = re.sub(r'\b(ltd|llc|llp|inc|gmbh|ag|s\.?l|s\.?r\.?l|lda|ltda|sarl|pvt|co|and|und|y|e)\b\.?', '', ascii_fold(org).lower())
    base = re.sub(r'[^a-z0-9]+', '-', base).strip('-')
    group = next((g for g, lst in ORGS.items() if org in lst), 'en')
    tld = pick({'en': ['com', 'co.uk', 'io', 'net', 'org'], 'de': ['de'], 'fr': ['fr'], 'es': ['es'], 'nl': ['nl'], 'it': ['it'],
                'pt': ['pt', 'com.br'], 'ng': ['com.ng', 'ng'], 'in': ['in', 'co.in']}[group])
    return f'{base}.{tld}'


# ----------------------------------------------------------------------------------------------
# addresses  -> list of marked pieces
# ----------------------------------------------------------------------------------------------

def addr(country):
    """Return dict with marked 'street', 'postal', 'city' and a one-line marked 'line'."""
    if country == 'US':
        street = f"{R.randint(12, 9899)} {pick(['Maple Ridge Dr', 'Oak St', 'Lincoln Ave', 'Sycamore Ln', 'W 34th St', 'Harbor Blvd', 'Pine Hollow Rd', 'Cedar Ct'])}"
        if chance(0.3):
            street += f", {pick(['Apt', 'Unit', 'Suite'])} {R.randint(1, 40)}{pick(['', 'B', 'C'])}"
        city, zpre = pick([('Portland, OR', '972'), ('Austin, TX', '787'), ('Columbus, OH', '432'), ('Brooklyn, NY', '112'), ('Oakland, CA', '946'),
                           ('Raleigh, NC', '276'), ('Madison, WI', '537'), ('Tucson, AZ', '857'), ('Denver, CO', '802'), ('Savannah, GA', '314')])
        postal = zpre + f'{R.randint(1, 99):02d}' + ('' if chance(0.8) else f'-{digs(4)}')
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    elif country == 'UK':
        street = f"{R.randint(1, 220)} {pick(['Kingsley Road', 'Albert Street', 'Hawthorn Close', 'Mill Lane', 'Victoria Terrace', 'Station Road', 'Beechwood Avenue'])}"
        city, pc = pick([('Manchester', 'M14'), ('Leeds', 'LS6'), ('Bristol', 'BS7'), ('Edinburgh', 'EH8'), ('Cardiff', 'CF24'), ('London', 'SE15'), ('Norwich', 'NR2'), ('Belfast', 'BT9')])
        postal = f'{pc} {R.randint(1, 9)}{pick(UP.replace("C", "").replace("I", ""))}{pick("ABDEFGHJLNPQRSTUWXYZ")}'
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    elif country == 'DE':
        street = f"{pick(['Lindenallee', 'Hauptstraße', 'Am Kirchberg', 'Goethestraße', 'Schillerplatz', 'Bahnhofstr.', 'Eichendorffweg', 'Mühlenstraße'])} {R.randint(1, 140)}{pick(['', '', 'a', 'b'])}"
        city, pre = pick([('Köln', '50'), ('Berlin', '10'), ('München', '80'), ('Hamburg', '22'), ('Leipzig', '04'), ('Stuttgart', '70'), ('Münster', '48'), ('Freiburg im Breisgau', '79')])
        postal = pre + digs(3)
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'FR':
        street = f"{R.randint(1, 120)}{pick(['', '', ' bis'])} {pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'place du Marché', 'rue de la République', 'allée des Tilleuls', 'chemin des Vignes'])}"
        city, pre = pick([('Lyon', '6900'), ('Paris', '7501'), ('Marseille', '1300'), ('Toulouse', '3100'), ('Nantes', '4400'), ('Lille', '5900'), ('Bordeaux', '3300')])
        postal = pre + str(R.randint(1, 8))
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'ES':
        street = f"{pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gracia', 'Calle San Vicente Mártir', 'Plaza de España'])}, {R.randint(1, 200)}{pick(['', ', 3º B', ', 1º izq.', ', bajo'])}"
        city, pre = pick([('Madrid', '280'), ('Barcelona', '080'), ('Valencia', '460'), ('Sevilla', '410'), ('Bilbao', '480'), ('Zaragoza', '500')])
        postal = pre + digs(2)
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'NL':
        street = f"{pick(['Keizersgracht', 'Oudegracht', 'Lange Voorhout', 'Dorpsstraat', 'Kerkstraat', 'Vondellaan'])} {R.randint(1, 400)}{pick(['', '', '-II', 'A'])}"
        city, pre = pick([('Amsterdam', '10'), ('Utrecht', '35'), ('Den Haag', '25'), ('Rotterdam', '30'), ('Groningen', '97'), ('Eindhoven', '56')])
        postal = f'{pre}{digs(2)} {pick("ABCDEGHJKLMNPRTVWXZ")}{pick("ABCDEGHJKLMNPRTVWXZ")}'
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'IT':
        street = f"{pick(['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Mazzini', 'Viale dei Mille', 'Via della Spiga'])} {R.randint(1, 180)}"
        city, pre = pick([('Roma', '001'), ('Milano', '201'), ('Napoli', '801'), ('Torino', '101'), ('Bologna', '401'), ('Firenze', '501'), ('Palermo', '901')])
        postal = pre + digs(2)
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'PT':
        street = f"{pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo', 'Rua das Flores'])}, {R.randint(1, 250)}{pick(['', ', 2.º Esq.', ', 1.º Dto.'])}"
        city, pre = pick([('Lisboa', '1'), ('Porto', '4'), ('Coimbra', '3'), ('Braga', '4')])
        postal = f'{pre}{digs(3)}-{digs(3)}'
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'BR':
        street = f"{pick(['Av. Paulista', 'Rua Oscar Freire', 'Rua das Laranjeiras', 'Av. Sete de Setembro', 'Rua XV de Novembro'])}, {R.randint(10, 2500)}{pick(['', ' - apto 52', ' - casa 2', ', bloco B'])}"
        city, cpre = pick([('São Paulo - SP', '01'), ('Rio de Janeiro - RJ', '22'), ('Curitiba - PR', '80'), ('Salvador - BA', '40'),
                           ('Belo Horizonte - MG', '30'), ('Recife - PE', '50')])
        postal = f'{cpre}{digs(3)}-{digs(3)}'
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)}, CEP {E('POSTAL_CODE', postal)}"
    elif country == 'PL':
        street = f"ul. {pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Świętokrzyska', 'Grunwaldzka'])} {R.randint(1, 150)}{pick(['', '/4', '/12', 'A'])}"
        city, pre = pick([('Warszawa', '0'), ('Kraków', '3'), ('Łódź', '9'), ('Gdańsk', '8'), ('Wrocław', '5')])
        postal = f'{pre}{R.randint(0, 9)}-{digs(3)}'
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'IN':
        street = f"{R.randint(1, 99)}, {pick(['2nd Cross, Indiranagar', 'MG Road', 'Anna Salai', 'Sector 21', 'Linking Road, Bandra West', 'Park Street'])}"
        city, pre = pick([('Bengaluru', '5600'), ('Chennai', '6000'), ('Mumbai', '4000'), ('Kolkata', '7000'), ('Pune', '4110'), ('Gurugram', '1220')])
        postal = pre + digs(2)
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} - {E('POSTAL_CODE', postal)}"
    elif country == 'NG':
        street = f"{R.randint(1, 60)} {pick(['Adeola Odeku Street, Victoria Island', 'Awolowo Road, Ikoyi', 'Allen Avenue, Ikeja', 'Ogui Road', 'Aminu Kano Crescent, Wuse II'])}"
        city = pick(['Lagos', 'Lagos', 'Enugu', 'Abuja', 'Ibadan'])
        postal = pick(['101241', '100001', '400102', '900288', '200221'])
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    elif country == 'CA':
        street = f"{R.randint(10, 2999)} {pick(['Rue Sainte-Catherine O', 'Queen St W', 'Robson St', 'Jasper Ave', 'Bank St'])}"
        city, fsa = pick([('Montréal, QC', 'H3B'), ('Toronto, ON', 'M5V'), ('Vancouver, BC', 'V6E'), ('Edmonton, AB', 'T5J'), ('Ottawa, ON', 'K1P')])
        postal = f'{fsa} {R.randint(0, 9)}{pick("ABCEGHJKLMNPRSTVWXYZ")}{R.randint(0, 9)}'
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    elif country == 'TR':
        street = f"{pick(['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı', 'Cumhuriyet Mahallesi, Gül Sokak'])} No: {R.randint(1, 300)} D: {R.randint(1, 20)}"
        city, postal = pick([('Kadıköy/İstanbul', '34728'), ('Beyoğlu/İstanbul', '34433'), ('Çankaya/Ankara', '06690'), ('Konak/İzmir', '35250')])
        line = f"{E('LOCATION', street)}, {E('POSTAL_CODE', postal)} {E('LOCATION', city)}"
    elif country == 'JP':
        street = f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} {pick(['Jingumae', 'Shibuya', 'Nishi-Shinjuku', 'Sakae'])}"
        city, postal = pick([('Shibuya-ku, Tokyo', '150-0001'), ('Shinjuku-ku, Tokyo', '160-0023'), ('Naka-ku, Nagoya', '460-0008')])
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    elif country == 'CN':
        street = f"{R.randint(1, 999)} {pick(['Century Avenue, Pudong', 'Nanjing Road West', 'Zhongshan Road', 'Jianguo Road, Chaoyang'])}"
        city, postal = pick([('Shanghai', '200120'), ('Shanghai', '200040'), ('Beijing', '100022'), ('Guangzhou', '510000')])
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    elif country == 'AU':
        street = f"{R.randint(1, 300)} {pick(['Wattle Street', 'Bondi Road', 'Flinders Lane', 'Coronation Drive'])}"
        city, postal = pick([('Sydney NSW', '20' + digs(2)), ('Melbourne VIC', '30' + digs(2)), ('Brisbane QLD', '40' + digs(2))])
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    elif country == 'VN':
        street = f"{R.randint(1, 300)} {pick(['Lê Lợi, Quận 1', 'Nguyễn Huệ, Quận 1', 'Trần Hưng Đạo, Quận 5', 'Hàng Bài, Hoàn Kiếm'])}"
        city, postal = pick([('TP. Hồ Chí Minh', '700000'), ('Hà Nội', '100000')])
        line = f"{E('LOCATION', street)}, {E('LOCATION', city)} {E('POSTAL_CODE', postal)}"
    else:
        raise KeyError(country)
    return {'line': line, 'street': E('LOCATION', street), 'city': E('LOCATION', city), 'postal': E('POSTAL_CODE', postal),
            'city_raw': city, 'street_raw': street, 'postal_raw': postal}


def city_only(country):
    c = {'US': ['Chicago', 'Seattle', 'Phoenix', 'Boston', 'Nashville'], 'UK': ['Glasgow', 'Leeds', 'Brighton', 'Liverpool'],
         'DE': ['Dresden', 'Bremen', 'Nürnberg', 'Kiel'], 'FR': ['Rennes', 'Nice', 'Strasbourg', 'Montpellier'],
         'ES': ['Málaga', 'Granada', 'Valladolid'], 'NL': ['Leiden', 'Haarlem', 'Nijmegen'], 'IT': ['Verona', 'Bari', 'Genova'],
         'PT': ['Faro', 'Aveiro'], 'BR': ['Fortaleza', 'Porto Alegre', 'Manaus'], 'PL': ['Poznań', 'Lublin'], 'IN': ['Hyderabad', 'Jaipur', 'Kochi'],
         'NG': ['Port Harcourt', 'Kano', 'Abeokuta'], 'CN': ['Chengdu', 'Hangzhou', 'Shenzhen'], 'VN': ['Đà Nẵng', 'Hải Phòng'], 'TR': ['Bursa', 'Antalya'],
         'KE': ['Nairobi', 'Mombasa'], 'AE': ['Dubai', 'Abu Dhabi'], 'JP': ['Osaka', 'Fukuoka'], 'AU': ['Perth', 'Adelaide'], 'CA': ['Calgary', 'Halifax'], 'KR': ['Busan', 'Incheon']}
    return pick(c[country])


# ----------------------------------------------------------------------------------------------
# phone numbers in national formats
# ----------------------------------------------------------------------------------------------

def phone(country, intl=None, ext=False):
    if intl is None:
        intl = chance(0.5)
    a = R.randint
    if country in ('US', 'CA'):
        area = f'{a(2, 9)}{a(0, 8)}{a(0, 9)}'
        while area[1:] == '11':
            area = f'{a(2, 9)}{a(0, 8)}{a(0, 9)}'
        ex = f'{a(2, 9)}{digs(2)}'
        while ex[1:] == '11':
            ex = f'{a(2, 9)}{digs(2)}'
        ln = digs(4)
        if intl:
            s = pick([f'+1 {area} {ex} {ln}', f'+1-{area}-{ex}-{ln}', f'+1 ({area}) {ex}-{ln}'])
        else:
            s = pick([f'({area}) {ex}-{ln}', f'{area}-{ex}-{ln}', f'{area}.{ex}.{ln}', f'1 ({area}) {ex}-{ln}', f'{area}{ex}{ln}'])
        if ext:
            s += pick([f' ext. {a(10, 9999)}', f' x{a(100, 999)}', f' ext {a(10, 99)}'])
        return s
    if country == 'UK':
        kind = pick(['mob', 'lon', 'geo'])
        if kind == 'mob':
            n = f'7{a(4, 9)}{digs(2)}', digs(6)
            return f'+44 {n[0]} {n[1]}' if intl else f'0{n[0]} {n[1]}'
        if kind == 'lon':
            n = f'{pick("378")}{digs(3)}', digs(4)
            s = f'+44 20 {n[0]} {n[1]}' if intl else f'020 {n[0]} {n[1]}'
        else:
            code = pick(['161', '113', '117', '131', '29'])
            s = f'+44 {code} {digs(3)} {digs(4)}' if intl else f'0{code} {digs(3)} {digs(4)}'
        if ext:
            s += f' ext. {a(100, 999)}'
        return s
    if country == 'DE':
        kind = pick(['mob', 'land'])
        if kind == 'mob':
            pre = pick(['151', '160', '170', '171', '176', '157'])
            num = digs(pick([7, 8]))
            return pick([f'+49 {pre} {num}', f'+49 (0){pre} {num}']) if intl else pick([f'0{pre} {num}', f'0{pre}/{num}', f'0{pre}-{num}'])
        pre = pick(['30', '40', '89', '221', '341', '711', '251'])
        num = digs(8 - len(pre) + 2)
        if ext:
            return f'+49 {pre} {num}-{a(10, 99)}' if intl else f'0{pre} {num}-{a(10, 99)}'
        return pick([f'+49 {pre} {num}', f'+49 (0){pre} {num}']) if intl else pick([f'0{pre} {num}', f'0{pre} / {num[:4]} {num[4:]}'])
    if country == 'FR':
        first = pick(['6', '7', '1', '4', '5', '9'])
        g = [digs(2) for _ in range(4)]
        return pick([f'+33 {first} {" ".join(g)}', f'+33 (0){first} {" ".join(g)}', f'+33{first}{"".join(g)}']) if intl else pick([f'0{first} {" ".join(g)}', f'0{first}.{".".join(g)}', f'0{first}{"".join(g)}'])
    if country == 'ES':
        if chance(0.6):
            n = f'{pick("67")}{digs(2)}', digs(3), digs(3)
            return f'+34 {n[0]} {n[1]} {n[2]}' if intl else f'{n[0]} {n[1]} {n[2]}'
        n = f'9{pick("1356")}', digs(3), digs(2), digs(2)
        return f'+34 {n[0]} {n[1]} {n[2]} {n[3]}' if intl else f'{n[0]} {n[1]} {n[2]} {n[3]}'
    if country == 'IT':
        if chance(0.6):
            pre = pick(['347', '333', '339', '320', '348', '366'])
            return pick([f'+39 {pre} {digs(7)}', f'+39 {pre} {digs(3)} {digs(4)}']) if intl else pick([f'{pre} {digs(3)} {digs(4)}', f'{pre}/{digs(7)}', f'{pre} {digs(7)}'])
        pre = pick(['06', '02', '011', '055', '081'])
        s = f'{pre} {digs(4)} {digs(4 if len(pre) == 2 else 3)}'
        return f'+39 {s}' if intl else s
    if country == 'NL':
        if chance(0.6):
            n = digs(8)
            return pick([f'+31 6 {n}', f'+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}', f'+316{n}']) if intl else pick([f'06-{n}', f'06 {n[:2]} {n[2:5]} {n[5:]}', f'06{n}'])
        pre = pick(['20', '30', '10', '70', '50'])
        n = digs(7)
        return f'+31 {pre} {n[:3]} {n[3:]}' if intl else f'0{pre}-{n}'
    if country == 'PT':
        if chance(0.6):
            n = f'9{pick("1236")}{digs(1)}', digs(3), digs(3)
        else:
            n = f'2{pick("12")}', digs(3), digs(4)
        s = ' '.join(n)
        return f'+351 {s}' if intl else s
    if country == 'BR':
        ddd = pick(['11', '21', '31', '41', '71', '81', '61'])
        if chance(0.65):
            s = f'9{digs(4)}-{digs(4)}'
        else:
            s = f'{a(2, 5)}{digs(3)}-{digs(4)}'
        return pick([f'+55 {ddd} {s}', f'+55 ({ddd}) {s}']) if intl else pick([f'({ddd}) {s}', f'{ddd} {s}', f'0{ddd} {s}'])
    if country == 'PL':
        if chance(0.6):
            s = f'{pick("5678")}{digs(2)} {digs(3)} {digs(3)}'
        else:
            s = f'{pick(["22", "12", "42", "58", "71"])} {digs(3)} {digs(2)} {digs(2)}'
        return pick([f'+48 {s}', f'(+48) {s}']) if intl else s
    if country == 'IN':
        if chance(0.65):
            s = f'{pick("6789")}{digs(4)} {digs(5)}'
            return pick([f'+91 {s}', f'+91-{s.replace(" ", "")}', f'+91 {s.replace(" ", "")}']) if intl else pick([s, '0' + s.replace(' ', '')])
        code = pick(['80', '22', '44', '11', '33'])
        return f'+91-{code}-{digs(4)}-{digs(4)}' if intl else f'0{code} {digs(4)} {digs(4)}'
    if country == 'NG':
        pre = pick(['803', '806', '813', '816', '703', '706', '809', '817', '905', '810'])
        s = f'{digs(3)} {digs(4)}'
        return pick([f'+234 {pre} {s}', f'+234 (0){pre} {s}', f'+234{pre}{s.replace(" ", "")}']) if intl else pick([f'0{pre} {s}', f'0{pre}{s.replace(" ", "")}', f'0{pre}-{s.replace(" ", "-")}'])
    if country == 'CN':
        if chance(0.6):
            s = f'1{pick("3589")}{digs(1)} {digs(4)} {digs(4)}'
            return f'+86 {s}' if intl else s
        city = pick(['21', '10', '20', '755'])
        return f'+86 {city} {digs(4)} {digs(4)}' if intl else f'(0{city}) {digs(4)}-{digs(4)}'
    if country == 'VN':
        pre = pick(['90', '91', '98', '97', '93', '70'])
        return f'+84 {pre} {digs(3)} {digs(4)}' if intl else pick([f'0{pre} {digs(3)} {digs(4)}', f'0{pre}{digs(7)}', f'0{pre}.{digs(3)}.{digs(4)}'])
    if country == 'TR':
        if chance(0.6):
            pre = pick(['532', '533', '542', '505', '555', '544'])
            return f'+90 {pre} {digs(3)} {digs(2)} {digs(2)}' if intl else pick([f'0{pre} {digs(3)} {digs(2)} {digs(2)}', f'0 ({pre}) {digs(3)} {digs(2)} {digs(2)}'])
        pre = pick(['212', '216', '312', '232'])
        return f'+90 ({pre}) {digs(3)} {digs(2)} {digs(2)}' if intl else f'0{pre} {digs(3)} {digs(2)} {digs(2)}'
    if country == 'JP':
        if chance(0.5):
            pre = pick(['90', '80', '70'])
            return f'+81 {pre}-{digs(4)}-{digs(4)}' if intl else f'0{pre}-{digs(4)}-{digs(4)}'
        return f'+81 3-{digs(4)}-{digs(4)}' if intl else f'03-{digs(4)}-{digs(4)}'
    if country == 'KR':
        return f'+82 10-{digs(4)}-{digs(4)}' if intl else f'010-{digs(4)}-{digs(4)}'
    if country == 'AU':
        if chance(0.6):
            s = f'4{digs(2)} {digs(3)} {digs(3)}'
            return f'+61 {s}' if intl else '0' + s
        st = pick(['2', '3', '7', '8'])
        return f'+61 {st} {digs(4)} {digs(4)}' if intl else f'(0{st}) {digs(4)} {digs(4)}'
    if country == 'KE':
        pre = pick(['712', '722', '733', '701', '110'])
        return f'+254 {pre} {digs(6)}' if intl else f'0{pre} {digs(6)}'
    if country == 'AE':
        pre = pick(['50', '52', '55', '56'])
        return f'+971 {pre} {digs(3)} {digs(4)}' if intl else f'0{pre} {digs(3)} {digs(4)}'
    raise KeyError(country)


# ----------------------------------------------------------------------------------------------
# checksummed identifiers
# ----------------------------------------------------------------------------------------------

def luhn_check_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    num = re.sub(r'\D', '', num)
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def credit_card(issuer=None):
    issuer = issuer or pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners', 'maestro', 'unionpay'])
    if issuer == 'visa':
        body = '4' + digs(14)
        n = body + luhn_check_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    elif issuer == 'mc':
        body = '5' + str(R.randint(1, 5)) + digs(13)
        n = body + luhn_check_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    elif issuer == 'mc2':
        body = str(R.randint(2221, 2720)) + digs(11)
        n = body + luhn_check_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    elif issuer == 'amex':
        body = pick(['34', '37']) + digs(12)
        n = body + luhn_check_digit(body)
        groups = [n[:4], n[4:10], n[10:]]
    elif issuer == 'discover':
        body = '6011' + digs(11)
        n = body + luhn_check_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    elif issuer == 'jcb':
        body = str(R.randint(3528, 3589)) + digs(11)
        n = body + luhn_check_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    elif issuer == 'diners':
        body = '36' + digs(11)
        n = body + luhn_check_digit(body)
        groups = [n[:4], n[4:10], n[10:]]
    elif issuer == 'maestro':
        body = pick(['6759', '6761', '5018']) + digs(14)
        n = body + luhn_check_digit(body)  # 19 digits
        groups = [n[i:i + 4] for i in range(0, 19, 4)]
    else:  # unionpay
        body = '62' + digs(13)
        n = body + luhn_check_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    assert luhn_ok(n)
    style = R.random()
    if style < 0.5:
        return ' '.join(groups)
    if style < 0.75:
        return '-'.join(groups)
    return n


def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return f'{98 - int(num) % 97:02d}'


def iban_ok(iban):
    s = iban.replace(' ', '')
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


CIN_ODD = {c: v for c, v in zip('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}


def cin_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_check_char(s):
    total = 0
    for i, c in enumerate(s):
        total += CIN_ODD[c] if i % 2 == 0 else cin_even(c)
    return chr(65 + total % 26)


def es_ccc_digits(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return 0 if v == 11 else 1 if v == 10 else v
    return f'{dc("00" + bank + branch)}{dc(account)}'


def fr_rib_key(bank, branch, account):
    return f'{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}'


def iban(country=None, grouped=None):
    country = country or pick(['DE', 'FR', 'ES', 'NL', 'IT', 'PT', 'GB', 'BE', 'AT', 'CH', 'PL', 'IE'])
    if country == 'DE':
        bban = pick(['10070000', '37040044', '50010517', '20050550', '70150000', '43060967']) + digs(10)
    elif country == 'FR':
        bank, branch, acct = pick(['30004', '20041', '30002', '10278', '30066']), digs(5), digs(11)
        bban = bank + branch + acct + fr_rib_key(bank, branch, acct)
    elif country == 'ES':
        bank, branch, acct = pick(['2100', '0049', '0182', '2038', '0081']), digs(4), digs(10)
        bban = bank + branch + es_ccc_digits(bank, branch, acct) + acct
    elif country == 'NL':
        bban = pick(['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB', 'ASNB']) + digs(10)
    elif country == 'IT':
        rest = pick(['03069', '02008', '05034', '01030']) + digs(5) + digs(12)
        bban = it_check_char(rest) + rest
    elif country == 'PT':
        b18 = pick(['0033', '0035', '0007', '0010']) + digs(4) + digs(11)
        nib = 98 - (int(b18) * 100) % 97
        bban = b18 + f'{nib:02d}'
    elif country == 'GB':
        bban = pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digs(6) + digs(8)
    elif country == 'BE':
        first10 = pick(['001', '068', '310', '363', '539']) + digs(7)
        chk = int(first10) % 97 or 97
        bban = first10 + f'{chk:02d}'
    elif country == 'AT':
        bban = pick(['12000', '20111', '32000', '14000']) + digs(11)
    elif country == 'CH':
        bban = pick(['00762', '00230', '80808']) + digs(12)
    elif country == 'PL':
        bban = pick(['10201026', '11402004', '10501445', '24901044']) + digs(16)
    elif country == 'IE':
        bban = pick(['AIBK', 'BOFI']) + pick(['931152', '900017']) + digs(8)
    else:
        raise KeyError(country)
    cc = 'GB' if country == 'GB' else country
    full = cc + iban_check(cc, bban) + bban
    assert iban_ok(full), full
    if grouped is None:
        grouped = chance(0.7)
    if grouped:
        return ' '.join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def ssn(style=None):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    grp = R.randint(1, 99)
    ser = R.randint(1, 9999)
    style = style or pick(['dash', 'dash', 'dash', 'space', 'plain'])
    if style == 'dash':
        return f'{area:03d}-{grp:02d}-{ser:04d}'
    if style == 'space':
        return f'{area:03d} {grp:02d} {ser:04d}'
    return f'{area:03d}{grp:02d}{ser:04d}'


def dni_es():
    n = R.randint(10000000, 79999999)
    return f'{n}{"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}'


def nie_es():
    p = R.randint(0, 2)
    n = R.randint(1000000, 9999999)
    return f'{"XYZ"[p]}{n}{"TRWAGMYFPDXBNJZSQVHLCKE"[int(str(p) + str(n)) % 23]}'


def bsn_nl():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return ''.join(map(str, d)) + str(last)


def nif_pt():
    d = [R.choice([1, 2, 2, 2, 3])] + [R.randint(0, 9) for _ in range(7)]
    c = 11 - sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
    c = 0 if c >= 10 else c
    return ''.join(map(str, d)) + str(c)


def cpf_br(fmt=True):
    d = [R.randint(0, 9) for _ in range(9)]
    d1 = (sum(x * w for x, w in zip(d, range(10, 1, -1))) * 10) % 11 % 10
    d.append(d1)
    d2 = (sum(x * w for x, w in zip(d, range(11, 1, -1))) * 10) % 11 % 10
    d.append(d2)
    s = ''.join(map(str, d))
    return f'{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}' if fmt else s


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 9, 8, 7, 6]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    return str(VH_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


assert verhoeff_digit('236') == '3' and verhoeff_ok('2363')


def aadhaar():
    body = str(R.randint(2, 9)) + digs(10)
    n = body + verhoeff_digit(body)
    return pick([f'{n[:4]} {n[4:8]} {n[8:]}', f'{n[:4]}-{n[4:8]}-{n[8:]}', n])


def nir_fr(sex=None, yy=None, mm=None):
    sex = sex or pick('12')
    yy = yy if yy is not None else R.randint(50, 99)
    mm = mm or R.randint(1, 12)
    dept = f'{R.randint(1, 95):02d}'
    if dept == '20':
        dept = '21'
    body = f'{sex}{yy:02d}{mm:02d}{dept}{R.randint(1, 990):03d}{R.randint(1, 999):03d}'
    key = 97 - int(body) % 97
    return f'{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}'


def pesel(y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    serial = R.randint(0, 999)
    sexd = R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9])
    body = f'{y % 100:02d}{mm:02d}{d:02d}{serial:03d}{sexd}'
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return ''.join(map(str, d))


def cn_resident_id(y, m, d):
    region = pick(['110105', '310115', '440106', '510104', '330106', '320102'])
    body = f'{region}{y:04d}{m:02d}{d:02d}{R.randint(1, 999):03d}'
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + '10X98765432'[sum(int(a) * b for a, b in zip(body, w)) % 11]


def uk_nino():
    bad1 = set('DFIQUV')
    bad2 = set('DFIOQUV')
    while True:
        a, b = pick(UP), pick(UP)
        if a in bad1 or b in bad2 or a + b in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            continue
        break
    n = digs(6)
    suf = pick('ABCD')
    return pick([f'{a}{b} {n[:2]} {n[2:4]} {n[4:]} {suf}', f'{a}{b}{n}{suf}'])


def ca_sin():
    body = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digs(7)
    n = body + luhn_check_digit(body)
    return f'{n[:3]} {n[3:6]} {n[6:]}' if chance(0.6) else f'{n[:3]}-{n[3:6]}-{n[6:]}'


CF_MONTH = 'ABCDEHLMPRST'


def codice_fiscale(p, y, m, d):
    def cons(s):
        return [c for c in ascii_fold(s).upper() if c.isalpha() and c not in 'AEIOU']

    def vows(s):
        return [c for c in ascii_fold(s).upper() if c in 'AEIOU']
    sc = cons(p.last.replace(' ', ''))
    s3 = ''.join((sc + vows(p.last) + ['X', 'X', 'X'])[:3])
    nc = cons(p.first.replace(' ', ''))
    if len(nc) >= 4:
        n3 = nc[0] + nc[2] + nc[3]
    else:
        n3 = ''.join((nc + vows(p.first) + ['X', 'X', 'X'])[:3])
    day = d + (40 if p.gender == 'f' else 0)
    town = pick(['H501', 'F205', 'F839', 'L219', 'G273', 'D612', 'A944'])
    body = f'{s3}{n3}{y % 100:02d}{CF_MONTH[m - 1]}{day:02d}{town}'
    return body + it_check_char(body)


def de_id_card():
    alph = '0123456789CFGHJKLMNPRTVWXYZ'
    return pick('LMNPRTVWXY') + ''.join(R.choice(alph) for _ in range(8))


def nin_ng():
    return nzdigs(11)


def uk_dvla(p, y, m, d):
    sur = re.sub(r'[^A-Z]', '', ascii_fold(p.last).upper())
    sur = (sur + '99999')[:5]
    mm = m + (50 if p.gender == 'f' else 0)
    ini = (ascii_fold(p.first)[0].upper() + '9')
    return f'{sur}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}9{pick(UP)}{pick(UP)}'


def driver_license(kind=None, p=None, dob=None):
    kind = kind or pick(['CA', 'NY', 'FL', 'IL', 'TX', 'WA', 'ON', 'DE', 'IN', 'NL', 'BR', 'UK'])
    if kind == 'CA':
        return pick(UP) + digs(7)
    if kind == 'NY':
        return pick([f'{digs(3)} {digs(3)} {digs(3)}', digs(9)])
    if kind == 'FL':
        return f'{pick(UP)}{digs(3)}-{digs(3)}-{digs(2)}-{digs(3)}-{digs(1)}'
    if kind == 'IL':
        return f'{pick(UP)}{digs(3)}-{digs(4)}-{digs(4)}'
    if kind == 'TX':
        return nzdigs(8)
    if kind == 'WA':
        return 'WDL' + alnum(9, UP + '0123456789')
    if kind == 'ON':
        return f'{pick(UP)}{digs(4)}-{digs(5)}-{digs(5)}'
    if kind == 'DE':
        return pick('BJ') + alnum(2, '0123456789') + alnum(3, UP) + digs(1) + alnum(1, UP) + digs(2) + alnum(1, UP + '0123456789')
    if kind == 'IN':
        return f'{pick(["MH", "KA", "TN", "DL", "WB"])}{R.randint(1, 50):02d} {R.randint(2005, 2022)}{digs(7)}'
    if kind == 'NL':
        return nzdigs(10)
    if kind == 'BR':
        return nzdigs(11)
    if kind == 'UK':
        p = p or Person('anglo')
        y, m, d = dob or (R.randint(1955, 2003), R.randint(1, 12), R.randint(1, 28))
        return uk_dvla(p, y, m, d)
    raise KeyError(kind)


def passport(kind=None):
    kind = kind or pick(['US', 'UK', 'DE', 'FR', 'IN', 'NG', 'CN', 'BR', 'ES', 'IT', 'NL', 'TR', 'VN', 'PL'])
    if kind == 'US':
        return pick([nzdigs(9), pick('ACDEF') + digs(8)])
    if kind == 'UK':
        return nzdigs(9)
    if kind == 'DE':
        return 'C' + alnum(8, '0123456789CFGHJKLMNPRTVWXYZ')
    if kind == 'FR':
        return f'{digs(2)}{pick(UP)}{pick(UP)}{digs(5)}'
    if kind == 'IN':
        return pick('JKLMNPRSTUVZ') + nzdigs(7)
    if kind == 'NG':
        return 'A' + digs(8)
    if kind == 'CN':
        return pick(['E' + nzdigs(8), 'EA' + nzdigs(7), 'EJ' + nzdigs(7)])
    if kind == 'BR':
        return pick(['FZ', 'GA', 'FX', 'YB']) + digs(6)
    if kind == 'ES':
        return pick(['PAA', 'PAB', 'PAF', 'XDD']) + digs(6)
    if kind == 'IT':
        return pick(['YA', 'YB', 'AA', 'YC']) + digs(7)
    if kind == 'NL':
        return ''.join(R.choice('ABCDEFGHIJKLMNPRSTUVWXYZ') for _ in range(2)) + alnum(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + digs(1)
    if kind == 'TR':
        return 'U' + digs(8)
    if kind == 'VN':
        return pick('BC') + digs(7)
    if kind == 'PL':
        return pick(['EA', 'EJ', 'EM', 'ES']) + digs(7)
    if kind == 'JP':
        return pick(['TK', 'TR', 'TZ', 'MU']) + digs(7)
    if kind == 'KR':
        return pick(['M', 'S']) + digs(8)
    raise KeyError(kind)


# ----------------------------------------------------------------------------------------------
# secrets and tokens
# ----------------------------------------------------------------------------------------------

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def api_key(kind=None):
    kind = kind or pick(['aws_id', 'github', 'slack', 'stripe', 'google', 'openai', 'jwt', 'sendgrid', 'hex', 'gitlab', 'twilio', 'hf', 'bearer'])
    if kind == 'aws_id':
        return pick(['AKIA', 'ASIA']) + alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
    if kind == 'github':
        return pick(['ghp_', 'gho_', 'ghs_']) + alnum(36)
    if kind == 'slack':
        return f'{pick(["xoxb", "xoxp"])}-{nzdigs(12)}-{nzdigs(13)}-{alnum(24)}'
    if kind == 'stripe':
        return pick(['sk_live_', 'rk_live_', 'sk_test_']) + alnum(24)
    if kind == 'google':
        return 'AIza' + alnum(35, ALNUM + '-_')
    if kind == 'openai':
        return 'sk-proj-' + alnum(48, ALNUM + '-_')
    if kind == 'jwt':
        head = b64url(json.dumps({'alg': pick(['HS256', 'RS256']), 'typ': 'JWT'}, separators=(',', ':')).encode())
        body = b64url(json.dumps({'sub': nzdigs(7), 'iat': R.randint(1700000000, 1730000000), 'scope': pick(['read', 'admin', 'billing:write'])}, separators=(',', ':')).encode())
        return f'{head}.{body}.{alnum(43, B64URL)}'
    if kind == 'sendgrid':
        return f'SG.{alnum(22, B64URL)}.{alnum(43, B64URL)}'
    if kind == 'hex':
        return alnum(pick([32, 40]), HEX)
    if kind == 'gitlab':
        return 'glpat-' + alnum(20, ALNUM + '-_')
    if kind == 'twilio':
        return 'SK' + alnum(32, HEX)
    if kind == 'hf':
        return 'hf_' + alnum(34)
    if kind == 'bearer':
        return alnum(pick([28, 36, 44]), ALNUM)
    raise KeyError(kind)


WORDS = ['Sunflower', 'harbour', 'Tiger', 'marmalade', 'Falcon', 'cobalt', 'Winter', 'pepper', 'Orbit', 'maple', 'Lantern', 'velvet', 'Nimbus', 'quartz']


def password():
    k = R.random()
    if k < 0.35:
        return f'{pick(WORDS)}{R.randint(1, 2025)}{pick("!?#$%&*")}'
    if k < 0.65:
        return alnum(R.randint(10, 16), ALNUM + '!#$%&*?@^')
    if k < 0.8:
        return '-'.join(pick(['correct', 'staple', 'ocean', 'violet', 'ladder', 'kettle', 'meadow', 'engine', 'basil', 'pylon']) for _ in range(4))
    return f'{pick(WORDS)}{pick("_.-")}{pick(WORDS).lower()}{digs(2)}'


def aws_secret():
    return alnum(40, ALNUM + '/+')


def private_key():
    kind = pick(['RSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY'])
    first = {'RSA PRIVATE KEY': 'MIIEow', 'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA', 'PRIVATE KEY': 'MIIEvQ', 'EC PRIVATE KEY': 'MHcCAQEEI'}[kind]
    lines = [first + alnum(64 - len(first), B64)] + [alnum(64, B64) for _ in range(R.randint(2, 4))] + [alnum(R.randint(12, 40), B64) + '==']
    return f'-----BEGIN {kind}-----\n' + '\n'.join(lines) + f'\n-----END {kind}-----'


def client_secret():
    return pick([alnum(40, ALNUM + '~._-'), 'whsec_' + alnum(32), alnum(32, HEX), 'GOCSPX-' + alnum(28, ALNUM + '-_')])


# ----------------------------------------------------------------------------------------------
# IPs, URLs, dates
# ----------------------------------------------------------------------------------------------

def ipv4(private=None):
    if private is None:
        private = chance(0.3)
    if private:
        return pick([f'10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}', f'192.168.{R.randint(0, 255)}.{R.randint(1, 254)}', f'172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}'])
    while True:
        a = R.randint(11, 223)
        if a not in (127, 169, 172, 192, 100):
            break
    return f'{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}'


def ipv6():
    pre = pick(['2a02:8108', '2001:16b8', '2600:1700', '2a01:e0a', '2405:201', '2804:14d'])
    groups = [f'{R.randint(0, 65535):x}' for _ in range(R.randint(2, 4))]
    if chance(0.5):
        return f'{pre}:{":".join(groups)}::{R.randint(1, 65535):x}'
    return f'{pre}:{":".join(groups + [f"{R.randint(0, 65535):x}" for _ in range(6 - len(groups))])}'


def ip():
    return ipv6() if chance(0.3) else ipv4()


MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro']


def birth(lo=1942, hi=2004):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def fmt_date(ymd, lang='en'):
    y, m, d = ymd
    if lang == 'us':
        return pick([f'{m:02d}/{d:02d}/{y}', f'{m}/{d}/{y}', f'{MONTHS_EN[m - 1]} {d}, {y}', f'{MONTHS_EN[m - 1][:3]} {d} {y}'])
    if lang == 'en':
        return pick([f'{d:02d}/{m:02d}/{y}', f'{d} {MONTHS_EN[m - 1]} {y}', f'{y}-{m:02d}-{d:02d}', f'{d}-{MONTHS_EN[m - 1][:3]}-{y}'])
    if lang == 'iso':
        return f'{y}-{m:02d}-{d:02d}'
    if lang == 'de':
        return pick([f'{d:02d}.{m:02d}.{y}', f'{d}. {MONTHS_DE[m - 1]} {y}', f'{d}.{m}.{y}'])
    if lang == 'fr':
        return pick([f'{d:02d}/{m:02d}/{y}', f'{"1er" if d == 1 else d} {MONTHS_FR[m - 1]} {y}'])
    if lang == 'es':
        return pick([f'{d:02d}/{m:02d}/{y}', f'{d} de {MONTHS_ES[m - 1]} de {y}', f'{d}-{m:02d}-{y}'])
    if lang == 'it':
        return pick([f'{d:02d}/{m:02d}/{y}', f'{d} {MONTHS_IT[m - 1]} {y}'])
    if lang == 'nl':
        return pick([f'{d:02d}-{m:02d}-{y}', f'{d} {MONTHS_NL[m - 1]} {y}'])
    if lang == 'pt':
        return pick([f'{d:02d}/{m:02d}/{y}', f'{d} de {MONTHS_PT[m - 1]} de {y}'])
    if lang == 'pl':
        return pick([f'{d:02d}.{m:02d}.{y}', f'{d:02d}-{m:02d}-{y}'])
    if lang == 'tr':
        return f'{d:02d}.{m:02d}.{y}'
    raise KeyError(lang)


def some_date(lang='en'):
    return fmt_date((R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28)), lang)


def some_time():
    return f'{R.randint(7, 18)}:{pick(["00", "15", "30", "45"])}'


MEDS = [('type 2 diabetes', 'metformin'), ('hypertension', 'amlodipine'), ('asthma', 'salbutamol'), ('major depressive disorder', 'sertraline'),
        ('epilepsy', 'levetiracetam'), ("Crohn's disease", 'adalimumab'), ('migraine', 'sumatriptan'), ('hypothyroidism', 'levothyroxine'),
        ('atrial fibrillation', 'apixaban'), ('generalised anxiety disorder', 'escitalopram'), ('rheumatoid arthritis', 'methotrexate'),
        ('ADHD', 'methylphenidate'), ('HIV', 'Biktarvy'), ('COPD', 'tiotropium'), ('gout', 'allopurinol'), ('bipolar disorder', 'lithium')]
MEDS_DE = [('Diabetes mellitus Typ 2', 'Metformin'), ('arterielle Hypertonie', 'Ramipril'), ('Asthma bronchiale', 'Salbutamol'), ('Vorhofflimmern', 'Apixaban'),
           ('Hypothyreose', 'L-Thyroxin'), ('Depression', 'Sertralin')]
MEDS_FR = [('diabète de type 2', 'metformine'), ('hypertension artérielle', 'amlodipine'), ('asthme', 'salbutamol'), ('épilepsie', 'lévétiracétam'),
           ('hypothyroïdie', 'lévothyroxine'), ('dépression', 'sertraline')]


# ----------------------------------------------------------------------------------------------
# marker shorthands
# ----------------------------------------------------------------------------------------------

def PER(x): return E('PERSON', x)
def ORG(x): return E('ORG', x)
def LOC(x): return E('LOCATION', x)
def PH(x): return E('PHONE', x)
def EM(x): return E('EMAIL', x)
def URL(x): return E('URL', x)
def IPA(x): return E('IP_ADDRESS', x)
def CC(x): return E('CREDIT_CARD', x)
def IB(x): return E('IBAN', x)
def SSN(x): return E('SSN', x)
def PC(x): return E('POSTAL_CODE', x)
def DL(x): return E('DRIVER_LICENSE', x)
def PP(x): return E('PASSPORT', x)
def NID(x): return E('NATIONAL_ID', x)
def DOB(x): return E('DATE_OF_BIRTH', x)
def KEY(x): return E('API_KEY', x)
def SEC(x): return E('SECRET', x)
def MED(x): return E('MEDICAL', x)


def amount(cur='€'):
    v = f'{R.randint(9, 4999)}.{R.randint(0, 99):02d}'
    return pick([f'{cur}{v}', f'{v} {cur}']) if cur == '€' else f'{cur}{v}'


def ordno():
    return pick([f'#{nzdigs(6)}', f'A-{nzdigs(6)}-{digs(2)}', f'ORD-{R.randint(2023, 2025)}-{digs(5)}', f'{pick(UP)}{pick(UP)}{nzdigs(7)}'])


POS = []   # positive template functions
NEG = []   # hard negative template functions


def pos(fn):
    POS.append(fn)
    return fn


def neg(fn):
    NEG.append(fn)
    return fn


def lower_maybe(s, p=0.7):
    return s.lower() if chance(p) else s


# ----------------------------------------------------------------------------------------------
# positive templates: support tickets
# ----------------------------------------------------------------------------------------------

@pos
def t_support_address_change():
    c = pick(['US', 'UK', 'CA', 'AU', 'IN'])
    p = person_for(c)
    a = addr(c)
    greet = pick(['Hi team,', 'Hello,', 'Good morning,', 'Hey support -'])
    return (f"Subject: Update shipping address\n\n{greet} this is {PER(p.full)}. I moved last week, could you change the delivery "
            f"address on order {ordno()} to {a['line']}? The old one on {some_date('en')} is no longer valid. Best number to reach me is "
            f"{PH(phone(c))}.\n\nThanks!"), 'support_ticket'


@pos
def t_support_double_charge():
    c = pick(['US', 'UK', 'DE', 'NL', 'FR'])
    p = person_for(c)
    card = credit_card()
    last4 = re.sub(r'\D', '', card)[-4:]
    refund = f" If it is easier, refund to my bank account {IB(iban({'UK': 'GB'}.get(c, c if c != 'US' else 'DE')))}." if chance(0.5) and c != 'US' else ''
    return (f"Ticket #{nzdigs(5)} | Priority: high | Channel: web form\nFrom: {PER(p.full)} <{EM(p.email())}>\n\n"
            f"The card ending in {last4} was charged twice for invoice INV-{R.randint(2023, 2025)}-{digs(4)} ({amount('€' if c != 'US' else '$')}). "
            f"Full number is {CC(card)} in case you need it to find the payment.{refund} You can call me on {PH(phone(c, ext=chance(0.3)))} after 5pm."), 'support_ticket'


@pos
def t_support_account_locked():
    c = pick(['US', 'UK', 'DE', 'IN', 'BR', 'NG'])
    p = person_for(c)
    b = birth()
    lang = 'us' if c == 'US' else 'en'
    return (f"Hello, my account ({EM(p.email())}) got locked after someone tried to log in from {IPA(ip())} around 3am last night. "
            f"That was not me!! For verification: my name is {PER(p.full)}, date of birth {DOB(fmt_date(b, lang))}. "
            f"Please unlock it and reset the 2FA, my phone number changed to {PH(phone(c))}."), 'support_ticket'


@pos
def t_support_refund_es():
    p = person_for('ES')
    a = addr('ES')
    return (f"Asunto: Devolución pedido {ordno()}\n\nBuenas tardes, soy {PER(p.full)}. El paquete llegó roto a {a['line']}. "
            f"Os pido el reembolso a mi cuenta {IB(iban('ES'))}. Mi móvil es el {PH(phone('ES'))}, llamadme por la mañana.\n\nUn saludo"), 'support_ticket_es'


@pos
def t_support_uae():
    p = Person('arabic')
    y, m, d = birth(1960, 2000)
    body = f'784{y}{digs(7)}'
    eid = body + luhn_check_digit(body)
    eid_f = f'{eid[:3]}-{eid[3:7]}-{eid[7:14]}-{eid[14]}'
    return (f"Customer {PER(p.full)} called from {PH(phone('AE'))} regarding the SIM registration. Emirates ID {NID(eid_f)} "
            f"did not match the name on file. Asked {'her' if p.gender == 'f' else 'him'} to visit the {LOC(city_only('AE'))} branch with the original card. "
            f"Follow-up email sent to {EM(p.email())}."), 'support_ticket'


@pos
def t_support_ng_bank():
    p = Person('nigerian')
    a = addr('NG')
    org = pick(['Zenith Bank', 'Eko Hotels', 'Adeyemi & Co. Chartered Accountants'])
    return (f"Complaint ref CX-{nzdigs(7)}\nName: {PER(p.full)}\nNIN: {NID(nin_ng())}\nPhone: {PH(phone('NG'))}\n"
            f"Address: {a['line']}\n\nI was debited twice at the {ORG(org)} POS on {some_date('en')} and the reversal has not come. "
            f"Please treat urgently, my salary is in this account."), 'support_ticket'


# ----------------------------------------------------------------------------------------------
# chats and SMS
# ----------------------------------------------------------------------------------------------

@pos
def t_chat_new_number():
    c = pick(['UK', 'US', 'NG', 'IN', 'AU', 'KE', 'DE'])
    p = person_for(c)
    nm = lower_maybe(p.first, 0.8)
    msg = pick([
        f"hey its {PER(nm)}!! new numbr is {PH(phone(c, intl=False))} , save it pls :)",
        f"yo, {PER(nm)} here. lost my phone so this is my new one {PH(phone(c))} - old whatsapp is dead",
        f"hii sorry its {PER(nm)}, pls use {PH(phone(c))} from now, the other sim is for work only",
        f"new number who dis? jk its {PER(nm)} lol. {PH(phone(c, intl=False))}",
    ])
    return msg, 'chat'


@pos
def t_chat_group_address():
    c = pick(['UK', 'US', 'AU', 'CA'])
    p1, p2, p3 = person_for(c), person_for(c, 'f'), person_for(c)
    a = addr(c)
    return (f"[10:42] {PER(p1.first)}: anyone got {PER(lower_maybe(p2.first))}'s adress for the party invite?\n"
            f"[10:43] {PER(p3.first)}: its {a['street']}, {a['city']} i think\n"
            f"[10:43] {PER(p3.first)}: or ask her mum, {PH(phone(c, intl=False))}\n"
            f"[10:44] {PER(p1.first)}: ty!!"), 'chat'


@pos
def t_chat_password_share():
    p1, p2 = Person(), Person()
    e = p1.email()
    return (f"{PER(p1.first.lower())}: wifi pw for the flat is {SEC(password())}\n"
            f"{PER(p2.first.lower())}: thx!! and the streaming login?\n"
            f"{PER(p1.first.lower())}: {EM(e)} / {SEC(password())} dont share it pls"), 'chat'


@pos
def t_chat_will_grace():
    p1 = Person('anglo', 'm')
    p1.first = pick(['Will', 'Mark', 'Bill'])
    p2 = Person('anglo', 'f')
    p2.first = pick(['Grace', 'Hope', 'Rose', 'Summer'])
    c = 'UK'
    return (f"{PER(p1.first)}, can you ask {PER(p2.first)} to send the signed form back before Friday? "
            f"{PER(p2.first)} said she'd rather get a call, so try {PH(phone(c))}. "
            f"Will do the rest myself once it's in."), 'chat'


@pos
def t_chat_es():
    p1, p2 = person_for('ES'), person_for('ES')
    a = addr('ES')
    return (f"holaa soy {PER(p1.first.lower())}, me pasas el numero de {PER(p2.first)}? el mio es {PH(phone('ES', intl=False))}. "
            f"x cierto la cena es en mi casa, {a['street']}, el timbre no va, llamad al movil"), 'chat_es'


@pos
def t_chat_de():
    p1, p2 = person_for('DE'), person_for('DE')
    a = addr('DE')
    return (f"Hey {PER(p1.first)}, bin um 8 da. Schickst du mir nochmal die Adresse? "
            f"\n-> {a['street']}, {a['city']}, klingel bei {PER(p2.last)}. Falls was ist: {PH(phone('DE', intl=False))}"), 'chat_de'


@pos
def t_chat_fr():
    p1, p2 = person_for('FR'), person_for('FR')
    return (f"slt c'est {PER(p1.first.lower())}, tu peux m'envoyer le rib de {PER(p2.first)} ? sinon mon iban c'est {IB(iban('FR'))} "
            f"et tu me rembourses la moitié du resto. appelle moi au {PH(phone('FR', intl=False))} si t'as un souci"), 'chat_fr'


@pos
def t_chat_it():
    p = person_for('IT')
    a = addr('IT')
    return (f"ciao sono {PER(lower_maybe(p.first))}, il corriere non trova casa mia... l'indirizzo giusto è {a['line']}, "
            f"citofono {PER(p.last)}. mi chiami al {PH(phone('IT', intl=False))}? grazie mille"), 'chat_it'


@pos
def t_chat_nl():
    p1, p2 = person_for('NL'), person_for('NL', 'f')
    return (f"Hoi {PER(p1.first)}! Kun je {PER(p2.full)} even bellen op {PH(phone('NL', intl=False))}? "
            f"Ze wil de sleutels van {LOC(pick(['Oudegracht 88', 'Dorpsstraat 14', 'Vondellaan 3']))} ophalen. Tikkie volgt, "
            f"of maak het over naar {IB(iban('NL'))}."), 'chat_nl'


@pos
def t_chat_br():
    p1, p2 = person_for('BR'), person_for('BR', 'm')
    return (f"oi {PER(p1.first.lower())}, tudo bem? passa o pix pro {PER(p2.first)}: é o cpf dele, {NID(cpf_br())}. "
            f"qualquer coisa me chama no zap {PH(phone('BR', intl=False))} bjs"), 'chat_pt_br'


@pos
def t_chat_pt():
    p = person_for('PT')
    a = addr('PT')
    return (f"Olá {PER(p.first)}, a reunião de condomínio passou para {some_date('pt')}. É em casa da D. {PER(Person('portuguese', 'f').last)}, "
            f"{a['street']}. Confirma pelo {PH(phone('PT', intl=False))}."), 'chat_pt'


@pos
def t_sms_appointment():
    c = pick(['UK', 'US', 'AU'])
    p, staff = person_for(c), person_for(c)
    org = pick(['Northgate Dental Group', 'Redwood Valley Veterinary Clinic', 'Meridian Health Partners', 'Northfield Community Clinic'])
    return (f"Hi {PER(p.first)}, this is {PER(staff.first)} from {ORG(org)}. Reminder: your appointment is on {some_date('en')} at {some_time()}. "
            f"To reschedule call {PH(phone(c, intl=False))}. Reply STOP to opt out."), 'sms'


@pos
def t_sms_delivery():
    c = pick(['NG', 'IN', 'KE', 'UK', 'PL'])
    p, courier = person_for(c), person_for(c)
    a = addr(c) if c != 'KE' else None
    where = a['street'] if a else LOC(city_only('KE'))
    return (f"Hello {PER(p.first)}, your parcel is out for delivery to {where} today. Courier {PER(courier.first)} "
            f"will call from {PH(phone(c, intl=False))}. Track: {URL('https://trk.' + pick(['parcelgo.ng', 'swiftship.in', 'kurier24.pl', 'dropline.co.uk', 'haraka.co.ke']) + '/' + alnum(8, ALNUM))}"), 'sms'


@pos
def t_sms_mpesa():
    p = Person('west_east_african')
    return (f"QK{alnum(8, UP + '0123456789')} Confirmed. Ksh{R.randint(100, 9000):,}.00 sent to {PER(p.full.upper())} {PH(phone('KE', intl=False))} "
            f"on {some_date('en')} at {some_time()} PM. New balance is Ksh{R.randint(100, 90000):,}.00."), 'sms'


@pos
def t_sms_vn():
    p = Person('vietnamese')
    a = addr('VN')
    return (f"Đơn hàng {nzdigs(9)}: Người nhận {PER(p.full)}, SĐT {PH(phone('VN'))}, địa chỉ {a['street']}, {a['city']}. "
            f"Shipper sẽ gọi trước khi giao."), 'sms_vi'


@pos
def t_voicemail():
    c = pick(['US', 'UK'])
    p = person_for(c)
    org = pick(ORGS['en'])
    words = {'0': pick(['oh', 'zero']), '1': 'one', '2': 'two', '3': 'three', '4': 'four', '5': 'five', '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine'}
    raw = phone(c, intl=False)
    spoken = ' '.join(words[ch] for ch in re.sub(r'\D', '', raw))
    cb = PH(spoken) if chance(0.5) else PH(raw)
    return (f"Voicemail from {PH(phone(c))} (0:{R.randint(18, 59)}): \"hi, it's {PER(lower_maybe(p.full, 0.5))} from {ORG(org)}, "
            f"um, calling about the invoice you sent over, there's a question on the second line item. can you call me back on {cb}? thanks, bye\""), 'voicemail_transcript'


# ----------------------------------------------------------------------------------------------
# emails
# ----------------------------------------------------------------------------------------------

@pos
def t_email_sig_en():
    c = pick(['UK', 'US', 'NG', 'IN', 'AU'])
    sender, rcpt = person_for(c), person_for(c)
    org = pick(ORGS['en'] + ORGS['ng'] + ORGS['in'])
    dom = org_domain(org)
    a = addr(c)
    title = pick(['Senior Procurement Manager', 'Head of Finance', 'Account Executive', 'Operations Lead', 'Paralegal', 'Practice Manager'])
    return (f"Hi {PER(rcpt.first)},\n\nThanks for sending the contract over. I've signed it and attached the scan. "
            f"Please send the invoice to our new office address below.\n\nBest regards,\n{PER(sender.full)}\n{title} | {ORG(org)}\n"
            f"{a['line']}\nTel: {PH(phone(c, ext=chance(0.4)))} | Mob: {PH(phone(c))}\n{EM(sender.email(dom))}\n{URL('www.' + dom)}"), 'email_signature'


@pos
def t_email_de():
    p, me = person_for('DE'), person_for('DE')
    org = pick(ORGS['de'])
    a = addr('DE')
    anrede = 'Sehr geehrte Frau' if p.gender == 'f' else 'Sehr geehrter Herr'
    return (f"{anrede} {PER(p.last)},\n\nvielen Dank für Ihren Anruf. Wie besprochen sende ich Ihnen die Unterlagen per Post an "
            f"{a['street']}, {a['postal']} {a['city']}. Die Rückerstattung erfolgt auf das Konto {IB(iban('DE'))}.\n\n"
            f"Mit freundlichen Grüßen\n{PER(me.full)}\n{ORG(org)}\nTel. {PH(phone('DE', ext=True))}\nFax {PH(phone('DE', intl=False))}\n{EM(me.email(org_domain(org)))}"), 'email_de'


@pos
def t_email_fr():
    p, me = person_for('FR'), person_for('FR')
    org = pick(ORGS['fr'])
    a = addr('FR')
    civ = 'Madame' if p.gender == 'f' else 'Monsieur'
    return (f"{civ} {PER(p.last)},\n\nSuite à notre échange téléphonique, je vous confirme le rendez-vous du {some_date('fr')} à {some_time()} "
            f"dans nos locaux, {a['line']}. Merci de vous munir de votre pièce d'identité.\n\nCordialement,\n{PER(me.full)}\n{ORG(org)}\n"
            f"Tél. : {PH(phone('FR'))} – Port. : {PH(phone('FR', intl=False))}\n{EM(me.email(org_domain(org)))}"), 'email_fr'


@pos
def t_email_es():
    p, me = person_for('ES', 'f'), person_for('ES')
    org = pick(ORGS['es'])
    b = birth()
    return (f"Estimada {PER(p.first)}:\n\nPara completar la matrícula necesitamos una copia de su DNI ({NID(dni_es())}) y la fecha de nacimiento "
            f"que aparece en el documento ({DOB(fmt_date(b, 'es'))}); en el formulario puso otra.\n\nAtentamente,\n{PER(me.full)}\n{ORG(org)}\n"
            f"{PH(phone('ES'))} · {EM(me.email(org_domain(org)))}"), 'email_es'


@pos
def t_email_nl():
    p, me = person_for('NL'), person_for('NL')
    org = pick(ORGS['nl'])
    a = addr('NL')
    aanhef = 'Beste' if chance(0.6) else ('Geachte mevrouw' if p.gender == 'f' else 'Geachte heer')
    nm = p.first if aanhef == 'Beste' else p.last
    return (f"{aanhef} {PER(nm)},\n\nUw aanvraag voor de parkeervergunning is ontvangen. De vergunning wordt gekoppeld aan het adres "
            f"{a['line']}. Wij nemen binnen tien werkdagen contact op via {PH(phone('NL'))} of {EM(p.email())}.\n\n"
            f"Met vriendelijke groet,\n{PER(me.full)}\n{ORG(org)}"), 'email_nl'


@pos
def t_email_it():
    p, me = person_for('IT'), person_for('IT')
    org = pick(ORGS['it'])
    a = addr('IT')
    sal = 'Gentile Sig.ra' if p.gender == 'f' else 'Gentile Sig.'
    return (f"{sal} {PER(p.last)},\n\nle confermiamo che la pratica è stata registrata. La documentazione verrà spedita a {a['line']}. "
            f"Per qualsiasi chiarimento può contattarci al {PH(phone('IT'))}.\n\nCordiali saluti,\n{PER(me.full)}\n{ORG(org)}\n{EM(me.email(org_domain(org)))}"), 'email_it'


@pos
def t_email_pt_br():
    c = pick(['PT', 'BR'])
    p, me = person_for(c), person_for(c)
    org = pick(ORGS['pt'])
    a = addr(c)
    return (f"Prezado(a) {PER(p.full)},\n\nInformamos que o contrato de locação do imóvel situado em {a['line']} foi renovado. "
            f"O boleto será enviado para {EM(p.email())}.\n\nAtenciosamente,\n{PER(me.full)}\n{ORG(org)}\n{PH(phone(c))}"), 'email_pt'


@pos
def t_email_cn_en():
    p = Person('chinese')
    me = Person(pick(['anglo', 'german']))
    a = addr('CN')
    return (f"Dear {PER(p.full)},\n\nPlease find attached the invitation letter for your visa application. We have used the passport number "
            f"{PP(passport('CN'))} and the address {a['line']} as provided. If anything is wrong, reply to me or call {PH(phone('CN'))}.\n\n"
            f"Kind regards,\n{PER(me.full)}\nInternational Office, {ORG(pick(['Pinecrest Academy', 'Brightwater Analytics', 'Copperleaf Software Inc.']))}"), 'email'


@pos
def t_email_forward_chain():
    a, b, c_ = Person(), Person(), Person(gender='f')
    return (f"---------- Forwarded message ---------\nFrom: {PER(a.full)} <{EM(a.email())}>\nDate: {some_date('en')}\nTo: {PER(b.full)} <{EM(b.email())}>\n"
            f"Subject: Re: intro\n\n{PER(b.first)}, meet {PER(c_.full)} - she ran the data team at {ORG(pick(ORGS['en']))}. Her cell is {PH(phone(pick(['US', 'UK', 'DE'])))}.\n"
            f"I'll let you two take it from here.\n{PER(a.first)}"), 'email_thread'


# ----------------------------------------------------------------------------------------------
# notes: meetings, HR, legal
# ----------------------------------------------------------------------------------------------

@pos
def t_meeting_notes():
    ps = [Person() for _ in range(4)]
    org = pick(ORGS['en'] + ORGS['de'])
    ext = phone('US', ext=True)
    city = city_only(pick(['US', 'UK', 'DE', 'IN', 'BR']))
    abbreviated = f'{ps[1].first} {ps[1].last[0]}.'
    return (f"Weekly sync - {some_date('iso')}\nAttendees: {PER(ps[0].full)}, {PER(abbreviated)}, {PER(ps[2].full)}, {PER(ps[3].first)} (guest, {ORG(org)})\n\n"
            f"Action items\n- {PER(ps[0].first)} to share the vendor contract with {EM(ps[3].email(org_domain(org)))} by Friday\n"
            f"- Dial-in for Thursday's review: {PH(ext)}\n- {PER(ps[2].first)} out next week (conference in {LOC(city)})\n- Budget numbers: see sheet v3, tab Q{R.randint(1, 4)}"), 'meeting_notes'


@pos
def t_hr_note_us():
    p, mgr = person_for('US'), person_for('US')
    a = addr('US')
    b = birth(1960, 2001)
    med = chance(0.5)
    he = 'She' if p.gender == 'f' else 'He'
    if med:
        cond, drug = pick(MEDS)
        reason = f"due to {MED(cond)}; currently on {MED(drug)} and may need a flexible schedule after return"
    else:
        reason = 'to care for a family member'
    return (f"HR file note - confidential\nEmployee: {PER(p.full)} (ID E-{nzdigs(5)})\nDOB: {DOB(fmt_date(b, 'us'))}   SSN: {SSN(ssn())}\n"
            f"Home: {a['line']}\n\n{he} requested unpaid leave from {fmt_date((2025, R.randint(1, 6), R.randint(1, 28)), 'us')} "
            f"for six weeks {reason}. Manager {PER(mgr.full)} approved on the call."), 'hr_note+medical' if med else 'hr_note'


@pos
def t_hr_onboarding_eu():
    c = pick(['DE', 'NL', 'FR', 'ES', 'IT', 'PL'])
    p = person_for(c)
    emerg = person_for(c)
    pk = {'DE': 'DE', 'NL': 'NL', 'FR': 'FR', 'ES': 'ES', 'IT': 'IT', 'PL': 'PL'}[c]
    rel = pick(['partner', 'mother', 'brother', 'spouse'])
    return (f"Onboarding checklist - {PER(p.full)} (start {some_date('iso')})\n[x] Contract signed\n[x] Passport copy: {PP(passport(pk))} (valid until {fmt_date((R.randint(2026, 2034), R.randint(1, 12), R.randint(1, 28)), 'iso')})\n"
            f"[x] Payroll IBAN: {IB(iban(c))}\n[ ] Laptop ordered\n[x] Emergency contact: {PER(emerg.full)} ({rel}), {PH(phone(c))}"), 'hr_note'


@pos
def t_hr_performance():
    p, m = Person(), Person()
    return (f"1:1 notes {PER(m.first)} / {PER(p.first)} - {some_date('en')}\n{PER(p.first)} wants to move to the {LOC(city_only(pick(['DE', 'NL', 'UK', 'PT'])))} office next year. "
            f"Concern: relocation costs. Next step: {PER(m.first)} to talk to {PER(Person().full)} in People Ops. Personal email for the offer letter: {EM(p.email())}"), 'hr_note'


@pos
def t_contract_parties():
    p = person_for('UK')
    org = pick(ORGS['en'])
    a1, a2 = addr('UK'), addr('UK')
    b = birth(1965, 1998)
    return (f"THIS AGREEMENT is made on {some_date('en')}\nBETWEEN\n(1) {ORG(org)}, a company registered in England and Wales under number 0{nzdigs(7)}, "
            f"whose registered office is at {a1['line']} (the \"Company\"); and\n(2) {PER(p.full)}, of {a2['line']}, born {DOB(fmt_date(b, 'en'))} "
            f"(the \"Consultant\")."), 'legal'


@pos
def t_tenant_application():
    p = person_for('US')
    a, a2 = addr('US'), addr('US')
    b = birth(1970, 2002)
    org = pick(ORGS['en'])
    return (f"RENTAL APPLICATION\nApplicant: {PER(p.full)}\nSSN: {SSN(ssn())}   DOB: {DOB(fmt_date(b, 'us'))}\nCurrent address: {a['line']}\n"
            f"Previous address: {a2['line']}\nEmployer: {ORG(org)} (since {R.randint(2012, 2023)})\nMonthly income: ${R.randint(3, 12)},{digs(3)}\n"
            f"Phone: {PH(phone('US'))}\nEmail: {EM(p.email())}"), 'form'


@pos
def t_w2():
    p = person_for('US')
    a = addr('US')
    org = pick(ORGS['en'])
    return (f"Form W-2 (draft) tax year {R.randint(2022, 2024)}\nb Employer identification number: {nzdigs(2)}-{digs(7)}\nc Employer: {ORG(org)}\n"
            f"a Employee's SSN: {SSN(ssn('dash'))}\ne Employee: {PER(p.full)}\nf Address: {a['line']}\n1 Wages: {R.randint(35, 190)},{digs(3)}.{digs(2)}"), 'form'


@pos
def t_school_note():
    c = pick(['UK', 'US', 'AU'])
    teacher, child, uncle, parent = person_for(c, 'f'), person_for(c, 'f'), person_for(c, 'm'), person_for(c)
    child.last = parent.last
    return (f"Dear Ms {PER(teacher.last)},\n{PER(child.first)} will be picked up by her uncle {PER(uncle.full)} today at 3pm instead of me. "
            f"His number is {PH(phone(c, intl=False))} if anything comes up.\nThanks,\n{PER(parent.full)}"), 'note'


# ----------------------------------------------------------------------------------------------
# medical
# ----------------------------------------------------------------------------------------------

@pos
def t_doctor_letter_en():
    c = pick(['UK', 'UK', 'US', 'AU'])
    pat, gp, doc = person_for(c), person_for(c), person_for(c)
    hosp = pick(HOSPITALS_EN)
    a = addr(c)
    b = birth(1940, 1995)
    cond, drug = pick(MEDS)
    cond2 = pick([m for m in MEDS if m[0] != cond])[0]
    return (f"{ORG(hosp)}\nDepartment of Internal Medicine\n{some_date('en')}\n\nDear Dr {PER(gp.last)},\n\nRe: {PER(pat.full)}, DOB {DOB(fmt_date(b, 'us' if c == 'US' else 'en'))}\n{a['line']}\n\n"
            f"Thank you for referring this patient with poorly controlled {MED(cond)} and a history of {MED(cond2)}. I have started {MED(drug)} and will review in six weeks. "
            f"If there are concerns before then please ring my secretary on {PH(phone(c, ext=chance(0.5)))}.\n\nYours sincerely,\n\nDr {PER(doc.full)}\nConsultant Physician"), 'doctor_letter+medical'


@pos
def t_doctor_letter_de():
    pat, doc = person_for('DE'), person_for('DE')
    a = addr('DE')
    b = birth(1940, 1995)
    cond, drug = pick(MEDS_DE)
    anrede = 'Frau' if pat.gender == 'f' else 'Herrn'
    return (f"{ORG('Klinikum Nordstadt')} · Klinik für Innere Medizin\n\nArztbrief\n\nPatient: {anrede} {PER(pat.full)}, geb. {DOB(fmt_date(b, 'de'))}\n"
            f"wohnhaft {a['street']}, {a['postal']} {a['city']}\n\nDiagnosen: {MED(cond)}\nMedikation bei Entlassung: {MED(drug)} 1-0-1\n\n"
            f"Mit freundlichen kollegialen Grüßen\nDr. med. {PER(doc.full)}\nRückfragen: {PH(phone('DE', ext=True))}"), 'doctor_letter_de+medical'


@pos
def t_doctor_letter_fr():
    pat, doc = person_for('FR'), person_for('FR')
    b = birth(1940, 1995)
    cond, drug = pick(MEDS_FR)
    return (f"{ORG('Groupe Hospitalier Saint-Roch')}\nCompte rendu de consultation du {some_date('fr')}\n\nPatient(e) : {PER(pat.full)}, né(e) le {DOB(fmt_date(b, 'fr'))}\n"
            f"N° de sécurité sociale : {NID(nir_fr('2' if pat.gender == 'f' else '1', b[0] % 100, b[1]))}\n\nAntécédents : {MED(cond)}. Traitement en cours : {MED(drug)}.\n"
            f"Prochain rendez-vous dans trois mois.\n\nDr {PER(doc.full)} – {PH(phone('FR', intl=False))}"), 'doctor_letter_fr+medical'


@pos
def t_prescription():
    c = pick(['US', 'UK', 'AU'])
    pat, doc = person_for(c), person_for(c)
    b = birth(1945, 2005)
    cond, drug = pick(MEDS)
    return (f"Rx | {ORG(pick(['Farmacia Centrale', 'Northfield Community Clinic', 'Meridian Health Partners']))}\nPatient: {PER(pat.full)}   DOB: {DOB(fmt_date(b, 'us' if c == 'US' else 'en'))}\n"
            f"Drug: {MED(drug)}, 30 day supply, refills: 2\nIndication: {MED(cond)}\nPrescriber: Dr. {PER(doc.full)}  Tel {PH(phone(c))}"), 'prescription+medical'


@pos
def t_patient_message():
    c = pick(['UK', 'US', 'IN', 'NG'])
    doc, kid, parent = person_for(c), person_for(c, 'm'), person_for(c)
    b = birth(2012, 2021)
    cond, drug = pick(MEDS[:4] + [('asthma', 'budesonide')])
    return (f"hi dr {PER(doc.last.lower())}, my son {PER(kid.first)} (dob {DOB(fmt_date(b, 'us' if c == 'US' else 'en'))}) has been coughing at night again, "
            f"the {MED(drug)} doesnt seem to help his {MED(cond)} anymore. can we come in this week? you can reach me on {PH(phone(c))}. "
            f"- {PER(parent.full)}"), 'patient_message+medical'


# ----------------------------------------------------------------------------------------------
# structured data: CSV, JSON, logs, vCard, tables
# ----------------------------------------------------------------------------------------------

@pos
def t_csv_customers():
    rows = ['customer_id,name,email,phone,city,postcode']
    for _ in range(R.randint(2, 4)):
        c = pick(['UK', 'DE', 'FR', 'NL', 'US', 'PL', 'IT'])
        p = person_for(c)
        a = addr(c)
        city = a['city_raw']
        if ',' in city:
            city_cell = f'"{LOC(city)}"'
        else:
            city_cell = LOC(city)
        rows.append(f"{nzdigs(5)},{PER(p.full)},{EM(p.email())},{PH(phone(c))},{city_cell},{PC(a['postal_raw'])}")
    return '\n'.join(rows), 'csv'


@pos
def t_csv_payouts():
    rows = ['payee;iban;amount;reference']
    for _ in range(R.randint(2, 4)):
        c = pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'PT'])
        p = person_for({'BE': 'NL', 'AT': 'DE'}.get(c, c))
        rows.append(f"{PER(p.full)};{IB(iban(c, grouped=False))};{R.randint(50, 3000)},{digs(2)};{pick(['Honorar', 'Rechnung', 'Refund', 'Facture', 'Factura'])} {R.randint(2023, 2025)}-{digs(3)}")
    return '\n'.join(rows), 'csv'


@pos
def t_csv_employees_us():
    rows = ['emp_id,full_name,ssn,dob,state,zip']
    for _ in range(R.randint(2, 3)):
        p = person_for('US')
        rows.append(f"{nzdigs(4)},{PER(p.full)},{SSN(ssn('dash'))},{DOB(fmt_date(birth(1958, 2002), 'iso'))},{pick(['CA', 'TX', 'NY', 'WA', 'IL'])},{PC(f'{R.randint(10001, 99950):05d}')}")
    return '\n'.join(rows), 'csv'


@pos
def t_csv_cards():
    rows = ['txn_id,cardholder,pan,exp,amount_usd']
    for _ in range(R.randint(2, 3)):
        p = Person()
        rows.append(f"tx_{alnum(10, HEX)},{PER(p.full.upper())},{CC(re.sub(r'[ -]', '', credit_card()))},{R.randint(1, 12):02d}/{R.randint(26, 31)},{R.randint(5, 900)}.{digs(2)}")
    return '\n'.join(rows), 'csv'


@pos
def t_json_auth_log():
    lines = []
    for _ in range(R.randint(2, 3)):
        p = Person()
        ts = f"{R.randint(2024, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"
        ev = pick(['login_failed', 'login_ok', 'password_reset_requested', 'mfa_challenge'])
        lines.append('{"ts":"' + ts + '","level":"' + pick(['INFO', 'WARN']) + '","event":"' + ev + '","user":"' + EM(p.email()) + '","src_ip":"' + IPA(ip()) + '","attempt":' + str(R.randint(1, 5)) + '}')
    return '\n'.join(lines), 'json_log'


@pos
def t_json_payment_log():
    c = pick(['US', 'UK', 'CA'])
    p = person_for(c)
    a = addr(c)
    pan = re.sub(r'[ -]', '', credit_card(pick(['visa', 'mc', 'amex', 'discover', 'mc2'])))
    return ('{"event":"charge.failed","customer":{"name":"' + PER(p.full) + '","email":"' + EM(p.email()) + '","phone":"' + PH(phone(c, intl=True)) + '"},'
            '"payment_method":{"card_number":"' + CC(pan) + '","exp":"' + f'{R.randint(1, 12):02d}/{R.randint(26, 30)}' + '"},'
            '"billing_address":{"line1":"' + a['street'] + '","postal_code":"' + a['postal'] + '"},"decline_code":"insufficient_funds"}'), 'json_log'


@pos
def t_json_api_request():
    c = pick(['US', 'UK', 'DE', 'IN', 'BR'])
    p = person_for(c)
    return ('{"method":"POST","path":"/v2/messages","headers":{"Authorization":"Bearer ' + KEY(api_key(pick(['jwt', 'bearer', 'openai', 'hex']))) + '",'
            '"X-Forwarded-For":"' + IPA(ip()) + '"},"body":{"to":"' + PH(phone(c, intl=True)) + '","text":"Hi ' + PER(p.first) + ', your code expires in 10 minutes."},"status":202}'), 'json_log'


@pos
def t_nginx_log():
    lines = []
    for _ in range(R.randint(2, 3)):
        p = Person()
        path = pick([f"/account/reset?email={EM(p.email())}", f"/api/v1/users/{nzdigs(6)}", f"/unsubscribe?e={EM(p.email())}&list=news", '/static/app.js'])
        lines.append(f'{IPA(ipv4())} - - [{R.randint(1, 28):02d}/{pick(["Mar", "Apr", "Oct"])}/2024:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000] "GET {path} HTTP/1.1" {pick(["200", "302", "404"])} {R.randint(200, 9000)} "-" "Mozilla/5.0"')
    return '\n'.join(lines), 'access_log'


@pos
def t_vcard():
    c = pick(['DE', 'FR', 'NL', 'UK', 'US', 'IT', 'ES'])
    p = person_for(c)
    org = pick(ORGS.get(c.lower(), ORGS['en']) if c.lower() in ORGS else ORGS['en'])
    a = addr(c)
    dom = org_domain(org)
    return (f"BEGIN:VCARD\nVERSION:3.0\nFN:{PER(p.full)}\nORG:{ORG(org)}\nTEL;TYPE=CELL:{PH(phone(c, intl=True))}\nTEL;TYPE=WORK:{PH(phone(c, intl=True, ext=chance(0.3)))}\n"
            f"EMAIL;TYPE=WORK:{EM(p.email(dom))}\nADR;TYPE=WORK:;;{a['street']};{a['city']};;{a['postal']};\nURL:{URL('https://' + dom)}\nEND:VCARD"), 'vcard'


@pos
def t_oncall_table():
    rows = ['| Week | Primary | Phone | Backup | Phone |', '|------|---------|-------|--------|-------|']
    for w in range(R.randint(2, 3)):
        c1, c2 = pick(['US', 'UK', 'IN', 'DE', 'PL']), pick(['US', 'UK', 'IN', 'DE', 'PL'])
        p1, p2 = person_for(c1), person_for(c2)
        rows.append(f"| {R.randint(1, 50)} | {PER(p1.full)} | {PH(phone(c1, intl=True))} | {PER(p2.first)} | {PH(phone(c2, intl=True))} |")
    return 'On-call rota (do not share outside eng)\n\n' + '\n'.join(rows), 'markdown_table'


@pos
def t_slack_export():
    p, q = Person(), Person()
    c = pick(['US', 'UK', 'DE', 'NG', 'IN'])
    return ('{"type":"message","user":"U0' + alnum(8, UP + '0123456789') + '","user_profile":{"real_name":"' + PER(p.full) + '"},'
            '"text":"hey ' + PER(q.first.lower()) + ' can you DM me at ' + EM(p.email()) + '? my cell is ' + PH(phone(c)) + ' if slack is down again","ts":"' + f'17{digs(8)}.{digs(6)}' + '"}'), 'chat_export_json'


# ----------------------------------------------------------------------------------------------
# secrets in code, configs and traces
# ----------------------------------------------------------------------------------------------

@pos
def t_stack_python():
    org = pick(['Copperleaf Software Inc.', 'Brightwater Analytics', 'Kestrel Payroll Services'])
    host = 'api.' + org_domain(org)
    tok = api_key(pick(['jwt', 'stripe', 'hex', 'bearer', 'sendgrid']))
    return (f'Traceback (most recent call last):\n  File "/srv/app/billing/sync.py", line {R.randint(40, 300)}, in push_invoice\n'
            f'    resp = session.post(url, json=payload, headers={{"Authorization": "Bearer {KEY(tok)}"}})\n'
            f'  File "/usr/lib/python3/dist-packages/requests/models.py", line 1021, in raise_for_status\n'
            f'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: {URL("https://" + host + "/v1/invoices/" + nzdigs(6))}'), 'stack_trace'


@pos
def t_stack_java():
    p, q = Person(), Person()
    return (f"{some_date('iso')} 09:14:55,201 ERROR [pool-3-thread-{R.randint(1, 9)}] c.k.notify.MailSender - Failed to deliver to {EM(p.email())}\n"
            f"javax.mail.AuthenticationFailedException: 535 5.7.8 Username and Password not accepted\n"
            f"\tat com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)\n"
            f"\tat com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:856)\n"
            f"Caused by: effective config smtp.user={EM(q.email())} smtp.password={SEC(password())} smtp.host={IPA(ipv4())}"), 'stack_trace'


@pos
def t_stack_dotnet():
    p = Person()
    return (f"System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'svc_reports'.\n"
            f"   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity)\n"
            f"ConnectionString: Server=tcp:{IPA(ipv4())},1433;Database=crm;User Id=svc_reports;Password={SEC(password())};Encrypt=True;\n"
            f"Request by {EM(p.email())} at {some_date('iso')}T{R.randint(10, 23)}:{R.randint(10, 59)}:00Z"), 'stack_trace'


@pos
def t_env_file():
    p = Person()
    org = pick(ORGS['en'])
    dom = org_domain(org)
    return (f"# .env.production  (DO NOT COMMIT)\nAPP_URL={URL('https://app.' + dom)}\nDB_HOST={IPA(ipv4(private=True))}\nDB_USER=app\nDB_PASSWORD={SEC(password())}\n"
            f"STRIPE_SECRET_KEY={KEY(api_key('stripe'))}\nSENDGRID_API_KEY={KEY(api_key('sendgrid'))}\nADMIN_EMAIL={EM(p.email(dom))}\nLOG_LEVEL=info"), 'config_env'


@pos
def t_code_aws():
    return (f'import boto3\n\n# TODO move to secrets manager\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="{KEY(api_key("aws_id"))}",\n'
            f'    aws_secret_access_key="{SEC(aws_secret())}",\n    region_name="{pick(["eu-central-1", "us-east-1", "ap-south-1"])}",\n)\n'
            f's3.upload_file("report.csv", "finance-exports", "{some_date("iso")}/report.csv")'), 'code'


@pos
def t_k8s_secret():
    p = Person()
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(['billing-api', 'crm-worker', 'mailer'])}\ntype: Opaque\nstringData:\n"
            f"  POSTGRES_PASSWORD: \"{SEC(password())}\"\n  SMTP_USER: {EM(p.email())}\n  GITHUB_TOKEN: {KEY(api_key('github'))}\n  SLACK_BOT_TOKEN: {KEY(api_key('slack'))}"), 'config_yaml'


@pos
def t_curl():
    org = pick(ORGS['en'])
    dom = org_domain(org)
    return (f"can someone tell me why this 403s?\n\ncurl -s -H \"Authorization: Bearer {KEY(api_key(pick(['openai', 'hf', 'gitlab', 'jwt'])))}\" \\\n"
            f"  {URL('https://api.' + dom + '/v1/customers/' + nzdigs(5))}\n\nworks fine from my laptop ({IPA(ip())}) but not from CI"), 'chat_code'


@pos
def t_private_key_paste():
    p = Person()
    return (f"{PER(lower_maybe(p.first))}: can someone check why this key is rejected by the bastion?\n```\n{SEC(private_key())}\n```\n"
            f"{PER(lower_maybe(Person().first))}: pls delete that message and rotate it right now"), 'chat_code'


@pos
def t_git_commit():
    a, b = Person(), Person()
    return (f"commit {alnum(40, HEX)}\nAuthor: {PER(a.full)} <{EM(a.email())}>\nDate:   {pick(['Tue', 'Wed', 'Fri'])} {pick(['Mar', 'Jun', 'Nov'])} {R.randint(1, 28)} 14:02:11 2024 +0100\n\n"
            f"    fix: remove leaked token from config/dev.yml\n\n    The token {KEY(api_key(pick(['github', 'gitlab', 'slack', 'google'])))} was revoked on the provider side.\n\n"
            f"    Co-authored-by: {PER(b.full)} <{EM(b.email())}>"), 'git_log'


@pos
def t_github_issue():
    p = Person()
    return (f"**Describe the bug**\nSync fails after upgrading to 2.3.1.\n\n**Config**\n```yaml\nendpoint: {URL('https://' + pick(['sync', 'files', 'backup']) + '.' + pick(['mydomain.dev', 'homelab.net', 'example-cloud.io']) + '/dav')}\n"
            f"username: {EM(p.email())}\npassword: {SEC(password())}\n```\n(yes I know, I'll change the password after)"), 'issue_report'


@pos
def t_oauth_config():
    return (f"[oauth]\nclient_id = {nzdigs(12)}-{alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}.apps.googleusercontent.com\n"
            f"client_secret = {SEC(client_secret())}\nredirect_uri = {URL('https://' + pick(['app', 'portal', 'admin']) + '.' + org_domain(pick(ORGS['en'])) + '/oauth/callback')}\n"
            f"maps_api_key = {KEY(api_key('google'))}"), 'config_ini'


@pos
def t_it_ticket():
    c = pick(['US', 'UK', 'DE', 'IN'])
    p = person_for(c)
    she = 'her' if p.gender == 'f' else 'him'
    return (f"INC{nzdigs(7)} - VPN not connecting\nUser: {PER(p.full)} ({EM(p.email(org_domain(pick(ORGS['en']))))})\nDevice: LT-{digs(4)}, MAC 3c:22:fb:{alnum(2, HEX)}:{alnum(2, HEX)}:{alnum(2, HEX)}\n"
            f"Last seen from {IPA(ip())}. Please call {she} on {PH(phone(c, ext=chance(0.5)))} - {she} is WFH today."), 'it_ticket'


# ----------------------------------------------------------------------------------------------
# forms with national identifiers
# ----------------------------------------------------------------------------------------------

@pos
def t_kyc_form():
    c = pick(['UK', 'US', 'NG', 'IN', 'DE', 'FR', 'BR', 'TR', 'VN', 'NL', 'PL'])
    p = person_for(c)
    a = addr(c)
    b = birth()
    nat = {'UK': 'British', 'US': 'American', 'NG': 'Nigerian', 'IN': 'Indian', 'DE': 'German', 'FR': 'French', 'BR': 'Brazilian', 'TR': 'Turkish', 'VN': 'Vietnamese', 'NL': 'Dutch', 'PL': 'Polish'}[c]
    lang = {'US': 'us', 'DE': 'de', 'TR': 'tr', 'PL': 'pl'}.get(c, 'en')
    return (f"CUSTOMER DUE DILIGENCE FORM\nFull name: {PER(p.full)}\nDate of birth: {DOB(fmt_date(b, lang))}\nNationality: {nat}\n"
            f"Passport no.: {PP(passport({'UK': 'UK'}.get(c, c)))}\nResidential address: {a['line']}\nMobile: {PH(phone(c))}\nEmail: {EM(p.email())}\n"
            f"Source of funds: salary"), 'form'


@pos
def t_car_rental():
    c = pick(['US', 'US', 'CA', 'UK', 'DE', 'IN', 'NL', 'BR'])
    p = person_for(c)
    b = birth(1955, 2003)
    kind = {'US': pick(['CA', 'NY', 'FL', 'IL', 'TX', 'WA']), 'CA': 'ON', 'UK': 'UK', 'DE': 'DE', 'IN': 'IN', 'NL': 'NL', 'BR': 'BR'}[c]
    lic = driver_license(kind, p, b)
    return (f"Rental agreement RA-{nzdigs(7)}\nDriver: {PER(p.full)}\nLicence no.: {DL(lic)}\nDate of birth: {DOB(fmt_date(b, 'us' if c == 'US' else 'en'))}\n"
            f"Card on file: {CC(credit_card())}\nContact: {PH(phone(c))}\nPick-up {some_date('en')}, return {some_date('en')}. Additional driver: none."), 'form'


@pos
def t_form_es():
    p = person_for('ES')
    a = addr('ES')
    b = birth()
    doc = dni_es() if chance(0.7) else nie_es()
    return (f"SOLICITUD DE ALTA\nNombre y apellidos: {PER(p.full)}\nDNI/NIE: {NID(doc)}\nFecha de nacimiento: {DOB(fmt_date(b, 'es'))}\nDomicilio: {a['line']}\n"
            f"Teléfono: {PH(phone('ES'))}\nCorreo electrónico: {EM(p.email())}\nIBAN para domiciliación: {IB(iban('ES'))}"), 'form_es'


@pos
def t_form_it():
    p = person_for('IT')
    a = addr('IT')
    y, m, d = birth()
    cf = codice_fiscale(p, y, m, d)
    nato = 'nata' if p.gender == 'f' else 'nato'
    return (f"MODULO DI ISCRIZIONE\nCognome: {PER(p.last.upper())}\nNome: {PER(p.first.upper())}\nCodice fiscale: {NID(cf)}\n{nato.capitalize()} il {DOB(fmt_date((y, m, d), 'it'))} a {LOC(city_only('IT'))}\n"
            f"Residente in {a['line']}\nCellulare: {PH(phone('IT'))}\nE-mail: {EM(p.email())}"), 'form_it'


@pos
def t_form_br():
    p = person_for('BR')
    a = addr('BR')
    b = birth()
    return (f"Cadastro de cliente\nNome completo: {PER(p.full)}\nCPF: {NID(cpf_br(chance(0.8)))}\nData de nascimento: {DOB(fmt_date(b, 'pt'))}\nEndereço: {a['line']}\n"
            f"Celular/WhatsApp: {PH(phone('BR'))}\nE-mail: {EM(p.email())}"), 'form_pt_br'


@pos
def t_form_nl():
    p = person_for('NL')
    a = addr('NL')
    b = birth()
    return (f"Aanmelding huurwoning\nNaam: {PER(p.full)}\nBSN: {NID(bsn_nl())}\nGeboortedatum: {DOB(fmt_date(b, 'nl'))}\nAdres: {a['line']}\n"
            f"Telefoon: {PH(phone('NL'))}\nIBAN: {IB(iban('NL'))}\nWerkgever: {ORG(pick(ORGS['nl']))}"), 'form_nl'


@pos
def t_form_pt():
    p = person_for('PT')
    a = addr('PT')
    b = birth()
    return (f"Ficha de inscrição – ginásio\nNome: {PER(p.full)}\nNIF: {NID(nif_pt())}\nData de nascimento: {DOB(fmt_date(b, 'pt'))}\nMorada: {a['line']}\n"
            f"Telemóvel: {PH(phone('PT'))}\nIBAN (débito direto): {IB(iban('PT'))}"), 'form_pt'


@pos
def t_form_pl():
    p = person_for('PL')
    a = addr('PL')
    y, m, d = birth(1950, 2005)
    return (f"Formularz zgłoszeniowy\nImię i nazwisko: {PER(p.full)}\nPESEL: {NID(pesel(y, m, d, p.gender == 'f'))}\nData urodzenia: {DOB(fmt_date((y, m, d), 'pl'))}\n"
            f"Adres: {a['line']}\nTelefon: {PH(phone('PL'))}\nNr rachunku: {IB(iban('PL'))}"), 'form_pl'


@pos
def t_form_tr():
    p = person_for('TR')
    a = addr('TR')
    b = birth()
    return (f"Başvuru formu\nAd Soyad: {PER(p.full)}\nT.C. Kimlik No: {NID(tckn())}\nDoğum tarihi: {DOB(fmt_date(b, 'tr'))}\nAdres: {a['line']}\n"
            f"Cep telefonu: {PH(phone('TR'))}\nE-posta: {EM(p.email())}"), 'form_tr'


@pos
def t_form_in():
    p = person_for('IN')
    a = addr('IN')
    b = birth()
    return (f"Account opening request\nApplicant: {PER(p.full)}\nAadhaar: {NID(aadhaar())}\nDOB: {DOB(fmt_date(b, 'en'))}\nAddress: {a['line']}\n"
            f"Mobile: {PH(phone('IN'))}\nNominee: {PER(person_for('IN').full)}"), 'form'


@pos
def t_form_cn():
    p = Person('chinese')
    y, m, d = birth()
    a = addr('CN')
    return (f"Visitor registration\nName: {PER(p.full)}\nResident ID: {NID(cn_resident_id(y, m, d))}\nDate of birth: {DOB(fmt_date((y, m, d), 'iso'))}\n"
            f"Address: {a['line']}\nPhone: {PH(phone('CN'))}\nHost: {PER(Person().full)}"), 'form'


@pos
def t_form_uk():
    p = person_for('UK')
    y, m, d = birth(1955, 2003)
    a = addr('UK')
    return (f"Right-to-work and identity check\nName: {PER(p.full)}\nNational Insurance number: {NID(uk_nino())}\nDriving licence: {DL(uk_dvla(p, y, m, d))}\n"
            f"Passport: {PP(passport('UK'))}\nDOB: {DOB(fmt_date((y, m, d), 'en'))}\nAddress: {a['line']}\nChecked by {PER(person_for('UK').full)} on {some_date('en')}"), 'form'


@pos
def t_form_ca():
    p = person_for('CA')
    a = addr('CA')
    b = birth()
    return (f"Payroll setup (Canada)\nEmployee: {PER(p.full)}\nSIN: {NID(ca_sin())}\nDate of birth: {DOB(fmt_date(b, 'iso'))}\nAddress: {a['line']}\n"
            f"Phone: {PH(phone('CA'))}\nDriver's licence (ON): {DL(driver_license('ON'))}"), 'form'


@pos
def t_form_de():
    p = person_for('DE')
    a = addr('DE')
    b = birth()
    return (f"Mitgliedsantrag\nName, Vorname: {PER(p.last + ', ' + p.first)}\nGeburtsdatum: {DOB(fmt_date(b, 'de'))}\nPersonalausweis-Nr.: {NID(de_id_card())}\n"
            f"Führerschein-Nr.: {DL(driver_license('DE'))}\nAnschrift: {a['line']}\nTelefon: {PH(phone('DE'))}\nIBAN: {IB(iban('DE'))}"), 'form_de'


@pos
def t_form_fr():
    p = person_for('FR')
    a = addr('FR')
    y, m, d = birth()
    return (f"Fiche d'adhésion\nNom : {PER(p.last.upper())}   Prénom : {PER(p.first)}\nNé(e) le : {DOB(fmt_date((y, m, d), 'fr'))}\n"
            f"N° de sécurité sociale : {NID(nir_fr('2' if p.gender == 'f' else '1', y % 100, m))}\nAdresse : {a['line']}\nTél. : {PH(phone('FR'))}\nPasseport : {PP(passport('FR'))}"), 'form_fr'


@pos
def t_travel_booking():
    c = pick(['US', 'UK', 'IN', 'NG', 'BR', 'DE', 'JP', 'KR', 'VN', 'TR'])
    p1, p2 = person_for(c), person_for(c)
    b1, b2 = birth(1960, 2000), birth(2008, 2018)
    pk = c
    return (f"Booking {alnum(6, UP)}\nPassenger 1: {PER(p1.full.upper())}  DOB {DOB(fmt_date(b1, 'iso'))}  Passport {PP(passport(pk))}\n"
            f"Passenger 2: {PER(p2.full.upper())}  DOB {DOB(fmt_date(b2, 'iso'))}  Passport {PP(passport(pk))}\n"
            f"Contact: {EM(p1.email())}, {PH(phone(c, intl=True))}\nFlight {pick(['LH', 'BA', 'TK', 'QR', 'EK'])}{R.randint(100, 999)} on {some_date('en')}"), 'booking'


@pos
def t_hotel_jp():
    p = Person(pick(['anglo', 'german', 'french', 'indian']))
    return (f"Guest registration card\nName: {PER(p.full)}\nPassport No.: {PP(passport(pick(['US', 'UK', 'DE', 'FR', 'IN'])))}\nNationality: see passport\n"
            f"Phone: {PH(phone('JP'))} (hotel) / {PH(phone(pick(['US', 'UK', 'DE'])))} (mobile)\nArrival {some_date('en')}, 3 nights"), 'form'


@pos
def t_insurance_claim():
    c = pick(['US', 'UK', 'AU', 'CA'])
    p, tp = person_for(c), person_for(c)
    a = addr(c)
    kind = {'US': pick(['CA', 'NY', 'TX', 'FL']), 'UK': 'UK', 'AU': 'TX', 'CA': 'ON'}[c]
    b = birth(1960, 2003)
    return (f"Claim no. CLM-{nzdigs(8)}\nPolicyholder: {PER(p.full)}\nAddress: {a['line']}\nDriver's licence: {DL(driver_license(kind, p, b))}\n"
            f"Third party: {PER(tp.full)}, tel {PH(phone(c))}\nDescription: rear-ended at the lights on {LOC(pick(['Harbor Blvd', 'Station Road', 'Queen St W', 'Flinders Lane']))} on {some_date('en')}; no injuries."), 'claim_form'


@pos
def t_loan_application():
    p = person_for('US')
    a = addr('US')
    b = birth(1965, 2000)
    return (f"Hi, I'm applying for the auto loan. Here's what you asked for: {PER(p.full)}, SSN {SSN(ssn())}, born {DOB(fmt_date(b, 'us'))}. "
            f"I work at {ORG(pick(ORGS['en']))} and live at {a['line']}. Best to text me at {PH(phone('US', intl=False))}."), 'chat'


@pos
def t_bank_transfer():
    c = pick(['DE', 'FR', 'NL', 'IT', 'ES', 'BE', 'AT', 'CH', 'IE', 'GB'])
    p = person_for({'BE': 'NL', 'AT': 'DE', 'CH': 'DE', 'IE': 'UK', 'GB': 'UK'}.get(c, c))
    bic = pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'UNCRITMM', 'CAIXESBB', 'GEBABEBB', 'BKAUATWW', 'UBSWCHZH', 'AIBKIE2D', 'NWBKGB2L'])
    return (f"Please transfer {amount('€' if c != 'GB' else '£')} to {PER(p.full)}\nIBAN: {IB(iban(c))}\nBIC: {bic}\nReference: {pick(['Miete', 'Invoice', 'Kaution', 'Loyer', 'Affitto'])} {pick(MONTHS_EN)}\n"
            f"Thanks - {PER(Person().first)}"), 'payment_instruction'


@pos
def t_cv():
    c = pick(['UK', 'US', 'IN', 'DE', 'NG', 'PL', 'BR', 'CN'])
    p = person_for(c)
    h = p.handle()
    org = pick(ORGS['en'])
    return (f"{PER(p.full.upper() if chance(0.5) else p.full)}\n{LOC(city_only(c))} · {PH(phone(c))} · {EM(p.email())}\n{URL('linkedin.com/in/' + h)} · {URL('https://github.com/' + h.replace('-', ''))}\n\n"
            f"EXPERIENCE\nSenior Data Engineer, {ORG(org)} (2019 - present)\n- Built the ingestion pipeline processing 2 TB/day"), 'cv'


@pos
def t_marketplace():
    c = pick(['UK', 'AU', 'US'])
    p = person_for(c)
    return (f"selling my road bike, 54cm frame, {pick(['150 quid ono', '$220 obo', 'AU$300'])}. pick up only from {LOC(city_only(c))}. "
            f"text {PH(phone(c, intl=False))} and ask for {PER(p.first.lower())}, no time wasters pls"), 'classified_ad'


@pos
def t_review_reply():
    c = pick(['UK', 'US', 'DE', 'NL', 'FR'])
    p, s = person_for(c), person_for(c)
    return (f"Thank you so much for the lovely review, {PER(p.first)}! We've passed it on to {PER(s.first)} at our {LOC(city_only(c))} store. "
            f"If the blender ever gives you trouble, email {PER(s.first)} directly at {EM(s.email(org_domain(pick(ORGS['en']))))}."), 'review_reply'


@pos
def t_korean_delivery():
    p = Person('korean')
    return (f"Delivery note: recipient {PER(p.full)}, tel {PH(phone('KR', intl=chance(0.5)))}, leave at the front desk of the {LOC(city_only('KR'))} office. "
            f"Sender {PER(Person('korean').full)}."), 'delivery_note'


@pos
def t_police_lost_item():
    c = pick(['UK', 'DE'])
    p = person_for(c)
    return (f"Lost property report {nzdigs(6)}: wallet containing driving licence {DL(driver_license('UK' if c == 'UK' else 'DE', p))} and a card "
            f"{CC(credit_card())} reported by {PER(p.full)} ({PH(phone(c))}). Last seen near {LOC(city_only(c))} station."), 'report'


# ----------------------------------------------------------------------------------------------
# extra templates for identifiers that are rarer in ordinary text
# ----------------------------------------------------------------------------------------------

@pos
def t_benefits_enrollment():
    emp, sp, kid = person_for('US'), person_for('US'), person_for('US')
    sp.last = kid.last = emp.last
    sp.full, kid.full = f'{sp.first} {sp.last}', f'{kid.first} {kid.last}'
    return (f"Open enrollment - dependents\nEmployee: {PER(emp.full)}\nSpouse: {PER(sp.full)}, SSN {SSN(ssn())}, DOB {DOB(fmt_date(birth(1965, 1998), 'us'))}\n"
            f"Child: {PER(kid.full)}, SSN {SSN(ssn())}, DOB {DOB(fmt_date(birth(2008, 2022), 'us'))}\nPlan: PPO family"), 'form'


@pos
def t_ssn_chat():
    p = person_for('US')
    return (f"hey can u fill in the daycare form for me?? im stuck at work. my ssn is {SSN(ssn())} and dob {DOB(fmt_date(birth(1980, 2000), 'us'))}, "
            f"emergency contact is my sister {PER(lower_maybe(person_for('US', 'f').first))} {PH(phone('US', intl=False))}. thx {PER(lower_maybe(p.first))}"), 'chat'


@pos
def t_dmv_renewal():
    p = person_for('US')
    kind = pick(['CA', 'NY', 'FL', 'IL', 'TX', 'WA'])
    a = addr('US')
    return (f"Your appointment is confirmed.\nName: {PER(p.full)}\nLicense/ID number: {DL(driver_license(kind))}\nService: REAL ID renewal\n"
            f"Mailing address on file: {a['line']}\nBring proof of residency dated within the last 90 days."), 'notification'


@pos
def t_age_check_log():
    lines = []
    for _ in range(R.randint(2, 3)):
        p = person_for('US')
        lines.append(f"{some_time()} scan OK  name={PER(p.full.upper())}  dl={DL(driver_license(pick(['CA', 'NY', 'FL', 'IL', 'TX', 'WA'])))}  dob={DOB(fmt_date(birth(1975, 2004), 'iso'))}")
    return 'ID scanner export - door 2\n' + '\n'.join(lines), 'device_log'


@pos
def t_phone_order():
    c = pick(['US', 'UK', 'CA', 'AU'])
    p = person_for(c)
    a = addr(c)
    return (f"Agent: Can I take the card number, please?\nCaller: Yes, it's {CC(credit_card())}, expiry {R.randint(1, 12):02d}/{R.randint(26, 30)}.\n"
            f"Agent: And the name on the card?\nCaller: {PER(p.full)}.\nAgent: Billing postcode?\nCaller: {a['postal']}.\n"
            f"Agent: Thanks. And a contact number in case of delivery problems?\nCaller: {PH(phone(c, intl=False))}."), 'call_transcript'


@pos
def t_visa_application():
    c = pick(['IN', 'NG', 'VN', 'CN', 'TR', 'BR', 'PL'])
    p = person_for(c)
    host = person_for('UK')
    a = addr('UK')
    return (f"Visa application {alnum(3, UP)}{nzdigs(8)}\nApplicant: {PER(p.full)}\nPassport: {PP(passport(c))}, issued {some_date('en')}\n"
            f"Date of birth: {DOB(fmt_date(birth(), 'en'))}\nPhone: {PH(phone(c))}\nEmail: {EM(p.email())}\n"
            f"Host in the UK: {PER(host.full)}, {a['line']}"), 'form'


@pos
def t_social_links():
    p = Person()
    h = p.handle()
    return (f"hi!! im {PER(lower_maybe(p.first))}, a freelance illustrator. portfolio: {URL('https://' + h + '.portfolio-site.net')} and my shop {URL('https://shop.' + pick(['makersmarket.com', 'craftyard.io']) + '/' + h)}. "
            f"dm me or mail {EM(p.email())}"), 'chat'


@pos
def t_staging_creds():
    p = Person()
    return (f"{PER(lower_maybe(p.first))}: staging db creds (rotate after the demo pls)\nhost: {IPA(ipv4(private=True))}\nuser: admin\npass: {SEC(password())}\n"
            f"grafana: {URL('http://grafana.staging.' + pick(['internal', 'lan', 'corp']) + ':3000/d/' + alnum(9, ALNUM))} token {KEY(api_key(pick(['hex', 'bearer', 'twilio'])))}"), 'chat_code'



@pos
def t_card_chat_de():
    p = person_for('DE')
    return (f"Hi, hier ist {PER(p.first)}. Könnt ihr die Buchung bitte auf meine andere Kreditkarte umstellen? {CC(credit_card(pick(['visa', 'mc', 'amex'])))}, "
            f"gültig bis {R.randint(1, 12):02d}/{R.randint(26, 30)}. Die alte Karte ist gesperrt. Rückruf gerne unter {PH(phone('DE'))}."), 'chat_de'


@pos
def t_card_email_en():
    c = pick(['US', 'UK', 'IN', 'AE'])
    p = person_for(c)
    return (f"Hi,\n\nplease charge the deposit for the {pick(['wedding venue', 'conference room', 'apartment'])} to my {pick(['Amex', 'Visa', 'Mastercard', 'card'])}: {CC(credit_card())}. "
            f"The billing name is {PER(p.full)} and the phone on the account is {PH(phone(c))}.\n\nThanks,\n{PER(p.first)}"), 'email'


@pos
def t_passport_lost():
    c = pick(['US', 'UK', 'IN', 'DE', 'FR', 'IT', 'ES', 'NL', 'BR'])
    p = person_for(c)
    return (f"Report of lost/stolen passport\nHolder: {PER(p.full)}\nPassport number: {PP(passport(c))}\nDate of birth: {DOB(fmt_date(birth(), 'us' if c == 'US' else 'en'))}\n"
            f"Lost in: {LOC(city_only(pick(['VN', 'TR', 'JP', 'KE', 'AE'])))}\nContact while abroad: {PH(phone(c, intl=True))}"), 'form'


# ----------------------------------------------------------------------------------------------
# hard negatives: no personal data, no organisation, no street/city, no secrets
# ----------------------------------------------------------------------------------------------

def ver4():
    return f'{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 9)}.{R.randint(0, 999)}'


def semver():
    return f'{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)}'


def bad_luhn16(prefix='4'):
    while True:
        n = prefix + digs(16 - len(prefix))
        if not luhn_ok(n):
            return n


def ean13():
    body = pick(['400', '590', '871', '978', '500', '300', '789']) + digs(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13():
    body = '978' + pick(['0', '1', '3', '2', '84', '88', '85']) + digs(9 if True else 0)
    body = body[:12]
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    n = body + str((10 - s % 10) % 10)
    return f'{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}'


def uuid4():
    h = alnum(32, HEX)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick("89ab")}{h[17:20]}-{h[20:]}'


@neg
def n_release_notes():
    v = ver4()
    return (f"Release {v} ({some_date('iso')})\n- Fixed a crash when importing files larger than 2 GB\n- Firmware {ver4()} is now required for the X200 dock\n"
            f"- Upgrade path: {semver()} -> {semver()} -> {v}\n- Known issue: build {R.randint(10000, 99999)} reports the wrong locale on first boot"), 'neg_release_notes'


@neg
def n_drug_info():
    drug = pick(['Ibuprofen 400 mg', 'Paracetamol 500 mg', 'Metformin 850 mg', 'Amoxicillin 250 mg/5 ml', 'Atorvastatin 20 mg', 'Cetirizine 10 mg'])
    return (f"{drug} - package leaflet summary. Store below 25°C and keep out of reach of children. The usual adult dose is one tablet up to three times daily "
            f"with food; do not exceed the stated dose. Batch {alnum(2, UP)}{digs(5)}, expiry {R.randint(1, 12):02d}/{R.randint(2026, 2029)}. "
            f"Contains lactose. Hypertension and type 2 diabetes are listed as conditions that need a pharmacist's advice before use."), 'neg_drug_leaflet'


@neg
def n_order_confirmation():
    return (f"Order {ordno()} confirmed\n2 x USB-C cable 2 m (SKU {alnum(3, UP)}-{digs(4)})   {amount()}\n1 x Desk lamp, warm white (EAN {ean13()})   {amount()}\n"
            f"Shipping: standard, 3-5 working days\nEstimated delivery: {some_date('en')}\nTotal incl. VAT: {amount()}"), 'neg_order'


@neg
def n_isbn_citation():
    t = pick(['An Introduction to Numerical Methods', 'Practical Statistics for Field Biology', 'The Art of Sourdough', 'Designing Data Pipelines', 'Birds of the Northern Coast'])
    return (f"Reading list, week {R.randint(1, 12)}: \"{t}\", {pick(['2nd', '3rd', '4th'])} edition, ISBN {isbn13()}, chapters 3-5 (pp. {R.randint(40, 90)}-{R.randint(100, 160)}). "
            f"Optional: the companion workbook, ISBN {isbn13()}."), 'neg_citation'


@neg
def n_worker_log():
    lines = []
    for _ in range(R.randint(3, 4)):
        ts = f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{digs(3)}Z"
        lines.append(f"{ts} {pick(['INFO', 'DEBUG', 'WARN'])} worker-{R.randint(1, 8)} request_id={uuid4()} job=resize-thumbnails processed={R.randint(10, 5000)} took={R.randint(1, 900)}ms")
    return '\n'.join(lines), 'neg_log'


@neg
def n_math():
    a, b = R.randint(1000, 99999), R.randint(100, 9999)
    return (f"Check: {a} x {b} = {a * b}. The remainder of {a * b} divided by 97 is {(a * b) % 97}. "
            f"Solve 3x + {R.randint(2, 20)} = {R.randint(30, 90)} for x, then round to 2 decimals. The 4x4 matrix has determinant {R.randint(-50, 50)} and rank 3."), 'neg_math'


@neg
def n_code_env():
    return ('import os\n\ndef get_client():\n    api_key = os.environ["PAYMENTS_API_KEY"]\n    password = os.getenv("DB_PASSWORD", "")\n'
            '    if not api_key:\n        raise RuntimeError("set PAYMENTS_API_KEY first")\n    return Client(api_key=api_key, timeout=30, retries=3)\n'), 'neg_code'


@neg
def n_sql_ddl():
    return ('CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email VARCHAR(320) UNIQUE,\n  phone VARCHAR(32),\n'
            '  iban CHAR(34),\n  date_of_birth DATE,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX ix_customers_email ON customers (lower(email));'), 'neg_code'


@neg
def n_placeholders():
    return pick([
        "Copy .env.example to .env and fill in API_KEY=<your-key-here> and DB_PASSWORD=<choose-a-password>. Never commit the real values.",
        "Example IBAN format for Germany: DEkk bbbb bbbb cccc cccc cc (22 characters, k = check digits, b = bank code, c = account).",
        "Login: ******** (hidden). Card: **** **** **** ****. SSN: ***-**-****. Please enter the values again to continue.",
        "Set the header as Authorization: Bearer $TOKEN where $TOKEN comes from the secrets store; the token is never printed in logs.",
        "Phone number format: +CC NNN NNN NNNN, e.g. country code first. Postal codes must match the pattern [0-9]{5}.",
    ]), 'neg_placeholder'


@neg
def n_shipping_countries():
    cs = R.sample(['Germany', 'France', 'Brazil', 'Nigeria', 'Vietnam', 'India', 'Canada', 'Poland', 'Turkey', 'Portugal', 'Japan', 'Kenya', 'Spain', 'Italy'], 4)
    return (f"We currently ship to {cs[0]}, {cs[1]}, {cs[2]} and {cs[3]}. Delivery takes 5-7 business days; customs fees may apply outside the EU. "
            f"Orders over {amount()} ship free."), 'neg_countries'


@neg
def n_capitalised_words():
    return pick([
        "Will the migration finish before midnight? Mark the ticket as blocked if not. Bill the remaining hours to the maintenance budget.",
        "May was our best month so far. Grace periods for late invoices are now 14 days. Hope this helps with the planning.",
        "Summer opening hours start in June. Rose gold and silver are the two colours left in stock. Amber warnings mean the sensor needs cleaning.",
        "Victory for the home side after extra time. Chase the supplier about the delayed pallets. Faith in the forecast is low this week.",
        "Sage, basil and thyme go into the sauce. Jasmine rice needs 12 minutes. Olive oil goes in last.",
    ]), 'neg_capitalised'


@neg
def n_products():
    return pick([
        f"Comparison: the X200 router supports Wi-Fi 6E and has 4 gigabit ports, while the X150 tops out at Wi-Fi 5. Both run firmware {ver4()}.",
        f"Upgraded from PostgreSQL {R.randint(12, 15)}.{R.randint(1, 9)} to 16.{R.randint(1, 4)}; pg_upgrade took {R.randint(3, 40)} minutes on a 200 GB cluster.",
        "The Galaxy S24 and the Pixel 8 both got the security patch; the older tablets stay on Android 13.",
        f"Kubernetes {semver()} deprecates the old ingress annotation. Helm chart version {semver()} already uses the new one.",
        "ThinkPad X1 Carbon Gen 11 vs MacBook Air M2: battery life 14 h vs 15 h, weight 1.12 kg vs 1.24 kg.",
    ]), 'neg_products'


@neg
def n_prices():
    return (f"Price list (valid from {some_date('en')})\nBasic plan: {amount()}/month\nPro plan: {amount()}/month\nEnterprise: on request\n"
            f"Annual billing saves 15%. Prices excl. VAT ({pick(['19', '20', '21', '23'])}%)."), 'neg_prices'


@neg
def n_git_stats():
    return (f"Merge pull request #{R.randint(100, 9999)} from feature/retry-backoff\n\n{alnum(7, HEX)} Add exponential backoff\n{alnum(7, HEX)} Bump version to {semver()}\n"
            f" {R.randint(2, 30)} files changed, {R.randint(10, 900)} insertions(+), {R.randint(1, 300)} deletions(-)"), 'neg_git'


@neg
def n_error_codes():
    return (f"Error 0x{alnum(8, '0123456789ABCDEF')} at address 0x7ffe{alnum(8, HEX)}. HTTP {pick(['404', '502', '429'])} after {R.randint(2, 9)} retries; "
            f"ORA-{R.randint(1000, 29999):05d} on the nightly job. Exit code {R.randint(1, 255)}."), 'neg_error'


@neg
def n_science():
    return pick([
        "Caffeine (C8H10N4O2) has a molar mass of 194.19 g/mol. Avogadro's constant is 6.02214076e23 per mol.",
        "The speed of light is 299,792,458 m/s; one light-year is about 9.4607e15 m.",
        "At sea level water boils at 100 °C; at 2,000 m it boils at roughly 93 °C.",
        "Pi to ten digits is 3.1415926535 and e is 2.7182818284.",
    ]), 'neg_science'


@neg
def n_sports():
    return (f"Final score {R.randint(0, 4)}-{R.randint(0, 4)} after extra time. Possession 58%-42%, shots on target {R.randint(2, 12)} vs {R.randint(1, 8)}. "
            f"Attendance: {R.randint(8, 80)},{digs(3)}. Next fixture on {some_date('en')} at {some_time()}."), 'neg_sports'


@neg
def n_recipe():
    return (f"Preheat the oven to {pick(['180', '200', '220'])}°C. Mix 500 g flour, 10 g salt, 7 g dried yeast and 350 ml warm water. "
            f"Knead for 10 minutes, rest for 1 hour, then bake for {R.randint(25, 45)} minutes. Serves 4."), 'neg_recipe'


@neg
def n_tracking():
    return (f"Your parcel 1Z{alnum(6, UP + '0123456789')}{digs(10)} left the sorting centre on {some_date('en')} at {some_time()}. "
            f"Next scan expected within 24 h. Customs reference {bad_luhn16(pick(['4', '5', '6']))}."), 'neg_tracking'


@neg
def n_invoice_math():
    sub = R.randint(100, 9000)
    vat = round(sub * 0.19, 2)
    return (f"Invoice no. {R.randint(2023, 2025)}-{digs(4)}\nSubtotal: {sub:,}.00\nVAT 19%: {vat:,.2f}\nTotal: {sub + vat:,.2f}\nDue in 30 days. Account no. see letterhead."), 'neg_invoice'


@neg
def n_checksums():
    return (f"SHA256 (installer-{semver()}.iso) = {alnum(64, HEX)}\nSHA256 (installer-{semver()}.iso.sig) = {alnum(64, HEX)}\n"
            f"Verify with: sha256sum -c SHA256SUMS"), 'neg_checksum'


@neg
def n_part_numbers():
    return (f"BOM rev {pick('BCD')}: P/N {digs(3)}-{digs(4)}-{digs(4)} (connector, 12 pcs), P/N {digs(4)}-{digs(3)}-{digs(3)} (ribbon cable), "
            f"P/N {alnum(2, UP)}{digs(6)} (enclosure). Lead time {R.randint(2, 12)} weeks."), 'neg_part_numbers'


@neg
def n_timezones():
    h, mnt = R.randint(6, 17), pick([0, 15, 30, 45])
    ist_min = (h * 60 + mnt + 330) % 1440
    return (f"The webinar starts at {h:02d}:{mnt:02d} UTC, which is {(h + 1) % 24:02d}:{mnt:02d} CET and {ist_min // 60:02d}:{ist_min % 60:02d} IST (UTC+05:30). "
            f"Recording available after {some_date('en')}."), 'neg_timezones'


@neg
def n_medical_general():
    cond, drug = pick(MEDS)
    return (f"Clinical guideline excerpt: first-line treatment for {cond} often includes {drug}; dose adjustments depend on kidney function. "
            f"Review every {R.randint(3, 12)} months. Evidence level {pick('ABC')}."), 'neg_medical_general'


@neg
def n_de():
    return pick([
        f"Version {ver4()} behebt einen Fehler beim Import von CSV-Dateien. Das Update ist ab dem {some_date('de')} verfügbar.",
        "Öffnungszeiten: Mo-Fr 9-18 Uhr, Sa 10-14 Uhr. An Feiertagen geschlossen. Preise inkl. 19 % MwSt.",
        "Gemäß § 312g BGB besteht ein Widerrufsrecht von 14 Tagen ab Erhalt der Ware.",
    ]), 'neg_de'


@neg
def n_fr():
    return pick([
        f"Le prix TTC est de {R.randint(10, 99)},{digs(2)} €. Livraison offerte dès 50 € d'achat. Mise à jour {semver()} disponible.",
        "Horaires d'ouverture : du lundi au vendredi de 9 h à 18 h. Fermé le dimanche et les jours fériés.",
    ]), 'neg_fr'


@neg
def n_es_it_nl_pt():
    return pick([
        ("La temperatura máxima será de 31 °C y la mínima de 19 °C. Probabilidad de lluvia: 20 %.", 'neg_es'),
        (f"Il pacchetto software {semver()} richiede almeno 8 GB di RAM e 20 GB di spazio libero.", 'neg_it'),
        ("De levertijd bedraagt 3 tot 5 werkdagen. Retourneren kan binnen 30 dagen na ontvangst.", 'neg_nl'),
        (f"O pedido {ordno()} foi enviado. Prazo de entrega: 7 dias úteis. Valor total: R$ {R.randint(50, 900)},{digs(2)}.", 'neg_pt'),
    ])


@neg
def n_network_config():
    return (f"server {{\n    listen 8080;\n    client_max_body_size 20m;\n    keepalive_timeout 65;\n    gzip on;\n    location /health {{ return 200; }}\n}}\n"
            f"# generated by config tool v{ver4()}"), 'neg_config'


@neg
def n_holidays():
    return ("Office closures: 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December. "
            "Requests for leave during the December freeze must be in before 15 November."), 'neg_dates'


@neg
def n_benchmark():
    rows = ['| model | p50 ms | p95 ms | tokens/s |', '|---|---|---|---|']
    for name in R.sample(['small-q4', 'base-fp16', 'tiny-int8', 'medium-q5'], 3):
        rows.append(f'| {name} | {R.randint(5, 90)} | {R.randint(90, 400)} | {R.randint(20, 300)}.{R.randint(0, 9)} |')
    return '\n'.join(rows), 'neg_table'


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------

MIN_COUNTS = {'PERSON': 80, 'PHONE': 80, 'ORG': 25, 'LOCATION': 25, 'EMAIL': 25, 'URL': 25, 'IP_ADDRESS': 25, 'CREDIT_CARD': 25, 'IBAN': 25,
              'SSN': 25, 'POSTAL_CODE': 25, 'DRIVER_LICENSE': 25, 'PASSPORT': 25, 'NATIONAL_ID': 25, 'DATE_OF_BIRTH': 25, 'API_KEY': 25, 'SECRET': 25}


def build(n_pos=320, n_neg=80):
    records = []
    order = []
    while len(order) < n_pos:
        batch = POS[:]
        R.shuffle(batch)
        order.extend(batch)
    order = order[:n_pos]
    seen = set()
    for fn in order:
        for _ in range(20):
            marked, shape = fn()
            text, ents = render(marked)
            if text not in seen:
                break
        seen.add(text)
        assert ents, fn.__name__
        records.append({'text': text, 'entities': ents, 'shape': shape, '_tmpl': fn.__name__})
    order = []
    while len(order) < n_neg:
        batch = NEG[:]
        R.shuffle(batch)
        order.extend(batch)
    order = order[:n_neg]
    for fn in order:
        for _ in range(50):
            marked, shape = fn()
            text, ents = render(marked)
            if text not in seen:
                break
        seen.add(text)
        assert not ents
        records.append({'text': text, 'entities': [], 'shape': shape, '_tmpl': fn.__name__})
    R.shuffle(records)
    for i, r in enumerate(records, 1):
        r['id'] = f'pv2-{i:04d}'
    return records


def verify(records):
    from collections import Counter
    counts = Counter()
    for r in records:
        t = r['text']
        u16 = t.encode('utf-16-le')
        for e in r['entities']:
            sub = u16[2 * e['start']:2 * e['end']].decode('utf-16-le')
            assert sub == e['text'], (r['id'], e)
            counts[e['type']] += 1
            if e['type'] == 'CREDIT_CARD':
                assert luhn_ok(e['text']), e
            if e['type'] == 'IBAN':
                assert iban_ok(e['text']), e
            if e['type'] == 'SSN':
                d = re.sub(r'\D', '', e['text'])
                assert len(d) == 9 and d[:3] not in ('000', '666') and d[0] != '9' and d[3:5] != '00' and d[5:] != '0000', e
        spans = sorted((e['start'], e['end']) for e in r['entities'])
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (r['id'], 'overlap')
    return counts


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else 'privacy-holdout-v2.jsonl'
    records = build()
    counts = verify(records)
    short = {k: (counts[k], v) for k, v in MIN_COUNTS.items() if counts[k] < v}
    with open(out, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps({'id': r['id'], 'text': r['text'], 'entities': r['entities'], 'shape': r['shape']}, ensure_ascii=False) + '\n')
    print(f'wrote {len(records)} records to {out}')
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f'  {k:15s} {v}')
    if short:
        print('BELOW MINIMUM:', short)
        sys.exit(1)


if __name__ == '__main__':
    main()
