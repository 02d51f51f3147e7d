"""Hard negatives: no personal data, but full of look-alikes (ids, versions, hashes, prices, generic places)."""
import uuid
from v5_core import R, pick, digits, hexs, b62, luhn_ok

NEG = []


def neg(shape, lang="en"):
    def deco(fn):
        NEG.append((shape, lang, fn))
        return fn
    return deco


def not_luhn(n=16):
    while True:
        s = digits(n)
        if not luhn_ok(s) and s[0] != "0":
            return s


def isbn13():
    b = "978" + digits(9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:12]}-{c}"


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


@neg("neg_order_status_question")
def n_order():
    return (f"My order #{digits(3)}-{digits(7)}-{digits(7)} says 'label created' since Monday. Tracking 1Z{hexs(6).upper()}{digits(10)}. "
            f"The total was €{R.randint(20, 300)},{R.randint(10, 99)} incl. VAT. Item SKU {pick(['HX', 'KB', 'TR'])}-{digits(4)}-{pick(['BLK', 'WHT'])}. "
            "How long do carriers usually take before they count a parcel as lost?")


@neg("neg_changelog_build_numbers")
def n_release():
    return (f"Release notes v{R.randint(2, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)} (build {R.randint(10, 99)}.{R.randint(0, 9)}.{R.randint(1000, 9999)}.{R.randint(1, 250)})\n"
            f"- Fixed crash when the locale is set to tr-TR\n- Agent {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}.{R.randint(10, 250)} is required on the build machines\n- Minimum supported Windows build is now 10.0.19045.{R.randint(1000, 5000)}\n"
            f"- Bumped openssl to 3.{R.randint(0, 3)}.{R.randint(1, 15)}, sqlite to 3.{R.randint(40, 47)}.{R.randint(0, 3)}\n"
            f"- Checksum (SHA-256): {hexs(64)}\n\nSummarise these for the changelog email.")


@neg("neg_uuid_trace_debugging")
def n_uuid():
    return (f"Every request fails with trace id {uid()} and span {hexs(16)}. The job id in the queue is {uid()}. "
            f"Error code 0x{hexs(8).upper()}, retry-after 120. Is there a way to correlate these in Grafana?")


@neg("neg_bookshop_isbn_list")
def n_isbn():
    items = "\n".join(f"- ISBN {isbn13()} — {pick(['paperback', 'hardcover', 'e-book'])}, £{R.randint(6, 30)}.{R.randint(10, 99)}" for _ in range(3))
    return "Which of these editions is the cheapest per page? (pages: 320, 412, 288)\n" + items


@neg("neg_failed_luhn_reference")
def n_ref():
    return (f"The bank statement shows reference {not_luhn()} and mandate {pick(['MNDT', 'REF'])}{digits(10)}. "
            f"Also a customer number {digits(10)} and invoice INV-{R.randint(2019, 2025)}-{digits(5)}. What's a SEPA mandate reference actually for?")


@neg("neg_git_hashes_question")
def n_git():
    return (f"git bisect stopped at {hexs(40)}; the parent is {hexs(7)}. `git cherry-pick {hexs(7)}..{hexs(7)}` conflicts in "
            "src/Parser.cs. What's the cleanest way to abort and retry with a rebase instead?")


@neg("neg_holiday_dates_planning")
def n_dates():
    return (f"Plan a team offsite: options are {R.randint(3, 9)} March 2026, {R.randint(10, 20)}/04/2026 or 2026-05-{R.randint(11, 28)}. "
            "Avoid Easter Monday and the 1 May bank holiday. Budget 4,500 EUR, 14 people. The company was founded on 12.06.1998, so a June date would be a nice anniversary.")


@neg("neg_generic_places_travel")
def n_places():
    return (pick(["Is Lisbon or Porto better for a rainy week in November?", "What's the best way from Milan to Lake Como by train?",
                  "Which is cheaper for students, Berlin or Vienna?"]) +
            " I'd like museums, a food market, and day trips. Prices in EUR please, and skip anything that needs a car.")


@neg("neg_router_model_comparison")
def n_models():
    return (f"Comparing the router models AX-{digits(4)} and BE-{digits(5)}: firmware 1.{R.randint(0, 9)}.{R.randint(10, 99)}, part no. {digits(3)}-{digits(3)}-{digits(4)}, "
            f"EAN {digits(13)}. The support hotline format on the box is 0800 xxx xxx. Which one supports WPA3 and 6 GHz?")


@neg("neg_python_env_read_code")
def n_envcode():
    var = pick(["PAYMENTS_API_KEY", "OPENAI_API_KEY", "MAPS_TOKEN", "SMTP_TOKEN"])
    pw = pick(["DB_PASSWORD", "PGPASSWORD", "REDIS_PASS", "MQ_SECRET"])
    return (f"```python\nimport os\nAPI_KEY = os.environ[\"{var}\"]  # never hard-code\nDB_PASSWORD = os.getenv(\"{pw}\", \"\")\n"
            f"if not API_KEY.startswith(\"{pick(['sk_', 'sk-', 'tok_'])}\"):\n    raise RuntimeError(\"bad key prefix\")\n```\n"
            + pick(["Is it safe to log len(API_KEY) for debugging?", "How do I load these from a .env file in tests only?", "Should I use a secrets manager instead?"]))


@neg("neg_ddl_pii_columns")
def n_ddl():
    return (f"CREATE TABLE {pick(['patients', 'members', 'tenants', 'applicants'])} (\n  id BIGSERIAL PRIMARY KEY,\n  first_name TEXT NOT NULL,\n  last_name TEXT NOT NULL,\n  date_of_birth DATE,\n"
            "  national_id VARCHAR(20),\n  phone VARCHAR(32),\n  email CITEXT UNIQUE\n);\n\nShould national_id be encrypted at the column level or is disk encryption enough?")


@neg("neg_masked_values_template")
def n_masked():
    return (pick(["Dear {{customer.first_name}},", "Hello {{ user.name }},", "Hi [FIRST_NAME],"]) + "\nyour card ending •••• " + digits(4) + " was charged {{amount}}. IBAN on file: DE•• •••• •••• •••• ••" + digits(2) +
            ".\nReply STOP to unsubscribe.\n\nHow do I make the template engine escape the bullets correctly?")


@neg("neg_baking_scale_up")
def n_recipe():
    return (f"Recipe scale-up: {R.randint(250, 500)} g flour, {R.randint(2, 4)} eggs, 1.5 tsp baking powder, oven 180 °C for {R.randint(25, 45)} min. "
            "I need it for 3x the amount in a 30x40 cm tray — how do I adjust the baking time? (Victoria sponge, from a 1961 cookbook)")


@neg("neg_confidence_interval_homework")
def n_math():
    return (f"Homework: the sample has n = {R.randint(30, 400)}, mean 172.{R.randint(0, 9)} cm, sd {R.randint(5, 12)}.{R.randint(0, 9)}. "
            f"Compute the 95% CI. Also what's " + not_luhn() + " mod 97? (just a number from the exercise sheet)")


@neg("neg_staff_newsletter_password_rules")
def n_policy():
    return (f"Our policy: passwords must be at least {pick([12, 14, 16])} characters, no reuse of the last {pick([5, 10, 24])}, PINs must not be 1234 or a birth year, "
            "recovery codes are shown once. Rewrite this for a non-technical staff newsletter.")


@neg("neg_docs_links_question")
def n_docs():
    return pick(["The docs at https://docs.python.org/3/library/uuid.html and https://www.rfc-editor.org/rfc/rfc9562 disagree on v7 ordering? Which one should I trust for database primary keys?",
                 "According to https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization the Basic scheme is base64 only. So is it fine over plain http on a LAN?",
                 "I read https://en.wikipedia.org/wiki/Luhn_algorithm but still don't get why doubling every second digit catches swaps. Can you explain with a small example?",
                 "Is https://www.iban.com/structure reliable for the length of each country's IBAN, or should I use the SWIFT registry PDF?"])


@neg("neg_sports_scores_table")
def n_sports():
    return ("| Round | Home | Away | Score |\n|---|---|---|---|\n" + "\n".join(
        f"| {i} | {pick(['Eagles', 'Rovers', 'United', 'Athletic'])} | {pick(['City', 'Wanderers', 'Harriers', 'Rangers'])} | {R.randint(0, 5)}–{R.randint(0, 5)} |" for i in range(1, 4)) +
        "\n\nWho is top of the table on goal difference?")


@neg("neg_de_bahn_verspaetung", "de")
def n_de():
    return (f"ICE {R.randint(500, 1999)} nach {pick(['Hamburg-Altona', 'München Hbf', 'Köln Hbf'])} fällt heute ab Fulda aus. Ersatzzug RE {R.randint(1, 99)} "
            f"ab Gleis {R.randint(1, 12)} um 14:{R.randint(10, 59)} Uhr. Fahrgastrechte-Formular Nr. {digits(6)}, Erstattung ab 60 Minuten Verspätung: 25 %.\n\n"
            "Lohnt sich der Antrag bei einem Ticket für 79,90 €?")


@neg("neg_fr_tarif_electricite", "fr")
def n_fr():
    return (f"Tarif réglementé au 1er février : abonnement {R.randint(9, 15)},{R.randint(10, 99)} € par mois (6 kVA), prix du kWh 0,{R.randint(1900, 2700)} € TTC "
            f"en heures pleines. Référence de grille : TRV-{digits(4)}-{pick(['B', 'C'])}. Est-ce que le tarif heures creuses vaut le coup pour un chauffe-eau ?")


@neg("neg_es_horario_autobus", "es")
def n_es():
    return (f"Línea {R.randint(1, 40)}: salidas cada {pick([12, 15, 20])} min de 6:30 a 23:10; los domingos, cada 30 min. Billete sencillo 1,{R.randint(20, 80)} €, "
            f"bonobús de 10 viajes 9,{R.randint(10, 90)} €. Parada {digits(4)} en obras hasta el 15/03. ¿Me sale a cuenta el abono mensual si voy 3 días a la semana?")


@neg("neg_ja_hoshou_serial", "ja")
def n_ja():
    return (f"型番 KX-{digits(4)} の保証期間は購入日から1年間です。シリアル番号は本体底面の12桁の数字です（例：{digits(12)}）。"
            "ファームウェア 3.2.1 以降で不具合は修正されています。\n\nこの説明を短くしてください。")


@neg("neg_zh_xitong_weihu", "zh")
def n_zh():
    return (f"通知：系统将于2025年12月{R.randint(10, 28)}日凌晨2:00至4:00进行维护，版本升级至 v{R.randint(3, 9)}.{R.randint(0, 9)}.{R.randint(0, 20)}。"
            f"订单号以 {digits(4)} 开头的退款将延迟处理。请把这段公告翻译成英文。")


@neg("neg_ru_ekonomika_ipoteka", "ru")
def n_ru():
    return (f"Курс евро на {R.randint(1, 28)} ноября составил {R.randint(90, 110)},{R.randint(10, 99)} руб. Индекс потребительских цен вырос на 0,{R.randint(1, 9)}%. "
            "Объясни простыми словами, что это значит для ипотеки.")


@neg("neg_ar_siyasat_istirjaa", "ar")
def n_ar():
    return ("سياسة الاسترجاع: يمكن إرجاع المنتج خلال ١٤ يوماً من تاريخ الاستلام بشرط وجود الفاتورة. رقم الطلب يبدأ بـ " + digits(3) +
            " ويتكون من ١٠ أرقام. لا تشمل السياسة المنتجات المخفضة.\n\nهل يحق لي استرجاع سماعات مستعملة؟")


@neg("neg_hi_cricket_score", "hi")
def n_hi():
    return (f"भारत ने पहले बल्लेबाज़ी करते हुए 50 ओवर में {R.randint(250, 360)}/{R.randint(4, 9)} रन बनाए। जवाब में टीम {R.randint(38, 49)}.{R.randint(1, 5)} ओवर में "
            f"{R.randint(180, 249)} रन पर सिमट गई। रन रेट और जीत का अंतर समझाइए।")


@neg("neg_ko_recipe_numbers", "ko")
def n_ko():
    return (f"김치찌개 {R.randint(2, 4)}인분: 김치 300g, 돼지고기 200g, 두부 반 모, 물 600ml. 센 불에서 {R.randint(5, 10)}분, 약불에서 {R.randint(15, 25)}분 끓이세요.\n\n"
            "6인분으로 늘리면 양을 어떻게 바꿔야 해?")


@neg("neg_el_sxoliko_programma", "el")
def n_el():
    return ("Το πρόγραμμα των εξετάσεων: Μαθηματικά 12/06, Φυσική 15/06, Ιστορία 18/06. Αίθουσα 204, ώρα 09:00. Κωδικός μαθήματος ΦΥΣ-" + digits(3) +
            ".\n\nΦτιάξε μου ένα πλάνο διαβάσματος.")


@neg("neg_tr_indirim_kodu_sms", "tr")
def n_tr():
    return (f"%{R.randint(10, 50)} indirim! Kampanya kodu KIS{digits(2)} ile 31.12.2025 tarihine kadar geçerli. Sipariş no {digits(9)}. "
            "İptal için IPTAL yazıp gönderin.\n\nBu mesaj gerçek mi, nasıl anlarım?")


@neg("neg_pl_tabliczka_znamionowa", "pl")
def n_pl():
    return (f"Instrukcja: wersja 4.{R.randint(0, 9)}.{R.randint(0, 9)}, numer seryjny na tabliczce znamionowej (12 znaków). Napięcie 230 V, moc {R.randint(800, 2200)} W. "
            "Gwarancja 24 miesiące. Przetłumacz na angielski.")


@neg("neg_th_promo", "th")
def n_th():
    return (f"โปรโมชั่นพิเศษ ลด {R.randint(10, 50)}% ถึงวันที่ 31 ธันวาคม รหัสสินค้า TH-{digits(5)} ราคา {R.randint(199, 2999)} บาท\n\nช่วยแปลเป็นภาษาอังกฤษ")


@neg("neg_he_notice", "he")
def n_he():
    return ("הודעה לדיירים: המעלית תושבת ביום שלישי בין 9:00 ל-13:00 לצורך תחזוקה. מספר קריאה " + digits(7) + ". תודה על הסבלנות.\n\nתרגם לאנגלית")
