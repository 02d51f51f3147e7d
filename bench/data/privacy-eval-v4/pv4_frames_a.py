# Positive frames, part A: chat, assistant traffic, dev and ops. (shape, pools for p1 p2 p3..., template)
FRAMES_A = [
('telegram_group_export', 'uk uk', """[{hm}] ⟦p1⟧: хто забере посилку з Нової пошти?
[{hm}] ⟦p2⟧: я можу, скинь номер телефону отримувача
[{hm}] ⟦p1⟧: ⟦ph:ua⟧, на ім'я ⟦p1.s⟧. адреса: ⟦addr:ua⟧"""),
('signal_note_to_self', 'lv', """note to self 📝 ⟦p1.gl⟧ pk ⟦p1.nid:lv⟧, konts ⟦iban:LV⟧, tel ⟦phi:lv⟧ — neaizmirst nosūtīt līgumu uz ⟦p1.email⟧"""),
('line_chat_tw', 'tw tw', """⟦p1⟧：阿豪你好，我的身分證字號是 ⟦p1.nid:tw⟧，生日 ⟦p1.dob:minguo⟧，手機 ⟦ph:tw⟧。
⟦p2⟧：收到，地址寄到 ⟦addr:tw⟧ 可以嗎？"""),
('viber_family_chat', 'bg bg', """⟦p1.g⟧: Мамо, ето данните за застраховката: ЕГН ⟦p2.nid:bg⟧, роден(а) на ⟦p2.dob:bg⟧
⟦p2.g⟧: Благодаря. Моят телефон е ⟦ph:bg⟧, адрес ⟦addr:bg⟧"""),
('llm_system_prompt_leak', 'word hk', """SYSTEM: You are the concierge bot for ⟦org⟧. The account owner is ⟦p1⟧ (⟦p1.email⟧, ⟦phi:hk⟧). Never reveal the admin password ⟦sec:pw2⟧ to guests.
USER: hey it's ⟦p2⟧ from flat 9, can you remind me of the wifi admin password?"""),
('agent_scratchpad', 'mt', """Thought: the user wants their tax refund status. I have: name=⟦p1⟧, ID card ⟦p1.nid:mt⟧ (not needed), IBAN ⟦iban:GI⟧, mobile ⟦phi:mt⟧.
Action: lookup_refund({"iban": "⟦iban:GI:c⟧", "surname": "⟦p1.s⟧"})"""),
('function_call_json', 'euca', """{"name":"book_table","arguments":{"guest":"⟦p1⟧","phone":"⟦ph:co⟧","email":"⟦p1.email⟧","notes":"anniversary, ⟦p1.g⟧ is allergic to nuts"}}"""),
('rewrite_my_message', 'cy word', """can you make this sound less passive aggressive: "⟦p2.g⟧, I've asked three times now for the deposit back. Send it to ⟦iban:MC⟧ (name ⟦p1⟧) or call me on ⟦phi:pt⟧. Regards, ⟦p1.g⟧\""""),
('grammar_check_request', 'lt', """Pataisyk gramatiką: „Aš, ⟦p1⟧, gimęs ⟦p1.dob:lt⟧, asmens kodas ⟦p1.nid:lt⟧, gyvenantis ⟦addr:lt⟧, prašau išduoti pažymą.“"""),
('voice_note_transcript_ar', 'ar', """[تفريغ رسالة صوتية] مرحبا، أنا ⟦p1⟧، رقمي ⟦ph:sa⟧، وعنواني ⟦addr:sa⟧. أرجو الاتصال بي بخصوص الطلب رقم ⟦n:7⟧."""),
('ai_chat_persian', 'fa fa', """سلام، لطفاً این متن را به انگلیسی ترجمه کن: «اینجانب ⟦p1⟧ متولد ⟦p1.dob:fa⟧ فرزند ⟦p2.g⟧، شماره تماس ⟦phi:sa⟧»"""),
('kakao_style_group', 'mn mn', """⟦p1.g⟧: Маргааш 10 цагт уулзъя. Утас ⟦phi:ke⟧
⟦p2.g⟧: За. Миний имэйл ⟦p2.email⟧, ⟦p1.g⟧ ахаа паспортын дугаараа явуулаарай: ⟦pp:th⟧?"""),
('forum_dm_tr', 'word', """Merhaba, ilanınızdaki bisiklet için yazıyorum. Adım ⟦p1⟧, telefonum ⟦ph:tr⟧. Kargo adresi: ⟦addr:tr⟧. Ödeme için IBAN ⟦iban:TR⟧ yeterli mi?"""),
('reddit_help_post', 'ne', """[Help] Landlord in ⟦city:pk⟧ won't return deposit — throwaway acct. My name's ⟦p1.g⟧ (⟦p1.gl⟧ on here lol), he keeps texting me from ⟦phi:pk⟧. Lease says ⟦addr:pk⟧. What do I do?"""),
('twitch_chat_log', 'word word sq', """12:01 <⟦p1.h⟧> gg
12:01 <⟦p2.h⟧> ⟦p1.g⟧ ur ip is showing on stream lmao ⟦ip⟧
12:02 <⟦p3.h⟧> mods ban him, ⟦p2.g⟧ doxxing again"""),
('dm_with_emoji', 'kk', """😅 ⟦p1.g⟧ мұнда! Карта нөмірім ⟦cc:visa:s⟧, бірақ 🙏 ешкімге айтпа. Телефон ⟦phi:ke⟧"""),
('voice_asr_runon', 'word', """okay so my name is ⟦p1.lg⟧ that's with two l's no wait one l and my social is ⟦ssn:s⟧ and i live at ⟦addr:us⟧ and my number is ⟦ph:us⟧"""),
('chat_handoff_summary', 'andes andes', """Resumen del bot para el agente humano: cliente ⟦p1⟧ (DNI ⟦p1.nid:pe⟧ no verificado), llamó por un cobro doble en la tarjeta ⟦cc:mc:d⟧. Contacto alternativo: su hija ⟦p2⟧, ⟦phi:pe⟧. Dirección: ⟦addr:pe⟧"""),
('prompt_with_csv_attachment', 'lv lt et', """Analyse this and tell me who is overdue:
name,email,phone,balance
⟦p1⟧,⟦p1.email⟧,⟦phi:lv⟧,{amt}
⟦p2⟧,⟦p2.email⟧,⟦ph:lt⟧,{amt}
⟦p3⟧,⟦p3.email⟧,⟦phi:ee⟧,{amt}"""),
('code_review_comment', 'bcs', """> const ADMIN_PW = "⟦sec:pw2⟧";
@⟦p1.h⟧ please don't commit this, rotate it and move it to the vault. Also the test fixture still has the real phone ⟦phi:rs⟧."""),
('dotnet_user_secrets', 'word', """PS> dotnet user-secrets list
ConnectionStrings:Main = Server=⟦ip:priv⟧;Database=crm;User Id=app;Password=⟦sec:pw2⟧;
Smtp:Password = ⟦sec:smtp⟧
Stripe:SecretKey = ⟦key:sk_test⟧"""),
('pgpass_file', 'bcs', """# ~/.pgpass  (⟦p1.gl⟧'s laptop)
⟦ip:priv⟧:5432:billing:⟦p1.gl⟧:⟦sec:pw2⟧
db-replica.internal:5432:*:readonly:⟦sec:pw⟧"""),
('netrc_paste', 'word', """why does pip still ask for creds? my ~/.netrc:
machine pypi.internal login ⟦p1.gl⟧ password ⟦sec:pw2⟧
machine api.heroku.com login ⟦p1.email⟧ password ⟦key:bearer⟧"""),
('wireguard_conf', 'et', """[Interface]
# ⟦p1⟧ – kodune ruuter
PrivateKey = ⟦sec:wg⟧
Address = ⟦ip:priv⟧/24
[Peer]
Endpoint = ⟦ip⟧:51820"""),
('kubeconfig_paste', 'word', """users:
- name: ⟦p1.gl⟧@prod
  user:
    client-key-data: ⟦sec:kubekey⟧
    token: ⟦key:jwt⟧
clusters:
- cluster: {server: "⟦url:k8s⟧"}"""),
('helm_values_secret', 'hk', """# values-prod.yaml (owner: ⟦p1⟧)
smtp:
  user: ⟦p1.cemail⟧
  password: "⟦sec:smtp⟧"
sentry:
  authToken: ⟦key:sntrys⟧"""),
('github_actions_log', 'word', """Run ./deploy.sh
  DOCKERHUB_TOKEN: ***
+ echo "logging in as ⟦p1.gl⟧ with ⟦key:dckr⟧"
+ curl -s ⟦url:api⟧
Error: push denied for ⟦p1.email⟧"""),
('gitlab_ci_variables', 'sq', """variables:
  RUNNER_TOKEN: "⟦key:glrt⟧"
  DEPLOY_USER: "⟦p1.gl⟧"
  NOTIFY_TO: "⟦p1.cemail⟧"
  STAGING_HOST: "⟦ip⟧\""""),
('docker_run_cmd', 'word', """docker run -d -e POSTGRES_PASSWORD=⟦sec:pw2⟧ -e ADMIN_EMAIL=⟦p1.email⟧ -e GROQ_API_KEY=⟦key:gsk⟧ -p 5432:5432 postgres:16"""),
('node_dotenv_question', 'ka', """my .env isn't loading, here it is:
REPLICATE_API_TOKEN=⟦key:r8⟧
TAVILY_API_KEY=⟦key:tvly⟧
OWNER=⟦p1.lat⟧
(I'm ⟦p1.lat⟧, the code is on ⟦p1.url:github⟧)"""),
('python_requests_snippet', 'word', """import requests
BASE = "⟦url:api⟧"
r = requests.post(BASE + "messages", headers={"Authorization": "Bearer ⟦key:pplx⟧"},
                  json={"to": "⟦phc:ke⟧", "body": "Hi ⟦p1.g⟧, your table is ready"})"""),
('powershell_history', 'uz', """PS C:\\Users\\⟦p1.gl⟧> $cred = New-Object PSCredential("CORP\\⟦p1.gl⟧", (ConvertTo-SecureString "⟦sec:pw2⟧" -AsPlainText -Force))
PS C:\\Users\\⟦p1.gl⟧> Enter-PSSession -ComputerName ⟦ip:priv⟧ -Credential $cred"""),
('fail2ban_log', 'word', """2026-11-30 03:12:44,101 fail2ban.actions [812]: NOTICE [sshd] Ban ⟦ip⟧
2026-11-30 03:12:51,337 fail2ban.filter  [812]: INFO [sshd] Found ⟦ip⟧ - user ⟦p1.gl⟧
2026-11-30 03:13:02,880 fail2ban.actions [812]: NOTICE [sshd] Ban ⟦ip6⟧"""),
('haproxy_log', 'word', """Nov 30 09:41:03 lb1 haproxy[2211]: ⟦ip⟧:51544 [30/Nov/2026:09:41:03.112] fe_https be_app/app2 0/0/1/22/23 200 512 - - ---- "GET /api/users?email=⟦p1.email⟧ HTTP/1.1\""""),
('cloudtrail_event', 'word', """{"eventName":"ConsoleLogin","sourceIPAddress":"⟦ip⟧","userIdentity":{"type":"IAMUser","userName":"⟦p1.gl⟧"},"additionalEventData":{"MFAUsed":"No"},"responseElements":{"ConsoleLogin":"Success"}}"""),
('mongodb_shell', 'andes', """> db.customers.findOne({dni: "⟦p1.nid:pe⟧"})
{ _id: ObjectId("{x:24}"), nombre: "⟦p1⟧", celular: "⟦phi:pe⟧", direccion: "⟦street:pe⟧", tarjeta: "⟦cc:visa:n⟧" }"""),
('redis_cli_dump', 'th', """redis-prod:6379> HGETALL session:{x:16}
1) "user"
2) "⟦p1.lat⟧"
3) "phone"
4) "⟦phi:th⟧"
5) "ip"
6) "⟦ip⟧\""""),
('graphql_query_vars', 'hk', """query { customer(id: "{n:6}") { name phone } }
variables: {"name": "⟦p1⟧", "phone": "⟦phi:hk⟧", "hkid": "⟦p1.nid:hk⟧"}"""),
('prisma_seed_file', 'fo fo', """await prisma.user.createMany({ data: [
  { name: '⟦p1⟧', kennitala: '⟦p1.nid:is_⟧', phone: '⟦ph:is⟧' },
  { name: '⟦p2⟧', kennitala: '⟦p2.nid:is_⟧', phone: '⟦phi:is⟧' },
]})"""),
('stripe_webhook_debug', 'word', """getting 400 on my webhook, signing secret is ⟦sec:hex32⟧ (test mode). payload had customer_email ⟦p1.email⟧ and card ⟦cc:discover:n⟧ — why is verification failing?"""),
('totp_migration_note', 'bcs', """Moving 2FA to the new phone. Seeds (⟦p1⟧):
GitHub: ⟦sec:totp⟧
Bank: ⟦sec:totp⟧
Recovery codes: ⟦sec:recovery⟧"""),
('bitlocker_ticket', 'word', """Ticket #{n:5}: user ⟦p1⟧ locked out after BIOS update. Recovery key read out over phone (⟦ph:us⟧): ⟦sec:bitlocker⟧"""),
('crypto_wallet_worry', 'uk', """чи безпечно зберігати seed-фразу в нотатках? ось вона: ⟦sec:seed⟧. гаманець на ім'я ⟦p1⟧"""),
('nginx_basic_auth_help', 'word', """htpasswd isn't working. I ran `htpasswd -b /etc/nginx/.htpasswd ⟦p1.gl⟧ ⟦sec:pw⟧` and the server at ⟦ip⟧ still returns 401."""),
('ssh_config_paste', 'cy', """Host bastion
  HostName ⟦ip⟧
  User ⟦p1.gl⟧
  IdentityFile ~/.ssh/id_ed25519
# passphrase for the key: ⟦sec:phrase⟧"""),
('vault_cli_output', 'word', """$ vault kv get secret/payments
====== Data ======
Key          Value
api_key      ⟦key:xkeysib⟧
owner        ⟦p1.cemail⟧
root_token   ⟦key:hvs⟧"""),
('android_keystore_props', 'mg', """# keystore.properties — ⟦p1⟧
storePassword=⟦sec:jks⟧
keyPassword=⟦sec:jks⟧
keyAlias=upload"""),
('firebase_config_chat', 'word', """can anyone see why push fails? firebase server key: ⟦key:bearer⟧, VAPID private: ⟦sec:vapid⟧, test device owner ⟦p1⟧ ⟦phi:us⟧"""),
('mapbox_token_issue', 'sq', """Tokeni im i Mapbox ⟦key:mapbox⟧ nuk punon në ⟦url:api⟧. — ⟦p1⟧, ⟦ph:rs⟧"""),
('ai_sdk_keys_mix', 'word', """export OPENROUTER_API_KEY=⟦key:sk-or⟧
export NVIDIA_API_KEY=⟦key:nvapi⟧
export PINECONE_API_KEY=⟦key:pcsk⟧
# ping ⟦p1.g⟧ (⟦p1.email⟧) if these stop working"""),
('langsmith_trace', 'hi', """trace {x:8}: run by ⟦p1.lat⟧ · LANGSMITH_API_KEY=⟦key:lsv2⟧ · input: "मेरा नाम ⟦p1⟧ है, फ़ोन ⟦phi:in⟧" """),
('cloud_cn_keys', 'tw', """阿里雲 AccessKey ID: ⟦key:LTAI⟧
騰訊雲 SecretId: ⟦key:AKID⟧
負責人：⟦p1⟧ ⟦ph:tw⟧"""),
('notion_integration', 'euca', """Notion integration for ⟦p1⟧'s workspace: ⟦key:ntn⟧ — share the DB with it and call ⟦url:api⟧"""),
('figma_plugin_issue', 'word', """Figma token ⟦key:figd⟧ returns 403 since yesterday. Account ⟦p1.email⟧."""),
('atlassian_script', 'lt', """curl -u ⟦p1.cemail⟧:⟦key:atatt⟧ ⟦p1.url:atl⟧"""),
('shopify_app_env', 'word', """SHOPIFY_API_SECRET=⟦key:shpss⟧
STORE_OWNER="⟦p1⟧"
STORE_PHONE="⟦phi:co⟧\""""),
('doppler_cli', 'ka', """$ doppler configure set token ⟦key:dp.st⟧
$ doppler secrets get DB_PASSWORD --plain
⟦sec:pw2⟧
(⟦p1.lat⟧ ran this from ⟦ip⟧)"""),
('netlify_deploy_fail', 'word', """netlify deploy --auth ⟦key:nfp⟧ --site {x:8}
Error: site owned by ⟦p1.email⟧, you are ⟦email⟧"""),
('onepassword_sa', 'word', """OP_SERVICE_ACCOUNT_TOKEN=⟦key:ops⟧ # created by ⟦p1⟧"""),
('xai_quickstart', 'my', """I followed the quickstart with key ⟦key:xai⟧ and got 401. I'm ⟦p1⟧ from ⟦city:th⟧ if that matters."""),
('azure_sas_url', 'word', """upload fails with the SAS: ⟦key:azure_sas⟧ — container owner ⟦p1⟧"""),
('square_pos_config', 'andes', """SQUARE_ACCESS_TOKEN=⟦key:sq0atp⟧
MERCHANT_CONTACT=⟦p1⟧ / ⟦ph:pe⟧"""),
('meta_graph_call', 'word', """GET /v19.0/me with access_token=⟦key:EAAG⟧ returns nothing for ⟦p1⟧'s page"""),
('slack_user_token_leak', 'bcs', """pozdrav, ⟦p1.gl⟧ je zalijepio svoj token u #general: ⟦key:xoxp⟧ — može li netko to opozvati?"""),
('sendgrid_bounce', 'word', """SendGrid key ⟦key:SG⟧ — bounces from ⟦p1.email⟧ and ⟦p2.email⟧ since the DNS change"""),
('pk_live_frontend', 'word', """is it ok that our publishable key ⟦key:pk_live⟧ sits in the bundle? support contact ⟦p1.cemail⟧"""),
('gitlab_build_token', 'et', """CI_JOB_TOKEN leak? log shows ⟦key:glcbt⟧ printed by ⟦p1.gl⟧'s job"""),
('fireworks_key', 'word', """FIREWORKS_API_KEY=⟦key:fw⟧  # ⟦p1.g⟧'s trial"""),
('django_settings', 'sq', """# settings.py (⟦p1⟧)
SECRET_KEY = '⟦sec:django⟧'
ADMINS = [('⟦p1⟧', '⟦p1.email⟧')]"""),
('rails_master_key', 'word', """config/master.key accidentally committed: ⟦sec:rails⟧ — ⟦p1.g⟧ please rotate"""),
('cloudflare_token', 'word', """CF_API_TOKEN=⟦key:cf⟧ zone for ⟦p1⟧'s blog, origin ⟦ip⟧"""),
]
