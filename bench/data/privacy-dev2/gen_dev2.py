#!/usr/bin/env python3
"""Development set for the privacy guard's names, organisations and places (issue 20), second edition.

Written to TUNE on, so that the held-out check set (bench/data/privacy-eval-v2) stays a check. It shares nothing
with the tagger's training data or the v2 set: the templates below were written for this file only, and the names,
organisations and places are hand-written lists (not Bogus, which trains the tagger). Run:

    python3 bench/data/privacy-dev2/gen_dev2.py > bench/data/privacy-dev2/privacy-dev2.jsonl

Output: one JSON object a line, in the layout `privacy-eval` reads: id, shape, text, entities (type, start, end,
value; offsets in UTF-16 code units = Python str indices for BMP text), non_personal (brands, countries, products
mentioned in texts without personal data). Labelling: PERSON is any name of a person (full, first or last alone,
with the title left out); ORGANIZATION a company, agency, school or club; LOCATION a city or region (a country is
labelled only where it says where a person lives or comes from); EMAIL and PHONE where they occur.
"""
import json
import random
import re
import sys

R = random.Random(20261202)

FIRST = """Aiko Hiroshi Yuki Takeshi Haruto Sakura Min-jun Ji-woo Seo-yeon Hyun-woo Wei Xiaoling Jian Mei Lin Zhiwei Yan
Thanh Huong Minh Linh Quang Arjun Priya Ananya Rohan Deepika Vikram Sunita Rahul Kavya Ishaan Meera Aditi Karthik Lakshmi
Mohammed Fatima Omar Layla Yusuf Aisha Khalid Noor Hassan Zainab Tariq Leila Reza Shirin Dariush Parisa Mehmet Elif Emre Zeynep
Burak Chinedu Ngozi Oluwaseun Adaeze Emeka Folake Kwame Abena Kofi Wanjiru Otieno Amara Thabo Nomvula Sipho Lerato Tendai
Santiago Valentina Mateo Camila Alejandro Ximena Diego Lucia Joaquin Paula Rafael Beatriz Thiago Larissa Gustavo Renata
Dmitri Anastasia Sergei Olga Nikolai Svetlana Ivan Tatiana Katarzyna Tomasz Agnieszka Piotr Magdalena Ondrej Zuzana
Giorgos Eleni Nikos Dimitra Sven Ingrid Lars Astrid Eero Aino Siobhan Ciaran Niamh Declan Aoife Rhys Bronwen Callum Isla
Hamish Morag Emily James Olivia Ethan Hannah Noah Chloe Liam Grace Owen Ruth Dennis Gloria Harold Beverly Marcus Tanisha
Jamal Keisha Tyrone Latoya Andre Jasmine Malia Keanu Leilani Kai Anahera Tane Mele Sione Rizal Maricel Jose Imelda Bayani
Siti Budi Dewi Agus Putri Nguyen Ahmad Nur Farah Iman Yerlan Aigerim Bakhyt Gulnara""".split()

LAST = """Tanaka Yamamoto Nakamura Kobayashi Watanabe Kim Park Choi Jung Kang Wang Zhang Liu Chen Huang Zhao Nguyen Tran Pham
Hoang Vu Sharma Patel Iyer Reddy Nair Banerjee Chatterjee Gupta Menon Kapoor Malhotra Al-Sayed Haddad Khoury Mansour Nasser
Rahimi Tehrani Karimi Hosseini Yilmaz Kaya Demir Celik Okafor Adeyemi Eze Okonkwo Nwosu Balogun Mensah Boateng Owusu Kamau
Mwangi Odhiambo Ndlovu Dlamini Khumalo Mokoena Moyo Garcia Rodriguez Hernandez Lopez Gonzalez Ramirez Castillo Morales
Ortega Figueroa Oliveira Santos Carvalho Pereira Ferreira Almeida Ivanov Petrova Smirnov Volkov Sokolova Kowalski Nowak
Wisniewska Dvorak Novakova Horvath Papadopoulos Georgiou Nikolaidis Lindqvist Johansson Andersen Hansen Virtanen Korhonen
O'Brien Murphy Gallagher Byrne Kavanagh McAllister MacLeod Campbell Llewellyn Pritchard Thornton Whitaker Ashworth
Blackwood Fairbanks Holloway Pemberton Jefferson Washington Robinson Coleman Bautista Dela Cruz Santiago Reyes Mendoza
Wijaya Santoso Kusuma Hidayat Abdullah Rahman Ismail Nurlanov Suleimenova Abernathy Quackenbush Van der Berg De Vries
Rossi Bianchi Esposito Fontaine Lefebvre Moreau Girard Schneider Fischer Hoffmann Becker Keller Brunner""".split()
# two-word surnames were split above; glue the known ones back
LAST = [w for w in LAST if w not in ("Dela", "Cruz", "Van", "der", "Berg", "De", "Vries")] + ["Dela Cruz", "van der Berg", "de Vries"]

CITIES = """Osaka|Busan|Chengdu|Hangzhou|Da Nang|Pune|Coimbatore|Lucknow|Jaipur|Tabriz|Isfahan|Izmir|Bursa|Ibadan|Enugu|Kumasi|
Mombasa|Kisumu|Durban|Bloemfontein|Bulawayo|Arequipa|Medellin|Cali|Rosario|Valparaiso|Curitiba|Recife|Porto Alegre|Guadalajara|
Monterrey|Kazan|Novosibirsk|Yekaterinburg|Gdansk|Wroclaw|Brno|Kosice|Debrecen|Thessaloniki|Patras|Bergen|Tampere|Aarhus|
Uppsala|Cork|Galway|Swansea|Aberdeen|Dundee|Leeds|Bristol|Nottingham|Sheffield|Boise|Tucson|Spokane|Knoxville|Savannah|
Albuquerque|Omaha|Des Moines|Halifax|Winnipeg|Saskatoon|Christchurch|Wellington|Hobart|Darwin|Cebu|Davao|Surabaya|Bandung|
Penang|Almaty|Tashkent|Marrakesh|Sfax|Alexandria|Aswan|Lyon|Toulouse|Bordeaux|Leipzig|Dresden|Graz|Basel|Lausanne|Bologna|
Palermo|Seville|Valencia|Bilbao|Porto|Braga|Rotterdam|Utrecht|Ghent|Antwerp""".replace("\n", "").split("|")

REGIONS = ["Kerala", "Punjab", "Oaxaca", "Bavaria", "Tuscany", "Andalusia", "Quebec", "Ontario", "Queensland", "Tasmania",
           "Nebraska", "Vermont", "Oregon", "Saxony", "Lombardy", "Catalonia", "Hokkaido", "Gyeonggi", "Sichuan", "Minas Gerais"]
COUNTRIES = ["Kenya", "Peru", "Vietnam", "Norway", "Portugal", "Ghana", "Chile", "Poland", "Indonesia", "Morocco", "Iran",
             "Turkey", "Ireland", "Nigeria", "Mexico", "Japan", "Canada", "Greece", "Finland", "Egypt"]

ORG_STEMS = """Bluewater Harbor|Kestrel Analytics|Marigold Foods|Ironbark Timber|Sunfield Dairy|Orion Freight|Quillon Labs|
Halvorsen Shipping|Pinecrest Dental|Greyfriars Press|Tamarind Kitchens|Nordlicht Energie|Azura Textiles|Pelican Bay Insurance|
Copperleaf Credit Union|Redwood Valley Clinic|Vantablue Software|Meridian Steelworks|Old Mill Brewing|Saffron Route Travel|
Lakeshore Property|Hollis & Grant|Baobab Telecom|Yellowtail Logistics|Ember Robotics|Granite State Plumbing|Juniper Ridge Realty|
Okapi Payments|Silverline Couriers|Mapleton Academy|Harborview Hospital|Cinder Games|Lumen Optics|Tidewater Bank|Zephyr Airlines|
Bramblewood Nursery|Northgate Council|Starling Legal|Sakura Precision|Anand Pharma|Obi Brothers Haulage|Karoo Wines|
Alpenrose Hotels|Fjordline Seafood|Pampas Cattle|Moyo Solar|Dune Coffee Roasters|Atlas Mutual|Kinsley Partners|Whitcombe Foundry""".replace("\n", "").split("|")
ORG_SUFFIXES = ["Ltd", "Inc.", "GmbH", "LLC", "S.A.", "Pty Ltd", "plc", "B.V.", "AG", "Co.", "SRL", "K.K.", ""]
ONE_WORD_ORGS = ["Zentrix", "Fabrikam", "Northwind", "Trelloway", "Vexora", "Quantilla", "Brightwell", "Corvana", "Lumora", "Stratavia"]

STREETS = ["Harbour Road", "Kings Avenue", "Rue des Lilas", "Calle Mayor", "Hauptstrasse", "Jalan Merdeka", "Nguyen Hue Street",
           "MG Road", "Elm Street", "Lakeview Drive", "Station Lane", "Via Roma", "Avenida Paulista", "Baker Close", "Oak Crescent"]

PRODUCTS = ["Excel", "Zoom", "Slack", "Kubernetes", "Docker", "PostgreSQL", "Windows", "Linux", "iPhone", "Android", "GitHub",
            "Jira", "Teams", "Outlook", "Chrome", "Firefox", "Python", "Terraform", "Grafana", "Nginx"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "April", "June", "September", "November"]


def first():
    return R.choice(FIRST)


def last():
    return R.choice(LAST)


def org():
    if R.random() < 0.2:
        return R.choice(ONE_WORD_ORGS)
    suffix = R.choice(ORG_SUFFIXES)
    stem = R.choice(ORG_STEMS)
    return stem + (" " + suffix if suffix else "")


def email_of(f, l):
    dom = R.choice(["example.org", "mailbox.net", "post.example", "inbox.test", "corp.example.com"])
    l = l.replace(" ", "").replace("'", "")
    return R.choice([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{l}{R.randint(1, 99)}@{dom}"]).lower()


def phone():
    return R.choice([
        f"+{R.choice([44, 49, 33, 91, 81, 234, 254, 55])} {R.randint(10, 99)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}",
        f"({R.randint(201, 989)}) {R.randint(200, 999)}-{R.randint(1000, 9999)}",
        f"{R.randint(201, 989)}-{R.randint(200, 999)}-{R.randint(1000, 9999)}",
    ])


class Builder:
    """Concatenates text pieces and records labelled spans."""

    def __init__(self):
        self.text = ""
        self.entities = []
        self.non_personal = []

    def add(self, piece, label=None, non_personal=None):
        start = len(self.text)
        self.text += piece
        if label:
            self.entities.append({"type": label, "start": start, "end": len(self.text), "value": piece})
        if non_personal:
            self.non_personal.append({"type": non_personal, "start": start, "end": len(self.text), "value": piece})
        return self


SLOT = re.compile(r"\{(\w+)\}")


def fill(template, values, lower=False):
    """Fills {slot}s; values maps slot name -> (text, label or None, non_personal label or None)."""
    b = Builder()
    pos = 0
    for m in SLOT.finditer(template):
        b.add(template[pos:m.start()])
        text, label, np_label = values[m.group(1)]
        b.add(text.lower() if lower else text, label, np_label)
        pos = m.end()
    b.add(template[pos:])
    return b


# Templates: {P} full name, {F} first, {L} last, {P2}/{F2}/{L2} a second person, {O}/{O2} organisations,
# {C}/{C2} cities, {R} region, {N} a country of residence, {S} street, {E} e-mail, {T} phone, {X} product, {D} weekday,
# {M} month. A name used twice refers to the same person (every mention).
TEMPLATES = [
    # chat
    ("chat", "{F}: did you push the fix?\n{F2}: not yet, {O} is still reviewing it\n{F}: ok ping me"),
    ("chat", "[09:14] {P}: running late, train stuck outside {C}\n[09:15] {F2}: np"),
    ("chat", "{F2} > who owns the {X} migration?\n{F} > me, with {L2} from {O}"),
    ("chat", "lol {F} just replied-all to the whole of {O}"),
    ("chat", "can u forward this to {F} before {D}"),
    ("chat", "omg {P} is moving to {C}!!"),
    ("chat", "{F} says hi btw"),
    ("chat", "btw {L} from {O} called again, wants a callback on {T}"),
    # e-mail
    ("email", "From: {P} <{E}>\nSubject: {X} licence renewal\n\nHi {F2},\nCould you check the quote from {O}? I need it by {D}.\nThanks,\n{F}"),
    ("email", "Dear {P},\n\nThank you for visiting our {C} branch. Your advisor, {P2}, will contact you shortly.\n\nKind regards,\n{O}"),
    ("email", "Hello {F},\n\nThe shipment left {C} this morning and should reach {C2} on {D}.\n\nBest,\n{P2}\n{O}"),
    ("email", "Hi team, {P} has joined {O} as head of sales for {R}. Please make {F} welcome."),
    ("email", "Good afternoon Mr {L}, I am writing on behalf of {O} regarding your application."),
    ("email", "Mrs {L}, your table for four at {O} is confirmed for {D} evening."),
    # signatures
    ("signature", "Cheers,\n{P}\nSenior Analyst | {O}\n{T}"),
    ("signature", "--\n{P}\n{O}, {S}, {C}\n{E}"),
    ("signature", "Sent from my phone\n{F}"),
    ("signature", "Regards\n{P}\nProcurement, {O}"),
    # lists and tables
    ("list", "Team for the {C} launch:\n- {P} (lead)\n- {P2}\n- {P3}"),
    ("list", "Speakers: {P}, {P2} and {P3}."),
    ("list", "name;company;city\n{P};{O};{C}\n{P2};{O2};{C2}"),
    ("list", "| Name | Employer |\n|---|---|\n| {P} | {O} |\n| {P2} | {O2} |"),
    ("list", "Invitees: {F}, {F2}, {F3}"),
    ("list", "1) {L}, {F}\n2) {L2}, {F2}"),
    # requests
    ("request", "Write a thank-you note to {P} for the tour of the {O} plant in {C}."),
    ("request", "Summarise the complaint {P} sent about {O}'s billing."),
    ("request", "{P} asked whether the {C} office is open on {D}. {F} also wants the address."),
    ("request", "Translate this for {F}: the contract with {O} ends in {M}."),
    ("request", "Draft a LinkedIn recommendation for {P}, who worked with me at {O} for three years."),
    ("request", "Who should I contact at {O} about the invoice {P} disputed?"),
    ("request", "Plan a two-day trip from {C} to {C2} for {F} and me."),
    ("request", "My landlord {P} won't return the deposit for the flat in {C}. What can I do?"),
    ("request", "Book a taxi for {P} from {S} to the {C} airport."),
    ("request", "Compare the offers from {O} and {O2} for our fleet insurance."),
    ("request", "Is {O} a good employer? {F} got an offer from them."),
    ("request", "Make a birthday card text for {F}, turning 40, who loves hiking in {R}."),
    ("request", "Prepare questions for my interview with {P} at {O}."),
    ("request", "Reply to {L} that we cannot ship to {C} before {M}."),
    # narrative with every-mention
    ("mention", "{P} opened the account in {M}. Since then {F} has missed two payments, and {L} says the bank never wrote."),
    ("mention", "Yesterday I met {P} at the {O} stand. {L} promised to send the catalogue; if {F} forgets, remind her."),
    ("mention", "Meeting notes: {P} presented the budget. Questions from {P2}. Action: {F} to update the numbers, {L2} to check with {O}."),
    ("mention", "Dr. {L} examined the report; {P} signed it on {D}."),
    ("mention", "{O} confirmed the order. {O_STEM} will deliver to {C} next week."),
    # sentence-initial and lower case
    ("lower", "{f} and {f2} are coming to {c} next weekend"),
    ("lower", "can you tell {p} that the meeting moved"),
    ("lower", "i think {f} works at {o} now"),
    ("lower", "remind me to pay {f} back for the {c} trip"),
    ("initial", "{F} thinks the deadline is too tight."),
    ("initial", "{L} objected to the proposal from {O}."),
    ("initial", "{C} is where {F} grew up."),
    ("initial", "{O} cut prices again, says {P}."),
    # residence
    ("form", "Name: {P}\nEmployer: {O}\nCity: {C}\nPhone: {T}"),
    ("form", "applicant={P}; employer={O}; home={C}, {R}"),
    ("form", "I'm {F}, I live in {C} and work for {O}."),
    ("form", "{P} was born in {N} and moved to {C} in 2015."),
]

# Clean texts, written for this set: documentation prose and assistant requests with capitalised words, brands,
# countries, weekdays and products but no personal data. non_personal marks the brands and countries.
DOC_PROSE = [
    "Run the installer, then open Settings and choose Update. The service restarts on its own.",
    "To build the image, install Docker and run docker build in the project folder.",
    "The API returns 429 Too Many Requests when the quota is exhausted; retry after the Retry-After delay.",
    "Open the Admin panel, select Users, and click Reset Password next to the account.",
    "PostgreSQL stores the data; Redis holds the cache. Both run in Kubernetes.",
    "Version 3.2 drops support for Windows 7 and adds an ARM64 build for Linux.",
    "Each Monday the scheduler archives logs older than 30 days to cold storage.",
    "Use the Export button in the Reports view to download a CSV file.",
    "If the Wi-Fi light blinks orange, hold the Reset button for ten seconds.",
    "The Terraform module creates a VPC, two subnets and a NAT gateway.",
    "Grafana dashboards read from Prometheus; alerts go to the On-Call channel.",
    "Configure TLS in nginx.conf and reload the server with nginx -s reload.",
    "The Quick Start guide covers installation, the first project, and deployment.",
    "Tokens expire after 24 hours. Refresh them with the Refresh Token endpoint.",
    "In Excel, select the column, open Data, then Text to Columns.",
    "Python 3.12 is required; older versions fail at import time.",
    "The Release Notes list every breaking change since the Long Term Support release.",
    "Enable Dark Mode under Appearance in the Preferences window.",
    "The Firefox extension syncs bookmarks across devices signed into the same account.",
    "Backups run nightly at 02:00 UTC and are kept for 14 days.",
    "Click New Folder, name it Invoices, and drag the files into it.",
    "The Search box supports quotes for exact phrases and a minus sign to exclude words.",
    "Outlook rules can move messages from a sender into a folder automatically.",
    "The Jira board has three columns: To Do, In Progress and Done.",
    "Chrome blocks mixed content, so serve every script over HTTPS.",
    "Our Privacy Policy explains which cookies the Site uses and why.",
    "The Terms of Service were updated on the first of March.",
    "Exports from Chile and Peru fell after the drought, the report says.",
    "Coffee prices rose in Brazil and Vietnam during the harvest season.",
    "The conference rotates between Europe, Asia and South America every year.",
    "Tourism in Greece and Portugal recovered faster than expected.",
    "The treaty was signed by Norway, Finland and Sweden.",
    "Christmas and New Year fall on a Thursday this year.",
    "The Annual General Meeting approves the accounts and elects the Board.",
    "Step 4: Restart the Router and wait until the Internet light turns green.",
    "The GitHub Actions workflow runs tests on every pull request.",
    "Slack notifications can be muted per channel from the Channel Settings menu.",
    "Teams meetings can be recorded if the organiser allows it.",
    "The Android app needs Location permission only for nearby search.",
    "Android and iPhone users get the update through their app stores.",
]
CLEAN_INTENTS = ["timer", "calories", "pto_balance", "alarm", "calculator", "definition", "flip_coin", "roll_dice",
                 "measurement_conversion", "spelling", "change_volume", "what_song", "shopping_list", "todo_list",
                 "recipe", "nutrition_info", "oil_change_how", "jump_start", "tire_pressure", "meaning_of_life"]


def person_values(lower=False):
    v = {}
    for suffix in ["", "2", "3"]:
        f, l = first(), last()
        while l == f:
            l = last()
        v["P" + suffix] = (f"{f} {l}", "PERSON", None)
        v["F" + suffix] = (f, "PERSON", None)
        v["L" + suffix] = (l, "PERSON", None)
        v["f" + suffix] = (f.lower(), "PERSON", None)
        v["l" + suffix] = (l.lower(), "PERSON", None)
        v["p" + suffix] = (f"{f} {l}".lower(), "PERSON", None)
        v["E" + suffix] = (email_of(f, l), "EMAIL", None)
    o = org()
    v["O"] = (o, "ORGANIZATION", None)
    stem = re.sub(r"\s+(Ltd|Inc\.|GmbH|LLC|S\.A\.|Pty Ltd|plc|B\.V\.|AG|Co\.|SRL|K\.K\.)$", "", o)
    v["O_STEM"] = (stem, "ORGANIZATION", None)
    v["O2"] = (org(), "ORGANIZATION", None)
    v["o"] = (o.lower(), "ORGANIZATION", None)
    c, c2 = R.sample(CITIES, 2)
    v["C"] = (c, "LOCATION", None)
    v["C2"] = (c2, "LOCATION", None)
    v["c"] = (c.lower(), "LOCATION", None)
    v["R"] = (R.choice(REGIONS), "LOCATION", None)
    v["N"] = (R.choice(COUNTRIES), "LOCATION", None)
    v["S"] = (f"{R.randint(2, 240)} {R.choice(STREETS)}", "ADDRESS", None)
    v["T"] = (phone(), "PHONE", None)
    v["X"] = (R.choice(PRODUCTS), None, None)
    v["D"] = (R.choice(WEEKDAYS), None, None)
    v["M"] = (R.choice(MONTHS), None, None)
    return v


def main():
    out = []
    n = 0
    for rep in range(8):
        for shape, template in TEMPLATES:
            v = person_values()
            # the every-mention templates keep the first and last name of the same person
            b = fill(template, v)
            n += 1
            out.append({"id": f"dev2-{n:04d}", "shape": shape, "text": b.text, "entities": b.entities, "non_personal": []})
    # clean: documentation prose
    brands = set(PRODUCTS) | set(COUNTRIES) | {"Chile", "Peru", "Brazil", "Vietnam", "Greece", "Portugal", "Norway", "Finland",
                                               "Sweden", "Europe", "Asia", "South America", "GitHub Actions", "Redis", "Prometheus"}
    for text in DOC_PROSE:
        n += 1
        np = [{"type": "BRAND_OR_PLACE", "start": m.start(), "end": m.end(), "value": m.group(0)}
              for b in sorted(brands, key=len, reverse=True) for m in re.finditer(r"\b" + re.escape(b) + r"\b", text)]
        out.append({"id": f"dev2-{n:04d}", "shape": "clean-doc", "text": text, "entities": [], "non_personal": np})
    # clean: CLINC150 utterances of intents without names (the file is in /work/shared, read at generation time only)
    try:
        with open("/work/shared/data/clinc150/train.json") as f:
            clinc = json.load(f)
        pool = sorted(t for t, intent in clinc if intent in CLEAN_INTENTS)
        for text in R.sample(pool, 80):
            n += 1
            out.append({"id": f"dev2-{n:04d}", "shape": "clean-clinc", "text": text, "entities": [], "non_personal": []})
    except OSError:
        print("CLINC150 not found; clean CLINC texts left out", file=sys.stderr)
    for item in out:
        print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
