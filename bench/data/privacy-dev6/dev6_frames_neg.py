"""Hard negatives: no personal data at all, full of look-alikes. Shapes start with neg_.

Each frame returns plain text (no markers). Numbers are drawn from the seed so the texts of one frame differ.
"""
from dev6_core import *

FRAMES = []


def frame(shape, lang, n):
    def deco(f):
        FRAMES.append((shape, lang, n, f))
        return f
    return deco


def ver(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 40)}"


@frame("neg_password_policy_doc", "en", 3)
def _(r, nm):
    n = r.choice([10, 12, 14, 16])
    return r.choice([
        f"Passwords must be at least {n} characters long and contain one digit and one symbol. Passwords such as \"password123\" or \"changeme\" are rejected. The PIN must be {r.choice([4, 6])} digits and may not be sequential (1234) or repeated (0000).",
        f"Your new password cannot be one of your last {r.randint(3, 12)} passwords. After {r.randint(3, 6)} failed attempts the account is locked for {r.choice([15, 30, 60])} minutes. Never share your password or one-time code with anyone, including support staff.",
        f"Tip: a passphrase of four or more random words is easier to remember than a short password with symbols. Use a password manager and turn on two-factor authentication; keep your recovery codes offline.",
    ])


@frame("neg_env_placeholders", "en", 3)
def _(r, nm):
    return r.choice([
        "# .env.example – copy to .env and fill in\nDB_HOST=localhost\nDB_USER=<user>\nDB_PASSWORD=<password>\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxx\nSESSION_SECRET=change-me",
        "environment:\n  POSTGRES_USER: ${DB_USER}\n  POSTGRES_PASSWORD: ${DB_PASSWORD}\n  REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0",
        f"To connect, set the variable: export PGPASSWORD=\"$(cat /run/secrets/db_password)\" and run psql -h $DB_HOST -U $DB_USER. The container reads the password from a file mounted at /run/secrets (mode 0400).",
    ])


@frame("neg_connection_string_docs", "en", 3)
def _(r, nm):
    return r.choice([
        "Connection string format: postgres://USER:PASSWORD@HOST:PORT/DBNAME. Replace USER and PASSWORD with your own values; special characters in the password must be percent-encoded.",
        "Example: Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword; – never hard-code the real password, read it from the key vault at startup.",
        "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true&w=majority  (the <password> placeholder must be replaced, and the angle brackets removed)",
    ])


@frame("neg_man_page", "en", 3)
def _(r, nm):
    return r.choice([
        "SSHPASS(1)\nNAME\n  sshpass - noninteractive ssh password provider\nOPTIONS\n  -p password  The password is given on the command line (not secure).\n  -f filename  The password is the first line of the file filename.\n  -e  The password is taken from the environment variable SSHPASS.",
        "CURL(1)\n  -u, --user <user:password>\n    Specify the user name and password to use for server authentication. If you simply specify the user name, curl will prompt for a password.",
        f"HTPASSWD(1)\n  -b  Use batch mode; get the password from the command line rather than prompting for it. This option should be used with extreme care, since the password is clearly visible on the command line.\n  -B  Force bcrypt encryption of the password (cost {r.choice([5, 10, 12])}).",
    ])


@frame("neg_changelog", "en", 4)
def _(r, nm):
    v = ver(r)
    return (f"## [{v}] - 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n### Fixed\n- Login form no longer shows the password in plain text after a failed attempt (#{r.randint(1000, 9999)}).\n"
            f"- Token refresh used the wrong expiry (was {r.randint(5, 60)} min, now {r.randint(61, 120)} min).\n### Changed\n- Bumped openssl to 3.{r.randint(0, 4)}.{r.randint(0, 9)}; minimum Node is {r.randint(18, 22)}.{r.randint(0, 9)}.0\n"
            f"- Build {r.randint(2000, 9999)} commit {hexs(r, 7)}")


@frame("neg_log_lines_no_values", "en", 3)
def _(r, nm):
    return "\n".join(
        f"2026-10-{r.randint(10, 28)}T0{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}Z {lvl} {msg}" for lvl, msg in r.sample([
            ("INFO", f"request_id={hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)} status=200 duration_ms={r.randint(2, 900)}"),
            ("WARN", "login failed: invalid password (attempt 2 of 5)"),
            ("INFO", f"cache hit ratio {r.randint(50, 99)}.{r.randint(0, 9)}% over {r.randint(1000, 90000)} lookups"),
            ("ERROR", "password reset token expired; asking user to request a new one"),
            ("DEBUG", f"sha256={hexs(r, 64)}"),
            ("INFO", f"worker pool size={r.randint(2, 64)} queue_depth={r.randint(0, 300)}"),
        ], 4))


@frame("neg_hashes_uuids", "en", 3)
def _(r, nm):
    return r.choice([
        f"Checksums for release {ver(r)}:\n  SHA256 (app-linux-x64.tar.gz) = {hexs(r, 64)}\n  SHA256 (app-win-x64.zip) = {hexs(r, 64)}\nVerify before installing.",
        f"The migration {r.randint(20240000000000, 20269999999999)}_add_index adds an index on orders(created_at). Tenant ids are UUIDs, e.g. {hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-a{hexs(r, 3)}-{hexs(r, 12)}.",
        f"git log --oneline\n{hexs(r, 7)} fix flaky retry test\n{hexs(r, 7)} bump version to {ver(r)}\n{hexs(r, 7)} docs: explain token lifetime",
    ])


@frame("neg_sql_schema", "en", 3)
def _(r, nm):
    return r.choice([
        "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL UNIQUE,\n  password_hash TEXT NOT NULL,\n  date_of_birth DATE,\n  phone TEXT\n);\n-- never store plain passwords; use argon2id",
        f"SELECT country, count(*) AS customers, avg(age) FROM customers WHERE signup_date >= '2026-01-01' GROUP BY country ORDER BY customers DESC LIMIT {r.randint(5, 20)};",
        "UPDATE accounts SET password_hash = :hash, must_change = true WHERE id = :id;  -- parameters bound by the ORM",
    ])


@frame("neg_json_api_response", "en", 3)
def _(r, nm):
    return r.choice([
        '{"error": {"code": "invalid_api_key", "message": "Incorrect API key provided. You can find your API key in your account settings.", "status": 401}}',
        '{"status": "ok", "items": %d, "page": %d, "next": null, "version": "%s"}' % (r.randint(0, 500), r.randint(1, 9), ver(r)),
        '{"type": "object", "properties": {"password": {"type": "string", "minLength": 12, "writeOnly": true}, "birthDate": {"type": "string", "format": "date"}}}',
    ])


@frame("neg_recipe", "en", 3)
def _(r, nm):
    return r.choice([
        f"Victoria sponge: cream {r.randint(180, 250)} g butter with the same weight of caster sugar, beat in 4 eggs, fold in self-raising flour. Bake at {r.choice([170, 180])} °C for {r.randint(20, 28)} minutes. Fill with jam and cream.",
        f"Beef Wellington for 6: sear a {r.choice([1, 1.2, 1.5])} kg fillet, wrap in mushroom duxelles and prosciutto, then puff pastry. Rest {r.randint(10, 20)} minutes before slicing.",
        f"Caesar salad: romaine, croutons, parmesan; dressing of anchovy, garlic, lemon, egg yolk and olive oil. Serves {r.randint(2, 6)}.",
    ])


@frame("neg_timetable", "en", 3)
def _(r, nm):
    h = r.randint(5, 8)
    return (f"Line {r.randint(2, 99)} – weekday timetable\nVictoria Station {h:02d}:{r.randint(0, 5)}5  Queen Street {h:02d}:{r.randint(2, 5)}8  Hospital {h + 1:02d}:0{r.randint(0, 9)}\n"
            f"Services every {r.choice([10, 12, 15, 20])} minutes until 19:30, then every 30 minutes. No service on 25 December.")


@frame("neg_sports_results", "en", 3)
def _(r, nm):
    return (f"Results, matchday {r.randint(1, 34)}: Arsenal {r.randint(0, 4)}–{r.randint(0, 4)} Everton; Real Madrid {r.randint(0, 4)}–{r.randint(0, 4)} Sevilla; "
            f"Bayern {r.randint(0, 5)}–{r.randint(0, 3)} Mainz. Attendance {r.randint(20000, 80000):,}. Kick-off next week at 15:00.")


@frame("neg_product_catalogue", "en", 3)
def _(r, nm):
    return (f"Model SX-{r.randint(100, 999)}0 cordless drill, 18 V, part no. {r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}, €{r.randint(59, 199)}.99\n"
            f"Model RX{r.randint(10, 99)} charger, EAN {digits(r, 13)}, €{r.randint(15, 49)}.50\nBattery pack 4.0 Ah, SKU BP-{digits(r, 6)}")


@frame("neg_isbn_bibliography", "en", 2)
def _(r, nm):
    return f"Further reading: The Art of Computer Programming, vol. 1, 3rd ed., ISBN 978-0-201-89683-1. Structure and Interpretation of Computer Programs, 2nd ed. (MIT Press, 1996), pp. {r.randint(10, 200)}–{r.randint(201, 400)}."


@frame("neg_directions_landmarks", "en", 3)
def _(r, nm):
    return r.choice([
        f"From the station, walk down Baker Street, turn left at Oxford Street and the venue is the second building after the cinema. About {r.randint(5, 15)} minutes on foot.",
        "Take exit 12 off the motorway, follow the signs for Market Street and park behind the town hall; the festival entrance is opposite the fountain.",
        f"The marathon route closes Main Street and Harbour Road from 07:00 to 14:00; bus {r.randint(1, 60)} is diverted via King's Road.",
    ])


@frame("neg_weather_news_cities", "en", 3)
def _(r, nm):
    return r.choice([
        f"Weather: sunny in Madrid ({r.randint(20, 34)} °C), showers in Manchester, snow expected in Oslo overnight. Winds up to {r.randint(30, 90)} km/h on the coast near Lisbon.",
        f"Markets: the Nikkei rose {r.randint(1, 3)}.{r.randint(0, 9)}% while shares in Toyota and Siemens fell after the quarterly results; oil traded at ${r.randint(60, 95)} a barrel.",
        f"The summit in Geneva ended without agreement; delegations from Brazil and Kenya will meet again in Nairobi in March.",
    ])


@frame("neg_product_review", "en", 3)
def _(r, nm):
    return r.choice([
        f"Review: the Samsung Galaxy S{r.randint(20, 26)} has a brighter screen than the iPhone, but battery life is only {r.randint(6, 12)} hours of video. Apple's charger is faster. {r.randint(3, 5)}/5.",
        f"I swapped my Bosch dishwasher for a Miele; quieter (44 dB) and the Ikea cabinets fit without trimming. Delivery by DHL took {r.randint(2, 9)} days.",
        "Honestly the Toyota Corolla hybrid beats the Ford Focus on fuel; Shell and BP prices near us are the same anyway.",
    ])


@frame("neg_name_words_ordinary", "en", 3)
def _(r, nm):
    return r.choice([
        "Will you bring the rose bushes? The frost last May killed the ivy and the holly, but the lily bulbs survived. We'll mark the border with a row of heather.",
        "Grace under pressure is a skill; so is patience. Faith in the process helps when the sky turns grey and the river rises over the bank.",
        "Joy, hope and charity were the themes of the sermon; the choir sang in the chapel at dawn and the bells rang at noon.",
    ])


@frame("neg_event_dates", "en", 3)
def _(r, nm):
    return f"Save the date: the annual conference runs {r.randint(1, 20)}–{r.randint(21, 28)} September 2027. Early-bird tickets end on 31 May; the venue opened on 4 July 1998 and was renovated in 2019."


@frame("neg_prices_invoice_template", "en", 3)
def _(r, nm):
    return (f"Invoice template\nItem | Qty | Unit price | Total\nConsulting hours | {r.randint(1, 40)} | €{r.randint(60, 150)}.00 | —\nVAT {r.choice([19, 20, 21])}% | | |\n"
            "Bill to: [Customer name]\nAddress: [Street, postcode, city]\nIBAN: [your IBAN]\nPayment due within 30 days.")


@frame("neg_form_labels_empty", "en", 2)
def _(r, nm):
    return r.choice([
        "Name: ____________  Date of birth: __/__/____  Passport no.: __________\nDriver's licence number: __________  Card number: **** **** **** ****  CVV: ***\nSignature: ____________",
        "Applicant details (block capitals)\nSurname: ..........  Given names: ..........\nDOB (DD/MM/YYYY): ..........  National insurance no.: .. .. .. .. .\nIBAN: ....................  Phone: ..........",
    ])


@frame("neg_math_physics", "en", 2)
def _(r, nm):
    return f"Solve 3x + {r.randint(2, 20)} = {r.randint(21, 90)}. Then compute the area of a circle with radius {r.randint(2, 12)} cm (π ≈ 3.14159). The speed of light is 299 792 458 m/s."


# ---------------------------------------------------------------- other languages
@frame("neg_es_receta", "es", 3)
def _(r, nm):
    return f"Tortilla de patatas: pela {r.randint(4, 6)} patatas, córtalas finas y fríelas a fuego lento con cebolla. Bate {r.randint(5, 8)} huevos, mezcla y cuaja {r.randint(3, 5)} minutos por cada lado."


@frame("neg_es_politica_contrasena", "es", 2)
def _(r, nm):
    return f"La contraseña debe tener al menos {r.choice([8, 10, 12])} caracteres, una mayúscula y un número. Nunca compartas tu contraseña ni el código de verificación que te enviamos por SMS."


@frame("neg_es_horario_tren", "es", 2)
def _(r, nm):
    return f"Horario AVE Madrid–Sevilla: salida {r.randint(6, 9):02d}:30, llegada {r.randint(9, 12):02d}:05. Coche cafetería en el vagón {r.randint(3, 6)}. Los sábados no circula el tren de las 21:00."


@frame("neg_de_technik_doku", "de", 3)
def _(r, nm):
    return r.choice([
        "Das Passwort muss mindestens zwölf Zeichen lang sein. Als Platzhalter steht in der Beispielkonfiguration DB_PASSWORT=<geheim>; ersetzen Sie diesen Wert durch ein eigenes Kennwort.",
        f"Version {ver(r)}: Fehler beim Import von CSV-Dateien mit Umlauten behoben. Mindestens 4 GB RAM erforderlich.",
        f"Die Firmware {ver(r)} für den Router behebt eine Lücke im WPS-PIN-Verfahren; das WLAN-Kennwort bleibt nach dem Update erhalten.",
    ])


@frame("neg_de_wetter_nachrichten", "de", 2)
def _(r, nm):
    return f"Wetter: In Hamburg Regen bei {r.randint(5, 14)} Grad, in München sonnig. Die Bahn meldet Verspätungen zwischen Köln und Frankfurt wegen einer Weichenstörung."


@frame("neg_fr_notice", "fr", 3)
def _(r, nm):
    return r.choice([
        f"Mode d'emploi : maintenez le bouton WPS {r.randint(3, 10)} secondes. Le mot de passe par défaut est imprimé sous l'appareil ; modifiez-le lors de la première connexion.",
        f"Horaires de la médiathèque : mardi–samedi 10 h – 18 h, fermée le 1er mai et le 14 juillet. Prêt de {r.randint(5, 15)} documents pour trois semaines.",
        f"Recette : la quiche lorraine se cuit {r.randint(30, 45)} minutes à 180 °C ; comptez 200 g de lardons et 3 œufs.",
    ])


@frame("neg_it_orari", "it", 2)
def _(r, nm):
    return f"Orari del museo: da martedì a domenica 9:00–19:00, ultimo ingresso alle 18:00. Biglietto intero €{r.randint(8, 20)}, ridotto €{r.randint(2, 7)}. Chiuso il 25 dicembre."


@frame("neg_pt_receita", "pt", 2)
def _(r, nm):
    return f"Pão de queijo: misture {r.randint(400, 600)} g de polvilho, 1 xícara de leite, meia de óleo e 2 ovos. Asse a 180 °C por {r.randint(20, 30)} minutos."


@frame("neg_nl_handleiding", "nl", 2)
def _(r, nm):
    return f"Gebruik een wachtwoord van minimaal {r.choice([10, 12])} tekens. Deel je pincode nooit, ook niet met medewerkers van de bank. Versie {ver(r)} van de app ondersteunt vingerafdruk."


@frame("neg_pl_instrukcja", "pl", 2)
def _(r, nm):
    return f"Hasło musi mieć co najmniej {r.choice([8, 12])} znaków. Kod PIN karty ustawisz w bankomacie. Aktualizacja {ver(r)} poprawia stabilność aplikacji."


@frame("neg_sv_tvattstuga", "sv", 2)
def _(r, nm):
    return f"Tvättstugan är öppen 07–21. Boka pass på tavlan vid entrén. Glöm inte att rensa luddfiltret; torktumlaren stängs av efter {r.randint(60, 120)} minuter."


@frame("neg_da_vejret", "da", 2)
def _(r, nm):
    return f"Vejret i morgen: regn i Aarhus og Odense, {r.randint(4, 12)} grader. Færgen fra Hirtshals sejler med {r.randint(10, 40)} minutters forsinkelse."


@frame("neg_no_oppskrift", "no", 1)
def _(r, nm):
    return "Vafler: 3 egg, 5 dl melk, 4 dl hvetemel og 100 g smeltet smør. Stek i vaffeljern og server med syltetøy og rømme."


@frame("neg_tr_duyuru", "tr", 2)
def _(r, nm):
    return f"Şifreniz en az {r.choice([8, 10])} karakter olmalıdır. Bankamız sizden asla SMS ile gelen doğrulama kodunu istemez. Uygulama sürümü {ver(r)}."


@frame("neg_ru_news", "ru", 2)
def _(r, nm):
    return f"Погода: в Москве до +{r.randint(5, 20)}, в Санкт-Петербурге дожди. Поезд «Сапсан» отправляется в {r.randint(6, 9)}:40, время в пути около четырёх часов."


@frame("neg_uk_ogoloshennia", "uk", 1)
def _(r, nm):
    return "Пароль має містити щонайменше 12 символів. Ніколи не повідомляйте код із СМС нікому, навіть працівникам банку."


@frame("neg_ja_faq", "ja", 2)
def _(r, nm):
    return f"パスワードは{r.choice([8, 10, 12])}文字以上で、英字と数字を含めてください。バージョン{ver(r)}では二段階認証に対応しました。"


@frame("neg_zh_gonggao", "zh", 2)
def _(r, nm):
    return f"温馨提示：请勿向任何人透露短信验证码。密码长度至少{r.choice([8, 12])}位。本店营业时间为每日10:00–22:00，节假日照常营业。"


@frame("neg_ko_annae", "ko", 2)
def _(r, nm):
    return f"비밀번호는 {r.choice([8, 10])}자 이상이어야 합니다. 앱 버전 {ver(r)}에서 지문 인증이 추가되었습니다. 고객센터 운영 시간: 평일 9시~18시."


@frame("neg_ar_tanbih", "ar", 2)
def _(r, nm):
    return f"تنبيه: لا تشارك رمز التحقق مع أي شخص. يجب أن تتكون كلمة المرور من {r.choice([8, 12])} أحرف على الأقل. ساعات العمل من التاسعة صباحاً حتى الخامسة مساءً."


@frame("neg_he_hodaa", "he", 1)
def _(r, nm):
    return "הסיסמה חייבת לכלול לפחות 10 תווים. לעולם אל תמסרו את קוד האימות שנשלח אליכם ב-SMS."


@frame("neg_hi_suchna", "hi", 2)
def _(r, nm):
    return f"सूचना: अपना ओटीपी किसी के साथ साझा न करें। पासवर्ड कम से कम {r.choice([8, 12])} अक्षरों का होना चाहिए। ऐप संस्करण {ver(r)} उपलब्ध है।"


@frame("neg_vi_huong_dan", "vi", 1)
def _(r, nm):
    return "Mật khẩu phải có ít nhất 8 ký tự, gồm chữ hoa và số. Không chia sẻ mã OTP cho bất kỳ ai."


@frame("neg_id_pengumuman", "id", 1)
def _(r, nm):
    return "Jangan berikan kode OTP kepada siapa pun, termasuk petugas bank. Kata sandi minimal 8 karakter."


@frame("neg_el_odigies", "el", 1)
def _(r, nm):
    return "Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 10 χαρακτήρες. Το μουσείο είναι ανοιχτό από τις 8:00 έως τις 20:00."


@frame("neg_cs_navod", "cs", 1)
def _(r, nm):
    return "Heslo musí mít alespoň 10 znaků. Verze 4.2.1 opravuje chybu při přihlášení přes otisk prstu."


@frame("neg_fi_ohje", "fi", 1)
def _(r, nm):
    return "Salasanan on oltava vähintään 12 merkkiä pitkä. Älä koskaan kerro tunnuslukuasi kenellekään."


@frame("neg_hu_jelszo", "hu", 1)
def _(r, nm):
    return "A jelszónak legalább 10 karakterből kell állnia. A múzeum hétfőn zárva tart."


@frame("neg_ro_anunt", "ro", 1)
def _(r, nm):
    return "Parola trebuie să aibă cel puțin 8 caractere. Nu comunicați nimănui codul primit prin SMS."


@frame("neg_k8s_yaml_no_secret", "en", 3)
def _(r, nm):
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {r.randint(1, 6)}\n  template:\n    spec:\n      containers:\n"
            f"        - name: web\n          image: registry.example/web:{ver(r)}\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {{name: web-db, key: password}}\n")


@frame("neg_shell_tutorial", "en", 3)
def _(r, nm):
    return r.choice([
        "Use `read -s PASSWORD` so the password is not echoed, then pass it via stdin: `echo \"$PASSWORD\" | docker login --password-stdin`. Avoid `-p` because it ends up in your shell history.",
        f"for i in $(seq 1 {r.randint(5, 50)}); do curl -s -o /dev/null -w '%{{http_code}}\\n' \"$BASE_URL/health\"; done",
        "ssh-keygen -t ed25519 -C \"deploy key\" creates ~/.ssh/id_ed25519; you will be asked for a passphrase (leave empty only for CI keys stored in a vault).",
    ])


@frame("neg_jwt_explainer", "en", 2)
def _(r, nm):
    return r.choice(["Never paste a real token into a bug report; redact it as eyJhbGciOi...<redacted>. Tokens expire after %d minutes and refresh tokens after %d days." % (r.randint(5, 60), r.randint(7, 90)),
                     "A JWT has three parts separated by dots: header.payload.signature. The header names the algorithm (e.g. HS256), the payload carries claims such as sub, iat and exp, and the signature is computed with the server's secret."])


@frame("neg_version_ip_lookalikes", "en", 3)
def _(r, nm):
    return f"Upgrade path: {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 999)} → {r.randint(10, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 4000)}. Table 4.{r.randint(1, 9)}.{r.randint(1, 9)} lists the supported builds; section 3.2.1 describes rollback."


@frame("neg_stats_table", "en", 2)
def _(r, nm):
    return "\n".join(["Region | Population | Median age"] + [f"{reg} | {r.randint(100000, 9000000):,} | {r.randint(28, 48)}.{r.randint(0, 9)}" for reg in ["North", "South", "East", "West"]])


# ---------------------------------------------------------------- second batch
@frame("neg_docker_compose_docs", "en", 2)
def _(r, nm):
    return r.choice([
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets:\n      - pg_password\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt",
        f"# values.yaml\nauth:\n  existingSecret: app-credentials\n  passwordKey: password   # the chart reads the password from this key\nreplicaCount: {r.randint(1, 5)}",
    ])


@frame("neg_ini_toml_defaults", "en", 2)
def _(r, nm):
    return r.choice([
        f"[server]\nport = {r.choice([8080, 8443, 3000])}\nworkers = {r.randint(2, 16)}\n\n[auth]\n# password = \"\"   (set via APP_AUTH_PASSWORD)\nsession_timeout = \"30m\"",
        "; php.ini excerpt\nsession.cookie_httponly = 1\nsession.cookie_secure = 1\nsession.use_strict_mode = 1\nmysqli.default_pw =",
    ])


@frame("neg_es_noticia_deportes", "es", 2)
def _(r, nm):
    return f"El Betis ganó {r.randint(1, 4)}-{r.randint(0, 1)} al Valencia en el Benito Villamarín ante {r.randint(30, 55)}.000 espectadores. El próximo partido es el domingo a las 18:30 en Getafe."


@frame("neg_de_rezept", "de", 2)
def _(r, nm):
    return f"Kaiserschmarrn: {r.randint(3, 5)} Eier trennen, Eigelb mit 250 ml Milch und 150 g Mehl verrühren, Eischnee unterheben. In Butter backen, zerreißen und mit Puderzucker bestreuen."


@frame("neg_fr_horaires_bus", "fr", 2)
def _(r, nm):
    return f"Ligne {r.randint(1, 30)} : départ Gare SNCF {r.randint(6, 8)}h{r.choice(['05', '20', '35'])}, Place de la République, rue Nationale, terminus Hôpital Nord. Pas de service le dimanche."


@frame("neg_it_pt_catalogo", "it", 2)
def _(r, nm):
    return f"Catalogo: lavatrice modello WX-{r.randint(7000, 9999)}, cod. art. {digits(r, 8)}, classe A, 9 kg, € {r.randint(399, 799)},00. Garanzia 24 mesi."


@frame("neg_pt_noticia_tempo", "pt", 2)
def _(r, nm):
    return f"Previsão: chuva em Lisboa e no Porto, {r.randint(12, 19)} °C; sol em Faro. O metrô de São Paulo opera normalmente nesta sexta-feira."


@frame("neg_ja_zh_ko_product", "ja", 2)
def _(r, nm):
    return f"型番：KX-{r.randint(100, 999)}B　JANコード：{digits(r, 13)}　価格：{r.randint(2, 30)},980円（税込）　保証期間：1年"


@frame("neg_ko_sports", "ko", 2)
def _(r, nm):
    return f"프로야구 결과: 두산 {r.randint(0, 9)} - {r.randint(0, 9)} LG, 잠실 관중 {r.randint(10000, 25000)}명. 다음 경기는 토요일 오후 5시."


@frame("neg_zh_recipe", "zh", 2)
def _(r, nm):
    return f"西红柿炒鸡蛋：鸡蛋{r.randint(3, 4)}个，西红柿2个，盐少许。先炒鸡蛋盛出，再炒西红柿，最后混合翻炒{r.randint(1, 3)}分钟即可。"


@frame("neg_ar_news_weather", "ar", 1)
def _(r, nm):
    return "الطقس: أجواء حارة في الرياض ودبي، وأمطار خفيفة على السواحل الشمالية. افتتاح المعرض الدولي للكتاب الأسبوع المقبل."


@frame("neg_hi_recipe", "hi", 1)
def _(r, nm):
    return "दाल तड़का: एक कप अरहर दाल को हल्दी और नमक के साथ उबालें। घी में जीरा, लहसुन और लाल मिर्च का तड़का लगाएं।"


@frame("neg_pl_tr_sport", "tr", 1)
def _(r, nm):
    return "Süper Lig'de Galatasaray deplasmanda Trabzonspor'u 2-1 yendi. Maç saat 20:00'de başladı."


@frame("neg_words_that_are_places_or_names", "en", 3)
def _(r, nm):
    return r.choice([
        f"Travel notes: we flew from Georgia to Jordan in {r.randint(4, 9)} hours, then took the Lincoln Highway exhibition tour. Chelsea won at home, so the pubs were loud.",
        "Garden planner: plant Virginia creeper on the north wall, Victoria plums by the shed, and Sweet William in the front bed. Harvest the Charlotte potatoes in July.",
        f"The Jackson Heights branch closes at {r.randint(17, 20)}:00. Take the Madison Avenue bus, get off at Kennedy Airport Terminal 4 and follow signs for the Lincoln Tunnel.",
    ])
