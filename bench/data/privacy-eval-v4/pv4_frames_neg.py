# Hard negatives: no personal data or secrets. Fillers vary per use; nothing is labelled.
NEG = [
('neg_julia_ruby_langs', """Should I learn Julia or Ruby for data work? Julia has multiple dispatch and fast loops; Ruby has nicer syntax but the numeric libraries are thinner. Ada is another option if you need safety guarantees. I have ⟦N:2:9⟧ weeks."""),
('neg_eponym_science', """Quick recap for the exam: Bayes' theorem, the Fourier transform, Dijkstra's algorithm, Hooke's law and the Doppler effect. Chapter ⟦N:3:14⟧ also covers Boolean algebra and Gaussian elimination."""),
('neg_eponym_diseases', """What's the difference between Parkinson's disease, Alzheimer's disease and Huntington's disease in terms of onset age? Asking for a biology essay of about ⟦N:800:2000⟧ words, no personal case."""),
('neg_landmarks_general', """The Matterhorn is ⟦c:4,478|4478⟧ m high, Lake Titicaca sits at about 3,812 m, and the Danube flows through ten countries. Which of these is the best example for a lesson on glaciation?"""),
('neg_drug_interactions_general', """General question: can ibuprofen and paracetamol be alternated every ⟦N:3:4⟧ hours in adults? And does omeprazole reduce the absorption of levothyroxine? Not asking about anyone specific."""),
('neg_k8s_probe_yaml', """livenessProbe:
  httpGet:
    path: /healthz
    port: ⟦N:8000:8099⟧
  initialDelaySeconds: ⟦N:5:30⟧
  periodSeconds: 10
resources:
  limits: {cpu: "500m", memory: "⟦N:256:1024⟧Mi"}"""),
('neg_regex_question', """Why does this regex ^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$ accept lowercase when I pass the re.I flag? I only want the shape check, not validation. Python ⟦c:3.11|3.12|3.13⟧."""),
('neg_css_colors', """.btn-primary { background: #⟦x:6⟧; border-radius: ⟦N:2:12⟧px; }
.btn-primary:hover { background: #⟦x:6⟧; }
/* Ruby and Jasmine are the palette names from the design system */"""),
('neg_chem_formulas', """Balance: C3H8 + 5 O2 → 3 CO2 + 4 H2O. Then compute the molar mass of Ca(OH)2 (74.09 g/mol) and explain why ⟦N:2:6⟧ mol of propane need more oxygen than methane."""),
('neg_astronomy_coords', """Target list for tonight: M31 (RA 00h 42m 44s, Dec +41° 16′), M42 (RA 05h 35m, Dec −05° 23′), NGC ⟦N:1000:7999⟧. Seeing forecast ⟦N:2:5⟧/5, moon ⟦N:10:90⟧% illuminated."""),
('neg_http_status_table', """| code | meaning |
|---|---|
| 401 | missing or invalid credentials |
| 403 | authenticated but not allowed |
| 429 | rate limited, retry after ⟦N:10:120⟧ s |"""),
('neg_ssh_public_key_only', """Is it safe to post my *public* key in a GitHub issue? It's just ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟦A:43⟧ laptop-⟦N:2:9⟧ — no private key included."""),
('neg_data_uri_image', """Why is my favicon blank? <link rel="icon" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ⟦A:24⟧AAAAASUVORK5CYII=">"""),
('neg_flight_numbers_stats', """On-time stats last month: flight ⟦c:LX|OS|TK|PC⟧ ⟦N:100:999⟧ departed on time ⟦N:60:95⟧% of days, average delay ⟦N:4:30⟧ minutes; gate changes happened 3 times."""),
('neg_git_commands', """git rebase -i HEAD~⟦N:2:9⟧, then squash the fixups, then git push --force-with-lease origin feature/⟦c:billing|search|onboarding⟧. Commit ⟦x:7⟧ is the one that broke the build."""),
('neg_sql_window_fn', """SELECT region, order_month, SUM(total) OVER (PARTITION BY region ORDER BY order_month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS rolling_3m FROM sales WHERE total > ⟦N:100:999⟧;"""),
('neg_dockerfile_no_secret', """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENV API_KEY_FILE=/run/secrets/api_key
EXPOSE ⟦N:8000:8999⟧"""),
('neg_unicode_codepoints', """U+00E9 is é, U+0110 is Đ and U+1F600 is the grinning face. In UTF-16 the emoji takes ⟦c:two|2⟧ code units; in UTF-8 it takes four bytes."""),
('neg_recipe_tr', """Mercimek çorbası: 1 su bardağı kırmızı mercimek, 1 soğan, 1 havuç, ⟦N:5:7⟧ su bardağı su, 1 yemek kaşığı tereyağı. ⟦N:25:40⟧ dakika pişirin, blenderdan geçirin."""),
('neg_ui_strings_et_lv', """Salvesta · Tühista · Kustuta konto? · Saglabāt · Atcelt · Vai tiešām dzēst? · Išsaugoti · Atšaukti (v⟦N:2:9⟧.⟦N:0:20⟧)"""),
('neg_ui_strings_ar_fa', """حفظ · إلغاء · تسجيل الخروج · ذخیره · لغو · خروج از حساب — نسخه ⟦N:2:9⟧"""),
('neg_ui_strings_th_hi', """บันทึก · ยกเลิก · ออกจากระบบ · सहेजें · रद्द करें · लॉग आउट (⟦N:3:40⟧ strings)"""),
('neg_ui_strings_ka_hy_am', """შენახვა · გაუქმება · Պահպանել · Չեղարկել · አስቀምጥ · ሰርዝ — build ⟦N:100:999⟧"""),
('neg_bg_uk_weather', """Прогноза: утре облачно, ⟦N:3:12⟧°C, вятър 5 м/с. Прогноз: завтра хмарно, можливий дощ, тиск ⟦N:740:770⟧ мм рт. ст."""),
('neg_zh_tw_product_faq', """常見問題：本產品支援 USB-C 快充，電池容量 ⟦N:3000:5000⟧ mAh，保固一年。若無法開機，請長按電源鍵 ⟦N:10:15⟧ 秒。"""),
('neg_mn_kk_news', """Монголд өвөл хүйтэн байдаг. Қазақстанда бидай өнімі биыл ⟦N:10:20⟧ млн тоннаға жетті."""),
('neg_lottery_isbn', """ISBN 978-0-306-40615-7 is the textbook; the lottery draw was ⟦N:1:9⟧ ⟦N:10:19⟧ ⟦N:20:29⟧ ⟦N:30:39⟧ ⟦N:40:49⟧. Neither is an account number."""),
('neg_masked_values_v4', """Your card ending ⟦n:4⟧ was charged. Phone on file: +44 •••• ••• ⟦n:3⟧. Email: j•••@•••.com. IBAN: ⟦c:LV|BG|TR⟧•• •••• •••• ⟦n:4⟧."""),
('neg_placeholder_templates', """Hi {{first_name}}, your appointment with {{clinician}} is on {{date}} at {{clinic_address}}. Reply STOP to opt out. Template id tpl_⟦N:100:999⟧."""),
('neg_format_questions', """How is the Estonian isikukood check digit computed, and does the Croatian OIB use the same ISO 7064 scheme? I'm writing a validator, no real numbers needed. ⟦N:2:5⟧ test vectors would help."""),
('neg_product_names', """Compare the Pixel ⟦N:7:9⟧, Galaxy S⟦N:22:25⟧ and iPhone ⟦N:13:16⟧ for low-light photos. Also is Alexa or Siri better at timers?"""),
('neg_sports_table', """Premier League after matchday ⟦N:10:30⟧: Arsenal 31, Spurs 30, Villa 27. Top scorer has ⟦N:9:18⟧ goals. Which teams have the best goal difference?"""),
('neg_music_abc', """X:1
T:Reel in D
M:4/4
K:D
|:d2fd Adfd|⟦c:e2ge|B2gB⟧ Bege|d2fd Adfd|edcB A4:|"""),
('neg_math_proof', """Prove that √2 is irrational. Assume √2 = p/q in lowest terms, then p² = 2q², so p is even... Also, is ⟦N:1000:9999⟧ prime? I think it factors."""),
('neg_port_list', """Open ports on the staging box (no addresses, just services): 22/tcp ssh, 80/tcp http, 443/tcp https, ⟦N:5000:9999⟧/tcp metrics. Which should be firewalled?"""),
('neg_hash_values', """sha256: ⟦x:64⟧
md5: ⟦x:32⟧
Those are the checksums of the public release tarball v⟦N:1:5⟧.⟦N:0:9⟧.0."""),
('neg_ca_mt_boilerplate', """Aquest correu és confidencial. Si l'heu rebut per error, esborreu-lo. Din l-email hija kunfidenzjali. Ref. ⟦A:6⟧."""),
('neg_cy_sq_boilerplate', """Croeso! Cliciwch yma i ddechrau. Mirë se vini! Klikoni këtu për të filluar. Fersiwn ⟦N:1:9⟧."""),
('neg_env_reading_code', """import os
token = os.environ["GITHUB_TOKEN"]
db_password = os.getenv("DB_PASSWORD", "")
assert token, "set GITHUB_TOKEN first"  # line ⟦N:10:99⟧"""),
('neg_public_holidays', """Office closed: Christmas Day, Boxing Day and New Year's Day. In Estonia Victory Day is ⟦c:23|24⟧ June; Latvia's Līgo is on ⟦c:23|24⟧ June too. Nobody's birthday list here."""),
('neg_uuid_trace_logs', """level=info trace_id=⟦x:32⟧ span_id=⟦x:16⟧ msg="request done" status=200 dur_ms=⟦N:3:900⟧ route=/v1/health"""),
]
