"""Frames with personal data: organisations, dates of birth, driving licences, passports, names in many scripts,
lower-case chat. Each frame is f(rng, nm) -> marked text.
"""
from dev6_core import *

FRAMES = []


def frame(shape, lang, n):
    def deco(f):
        FRAMES.append((shape, lang, n, f))
        return f
    return deco


ORGS = {
    "en": ["Hollowbrook Dental Practice", "Pennant Logistics Ltd", "St Aldric's Primary School", "Marsh & Tolley LLP",
           "Greywater Credit Union", "Northgate Physiotherapy", "Kilbride Veterinary Clinic", "Brightwell Analytics",
           "Fenwick Road Medical Centre", "Lakeshore Community College", "Oakhurst Building Society", "Tamarind Software GmbH"],
    "es": ["Clínica Dental Sonrisas del Ebro", "Colegio San Ildefonso", "Transportes Olmedo S.L.", "Caja Rural de Tierra Alta",
           "Gestoría Arrieta y Asociados", "Instituto Cervantes de Alcorcón"],
    "de": ["Praxis Dr. Lindemann", "Stadtwerke Bad Kreuzfeld", "Grundschule am Eichenhain", "Kornhaus Versicherungs-AG",
           "Volksbank Oberes Murrtal", "Hausarztzentrum Weststadt"],
    "fr": ["Cabinet médical des Tilleuls", "Lycée Jules-Ferry", "Boulangerie Moreau SARL", "Crédit Mutuel de Saint-Aubin",
           "Clinique vétérinaire du Parc"],
    "pt": ["Clínica São Lucas", "Escola Básica de Ramalde", "Padaria Estrela Ltda.", "Banco Solidário do Minho"],
    "it": ["Studio Dentistico Ferri", "Liceo Scientifico Galileo Galilei", "Officine Meccaniche Rossetto S.r.l.", "Banca di Credito Cooperativo di Val Seriana"],
    "nl": ["Huisartsenpraktijk De Linde", "Basisschool De Regenboog", "Bakkerij Van Houten B.V."],
    "pl": ["Przychodnia Zdrowie Plus", "Szkoła Podstawowa nr 12 w Lublinie", "Bank Spółdzielczy w Tarnowie"],
    "ja": ["さくら歯科クリニック", "株式会社みどり物流", "青葉台小学校"],
    "zh": ["华康口腔诊所", "明德中学", "远航物流有限公司"],
    "ko": ["서울밝은안과의원", "한빛초등학교", "주식회사 대양테크"],
    "tr": ["Özel Şifa Tıp Merkezi", "Atatürk Anadolu Lisesi", "Deniz Lojistik A.Ş."],
    "ru": ["ООО «Северный ветер»", "Поликлиника № 7", "Гимназия № 5"],
    "sv": ["Vårdcentralen Björkhagen", "Eriksbergsskolan"],
}


BANKS_EN = ["Oakhurst Building Society", "Greywater Credit Union"]
SCHOOLS_EN = ["St Aldric's Primary School", "Lakeshore Community College"]


def org(r, lang):
    return r.choice(ORGS[lang])


# ---------------------------------------------------------------- organisations in prose and signatures
@frame("email_signature_employer", "en", 6)
def _(r, nm):
    g, s, full = nm.person("en")
    g2, _, _ = nm.person("en")
    o = org(r, "en")
    dom = s.lower().replace(" ", "") + r.choice(["", str(r.randint(1, 99))])
    return (f"Hi {PER(g2)},\nThanks for the quick turnaround on the contract. I'll be out until Monday.\n\nBest regards,\n{PER(full)}\n"
            f"{r.choice(['Office Manager', 'Senior Analyst', 'Operations Lead', 'Client Services', 'Accounts Payable'])} | {ORG(o)}\n"
            f"M: {PH(phone(r, r.choice(['uk', 'us'])))}\nE: {EM(g.lower() + '.' + dom + '@' + r.choice(['gmail.com', 'outlook.com', 'hotmail.co.uk']))}")


@frame("prose_where_i_work", "en", 5)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "in", "ng"]))
    o1, o2 = r.sample(ORGS["en"], 2)
    return r.choice([
        f"My cousin {PER(g)} has worked at {ORG(o1)} for six years and is now moving to {ORG(o2)} in {LOC(r.choice(CITIES['en']))}.",
        f"Reference for {PER(full)}: I supervised {PER(g)} at {ORG(o1)} from 2019 to 2023. Reliable, punctual, great with patients.",
        f"{PER(full)} (DOB {DOB(dob_text(r, 'en', birth(r, 1960, 2003)))}) is registered with {ORG(o1)}; please forward the referral letter there.",
        f"i used to bank with {ORG(BANKS_EN[0])} but {PER(g)} convinced me to switch to {ORG(BANKS_EN[1])}",
        f"Our son {PER(g)} goes to {ORG(r.choice(SCHOOLS_EN))} and the bus picks him up at the end of {LOC(r.choice(STREETS['en']))}.",
    ])


@frame("es_org_carta", "es", 4)
def _(r, nm):
    g, s, full = nm.person("es")
    o = org(r, "es")
    return r.choice([
        f"Estimada {PER(full)}:\nLe confirmamos su cita en {ORG(o)} el próximo martes a las 10:30. Si no puede acudir, llame al {PH(phone(r, 'es'))}.",
        f"Mi hija {PER(r.choice(['Lucía', 'Marta', 'Nerea', 'Ximena', 'Rocío']))} estudia en el {ORG('Colegio San Ildefonso')} desde septiembre; nació el {DOB(dob_text(r, 'es', birth(r, 2008, 2016)))}.",
        f"{PER(full)}\nResponsable de administración — {ORG(o)}\nTel. {PH(phone(r, 'es'))}",
        f"Trabajo en {ORG(o)} desde 2017; antes estuve en {ORG(org(r, 'es'))}. Vivo en {LOC(r.choice(CITIES['es']))}. — {PER(g)}",
    ])


@frame("de_org_brief", "de", 4)
def _(r, nm):
    g, s, full = nm.person("de")
    o = org(r, "de")
    st, pc, city = address(r, "de")
    return r.choice([
        f"Sehr geehrte Frau {PER(s)},\nwir bestätigen Ihren Termin in der {ORG(o)} am Donnerstag um 8:15 Uhr. Bitte bringen Sie Ihre Versichertenkarte mit.",
        f"{PER(full)}\nSachbearbeitung Schadenregulierung\n{ORG(o)}\n{LOC(st)}, {PC(pc)} {LOC(city)}\nTel. {PH(phone(r, 'de'))}",
        f"Ich bin seit 2015 bei der {ORG(o)} angestellt. Mein Mann {PER(r.choice(NAMES['de'][0]))} arbeitet bei der {ORG(org(r, 'de'))}.",
        f"Arbeitgeberbescheinigung: {PER(full)}, geboren am {DOB(dob_text(r, 'de', birth(r, 1965, 2000)))}, ist bei {ORG(o)} unbefristet beschäftigt.",
    ])


@frame("fr_org_attestation", "fr", 4)
def _(r, nm):
    g, s, full = nm.person("fr")
    o = org(r, "fr")
    return r.choice([
        f"Je soussigné, directeur du {ORG(o)}, atteste que {PER(full)}, né(e) le {DOB(dob_text(r, 'fr', birth(r, 2005, 2012)))}, est inscrit(e) en classe de seconde pour l'année 2026-2027.",
        f"Bonjour, je m'appelle {PER(full)}, je travaille à la {ORG(o)} à {LOC(r.choice(CITIES['fr']))}. Pouvez-vous me rappeler au {PH(phone(r, 'fr'))} ?",
        f"Cordialement,\n{PER(full)}\nAssistante de direction – {ORG(o)}",
    ])


@frame("it_org_mail", "it", 3)
def _(r, nm):
    g, s, full = nm.person("it")
    o = org(r, "it")
    return r.choice([
        f"Gentile {PER(full)},\nla informiamo che l'appuntamento presso lo {ORG(o)} è stato spostato a giovedì.",
        f"Mi chiamo {PER(full)}, nata/o il {DOB(dob_text(r, 'it', birth(r, 1970, 2000)))}, e lavoro come impiegata presso {ORG(o)}.",
        f"Cordiali saluti,\n{PER(full)}\nUfficio acquisti – {ORG(o)}\nCell. {PH(phone(r, 'it'))}",
    ])


@frame("pt_org_declaracao", "pt", 3)
def _(r, nm):
    g, s, full = nm.person("pt")
    o = org(r, "pt")
    return r.choice([
        f"Declaramos para os devidos fins que {PER(full)}, nascido em {DOB(dob_text(r, 'pt', birth(r, 1975, 2004)))}, é funcionário da {ORG(o)} desde 2020.",
        f"Oi, aqui é a {PER(g)}, da {ORG(o)}. Seu exame ficou pronto, pode retirar amanhã.",
        f"Atenciosamente,\n{PER(full)}\nSecretaria – {ORG(o)}\n{PH(phone(r, 'pt'))}",
    ])


@frame("nl_org_bericht", "nl", 3)
def _(r, nm):
    g, s, full = nm.person("nl")
    o = org(r, "nl")
    return r.choice([
        f"Beste {PER(full)}, uw afspraak bij {ORG(o)} is verzet naar vrijdag 9.40 uur.",
        f"Met vriendelijke groet,\n{PER(full)}\n{ORG(o)}\nT {PH(phone(r, 'nl'))}",
        f"Onze dochter {PER(r.choice(['Sanne', 'Femke', 'Lieke', 'Maaike']))} zit sinds dit jaar op {ORG('Basisschool De Regenboog')}; ze is geboren op {DOB(dob_text(r, 'nl', birth(r, 2012, 2019)))}.",
    ])


@frame("pl_org_zaswiadczenie", "pl", 3)
def _(r, nm):
    g, s, full = nm.person("pl")
    o = org(r, "pl")
    return r.choice([
        f"Zaświadcza się, że {PER(full)}, ur. {DOB(dob_text(r, 'pl', birth(r, 2008, 2016)))}, jest uczniem {ORG('Szkoły Podstawowej nr 12 w Lublinie')}.",
        f"{PER(full)} pracuje w {ORG(o)} w dziale księgowości. Kontakt: {PH(phone(r, 'pl'))}.",
        f"Z poważaniem,\n{PER(full)}\n{ORG(o)}",
    ])


@frame("cjk_org_messages", "ja", 4)
def _(r, nm):
    lang = r.choice(["ja", "zh", "ko"])
    g, s, full = nm.person(lang)
    o = org(r, lang)
    if lang == "ja":
        return f"{PER(full)}様\n{ORG(o)}です。次回のご予約は来週火曜日の午後3時です。ご不明な点は{PH(phone(r, 'ja'))}までご連絡ください。"
    if lang == "zh":
        return f"{PER(full)}您好，我是{ORG(o)}的工作人员。您的孩子{PER(s + r.choice(NAMES['zh'][0]))}出生日期为{DOB(dob_text(r, 'zh', birth(r, 2010, 2016)))}，请核对。"
    return f"{PER(full)}님, {ORG(o)}입니다. 예약이 금요일 오전 10시로 변경되었습니다. 문의: {PH(phone(r, 'ko'))}"


@frame("tr_org_mesaj", "tr", 3)
def _(r, nm):
    g, s, full = nm.person("tr")
    return r.choice([
        f"Sayın {PER(full)}, {ORG(org(r, 'tr'))} randevunuz yarın saat 14:00'tedir.",
        f"{PER(full)}, doğum tarihi {DOB(dob_text(r, 'tr', birth(r, 1980, 2005)))}, {ORG(org(r, 'tr'))} bünyesinde çalışmaktadır.",
        f"Saygılarımla,\n{PER(full)}\nMuhasebe – {ORG(org(r, 'tr'))}\n{PH(phone(r, 'tr'))}",
    ])


@frame("ru_spravka_mesto_raboty", "ru", 3)
def _(r, nm):
    g, s, full = nm.person("ru")
    return r.choice([
        f"Справка дана {PER(s)} {PER(g)}, {DOB(dob_text(r, 'ru', birth(r, 1970, 2000)))} рождения, в том, что он(а) работает в {ORG(org(r, 'ru'))}.",
        f"{PER(g)}, ваш приём в {ORG(org(r, 'ru'))} перенесён на среду. Телефон регистратуры не менялся.",
        f"С уважением,\n{PER(full)}\n{ORG(org(r, 'ru'))}\n{PH(phone(r, 'ru'))}",
    ])


@frame("sv_org_kallelse", "sv", 2)
def _(r, nm):
    g, s, full = nm.person("sv")
    return f"Hej {PER(full)}! Du är välkommen till {ORG(org(r, 'sv'))} den 14 mars kl. 10.20. Ring {PH(phone(r, 'sv'))} om du behöver omboka."


# ---------------------------------------------------------------- dates of birth, many wordings
@frame("dob_prose_variety_en", "en", 6)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "in", "ng", "sw"]))
    g2, _, _ = nm.person("en")
    ymd = birth(r)
    return r.choice([
        f"{PER(full)} was born on {DOB(dob_text(r, 'en', ymd))} in {LOC(r.choice(CITIES['en']))}.",
        f"Patient: {PER(full)}\nD.O.B.: {DOB(dob_text(r, 'en', ymd))}\nReferring GP: Dr {PER(g2 + ' ' + r.choice(NAMES['en'][1]))}",
        f"happy birthday {PER(g.lower())}!! can't believe you were born {DOB(dob_text(r, 'en', ymd))} lol",
        f"Name: {PER(full)}  |  Birth date: {DOB(dob_text(r, 'en', ymd))}  |  Phone: {PH(phone(r, 'uk'))}",
        f"For the insurance form, {PER(g)}'s birthday is {DOB(dob_text(r, 'en', ymd))}.",
        f"{PER(full)}, b. {DOB(dob_text(r, 'en', ymd))}, lives at {LOC(r.randint(2, 99).__str__() + ' ' + r.choice(STREETS['en']))}.",
    ])


@frame("dob_multilingual_forms", "es", 12)
def _(r, nm):
    lang = r.choice(["es", "de", "fr", "pt", "it", "nl", "pl", "ru", "uk", "tr", "sv", "id", "cs", "fi", "ro", "el", "hu", "ja", "ko", "ar", "vi"])
    g, s, full = nm.person(lang)
    d = DOB(dob_text(r, lang, birth(r)))
    lab = {"es": "Fecha de nacimiento", "de": "Geburtsdatum", "fr": "Date de naissance", "pt": "Data de nascimento",
           "it": "Data di nascita", "nl": "Geboortedatum", "pl": "Data urodzenia", "ru": "Дата рождения",
           "uk": "Дата народження", "tr": "Doğum tarihi", "sv": "Födelsedatum", "id": "Tanggal lahir",
           "cs": "Datum narození", "fi": "Syntymäaika", "ro": "Data nașterii", "el": "Ημερομηνία γέννησης",
           "hu": "Születési idő", "ja": "生年月日", "ko": "생년월일", "ar": "تاريخ الميلاد", "vi": "Ngày sinh"}[lang]
    nl = {"es": "Nombre", "de": "Name", "fr": "Nom", "pt": "Nome", "it": "Nome", "nl": "Naam", "pl": "Imię i nazwisko",
          "ru": "ФИО", "uk": "ПІБ", "tr": "Ad Soyad", "sv": "Namn", "id": "Nama", "cs": "Jméno", "fi": "Nimi",
          "ro": "Nume", "el": "Ονοματεπώνυμο", "hu": "Név", "ja": "氏名", "ko": "성명", "ar": "الاسم", "vi": "Họ tên"}[lang]
    return f"{nl}: {PER(full)}\n{lab}: {d}"


@frame("dob_prose_foreign", "de", 10)
def _(r, nm):
    lang = r.choice(["es", "de", "fr", "pt", "it", "pl", "ru", "tr", "vi", "zh", "ja", "ko", "el", "hu"])
    g, s, full = nm.person(lang)
    d = DOB(dob_text(r, lang, birth(r)))
    P = PER(full)
    return {
        "es": f"{P} nació el {d} en {LOC(r.choice(CITIES['es']))}.",
        "de": f"{P} kam am {d} in {LOC(r.choice(CITIES['de']))} zur Welt.",
        "fr": f"{P} est né(e) le {d} à {LOC(r.choice(CITIES['fr']))}.",
        "pt": f"{P} nasceu em {d}, em {LOC(r.choice(CITIES['pt']))}.",
        "it": f"{P}, nato a {LOC(r.choice(CITIES['it']))} il {d}, residente in {LOC(r.choice(STREETS['it']) + ' ' + str(r.randint(1, 90)))}.",
        "pl": f"{P} urodził(a) się {d} w {LOC(r.choice(CITIES['pl']))}.",
        "ru": f"{P} родился(-ась) {d} в {LOC('Твери')}.",
        "tr": f"{P} {d} tarihinde {LOC('Eskişehir')}'de doğdu.",
        "vi": f"{P} sinh {d} tại {LOC('Đà Nẵng')}.",
        "zh": f"{P}，{d}出生于{LOC('成都市')}。",
        "ja": f"{P}は{d}に{LOC('札幌市')}で生まれました。",
        "ko": f"{P}은 {d}에 {LOC('부산광역시')}에서 태어났습니다.",
        "el": f"Ο/Η {P} γεννήθηκε στις {d} στη {LOC('Θεσσαλονίκη')}.",
        "hu": f"{P} született: {d}, {LOC('Debrecen')}.",
    }[lang]


@frame("kids_party_chat_dob", "en", 3)
def _(r, nm):
    g, s, full = nm.person("en")
    g2, _, _ = nm.person("en")
    y, m, d = birth(r, 2016, 2022)
    return (f"{PER(g2)}: what's {PER(g)}'s full birthday again for the swim club form?\n{PER(nm.person('en')[0])}: "
            f"{DOB(dob_text(r, 'en', (y, m, d)))}, turns {2026 - y} next month")


# ---------------------------------------------------------------- driving licences
@frame("dl_rental_and_forms", "en", 8)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "in", "ng"]))
    kind = r.choice(["ca", "ny", "fl", "tx", "uk", "au", "ie"])
    lab = r.choice(["Driver's license no.", "DL#", "Licence number", "driving licence", "DL"])
    v = DL(driver_license(r, kind))
    return r.choice([
        f"Rental agreement – primary driver {PER(full)}, {lab} {v}, DOB {DOB(dob_text(r, 'en', birth(r, 1960, 2004)))}.",
        f"{PER(g)}: the car hire place wants your licence number, is it {v}?\n{PER(nm.person('en')[0])}: yep that's it",
        f"Additional driver: {PER(full)}\n{lab}: {v}\nIssued by: {r.choice(['California', 'New York', 'Florida', 'Texas', 'DVLA', 'New South Wales', 'Ireland'])}",
        f"pulled over last night, officer wrote down {v} and my plate, ugh. – {PER(g.lower())}",
        f"Please verify {PER(full)}'s licence {v} before the van is released.",
    ])


@frame("dl_unlabelled_ocr", "en", 4)
def _(r, nm):
    g, s, full = nm.person("en")
    kind = r.choice(["ca", "ny", "fl", "uk"])
    y, m, d = birth(r, 1960, 2004)
    if kind == "uk":
        return f"DRIVING LICENCE\n1. {PER(s.upper())}\n2. {PER(g.upper())}\n3. {DOB(f'{d:02d}.{m:02d}.{y}')} UNITED KINGDOM\n4a. 12.03.2021  4b. 11.03.2031\n5. {DL(driver_license(r, 'uk'))}\n8. {LOC(str(r.randint(1, 99)) + ' ' + r.choice(STREETS['en']).upper())}, {LOC(r.choice(['LEEDS', 'BRISTOL', 'ABERDEEN']))}, {PC(postal(r, 'en'))}"
    return f"{ {'ca': 'CALIFORNIA', 'ny': 'NEW YORK', 'fl': 'FLORIDA'}[kind] } DRIVER LICENSE\n{DL(driver_license(r, kind))}\nLN {PER(s.upper())}\nFN {PER(g.upper())}\nDOB {DOB(f'{m:02d}/{d:02d}/{y}')}\nEXP 08/14/2030  CLASS C"


@frame("de_fuehrerschein", "de", 4)
def _(r, nm):
    g, s, full = nm.person("de")
    v = DL(driver_license(r, "de"))
    return r.choice([
        f"Führerscheinnummer von {PER(full)}: {v} (Klasse B, BE)",
        f"Hallo, für die Anmeldung beim Carsharing brauche ich noch die Nummer: {v}. Danke, {PER(g)}",
        f"Fahrer: {PER(full)}, geb. {DOB(dob_text(r, 'de', birth(r, 1960, 2004)))}, Führerschein-Nr. {v}",
    ])


@frame("eu_licence_number_line", "fr", 6)
def _(r, nm):
    lang = r.choice(["fr", "es", "it", "pl", "nl"])
    g, s, full = nm.person(lang)
    v = DL(driver_license(r, {"fr": "fr", "es": "es", "it": "it", "pl": "pl", "nl": "nl"}[lang]))
    return {
        "fr": f"Conducteur principal : {PER(full)}, permis n° {v}, obtenu en 2012.",
        "es": f"Conductor: {PER(full)}. Permiso de conducir: {v}. Caduca en 2031.",
        "it": f"Patente di guida n. {v} intestata a {PER(full)}, categoria B.",
        "pl": f"{PER(full)}, prawo jazdy nr {v}, kat. B.",
        "nl": f"Rijbewijsnummer van {PER(full)}: {v}",
    }[lang]


@frame("in_jp_licence", "en", 3)
def _(r, nm):
    if r.random() < 0.5:
        g, s, full = nm.person("in")
        return f"{PER(full)}'s DL no. {DL(driver_license(r, 'in'))} is up for renewal; RTO appointment on Friday."
    g, s, full = nm.person("ja")
    return f"{PER(full)}さんの運転免許証番号は{DL(driver_license(r, 'jp'))}です。"


# ---------------------------------------------------------------- passports
@frame("passport_travel_booking", "en", 8)
def _(r, nm):
    lang, cc = r.choice([("en", "uk"), ("en", "us"), ("de", "de"), ("fr", "fr"), ("es", "es"), ("in", "in"), ("ng", "ng"), ("pl", "pl"), ("nl", "nl")])
    g, s, full = nm.person(lang)
    v = PASS(passport(r, cc))
    return r.choice([
        f"Passenger: {PER(full)}\nPassport: {v}\nDate of birth: {DOB(dob_text(r, 'en', birth(r)))}",
        f"{PER(g)}: can you fill in the API details for the flight, my passport number is {v}, expires 2031",
        f"Hi, booking for two – {PER(full)} (passport {v}) and {PER(nm.person(lang)[2])} (passport {PASS(passport(r, cc))}).",
        f"Visa invitation letter for {PER(full)}, holder of passport no. {v}, employed by {ORG(org(r, 'en'))}.",
        f"{PER(full)} {v}",
    ])


@frame("passport_unlabelled_list", "en", 3)
def _(r, nm):
    rows = []
    for _ in range(r.randint(2, 4)):
        lang, cc = r.choice([("en", "uk"), ("de", "de"), ("it", "it"), ("ko", "ko"), ("zh", "cn"), ("tr", "tr"), ("pt", "br")])
        g, s, full = nm.person(lang)
        rows.append(f"{PER(full)}, {PASS(passport(r, cc))}, {DOB(dob_text(r, 'en', birth(r)))}")
    return "rooming list – team offsite\n" + "\n".join(rows)


@frame("passport_multilingual", "es", 8)
def _(r, nm):
    lang = r.choice(["es", "de", "fr", "it", "pt", "tr", "ru", "ja", "zh", "ko", "pl"])
    cc = {"es": "es", "de": "de", "fr": "fr", "it": "it", "pt": "br", "tr": "tr", "ru": "uk", "ja": "ja", "zh": "cn", "ko": "ko", "pl": "pl"}[lang]
    g, s, full = nm.person(lang)
    v = PASS(passport(r, cc))
    P = PER(full)
    return {
        "es": f"Hola, soy {P}. Para la reserva del hotel: pasaporte {v}.",
        "de": f"Reisepassnummer: {v}\nInhaber: {P}",
        "fr": f"{P}, passeport n° {v}, délivré à {LOC(r.choice(CITIES['fr']))}.",
        "it": f"Il passaporto di {P} è il n. {v}, scade nel 2029.",
        "pt": f"Passaporte de {P}: {v}",
        "tr": f"{P} pasaport no: {v}",
        "ru": f"Загранпаспорт {P}: {v}",
        "ja": f"{P}様の旅券番号：{v}",
        "zh": f"{P}的护照号码是{v}。",
        "ko": f"{P} 여권번호 {v}",
        "pl": f"Paszport {P}: {v}",
    }[lang]


# ---------------------------------------------------------------- names in many scripts
@frame("names_scripts_list", "en", 6)
def _(r, nm):
    langs = r.sample(["ar", "hi", "he", "el", "ru", "uk", "zh", "ja", "ko", "vi", "hu", "ng", "sw", "in", "tr", "fi"], 4)
    rows = [f"- {PER(nm.person(l)[2])}" for l in langs]
    return "Speakers confirmed for the panel:\n" + "\n".join(rows)


@frame("ar_he_hi_messages", "ar", 6)
def _(r, nm):
    lang = r.choice(["ar", "he", "hi"])
    g, s, full = nm.person(lang)
    if lang == "ar":
        return r.choice([f"مرحباً، أنا {PER(full)}، رقم هاتفي {PH(phone(r, 'ar'))}.",
                         f"تاريخ ميلاد {PER(full)}: {DOB(dob_text(r, 'ar', birth(r)))}"])
    if lang == "he":
        return f"שלום, שמי {PER(full)} ואני גר ב{LOC(r.choice(['רחוב הרצל', 'שדרות רוטשילד', 'רחוב ביאליק']) + ' ' + str(r.randint(2, 90)))}, {LOC(r.choice(['חיפה', 'תל אביב', 'באר שבע']))}."
    return r.choice([f"नमस्ते, मेरा नाम {PER(full)} है। मेरा जन्म {DOB(dob_text(r, 'hi', birth(r)))} को हुआ था।",
                     f"{PER(full)} का मोबाइल नंबर {PH(phone(r, 'in'))} है।"])


@frame("el_hu_ro_fi_messages", "el", 5)
def _(r, nm):
    lang = r.choice(["el", "hu", "ro", "fi", "cs", "da", "no"])
    g, s, full = nm.person(lang)
    P = PER(full)
    return {
        "el": f"Γεια σας, είμαι ο/η {P} και μένω στην {LOC('Πάτρα')}. Τηλέφωνο: {PH('+30 69' + digits(r, 8))}",
        "hu": f"Kedves {PER(nm.person('hu')[0])}! Üdvözlettel: {P}, {LOC('Szeged')}",
        "ro": f"Bună ziua, sunt {P} din {LOC('Cluj-Napoca')}. Vă rog să mă sunați la {PH('07' + digits(r, 2) + ' ' + digits(r, 3) + ' ' + digits(r, 3))}.",
        "fi": f"Hei {PER(nm.person('fi')[0])}, tässä {P} – soitan huomenna. Osoite: {LOC('Hämeenkatu ' + str(r.randint(1, 60)))}, {PC(digits(r, 5))} {LOC('Tampere')}",
        "cs": f"Dobrý den, jmenuji se {P} a bydlím v {LOC('Brně')}.",
        "da": f"Hej {PER(nm.person('da')[0])}, vi ses i {LOC('Aalborg')}. Hilsen {P}",
        "no": f"Hei {PER(nm.person('no')[0])}! Hilsen {P}, {LOC('Tromsø')}",
    }[lang]


@frame("vi_id_ng_sw_messages", "vi", 5)
def _(r, nm):
    lang = r.choice(["vi", "id", "sw", "ng"])
    g, s, full = nm.person(lang)
    P = PER(full)
    return {
        "vi": f"Chào anh, em là {P}, số điện thoại {PH(phone(r, 'vi'))}. Em ở {LOC('Quận 3, TP. Hồ Chí Minh')}.",
        "id": f"Halo, saya {P} dari {LOC('Bandung')}. Nomor WA saya {PH(phone(r, 'id'))}.",
        "sw": f"Habari {PER(g)}, mimi ni {PER(nm.person('sw')[2])} kutoka {LOC('Kisumu')}. Nipigie kwa {PH('0722 ' + digits(r, 3) + ' ' + digits(r, 3))}.",
        "ng": f"Good morning {PER(g)}, this is {PER(nm.person('ng')[2])} from {ORG('Adeola Pharmacy')} in {LOC('Ibadan')}.",
    }[lang]


@frame("lowercase_chat_mixed", "en", 8)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "in", "ng"]))
    g2, s2, full2 = nm.person("en")
    st, pc, city = address(r, "en")
    return r.choice([
        f"{PER(g.lower())}: yo where r u\n{PER(g2.lower())}: at {PER(nm.person('en')[2].lower())}'s place on {LOC(st.lower())}, come thru\n{PER(g.lower())}: omw",
        f"{PER(g2.lower())}: can u text {PER(g.lower())} my new number {PH(phone(r, 'uk'))}\n{PER(g.lower())}: done",
        f"{PER(g.lower())}: my dob is {DOB(dob_text(r, 'en', birth(r, 1990, 2007)).lower())} if u need it for the booking",
        f"{PER(g2.lower())}: {PER(full.lower())} just started at {ORG(org(r, 'en').lower())}!! so proud",
        f"{PER(g.lower())}: send the parcel to {LOC(st.lower())}, {PC(pc.lower())} {LOC(city.lower())} not my old place",
        f"{PER(g2.lower())}: whats {PER(g.lower())}s email again\n{PER(nm.person('en')[0].lower())}: {EM(g.lower() + r.choice(['.', '_', '']) + s.lower().replace(' ', '') + '@gmail.com')}",
    ])


@frame("es_pt_chat_minusculas", "es", 5)
def _(r, nm):
    lang = r.choice(["es", "pt"])
    g, s, full = nm.person(lang)
    g2, _, _ = nm.person(lang)
    st, pc, city = address(r, lang)
    if lang == "es":
        return r.choice([f"{PER(g.lower())}: tía mándame la dirección\n{PER(g2.lower())}: {LOC(st.lower())}, {PC(pc)} {LOC(city.lower())}",
                         f"{PER(g2.lower())}: el cumple de {PER(g.lower())} es el {DOB(dob_text(r, 'es', birth(r, 1995, 2010)))} no?"])
    return r.choice([f"{PER(g.lower())}: manda o endereço\n{PER(g2.lower())}: {LOC(st.lower())}, {PC(pc)} {LOC(city.lower())}",
                     f"{PER(g2.lower())}: o zap da {PER(g.lower())} é {PH(phone(r, 'pt'))}"])


@frame("de_fr_chat_klein", "de", 4)
def _(r, nm):
    lang = r.choice(["de", "fr"])
    g, s, full = nm.person(lang)
    g2, _, _ = nm.person(lang)
    if lang == "de":
        return f"{PER(g.lower())}: hast du die nummer von {PER(g2.lower())}?\n{PER(s.lower())}: ja {PH(phone(r, 'de'))}"
    return f"{PER(g.lower())}: t'as l'adresse de {PER(g2.lower())} ?\n{PER(s.lower())}: {LOC(address(r, 'fr')[0].lower())}, à {LOC(r.choice(CITIES['fr']).lower())}"


# ---------------------------------------------------------------- mixed records
@frame("hr_onboarding_record", "en", 5)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "in", "ng", "es"]))
    st, pc, city = address(r, "en")
    return (f"New starter: {PER(full)}\nStart date: 5 January 2027\nEmployer: {ORG(org(r, 'en'))}\nDate of birth: {DOB(dob_text(r, 'en', birth(r, 1970, 2004)))}\n"
            f"Home address: {LOC(st)}, {LOC(city)} {PC(pc)}\nNI number: {NID(uk_nino(r))}\nBank: {IBAN(iban(r, 'GB'))}\nMobile: {PH(phone(r, 'uk'))}")


@frame("us_intake_form", "en", 4)
def _(r, nm):
    g, s, full = nm.person("en")
    y, m, d = birth(r, 1950, 2000)
    return (f"Patient intake – {ORG(org(r, 'en'))}\nLast name: {PER(s)}  First name: {PER(g)}\nDOB: {DOB(f'{m:02d}/{d:02d}/{y}')}\nSSN: {NID(us_ssn(r))}\n"
            f"Driver's license: {DL(driver_license(r, r.choice(['ca', 'tx', 'ny'])))}\nCard on file: {CC(card(r))}\nEmergency contact: {PER(nm.person('en')[2])}, {PH(phone(r, 'us'))}")


@frame("es_ficha_cliente", "es", 4)
def _(r, nm):
    g, s, full = nm.person("es")
    st, pc, city = address(r, "es")
    return (f"Ficha de cliente\nNombre: {PER(full)}\nDNI: {NID(es_dni(r))}\nFecha de nacimiento: {DOB(dob_text(r, 'es', birth(r)))}\n"
            f"Domicilio: {LOC(st)}, {PC(pc)} {LOC(city)}\nIBAN: {IBAN(iban(r, 'ES'))}\nEmpresa: {ORG(org(r, 'es'))}")


@frame("nl_pl_br_registratie", "nl", 5)
def _(r, nm):
    lang = r.choice(["nl", "pl", "pt"])
    g, s, full = nm.person(lang)
    st, pc, city = address(r, lang)
    y, m, d = birth(r)
    if lang == "nl":
        return f"Inschrijving {ORG(org(r, 'nl'))}\nNaam: {PER(full)}\nBSN: {NID(nl_bsn(r))}\nGeboren: {DOB(dob_text(r, 'nl', (y, m, d)))}\nAdres: {LOC(st)}, {PC(pc)} {LOC(city)}"
    if lang == "pl":
        return f"Pacjent: {PER(full)}\nPESEL: {NID(pl_pesel(r, y, m, d, r.random() < 0.5))}\nData urodzenia: {DOB(f'{d:02d}.{m:02d}.{y}')}\nAdres: {LOC(st)}, {PC(pc)} {LOC(city)}"
    return f"Cadastro – {ORG(org(r, 'pt'))}\nNome: {PER(full)}\nCPF: {NID(br_cpf(r))}\nNascimento: {DOB(f'{d:02d}/{m:02d}/{y}')}\nCelular: {PH(phone(r, 'pt'))}"


@frame("fr_se_in_ids", "fr", 4)
def _(r, nm):
    lang = r.choice(["fr", "sv", "in"])
    g, s, full = nm.person(lang)
    y, m, d = birth(r, 1950, 1999)
    if lang == "fr":
        return f"{PER(full)}, née le {DOB(f'{d:02d}/{m:02d}/{y}')}, n° de sécurité sociale {NID(fr_nir(r, y, m, True))}, salariée chez {ORG(org(r, 'fr'))}."
    if lang == "sv":
        return f"Hej! Mitt personnummer är {NID(se_pnr(r, y, m, d))} och jag heter {PER(full)}. Jag jobbar på {ORG(org(r, 'sv'))}."
    return f"KYC: {PER(full)}, Aadhaar {NID(in_aadhaar(r))}, DOB {DOB(dob_text(r, 'en', (y, m, d)))}, mobile {PH(phone(r, 'in'))}"


@frame("card_and_iban_payment", "en", 5)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "de", "fr", "it", "nl"]))
    cc = r.choice(["DE", "FR", "IT", "NL", "BE", "AT", "PT"])
    return r.choice([
        f"Hi, please refund {PER(full)} to IBAN {IBAN(iban(r, cc))} instead of the card {CC(card(r))}.",
        f"{PER(g)}: pay me back whenever: {IBAN(iban(r, cc))} ({PER(full)})",
        f"Cardholder: {PER(full.upper())}\nCard number: {CC(card(r))}\nExp 09/28",
    ])


@frame("profile_links_ip", "en", 4)
def _(r, nm):
    g, s, full = nm.person("en")
    handle = (g + s).lower().replace(" ", "")
    return r.choice([
        f"Portfolio: {URL('https://' + handle + '.dev')} · GitHub {URL('https://github.com/' + handle)} — {PER(full)}",
        f"Suspicious logins for {PER(full)}'s account from {IP(ip(r))} and {IP(ipv6(r))} on Tuesday.",
        f"{PER(g)}: my linkedin is {URL('https://www.linkedin.com/in/' + handle + '-' + digits(r, 3))}, add me",
        f"Shared the photos here: {URL('https://photos.app.goo.gl/' + rs(r, AN, 17))} – {PER(g)}",
    ])


@frame("ko_zh_ja_records", "ko", 5)
def _(r, nm):
    lang = r.choice(["ko", "zh", "ja"])
    g, s, full = nm.person(lang)
    ymd = birth(r)
    if lang == "ko":
        return f"이름: {PER(full)}\n생년월일: {DOB(dob_text(r, 'ko', ymd))}\n연락처: {PH(phone(r, 'ko'))}\n직장: {ORG(org(r, 'ko'))}"
    if lang == "zh":
        return f"姓名：{PER(full)}\n出生日期：{DOB(dob_text(r, 'zh', ymd))}\n手机：{PH(phone(r, 'zh'))}\n工作单位：{ORG(org(r, 'zh'))}"
    return f"氏名：{PER(full)}\n生年月日：{DOB(dob_text(r, 'ja', ymd))}\n電話：{PH(phone(r, 'ja'))}\n勤務先：{ORG(org(r, 'ja'))}"


@frame("meeting_minutes_names", "en", 4)
def _(r, nm):
    ps = [nm.person(r.choice(["en", "in", "ng", "pl", "es"])) for _ in range(3)]
    return (f"Minutes – residents' association\nPresent: {PER(ps[0][2])}, {PER(ps[1][2])}, {PER(ps[2][2])}\n"
            f"1. {PER(ps[0][0])} reported the broken gate; {PER(ps[1][1])} will call the council.\n2. {PER(ps[2][0])} to collect subs by Friday.")


# ---------------------------------------------------------------- second batch
@frame("emoji_birthday_chat", "en", 4)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "es", "in"]))
    g2, _, _ = nm.person("en")
    ymd = birth(r, 1985, 2012)
    return r.choice([
        f"{PER(g2)}: 🎂🎉 happy birthday {PER(g)}!!\n{PER(g)}: thank youuu 🙏 born {DOB(dob_text(r, 'en', ymd))} and still feel 12 😅",
        f"{PER(g)} 🎈 {DOB(dob_text(r, 'en', ymd))} – party at {PER(g2)}'s, {LOC(str(r.randint(2, 90)) + ' ' + r.choice(STREETS['en']))} 🥳",
    ])


@frame("school_admission_letter", "en", 4)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "ng", "in", "pl"]))
    parent = nm.person(r.choice(["en", "ng", "in"]))[0]
    return (f"Dear {PER(parent)},\nWe are delighted to offer {PER(full)} (date of birth {DOB(dob_text(r, 'en', birth(r, 2012, 2020)))}) a place at "
            f"{ORG(r.choice(SCHOOLS_EN + ['Riverside Academy', 'Holy Cross Catholic Primary']))} from September.\nAdmissions Office")


@frame("clinic_referral_note", "en", 4)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "ar", "in", "ng"]))
    dr = nm.person("en")
    return (f"Referral from {ORG(r.choice(['Fenwick Road Medical Centre', 'Northgate Physiotherapy', 'Hollowbrook Dental Practice']))}\n"
            f"Re: {PER(full)}, DOB {DOB(dob_text(r, 'en', birth(r)))}\nPlease see this patient regarding persistent knee pain. Kind regards, Dr {PER(dr[1])}")


@frame("payslip_header", "en", 3)
def _(r, nm):
    g, s, full = nm.person(r.choice(["en", "in", "pl"]))
    return (f"{ORG(org(r, 'en'))} – Payslip November 2026\nEmployee: {PER(full)}   Employee no. {r.randint(1000, 9999)}\n"
            f"NI number: {NID(uk_nino(r))}   Tax code 1257L\nNet pay: £{r.randint(1500, 4200)}.{r.randint(10, 99)} paid to {IBAN(iban(r, 'GB'))}")


@frame("de_bewerbung_lebenslauf", "de", 4)
def _(r, nm):
    g, s, full = nm.person("de")
    st, pc, city = address(r, "de")
    return (f"Lebenslauf\n{PER(full)}\n{LOC(st)}, {PC(pc)} {LOC(city)}\nGeboren am {DOB(dob_text(r, 'de', birth(r, 1975, 2002)))} in {LOC(r.choice(CITIES['de']))}\n"
            f"2019–heute: Sachbearbeiterin, {ORG(org(r, 'de'))}\n2014–2019: Ausbildung, {ORG(org(r, 'de'))}")


@frame("es_mx_solicitud_empleo", "es", 4)
def _(r, nm):
    g, s, full = nm.person("es")
    return (f"Solicitud de empleo\nNombre completo: {PER(full)}\nFecha de nacimiento: {DOB(dob_text(r, 'es', birth(r, 1980, 2004)))}\n"
            f"Último empleo: {ORG(org(r, 'es'))}\nLicencia de conducir: {DL(driver_license(r, 'es'))}\nTeléfono: {PH(phone(r, 'es'))}")


@frame("fr_it_lettre_employeur", "fr", 3)
def _(r, nm):
    g, s, full = nm.person("fr")
    boss = nm.person("fr")
    o = r.choice(["Boulangerie Moreau SARL", "Clinique vétérinaire du Parc", "Société Générale de Levage"])
    return (f"Madame, Monsieur,\nJe vous informe que {PER(full)} quittera la {ORG(o)} le 31 janvier. "
            f"Pour toute question, contactez {PER(boss[2])}.\n{ORG(o)}")


@frame("visa_form_passport_dob", "en", 4)
def _(r, nm):
    lang, cc = r.choice([("in", "in"), ("ng", "ng"), ("zh", "cn"), ("tr", "tr"), ("ko", "ko"), ("pt", "br")])
    g, s, full = nm.person(lang)
    ymd = birth(r, 1960, 2004)
    return (f"VISA APPLICATION – section 2\nSurname: {PER(s)}\nGiven names: {PER(g)}\nDate of birth: {DOB(dob_text(r, 'en', ymd))}\n"
            f"Passport number: {PASS(passport(r, cc))}\nEmployer: {ORG(org(r, 'en'))}\nHome address: {LOC(str(r.randint(1, 200)) + ' ' + r.choice(STREETS['en']))}")


@frame("passport_renewal_chat_noun", "en", 3)
def _(r, nm):
    g, s, full = nm.person("en")
    g2, _, _ = nm.person("en")
    return (f"{PER(g)}: do you still have a photo of my old passport? need the number for the renewal\n{PER(g2)}: yeah it's {PASS(passport(r, r.choice(['uk', 'us'])))}\n{PER(g)}: legend")


@frame("dl_points_letter_uk", "en", 3)
def _(r, nm):
    g, s, full = nm.person("en")
    st, pc, city = address(r, "en")
    return (f"{PER(full)}\n{LOC(st)}\n{LOC(city)}\n{PC(pc)}\n\nDriver number {DL(driver_license(r, 'uk'))}\nWe have added 3 penalty points to your record following the offence on 14 August.")


@frame("ja_ko_zh_dl_passport", "ja", 4)
def _(r, nm):
    lang = r.choice(["ja", "ko", "zh"])
    g, s, full = nm.person(lang)
    if lang == "ja":
        return f"{PER(full)}（{DOB(dob_text(r, 'ja', birth(r)))}生）\n旅券番号 {PASS(passport(r, 'ja'))}\n勤務先 {ORG(org(r, 'ja'))}"
    if lang == "ko":
        return f"{PER(full)} 님의 여권번호는 {PASS(passport(r, 'ko'))}이고, 생년월일은 {DOB(dob_text(r, 'ko', birth(r)))}입니다."
    return f"乘客：{PER(full)}，护照：{PASS(passport(r, 'cn'))}，出生日期：{DOB(dob_text(r, 'zh', birth(r)))}"


@frame("ar_hi_org_dob", "ar", 3)
def _(r, nm):
    if r.random() < 0.5:
        g, s, full = nm.person("ar")
        return f"السيد {PER(full)}، من مواليد {DOB(dob_text(r, 'ar', birth(r)))}، يعمل لدى {ORG('شركة النخيل للتجارة')}."
    g, s, full = nm.person("hi")
    return f"{PER(full)}, जन्म तिथि {DOB(dob_text(r, 'hi', birth(r)))}, {ORG('सरस्वती विद्या मंदिर')} में कार्यरत हैं।"


@frame("group_names_many_cultures", "en", 4)
def _(r, nm):
    ps = [nm.person(l) for l in r.sample(["en", "ng", "in", "vi", "tr", "pl", "es", "sw", "fi", "he", "el", "zh", "ar"], 3)]
    return (f"Carpool for Saturday: {PER(ps[0][2])} drives, picks up {PER(ps[1][0])} at 8 and {PER(ps[2][2])} at 8:15. "
            f"{PER(ps[1][0])} brings the snacks.")


@frame("it_nl_sv_tr_dob_chat", "it", 4)
def _(r, nm):
    lang = r.choice(["it", "nl", "sv", "tr"])
    g, s, full = nm.person(lang)
    g2, _, _ = nm.person(lang)
    d = DOB(dob_text(r, lang, birth(r, 1950, 2015)))
    return {
        "it": f"{PER(g2)}: per il modulo della palestra mi serve la data di nascita di {PER(g)}\n{PER(g)}: {d}",
        "nl": f"{PER(g2)}: wanneer is {PER(g)} jarig?\n{PER(g)}: ik ben geboren op {d}",
        "sv": f"{PER(g)} är född {d} och jobbar på {ORG(org(r, 'sv'))}.",
        "tr": f"{PER(g2)}: {PER(g)}'in doğum tarihi {d}, formu doldurdum.",
    }[lang]
