"""Positive frames of privacy-dev5: one function per shape, returning a text with entity markers."""
from dev5_core import E, ascii_fold

FRAMES = []  # (shape, lang, n, fn)

def frame(shape, lang, n=4):
    def deco(fn):
        FRAMES.append((shape, lang, n, fn))
        return fn
    return deco

P = lambda v: E("PERSON", v)
ORG = lambda v: E("ORGANIZATION", v)
LOC = lambda v: E("LOCATION", v)

# ===================================================================================== English: everyday and work
@frame("school_trip_consent_form", "en", 5)
def _(c):
    par = c.person(c.ch(["en_gb", "ie", "ng", "in_lat", "pl"]), born=(1972, 1988)); kid = c.kid(par, born=(2012, 2013))
    return (f"YEAR 8 RESIDENTIAL TRIP - CONSENT SLIP\nPupil: {P(kid.full)}   Form: 8{c.ch('RKS')}\n"
            f"Date of birth: {c.dob(kid, 'en', c.ch(['num', 'long']))}\nParent/carer: {P(par.full)}\n"
            f"Emergency mobile: {c.phone(c.ch(['gb', 'ie']))}\nHome address: {c.addr(c.ch(['gb', 'ie']))}\n"
            f"I give permission for {P(kid.given)} to take part in the trip.")

@frame("interview_slot_confirmation", "en", 5)
def _(c):
    a = c.person(c.ch(["en_us", "zh_lat", "ar_lat", "fil", "vi"])); rec = c.person("en_us")
    return (f"Hi {P(a.given)},\n\nThanks for applying to the Data Analyst role at {ORG(c.ch(['Brightwater Analytics LLC', 'Northgate Logistics Inc.', 'Quillstone Health']))}. "
            f"Your panel interview is confirmed for Tuesday 14:30. Join here: {c.url('meet')}\n"
            f"If you need to reschedule, reply to me or text {c.phone('us')}.\n\nBest,\n{P(rec.full)}\nTalent Acquisition | {c.email(rec, ['brightwater-analytics.example', 'northgate.example'])}")

@frame("legal_aid_intake_notes", "en", 4)
def _(c):
    cl = c.person(c.ch(["en_gb", "za", "ng", "ie"])); op = c.person(c.ch(["en_gb", "pl", "ro"]))
    return (f"INTAKE - housing disrepair\nClient: {P(cl.sur)}, {P(cl.given)} (DOB {c.dob(cl, 'en', 'num')})\n"
            f"NI no.: {c.nid('uk_nino')}\n"
            f"Opponent (landlord): {P(op.full)}\nNotes: client says {P(op.sur)} has ignored 3 letters about damp. "
            f"Call back on {c.phone('gb')} after 5pm.")

@frame("isp_support_chat_transcript", "en", 5)
def _(c):
    cu = c.person(c.ch(["en_gb", "in_lat", "de", "ng", "tr"])); ag = c.person(c.ch(["fil", "in_lat", "za"]))
    return (f"[10:02] Agent {P(ag.given)}: Hello! Can I take the account holder's name?\n"
            f"[10:02] {P(cu.given)}: {P(cu.full)}, account is under my name\n"
            f"[10:03] Agent: Thanks. For security, please confirm the router admin password you set.\n"
            f"[10:04] {P(cu.given)}: it's {c.secret('pw')}\n"
            f"[10:04] Agent: I can see the line drops from {c.ip(False)}. Booking an engineer now.")

@frame("ocr_letter_linebreaks", "en", 4)
def _(c):
    p = c.person(c.ch(["en_gb", "ie", "za", "in_lat"]))
    return (f"Ref: HMR/{c.digits(6)}\n\n{P(p.full.upper())}\n{c.addr('gb', sep=chr(10))}\n\n"
            f"Dear {P(p.full)},\nWe have re-\nviewed your claim for the tax year. Your National Insur-\n"
            f"ance number is {c.nid('uk_nino')}. Please keep this letter safe.\n\n"
            f"Yours sincerely\n{P(c.person('en_gb').full)}")

@frame("spreadsheet_paste_roster", "en", 5)
def _(c):
    pools = ["hu", "vi", "ng", "es", "nl", "fr", "ie", "pl", "zh_lat", "sv", "tr", "fil"]
    rows = []
    for _ in range(2):
        p = c.person(c.ch(pools))
        rows.append(f"{P(p.sur)}\t{P(p.given)}\t{c.dob(p, 'en', 'iso')}\t{c.phone(c.ch(['gb', 'ie', 'us']))}")
    return "Surname\tFirst name\tDOB\tMobile\n" + "\n".join(rows)

@frame("markdown_table_volunteers", "en", 4)
def _(c):
    rows = []
    for _ in range(3):
        p = c.person(c.ch(["en_us", "mx", "vi", "ko", "ar_lat", "sw", "it"]))
        rows.append(f"| {P(p.full)} | {c.email(p)} | {c.ch(['Sat AM', 'Sun PM', 'Wed eve'])} |")
    return "Food bank rota (Dec)\n\n| Volunteer | Email | Shift |\n|---|---|---|\n" + "\n".join(rows)

@frame("voice_transcript_no_punct", "en", 5)
def _(c):
    p = c.person(c.ch(["en_us", "en_gb", "ie"]))
    return (f"hi this is {P(p.given.lower())} {P(p.family.lower())} calling about my claim my date of birth is "
            f"{c.dob(p, 'en', 'words')} and the best number is {c.phone('us', intl=False)} "
            f"i live at {c.addr('us')} thanks bye")

@frame("lowercase_group_chat", "en", 4)
def _(c):
    a, b, d = (c.person(c.ch(["en_gb", "ie", "da", "no"])) for _ in range(3))
    return (f"{P(a.given.lower())}: who has the wifi pw for the cabin\n{P(b.given.lower())}: its {c.secret('pw')}\n"
            f"{P(a.given.lower())}: ty. {P(d.given.lower())} are u driving?\n{P(d.given.lower())}: yep, pick up in {LOC(c.ch(['keswick', 'ambleside', 'aviemore', 'hay-on-wye']))} at 8")

@frame("email_thread_quoted_reply", "en", 5)
def _(c):
    a = c.person(c.ch(["de", "nl", "sv", "fi", "cs"])); b = c.person(c.ch(["en_gb", "en_us", "ie"]))
    return (f"Hi {P(b.given)}, attached is the signed lease. My passport number is {c.passport(c.ch(['de', 'nl', 'pl']))} if the agency needs it.\n"
            f"{P(a.given)}\n\nOn Mon, {P(b.full)} <{c.email(b, ['lettings-hub.example'])}> wrote:\n"
            f"> Dear {P(a.given)}, please send ID and the deposit to {c.iban('GB')}.\n> Kind regards, {P(b.given)}")

@frame("calendar_invite_body", "en", 4)
def _(c):
    a = c.person(c.ch(["ja", "ko", "zh"])); b = c.person(c.ch(["en_us", "de", "fr"]))
    return (f"Invitation: Vendor onboarding call @ Thu 09:00 - 09:45 (UTC)\nOrganizer: {P(b.full)}\nGuests: {P(b.full)}, {P(a.full)}, "
            f"{c.email(None, ['sakura-trading.example'])}\nJoin: {c.url('meet')}\nDial-in: {c.phone('jp', intl=True)} PIN {c.secret('pin')}#")

@frame("sms_parcel_neighbour", "en", 4)
def _(c):
    p = c.person(c.ch(["pl", "ro", "tr", "en_gb"]))
    return (f"Hi it's {P(p.given)} from no. {c.r.randint(2, 40)}, I took in your parcel. The key safe code is {c.secret('door')} "
            f"if I'm out. {P(p.given)} x {c.phone('gb', intl=False)}")

@frame("real_estate_viewing_sheet", "en", 4)
def _(c):
    ag = c.person("en_us"); v1 = c.person(c.ch(["in_lat", "zh_lat", "ko", "mx"])); v2 = c.person(c.ch(["ng", "ar_lat", "el"]))
    return (f"Open house sign-in - {c.addr('us')}\nAgent: {P(ag.full)}\n"
            f"1. {P(v1.full)} - {c.email(v1)} - pre-approved\n2. {P(v2.full)} - {c.phone('us')} - wants a second viewing")

@frame("claims_chat_travel", "en", 4)
def _(c):
    p = c.person(c.ch(["in_lat", "ms", "id", "fil"]))
    return (f"Customer: my bag was lost on the way back, name on the policy is {P(p.full)}\n"
            f"Bot: Please share your date of birth and passport number.\nCustomer: born {c.dob(p, 'en', 'long')}, passport {c.passport(c.ch(['in', 'gb', 'us']))}\n"
            f"Bot: Thank you. Refund will go to the card ending {c.digits(4)}. Anything else?\nCustomer: pay it to {c.iban('IE')} instead pls")

@frame("shell_history_dump", "en", 5)
def _(c):
    u = c.person(c.ch(["en_us", "de", "pl", "fi"]))
    h = c.ch(["db-prod-2", "bastion", "ci-runner"])
    return (f"  501  ssh {P(ascii_fold(u.given).lower())}@{h}\n  502  export OPENAI_API_KEY={c.key('oa_svc')}\n"
            f"  503  mysql -u app -p{c.secret('pw')} -h {c.ip(True)} orders\n  504  curl -H \"Authorization: Bearer {c.key('jwt')}\" localhost:8080/health\n  505  history | tail")

@frame("dotenv_staging_file", "en", 5)
def _(c):
    return (f"# staging - do not commit\nAPP_ENV=staging\nDATABASE_PASSWORD={c.secret('pw')}\n"
            f"STRIPE_SECRET_KEY={c.key(c.ch(['stripe_live', 'rk_test']))}\nMAILCHIMP_API_KEY={c.key('mailchimp')}\n"
            f"NEW_RELIC_LICENSE={c.key('nrak')}\nADMIN_EMAIL={c.email(c.person(c.ch(['en_us', 'de', 'it'])))}\nLOG_LEVEL=debug")

@frame("yaml_service_config", "en", 4)
def _(c):
    return (f"datasource:\n  host: {c.ip(True)}\n  port: 5432\n  username: svc_billing\n  password: \"{c.secret('pw')}\"\n"
            f"observability:\n  datadog_api_key: {c.key('datadog')}\n  dynatrace_token: {c.key('dt')}\nfeatures:\n  beta: true")

@frame("toml_bot_config", "en", 3)
def _(c):
    own = c.person(c.ch(["ru", "uk", "el", "en_us"]))
    return (f"[bot]\nname = \"rota-bot\"\ntoken = \"{c.key('discord_bot')}\"\nowner = \"{P(own.full)}\"\n\n[db]\npassword = \"{c.secret('pw')}\"\n")

@frame("ini_legacy_app", "en", 3)
def _(c):
    return (f"[smtp]\nhost=mail.internal\nuser=noreply\npass={c.secret('pw')}\n\n[payments]\nsquare_token={c.key('sq_token')}\n"
            f"flutterwave_secret={c.key('flw')}\n")

@frame("json_webhook_debug_user", "en", 4)
def _(c):
    p = c.person(c.ch(["pt", "es", "tr", "id", "sw"]))
    return ("{\"event\":\"user.updated\",\"user\":{\"first_name\":\"" + P(p.given) + "\",\"last_name\":\"" + P(p.family) +
            "\",\"email\":\"" + c.email(p) + "\",\"birthdate\":\"" + c.dob(p, "en", "iso") + "\",\"last_ip\":\"" + c.ip() +
            "\"},\"signature_secret\":\"" + c.secret("hex") + "\"}")

@frame("sql_insert_patients_clinic", "en", 4)
def _(c):
    rows = []
    for _ in range(2):
        p = c.person(c.ch(["tr", "ar_lat", "ro", "hu", "el"]))
        rows.append(f"  ('{P(p.given)}', '{P(p.family)}', '{c.dob(p, 'en', 'iso')}', '{c.phone(c.ch(['tr', 'ro', 'hu', 'gr']), intl=True)}')")
    return "INSERT INTO clients (given_name, family_name, dob, phone) VALUES\n" + ",\n".join(rows) + ";"

@frame("log_lines_auth_service", "en", 4)
def _(c):
    u = c.person(c.ch(["en_us", "sv", "nl"]))
    return (f"2026-11-30T08:14:02Z INFO login ok user={c.email(u)} ip={c.ip(False)}\n"
            f"2026-11-30T08:14:09Z WARN password reset requested for {P(u.full)} from {c.ip()}\n"
            f"2026-11-30T08:15:44Z DEBUG upstream auth header=Bearer {c.key(c.ch(['gho', 'ghu', 'bkua']))}")

@frame("ci_pipeline_vars_dump", "en", 4)
def _(c):
    return (f"Step 4/9 : printenv (debug mode ON)\nCIRCLE_TOKEN={c.key('ccipat')}\nRUBYGEMS_API_KEY={c.key('rubygems')}\n"
            f"GRAFANA_SA_TOKEN={c.key('glsa')}\nTAILSCALE_AUTHKEY={c.key('tskey')}\nNODE_ENV=test")

@frame("connection_string_question", "en", 4)
def _(c):
    return (f"why does this fail with login timeout?\nServer=tcp:{c.ip(True)},1433;Database=crm;User Id=crm_app;Password={c.secret('pw')};Encrypt=True;\n"
            f"the same pw works in ssms")

@frame("ai_keys_in_notebook", "en", 5)
def _(c):
    return (f"```python\nimport os\nclient = Anthropic(api_key=\"{c.key('ant_admin')}\")\nvoyage.api_key = \"{c.key('voyage')}\"\n"
            f"co = cohere.Client(\"{c.key('cohere')}\")\nmistral = Mistral(api_key=\"{c.key('mistral')}\")\n```\nwhy do I get 401 on the second cell")

@frame("seed_phrase_worry", "en", 4)
def _(c):
    return (f"I typed my recovery phrase into a website by mistake: {c.secret('seed')}. Is my wallet gone? "
            f"Should I move funds right now?")

@frame("recovery_codes_note", "en", 4)
def _(c):
    p = c.person(c.ch(["en_gb", "fr", "es", "it"]))
    return (f"Note to self ({P(p.given)}): GitHub backup codes {c.secret('recovery')}\nBank app PIN {c.secret('pin')}\nlaptop: {c.secret('phrase')}")

@frame("passphrase_spoken_chat", "en", 4)
def _(c):
    a = c.person(c.ch(["en_us", "za", "ng"])); b = c.person(c.ch(["en_us", "in_lat"]))
    return (f"{P(a.given)}: what's the vault passphrase again\n{P(b.given)}: {c.secret('phrase')} - don't paste it anywhere\n"
            f"{P(a.given)}: and the alarm code for the office?\n{P(b.given)}: the code is {c.secret('door')}")

@frame("sports_club_membership_renewal", "en", 4)
def _(c):
    p = c.person(c.ch(["ie", "en_gb", "za"])); k = c.kid(p)
    return (f"Membership renewal - U12 hurling\nChild: {P(k.full)}, born {c.dob(k, 'en', 'long')}\nParent: {P(p.full)}\n"
            f"Direct debit from {c.iban('IE')}\nMobile {c.phone('ie')}")

@frame("nickname_team_chat", "en", 4)
def _(c):
    a = c.person("en_gb"); b = c.person("en_us")
    nick = c.ch(["Bex", "Kaz", "Jonno", "Mo", "Dizzy", "Tash"])
    return (f"{P(a.full)}: has anyone heard from {P(nick)}?\n{P(b.given)}: {P(nick)} is off till Mon, her cover is {P(b.given)} - ring {c.phone('gb')}\n"
            f"{P(a.given)}: cheers")

@frame("initials_minutes", "en", 4)
def _(c):
    a, b, d = (c.person(c.ch(["en_gb", "nl", "de", "fr"])) for _ in range(3))
    ini = lambda p: f"{p.given[0]}. {p.family}"
    return (f"Minutes - residents' association\nPresent: {P(ini(a))}, {P(ini(b))}, {P(d.full)}\n"
            f"Action: {P(d.given)} to chase the council about the streetlight outside {c.addr('gb')}\n"
            f"Action: {P(ini(a))} to open a new account for the association.")

@frame("hyphen_particle_names_list", "en", 4)
def _(c):
    ps = [c.person(x) for x in c.r.sample(["nl", "de", "fr", "es", "ar_lat", "ms", "ie", "it", "pt"], 4)]
    return "Guest list (table 4): " + "; ".join(P(p.full) for p in ps) + ". Allergies to the caterer by Friday."

@frame("surname_given_comma_export", "en", 4)
def _(c):
    rows = []
    for _ in range(2):
        p = c.person(c.ch(["hu", "ko", "zh_lat", "vi", "en_us", "de", "sw"]))
        rows.append(f"\"{P(p.family if p.pool != 'vi' else p.family)}, {P(p.given)}\",{c.email(p)},{c.ch(['Sales', 'Ops', 'Finance'])}")
    return "name,email,dept\n" + "\n".join(rows)

@frame("id_card_ocr_scan", "en", 4)
def _(c):
    p = c.person(c.ch(["ms", "id", "fil", "sw"]))
    kind = {"ms": "my_mykad", "id": "id_nik", "fil": "ph_psn", "sw": "ng_nin"}[p.pool]
    lang = {"ms": "ms", "id": "id", "fil": "fil", "sw": "sw"}[p.pool]
    return (f"OCR result (confidence 0.91):\nNAME {P(p.full.upper())}\nID NO {c.nid(kind, p)}\nDOB {c.dob(p, lang, 'num')}\nADDRESS {c.addr('id') if p.pool == 'id' else LOC('Jalan Ampang, Kuala Lumpur') if p.pool == 'ms' else LOC('Quezon City') if p.pool == 'fil' else LOC('Kisumu')}")

@frame("payroll_change_request", "en", 4)
def _(c):
    p = c.person(c.ch(["en_gb", "in_lat", "zh_lat"]))
    kind = c.ch(["au_tfn", "nz_ird", "ca_sin"])
    where = {"au_tfn": "au", "nz_ird": "au", "ca_sin": "ca"}[kind]
    return (f"Hi payroll, please update my details. Name: {P(p.full)}. Tax number: {c.nid(kind, p)}. "
            f"New address: {c.addr(where)}. Thanks, {P(p.given)}")

@frame("irish_welfare_form_fields", "en", 3)
def _(c):
    p = c.person("ie")
    return (f"PPSN: {c.nid('ie_ppsn', p)}\nForename: {P(p.given)}\nSurname: {P(p.family)}\nDate of Birth: {c.dob(p, 'en', 'num')}\n"
            f"Eircode: {c.addr('ie')}")

@frame("driving_lesson_booking", "en", 4)
def _(c):
    p = c.person(c.ch(["en_gb", "pl", "ro"]))
    return (f"Booking for {P(p.full)} - theory passed. Provisional licence no. {c.licence('uk', p)}, "
            f"pick-up from {c.addr('gb')}. Card on file {c.card()}.")

@frame("us_dl_rental_counter", "en", 4)
def _(c):
    p = c.person(c.ch(["en_us", "mx", "en_gb"]))
    st = c.ch(["tx", "fl", "ny", "ca", "il"])
    return (f"Renter: {P(p.full)}  DL# {c.licence(st, p)} ({st.upper()})  DOB {c.dob(p, 'en', 'us')}\n"
            f"Card: {c.card(c.ch(['visa', 'amex', 'mc']))}  Phone: {c.phone('us')}")

@frame("conference_visa_letter_request", "en", 4)
def _(c):
    p = c.person(c.ch(["ng", "in_lat", "zh_lat", "ar_lat"]))
    cc = {"ng": "ng", "in_lat": "in", "zh_lat": "cn", "ar_lat": "tr"}[p.pool]
    return (f"Dear organisers, I need an invitation letter for my visa. Full name: {P(p.full)}; date of birth: {c.dob(p, 'en', 'mdy')}; "
            f"passport: {c.passport(cc)}; affiliation: {ORG(c.ch(['University of Lagos', 'IIT Madras', 'Zhejiang University', 'Boğaziçi University']))}.")

@frame("cloud_keys_leak_issue", "en", 5)
def _(c):
    return (f"Bug: deploy script prints credentials\n```\nAWS_ACCESS_KEY_ID={c.key('aws')}\nAWS_SECRET_ACCESS_KEY={c.secret('aws_secret')}\n"
            f"AZURE_STORAGE_KEY={c.secret('azure_key')}\nGOOGLE_MAPS_KEY={c.key('gapi')}\n```\nPlease rotate.")

@frame("saas_admin_tokens_slack", "en", 4)
def _(c):
    p = c.person(c.ch(["en_us", "sv", "da"]))
    return (f"{P(p.given)} 11:42\nhere's the posthog personal key {c.key('phx')} and the airtable PAT {c.key('airtable')} - "
            f"supabase one is {c.key('sbp')}")

@frame("misc_vendor_keys_ticket", "en", 4)
def _(c):
    return (f"Ticket #{c.digits(5)}: email sending stopped. Our Resend key is {c.key('resend')}, the Twilio API key SID {c.key('twilio_sk')} "
            f"and Heroku token {c.key('heroku')}. Planetscale password {c.secret('pscale_pw')}.")

@frame("crypto_exchange_support", "en", 3)
def _(c):
    p = c.person(c.ch(["tr", "ng", "id"]))
    return (f"Account holder {P(p.full)} cannot withdraw. 2FA seed given to support by the user: {c.secret('b64')}. "
            f"Withdrawal card {c.card()}. KYC ID {c.nid('tr_tckn' if p.pool == 'tr' else 'ng_nin' if p.pool == 'ng' else 'id_nik', p)}.")

@frame("kenyan_chama_minutes", "en", 3)
def _(c):
    a, b, d = (c.person("sw") for _ in range(3))
    return (f"Chama meeting - treasurer {P(a.full)} reported balance. Contributions: {P(b.given)} paid, {P(d.given)} pending. "
            f"Send M-Pesa to {c.phone('ke')}. Next meeting at {P(b.given)}'s place in {LOC(c.ch(['Nakuru', 'Eldoret', 'Thika']))}.")

@frame("south_african_lease_extract", "en", 3)
def _(c):
    p = c.person("za")
    return (f"LESSEE: {P(p.full)}, identity number {c.nid('za_id', p)}, residing at {c.addr('za')}. "
            f"Tel {c.phone('za')}. Born {c.dob(p, 'en', 'long')}.")

@frame("singapore_condo_access", "en", 3)
def _(c):
    p = c.person(c.ch(["zh_lat", "ms", "in_lat"]))
    return (f"Visitor registration: {P(p.full)}, NRIC {c.nid('sg_nric', p)}, unit #{c.r.randint(2,30):02d}-{c.r.randint(1,12):02d}, "
            f"mobile {c.phone('my')}. Gate PIN issued: {c.secret('pin')}")

@frame("indian_kyc_whatsapp", "en", 4)
def _(c):
    p = c.person("in_lat")
    return (f"Sir pls find my KYC\nName - {P(p.full)}\nAadhaar - {c.nid('in_aadhaar', p)}\nPAN - {c.nid('in_pan', p)}\n"
            f"DOB - {c.dob(p, 'en', 'num')}\nAddr - {c.addr('in')}")

@frame("canadian_tenant_reference", "en", 3)
def _(c):
    p = c.person(c.ch(["fr", "zh_lat", "en_us"])); ref = c.person("en_us")
    return (f"Reference for {P(p.full)}: paid on time for 3 years at {c.addr('ca')}. SIN provided on application: {c.nid('ca_sin', p)}. "
            f"Contact me, {P(ref.full)}, at {c.phone('ca')}.")

@frame("emoji_family_chat", "en", 4)
def _(c):
    a = c.person(c.ch(["vi", "fil", "ko"])); b = c.person(a.pool)
    return (f"🎂 {P(a.given)}'s birthday is {c.dob(a, 'en', 'mdy')}!! 🎉 send gifts to {c.addr('us')} 🙏 "
            f"call {P(b.given)} on {c.phone('us')} 😅")

@frame("china_rail_ticket_help", "en", 3)
def _(c):
    p = c.person("zh_lat")
    return (f"My friend {P(p.full)} can't book on 12306. Her ID is {c.nid('cn_rid', p)} and phone {c.phone('cn')}. Is the ID format wrong?")

@frame("korean_student_admission_en", "en", 3)
def _(c):
    p = c.person("ko", born=(2003, 2008))
    return (f"Applicant: {P(p.full)}\nResident registration no.: {c.nid('kr_rrn', p)}\nContact: {c.phone('kr')}, {c.email(None, ['naver.com'])}")

@frame("israeli_startup_onboarding", "en", 3)
def _(c):
    p = c.person("he")
    return (f"New hire: {P(p.full)} (Teudat Zehut {c.nid('il_tz', p)}), mobile {c.phone('il')}. Laptop password set to {c.secret('pw')} - change on first login.")

@frame("argentine_dni_booking_en", "en", 2)
def _(c):
    p = c.person("es")
    return (f"Hostel booking for {P(p.full)}, DNI {c.nid('ar_dni', p)}, arriving from {LOC('Rosario')}. WhatsApp {c.phone('mx')}")

# ===================================================================================== other languages
@frame("de_elternbrief_klassenfahrt", "de", 5)
def _(c):
    e = c.person("de", born=(1975, 1990)); k = c.kid(e)
    return (f"Einverständniserklärung Klassenfahrt\nName des Kindes: {P(k.full)}, geb. am {c.dob(k, 'de')}\n"
            f"Erziehungsberechtigte/r: {P(e.full)}, {c.addr('de')}\nNotfallnummer: {c.phone('de')}\n"
            f"Unterschrift: {P(e.full)}")

@frame("de_schadenmeldung_chat", "de", 4)
def _(c):
    p = c.person("de")
    return (f"Kunde: Hallo, ich möchte einen Wasserschaden melden. Versicherungsnehmer ist {P(p.full)}, geboren {c.dob(p, 'de', 'long')}.\n"
            f"Bot: Danke. Wohin sollen wir den Gutachter schicken?\nKunde: {c.addr('de')}, Handy {c.phone('de', intl=False)}. "
            f"Erstattung bitte auf {c.iban('DE')}.")

@frame("fr_dossier_avocat_accueil", "fr", 5)
def _(c):
    p = c.person("fr"); adv = c.person("fr")
    return (f"Fiche d'accueil - cabinet {ORG(c.ch(['Garnier & Associés', 'SCP Vasseur-Chauvet']))}\nClient : M./Mme {P(p.family.upper())} {P(p.given)}\n"
            f"Né(e) le {c.dob(p, 'fr')}\nN° de sécurité sociale : {c.nid('fr_nir', p)}\nAdresse : {c.addr('fr')}\n"
            f"Dossier ouvert le 2 décembre")

@frame("fr_sms_rdv_agence", "fr", 3)
def _(c):
    p = c.person("fr")
    return (f"Bonjour {P(p.given)}, votre visite de l'appartement au {c.addr('fr')} est confirmée samedi 10h. Code portail : {c.secret('door')}. "
            f"Votre conseillère, {P(c.person('fr').given)} {c.phone('fr')}")

@frame("es_parte_seguro_hogar", "es", 5)
def _(c):
    p = c.person("es")
    kind = "es_dni"
    return (f"Parte de siniestro\nTomador: {P(p.full)}\nDNI/NIE: {c.nid(kind, p)}\nFecha de nacimiento: {c.dob(p, 'es')}\n"
            f"Domicilio: {c.addr('es')}\nTeléfono: {c.phone('es')}\nCuenta para el abono: {c.iban('ES')}")

@frame("es_mx_chat_tramite_curp", "es", 4)
def _(c):
    p = c.person("mx")
    return (f"oye {P(p.given.lower())} ya tienes tu CURP? la necesito para el formulario de la guardería\n"
            f"{P(p.given)}: sí, es {c.nid('mx_curp', p)} y nací el {c.dob(p, 'es', 'long')}\nok gracias, mándame tu dirección también\n"
            f"{P(p.given)}: {c.addr('mx')}")

@frame("es_cl_ficha_club_deportivo", "es", 3)
def _(c):
    p = c.person("es")
    return (f"Ficha de inscripción - Club de rugby\nJugador: {P(p.full)}\nRUT: {c.nid('cl_rut', p)}\nFecha de nacimiento: {c.dob(p, 'es', 'num')}\n"
            f"Apoderado: {P(c.person('es').full)} - {c.phone('mx')}")

@frame("it_modulo_iscrizione_palestra", "it", 5)
def _(c):
    p = c.person("it")
    return (f"Modulo di iscrizione\nCognome: {P(p.family)}  Nome: {P(p.given)}\nNato/a il {c.dob(p, 'it', 'long')}\n"
            f"Codice fiscale: {c.nid('it_cf', p)}\nResidenza: {c.addr('it')}\nCellulare: {c.phone('it')}")

@frame("it_email_condominio_pec", "it", 3)
def _(c):
    a = c.person("it"); b = c.person("it")
    return (f"Gentile {P(a.full)},\nin allegato il verbale dell'assemblea. La quota va versata sull'IBAN {c.iban('IT')} intestato al condominio.\n"
            f"Cordiali saluti,\nl'amministratore {P(b.full)}\n{c.phone('it')}")

@frame("pt_br_whatsapp_aluguel", "pt", 4)
def _(c):
    p = c.person("pt"); q = c.person("pt")
    return (f"{P(p.given)}: oi {P(q.given)}, segue meus dados pro contrato: {P(p.full)}, CPF {c.nid('br_cpf', p)}, "
            f"nascido em {c.dob(p, 'pt', 'long')}, endereço atual {c.addr('br')}")

@frame("pt_pt_formulario_escola", "pt", 3)
def _(c):
    p = c.person("pt")
    return (f"Ficha do encarregado de educação\nNome: {P(p.full)}\nNIF: {c.nid('pt_nif', p)}\nMorada: {c.addr('pt')}\nTelemóvel: {c.phone('pt')}")

@frame("nl_huurder_bezichtiging_mail", "nl", 4)
def _(c):
    p = c.person("nl"); m = c.person("nl")
    return (f"Beste {P(m.given)},\n\nVoor de bezichtiging van {c.addr('nl')} stuur ik mijn gegevens: {P(p.full)}, geboren op {c.dob(p, 'nl', 'long')}, "
            f"BSN {c.nid('nl_bsn', p)}.\n\nMet vriendelijke groet,\n{P(p.given)}")

@frame("nl_be_inschrijving_muziekschool", "nl", 3)
def _(c):
    p = c.person("nl", born=(2008, 2016))
    return (f"Inschrijving academie - leerling {P(p.full)}, rijksregisternummer {c.nid('be_nrn', p)}, geboortedatum {c.dob(p, 'nl', 'num')}. "
            f"Betaling via {c.iban('BE')}.")

@frame("pl_zgloszenie_szkody_auto", "pl", 4)
def _(c):
    p = c.person("pl")
    return (f"Zgłoszenie szkody komunikacyjnej\nPoszkodowany: {P(p.full)}\nPESEL: {c.nid('pl_pesel', p)}\nData urodzenia: {c.dob(p, 'pl')}\n"
            f"Adres: {c.addr('pl')}\nTel.: {c.phone('pl')}\nNr rachunku: {c.iban('PL')}")

@frame("sv_forskola_anmalan", "sv", 4)
def _(c):
    v = c.person("sv", born=(1980, 1993)); b = c.kid(v, born=(2020, 2023))
    return (f"Anmälan till förskola\nBarnets namn: {P(b.full)}\nPersonnummer: {c.nid('se_pnr', b)}\nVårdnadshavare: {P(v.full)}, "
            f"{c.phone('se')}\nAdress: {c.addr('se')}")

@frame("no_idrettslag_medlemsliste", "no", 3)
def _(c):
    rows = []
    for _ in range(2):
        p = c.person("no")
        rows.append(f"{P(p.full)}; f.nr {c.nid('no_fnr', p)}; {c.phone('no')}")
    return "Medlemsliste håndball J14\n" + "\n".join(rows)

@frame("da_dyreklinik_forsikring", "da", 3)
def _(c):
    p = c.person("da")
    return (f"Hej {P(p.given)}, vi mangler dit CPR-nr. ({c.nid('dk_cpr', p)}?) og kontonummer til refusion: {c.iban('DK')}. "
            f"Venlig hilsen {P(c.person('da').full)}")

@frame("fi_vuokrasopimus_tiedot", "fi", 4)
def _(c):
    p = c.person("fi")
    return (f"Vuokralainen: {P(p.full)}\nHenkilötunnus: {c.nid('fi_hetu', p)}\nSyntynyt {c.dob(p, 'fi', 'long')}\n"
            f"Puhelin: {c.phone('fi')}\nTilinumero: {c.iban('FI')}")

@frame("cs_prihlaska_tabor", "cs", 4)
def _(c):
    p = c.person("cs", born=(2010, 2016)); r = c.person("cs", born=(1975, 1990))
    return (f"Přihláška na letní tábor\nDítě: {P(p.full)}, rodné číslo {c.nid('cz_rc', p)}, nar. {c.dob(p, 'cs', 'long')}\n"
            f"Zákonný zástupce: {P(r.full)}, {c.phone('cz')}, {c.addr('cz')}")

@frame("tr_sigorta_hasar_dm", "tr", 4)
def _(c):
    p = c.person("tr")
    return (f"Merhaba, kasko hasar dosyası için bilgilerim: {P(p.full)}, TC kimlik no {c.nid('tr_tckn', p)}, doğum tarihi {c.dob(p, 'tr')}. "
            f"Adres: {c.addr('tr')}. Tel {c.phone('tr')}")

@frame("ru_zayavlenie_sekciya", "ru", 4)
def _(c):
    p = c.person("ru"); k = c.kid(p)
    return (f"Заявление о зачислении в секцию плавания\nРебёнок: {P(k.full)}, дата рождения {c.dob(k, 'ru', 'long')}\n"
            f"Родитель: {P(p.full)}, тел. {c.phone('ru')}\nАдрес: {c.addr('ru')}\nПароль от личного кабинета: {c.secret('pw')}")

@frame("uk_chat_orenda_kvartyry", "uk", 3)
def _(c):
    a = c.person("uk"); b = c.person("uk")
    return (f"{P(a.given)}: Добрий день, квартира ще вільна?\n{P(b.given)}: Так. Надішліть ПІБ і дату народження для договору.\n"
            f"{P(a.given)}: {P(a.full)}, {c.dob(a, 'uk', 'long')}, телефон {c.phone('ua')}")

@frame("el_forma_eggrafis_frontistirio", "el", 3)
def _(c):
    p = c.person("el", born=(2007, 2012)); g = c.person("el", born=(1968, 1985))
    return (f"Αίτηση εγγραφής\nΜαθητής: {P(p.full)}\nΗμερομηνία γέννησης: {c.dob(p, 'el', 'long')}\nΚηδεμόνας: {P(g.full)}\n"
            f"Διεύθυνση: {c.addr('gr')}\nΚινητό: {c.phone('gr')}")

@frame("ar_talab_tawthiq_aqd", "ar", 4)
def _(c):
    p = c.person("ar"); q = c.person("ar")
    return (f"السلام عليكم، أرسل لكم بيانات المستأجر: الاسم {P(p.full)}، تاريخ الميلاد {c.dob(p, 'ar', 'long')}، "
            f"الجوال {c.phone('sa')}، الآيبان {c.iban('SA')}. المؤجر: {P(q.full)}.")

@frame("fa_payam_sabtnam_kelas", "fa", 3)
def _(c):
    p = c.person("fa")
    return (f"سلام، برای ثبت‌نام کلاس زبان: نام {P(p.full)}، تاریخ تولد {c.dob(p, 'fa')}، شماره تماس {c.phone('ir')}. ممنون")

@frame("he_tofes_hitnadvut", "he", 3)
def _(c):
    p = c.person("he")
    return (f"טופס התנדבות\nשם מלא: {P(p.full)}\nמספר זהות: {c.nid('il_tz', p)}\nתאריך לידה: {c.dob(p, 'he')}\nטלפון: {c.phone('il')}")

@frame("hi_school_admission_msg", "hi", 3)
def _(c):
    p = c.person("hi"); k = c.person("hi", born=(2012, 2018))
    return (f"नमस्ते, प्रवेश फ़ॉर्म के लिए जानकारी: छात्र का नाम {P(k.full)}, जन्म तिथि {c.dob(k, 'hi', 'long')}, अभिभावक {P(p.full)}, "
            f"आधार {c.nid('in_aadhaar', p)}, मोबाइल {c.phone('in')}")

@frame("zh_xuesheng_baoming_biao", "zh", 4)
def _(c):
    p = c.person("zh", born=(2008, 2015)); par = c.person("zh", born=(1972, 1988))
    return (f"夏令营报名表\n学生姓名：{P(p.full)}\n出生日期：{c.dob(p, 'zh', 'long')}\n身份证号：{c.nid('cn_rid', p)}\n"
            f"家长：{P(par.full)}  电话：{c.phone('cn')}")

@frame("ja_fudosan_naiken_yoyaku", "ja", 4)
def _(c):
    p = c.person("ja")
    return (f"内見予約のお願い\nお名前：{P(p.full)}様\n生年月日：{c.dob(p, 'ja', 'long')}\nご住所：{c.addr('jp')}\n"
            f"電話：{c.phone('jp')}\nマイナンバー（審査用）：{c.nid('jp_mynumber', p)}")

@frame("ko_dongari_hoewon_myeongdan", "ko", 4)
def _(c):
    a, b = c.person("ko"), c.person("ko")
    return (f"동아리 회원 명단\n1. {P(a.full)} / {c.dob(a, 'ko', 'long')} / {c.phone('kr')}\n2. {P(b.full)} / {c.dob(b, 'ko', 'num')} / {c.phone('kr')}\n"
            f"회비 계좌 비밀번호는 {c.secret('pin')} 입니다. {P(a.given)}님 확인 부탁드려요.")

@frame("vi_tin_nhan_dang_ky_lop", "vi", 4)
def _(c):
    p = c.person("vi")
    return (f"Chào cô, em là {P(p.full)}, sinh {c.dob(p, 'vi', 'long')}, số điện thoại {c.phone('vn')}. Em muốn đăng ký lớp tối thứ Ba ạ. "
            f"Cô gọi em là {P(p.given)} nhé.")

@frame("id_formulir_arisan", "id", 4)
def _(c):
    p = c.person("id")
    return (f"Formulir anggota arisan RT 05\nNama: {P(p.full)}\nNIK: {c.nid('id_nik', p)}\nTanggal lahir: {c.dob(p, 'id', 'long')}\n"
            f"Alamat: {c.addr('id')}\nHP/WA: {c.phone('id')}")

@frame("ms_borang_kelab_badminton", "ms", 3)
def _(c):
    p = c.person("ms")
    return (f"Borang keahlian kelab badminton\nNama: {P(p.full)}\nNo. MyKad: {c.nid('my_mykad', p)}\nTarikh lahir: {c.dob(p, 'ms', 'long')}\n"
            f"Telefon: {c.phone('my')}")

@frame("fil_text_barangay_clearance", "fil", 3)
def _(c):
    p = c.person("fil")
    return (f"Kuya, eto po details ko para sa barangay clearance: {P(p.full)}, ipinanganak noong {c.dob(p, 'fil', 'long')}, "
            f"PhilSys {c.nid('ph_psn', p)}. Text niyo po ako sa {c.phone('ph')}. Salamat po - {P(p.given)}")

@frame("sw_ujumbe_usajili_shule", "sw", 3)
def _(c):
    p = c.person("sw"); k = c.kid(p)
    return (f"Habari mwalimu, naomba kumsajili mwanangu {P(k.full)}, alizaliwa tarehe {c.dob(k, 'sw', 'long')}. "
            f"Mimi ni {P(p.full)}, simu {c.phone('ke')}.")

@frame("hu_tagfelveteli_kerelem", "hu", 3)
def _(c):
    p = c.person("hu")
    return (f"Tagfelvételi kérelem\nNév: {P(p.full)}\nSzületési idő: {c.dob(p, 'hu', 'long')}\nLakcím: {LOC('Szeged')}, {LOC('Kárász utca ' + str(c.r.randint(1, 40)))}\n"
            f"Telefon: {c.phone('hu')}\nBankszámla: {c.iban('HU')}")

@frame("ro_cerere_inscriere_after", "ro", 3)
def _(c):
    p = c.person("ro"); k = c.kid(p)
    return (f"Bună ziua, vă trimit datele pentru înscriere: copil {P(k.full)}, născut la {c.dob(k, 'ro', 'long')}; părinte {P(p.full)}, "
            f"telefon {c.phone('ro')}, cont {c.iban('RO')}.")

@frame("de_at_ch_it_helpdesk_passwort", "de", 3)
def _(c):
    p = c.person("de")
    return (f"Hallo IT, mein neues VPN-Passwort ist {c.secret('pw')} und der Authenticator-Seed {c.secret('b64')}. "
            f"Bitte bei {P(p.full)} ({c.email(p, ['firma-intern.example'])}) hinterlegen.")

@frame("es_config_comentado_ia", "es", 3)
def _(c):
    return (f"¿Por qué mi script no conecta? Tengo esto:\nDEEPSEEK_API_KEY={c.key('deepseek')}\nOPENWEATHER_KEY={c.key('openweather')}\n"
            f"DB_PASS={c.secret('pw')}")

@frame("fr_ticket_cles_api_partenaire", "fr", 3)
def _(c):
    return (f"Bonjour, notre clé Algolia ({c.key('algolia')}) et le token Shippo {c.key('shippo')} ont fuité dans un dépôt public. "
            f"Merci de les révoquer. Le mot de passe admin était {c.secret('pw')}.")

@frame("ja_slack_api_key_share", "ja", 2)
def _(c):
    p = c.person("ja")
    return (f"{P(p.family)}さん、検証用のキーです：{c.key(c.ch(['astra', 'vercel', 'linear']))}\nパスワードは {c.secret('pw')} です。")

@frame("pt_email_cartao_reembolso", "pt", 3)
def _(c):
    p = c.person("pt")
    return (f"Olá, sou {P(p.full)}. Fui cobrado duas vezes no cartão {c.card()}. Peço o reembolso para o IBAN {c.iban('PT')}. Obrigado.")

@frame("nl_passport_aanvraag_afspraak", "nl", 2)
def _(c):
    p = c.person("nl")
    return (f"Afspraak paspoort verlengen voor {P(p.full)}, huidig paspoortnummer {c.passport('nl')}, rijbewijs {c.licence('nl', p)}.")

@frame("de_fuehrerschein_umschreibung", "de", 2)
def _(c):
    p = c.person(c.ch(["tr", "pl", "de"]))
    return (f"Antrag auf Umschreibung: {P(p.full)}, Führerscheinnummer {c.licence('de', p)}, Reisepass {c.passport('de')}, wohnhaft {c.addr('de')}.")

@frame("in_driving_licence_renewal_en_hi", "en", 2)
def _(c):
    p = c.person("in_lat")
    return (f"DL renewal: {P(p.full)}, DL no {c.licence('in', p)}, DOB {c.dob(p, 'en', 'abbr')}, mobile {c.phone('in')}")

@frame("br_cnh_vistoria_chat", "pt", 2)
def _(c):
    p = c.person("pt")
    return (f"{P(p.given)}: preciso renovar a CNH {c.licence('br', p)} e o passaporte {c.passport('br')}, alguém sabe o site?")

@frame("fr_permis_echange_mail", "fr", 2)
def _(c):
    p = c.person("fr")
    return (f"Objet : échange de permis\nMadame, je vous transmets mon numéro de permis {c.licence('fr', p)} et mon passeport {c.passport('fr')}. {P(p.full)}")

@frame("au_nsw_licence_club_form", "en", 2)
def _(c):
    p = c.person(c.ch(["en_gb", "vi", "el"]))
    return (f"Rowing club boat licence form: {P(p.full)}, NSW licence {c.licence('nsw', p)}, address {c.addr('au')}")

@frame("es_ip_bloqueada_foro", "es", 2)
def _(c):
    p = c.person("es")
    return (f"Me bloquearon la IP {c.ip(False)} en el foro, mi usuario es {P(p.given.lower())} y el correo {c.email(p)}")

@frame("ng_estate_gate_pass", "en", 3)
def _(c):
    p = c.person("ng")
    return (f"Gate pass for {P(p.full)} visiting {c.addr('ng')}. NIN {c.nid('ng_nin', p)}, phone {c.phone('ng')}. Gate code {c.secret('door')}")

@frame("tr_org_contract_email", "tr", 2)
def _(c):
    p = c.person("tr")
    return (f"Sayın {P(p.full)}, {ORG(c.ch(['Ege Tekstil A.Ş.', 'Marmara Yazılım Ltd. Şti.']))} ile sözleşmeniz ektedir. IBAN: {c.iban('TR')}")

@frame("de_org_rechnung_mahnung", "de", 2)
def _(c):
    p = c.person("de")
    return (f"Zahlungserinnerung von {ORG(c.ch(['Elbtal Sanitär GmbH', 'Holzbau Brandtner KG']))} an {P(p.full)}, {c.addr('de')}. Bitte überweisen auf {c.iban('DE')}.")

# ===================================================================================== name-heavy additions
@frame("amateur_theatre_cast_list", "en", 4)
def _(c):
    roles = ["the Narrator", "the Innkeeper", "Second Soldier", "the Ghost", "Chorus lead"]  # no character names: they would be ambiguous
    ps = [c.person(c.ch(["en_gb", "ie", "in_lat", "ng", "pl", "it", "el"])) for _ in range(4)]
    return "CAST (spring production)\n" + "\n".join(f"{r} .... {P(p.full)}" for r, p in zip(c.r.sample(roles, 4), ps)) + \
        f"\nUnderstudy: {P(ps[0].given)}'s sister, {P(c.person(ps[0].pool, gender='f').given)}"

@frame("kita_abholberechtigte_liste", "de", 4)
def _(c):
    e = c.person("de"); k = c.kid(e, born=(2020, 2022)); a = c.person(c.ch(["tr", "de", "pl"]), gender="f")
    return (f"Abholberechtigte Personen für {P(k.full)} (Gruppe Igel):\n1. {P(e.full)} (Mutter/Vater)\n2. {P(a.full)} (Nachbarin), Tel. {c.phone('de')}\n"
            f"Nicht abholberechtigt: {P(c.person('de').full)}")

@frame("git_coauthor_trailers", "en", 4)
def _(c):
    a, b = c.person(c.ch(["fi", "pt", "vi", "ng", "da"])), c.person(c.ch(["ko", "zh_lat", "es", "cs"]))
    return (f"fix(parser): handle BOM in uploads\n\nReviewed-by: {P(c.person('en_us').full)}\nCo-authored-by: {P(a.full)} <{c.email(a)}>\n"
            f"Co-authored-by: {P(b.full)} <{c.email(b)}>")

@frame("email_header_cc_chain", "en", 4)
def _(c):
    ps = [c.person(c.ch(["fr", "nl", "sv", "ar_lat", "ja", "id"])) for _ in range(3)]
    heads = []
    for lab, p in zip(["From", "To"], ps):
        if p.pool == "ja":
            heads.append(f"{lab}: {c.email(p, ['example-shosha.jp'])}")
        else:
            heads.append(f"{lab}: \"{P(p.family)}, {P(p.given)}\" <{c.email(p, ['meridian-freight.example'])}>")
    return "\n".join(heads) + f"\nCc: {c.email(None, ['meridian-freight.example'])}\nSubject: RE: customs paperwork\n\nSee below, {P(ps[1].given)}."

@frame("court_cause_list_extract", "en", 4)
def _(c):
    a, b, d, e = (c.person(c.ch(["en_gb", "ie", "za", "in_lat", "ng"])) for _ in range(4))
    return (f"COUNTY COURT - DAILY CAUSE LIST\n10:00  {P(a.sur)} v {P(b.sur)} (small claim)\n10:30  Re {P(d.full)} (a minor)\n"
            f"11:15  {P(e.full)} v {ORG(c.ch(['Harbourside Lettings Ltd', 'Greenfield Motors plc', 'Allied Parcel Services Ltd']))}")

@frame("zh_dushu_hui_qunliao", "zh", 4)
def _(c):
    a, b, d = c.person("zh"), c.person("zh"), c.person("zh")
    return (f"{P(a.full)}：这周读书会在我家，{P(b.given)}你能带点水果吗？\n{P(b.full)}：好的！{P(d.full)}也来吗？\n"
            f"{P(a.full)}：来，地址是{LOC('上海市徐汇区天钥桥路' + str(c.r.randint(10, 400)) + '号')}")

@frame("ar_qaimat_daawa_zifaf", "ar", 3)
def _(c):
    ps = [c.person("ar") for _ in range(4)]
    return "قائمة المدعوين للعشاء:\n" + "\n".join(f"- {P(p.full)}" for p in ps) + f"\nللتأكيد: {c.phone('sa')}"

@frame("ja_shift_koutai_renraku", "ja", 3)
def _(c):
    a, b = c.person("ja"), c.person("ja")
    return (f"店長へ\n明日のシフト、{P(a.family)}さんと{P(b.full)}さんが交代します。{P(b.family)}さんの連絡先は{c.phone('jp')}です。")

@frame("ko_gyeoron_hanaebi_seating", "ko", 3)
def _(c):
    ps = [c.person("ko") for _ in range(4)]
    return "하객 좌석 배치\n" + "\n".join(f"{i+1}번 테이블: {P(p.full)}" for i, p in enumerate(ps))

@frame("ru_spisok_dezhurnyh", "ru", 3)
def _(c):
    ps = [c.person("ru") for _ in range(3)]
    return "График дежурств по подъезду:\n" + "\n".join(f"{d} — {P(p.full)}" for d, p in zip(["пн", "ср", "пт"], ps)) + \
        f"\nВопросы к старшей по дому: {P(c.person('ru', gender='f').full)}, {c.phone('ru')}"

@frame("hotel_group_rooming_passports", "en", 4)
def _(c):
    rows = []
    for _ in range(3):
        p = c.person(c.ch(["de", "pl", "tr", "pt", "in_lat", "ko"]))
        cc = {"de": "de", "pl": "pl", "tr": "tr", "pt": "br", "in_lat": "in", "ko": "kr"}[p.pool]
        rows.append(f"{P(p.full)} | {c.passport(cc)}")
    return "Study tour - rooming list (twin rooms)\n" + "\n".join(rows)

@frame("online_shop_checkout_dump", "en", 4)
def _(c):
    p = c.person(c.ch(["en_us", "mx", "fr", "it"]))
    return (f"checkout.payload = {{ name: '{P(p.full)}', card: '{c.card()}', cvc: '{c.digits(3)}', billing_zip: '{E('POSTAL_CODE', c.digits(5))}', "
            f"promo: 'WINTER{c.digits(2)}', return_url: '{E('URL', 'https://shop.example/orders/' + c.digits(7) + '/thanks?session=' + c.alnum(24))}' }}")

@frame("swahili_group_names_chat", "sw", 3)
def _(c):
    a, b, d = c.person("sw"), c.person("sw"), c.person("sw")
    return (f"{P(a.given)}: Jamani kikao cha kesho kitakuwa kwa {P(b.full)}.\n{P(b.given)}: Karibuni wote. {P(d.given)} utaleta viti?\n"
            f"{P(d.given)}: Sawa, nitakuja na {P(c.person('sw').given)}.")

@frame("es_acta_comunidad_vecinos", "es", 3)
def _(c):
    ps = [c.person("es", gender=g) for g in "fmf"]
    return (f"Acta de la junta de vecinos. Asistentes: {P(ps[0].full)} (presidenta), {P(ps[1].full)}, {P(ps[2].full)}. "
            f"Se acuerda que {P(ps[1].family)} gestione la reparación del ascensor.")

# ===================================================================================== more English work situations
@frame("volunteer_vetting_form_uk", "en", 4)
def _(c):
    p = c.person(c.ch(["en_gb", "pl", "ro", "in_lat", "ng"]))
    return (f"Volunteer vetting - ID documents seen\nApplicant: {P(p.full)}\nDOB: {c.dob(p, 'en', 'num')}\n"
            f"Passport: {c.passport(c.ch(['gb', 'pl', 'in', 'ng']))}\nDriving licence: {c.licence('uk', p)}\nChecked by: {P(c.person('en_gb').given)}")

@frame("supplier_onboarding_portal_form", "en", 4)
def _(c):
    p = c.person(c.ch(["de", "nl", "it", "cs", "sv"]))
    cc = {"de": "DE", "nl": "NL", "it": "IT", "cs": "CZ", "sv": "SE"}[p.pool]
    return (f"Supplier: {ORG(c.ch(['Kestrel Packaging GmbH', 'Vlietland Print B.V.', 'Officine Galli S.r.l.', 'Morava Steel s.r.o.', 'Norrsken Logistik AB']))}\n"
            f"Contact: {P(p.full)} <{c.email(p, ['supplier-mail.example'])}>\nBank: {c.iban(cc)}\n"
            f"Terms accepted via {E('URL', 'https://vendors.acme-procure.example/accept?id=' + c.digits(6) + '&t=' + c.alnum(20))}")

@frame("newsletter_unsubscribe_complaint", "en", 3)
def _(c):
    p = c.person(c.ch(["en_us", "en_gb", "fr"]))
    tok = c.alnum(28)
    return (f"I keep getting your emails even after clicking {E('URL', 'https://news.example-mailer.com/u?e=' + c.alnum(10) + '&sig=' + tok)}. "
            f"Remove me please. - {P(p.full)}")

@frame("car_insurance_named_drivers", "en", 4)
def _(c):
    a = c.person(c.ch(["en_us", "mx", "en_gb"]), born=(1965, 1982)); b = c.kid(a, born=(2006, 2008))
    st = c.ch(["tx", "fl", "ca", "ny"])
    return (f"Named drivers on policy:\n- {P(a.full)}, DOB {c.dob(a, 'en', 'us')}, lic. {c.licence(st, a)}\n"
            f"- {P(b.full)}, DOB {c.dob(b, 'en', 'us')}, lic. {c.licence(st, b)} (learner)")

@frame("transcript_request_alumni_office", "en", 4)
def _(c):
    p = c.person(c.ch(["zh_lat", "tr", "ar_lat", "vi", "es"]))
    return (f"Dear Registrar, please send my official transcript. Name at graduation: {P(p.full)}; born {c.dob(p, 'en', 'abbr')}; "
            f"passport {c.passport(c.ch(['cn', 'tr', 'es', 'mx']))}. Upload link from the embassy: {c.url('doc')}. Thank you, {P(p.given)}")

@frame("b2b_invoice_dispute_email", "en", 4)
def _(c):
    p = c.person(c.ch(["en_gb", "ie", "nl"]))
    return (f"Hi {P(p.given)},\n\ninvoice INV-{c.digits(5)} from {ORG(c.ch(['Larkspur Facilities Ltd', 'Cobalt Fleet Services', 'Meridian Catering Group']))} was paid twice "
            f"by {ORG(c.ch(['Hollybrook Schools Trust', 'Ashby Dental Partners', 'Pennine Housing Co-op']))}. Please refund to {c.iban(c.ch(['GB', 'IE', 'NL']))}.\n"
            f"Statement: {c.url('doc')}")

@frame("tenant_autopay_card_update", "en", 4)
def _(c):
    p = c.person(c.ch(["en_us", "fil", "ng", "in_lat"]))
    return (f"Autopay updated for {P(p.full)} ({c.addr('us')}). New card {c.card()} exp 08/29. Receipt sent to {c.email(p)}")

KYC_KINDS = {"es_dni": "es", "es_nie": "mx", "it_cf": "it", "fr_nir": "fr", "be_nrn": "nl", "nl_bsn": "nl", "se_pnr": "sv",
             "no_fnr": "no", "dk_cpr": "da", "fi_hetu": "fi", "pl_pesel": "pl", "cz_rc": "cs", "pt_nif": "pt", "br_cpf": "pt",
             "cl_rut": "es", "ar_dni": "es", "mx_curp": "mx", "in_aadhaar": "in_lat", "in_pan": "in_lat", "cn_rid": "zh_lat",
             "kr_rrn": "ko", "jp_mynumber": "ja", "sg_nric": "zh_lat", "my_mykad": "ms", "id_nik": "id", "ph_psn": "fil",
             "za_id": "za", "ng_nin": "ng", "il_tz": "he", "tr_tckn": "tr", "ca_sin": "fr", "uk_nino": "en_gb", "ie_ppsn": "ie",
             "au_tfn": "en_gb", "nz_ird": "en_gb"}

@frame("kyc_review_queue_csv", "en", 6)
def _(c):
    rows = []
    for kind in c.r.sample(sorted(KYC_KINDS), 2):
        p = c.person(KYC_KINDS[kind])
        rows.append(f"{P(p.full)},{kind.split('_')[0].upper()},{c.nid(kind, p)},{c.dob(p, 'en', 'iso')},pending")
    return "name,country,id_number,date_of_birth,status\n" + "\n".join(rows)

@frame("au_tax_agent_chat", "en", 3)
def _(c):
    p = c.person(c.ch(["en_gb", "vi", "zh_lat", "el"]))
    return (f"Client {P(p.full)} moved from {LOC(c.ch(['Brisbane', 'Geelong', 'Cairns']))}. "
            f"TFN: {c.nid('au_tfn', p)}. Born {c.dob(p, 'en', 'long')}. Phone {c.phone('au')}")

@frame("nz_flatshare_application", "en", 3)
def _(c):
    p = c.person(c.ch(["en_gb", "fil", "zh_lat", "sw"]))
    return (f"Flat application - room in {LOC(c.ch(['Mount Victoria, Wellington', 'Ponsonby, Auckland', 'North East Valley, Dunedin']))}\n"
            f"Name: {P(p.full)}\nIRD number (for bond lodgement): {c.nid('nz_ird', p)}\nDOB: {c.dob(p, 'en', 'num')}\nEmail: {c.email(p)}")

@frame("es_cita_extranjeria_nie", "es", 2)
def _(c):
    p = c.person(c.ch(["fr", "it", "ro", "ar_lat", "pt"]))
    return (f"Cita previa confirmada - renovación de TIE\nInteresado/a: {P(p.full)}\nNIE: {c.nid('es_nie', p)}\n"
            f"Fecha de nacimiento: {c.dob(p, 'es', 'num')}\nOficina: {LOC('Calle de Silva 19')}, {E('POSTAL_CODE', '28004')} {LOC('Madrid')}")

@frame("rural_delivery_directions_sms", "en", 4)
def _(c):
    p = c.person(c.ch(["en_gb", "ie", "in_lat"]))
    if p.pool == "in_lat":
        line = c.ch(["H.No. 2-41, near Hanuman Mandir, opp. SBI ATM", "Shanti Niketan, behind the old water tank, Ward 7"])
        where = f"{LOC(line)}, {LOC(c.ch(['Hampi', 'Kasauli', 'Gokarna']))} - {E('POSTAL_CODE', str(c.r.randint(171, 591)) + c.digits(3))}"
    else:
        line = c.ch(["Old Forge Cottage, opposite the war memorial", "the white farmhouse behind St Mary's church", "Mill House, last gate past the ford"])
        where = f"{LOC(line)}, {LOC(c.ch(['Upper Slaughter', 'Great Tew', 'Much Wenlock', 'Ballyvaughan']))}"
    return (f"Hi, driver here with your sofa - satnav is lost. Is it {where}? - yes, that's us, ask for {P(p.given)}. "
            f"Gate code {c.secret('door')}, ring {c.phone(c.ch(['gb', 'ie']) if p.pool != 'in_lat' else 'in')} if stuck.")
