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

@neg("neg_historical_lecture_no_names")
def _(c):
    return (f"Lecture {c.r.randint(2, 12)} covers the Industrial Revolution: steam engines, textile mills, canals and the growth of railways between 1760 and 1840. "
            "Read chapter 3 before Thursday.")

@neg("neg_product_model_numbers")
def _(c):
    return f"Compatible with models XR-{c.digits(4)}, XR-{c.digits(4)}A and the 2025 refresh (part no. {c.digits(3)}-{c.digits(3)}-{c.digits(4)}). Not compatible with the Lite edition."

@neg("neg_recipe_steps")
def _(c):
    return f"Preheat the oven to {c.r.choice([170, 180, 190])} °C. Mix {c.r.choice([200, 250, 300])} g flour, 2 eggs and 120 ml milk. Bake for 35 minutes, then rest 10 minutes before slicing."

@neg("neg_legal_boilerplate")
def _(c):
    return f"This agreement is governed by the laws of the applicable jurisdiction. Either party may terminate with {c.r.choice([14, 30, 60, 90])} days' written notice. Section {c.r.randint(3, 9)}.2 survives termination."

@neg("neg_unit_conversion_chat")
def _(c):
    return f"how many cups is {c.r.randint(200, 900)} ml? and what is 350 F in celsius, my oven only shows C"

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


@neg("neg_board_game_rules")
def _(c):
    return (f"Setup: each player takes {c.r.choice([2, 3])} settlements and 1 road. Roll two dice; on a {c.r.choice([7, 12])} every player with more than "
            f"{c.r.choice([7, 8, 9])} cards discards half. First to 10 victory points wins.")

@neg("neg_fire_drill_notice")
def _(c):
    return (f"Fire alarm test every Wednesday at {c.r.choice(['10:00', '11:30', '14:00'])}. In a real alarm leave by the nearest exit and go to "
            f"assembly point {c.r.choice('ABCD')}. Do not use the lifts. Wardens wear yellow vests.")

@neg("neg_rail_fare_rules")
def _(c):
    return (f"Off-peak return tickets are valid for {c.r.choice(['one month', '30 days'])}. Travel before 09:30 needs an anytime ticket. "
            f"A railcard saves 1/3 on most fares; the fee is {c.r.choice(['30', '35'])}.00 a year.")

@neg("neg_printer_error_codes")
def _(c):
    return (f"Error E-{c.digits(4)}: paper jam in tray {c.r.randint(1, 3)}. Error W-{c.digits(3)}: toner low. "
            f"Firmware {c.r.randint(1, 4)}.{c.r.randint(10, 30)}.{c.r.randint(0, 9)} fixes the duplex fault; hold Stop for 5 s to reset.")

@neg("neg_spreadsheet_formula_help")
def _(c):
    return (f"How do I sum column C only where column A is on or after 2026-01-01? I tried =SUMIFS(C:C, A:A, \">=2026-01-01\") "
            f"but it returns 0 for rows {c.r.randint(2, 9)} to {c.r.randint(200, 900)}.")

@neg("neg_bash_loop_question")
def _(c):
    return ("for f in reports/*.csv; do\n  wc -l \"$f\"\ndone | sort -n | tail -" + str(c.r.randint(3, 9)) +
            "\nwhy does this print the total line last and how do I drop it?")

@neg("neg_tax_band_table")
def _(c):
    return ("| Band | Income | Rate |\n|---|---|---|\n| Personal allowance | 0 - 12,570 | 0% |\n| Basic | 12,571 - 50,270 | 20% |\n"
            f"| Higher | 50,271 - 125,140 | {c.r.choice([40, 41, 42])}% |")

@neg("neg_parking_permit_zones")
def _(c):
    return (f"Zone {c.r.choice('CDEF')} permits are valid Monday to Saturday, 08:00-18:30. Visitor vouchers cost {c.r.choice(['2.50', '3.00'])} per day, "
            f"maximum {c.r.choice([30, 50, 60])} per year per household.")

@neg("neg_hiking_route_profile")
def _(c):
    return (f"Route profile: {c.r.randint(11, 19)}.4 km, ascent {c.r.randint(500, 900)} m, about {c.r.randint(4, 7)} hours. "
            f"The path follows the ridge after the second stile; carry 2 litres of water, no refill points.")


@neg("neg_project_origin_story")
def _(c):
    return (f"The project was born on {c.r.randint(2, 28)} March {c.r.randint(2012, 2018)} as a weekend hack, turned {c.r.randint(5, 9)} this year "
            f"and now has {c.r.randint(120, 480)} contributors. Version 1.0 shipped on 4 July 2019.")

@neg("neg_password_policy_text")
def _(c):
    return (f"Password rules: at least {c.r.choice([12, 14, 16])} characters, one digit, one symbol; no reuse of the last "
            f"{c.r.choice([5, 10])} passwords. PINs must be 6 digits and may not be sequential. Recovery codes are shown once.")

@neg("neg_api_error_response_json")
def _(c):
    return ('{"error":{"type":"invalid_request_error","code":"invalid_api_key","message":"The API key provided is not valid or has been revoked.",'
            f'"request_id":"req_{c.alnum(12, "0123456789abcdef")}","status":401}}}}')

@neg("neg_checkout_form_labels")
def _(c):
    return (f"Payment step {c.r.randint(2, 3)} of 4\nCard number: ____ ____ ____ ____\nExpiry (MM/YY): __/__   CVC: ___\n"
            "Name on card: ________\nBilling postcode: ______\n[ ] Save card for next time")

@neg("neg_age_statistics_table")
def _(c):
    return ("| Year | Median age at first marriage | Births per 1,000 |\n|---|---|---|\n"
            f"| 2023 | {c.r.randint(30, 32)}.{c.r.randint(0, 9)} | 9.{c.r.randint(0, 9)} |\n| 2024 | 31.{c.r.randint(0, 9)} | 8.{c.r.randint(0, 9)} |")
