"""Positive frames in languages other than English (one or two per language), in their own scripts."""
from v5_core import (E, R, pick, Person, people, email_for, street, city, postcode, phone, fmt_dob, dob_date, card,
                     iban, api_key, password, pin, recovery_code, ipv4, passport, dl, digits, hexs, b62, ORGS, translit,
                     handle, nid_es_dni, nid_nl_bsn, nid_pl_pesel, nid_br_cpf, nid_se_pnr, nid_cn, nid_kr, nid_tr, nid_il,
                     nid_gr_amka, nid_in_aadhaar, nid_th, nid_ro_cnp, nid_cz, nid_fi, nid_dk, nid_jp_mynumber, nid_ae,
                     nid_sa, nid_ir, nid_ua_rnokpp, nid_ru_snils, nid_hu_taj, nid_id_nik, nid_vn_cccd, nid_ke,
                     nid_my_mykad, nid_fr_nir, nid_pt_nif, opt)
from v5_frames_en import frame, P, mail, org


def dob(lang, lo=1950, hi=2005, p=None):
    y, m, d = dob_date(lo, hi)
    if p is not None:
        p.dob = (y, m, d)
    return (y, m, d), E("DATE_OF_BIRTH", fmt_dob(lang, y, m, d))


def addr(c, order="std"):
    s, pc, ci = E("LOCATION", street(c)), E("POSTAL_CODE", postcode(c)), E("LOCATION", city(c))
    if order == "pc_city":
        return f"{s}, {pc} {ci}"
    if order == "city_pc":
        return f"{s}, {ci} {pc}"
    if order == "ru":
        return f"{pc}, г. {ci}, {s}"
    return f"{s}, {pc} {ci}"


@frame("de_email_kuendigung_signatur", "de")
def de_mail():
    a, b = people("de", 2)
    (y, m, d), db = dob("de", p=a)
    return (f"Kannst du das höflicher formulieren?\n\nBetreff: Kündigung Mitgliedsvertrag\n\n{'Sehr geehrte Frau' if b.sex == 'F' else 'Sehr geehrter Herr'} {P(b.family)},\n\n"
            f"hiermit kündige ich meinen Vertrag zum nächstmöglichen Zeitpunkt. Mitglied: {P(a.full)}, geb. {db}.\n"
            f"Bitte überweisen Sie das Guthaben auf mein Konto {E('IBAN', iban('DE'))}.\n\nMit freundlichen Grüßen\n{P(a.full)}\n" +
            opt(f"{addr('de')}\n", .4) + opt(f"Tel. {E('PHONE', phone('de'))}\n", .4) + "\n" +
            f"> Am 12.11.2025 schrieb {P(b.full)}:\n> Ihre Mitgliedschaft verlängert sich automatisch.")


@frame("de_ocr_meldeschein", "de")
def de_ocr():
    p = Person("de")
    (y, m, d), db = dob("de", 1950, 2004, p)
    return ("Bitte aus dem Scan die Felder als Tabelle:\n\n"
            f"Familienname :  {P(p.family.upper())}\nVorname(n) :  {P(p.given)}\nGeburtsdatum :  {db}\n"
            f"Anschrift :  {E('LOCATION', street('de'))}  ,  {E('POSTAL_CODE', postcode('de'))}  {E('LOCATION', city('de'))}\n"
            f"Personalausweis-Nr. :  {E('NATIONAL_ID', pick('CFGHJKLMNPRTVWXYZ') + ''.join(R.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8)))}\n"
            f"Führerschein-Nr. :  {E('DRIVER_LICENSE', dl('de'))}\nUnterschrift :  {P(p.family)}")


@frame("fr_sms_transfere_proprio", "fr")
def fr_sms():
    a, b = Person("fr", sex="F"), Person("fr", sex="M")
    return (f"Message transféré de {E('PHONE', phone('fr', True))} :\n« Bonjour, c'est {P(a.full)}, la propriétaire. Pour le dépôt de garantie, "
            f"virez sur {E('IBAN', iban('FR'))} au nom de {P(b.full)}, mon compagnon. L'appartement : {E('LOCATION', street('fr'))}, "
            f"{E('POSTAL_CODE', postcode('fr'))} {E('LOCATION', city('fr'))}. Le code de l'immeuble est {E('SECRET', pick('AB') + digits(4))}. »\n\n"
            "C'est normal que l'IBAN soit au nom d'une autre personne ? Ça sent l'arnaque ?")


@frame("fr_export_crm_clients", "fr")
def fr_crm():
    rows = []
    for _ in range(2):
        p = Person("fr")
        y, m, d = dob_date(1950, 2000)
        db = E('DATE_OF_BIRTH', fmt_dob('fr', y, m, d, 'num'))
        rows.append(f"{P(p.family)};{P(p.given)};{db};{E('PHONE', phone('fr'))};{E('NATIONAL_ID', nid_fr_nir(y, m, d, p.sex))}")
    return ("Peux-tu vérifier les doublons dans cet export ?\n\nnom;prénom;date_naissance;tel;num_secu\n" + "\n".join(rows))


@frame("es_whatsapp_minusculas", "es")
def es_chat():
    a, b, c = people("es", 3)
    return (f"[10/11/25, 21:14] {P(a.given)}: chicos 🍷 la cena del sábado es en casa de {P(b.given.lower())}\n"
            f"[10/11/25, 21:15] {P(b.given)}: sí!! {E('LOCATION', street('es').lower())}, {E('LOCATION', city('es').lower())}, el portero es el {E('SECRET', digits(4))}\n"
            f"[10/11/25, 21:15] {P(c.given)}: yo llevo el vino" + opt(f". {P(a.given.lower())} me pasas el número de tu primo?\n[10/11/25, 21:16] {P(a.given)}: {E('PHONE', phone('es'))}", .4) + "\n\n" +
            "resúmeme quién lleva qué")


@frame("es_solicitud_alquiler_dni", "es")
def es_form():
    p = Person("es")
    (y, m, d), db = dob("es", p=p)
    return (f"Ayúdame a redactar esto para la inmobiliaria:\nNombre: {P(p.full)}\nDNI: {E('NATIONAL_ID', nid_es_dni())}\nFecha de nacimiento: {db}\n"
            f"Domicilio actual: {E('LOCATION', street('es'))}, {E('POSTAL_CODE', postcode('es'))} {E('LOCATION', city('es'))}\n"
            f"Trabajo en {org('es')} desde 2019. Nómina domiciliada en {E('IBAN', iban('ES'))}.\nMóvil {E('PHONE', phone('es', True))}")


@frame("it_email_fattura_pec", "it")
def it_mail():
    a, b = people("it", 2)
    return (f"Da: {P(a.full)} <{mail(a)}>\nA: amministrazione\nOggetto: fattura n. 2025/0{R.randint(100, 999)} non pagata\n\n"
            f"Buongiorno, come da accordi vi chiedo di saldare su {E('IBAN', iban('IT'))} intestato a {E('ORGANIZATION', pick(ORGS['it']))}.\n"
            f"Per urgenze chiamate {P(b.given)} in ufficio.\nCordiali saluti\n{P(a.full)}\n" +
            opt(f"{E('LOCATION', street('it'))}, {E('POSTAL_CODE', postcode('it'))} {E('LOCATION', city('it'))}\n", .35) + "\n"
            "Puoi riscriverla in modo più deciso ma cortese?")


@frame("pt_br_cadastro_sql", "pt")
def pt_sql():
    rows = []
    for _ in range(2):
        p = Person("pt")
        (y, m, d), db = dob("pt", 1960, 2005, p)
        rows.append(f"('{P(p.full)}', '{E('NATIONAL_ID', nid_br_cpf())}', '{E('DATE_OF_BIRTH', f'{y}-{m:02d}-{d:02d}')}', '{E('PHONE', phone('br'))}')")
    return ("Esse INSERT dá erro de aspas, pode corrigir?\n\nINSERT INTO clientes (nome, cpf, nascimento, celular) VALUES\n" + ",\n".join(rows) + ";")


@frame("pt_pt_email_senhorio_nif", "pt")
def pt_mail():
    p = Person("pt")
    return (f"Olá, o meu nome é {P(p.full)}, NIF {E('NATIONAL_ID', nid_pt_nif())}. Escrevo sobre o contrato da casa na "
            f"{E('LOCATION', pick(['Rua do Almada', 'Avenida da Liberdade', 'Rua de Santa Catarina']) + ', ' + str(R.randint(2, 300)))}, "
            f"{E('POSTAL_CODE', f'{R.randint(1000, 4999)}-{R.randint(0, 999):03d}')} {E('LOCATION', pick(['Lisboa', 'Porto', 'Braga', 'Coimbra']))}. "
            f"A renda passa a ser paga para {E('IBAN', iban('PT'))}. Contacto: {E('PHONE', '+351 9' + digits(2) + ' ' + digits(3) + ' ' + digits(3))}.\n\nTraduz isto para inglês, por favor.")


@frame("nl_vcard_bsn_huisarts", "nl")
def nl_card():
    p = Person("nl")
    (y, m, d), db = dob("nl", p=p)
    return (f"Kun je dit contact opschonen en de BSN eruit halen voor ik het deel?\n\nBEGIN:VCARD\nVERSION:4.0\nFN:{P(p.full)}\n"
            f"TEL;TYPE=cell:{E('PHONE', phone('nl'))}\nEMAIL:{mail(p)}\nADR:;;{E('LOCATION', street('nl'))};{E('LOCATION', city('nl'))};;{E('POSTAL_CODE', postcode('nl'))};Nederland\n"
            f"BDAY:{E('DATE_OF_BIRTH', f'{y}{m:02d}{d:02d}')}\nNOTE:BSN {E('NATIONAL_ID', nid_nl_bsn())} - huisarts {E('ORGANIZATION', pick(['Huisartsenpraktijk De Linde', 'Huisartsenpraktijk Het Anker', 'Gezondheidscentrum Oosterpoort']))}\nEND:VCARD")


@frame("pl_formularz_pesel", "pl")
def pl_form():
    p = Person("pl")
    y, m, d = dob_date(1950, 2008)
    return (f"Sprawdź proszę, czy dobrze wypełniłam:\nImię i nazwisko: {P(p.full)}\nPESEL: {E('NATIONAL_ID', nid_pl_pesel(y, m, d, p.sex))}\n"
            f"Data urodzenia: {E('DATE_OF_BIRTH', fmt_dob('pl', y, m, d))}\nAdres: {E('LOCATION', street('pl'))}" +
            f", {E('POSTAL_CODE', postcode('pl'))} {E('LOCATION', city('pl'))}\nNr dowodu osobistego: {E('NATIONAL_ID', ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + digits(6))}")


@frame("ru_telegram_chat", "ru")
def ru_chat():
    a, b = people("ru", 2)
    return (f"{P(a.given)}: {P(b.given)}, скинь данные для пропуска\n{P(b.given)}: {P(b.full)}, паспорт {E('NATIONAL_ID', digits(2) + ' ' + digits(2) + ' ' + digits(6))}, "
            f"тел {E('PHONE', phone('ru'))}\n"
            f"{P(a.given)}: ок, адрес офиса {E('POSTAL_CODE', postcode('ru'))}, г. {E('LOCATION', city('ru'))}, {E('LOCATION', street('ru'))}\n\nСоставь из этого письмо охране.")


@frame("ru_snils_zayavlenie", "ru")
def ru_form():
    p = Person("ru")
    (y, m, d), db = dob("ru", 1950, 2005, p)
    return (f"Проверь заявление:\nФИО: {P(p.family)} {P(p.given)} {pick(['Сергеевич', 'Андреевич', 'Игоревич']) if p.sex == 'M' else pick(['Сергеевна', 'Андреевна', 'Игоревна'])}\n"
            f"Дата рождения: {db}\nСНИЛС: {E('NATIONAL_ID', nid_ru_snils())}\nАдрес: {addr('ru', 'ru')}\nЗагранпаспорт: {E('PASSPORT', passport('ru'))}")


@frame("uk_lyst_orendodavtsyu", "uk")
def uk_mail():
    p = Person("uk")
    (y, m, d), db = dob("uk", 1960, 2004, p)
    return (f"Перекладіть, будь ласка, англійською:\n\nШановний пане, я, {P(p.full)}, {db} р. н., РНОКПП {E('NATIONAL_ID', nid_ua_rnokpp(y, m, d, p.sex))}, "
            f"прошу повернути депозит на рахунок {E('IBAN', iban('UA'))}. Моя адреса: {E('LOCATION', street('ua'))}, м. {E('LOCATION', city('ua'))}, {E('POSTAL_CODE', postcode('ua'))}. "
            f"Телефон {E('PHONE', phone('ua', True))}.\nЗ повагою, {P(p.given)}")


@frame("el_forma_amka", "el")
def el_form():
    p = Person("el")
    y, m, d = dob_date(1950, 2005)
    return (f"Συμπλήρωσα αυτή τη φόρμα, είναι σωστή;\nΕπώνυμο: {P(p.family)}\nΌνομα: {P(p.given)}\nΗμ. γέννησης: {E('DATE_OF_BIRTH', fmt_dob('el', y, m, d))}\n"
            f"ΑΜΚΑ: {E('NATIONAL_ID', nid_gr_amka(y, m, d))}\nΔιεύθυνση: {E('LOCATION', street('gr'))}, {E('POSTAL_CODE', postcode('gr'))} {E('LOCATION', city('gr'))}\n"
            f"Κινητό: {E('PHONE', phone('gr'))}")


@frame("ar_whatsapp_iqama", "ar")
def ar_chat():
    a, b = people("ar", 2)
    (y, m, d), db = dob("ar", 1960, 2004, b)
    return (f"{P(a.given)}: السلام عليكم، أرسل لي بيانات الكفيل لو سمحت\n{P(b.given)}: الاسم {P(b.full)}، رقم الهوية {E('NATIONAL_ID', nid_sa())}، "
            f"تاريخ الميلاد {db}\n" + opt(f"{P(b.given)}: الجوال {E('PHONE', phone('sa'))}، {E('LOCATION', city('sa'))}\n", .5) +
            f"{P(a.given)}: جزاك الله خير\n\nلخص لي هذه المحادثة بالإنجليزية")


@frame("ar_uae_bank_email", "ar")
def ar_mail():
    p = Person("ar")
    y, m, d = dob_date(1960, 2000)
    return (f"السادة {E('ORGANIZATION', pick(ORGS['ar']))}،\nأرجو تحديث بياناتي: الاسم {P(p.full)}، رقم الهوية الإماراتية {E('NATIONAL_ID', nid_ae(y))}، "
            f"رقم الحساب {E('IBAN', iban('AE'))}، الهاتف {E('PHONE', phone('ae', True))}، البريد {mail(p)}.\nمع الشكر\n\nهل الصياغة رسمية بما يكفي؟")


@frame("he_sms_tz_clinic", "he")
def he_sms():
    p = Person("he")
    (y, m, d), db = dob("he", 1950, 2010, p)
    return (f"קיבלתי הודעה, זה אמיתי?\n\n\"שלום {P(p.given)}, תור ל{E('ORGANIZATION', 'מרפאת שיניים הגליל')} אושר. פרטי המטופל: {P(p.full)}, ת.ז. {E('NATIONAL_ID', nid_il())}, "
            f"תאריך לידה {db}. לאישור השב לטלפון {E('PHONE', phone('il'))} או היכנס ל-{E('URL', 'https://tor-clinic.example.co.il/c/' + b62(10))}\"")


@frame("hi_aadhaar_form_whatsapp", "hi")
def hi_form():
    p = Person("hi")
    (y, m, d), db = dob("hi", 1950, 2008, p)
    return (f"नमस्ते, यह फ़ॉर्म सही भरा है क्या?\nनाम: {P(p.full)}\nजन्म तिथि: {db}\nआधार संख्या: {E('NATIONAL_ID', nid_in_aadhaar())}\n"
            f"पता: {E('LOCATION', street('in'))}, {E('LOCATION', city('in'))} - {E('POSTAL_CODE', postcode('in'))}\nमोबाइल: {E('PHONE', phone('in', True))}\n"
            f"बैंक: {E('ORGANIZATION', pick(ORGS['hi']))}")


@frame("zh_wechat_baoxiao", "zh")
def zh_chat():
    a, b = people("zh", 2)
    y, m, d = dob_date(1960, 2003)
    return (f"{P(a.full)}：{P(b.given)}，报销单上要填你的身份证号\n{P(b.full)}：{E('NATIONAL_ID', nid_cn(y, m, d, b.sex))}，出生日期{E('DATE_OF_BIRTH', fmt_dob('zh', y, m, d))}\n"
            f"{P(a.full)}：好的👌 收款卡号呢\n{P(b.full)}：{E('CREDIT_CARD', card('unionpay', ''))}\n\n帮我把这些整理成表格")


@frame("zh_kuaidi_dizhi", "zh")
def zh_addr():
    p = Person("zh")
    return (f"帮我把这个地址翻译成英文：\n收件人：{P(p.full)}\n电话：{E('PHONE', phone('cn', True))}\n"
            f"地址：{E('LOCATION', pick(['浙江省杭州市西湖区文三路', '广东省深圳市南山区科技园南路', '北京市朝阳区建国路', '四川省成都市武侯区人民南路']) + str(R.randint(1, 300)) + '号' + str(R.randint(1, 30)) + '栋' + str(R.randint(101, 2402)) + '室')}\n"
            f"邮编：{E('POSTAL_CODE', str(R.randint(100000, 610000)))}\n公司：{E('ORGANIZATION', pick(ORGS['zh']))}")


@frame("ja_email_signature_thread", "ja")
def ja_mail():
    a, b = Person("ja"), Person("ja")
    return (f"{P(a.family)}様\n\nいつもお世話になっております。{E('ORGANIZATION', pick(ORGS['ja']))}の{P(b.family)}です。\n"
            f"先日の件、ご住所を〒{E('POSTAL_CODE', f'{R.randint(100, 999)}-{R.randint(0, 9999):04d}')} "
            f"{E('LOCATION', pick(['東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神', '北海道札幌市中央区北一条西']) + str(R.randint(1, 5)) + '-' + str(R.randint(1, 30)) + '-' + str(R.randint(1, 20)))}"
            f"に変更いたしました。\n\n--\n{P(b.full)}\nTEL: {E('PHONE', phone('jp'))}\nMail: {E('EMAIL', ROMAJI.get(b.family, 'info') + '.' + str(R.randint(1, 99)) + '@midori-shoji.co.jp')}\n\n"
            "この返信を英語で要約してください。")


ROMAJI = {"佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi", "田中": "tanaka", "伊藤": "ito", "渡辺": "watanabe",
          "山本": "yamamoto", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato"}


@frame("ja_mynumber_form", "ja")
def ja_form():
    p = Person("ja")
    (y, m, d), db = dob("ja", 1950, 2005, p)
    return (f"以下の内容で申請して大丈夫？\n氏名：{P(p.full)}\n生年月日：{db}\nマイナンバー：{E('NATIONAL_ID', nid_jp_mynumber())}\n"
            f"運転免許証番号：{E('DRIVER_LICENSE', dl('jp'))}\n電話：{E('PHONE', phone('jp'))}")


@frame("ko_kakao_rrn", "ko")
def ko_chat():
    a, b = people("ko", 2)
    y, m, d = dob_date(1960, 2005)
    return (f"{P(a.full)}: {P(b.given)}아, 보험 가입하는데 주민번호 좀\n{P(b.full)}: {E('NATIONAL_ID', nid_kr(y, m, d, b.sex))}\n" +
            opt(f"{P(a.full)}: 주소도\n{P(b.full)}: {E('LOCATION', pick(['서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로', '경기도 성남시 분당구 판교역로']) + ' ' + str(R.randint(1, 400)))}\n", .5) +
            "\n이 대화 내용 영어로 번역해줘")


@frame("ko_resume_email", "ko")
def ko_mail():
    p = Person("ko")
    (y, m, d), db = dob("ko", 1970, 2002, p)
    g = pick(["studio", "design", "folio", "works"]) + "-" + hexs(4)
    return (f"안녕하세요, 지원자 {P(p.full)}입니다. 생년월일 {db}, 연락처 {E('PHONE', phone('kr', True))}, "
            f"포트폴리오는 {E('URL', 'https://' + g + '-portfolio.example.kr')} 입니다. 현재 {E('ORGANIZATION', pick(ORGS['ko']))}에 재직 중입니다.\n\n이 자기소개를 더 자연스럽게 고쳐줘")


@frame("th_line_chat_booking", "th")
def th_chat():
    a, b = people("th", 2)
    (y, m, d), db = dob("th", 1960, 2004, b)
    return (f"{P(a.given)}: พี่ขอข้อมูลจองโรงแรมหน่อยค่ะ 🙏\n{P(b.given)}: ชื่อ {P(b.full)} เกิด {db}\n"
            f"{P(b.given)}: เลขบัตรประชาชน {E('NATIONAL_ID', nid_th())} เบอร์ {E('PHONE', phone('th'))}\n" +
            opt(f"{P(a.given)}: ที่อยู่ด้วยค่ะ\n{P(b.given)}: {E('LOCATION', street('th'))} {E('LOCATION', city('th'))}\n", .4) + "\nช่วยสรุปเป็นภาษาอังกฤษ")


@frame("tr_kargo_sikayet_email", "tr")
def tr_mail():
    p = Person("tr")
    return (f"Merhaba, {P(p.full)} adına gelen kargo teslim edilmedi. TC Kimlik No: {E('NATIONAL_ID', nid_tr())}\n"
            f"Adres: {E('LOCATION', street('tr'))} {E('POSTAL_CODE', postcode('tr'))} {E('LOCATION', city('tr'))}\nTel: {E('PHONE', phone('tr'))}\n"
            f"Ödeme kartım {E('CREDIT_CARD', card(pick(['troy', 'visa', 'mc'])))} iade oraya yapılsın.\n{P(p.given)}\n\nBunu daha resmi yazar mısın?")


@frame("vi_zalo_dang_ky", "vi")
def vi_chat():
    p = Person("vi")
    y, m, d = dob_date(1960, 2005)
    return (f"Em gửi thông tin đăng ký nhé:\nHọ tên: {P(p.full)}\nNgày sinh: {E('DATE_OF_BIRTH', fmt_dob('vi', y, m, d))}\nCCCD: {E('NATIONAL_ID', nid_vn_cccd(y, p.sex))}\n"
            f"Địa chỉ: {E('LOCATION', street('vn'))}, {E('LOCATION', city('vn'))}\nSĐT: {E('PHONE', phone('vn'))}\n\nDịch sang tiếng Anh giúp mình")


@frame("id_whatsapp_arisan_nik", "id")
def id_chat():
    a, b = people("id", 2)
    y, m, d = dob_date(1960, 2004)
    return (f"{P(a.given)}: bu, data buat BPJS ya\n{P(b.given)}: nama {P(b.full)}, NIK {E('NATIONAL_ID', nid_id_nik(y, m, d, b.sex))}, lahir {E('DATE_OF_BIRTH', fmt_dob('id', y, m, d))}\n" +
            opt(f"{P(b.given)}: alamat {E('LOCATION', street('id'))}, {E('LOCATION', city('id'))}, hp {E('PHONE', phone('id'))}\n", .4) + "\ntolong rapikan jadi formulir")


@frame("ms_borang_sewa_mykad", "ms")
def ms_form():
    p = Person("ms")
    y, m, d = dob_date(1960, 2003)
    return (f"Tolong semak borang ini:\nNama: {P(p.full)}\nNo. MyKad: {E('NATIONAL_ID', nid_my_mykad(y, m, d, p.sex))}\nAlamat: {E('LOCATION', street('my'))}, "
            f"{E('POSTAL_CODE', postcode('my'))} {E('LOCATION', city('my'))}\nTel: {E('PHONE', phone('my'))}\nMajikan: {E('ORGANIZATION', pick(['Syarikat Cahaya Timur Sdn Bhd', 'Klinik Mesra Ampang', 'Bina Jaya Enterprise']))}")


@frame("sv_mejl_personnummer", "sv")
def sv_mail():
    p = Person("sv")
    y, m, d = dob_date(1950, 2005)
    return (f"Hej! Kan du översätta det här till engelska?\n\nJag heter {P(p.full)}, personnummer {E('NATIONAL_ID', nid_se_pnr(y, m, d, p.sex))}. Jag bor på "
            f"{E('LOCATION', street('se'))}, {E('POSTAL_CODE', postcode('se'))} {E('LOCATION', city('se'))}. Lönen betalas till {E('IBAN', iban('SE'))} hos {E('ORGANIZATION', pick(ORGS['sv']))}.\n"
            f"Mvh {P(p.given)}")


@frame("cs_email_rodne_cislo", "cs")
def cs_mail():
    p = Person("cs")
    y, m, d = dob_date(1950, 2005)
    return (f"Dobrý den, posílám údaje k pojistce: {P(p.full)}, nar. {E('DATE_OF_BIRTH', fmt_dob('cs', y, m, d))}, r. č. {E('NATIONAL_ID', nid_cz(y, m, d, p.sex))}, "
            f"bytem {E('LOCATION', street('cz'))}, {E('POSTAL_CODE', postcode('cz'))} {E('LOCATION', city('cz'))}. Účet: {E('IBAN', iban('CZ'))}.\n"
            f"S pozdravem {P(p.full)}\n\nJe to formálně v pořádku?")


@frame("ro_cerere_cnp", "ro")
def ro_form():
    p = Person("ro")
    y, m, d = dob_date(1950, 2005)
    return (f"Subsemnatul/a {P(p.full)}, CNP {E('NATIONAL_ID', nid_ro_cnp(y, m, d, p.sex))}, născut/ă la {E('DATE_OF_BIRTH', fmt_dob('ro', y, m, d))}, "
            f"domiciliat/ă în {E('LOCATION', city('ro'))}, {E('LOCATION', street('ro'))}, cod poștal {E('POSTAL_CODE', postcode('ro'))}, "
            f"telefon {E('PHONE', phone('ro'))}, solicit eliberarea adeverinței.\n\nPoți corecta gramatica?")


@frame("hu_urlap_taj", "hu")
def hu_form():
    p = Person("hu")
    (y, m, d), db = dob("hu", 1950, 2005, p)
    return (f"Ellenőrizd kérlek:\nNév: {P(p.full)}\nSzületési idő: {db}\nTAJ szám: {E('NATIONAL_ID', nid_hu_taj())}\n"
            f"Lakcím: {E('POSTAL_CODE', postcode('hu'))} {E('LOCATION', city('hu'))}, {E('LOCATION', street('hu'))}\nBankszámla: {E('IBAN', iban('HU'))}")


@frame("fi_viesti_hetu", "fi")
def fi_msg():
    p = Person("fi")
    y, m, d = dob_date(1950, 2010)
    return (f"Moi! Tässä tiedot vuokrasopimukseen: {P(p.full)}, hetu {E('NATIONAL_ID', nid_fi(y, m, d))}, puh. {E('PHONE', phone('fi'))}, "
            f"osoite {E('LOCATION', street('fi'))}, {E('POSTAL_CODE', postcode('fi'))} {E('LOCATION', city('fi'))}. Tilinumero {E('IBAN', iban('FI'))}.\nTerveisin {P(p.given)}\n\nKäännä englanniksi")


@frame("da_sms_cpr_tandlaege", "da")
def da_sms():
    p = Person("da")
    y, m, d = dob_date(1950, 2012)
    return (f"Hej {P(p.given)}, vi mangler dit CPR-nr. til tandlægen. Er det {E('NATIONAL_ID', nid_dk(y, m, d, p.sex))}? Og bor du stadig på {E('LOCATION', street('dk'))}, "
            f"{E('POSTAL_CODE', postcode('dk'))} {E('LOCATION', city('dk'))}? Ring {E('PHONE', phone('dk'))}. Hilsen {P(Person('da').given)}\n\nHvad svarer jeg høfligt?")


@frame("sw_sms_mpesa_kodi", "sw")
def sw_sms():
    a, b = people("sw", 2)
    return (f"Habari {P(a.given)}, mimi ni {P(b.full)}, mwenye nyumba. Kodi ya mwezi huu tuma kwa M-Pesa namba {E('PHONE', phone('ke'))}. "
            f"Nyumba yako ni {E('LOCATION', street('ke'))}, {E('LOCATION', city('ke'))}. Kitambulisho changu ni {E('NATIONAL_ID', nid_ke())}. PIN ya lango ni {E('SECRET', pin(4))}.\n\n"
            "Tafsiri ujumbe huu kwa Kiingereza tafadhali")


@frame("fa_chat_code_melli", "fa")
def fa_chat():
    a, b = people("fa", 2)
    (y, m, d), db = dob("fa", 1960, 2004, b)
    return (f"{P(a.given)}: سلام، برای ثبت‌نام کلاس اطلاعاتت رو بفرست\n{P(b.given)}: {P(b.full)}، کد ملی {E('NATIONAL_ID', nid_ir())}، تاریخ تولد {db}\n" +
            opt(f"{P(b.given)}: شماره {E('PHONE', phone('ir'))}، {E('LOCATION', city('ir'))}\n", .5) + "\nاین رو به انگلیسی خلاصه کن")


@frame("nl_ticket_export_nl", "nl")
def nl_ticket():
    p = Person("nl")
    return (f"Ticket #{R.randint(20000, 99999)} — klant: {P(p.full)}\nE-mail: {mail(p)}\nTel: {E('PHONE', phone('nl', True))}\n"
            f"Omschrijving: na de update kan ik niet meer inloggen, wachtwoord was {E('SECRET', password())}. IP thuis: {E('IP_ADDRESS', ipv4(False))}\n"
            f"Medewerker: {P(Person('nl').given)}\n\nSchrijf een antwoord namens de helpdesk")


@frame("de_env_kommentiert", "de")
def de_env():
    p = Person("de")
    return (f"# Zugangsdaten Produktion – NICHT committen! (Ansprechpartner: {P(p.full)}, {E('PHONE', phone('de'))})\n"
            f"DATABASE_URL=postgresql://shop:{E('SECRET', password('random'))}@{E('IP_ADDRESS', ipv4(True))}:5432/shop\n"
            f"STRIPE_SECRET_KEY={E('API_KEY', api_key('stripe'))}\nNOTION_TOKEN={E('API_KEY', api_key('notion'))}\nFIGMA_TOKEN={E('API_KEY', api_key('figma'))}\n\n"
            "Warum lädt Next.js diese Variablen nicht?")


@frame("fr_ticket_jira_cles", "fr")
def fr_jira():
    p = Person("fr")
    return (f"[OPS-{R.randint(1000, 9999)}] Clés exposées dans le dépôt\nRapporteur : {P(p.full)} ({mail(p)})\n\n"
            f"Bonjour, j'ai trouvé dans `config/prod.yml` :\n  atlassian_token: {E('API_KEY', api_key('atlassian'))}\n  aliyun_access_key_id: {E('API_KEY', api_key('alibaba'))}\n"
            f"  aliyun_access_key_secret: {E('SECRET', b62(30))}\n\nMerci de les révoquer. — {P(p.given)}\n\nRédige la réponse de l'équipe sécurité.")


# ---------------------------------------------------------------- short one-liners in other languages
@frame("de_kurz_iban_vermieter", "de", short=True)
def de_short():
    p = Person("de", sex="M")
    return pick([f"Ist {E('IBAN', iban('DE'))} eine gültige IBAN? Gehört angeblich meinem Vermieter, Herrn {P(p.family)}.",
                 f"kurze frage: mein neuer vermieter {P(p.full)} will die kaution bar, ist das erlaubt?"])


@frame("fr_court_mot_de_passe", "fr", short=True)
def fr_short():
    return pick([f"mon mot de passe de la box c'est {E('SECRET', password())}, comment je le change ?",
                 f"j'ai mis {E('SECRET', password('phrase'))} comme phrase de passe pour le coffre, c'est assez solide ?"])


@frame("es_corto_tarjeta_cobro", "es", short=True)
def es_short():
    return pick([f"me han cobrado dos veces en la tarjeta {E('CREDIT_CARD', card())} 😡 qué hago?",
                 f"¿esta tarjeta {E('CREDIT_CARD', card())} es visa o mastercard? la web no me la acepta"])


@frame("it_breve_numero_sconosciuto", "it", short=True)
def it_short():
    return pick([f"di chi è questo numero? {E('PHONE', phone('it', True))} mi chiama tutti i giorni alle 9",
                 f"scrivi un sms a {P(Person('it').given)} ({E('PHONE', phone('it'))}) per dire che arrivo tardi"])


@frame("pt_curto_pix_cpf", "pt", short=True)
def pt_short():
    p = Person("pt", sex="F")
    return f"a chave pix da minha tia {P(p.given)} é o CPF dela, {E('NATIONAL_ID', nid_br_cpf())}. posso mandar assim mesmo? 🙏"


@frame("nl_kort_paspoort", "nl", short=True)
def nl_short():
    return pick([f"mijn paspoortnummer is {E('PASSPORT', passport('nl'))}, verloopt in maart. kan ik nog naar de VS?",
                 f"moet ik bij de ESTA {E('PASSPORT', passport('nl'))} invullen of het nummer van mijn ID-kaart?"])


@frame("ru_korotko_parol_wifi", "ru", short=True)
def ru_short():
    return pick([f"пароль от вайфая {E('SECRET', password())}, как его поменять на роутере?",
                 f"мама прислала мне PIN от карты, {E('SECRET', pin(4))}. как объяснить ей, что так нельзя?"])


@frame("ja_mijikai_api_key", "ja", short=True)
def ja_short():
    return f"このAPIキー {E('API_KEY', api_key(pick(['openai', 'anthropic', 'google', 'github'])))} を使うと401エラーになります。なぜですか？"


@frame("zh_duan_ip_bei_feng", "zh", short=True)
def zh_short():
    return pick([f"我家的IP {E('IP_ADDRESS', ipv4(False))} 被论坛封了，怎么申诉？",
                 f"有人从 {E('IP_ADDRESS', ipv4(False))} 登录了我的账号，这是哪里？"])


@frame("ko_jjalbeun_email", "ko", short=True)
def ko_short():
    p = Person("ko")
    return f"{E('EMAIL', email_for(p, domain=pick(['naver.com', 'daum.net', 'kakao.com'])))} 로 비밀번호 재설정 메일이 안 와요. 어떻게 해야 하나요?"


@frame("ar_qasir_raqam_akhi", "ar", short=True)
def ar_short():
    p = Person("ar", sex="M")
    return f"اكتب رسالة لأخي {P(p.given)} على الرقم {E('PHONE', phone(pick(['sa', 'ae'])))} أني سأتأخر 🙏"


@frame("tr_kisa_ehliyet", "tr", short=True)
def tr_short():
    return f"ehliyet numaram {E('DRIVER_LICENSE', dl('tr'))}, kiralama sitesi kabul etmiyor. başka ne yazabilirim?"


@frame("pl_krotko_paszport", "pl", short=True)
def pl_short():
    return f"czy numer paszportu {E('PASSPORT', passport('pl'))} wpisuję ze spacją czy bez? formularz wizowy się sypie"
