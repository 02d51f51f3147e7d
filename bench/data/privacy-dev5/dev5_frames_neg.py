"""Hard-negative frames of privacy-dev5: no personal data, no secrets, but things that look like them."""
NEG = []  # (shape, lang, n, fn)

def neg(shape, lang="en", n=2):
    def deco(fn):
        NEG.append((shape, lang, n, fn))
        return fn
    return deco

@neg("neg_release_notes_versions")
def _(c):
    return (f"Release 4.{c.r.randint(2, 9)}.{c.r.randint(0, 20)} (build {c.digits(5)}): fixed the crash when importing CSV files over 2 GB; "
            f"the minimum runtime is now 8.0.{c.r.randint(100, 400)}. Upgrade from 3.x is automatic.")

@neg("neg_order_confirmation_no_customer")
def _(c):
    return (f"Order #{c.digits(8)} confirmed. 2 x Ceramic pour-over set (SKU CPO-{c.digits(4)}) at 34.90 EUR, shipping 4.95 EUR. "
            f"Estimated delivery: 3-5 working days. Tracking will follow.")

@neg("neg_dish_names_menu")
def _(c):
    return c.ch(["Today's specials: Hawaiian pizza, Boston cream pie, Yorkshire pudding with gravy, Peking duck pancakes and a Black Forest gateau. Kitchen closes at 22:00.",
                 "Menu du jour : salade niçoise, sole meunière, tarte Tatin, crêpes Suzette. Formule à 19,50 EUR.",
                 "Brunch: Eggs Florentine, Turkish eggs, Swedish cinnamon buns, Belgian waffles, Irish coffee."])

@neg("neg_python_reads_env_secret")
def _(c):
    return ("```python\nimport os\napi_key = os.environ[\"PAYMENT_API_KEY\"]\npassword = os.getenv(\"DB_PASSWORD\")\n"
            "if not api_key:\n    raise SystemExit(\"set PAYMENT_API_KEY first\")\n```\n" + c.ch(["Is this safer than hardcoding?", "Does this leak anything into the logs?"]))

@neg("neg_yaml_placeholders")
def _(c):
    return ("database:\n  host: ${DB_HOST}\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\napi:\n  key: <your-key-here>\n  timeout_ms: " + str(c.r.choice([1500, 3000, 5000, 10000])) + "\n")

@neg("neg_event_dates_schedule")
def _(c):
    return (f"Season calendar: registration opens {c.r.randint(1, 9)} March 2027, first match {c.r.randint(10, 20)} April 2027, final on 28 June 2027. "
            f"Fees: {c.r.choice([90, 120, 140])} EUR adults, 60 EUR juniors. Kit orders close 1 March.")

@neg("neg_price_table_markdown")
def _(c):
    return ("| Plan | Monthly | Yearly |\n|---|---|---|\n| Starter | " + str(c.r.choice([5, 9, 12])) + ".00 | 90.00 |\n| Team | 29.00 | 290.00 |\n| Business | 79.00 | 790.00 |")

@neg("neg_math_homework")
def _(c):
    a, b = c.r.randint(12, 99), c.r.randint(12, 99)
    return f"Solve for x: {a}x + {b} = {a * 7 + b}. Then check by substituting x = 7. Show every step and round to 2 decimal places where needed."

@neg("neg_sql_ddl_person_columns")
def _(c):
    return (f"CREATE TABLE {c.ch(['members', 'club_members', 'applicants'])} (\n  id BIGINT PRIMARY KEY,\n  given_name TEXT NOT NULL,\n  family_name TEXT NOT NULL,\n  date_of_birth DATE,\n"
            "  national_id VARCHAR(20),\n  iban VARCHAR(34)\n);")

@neg("neg_masked_values_receipt")
def _(c):
    return f"Paid with card •••• {c.digits(4)} on 2026-11-{c.r.randint(10, 28)}. Refund account DE•• •••• •••• •••• {c.digits(2)}. Phone on file: +49 ••• •••• {c.digits(2)}."

@neg("neg_historical_lecture_no_names")
def _(c):
    return (f"Lecture {c.r.randint(2, 12)} covers the Industrial Revolution: steam engines, textile mills, canals and the growth of railways between 1760 and 1840. "
            "Read chapter 3 before Thursday.")

@neg("neg_product_model_numbers")
def _(c):
    return f"Compatible with models XR-{c.digits(4)}, XR-{c.digits(4)}A and the 2025 refresh (part no. {c.digits(3)}-{c.digits(3)}-{c.digits(4)}). Not compatible with the Lite edition."

@neg("neg_hash_and_uuid_log")
def _(c):
    return (f"2026-11-29T10:11:12Z INFO job={c.alnum(8, '0123456789abcdef')}-{c.alnum(4, '0123456789abcdef')}-4{c.alnum(3, '0123456789abcdef')}-a{c.alnum(3, '0123456789abcdef')}-{c.alnum(12, '0123456789abcdef')} "
            f"sha256={c.alnum(64, '0123456789abcdef')} status=done duration_ms={c.r.randint(20, 900)}")

@neg("neg_regex_validation_question")
def _(c):
    return c.ch([r"How do I write a regex for a Spanish DNI (8 digits + letter) and check the letter with mod 23? I only need the pattern, not real numbers.", r"What is the check-digit rule for a Polish PESEL? Explain the weights 1-3-7-9, no example numbers please."])

@neg("neg_recipe_steps")
def _(c):
    return f"Preheat the oven to {c.r.choice([170, 180, 190])} °C. Mix {c.r.choice([200, 250, 300])} g flour, 2 eggs and 120 ml milk. Bake for 35 minutes, then rest 10 minutes before slicing."

@neg("neg_weather_report_countries")
def _(c):
    return f"Heavy snow is expected across the Alps this weekend, with milder air over Portugal and Spain. Temperatures drop to -{c.r.randint(4, 15)} °C at altitude."

@neg("neg_iban_format_explainer")
def _(c):
    return "An IBAN starts with a two-letter country code and two check digits, followed by the national account number; the total length depends on the country (for example " + str(c.r.choice([18, 22, 24, 27])) + " characters)."

@neg("neg_api_docs_placeholder_key")
def _(c):
    return "Send the header `Authorization: Bearer YOUR_API_KEY`. Keys start with a fixed prefix and are shown once; store them in a secret manager, never in code. Rotate them every " + str(c.r.choice([30, 60, 90])) + " days."

@neg("neg_sports_results")
def _(c):
    return f"Results: home {c.r.randint(0, 5)}-{c.r.randint(0, 5)} away, attendance {c.r.randint(8, 60)},{c.digits(3)}. Next fixture Saturday 15:00, kick-off may move for TV."

@neg("neg_git_log_no_author")
def _(c):
    return (f"commit {c.alnum(40, '0123456789abcdef')}\n\n    fix: handle empty batch in exporter\n\ncommit {c.alnum(40, '0123456789abcdef')}\n\n    chore: bump parser to 2.3.1")

@neg("neg_port_and_version_table")
def _(c):
    return f"Service ports: api {c.r.choice([8080, 8000, 5000])}, metrics 9090, grpc 50051. Supported versions: 1.2.0, 1.3.4, 2.0.0-rc.1. TLS 1.3 only."

@neg("neg_flight_board")
def _(c):
    return f"Departures: LH{c.r.randint(100, 999)} 07:15 gate B{c.r.randint(1, 40)} boarding; BA{c.r.randint(100, 999)} 07:40 delayed 25 min; KL{c.r.randint(1000, 1999)} 08:05 on time."

@neg("neg_legal_boilerplate")
def _(c):
    return f"This agreement is governed by the laws of the applicable jurisdiction. Either party may terminate with {c.r.choice([14, 30, 60, 90])} days' written notice. Section {c.r.randint(3, 9)}.2 survives termination."

@neg("neg_unit_conversion_chat")
def _(c):
    return f"how many cups is {c.r.randint(200, 900)} ml? and what is 350 F in celsius, my oven only shows C"

@neg("neg_lottery_and_isbn")
def _(c):
    return f"Winning numbers: {' '.join(str(x) for x in sorted(c.r.sample(range(1, 50), 6)))}. Book ISBN 978-0-{c.digits(3)}-{c.digits(5)}-{c.digits(1)} is back in stock."

@neg("neg_de_produktbeschreibung", "de")
def _(c):
    return f"Die Kaffeemaschine hat einen 1,{c.r.randint(2, 9)}-Liter-Tank, 15 bar Pumpendruck und eine Abschaltautomatik nach 20 Minuten. Garantie: 2 Jahre."

@neg("neg_fr_horaires_mairie", "fr")
def _(c):
    return "Horaires d'ouverture : du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h. Fermeture exceptionnelle le " + str(c.r.randint(20, 31)) + " décembre."

@neg("neg_es_instrucciones_lavadora", "es")
def _(c):
    return "Seleccione el programa de algodón a 40 grados, añada el detergente en el compartimento II y pulse inicio. El ciclo dura 2 horas y " + str(c.r.randint(5, 55)) + " minutos."

@neg("neg_it_orari_museo", "it")
def _(c):
    return "Il museo è aperto dal martedì alla domenica, dalle 9:00 alle 19:00. Biglietto intero " + str(c.r.randint(10, 18)) + " euro, ridotto 8 euro."

@neg("neg_pt_receita_bolo", "pt")
def _(c):
    return "Misture 3 ovos, 2 xícaras de açúcar e 1 xícara de óleo. Asse por " + str(c.r.randint(30, 50)) + " minutos a 180 graus."

@neg("neg_ja_product_faq", "ja")
def _(c):
    return "このモデルは充電に約2時間かかります。保証期間は購入日から1年間です。型番：KX-" + c.digits(4) + "。"

@neg("neg_zh_announcement", "zh")
def _(c):
    return "系统将于本周六凌晨2点至4点进行维护，届时服务暂停。版本号升级为3.2." + str(c.r.randint(1, 9)) + "。"

@neg("neg_ko_ui_strings", "ko")
def _(c):
    return "설정 > 알림 > 소리 켜기. 저장 버튼을 누르면 변경 사항이 적용됩니다. 버전 5.4." + str(c.r.randint(1, 9))

@neg("neg_ar_service_notice", "ar")
def _(c):
    return "سيتم إغلاق المكتب يوم الجمعة بمناسبة العطلة الرسمية. ساعات العمل من ٨ صباحاً حتى " + c.ch(["٢", "٣", "٤"]) + " مساءً."

@neg("neg_ru_news_snippet", "ru")
def _(c):
    return "В выходные ожидается снег и гололёд, температура опустится до минус " + c.ch(["десяти", "двенадцати", "пятнадцати"]) + " градусов. Водителям советуют сменить шины."

@neg("neg_tr_kampanya_sms", "tr")
def _(c):
    return "Kasım kampanyası: tüm ürünlerde %20 indirim, " + str(c.r.choice([300, 500, 750])) + " TL üzeri kargo bedava. Kampanya 30 Kasım'da sona erer."

@neg("neg_pl_instrukcja", "pl")
def _(c):
    return "Aby zresetować urządzenie, przytrzymaj przycisk zasilania przez " + str(c.r.choice([5, 10, 15])) + " sekund, aż dioda zacznie migać na niebiesko."

@neg("neg_nl_parkeerregels", "nl")
def _(c):
    return "Parkeren is betaald van maandag tot en met zaterdag tussen 9:00 en 21:00. Het tarief is " + c.ch(["3,20", "4,50", "5,10"]) + " euro per uur."

@neg("neg_sv_tvattrad", "sv")
def _(c):
    return "Tvätta på 40 grader, använd inte blekmedel och torka plant. Plagget kan krympa upp till " + str(c.r.randint(2, 5)) + " procent."

@neg("neg_hi_tech_tip", "hi")
def _(c):
    return "फ़ोन की बैटरी बचाने के लिए स्क्रीन की चमक कम करें और अनावश्यक ऐप्स बंद करें। अपडेट संस्करण 14." + str(c.r.randint(1, 9)) + " है।"
