# Hard-negative frames for gen_privacy_v3.py: no person, place, contact, account or secret; entities: [].
import hashlib, string, uuid
from pv3_values import *

NEG = []
def neg(shape):
    def deco(f):
        NEG.append((shape, f)); return f
    return deco

def pick(r, *xs): return r.choice(xs)

def luhn_fail16(r):
    while True:
        s = digits(r, 16, True)
        if not luhn_ok(s): return s

def isbn13(r):
    b = "978" + digits(r, 9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:12]}-{c}"

def isbn10(r):
    b = digits(r, 9)
    c = (11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11) % 11
    return f"{b[0]}-{b[1:4]}-{b[4:9]}-" + ("X" if c == 10 else str(c))

@neg("neg_semver_changelog")
def f(r):
    v = [f"{r.randint(1,9)}.{r.randint(0,30)}.{r.randint(0,40)}.{r.randint(100,250)}" for _ in range(3)]
    return f"## Changelog\n### {v[0]}\n- fix: retry on 503 from the metadata service\n- deps: bump protobuf to 4.25.{r.randint(1,9)}\n### {v[1]}\n- feat: streaming export\n### {v[2]}\n- initial public build", "neg_semver_changelog"

@neg("neg_snmp_oids")
def f(r):
    return (f"SNMPv2-SMI::enterprises.2021.10.1.3.1 = STRING: \"0.{r.randint(10,99)}\"\n1.3.6.1.2.1.1.3.0 = Timeticks: ({r.randint(100000,9999999)}) 1 day, 4:12:33.10\n"
            f"1.3.6.1.4.1.{r.randint(1000,60000)}.1.2.1 = INTEGER: {r.randint(1,99)}\n1.3.6.1.2.1.2.2.1.10.2 = Counter32: {r.randint(10**6,10**9)}", "neg_snmp_oids")

@neg("neg_doi_arxiv")
def f(r):
    return (f"Refs: doi:10.{r.randint(1000,9999)}/{alnum(r, 4, 'abcdefghijklmnop')}.{r.randint(2015,2026)}.{r.randint(100,99999)}; arXiv:{r.randint(21,26)}{r.randint(1,12):02d}.{r.randint(10000,29999)}v{r.randint(1,4)}; "
            f"ISSN {digits(r,4)}-{digits(r,3)}X; see Table 3 (n = {r.randint(40,900)}, p < 0.0{r.randint(1,5)}).", "neg_doi_arxiv")

@neg("neg_cas_chem")
def f(r):
    return (f"Reagents: sodium bicarbonate (CAS 144-55-8), ethanol 96 % (CAS 64-17-5), EDTA disodium (CAS 6381-92-6). Lot {alnum(r, 8, string.ascii_uppercase + string.digits)}, "
            f"exp. 2028-0{r.randint(1,9)}. Store at 2–8 °C. Batch yield {r.randint(60,98)}.{r.randint(0,9)} %.", "neg_cas_chem")

@neg("neg_chess_pgn")
def f(r):
    return (f"[Event \"{pick(r, 'Club blitz', 'Winter rapid', 'Online arena', 'League match')}\"]\n[Round \"{r.randint(1,9)}\"]\n[Result \"1-0\"]\n1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 7. Nb3 Be6 8. f3 Be7 9. Qd2 O-O 10. O-O-O Nbd7 11. g4 b5 12. g5 b4 1-0", "neg_chess_pgn")

@neg("neg_sports_scores")
def f(r):
    return (f"Matchday {r.randint(5,30)}: Home {r.randint(0,4)}–{r.randint(0,4)} Away (HT {r.randint(0,2)}-{r.randint(0,2)}), attendance {r.randint(8,60)},{r.randint(100,999)}. "
            f"Possession 54/46, shots 14 (6 on target), corners 7–3. Next fixture Sat 19:45.", "neg_sports_scores")

@neg("neg_stock_table")
def f(r):
    rows = "\n".join(f"{t:<6}{r.randint(10,900)}.{r.randint(10,99):>6}  {pick(r,'+','-')}{r.randint(0,5)}.{r.randint(10,99)}%  vol {r.randint(1,99)}.{r.randint(1,9)}M" for t in r.sample(["NVDA", "ASML", "SAP", "TSLA", "VOW3", "NOVO-B", "EQNR", "NESN"], 4))
    return "ticker  last    chg     volume\n" + rows, "neg_stock_table"

@neg("neg_regex_validation")
def f(r):
    return (f"# validators v{r.randint(1,9)}.{r.randint(0,9)}\n" + r"EMAIL_RE = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')" + "\n" + r"PHONE_RE = re.compile(r'^\+?\d[\d ()-]{6,18}\d$')" + "\n"
            + r"IBAN_RE  = re.compile(r'^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$')" + "\n# TODO: add tests for the plus-addressing case", "neg_regex_validation")

@neg("neg_env_code")
def f(r):
    return (f"import os\n\nAPI_KEY = os.environ[\"PAYMENTS_API_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\")\nif not API_KEY:\n    raise RuntimeError(\"set PAYMENTS_API_KEY (see README)\")\n"
            f"client = Client(api_key=API_KEY, timeout={r.randint(5,60)})", "neg_env_code")

@neg("neg_placeholders")
def f(r):
    return (f"Hi [CUSTOMER_NAME],\n\nyour order {{order_id}} ships to <ADDRESS_LINE_1>, <POSTCODE>. Questions? Reply to {{{{support_email}}}} or call [PHONE_1].\n"
            f"Card: •••• •••• •••• {digits(r,4)} · IBAN: XX00 0000 0000 0000 0000 00 · token: <your-token-here>", "neg_placeholders")

@neg("neg_redacted_log")
def f(r):
    return (f"{r.randint(10,23)}:{r.randint(10,59)}:{r.randint(10,59)} INFO login ok user=[REDACTED_EMAIL] ip=[REDACTED_IP] session={uuid.UUID(int=r.getrandbits(128))}\n"
            f"{r.randint(10,23)}:{r.randint(10,59)}:{r.randint(10,59)} WARN password=******** rejected (policy: min length 12)\n"
            f"{r.randint(10,23)}:{r.randint(10,59)}:{r.randint(10,59)} INFO api_key=sk-****...****{alnum(r, 4, 'abcdef0123456789')} rotated", "neg_redacted_log")

@neg("neg_hashes")
def f(r):
    h = hashlib.sha1(str(r.random()).encode()).hexdigest(); b = hashlib.blake2b(str(r.random()).encode(), digest_size=32).hexdigest()
    m = hashlib.md5(str(r.random()).encode()).hexdigest()
    return f"release-{r.randint(1,9)}.{r.randint(0,9)}.tar.zst\n  sha1   {h}\n  b2sum  {b}\n  md5    {m}  (legacy mirrors only)", "neg_hashes"

@neg("neg_trace_ids")
def f(r):
    return (f"traceparent: 00-{alnum(r, 32, '0123456789abcdef')}-{alnum(r, 16, '0123456789abcdef')}-01\nx-request-id: {uuid.UUID(int=r.getrandbits(128))}\n"
            f"x-amz-cf-id: {alnum(r, 56, string.ascii_letters + string.digits + '_-')}==\nstatus=504 upstream_time=30.001", "neg_trace_ids")

@neg("neg_luhn_fail_refs")
def f(r):
    return (f"Payment reference {luhn_fail16(r)} was not found. Voucher {luhn_fail16(r)[:4]}-{digits(r,4)}-{digits(r,4)}; order #{digits(r,9)}; "
            f"EAN {digits(r,13, True)}. Please quote the reference, not the voucher, when calling.", "neg_luhn_fail_refs")

@neg("neg_isbn_books")
def f(r):
    return (f"Reading list: Intro to Statistical Learning (ISBN {isbn13(r)}), Designing Data-Intensive Applications ({isbn13(r)}), an old paperback ISBN {isbn10(r)}. "
            f"Library shelf mark QA{r.randint(100,999)}.{alnum(r, 2, 'ABCDEFG')}{r.randint(10,99)}.", "neg_isbn_books")

@neg("neg_eponymous_food")
def f(r):
    return (pick(r, "Menu: Caesar salad, Eggs Benedict, Peach Melba, Pavlova, and a Victoria sponge for dessert. The Earl Grey is loose-leaf. ",
                 "Cocktails tonight: Bloody Mary, Margarita, Negroni, Old Fashioned, a Virgin Mary (alcohol-free). ",
                 "Apples in stock: Granny Smith, Pink Lady, Jonagold, Cox's Orange Pippin. Pears: Williams, Conference. ")
            + f"Prices from €{r.randint(4,12)}.50.", "neg_eponymous_food")

@neg("neg_capitalised_words")
def f(r):
    return (pick(r, "Will you bring the Bill of Materials? Mark the changes in red and Grace period ends in May.",
                 "Hope springs eternal: Summer sale on Rose, Jasmine and Sage plants, while stock lasts.",
                 "Faith, Joy and Patience are the three values on the poster in the break room.",
                 "Sterling silver, Baker's dozen, King-size bed, Hunter green paint, Stone-ground flour.")
            + f" Ref {r.randint(100,999)}.", "neg_capitalised_words")

@neg("neg_unit_conversion")
def f(r):
    a = r.randint(2, 90)
    return f"{a} mi ≈ {a*1.609:.1f} km; {a} lb ≈ {a*0.4536:.2f} kg; {a} °F ≈ {(a-32)*5/9:.1f} °C; 1 US gal = 3.785 L; 1 nmi = 1852 m.", "neg_unit_conversion"

@neg("neg_math")
def f(r):
    a, b = r.randint(100, 999), r.randint(100, 999)
    return f"Solve: {a}x + {b} = {a*3+b}. Answer x = 3. Check: {a}·3 + {b} = {a*3+b}. Next: ∫₀¹ x² dx = 1/3; det([[2,1],[7,4]]) = 1.", "neg_math"

@neg("neg_recipe_sv")
def f(r):
    return (f"Kanelbullar (ca {r.randint(20,40)} st): 50 g jäst, 5 dl mjölk, 150 g smör, 1 dl socker, 1 tsk kardemumma, 13–15 dl vetemjöl. "
            f"Grädda i 225 °C i {r.randint(8,12)} minuter. Pensla med ägg och strö över pärlsocker.", "neg_recipe_sv")

@neg("neg_ui_strings_fi")
def f(r):
    return ("Tallenna muutokset? | Peruuta | Kirjaudu ulos | Salasana on liian lyhyt (vähintään 12 merkkiä) | Sähköpostiosoite on pakollinen | Versio " + f"{r.randint(2,9)}.{r.randint(0,20)}.{r.randint(0,9)}", "neg_ui_strings_fi")

@neg("neg_ui_strings_el")
def f(r):
    return ("Αποθήκευση αλλαγών; · Ακύρωση · Αποσύνδεση · Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 12 χαρακτήρες · Το email είναι υποχρεωτικό · Έκδοση " + f"{r.randint(2,9)}.{r.randint(0,20)}", "neg_ui_strings_el")

@neg("neg_ui_strings_ru")
def f(r):
    return ("Сохранить изменения? · Отмена · Выйти · Пароль должен содержать не менее 12 символов · Укажите адрес электронной почты · Версия " + f"{r.randint(2,9)}.{r.randint(0,20)}.{r.randint(0,99)}", "neg_ui_strings_ru")

@neg("neg_ui_strings_id")
def f(r):
    return (f"Simpan perubahan? · Batal · Keluar · Kata sandi minimal 12 karakter · Alamat email wajib diisi · Nomor telepon tidak valid · Versi {r.randint(2,9)}.{r.randint(0,20)}", "neg_ui_strings_id")

@neg("neg_ui_strings_ja_ko")
def f(r):
    return (pick(r, "変更を保存しますか？ ／ キャンセル ／ ログアウト ／ パスワードは12文字以上にしてください ／ メールアドレスは必須です",
                 "변경 사항을 저장할까요? / 취소 / 로그아웃 / 비밀번호는 12자 이상이어야 합니다 / 이메일 주소는 필수입니다")
            + f" v{r.randint(2,9)}.{r.randint(0,9)}", "neg_ui_strings_ja_ko")

@neg("neg_ui_strings_cs_hu")
def f(r):
    return (pick(r, "Uložit změny? · Zrušit · Odhlásit se · Heslo musí mít alespoň 12 znaků · E-mailová adresa je povinná",
                 "Menti a módosításokat? · Mégse · Kijelentkezés · A jelszónak legalább 12 karakterből kell állnia · Az e-mail cím kötelező")
            + f" ({r.randint(2,9)}.{r.randint(0,9)}.{r.randint(0,9)})", "neg_ui_strings_cs_hu")

@neg("neg_drug_leaflet")
def f(r):
    return (pick(r, "Adults: 1–2 tablets every 4–6 hours, max 8 tablets in 24 hours. Do not take with other paracetamol-containing products. ",
                 "Dosering: 1 tablett 2 gånger dagligen i samband med måltid. Kontakta läkare vid biverkningar. ",
                 "Ohjeellinen annos aikuisille: 1 tabletti kerran vuorokaudessa. Säilytä alle 25 °C. ")
            + f"PL {digits(r,5)}/{digits(r,4)}.", "neg_drug_leaflet")

@neg("neg_sql_ddl")
def f(r):
    return (f"-- migration {r.randint(100,999)}_{pick(r, 'customers', 'init', 'add_kyc')}.sql\nCREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email CITEXT UNIQUE,\n  phone TEXT,\n  date_of_birth DATE,\n  iban TEXT,\n"
            "  national_id TEXT,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX ON customers (email);", "neg_sql_ddl")

@neg("neg_k8s_secretref")
def f(r):
    return (f"# replicas: {r.randint(1,6)}\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: payments-db\n        key: password\n  - name: API_TOKEN\n    valueFrom:\n"
            "      secretKeyRef: { name: api, key: token }\nresources:\n  limits: { cpu: 500m, memory: 512Mi }", "neg_k8s_secretref")

@neg("neg_part_numbers")
def f(r):
    return (f"BOM rev C: PN {digits(r,4)}-{digits(r,3)}-{digits(r,3)} (bracket), PN {digits(r,3)}-{digits(r,3)}-{digits(r,4)} (hinge), M4x12 DIN 912 screws ×{r.randint(4,40)}, "
            f"O-ring {r.randint(10,60)}x2.5 NBR70. Supplier code {alnum(r, 6, string.ascii_uppercase + string.digits)}.", "neg_part_numbers")

@neg("neg_timetable")
def f(r):
    return (f"Line {r.randint(2,99)} weekdays: 05:42 06:12 06:42 07:02 07:22 07:42 … every 20 min until 19:42, then 20:12 21:12 22:12. "
            f"Platform {r.randint(1,12)}. Replacement buses from 14 Dec to 6 Jan (holiday timetable).", "neg_timetable")

@neg("neg_holidays_dates")
def f(r):
    return (f"Office closed: 24–26 Dec, 31 Dec from 13:00, 1 Jan, 6 Jan (Epiphany). Payroll cut-off moves to 2026-12-{r.randint(15,20)}. "
            f"Q1 planning kickoff 2027-01-{r.randint(10,20)} 09:30 CET.", "neg_holidays_dates")

@neg("neg_iban_template")
def f(r):
    return (f"[wiki rev {r.randint(10,400)}] " + "IBAN format by country: SE kk bbbc cccc cccc cccc cccc · NO kk bbbb cccc ccx · FI kk bbbb bbcc cccc cx — where k = check digits, b = bank, c = account. "
            "Validate with ISO 13616 mod-97; never store the full value in logs.", "neg_iban_template")

@neg("neg_build_log")
def f(r):
    return (f"[{r.randint(1,99)}/{r.randint(100,200)}] Building CXX object src/CMakeFiles/core.dir/codec.cpp.o\n"
            f"warning: comparison of integers of different signs: 'int' and 'size_t' [-Wsign-compare]\n[{r.randint(100,200)}/{r.randint(200,300)}] Linking CXX shared library libcore.so.{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,9)}\n"
            f"Build finished in {r.randint(10,300)}.{r.randint(0,9)}s (ccache hit rate {r.randint(40,99)}%)", "neg_build_log")

@neg("neg_hex_dump")
def f(r):
    lines = [f"{i*16:08x}  " + " ".join(alnum(r, 2, '0123456789abcdef') for _ in range(16)) for i in range(3)]
    return "xxd firmware.bin | head -3\n" + "\n".join(lines), "neg_hex_dump"

@neg("neg_chords_music")
def f(r):
    return (f"Song {r.randint(1,40)} — " + "Verse: Am F C G ×2, Chorus: F G Em Am, Bridge: Dm7 G7 Cmaj7 — capo 3, 92 bpm, 4/4. Key change up a whole step for the last chorus (B♭ → C).", "neg_chords_music")

@neg("neg_weather_countries")
def f(r):
    return (f"Outlook: cold air over Norway and Sweden, {r.randint(-15,-2)} °C inland; a low moves from Iceland toward Ireland with gusts {r.randint(60,110)} km/h. "
            f"Finnish and Estonian coasts: sea ice forming. Nationwide frost warning until Friday.", "neg_weather_countries")

@neg("neg_legal_boilerplate")
def f(r):
    return (f"[{r.randint(1,40)}] THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND. Section 4.2: The Licensee shall not sublicense the Software. "
            f"Clause {r.randint(5,19)}(b) survives termination. This Agreement is governed by the laws of the jurisdiction stated in Schedule 1.", "neg_legal_boilerplate")

@neg("neg_random_ids")
def f(r):
    return (f"job {alnum(r, 8, '0123456789abcdef')} queued; run_id={r.randint(10**9, 10**10)}; shard {r.randint(0,63)}/64; attempt 2 of 5; "
            f"checksum 0x{alnum(r, 8, '0123456789ABCDEF')}; error code 0x8007{alnum(r, 4, '0123456789ABCDEF')}", "neg_random_ids")

@neg("neg_lottery_numbers")
def f(r):
    nums = sorted(r.sample(range(1, 50), 6))
    return f"Draw #{r.randint(1000,3000)}: {' '.join(str(n) for n in nums)} + bonus {r.randint(1,10)}. Jackpot rolls over to {r.randint(2,40)} million.", "neg_lottery_numbers"

@neg("neg_assistant_meta")
def f(r):
    return (pick(r, "Can you explain what a personnummer is and how the check digit works? No real numbers please, just the algorithm.",
                 "What's the difference between an API key and an OAuth access token, and which one should I rotate more often?",
                 "How do I write a regex that matches an IBAN without matching credit card numbers?",
                 "Why does my password manager say my master password is weak if it has 14 characters?",
                 "Is it safe to paste a stack trace into a chatbot if I've removed the tokens first?",
                 "What does GDPR say about keeping IP addresses in web server logs, in general terms?",
                 "Explain how Luhn's algorithm catches a single mistyped digit in a card number."), "neg_assistant_meta")
