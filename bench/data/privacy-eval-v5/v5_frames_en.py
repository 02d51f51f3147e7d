"""Positive frames, mostly English: the structured traffic people paste into an assistant.
Each frame returns a marked string (entities wrapped with E()); gen_v5.py renders it."""
import re

from v5_core import (E, R, pick, Person, people, email_for, street, city, postcode, phone, fmt_dob, dob_date, card,
                     iban, api_key, password, pin, recovery_code, aws_secret, ipv4, ipv6, passport, dl, digits, hexs,
                     b62, nid_us_ssn, nid_uk_nino, nid_uk_nhs, ORGS, translit, handle, num2words, ONES, year_words,
                     MONTHS, ordinal, opt)

FRAMES = []


def frame(shape, lang="en", short=False):
    """Register a frame. short=True marks one-line requests with 1-3 values; gen_v5 gives them more texts."""
    def deco(fn):
        fn.short = short
        FRAMES.append((shape, lang, fn))
        return fn
    return deco


def P(p):
    return E("PERSON", p)


def mixed_pool():
    return pick(["en", "en", "us", "de", "fr", "es", "it", "nl", "pt", "inl", "arl", "tr", "pl", "sv", "sw", "ta", "vi", "id"])


def country_of(pool):
    return {"en": "uk", "us": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "br", "inl": "in",
            "arl": "uk", "tr": "tr", "pl": "pl", "sv": "se", "sw": "ke", "ta": "in", "vi": "us", "id": "id"}[pool]


def mail(p, **kw):
    return E("EMAIL", email_for(p, **kw))


def org(lang="en"):
    return E("ORGANIZATION", pick(ORGS[lang]))


@frame("email_thread_signature_quoted")
def f_email_thread():
    a, b = people(pick(["en", "us"]), 1)[0], people(mixed_pool(), 1)[0]
    o = pick(ORGS["en"])
    ea, eb = email_for(a), email_for(b, domain=re.sub(r"[^a-z]", "", o.lower().replace(" ltd", "").replace(" llp", "").replace(" inc.", "")) + pick([".co.uk", ".com"]))
    day = pick(["Tue, 4 Nov", "Mon, 17 Nov", "Thu, 20 Nov", "Fri, 28 Nov"])
    ask = pick(["Can you help me reply politely but firmly? I don't want to pay the late fee.",
                "Summarise this thread for me and draft a short answer saying I accept the new date.",
                "Is this a scam? Something feels off about the bank change."])
    sig = pick([f"Kind regards,\n{P(b.full)}\nClient Services | {E('ORGANIZATION', o)}",
                f"Best,\n{P(b.given)}\n--\n{P(b.full)} · Account Manager" + opt(f"\nDirect: {E('PHONE', phone('uk', True))}", .4)])
    return (f"{ask}\n\n-------- Forwarded thread --------\n"
            f"From: {P(b.full)} <{E('EMAIL', eb)}>\nTo: me\nSubject: RE: your account\n\n"
            f"Dear {P(a.given)},\n\nThanks for getting back to us. As discussed, we'll need the signed form by Friday.\n\n{sig}\n\n"
            f"> On {day}, {P(a.full)} wrote:\n"
            f"> Hi, I moved last month, my new address is {E('LOCATION', street('uk'))}, {E('LOCATION', city('uk'))}" +
            opt(f"\n> You can reach me on {E('PHONE', phone('uk'))} after 5pm.", .4) + "\n> Thanks")


@frame("crm_contacts_export_csv")
def f_crm_csv():
    rows = []
    for i in range(R.randint(2, 3)):
        pool = mixed_pool()
        p = Person(pool)
        c = country_of(pool)
        rows.append(f"{R.randint(100200, 999999)},{pick(['2025-10-0', '2025-11-1', '2025-09-2'])}{R.randint(1, 9)},"
                    f"{P(p.full)},{mail(p)},{E('PHONE', phone(c, True)) if R.random() < .5 else ''},"
                    f"{pick(['lead', 'customer', 'churned', 'trial'])},{pick(['asked for callback', 'wants invoice copy', 'no answer x2', 'VIP - be nice'])}")
    return ("Here's an export from our CRM, please dedupe it and tell me who hasn't been contacted:\n\n"
            "contact_id,created,name,email,phone,stage,notes\n" + "\n".join(rows))


@frame("helpdesk_ticket_json_export")
def f_ticket_json():
    p = Person(mixed_pool())
    c = country_of(p.pool)
    agent = Person("en")
    return ('{\n  "ticket": 4' + digits(5) + ',\n  "status": "open",\n  "priority": "' + pick(["high", "normal"]) + '",\n'
            f'  "requester": {{"name": "{P(p.full)}", "email": "{mail(p)}", "phone": "{E("PHONE", phone(c, True))}"}},\n'
            f'  "assignee": "{P(agent.full)}",\n'
            f'  "subject": "Can\'t log in after password reset",\n'
            f'  "description": "hi, I reset it to {E("SECRET", password())} like the mail said and it still says invalid. my login ip is {E("IP_ADDRESS", ipv4(False))} if that helps",\n'
            f'  "tags": ["login", "web"],\n  "created_at": "2025-11-{R.randint(10, 28)}T0{R.randint(1, 9)}:{R.randint(10, 59)}:00Z"\n}}\n\n'
            "Write a reply for the agent. Also should we be storing this?")


@frame("shell_session_with_credentials")
def f_shell():
    u = Person(pick(["en", "us", "de", "pl", "inl", "sv"]))
    h = handle(u)
    ip1, ip2 = ipv4(True), ipv4(False)
    pw = password(pick(["random", "human"]))
    v = pick([
        f"{P(h)}@build-01:~$ export AWS_ACCESS_KEY_ID={E('API_KEY', api_key('aws'))}\n{P(h)}@build-01:~$ export AWS_SECRET_ACCESS_KEY={E('SECRET', aws_secret())}\n"
        f"{P(h)}@build-01:~$ aws s3 ls s3://reports-archive\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied",
        f"{P(h)}@laptop:~$ mysql -h {E('IP_ADDRESS', ip1)} -u reporting -p'{E('SECRET', pw)}' crm\nERROR 1045 (28000): Access denied for user 'reporting'@'{E('IP_ADDRESS', ip2)}' (using password: YES)",
        f"{P(h)}@laptop:~$ curl -s -H \"Authorization: Bearer {E('API_KEY', api_key(pick(['openai', 'groq', 'perplexity'])))}\" https://api.internal.example/v1/models\n{{\"error\":\"upstream timeout\"}}\n"
        f"{P(h)}@laptop:~$ ping -c1 {E('IP_ADDRESS', ip1)}\nPING {E('IP_ADDRESS', ip1)}: 56 data bytes\nRequest timeout for icmp_seq 0",
        f"{P(h)}@jump:~$ psql \"host={E('IP_ADDRESS', ip1)} port=5432 dbname=billing user=billing_ro password={E('SECRET', pw)} sslmode=require\"\n"
        f"psql: error: connection to server at \"{E('IP_ADDRESS', ip1)}\", port 5432 failed: timeout expired",
    ])
    return f"{pick(['why does this fail?', 'what am I doing wrong here', 'any idea? been stuck for an hour'])}\n\n```\n{v}\n```"


@frame("python_stack_trace_locals")
def f_trace():
    p = Person(mixed_pool())
    e = email_for(p)
    key = api_key(pick(["stripe", "sendgrid", "mailgun", "twilio", "stripe_rk"]))
    return ("Our worker crashes at night, Sentry shows this, can you explain?\n\n"
            "Traceback (most recent call last):\n"
            '  File "/srv/app/jobs/notify.py", line 88, in send_receipt\n    resp = client.send(to=user.email, template="receipt")\n'
            '  File "/srv/app/.venv/lib/python3.11/site-packages/mailer/client.py", line 214, in send\n    raise MailerError(resp.text)\n'
            "mailer.errors.MailerError: 401 Unauthorized\n\nLocal variables:\n"
            f"  user = <User id=48213 email='{E('EMAIL', e)}' name='{P(p.full)}'>\n"
            f"  api_key = '{E('API_KEY', key)}'\n  retries = 3\n  template = 'receipt'\n"
            f"  remote_addr = '{E('IP_ADDRESS', ipv4(False))}'")


@frame("dotenv_file_paste")
def f_dotenv():
    owner = Person(pick(["en", "us", "inl", "de", "nl"]))
    pw = password("random")
    lines = [f"# staging - ask {P(owner.given)} before changing", "NODE_ENV=staging", "PORT=8080",
             f"DB_HOST={E('IP_ADDRESS', ipv4(True))}", "DB_USER=app", f"DB_PASSWORD={E('SECRET', pw)}",
             f"{pick(['OPENAI_API_KEY', 'LLM_KEY'])}={E('API_KEY', api_key(pick(['openai', 'anthropic'])))}",
             f"SENTRY_AUTH_TOKEN={E('API_KEY', api_key('sentry'))}",
             "FEATURE_FLAGS=beta_ui,new_checkout"]
    if R.random() < .5:
        lines.insert(7, f"HF_TOKEN={E('API_KEY', api_key('hf'))}")
    return "my .env keeps getting ignored by docker, is the format wrong?\n\n" + "\n".join(lines)


@frame("docker_compose_yaml")
def f_compose():
    m = Person(pick(["en", "de", "fr", "nl", "pl"]))
    pw = password("random")
    return (f"version: \"3.9\"\n# maintainer: {P(m.full)} <{mail(m)}>\nservices:\n  db:\n    image: postgres:16.4\n    environment:\n"
            f"      POSTGRES_USER: nextcloud\n      POSTGRES_PASSWORD: {E('SECRET', pw)}\n    volumes:\n      - ./pg:/var/lib/postgresql/data\n"
            f"  app:\n    image: nextcloud:29.0.7\n    ports:\n      - \"8081:80\"\n    environment:\n      POSTGRES_HOST: db\n"
            f"      POSTGRES_PASSWORD: {E('SECRET', pw)}\n      NEXTCLOUD_ADMIN_USER: {P(handle(m))}\n"
            f"      NEXTCLOUD_TRUSTED_DOMAINS: {E('IP_ADDRESS', ipv4(True))}\n\n"
            "the app container restarts every 30s, what's wrong with this compose file?")


@frame("toml_app_config")
def f_toml():
    m = Person(mixed_pool())
    return ("[project]\nname = \"invoice-bot\"\nversion = \"0.4.2\"\n"
            f"authors = [\"{P(m.full)} <{mail(m)}>\"]\n\n[bot]\nprefix = \"!\"\n"
            f"telegram_token = \"{E('API_KEY', api_key('telegram'))}\"\nadmin_chat_id = {R.randint(100000000, 999999999)}\n\n"
            f"[database]\nurl = \"postgres://bot:{E('SECRET', password('random'))}@{E('IP_ADDRESS', ipv4(True))}:5432/invoices\"\n\n"
            f"[llm]\nprovider = \"{pick(['groq', 'replicate', 'nvidia'])}\"\napi_key = \"{E('API_KEY', api_key(pick(['groq', 'replicate', 'nvidia'])))}\"\n\n"
            "Can you convert this to YAML?")


@frame("sql_insert_customers")
def f_sql():
    vals = []
    for _ in range(2):
        pool = mixed_pool()
        p = Person(pool)
        y, m, d = dob_date(1950, 2004)
        vals.append(f"  ('{P(p.given)}', '{P(p.family.replace(chr(39), chr(39) * 2))}', "
                    f"'{E('DATE_OF_BIRTH', f'{y}-{m:02d}-{d:02d}')}', '{E('CREDIT_CARD', card(sep=''))}')")
    return ("-- seed data copied from prod, need to anonymise before sharing with the contractor\n"
            "INSERT INTO customers (first_name, last_name, birth_date, card_number) VALUES\n" + ",\n".join(vals) + ";\n\n"
            "Write me an UPDATE that masks these columns.")


@frame("raw_http_request_headers")
def f_http():
    p = Person(mixed_pool())
    tok = pick([api_key("jwt"), api_key("jwt"), api_key("generic_b62")])
    return (f"POST /api/v2/profile HTTP/1.1\nHost: app.example-shop.com\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0\n"
            f"Authorization: Bearer {E('API_KEY', tok)}\nCookie: sessionid={E('API_KEY', hexs(32))}; theme=dark; consent=1\n"
            f"X-Forwarded-For: {E('IP_ADDRESS', ipv4(False))}\nContent-Type: application/json\n\n"
            f"{{\"display_name\": \"{P(p.full)}\", \"newsletter\": true}}\n\n"
            "HTTP/1.1 422 Unprocessable Entity\n\nwhy 422? the json looks valid to me")


@frame("markdown_table_contacts")
def f_mdtable():
    rows = []
    for role in pick([["Lead", "Backup"], ["Driver", "Snacks", "First aid"], ["Host", "Treasurer"]]):
        pool = mixed_pool()
        p = Person(pool)
        rows.append(f"| {P(p.full)} | {role} | {E('PHONE', phone(country_of(pool))) if R.random() < .6 else '—'} |")
    return ("Turn this into a nice message for the group chat:\n\n| Name | Role | Phone |\n|---|---|---|\n" + "\n".join(rows))


def spell_digits(s):
    out = []
    ds = [c for c in s if c.isdigit()]
    i = 0
    while i < len(ds):
        if i + 1 < len(ds) and ds[i] == ds[i + 1] and R.random() < .5:
            out.append("double " + ("oh" if ds[i] == "0" else ONES[int(ds[i])]))
            i += 2
        else:
            out.append("oh" if ds[i] == "0" and R.random() < .7 else ONES[int(ds[i])])
            i += 1
    return " ".join(out)


@frame("voice_call_transcript_spelled")
def f_voice():
    p = Person(pick(["en", "us"]))
    y, m, d = dob_date(1945, 2000)
    ph = phone("uk" if p.pool == "en" else "us", False)
    agent = Person("en")
    return (f"[call transcript, auto-generated]\nAGENT ({P(agent.given)}): thanks for calling, can I take your full name please\n"
            f"CALLER: yeah it's {P(p.given.lower())} {P(p.family.lower())}\nAGENT: and your date of birth\n"
            f"CALLER: the {E('DATE_OF_BIRTH', f'{ordinal(d)} of {MONTHS[chr(101)+chr(110)][m - 1].lower()} {year_words(y)}')}\n"
            f"AGENT: and the best number to call you back on\nCALLER: it's {E('PHONE', spell_digits(ph))}\n"
            f"AGENT: lovely and the first line of the address\nCALLER: {E('LOCATION', str(R.randint(2, 99)) + ' ' + pick(['albion road', 'mill lane', 'station road', 'the crescent']))}\n"
            f"AGENT: thank you {P(p.given.lower())}, I'll raise that now\n\nPlease turn this into a clean case note.")


@frame("forwarded_sms_chain")
def f_sms():
    a = Person(mixed_pool())
    c = country_of(a.pool)
    code = pin(pick([4, 5, 6]))
    return (f"Fwd: SMS from {E('PHONE', phone(c, True))}\n\"Hi it's {P(a.given)}, your host for the weekend. Flat is at "
            f"{E('LOCATION', street(c))}. Key box by the blue door, code {E('SECRET', code)}. " +
            opt(f"Wifi pw is {E('SECRET', password('human'))}. ", .5) + "Any problem call me.\"\n\n" +
            "can you translate this for my parents and make a checklist?")


@frame("ics_flat_viewing_invite")
def f_ics():
    o, a = Person(mixed_pool()), Person(mixed_pool())
    c = country_of(o.pool)
    meet = f"https://meet.example-video.com/j/{digits(10)}?pwd={b62(22)}"
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendar//EN\nBEGIN:VEVENT\nUID:" + hexs(16) + "@cal\n"
            "DTSTART:20251209T150000Z\nDTEND:20251209T160000Z\nSUMMARY:Flat viewing + contract\n"
            f"ORGANIZER;CN={P(o.full)}:mailto:{mail(o)}\n" + opt(f"ATTENDEE;CN={P(a.full)};RSVP=TRUE:mailto:{mail(a)}\n", .4) +
            f"LOCATION:{E('LOCATION', street(c))}\\, {E('LOCATION', city(c).replace(',', ''))}\n"
            f"DESCRIPTION:If you can't come in person join here: {E('URL', meet)}\\nPasscode: {E('SECRET', digits(6))}\\n"
            f"Bring ID.\nEND:VEVENT\nEND:VCALENDAR\n\n"
            "Add this to my calendar and remind me what to bring.")


@frame("vcard_contact")
def f_vcard():
    pool = pick(["en", "us", "de", "fr", "nl", "it", "es", "tr", "pl"])
    p = Person(pool)
    c = country_of(pool)
    y, m, d = dob_date(1955, 2002)
    o = pick(ORGS.get(pool, ORGS["en"]) if pool in ORGS else ORGS["en"])
    slug = translit(p.given) + "-" + translit(p.family) + "-" + hexs(6)
    return ("BEGIN:VCARD\nVERSION:3.0\n"
            f"N:{P(p.family)};{P(p.given)};;;\nFN:{P(p.full)}\n" + opt(f"ORG:{E('ORGANIZATION', o)}\n") +
            f"TEL;TYPE=CELL:{E('PHONE', phone(c, True))}\n" + opt(f"EMAIL;TYPE=HOME:{mail(p)}\n") +
            opt(f"ADR;TYPE=HOME:;;{E('LOCATION', street(c))};{E('LOCATION', city(c).split(',')[0].split(' - ')[0])};;{E('POSTAL_CODE', postcode(c))};\n", .35) +
            f"BDAY:{E('DATE_OF_BIRTH', f'{y}-{m:02d}-{d:02d}')}\nURL:{E('URL', 'https://www.linkedin.com/in/' + slug)}\nEND:VCARD\n\n"
            "import this contact and tell me when their birthday is")


def ocr(s):
    """OCR damage: doubled spaces, stray spaces around punctuation."""
    return s.replace(" ", pick(["  ", " ", " "]))


@frame("ocr_scanned_form_spacing")
def f_ocr():
    p = Person(pick(["en", "us", "inl", "arl", "sw"]))
    c = "uk" if p.pool in ("en", "arl") else country_of(p.pool)
    y, m, d = dob_date(1950, 2003)
    ni = nid_uk_nino() if c == "uk" else (nid_us_ssn() if c == "us" else None)
    dob = pick([f"{d:02d} / {m:02d} / {y}", f"{d:02d}.{m:02d} .{y}", f"{d:02d}/{m:02d}/ {y}"])
    lines = [f"APPLICATI0N  F0RM  - please use BL0CK CAPITALS", f"Surname :  {P(p.family.upper())}",
             f"Fore name(s) :  {P(p.given.upper())}", f"D ate of birth :  {E('DATE_OF_BIRTH', dob)}",
             f"Addr ess :  {E('LOCATION', street(c).upper())} ,  {E('LOCATION', city(c).upper())}",
             f"Post code :  {E('POSTAL_CODE', postcode(c))}"]
    if ni:
        lines.append(f"Nat. Ins. / SSN :  {E('NATIONAL_ID', ni)}")
    lines.append(f"Signed :  {P(p.given[0] + '. ' + p.family)}")
    return "text from the scan, fix the OCR errors and fill the fields as JSON:\n\n" + "\n".join(lines)


@frame("irc_style_chat_nicknames")
def f_irc():
    ps = people(pick(["en", "us", "de", "nl", "sv", "fi"]), 3)
    nick = [handle(p)[:4] if len(handle(p)) >= 6 and R.random() < .5 else handle(p) for p in ps]  # nicknames: the given name or its first four letters
    ip = ipv4(False)
    return (f"[21:02] <{P(nick[0])}> anyone got the vpn creds for the lab\n[21:03] <{P(nick[1])}> {P(nick[0])}: user lab, pass {E('SECRET', password())}\n"
            f"[21:03] <{P(nick[2])}> dude not in the channel\n" + opt(f"[21:04] <{P(nick[1])}> lol it's just us. gateway is {E('IP_ADDRESS', ip)}\n", .4) +
            f"[21:05] <{P(nick[0])}> ty. also {P(ps[2].given)} can u text me, {E('PHONE', phone(country_of(ps[0].pool) if ps[0].pool in ('en', 'us', 'de', 'nl', 'sv') else 'fi'))}\n\n"
            "summarise what was decided in this log")


@frame("complaint_letter_to_bank")
def f_bank_letter():
    p = Person(mixed_pool())
    c = country_of(p.pool)
    cc = {"uk": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "br": "BR", "in": "GB", "tr": "TR",
          "pl": "PL", "se": "SE", "ke": "GB", "us": "IE", "id": "NL"}[c]
    return (f"write a formal complaint to my bank, {org()}. they charged me twice. details: my name is {P(p.full)}, "
            f"account {E('IBAN', iban(cc))}, the card used was {E('CREDIT_CARD', card())}, transaction on 14 Nov for 89.99. " +
            opt(f"Address for the reply: {E('LOCATION', street(c))}, " + (f"{E('LOCATION', city(c))} {E('POSTAL_CODE', postcode(c))}. " if c in ("uk", "us", "in", "ke") else f"{E('POSTAL_CODE', postcode(c))} {E('LOCATION', city(c))}. "), .35) +
            f"Sign it {P(p.given)}.")


@frame("hotel_group_passport_list")
def f_passports():
    out = []
    for _ in range(R.randint(1, 2)):
        pool = pick(["en", "us", "de", "fr", "es", "it", "nl", "pl", "tr", "inl", "sv"])
        p = Person(pool)
        c = {"en": "uk", "us": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "tr": "tr", "inl": "in", "sv": "se"}[pool]
        y, m, d = dob_date(1950, 2015)
        out.append(f"- {P(p.family.upper())}, {P(p.given)} — passport {E('PASSPORT', passport(c))} — born {E('DATE_OF_BIRTH', f'{d:02d}/{m:02d}/{y}')}")
    return ("the hotel in Lisbon wants the guest list before check-in, can you put this in a table?\n" + "\n".join(out) +
            "\nArrival 12 Dec, 3 nights, one double room.")


@frame("applicant_intro_portfolio_links")
def f_cv():
    p = Person(mixed_pool())
    g, f = translit(p.given), translit(p.family)
    return (f"Hi, I'm {P(p.full)}, applying for the data engineer role. Portfolio: {E('URL', f'https://{g}{f}.dev')}\n"
            f"GitHub: {E('URL', f'https://github.com/{g[:1]}{f}{R.randint(1, 99)}')} · LinkedIn: {E('URL', f'https://linkedin.com/in/{g}-{f}')}\n"
            f"Email {mail(p)}, phone {E('PHONE', phone(country_of(p.pool), True))}. Currently at {org()}.\n\n"
            "make this intro sound more confident")


@frame("gp_referral_letter")
def f_referral():
    p = Person(pick(["en", "arl", "inl", "pl", "sw"]))
    dr = Person("en")
    y, m, d = dob_date(1940, 2010)
    return (f"{E('ORGANIZATION', pick(['St Aldhelm Medical Centre', 'Tidewell Health Clinic', 'Northgate Dental Practice']))}\nReferral\n\n"
            f"Patient: {P(p.full)}   DOB: {E('DATE_OF_BIRTH', f'{d:02d}/{m:02d}/{y}')}   NHS No: {E('NATIONAL_ID', nid_uk_nhs())}\n" +
            opt(f"Address: {E('LOCATION', street('uk'))}, {E('LOCATION', city('uk'))}\n", .4) + f"\n"
            f"Dear colleague, I'd be grateful if you could see {P(p.given)} regarding recurrent knee pain.\nYours, Dr {P(dr.family)}\n\n"
            "please shorten this to three lines for the booking system")


@frame("password_manager_export_csv")
def f_pwcsv():
    p = Person(mixed_pool())
    e = email_for(p)
    sites = R.sample(["netflix.com", "amazon.de", "github.com", "booking.com", "ikea.com", "spotify.com", "bank portal", "router"], 3)
    rows = "\n".join(f"{s},{E('EMAIL', e) if s not in ('router', 'bank portal') else ('admin' if s == 'router' else P(handle(p)))},{E('SECRET', password())}" for s in sites)
    return f"I exported my passwords, which ones are weak?\n\nname,username,password\n{rows}"


@frame("two_factor_recovery_codes")
def f_recovery():
    p = Person(mixed_pool())
    codes = "\n".join(f"  {E('SECRET', recovery_code())}" for _ in range(R.randint(2, 4)))
    return (f"Recovery codes for {mail(p)}\nKeep these somewhere safe. Each code can be used once.\n\n{codes}\n\n"
            "\nis it ok to keep these in my notes app?")


@frame("git_log_authors")
def f_gitlog():
    ps = people(pick(["en", "de", "inl", "pt", "nl", "pl"]), 2)
    a, b = ps
    h = [hexs(40) for _ in range(2)]
    return (f"commit {h[0]}\nAuthor: {P(a.full)} <{mail(a)}>\nDate:   Wed Nov 19 14:02:11 2025 +0100\n\n    fix retry on 429\n\n"
            f"commit {h[1]}\nAuthor: {P(b.full)} <{mail(b)}>\nDate:   Tue Nov 18 09:40:55 2025 +0100\n\n    add staging config\n\n"
            f"diff --git a/config/staging.yml b/config/staging.yml\n+  slack_webhook_token: {E('API_KEY', api_key(pick(['slack', 'slack_user'])))}\n"
            f"+  linear_key: {E('API_KEY', api_key('linear'))}\n\nwrite release notes from this, skip the config commit")


@frame("auth_service_log_lines")
def f_authlog():
    lines = []
    for _ in range(R.randint(2, 3)):
        p = Person(mixed_pool())
        ip = pick([ipv4(), ipv4(), ipv6()])
        lines.append(f"2025-11-2{R.randint(0, 8)}T1{R.randint(0, 9)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z level=warn msg=\"login failed\" "
                     f"user={mail(p)} ip={E('IP_ADDRESS', ip)} attempts={R.randint(2, 9)}")
    return "are these brute force attempts? grep output:\n\n" + "\n".join(lines)


@frame("word_names_lowercase_chat")
def f_wordnames():
    g1 = Person("en", sex="F")
    g1.given = pick(["Hope", "Grace", "Joy", "Summer", "Rose", "Amber"])
    g2 = Person("en", sex="M")
    g2.given = pick(["Will", "Bill", "Mark", "Hunter", "Reed", "Drew"])
    g2.family = pick(["Baker", "Cook", "Bell", "Wood", "Stone", "Marsh"])
    return (f"mum: did {P(g1.given.lower())} get home ok 🌧️\nme: yeah {P(g2.given.lower())} dropped her off\n"
            f"mum: tell {P(g2.given.lower())} thanks, and i hope the rain held off for them\n"
            f"me: will do. his number is {E('PHONE', phone('uk'))} if you want to say it yourself, he's {P(g2.given + ' ' + g2.family)} on whatsapp\n\n"
            "what is mum asking me to do? (english isn't my first language)")


@frame("multi_part_names_roster")
def f_particles():
    pools = R.sample(["nl", "de", "fr", "es", "arl", "ms", "pt", "it"], 3)
    rows = []
    for pool in pools:
        p = Person(pool)
        if pool == "nl":
            p.family = pick(["van der Heijden", "van den Broek", "ter Horst", "de Vries"])
        if pool == "de":
            p.family = pick(["von Oertzen", "zu Stolberg", "Große-Wilde"])
        rows.append(f"{P(p.full)}\t{E('PHONE', phone({'nl': 'nl', 'de': 'de', 'fr': 'fr', 'es': 'es', 'arl': 'ae', 'ms': 'my', 'pt': 'br', 'it': 'it'}[pool], True))}")
    return ("alphabetise these by surname (careful with the van/de/al- bits):\n\nname\tphone\n" + "\n".join(rows))


@frame("us_tax_prep_chat")
def f_us_tax():
    p, s = Person("us", sex="M"), Person("us", sex="F")
    s.family = p.family
    y, m, d = dob_date(1960, 1999)
    st = pick(["us_ca", "us_ny", "us_tx", "us_fl", "us_wa", "us_ga"])
    return (f"helping my parents with their return. Dad is {P(p.full)}, SSN {E('NATIONAL_ID', nid_us_ssn())}, DOB {E('DATE_OF_BIRTH', f'{m:02d}/{d:02d}/{y}')}. "
            f"Mom {P(s.given)} SSN {E('NATIONAL_ID', nid_us_ssn())}. The state wants a driver license number too: {E('DRIVER_LICENSE', dl(st))}. " +
            opt(f"They live in {E('LOCATION', city('us'))}. ", .5) +
            "Which filing status should they pick?")


@frame("car_rental_counter_note")
def f_rental():
    p = Person(pick(["en", "de", "fr", "it", "nl", "es"]))
    y, m, d = dob_date(1960, 2000)
    c = {"en": "uk", "de": "de", "fr": "fr", "it": "it", "nl": "nl", "es": "es"}[p.pool]
    lic = dl(c, p, (y, m, d)) if c == "uk" else dl(c)
    return (f"Rental agreement notes\nDriver 1: {P(p.full)}\nLicence no.: {E('DRIVER_LICENSE', lic)}\nDate of birth: {E('DATE_OF_BIRTH', f'{d:02d}.{m:02d}.{y}')}\n"
            f"Deposit card: {E('CREDIT_CARD', card())}\nMobile: {E('PHONE', phone(c, True))}\nPickup FAO 10:30, return 17 Dec\n\n"
            "is the deposit refundable if I bring it back early? explain the terms simply")


@frame("assistant_multiturn_paste")
def f_multiturn():
    p = Person(mixed_pool())
    kid = Person(p.pool, sex="M")
    while kid.given == p.given:
        kid = Person(p.pool, sex="M")
    kid.family = p.family if p.pool not in ("pl",) else kid.family
    c = country_of(p.pool)
    y, m, d = dob_date(2012, 2020)
    kname = P(kid.given) if R.random() < .5 else P(kid.full)
    other = Person(p.pool)
    while other.given in (p.given, kid.given):
        other = Person(p.pool)
    rel = pick(["grandma", "aunt"]) if other.sex == "F" else pick(["grandad", "uncle"])
    return (f"user: write a short note to my son's school saying he'll be off Friday\nassistant: Sure — what's your son's name and class?\n"
            f"user: {kname}, {pick(['year 4', 'class 3B', 'grade 5'])}, born {E('DATE_OF_BIRTH', fmt_dob('en', y, m, d))}. sign it from me, {P(p.full)}, "
            f"and put my mobile {E('PHONE', phone(c))}\nassistant: Here's a draft: \"Dear teacher, {P(kid.given)} will be absent on Friday...\"\n"
            f"user: make it less formal and add that his {rel} {P(other.full)} will pick him up on Monday")


@frame("webhook_payload_json")
def f_webhook():
    p = Person(mixed_pool())
    c = country_of(p.pool)
    return ('got this from the payment provider, signature check fails:\n\n{\n  "type": "customer.updated",\n  "data": {\n'
            f'    "name": "{P(p.full)}",\n    "email": "{mail(p)}",\n    "address": {{"line1": "{E("LOCATION", street(c))}", "city": "{E("LOCATION", city(c))}"}},\n'
            f'    "last_ip": "{E("IP_ADDRESS", ipv4(False))}"\n  }}\n}}\n\nmy secret is {E("SECRET", "whsec_" + b62(32))}, do I hash the raw body or the parsed json?')


@frame("expense_claims_tsv_paste")
def f_expenses():
    rows = []
    for _ in range(2):
        pool = mixed_pool()
        p = Person(pool)
        cc = {"uk": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "br": "BR", "in": "GB", "tr": "TR",
              "pl": "PL", "se": "SE", "ke": "GB", "us": "IE", "id": "NL"}[country_of(pool)]
        rows.append(f"{P(p.full)}\t{pick(['Travel', 'Hotel', 'Meals', 'Taxi'])}\t{R.randint(20, 900)}.{R.randint(10, 99)}\t{E('IBAN', iban(cc, False))}")
    return ("pasted from the expenses sheet — which claims are over the 250 limit?\n\nemployee\tcategory\tamount_eur\treimburse_to\n" +
            "\n".join(rows) + f"\n\n(corporate card used for flights: {E('CREDIT_CARD', card('amex'))})")


@frame("live_chat_widget_transcript")
def f_livechat():
    p = Person(mixed_pool())
    c = country_of(p.pool)
    agent = Person("en")
    return (f"Chat started 09:41 · Visitor: {P(p.given)}\n[09:41] Bot: Hi! How can I help?\n[09:42] {P(p.given)}: my parcel never arrived, order 55-{digits(6)}\n"
            f"[09:43] {P(agent.given)} (agent): Sorry about that! Can you confirm the delivery address and a phone number?\n"
            f"[09:44] {P(p.given)}: {E('LOCATION', street(c))}, {E('LOCATION', city(c))}. phone {E('PHONE', phone(c))}\n"
            f"[09:45] {P(agent.given)} (agent): Thanks {P(p.given)}, I've raised a claim.\n\nWrite a summary of this chat for the claims team.")


@frame("k8s_configmap_smtp")
def f_k8s():
    m = Person(pick(["en", "de", "nl", "inl", "sv"]))
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mailer-config\n  annotations:\n"
            f"    owner: \"{P(m.full)}\"\n    oncall-phone: \"{E('PHONE', phone(country_of(m.pool) if m.pool != 'inl' else 'in', True))}\"\ndata:\n"
            f"  SMTP_HOST: smtp.mailprovider.example\n  SMTP_USER: apikey\n  SMTP_PASSWORD: \"{E('API_KEY', api_key('sendgrid'))}\"\n"
            f"  ALERT_TO: \"{mail(m)}\"\n\nkubectl apply says it's fine but pods can't send mail. also, should the password be in a ConfigMap?")


@frame("meeting_notes_action_items")
def f_minutes():
    ps = people(pick(["en", "us", "de", "nl", "fr", "inl", "sw"]), 3)
    c = country_of(ps[0].pool) if ps[0].pool in ("en", "us", "de", "nl", "fr", "inl", "sw") else "uk"
    return (f"Notes — volunteer committee, Tue\nPresent: {P(ps[0].given)}, {P(ps[1].full)}, {P(ps[2].given)} (chair)\n\n"
            f"- venue for the fair confirmed; keys from {P(ps[1].given)}, who lives next door at {E('LOCATION', street(c))}\n"
            f"- @{P(handle(ps[0]))} to call the printer back\n- {P(ps[2].given)} shares a mobile number for the day: {E('PHONE', phone(c))}\n\n"
            "Turn these into a short email to the whole committee.")


# ---------------------------------------------------------------- short one-liners (1-4 values): most real requests are short
@frame("passport_travel_question", short=True)
def s_passport():
    c = pick(["uk", "us", "de", "fr", "in", "it", "es", "nl", "pl", "tr", "br", "kr", "jp"])
    return pick([f"My passport {E('PASSPORT', passport(c))} expires in 5 months, can I still fly to Thailand next week?",
                 f"booking form asks for passport no, is it {E('PASSPORT', passport(c))} or the number on the back page? it's a {c.upper()} passport",
                 f"The airline has my passport as {E('PASSPORT', passport(c))} but I renewed it — new one is {E('PASSPORT', passport(c))}. Do I need to tell them?"])


@frame("driving_licence_fine_question", short=True)
def s_dl():
    p = Person(pick(["en", "en", "us"]))
    y, m, d = dob_date(1960, 2003)
    if p.pool == "en":
        lic = dl("uk", p, (y, m, d))
        return pick([f"got a speeding letter, they want my licence number: {E('DRIVER_LICENSE', lic)}. do I have to name the driver if it was my wife?",
                     f"Is {E('DRIVER_LICENSE', lic)} the right format for a UK licence? The insurer's website rejects it."])
    st = pick(["us_ca", "us_ny", "us_tx", "us_fl", "us_wa", "us_ga"])
    return f"the rental site wants DL# and state — mine is {E('DRIVER_LICENSE', dl(st))}, {st[-2:].upper()}. name on it is {P(p.full)}. is that enough to book?"


@frame("wifi_card_print_request", short=True)
def s_wifi():
    return pick([f"make a cute printable card for guests: network \"{pick(['CasaBlanca', 'TheBurrow', 'Flat4', 'Nest'])}\", password {E('SECRET', password())}",
                 f"how do I share wifi by QR code? password is {E('SECRET', password('phrase'))}",
                 f"my router admin password is still {E('SECRET', password('leet'))}, how do I change it on a TP-Link?"])


@frame("profile_link_feedback", short=True)
def s_profile():
    p = Person(mixed_pool())
    g, f = translit(p.given), translit(p.family)
    url = pick([f"https://www.instagram.com/{g}.{f}{R.randint(1, 99)}/", f"https://www.linkedin.com/in/{g}{f}-{hexs(8)}/",
                f"https://{g}{f}.carrd.co", f"https://www.behance.net/{g}{f}", f"https://calendly.com/{g}-{f}/30min"])
    return pick([f"can you critique my profile? {E('URL', url)}", f"is this link ok to put on my CV: {E('URL', url)}",
                 f"my clients book me through {E('URL', url)} — write a friendly reminder message that includes it"])


@frame("home_ip_blocked", short=True)
def s_ip():
    return pick([f"the forum banned my home IP {E('IP_ADDRESS', ipv4(False))}, I only posted twice. how do I appeal?",
                 f"my NAS at {E('IP_ADDRESS', ipv4(True))} stopped showing up after the router update",
                 f"someone logged into my account from {E('IP_ADDRESS', pick([ipv4(False), ipv6()]))}, where is that?"])


@frame("api_key_401_one_liner")
def s_key():
    k = api_key(pick(["openai", "anthropic", "groq", "hf", "google", "stripe", "mailgun", "perplexity", "replicate", "github_fine", "gitlab", "digitalocean", "npm", "pypi"]))
    return pick([f"why 401?? key is {E('API_KEY', k)}", f"I accidentally pushed {E('API_KEY', k)} to a public repo 10 minutes ago, what now?",
                 f"is this a valid format: {E('API_KEY', k)}"])


@frame("card_declined_checkout", short=True)
def s_card():
    o = pick(ORGS["en"])
    return pick([f"my card {E('CREDIT_CARD', card())} keeps getting declined online but works in shops, bank is {E('ORGANIZATION', o)}",
                 f"is {E('CREDIT_CARD', card())} a visa or mastercard? the form won't accept it",
                 f"{E('ORGANIZATION', o)} sent me a new card {E('CREDIT_CARD', card())}, do I need to update it on every subscription?"])


@frame("iban_validity_question", short=True)
def s_iban():
    cc = pick(["DE", "FR", "ES", "IT", "NL", "GB", "BE", "AT", "PL", "PT", "IE", "LU", "CH"])
    return pick([f"my new landlord sent {E('IBAN', iban(cc))} — is that a real IBAN?",
                 f"please check this IBAN before I send the deposit: {E('IBAN', iban(cc))} (account holder {P(Person(mixed_pool()).full)})"])


@frame("reference_letter_colleague", short=True)
def s_reference():
    a, b = Person(mixed_pool()), Person(mixed_pool())
    while a.given == b.given:
        b = Person(mixed_pool())
    return (f"write a short reference for {P(a.full)}, who worked with me at {org()} for three years as a nurse. "
            f"{P(a.given)} is reliable and calm. sign as {P(b.full)}")


@frame("text_my_sister", short=True)
def s_phone():
    pool = mixed_pool()
    p = Person(pool, sex="F")
    return pick([f"draft a text to my sister {P(p.given)} ({E('PHONE', phone(country_of(pool)))}) saying I'll be late",
                 f"whose number is this, it called me 5 times: {E('PHONE', phone(country_of(pool), True))}",
                 f"save this for me: plumber {P(p.given)}, {E('PHONE', phone(country_of(pool)))}"])


@frame("seed_phrase_or_pin_worry", short=True)
def s_seed():
    return pick([f"is it safe to keep my seed phrase in notes? \"{E('SECRET', ' '.join(R.sample(['abandon', 'orbit', 'velvet', 'salad', 'tonight', 'prize', 'escape', 'garden', 'ripple', 'camera', 'hollow', 'zebra', 'mention', 'cactus'], 12)))}\"",
                 f"mum texted me her debit card PIN, {E('SECRET', pin(4))}, so I can get cash for her. how do I tell her not to do that?",
                 f"my phone unlock code is {E('SECRET', pin(6))} and I forgot the backup password — will Apple reset it?"])


@frame("us_license_photo_text", short=True)
def s_uslicense():
    p = Person("us")
    y, m, d = dob_date(1955, 2004)
    st = pick(["us_ca", "us_ny", "us_tx", "us_fl", "us_wa"])
    return (f"text from the photo of my license, is it readable?\nDL {E('DRIVER_LICENSE', dl(st))}\nEXP 08/14/2029\n{P(p.family.upper())}\n{P(p.given.upper())}\n"
            f"DOB {E('DATE_OF_BIRTH', f'{m:02d}/{d:02d}/{y}')}\nCLASS C")


@frame("visa_form_passport_fields", short=True)
def s_visa():
    pool = pick(["inl", "arl", "tr", "pt", "vi", "id", "sw", "pl"])
    c = {"inl": "in", "arl": "sa", "tr": "tr", "pt": "br", "vi": "vn", "id": "id", "sw": "ke", "pl": "pl"}[pool]
    p = Person(pool)
    y, m, d = dob_date(1960, 2004)
    return (f"filling the Schengen form, which box does this go in?\nSurname: {P(p.family)}\nGiven names: {P(p.given)}\n"
            f"Date of birth: {E('DATE_OF_BIRTH', f'{d:02d}-{m:02d}-{y}')}\nTravel document number: {E('PASSPORT', passport(c))}\nIssued: 2021")


@frame("personal_site_footer", short=True)
def s_site():
    p = Person(mixed_pool())
    g, f = translit(p.given), translit(p.family)
    return (f"write a footer for my photography site {E('URL', f'https://{g}{f}-photo.com')} with my email {mail(p)} and a line about commissions")


@frame("landlord_deposit_short_chat", short=True)
def s_landlord():
    a = Person(mixed_pool())
    return pick([f"landlord ({P(a.given)}) says the deposit will go back to {E('IBAN', iban(pick(['GB', 'DE', 'NL', 'IE'])))} in 30 days, is that legal?",
                 f"{P(a.given)} the landlord wants the rent to {E('IBAN', iban(pick(['FR', 'ES', 'IT'])))} from now on instead of cash. red flag?"])
