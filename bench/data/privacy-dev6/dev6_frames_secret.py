"""Frames whose main point is a SECRET (passwords, PINs, codes, keys, tokens, connection strings, PEM blocks).

Each frame is f(rng, nm) -> marked text, registered with its shape name, main language and number of texts.
"""
from dev6_core import *

FRAMES = []


def frame(shape, lang, n):
    def deco(f):
        FRAMES.append((shape, lang, n, f))
        return f
    return deco


# ---------------------------------------------------------------- prose and chat, many languages
@frame("chat_pw_share_en", "en", 4)
def _(r, nm):
    g, s, _f = nm.person("en")
    g2, _, _ = nm.person("en")
    return r.choice([
        f"{PER(g)}: hey can you log into the shared netflix for me\n{PER(g2)}: sure, my password is {SEC(password(r))} - don't change it pls",
        f"{PER(g2)}: what's the login for the printer admin page?\n{PER(g)}: user admin, pw: {SEC(password(r))}\n{PER(g2)}: ta",
        f"{PER(g)} -> {PER(g2)}: the password for the team drive is {SEC(password(r))} (case sensitive)",
        f"{PER(g2)}: forgot my laptop pass again lol\n{PER(g)}: it's {SEC(password(r))}, you wrote it on a sticky note last week",
    ])


@frame("es_chat_pass_wifi", "es", 4)
def _(r, nm):
    g, _, _ = nm.person("es")
    g2, _, _ = nm.person("es")
    return r.choice([
        f"{PER(g)}: oye, ¿cuál es el pass del wifi del piso?\n{PER(g2)}: el pass es {SEC(password(r))}, la red es MOVISTAR_5G",
        f"{PER(g2)}: te paso la contraseña de la cuenta de Disney: {SEC(password(r))}\n{PER(g)}: gracias!! no se la digo a nadie",
        f"{PER(g)}: la clave del portátil es {SEC(password(r))}, cámbiala cuando puedas",
        f"{PER(g2)}: mi contraseña del banco es {SEC(password(r))} y el PIN de la tarjeta {SEC(pin(r))}, por si me pasa algo en el viaje",
    ])


@frame("fr_mail_mot_de_passe", "fr", 3)
def _(r, nm):
    g, s, full = nm.person("fr")
    g2, _, _ = nm.person("fr")
    return r.choice([
        f"Salut {PER(g2)},\nPour la box, le mot de passe est {SEC(password(r))}. Le code du portail c'est {SEC(pin(r, 4))}.\nBises,\n{PER(g)}",
        f"Bonjour {PER(g2)}, je t'envoie mes identifiants pour l'ENT pendant mon absence : identifiant {PER(s.lower().replace(' ', ''))}, mot de passe {SEC(password(r))}. Merci ! {PER(full)}",
        f"{PER(g)} : mdp du compte EDF = {SEC(password(r))}\n{PER(g2)} : ok noté",
    ])


@frame("de_passwort_nachricht", "de", 4)
def _(r, nm):
    g, s, full = nm.person("de")
    g2, _, _ = nm.person("de")
    return r.choice([
        f"Hallo {PER(g2)}, das Passwort fürs WLAN im Ferienhaus ist {SEC(password(r))}. Schlüsselsafe neben der Tür, Code {SEC(pin(r, 4))}. Gruß {PER(g)}",
        f"{PER(g)}: Mein neues Passwort für das Elster-Konto lautet {SEC(password(r))}, falls du die Steuer fertig machst.",
        f"Hallo {PER(g2)}, der Zugang zum Vereinskonto: Benutzer kasse-tsv, Kennwort {SEC(password(r))}. Bitte nicht weitergeben. {PER(full)}",
        f"{PER(g2)}: Wie war nochmal das Passwort vom Router?\n{PER(g)}: {SEC(password(r))} – steht auch hinten auf dem Gerät",
    ])


@frame("it_chat_password", "it", 3)
def _(r, nm):
    g, _, _ = nm.person("it")
    g2, _, _ = nm.person("it")
    return r.choice([
        f"{PER(g)}: la password del wifi è {SEC(password(r))}\n{PER(g2)}: grazie, funziona!",
        f"{PER(g2)}: ti lascio le credenziali dello SPID? utente mio codice fiscale, password {SEC(password(r))}. Poi la cambio.",
        f"Ciao {PER(g2)}, il codice del cancello è {SEC(pin(r, 5))} e quello dell'allarme {SEC(pin(r, 4))}. {PER(g)}",
    ])


@frame("pt_br_zap_senha", "pt", 3)
def _(r, nm):
    g, _, _ = nm.person("pt")
    g2, _, _ = nm.person("pt")
    return r.choice([
        f"{PER(g)}: mana, a senha do wi-fi é {SEC(password(r))}\n{PER(g2)}: valeu!!",
        f"{PER(g2)}: me passa a senha do streaming?\n{PER(g)}: {SEC(password(r))} (não troca o perfil)",
        f"{PER(g)}: a senha do cartão é {SEC(pin(r, 4))}, compra só o pão e o leite tá",
    ])


@frame("nl_app_wachtwoord", "nl", 3)
def _(r, nm):
    g, _, _ = nm.person("nl")
    g2, _, _ = nm.person("nl")
    return r.choice([
        f"{PER(g)}: het wachtwoord van de wifi is {SEC(password(r))}\n{PER(g2)}: top, dank je",
        f"Hoi {PER(g2)}, de code van de sleutelkluis is {SEC(pin(r, 4))} en het alarm zet je uit met {SEC(pin(r, 4))}. Groetjes {PER(g)}",
        f"{PER(g2)}: inlog voor de gedeelde mailbox: wachtwoord {SEC(password(r))}",
    ])


@frame("pl_haslo_czat", "pl", 3)
def _(r, nm):
    g, _, _ = nm.person("pl")
    g2, _, _ = nm.person("pl")
    return r.choice([
        f"{PER(g)}: hasło do wifi to {SEC(password(r))}\n{PER(g2)}: dzięki!",
        f"{PER(g2)}, kod do domofonu: {SEC(pin(r, 4))}, a hasło do routera {SEC(password(r))}. Pozdrawiam, {PER(g)}",
        f"{PER(g)}: zmieniłem hasło do konta w banku na {SEC(password(r))}, zapisz gdzieś",
    ])


@frame("sv_wifi_losenord", "sv", 2)
def _(r, nm):
    g, _, _ = nm.person("sv")
    g2, _, _ = nm.person("sv")
    return f"{PER(g)}: lösenordet till wifi är {SEC(password(r))}\n{PER(g2)}: tack! och portkoden?\n{PER(g)}: {SEC(pin(r, 4))}"


@frame("tr_sifre_mesaj", "tr", 2)
def _(r, nm):
    g, _, _ = nm.person("tr")
    g2, _, _ = nm.person("tr")
    return r.choice([f"{PER(g)}: modem şifresi {SEC(password(r))}\n{PER(g2)}: tamam, teşekkürler",
                     f"{PER(g2)} abi, e-devlet şifrem {SEC(password(r))}, başvuruyu sen yapabilir misin? {PER(g)}"])


@frame("ru_parol_chat", "ru", 3)
def _(r, nm):
    g, _, _ = nm.person("ru")
    g2, _, _ = nm.person("ru")
    return r.choice([f"{PER(g)}: пароль от вайфая {SEC(password(r))}\n{PER(g2)}: спасибо!",
                     f"{PER(g2)}, код от домофона {SEC(pin(r, 4))}, пароль от почты {SEC(password(r))}. {PER(g)}",
                     f"{PER(g)}: новый пароль от госуслуг: {SEC(password(r))}"])


@frame("uk_parol_povidomlennia", "uk", 2)
def _(r, nm):
    g, _, _ = nm.person("uk")
    g2, _, _ = nm.person("uk")
    return f"{PER(g)}: пароль від wi-fi — {SEC(password(r))}\n{PER(g2)}: дякую! а код від під'їзду?\n{PER(g)}: {SEC(pin(r, 4))}"


@frame("ja_pasuwado_kyoyu", "ja", 2)
def _(r, nm):
    g, s, full = nm.person("ja")
    return f"{PER(s)}さん、共有フォルダのパスワードは {SEC(password(r))} です。よろしくお願いします。"


@frame("zh_mima_weixin", "zh", 2)
def _(r, nm):
    g, s, full = nm.person("zh")
    return f"{PER(full)}：家里wifi密码是 {SEC(password(r))}，门锁密码 {SEC(pin(r, 6))}#"


@frame("ko_bimilbeonho_katalk", "ko", 2)
def _(r, nm):
    g, s, full = nm.person("ko")
    return f"{PER(g)}아 현관 비밀번호 {SEC(pin(r, 6))}이고 와이파이 비번은 {SEC(password(r))}야"


@frame("ar_kalimat_sir_wifi", "ar", 2)
def _(r, nm):
    g, s, full = nm.person("ar")
    return f"{PER(g)}: كلمة السر للواي فاي هي {SEC(password(r))}"


@frame("he_sisma_whatsapp", "he", 1)
def _(r, nm):
    g, _, _ = nm.person("he")
    return f"{PER(g)}: הסיסמה לוויפי היא {SEC(password(r))}"


@frame("vi_mat_khau_wifi", "vi", 2)
def _(r, nm):
    g, s, full = nm.person("vi")
    return f"{PER(full)}: mật khẩu wifi nhà mình là {SEC(password(r))} nhé"


@frame("id_kata_sandi_wa", "id", 2)
def _(r, nm):
    g, _, _ = nm.person("id")
    return f"{PER(g)}: kata sandi wifi kos: {SEC(password(r))}. PIN ATM jangan lupa {SEC(pin(r, 6))} ya"


@frame("cs_heslo_wifi", "cs", 2)
def _(r, nm):
    g, _, _ = nm.person("cs")
    return f"Ahoj, heslo na wifi je {SEC(password(r))}, kód od branky {SEC(pin(r, 4))}. {PER(g)}"


@frame("fi_salasana_viesti", "fi", 1)
def _(r, nm):
    g, _, _ = nm.person("fi")
    return f"{PER(g)}: mökin wifin salasana on {SEC(password(r))} ja avainboksin koodi {SEC(pin(r, 4))}"


# ---------------------------------------------------------------- codes, passphrases, one-time codes
@frame("door_code_airbnb_msg", "en", 3)
def _(r, nm):
    g, _, _ = nm.person("en")
    return r.choice([
        f"Hi! Check-in is from 3pm. The lockbox is on the left of the blue door, code {SEC(pin(r, 4))}. Wi-Fi: CasaAzul, key {SEC(password(r))}. Enjoy, {PER(g)}",
        f"Building door code {SEC(pin(r, 4))}#, flat door keypad {SEC(pin(r, 6))}. Bins go out on Tuesday. – {PER(g)}",
        f"The gate code changed to {SEC(pin(r, 5))}. Garage fob is in the drawer. {PER(g)}",
    ])


@frame("otp_sms_forward", "en", 3)
def _(r, nm):
    g, _, _ = nm.person("en")
    g2, _, _ = nm.person("en")
    return r.choice([
        f"{PER(g)}: mum just forwarded me this: \"Your verification code is {SEC(digits(r, 6))}. Do not share it with anyone.\" is this legit??\n{PER(g2)}: NO don't send it to anyone",
        f"{PER(g2)}: can you read me the code that just came to your phone\n{PER(g)}: {SEC(digits(r, 6))}\n{PER(g2)}: got in, thx",
        f"{PER(g)}: the bank texted me {SEC(digits(r, 8))} as the one-time passcode, I typed it into the link from the email, was that a mistake?",
    ])


@frame("recovery_codes_pasted", "en", 3)
def _(r, nm):
    g, _, _ = nm.person("en")
    codes = recovery_codes(r, r.randint(3, 5))
    lst = "\n".join(SEC(c) for c in codes)
    return r.choice([f"backup codes for my github account (keep safe!!)\n{lst}\n- {PER(g)}",
                     f"{PER(g)} asked me to store these 2FA recovery codes in the family vault:\n{lst}"])


@frame("passphrase_disk_ssh", "en", 3)
def _(r, nm):
    g, _, _ = nm.person("en")
    return r.choice([
        f"Note to self: the LUKS passphrase for the backup drive is \"{SEC(passphrase(r))}\".",
        f"{PER(g)}: my ssh key passphrase is {SEC(passphrase(r, '-', 5))}, the key is in ~/.ssh/id_ed25519",
        f"{PER(g)}: GPG passphrase for the release key: {SEC(passphrase(r, ' ', 6))}",
    ])


@frame("de_pin_tanken", "de", 2)
def _(r, nm):
    g, _, _ = nm.person("de")
    g2, _, _ = nm.person("de")
    return f"{PER(g)}: Kannst du für mich tanken? Die PIN von der EC-Karte ist {SEC(pin(r, 4))}.\n{PER(g2)}: klar"


@frame("fr_code_digicode", "fr", 2)
def _(r, nm):
    g, _, _ = nm.person("fr")
    return f"Pour l'immeuble : digicode {SEC(rs(r, '0123456789AB', 4))}, puis interphone au nom de {PER(g)}. Code du wifi : {SEC(password(r))}."


@frame("es_codigo_verificacion", "es", 2)
def _(r, nm):
    g, _, _ = nm.person("es")
    return f"{PER(g)}: me ha llegado un SMS con el código {SEC(digits(r, 6))} para confirmar la transferencia, ¿te lo paso?"


@frame("wifi_qr_string", "en", 2)
def _(r, nm):
    return f"Print this on the guest card: WIFI:T:WPA;S:GardenFlat_5G;P:{SEC(password(r))};;"


# ---------------------------------------------------------------- tickets, reset emails
@frame("helpdesk_ticket_new_pw", "en", 4)
def _(r, nm):
    g, s, full = nm.person("en")
    g2, _, _ = nm.person("en")
    return r.choice([
        f"Ticket #{r.randint(10000, 99999)} – resolved\nReset AD account for {PER(full)}. The new password for {PER(g.lower())}.{PER(s.lower())} is {SEC(password(r))}; user must change at next logon.\n– {PER(g2)}, IT Service Desk",
        f"INC{r.randint(100000, 999999)}: {PER(full)} locked out of VPN. Temporary password set: {SEC(password(r))}",
        f"Hi {PER(g)}, as requested I reset your mailbox. Temporary password: {SEC(password(r))}\nPlease change it within 24 hours.\n{PER(g2)}",
        f"Comment by {PER(g2)}: gave {PER(g)} the vault root token {SEC('hvs.' + rs(r, AN, 24))} so she can rotate the DB creds",
    ])


@frame("reset_email_body", "en", 3)
def _(r, nm):
    g, s, full = nm.person("en")
    return r.choice([
        f"Dear {PER(g)},\nYour password has been reset. Your temporary password is: {SEC(password(r))}\nFor security, you will be asked to choose a new one when you sign in.\nThe Account Team",
        f"Hello {PER(full)},\nUse this code to reset your password: {SEC(digits(r, 6))}\nIt expires in 15 minutes.",
        f"Hi {PER(g)}, your account at the library portal was created. Username: {PER(g.lower())}{r.randint(1, 99)}  Initial password: {SEC(password(r))}",
    ])


@frame("de_ticket_neues_kennwort", "de", 2)
def _(r, nm):
    g, s, full = nm.person("de")
    return f"Ticket {r.randint(10000, 99999)}: Kennwort für {PER(full)} zurückgesetzt. Neues Initialkennwort: {SEC(password(r))} (muss bei erster Anmeldung geändert werden)."


@frame("es_correo_restablecer", "es", 2)
def _(r, nm):
    g, s, full = nm.person("es")
    return f"Hola {PER(g)}:\nTu contraseña provisional es {SEC(password(r))}. Deberás cambiarla al iniciar sesión.\nAtentamente,\nSoporte"


# ---------------------------------------------------------------- connection strings, config files
def dbhost(r):
    return r.choice(["db.internal", "db-prod-01.lan", "db-replica-2", "sql-primary.corp.local", "orders-db.staging"])


@frame("conn_strings_mixed", "en", 6)
def _(r, nm):
    pw = password(r).replace("@", "A").replace("/", "x").replace(":", "c")
    return r.choice([
        f"DATABASE_URL=postgres://shop_app:{SEC(pw)}@{dbhost(r)}:5432/shop",
        f"why does this fail? mongodb+srv://reporting:{SEC(pw)}@cluster0.x7ab2.mongodb.net/analytics?retryWrites=true",
        f"REDIS_URL=redis://:{SEC(pw)}@cache.internal:6379/0",
        f"spring.datasource.url=jdbc:mysql://{dbhost(r)}:3306/orders?user=orders_svc&password={SEC(pw)}",
        f"Driver={{ODBC Driver 18 for SQL Server}};Server=sql01.corp.local;Database=Payroll;Uid=payroll_ro;Pwd={SEC(pw)};Encrypt=yes;",
        f"amqp://worker:{SEC(pw)}@rabbit.internal:5672/%2F",
        f"Server=tcp:sales-db.database.windows.net,1433;Initial Catalog=sales;User ID=sales_admin;Password={SEC(pw)};",
        f"psql \"host={dbhost(r)} dbname=metrics user=grafana password={SEC(pw)} sslmode=require\"",
    ])


@frame("dotenv_secrets", "en", 5)
def _(r, nm):
    lines = [f"APP_ENV=production", f"DB_HOST={dbhost(r)}", f"DB_USER=app", f"DB_PASSWORD={SEC(password(r))}",
             f"SESSION_SECRET={SEC(hexs(r, 64))}"]
    if r.random() < 0.5:
        lines.append(f"STRIPE_SECRET_KEY={KEY(api_key(r, 'stripe'))}")
    if r.random() < 0.5:
        lines.append(f"AWS_ACCESS_KEY_ID={KEY(api_key(r, 'aws'))}\nAWS_SECRET_ACCESS_KEY={SEC(aws_secret(r))}")
    if r.random() < 0.5:
        lines.append(f"SMTP_PASS={SEC(password(r))}")
    return "# .env (do not commit)\n" + "\n".join(lines)


@frame("yaml_app_config", "en", 4)
def _(r, nm):
    return (f"database:\n  host: {dbhost(r)}\n  port: 5432\n  username: billing\n  password: \"{SEC(password(r))}\"\n"
            f"mail:\n  smtp_user: notifications\n  smtp_password: {SEC(password(r))}\njwt:\n  signing_key: {SEC(rs(r, AN, 40))}\n")


@frame("toml_ini_config", "en", 4)
def _(r, nm):
    return r.choice([
        f"[database]\nhost = \"{dbhost(r)}\"\nuser = \"ingest\"\npassword = \"{SEC(password(r))}\"\n\n[cache]\nttl = 300\n",
        f"; legacy.ini\n[ftp]\nhost=ftp.partner.example\nuser=upload\npass={SEC(password(r))}\n[smtp]\npassword={SEC(password(r))}\n",
        f"[mqtt]\nbroker = \"mqtt.home.lan\"\nusername = \"sensors\"\npassword = \"{SEC(password(r))}\"\n",
    ])


@frame("json_xml_config", "en", 4)
def _(r, nm):
    return r.choice([
        '{\n  "ConnectionStrings": {\n    "Main": "Host=%s;Database=crm;Username=crm;Password=%s"\n  },\n  "Smtp": { "User": "noreply", "Password": "%s" }\n}' % (dbhost(r), SEC(password(r)), SEC(password(r))),
        '<add key="SftpPassword" value="%s" />\n<add key="ApiTimeoutSeconds" value="30" />' % SEC(password(r)),
        '<datasource jndi-name="java:/OrdersDS">\n  <connection-url>jdbc:postgresql://%s/orders</connection-url>\n  <security><user-name>orders</user-name><password>%s</password></security>\n</datasource>' % (dbhost(r), SEC(password(r))),
        '{"wifi": {"ssid": "Workshop", "psk": "%s"}, "ota_password": "%s"}' % (SEC(password(r)), SEC(password(r))),
    ])


@frame("docker_compose_env", "en", 4)
def _(r, nm):
    return (f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: wiki\n      POSTGRES_PASSWORD: {SEC(password(r))}\n"
            f"  app:\n    image: wikijs:2\n    environment:\n      DB_PASS: {SEC(password(r))}\n      ADMIN_TOKEN: {SEC(rs(r, AN, 32))}\n")


@frame("k8s_secret_base64", "en", 4)
def _(r, nm):
    pw = password(r)
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\ntype: Opaque\ndata:\n  username: {b64('payments')}\n"
            f"  password: {SEC(b64(pw))}\nstringData:\n  api-token: {SEC(rs(r, AN, 28))}\n")


# ---------------------------------------------------------------- shell
@frame("shell_commands_creds", "en", 6)
def _(r, nm):
    g, _, _ = nm.person("en")
    pw = password(r).replace("'", "")
    return r.choice([
        f"$ curl -u 'deploy:{SEC(pw)}' https://ci.internal/api/jobs",
        f"sshpass -p '{SEC(pw)}' ssh backup@{IP(ip(r, False))} 'tar czf - /srv' > srv.tgz",
        f"mysql -u root -p{SEC(pw)} -h db-replica-2 shop < dump.sql",
        f"htpasswd -b /etc/nginx/.htpasswd admin {SEC(pw)}",
        f"git clone https://{PER(g.lower())}:{KEY(api_key(r, 'gh'))}@github.com/acme-tools/infra.git",
        f"PGPASSWORD={SEC(pw)} pg_dump -h {dbhost(r)} -U reports reports > r.sql",
        f"docker login registry.internal -u ci -p {SEC(pw)}",
        f"echo '{SEC(pw)}' | sudo -S systemctl restart nginx",
    ])


@frame("http_auth_headers", "en", 5)
def _(r, nm):
    u = r.choice(["svc-export", "admin", "monitor"])
    return r.choice([
        f"GET /api/v2/invoices HTTP/1.1\nHost: billing.internal\nAuthorization: Basic {SEC(b64(u + ':' + password(r)))}\nAccept: application/json",
        f"curl https://api.internal/v1/me -H 'Authorization: Bearer {SEC(jwt(r, 'u' + digits(r, 6)))}'",
        f"Cookie: theme=dark; sessionid={SEC(session_id(r))}; csrftoken={SEC(rs(r, AN, 32))}",
        f"Set-Cookie: SESSION={SEC(rs(r, AN, 40))}; Path=/; HttpOnly; Secure",
        f"request failed, headers were:\n  X-Api-Key: {KEY(api_key(r))}\n  Authorization: Basic {SEC(b64(u + ':' + password(r)))}",
    ])


@frame("pem_private_key_paste", "en", 4)
def _(r, nm):
    g, _, _ = nm.person("en")
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    return r.choice([f"{PER(g)}: here's the deploy key, paste it into the server\n{SEC(pem(r, kind))}",
                     f"key.pem contents (temporary, will rotate):\n{SEC(pem(r, kind, 3))}\n"])


@frame("jwt_in_logs", "en", 3)
def _(r, nm):
    return f"2026-11-{r.randint(10, 28)} 09:{r.randint(10, 59)}:{r.randint(10, 59)} WARN auth token rejected: token={SEC(jwt(r, 'usr_' + digits(r, 5)))} reason=expired"


@frame("api_keys_slack_paste", "en", 4)
def _(r, nm):
    g, _, _ = nm.person("en")
    g2, _, _ = nm.person("en")
    return r.choice([
        f"{PER(g)}: use my OpenAI key for the demo: {KEY(api_key(r, 'openai'))}\n{PER(g2)}: thanks, will revoke after",
        f"{PER(g2)}: slack bot token is {KEY(api_key(r, 'slack'))} and the signing secret {SEC(hexs(r, 32))}",
        f"{PER(g)}: HF token for the private model: {KEY(api_key(r, 'hf'))}",
        f"{PER(g2)}: anthropic key {KEY(api_key(r, 'anthropic'))} (team budget)",
    ])


@frame("es_config_comentada", "es", 3)
def _(r, nm):
    return r.choice([
        f"# configuración del servidor de correo\n# la contraseña real, no la de ejemplo:\nsmtp_clave = \"{SEC(password(r))}\"\n",
        f"# entorno de pruebas (¡no producción!)\nBD_CONTRASENA={SEC(password(r))}\nBD_USUARIO=pruebas\n",
        f"-- acceso a la BD de facturación\n-- usuario: facturas / contraseña: {SEC(password(r))}\nSELECT count(*) FROM facturas;",
    ])


@frame("fr_config_ftp", "fr", 2)
def _(r, nm):
    return f"# Accès FTP du prestataire\nhôte = ftp.prestataire.example\nutilisateur = depot\nmot_de_passe = {SEC(password(r))}\n"


@frame("wpa_supplicant_netplan", "en", 2)
def _(r, nm):
    return r.choice([f"network={{\n    ssid=\"Barn-WiFi\"\n    psk=\"{SEC(password(r))}\"\n}}",
                     f"wifis:\n  wlan0:\n    access-points:\n      \"Studio\":\n        password: \"{SEC(password(r))}\""])


@frame("seed_and_wallet_pw", "en", 2)
def _(r, nm):
    g, _, _ = nm.person("en")
    return f"{PER(g)}: wallet password is {SEC(password(r))} and the 12 words are {SEC(passphrase(r, ' ', 12) if False else ' '.join(r.sample(WORDS, 12)))} - put this in the safe"


@frame("voice_note_spoken_pw", "en", 2)
def _(r, nm):
    g, _, _ = nm.person("en")
    w1, w2 = r.sample(WORDS, 2)
    n = r.randint(10, 99)
    return f"transcript: hi it's {PER(g)} the password for the alarm app is {SEC(f'{w1} {w2} {n}')} all lower case no spaces actually"


@frame("sql_create_user", "en", 2)
def _(r, nm):
    return r.choice([f"CREATE USER 'etl'@'%' IDENTIFIED BY '{SEC(password(r))}';\nGRANT SELECT ON warehouse.* TO 'etl'@'%';",
                     f"ALTER ROLE reporting WITH LOGIN PASSWORD '{SEC(password(r))}';"])


@frame("dotfile_credentials", "en", 5)
def _(r, nm):
    pw = password(r).replace(":", "c").replace("@", "A").replace("/", "x")
    return r.choice([
        f"# ~/.netrc\nmachine artifacts.internal\n  login deploy\n  password {SEC(pw)}",
        f"# ~/.pgpass (chmod 600)\ndb.internal:5432:warehouse:analyst:{SEC(pw)}",
        '{\n  "auths": {\n    "registry.internal:5000": { "auth": "%s" }\n  }\n}' % SEC(b64("ci-bot:" + pw)),
        f"# .npmrc\n//npm.pkg.internal/:_authToken={SEC(hexs(r, 8) + '-' + hexs(r, 4) + '-' + hexs(r, 4) + '-' + hexs(r, 4) + '-' + hexs(r, 12))}\nalways-auth=true",
        f"git clone https://oauth2:{SEC(rs(r, AN + '-_', 20))}@gitlab.internal/platform/terraform.git",
        f"[credential]\n\thelper = store\n# ~/.git-credentials\nhttps://build-bot:{SEC(pw)}@git.internal",
    ])


@frame("de_es_passphrase_prosa", "de", 3)
def _(r, nm):
    g, _, _ = nm.person("de")
    w = r.sample(["Apfelbaum", "Regenschirm", "Sonnenblume", "Kaffeetasse", "Eisbär", "Wanderschuh", "Zitrone", "Leuchtturm"], 4)
    return r.choice([
        f"{PER(g)}: Die Passphrase für den Passwort-Tresor ist „{SEC(' '.join(w))}“ – mit Leerzeichen.",
        f"Notiz von {PER(g)}: Masterpasswort {SEC('-'.join(w) + str(r.randint(1, 99)))}, bitte nach dem Urlaub ändern.",
    ])


@frame("es_frase_contrasena", "es", 2)
def _(r, nm):
    g, _, _ = nm.person("es")
    w = r.sample(["caracol", "tormenta", "guitarra", "limonada", "girasol", "pingüino", "volcán", "sandía"], 4)
    return f"{PER(g)}: la frase de contraseña del gestor es «{SEC(' '.join(w))}», apúntala en papel y no en el móvil"
