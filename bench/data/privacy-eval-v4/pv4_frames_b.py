# Positive frames, part B: business, admin, life, multilingual documents.
FRAMES_B = [
('tenancy_deposit_letter_hr', 'bcs bcs', """Poštovani gospodine ⟦p2.s⟧,
molim povrat jamčevine na račun ⟦iban:BA⟧. Stan na adresi ⟦addr:hr⟧ predan je {date}.
OIB: ⟦p1.nid:hr⟧, mob. ⟦ph:hr⟧
Srdačno, ⟦p1⟧"""),
('jmbg_form_rs', 'bcs', """PRIJAVA PREBIVALIŠTA
Ime i prezime: ⟦p1⟧
JMBG: ⟦p1.nid:rs⟧
Datum rođenja: ⟦p1.dob:dmy.⟧
Adresa: ⟦addr:rs⟧
Telefon: ⟦phi:rs⟧"""),
('isikukood_email_et', 'et et', """Tere ⟦p2.g⟧!
Saadan lapse andmed lasteaia jaoks: ⟦p1⟧, isikukood ⟦p1.nid:ee⟧, sündinud ⟦p1.dob:et⟧. Elukoht ⟦addr:ee⟧.
Minu number on ⟦ph:ee⟧.
Parimate soovidega, ⟦p2⟧"""),
('lv_utility_contract', 'lv', """Līgums Nr. {n:6}
Klients: ⟦p1⟧, personas kods ⟦p1.nid:lv⟧
Adrese: ⟦addr:lv⟧
Tālrunis: ⟦ph:lv⟧, e-pasts: ⟦p1.email⟧
Konts: ⟦iban:LV⟧"""),
('lt_courier_sms', 'lt', """⟦org:Nemunas Agro UAB⟧: siunta nr. {A:10} pristatoma rytoj. Gavėjas ⟦p1⟧, ⟦addr:lt⟧. Klausimai: ⟦phi:lt⟧"""),
('egn_bank_form_bg', 'bg', """Заявление за откриване на сметка
Име: ⟦p1⟧
ЕГН: ⟦p1.nid:bg⟧
Дата на раждане: ⟦p1.dob:bg⟧
Адрес: ⟦addr:bg⟧
IBAN за превод: ⟦iban:BG⟧
Тел.: ⟦phi:bg⟧"""),
('ukr_hr_onboarding', 'uk', """Анкета нового працівника ⟦org:Dnipro Softworks LLC⟧
ПІБ: ⟦p1⟧
Дата народження: ⟦p1.dob:uk⟧
Паспорт: ⟦pp:ua⟧
Адреса: ⟦addr:ua⟧
IBAN: ⟦iban:UA⟧"""),
('kennitala_booking_is', 'fo', """Bókun staðfest. Nafn: ⟦p1⟧ · Kennitala: ⟦p1.nid:is_⟧ · Sími: ⟦ph:is⟧ · Heimilisfang: ⟦addr:is⟧"""),
('maltese_clinic_reminder', 'mt', """Għeżież ⟦p1⟧, l-appuntament tiegħek huwa nhar il-Ħamis fil-{hm}. Jekk trid tbiddel, ċempel ⟦ph:mt⟧. Indirizz: ⟦addr:mt⟧"""),
('ahv_payroll_ch', 'word', """Lohnabrechnung November – ⟦org:Aare Treuhand AG⟧
Mitarbeiterin: ⟦p1⟧
AHV-Nr.: ⟦p1.nid:ch⟧
Geburtsdatum: ⟦p1.dob:dmy.⟧
Auszahlung: ⟦iban:LI⟧
Adresse: ⟦addr:ch⟧"""),
('svnr_letter_at', 'sq', """Guten Tag ⟦p1⟧,
Ihre Sozialversicherungsnummer ⟦p1.nid:at⟧ wurde für die Mitversicherung erfasst. Wohnadresse laut Meldezettel: ⟦addr:at⟧. Rückfragen unter ⟦ph:at⟧."""),
('pt_condominio_email', 'euca', """Bom dia,
sou ⟦p1⟧, proprietária da fração em ⟦addr:pt⟧. Nasci a ⟦p1.dob:pt⟧ e o meu contacto é ⟦phi:pt⟧. Peço o envio da ata para ⟦p1.email⟧.
Obrigada"""),
('tr_kargo_complaint', 'word', """Sayın yetkili, ⟦p1⟧ adına gönderilen kargo ⟦addr:tr⟧ adresine ulaşmadı. Doğum tarihim ⟦p1.dob:tr⟧, telefon ⟦phi:tr⟧. Pasaport no: ⟦pp:ma⟧"""),
('tw_health_card_form', 'tw', """【健保卡補發申請】
姓名：⟦p1⟧
身分證字號：⟦p1.nid:tw⟧
出生日期：⟦p1.dob:minguo⟧
通訊地址：⟦addr:tw⟧
聯絡電話：⟦phi:tw⟧"""),
('hk_bank_chat', 'hk', """Hi, I'm ⟦p1.lat⟧ (HKID ⟦p1.nid:hk⟧). My address changed to ⟦addr:hk⟧, new mobile ⟦ph:hk⟧. Can you update my ⟦org:Harbourfront Property Management Ltd⟧ direct debit too?"""),
('in_rent_agreement', 'hi hi', """RENT AGREEMENT between ⟦p1.lat⟧ (PAN ⟦p1.pan⟧), residing at ⟦addr:in⟧, and ⟦p2.lat⟧, mobile ⟦phi:in⟧, for monthly rent of ₹{N:12000:48000}."""),
('hindi_whatsapp_fwd', 'hi', """*Forwarded* नमस्ते, मैं ⟦p1⟧ बोल रही हूँ। मेरा नंबर ⟦ph:in⟧ है और जन्मतिथि ⟦p1.dob:hi⟧। कृपया पता नोट करें: ⟦addr:in⟧"""),
('cnic_form_pk', 'magh', """Applicant: ⟦p1⟧ | CNIC ⟦p1.nid:pk⟧ | DOB ⟦p1.dob:dMony⟧ | Cell ⟦ph:pk⟧ | Address ⟦addr:pk⟧"""),
('eg_pharmacy_delivery+medical', 'ar', """طلب توصيل: ⟦p1⟧ — ⟦addr:eg⟧ — هاتف ⟦ph:eg⟧. الدواء: ⟦med:ميتفورمين⟧ ٥٠٠ مجم لمرض ⟦med:السكري⟧"""),
('eg_national_id_chat', 'ar', """رقمي القومي ⟦p1.nid:eg⟧ وتاريخ ميلادي ⟦p1.dob:ar⟧، اسمي ⟦p1⟧. هل يمكن تجديد البطاقة أونلاين؟"""),
('ma_rental_fr', 'magh magh', """Bonjour ⟦p2.g⟧, je confirme la location de l'appartement ⟦addr:ma⟧ pour ⟦p1⟧. Passeport ⟦pp:ma⟧, tél. ⟦phi:ma⟧. Virement depuis ⟦iban:TN⟧."""),
('ke_mpesa_dispute', 'word', """Hello ⟦org:Savannah Mobile Ltd⟧, I sent KES {N:500:9000} to the wrong number ⟦ph:ke⟧ instead of ⟦phi:ke⟧. My name is ⟦p1⟧, ID ⟦p1.nid:ke⟧, I stay in ⟦city:ke⟧. Please reverse."""),
('co_arriendo_form', 'andes', """FORMULARIO DE ARRIENDO
Arrendatario: ⟦p1⟧
Cédula: ⟦p1.nid:co⟧
Celular: ⟦ph:co⟧
Dirección anterior: ⟦addr:co⟧
Correo: ⟦p1.email⟧"""),
('pe_reniec_help', 'andes', """hola, mi mamá ⟦p1⟧ nació el ⟦p1.dob:dmy/⟧ en ⟦city:pe⟧, quiere sacar pasaporte (el antiguo era ⟦pp:pe⟧). su celular ⟦phi:pe⟧, q documentos necesita?"""),
('th_hotel_checkin', 'th', """ใบลงทะเบียนผู้เข้าพัก: ชื่อ ⟦p1⟧ เลขบัตรประชาชน ⟦p1.nid:th⟧ เกิด ⟦p1.dob:th⟧ โทร ⟦ph:th⟧ ที่อยู่ ⟦addr:th⟧"""),
('saudi_contract_en', 'ar', """Employment offer – ⟦org:Najd Contracting Co.⟧. Employee: ⟦p1.lat⟧, passport ⟦pp:sa⟧, DOB ⟦p1.dob:dMony⟧, mobile ⟦phi:sa⟧, salary IBAN ⟦iban:QA⟧."""),
('hebrew_insurance_sms', 'he', """שלום ⟦p1⟧, הפוליסה עודכנה. לבירורים: ⟦ph:sa⟧. כתובת למשלוח: ⟦addr:us⟧"""),
('georgian_invoice', 'ka', """ინვოისი #{n:5} · მყიდველი: ⟦p1⟧ · ტელ: ⟦phi:lt⟧ · ელ-ფოსტა: ⟦p1.email⟧ · ანგარიში: ⟦iban:GE⟧"""),
('armenian_diaspora_email', 'hy', """Բարև ձեզ, ես ⟦p1⟧ եմ, ծնված ⟦p1.dob:dmy.⟧: Խնդրում եմ կապ հաստատել ⟦phi:ch⟧ համարով կամ ⟦p1.email⟧ հասցեով:"""),
('amharic_remittance', 'am', """ለ ⟦p1⟧ ገንዘብ ተልኳል። ስልክ ⟦phi:ke⟧። ተቀባይ ሂሳብ ⟦iban:EG⟧"""),
('mongolian_visa_form', 'mn', """Овог нэр: ⟦p1⟧
Төрсөн огноо: ⟦p1.dob:iso⟧
Паспорт: ⟦pp:ke⟧
Утас: ⟦phi:ke⟧
И-мэйл: ⟦p1.email⟧"""),
('kazakh_kaspi_transfer', 'kk', """Аударым: ⟦p1⟧ → ⟦iban:KZ⟧ · ⟦org:Kaspi Bank⟧ · туған күні ⟦p1.dob:kk⟧ · тел ⟦phi:ke⟧"""),
('uzbek_student_list', 'uz uz uz', """Talabalar ro'yxati:
1. ⟦p1⟧ — ⟦ph:tr⟧ — tug'ilgan ⟦p1.dob:dmy.⟧
2. ⟦p2⟧ — ⟦phi:tr⟧ — tug'ilgan ⟦p2.dob:dmy.⟧
3. ⟦p3⟧ — ⟦p3.email⟧"""),
('malagasy_microcredit', 'mg', """Dossier de prêt ⟦org:Antananarivo Micro-Crédit⟧ : emprunteuse ⟦p1⟧, née le ⟦p1.dob:dmy/⟧, tél ⟦phi:ke⟧, compte ⟦iban:MU⟧."""),
('catalan_school_form', 'euca euca', """Full d'inscripció — Alumne: ⟦p1⟧, data de naixement ⟦p1.dob:ca⟧. Tutora: ⟦p2⟧, telèfon ⟦phi:pt⟧, adreça electrònica ⟦p2.email⟧."""),
('welsh_council_letter', 'cy', """Annwyl ⟦p1⟧,
Diolch am eich cais. Dyddiad geni: ⟦p1.dob:cy⟧. Cyfeiriad: ⟦addr:us⟧. Ffôn: ⟦phi:us⟧.
⟦org:Cymru Housing Association⟧"""),
('albanian_visa_email', 'sq', """Përshëndetje, jam ⟦p1⟧, lindur më ⟦p1.dob:sq⟧. Pasaporta ime është ⟦pp:rs⟧. Më kontaktoni në ⟦phi:rs⟧ ose ⟦p1.email⟧."""),
('maltese_form_dob', 'mt', """Isem: ⟦p1⟧ | Data tat-twelid: ⟦p1.dob:mt⟧ | Mowbajl: ⟦phi:mt⟧ | Indirizz: ⟦addr:mt⟧"""),
('slovene_sms', 'bcs', """⟦p1.g⟧, paket čaka na ⟦addr:si⟧, pokliči ⟦phi:si⟧ 👍"""),
('estonian_chat_lower', 'et et', """⟦p1.gl⟧: kas ⟦p2.gl⟧ saatis sulle oma iban-i?
⟦p2.gl⟧: jah, ⟦iban:FO⟧, aga nimi on ⟦p2.U⟧ kontol"""),
('shipping_manifest_csv', 'tw hk word', """consignee,phone,address,postcode
⟦p1.lat⟧,⟦phi:tw⟧,"⟦street:hk⟧",-
⟦p2.lat⟧,⟦phi:hk⟧,"⟦street:hk⟧",-
⟦p3⟧,⟦phi:us⟧,"⟦street:us⟧",-"""),
('clinic_waitlist_tsv+medical', 'word bcs', """name\tdob\tphone\treason
⟦p1⟧\t⟦p1.dob:iso⟧\t⟦ph:us⟧\t⟦med:migraine⟧
⟦p2⟧\t⟦p2.dob:iso⟧\t⟦phi:hr⟧\t⟦med:type 2 diabetes⟧"""),
('dentist_recall_sms+medical', 'euca', """Hola ⟦p1.g⟧, recordatorio de ⟦org:Atlas Médical SARL⟧: control de tu ⟦med:periodontitis⟧ el jueves. Confirma al ⟦phi:ma⟧."""),
('vet_visit_notes', 'word word', """Patient: "Biscuit" (cockapoo). Owner: ⟦p1⟧, ⟦ph:us⟧, ⟦addr:us⟧. Co-owner ⟦p2.g⟧ picks up. Paid with ⟦cc:amex:s⟧ — ⟦org:Kestrel Lane Veterinary Practice⟧"""),
('physio_referral+medical', 'lv', """Referral: ⟦p1⟧ (DOB ⟦p1.dob:dmy.⟧), ⟦med:ACL reconstruction⟧ 6 weeks ago, on ⟦med:ibuprofen⟧. Contact ⟦phi:lv⟧."""),
('wedding_vendor_sheet', 'word word', """Vendor contacts — ⟦p1.g⟧ & ⟦p2.g⟧ wedding
Florist: ⟦p1⟧ ⟦ph:us⟧
Venue deposit to ⟦iban:AD⟧
Guest list shared: ⟦url:doc⟧"""),
('carpool_signup', 'word word', """Carpool sign-up (school run)
- ⟦p1⟧ · ⟦ph:us⟧ · Mon/Wed · seats: 3
- ⟦p2⟧ · ⟦phi:us⟧ · Tue/Thu · plate {A:7} (not needed)
pickup at ⟦street:us⟧"""),
('marathon_registration', 'ne', """Registration #{n:5}
Runner: ⟦p1⟧ | DOB: ⟦p1.dob:iso⟧ | Emergency contact: ⟦phi:in⟧ | T-shirt M | Team: ⟦org:Deccan Fintech Pvt. Ltd.⟧"""),
('library_card_form', 'my', """Library membership: ⟦p1⟧, born ⟦p1.dob:dmy ⟧, address ⟦addr:th⟧, phone ⟦ph:th⟧"""),
('co_parenting_app_msg', 'word word', """From ⟦p1.g⟧ to ⟦p2.g⟧: Kids' passports are ⟦pp:ch⟧ and ⟦pp:ch⟧, I'll bring them Friday. New address is ⟦addr:ch⟧ btw."""),
('visa_sponsor_letter', 'hk tw', """I, ⟦p1.lat⟧, holder of passport ⟦pp:hk⟧, will sponsor my friend ⟦p2.lat⟧ (passport ⟦pp:tw⟧, born ⟦p2.dob:Mond,y⟧) during her stay at ⟦addr:hk⟧."""),
('us_dl_renewal_chat', 'word', """hi i need to renew my georgia license ⟦dl:ga⟧, it expired in march. dob ⟦p1.dob:mdy/⟧, name ⟦p1.lg⟧"""),
('nc_insurance_claim', 'word word', """Claim notes: insured ⟦p1⟧, NC DL ⟦dl:nc⟧, other driver ⟦p2⟧, VA DL ⟦dl:va⟧, phone ⟦ph:us⟧. Collision at ⟦street:us⟧."""),
('colorado_tenant_screen', 'word', """Applicant: ⟦p1⟧
SSN: ⟦ssn⟧
CO license: ⟦dl:co⟧
Current address: ⟦addr:us⟧
Employer: ⟦org⟧"""),
('minnesota_payroll_id', 'word', """New hire packet received for ⟦p1⟧ — MN DL ⟦dl:mn⟧, SSN ⟦ssn:n⟧, direct deposit card ⟦cc:visa:d⟧"""),
('wisconsin_dmv_letter', 'word', """Dear ⟦p1⟧, your Wisconsin driver license ⟦dl:wi⟧ will be suspended unless proof of insurance is received. Mail to ⟦addr:us⟧."""),
('maryland_mva_chat', 'word', """my MD license # is ⟦dl:md⟧ and my SSN ends... actually full one is ⟦ssn:s⟧. name on it: ⟦p1.U⟧"""),
('hawaii_rental_car', 'word', """Rental agreement — driver ⟦p1⟧, HI DL ⟦dl:hi⟧, additional driver ⟦p1.g⟧'s partner, card ⟦cc:mc:s⟧."""),
('alberta_moving_form', 'word', """Moving to ⟦loc:Calgary⟧ — ⟦p1⟧, AB licence ⟦dl:ab⟧, BC licence (old) ⟦dl:bc⟧, phone ⟦phi:us⟧"""),
('quebec_saaq_email', 'magh', """Bonjour, mon permis de conduire ⟦dl:qc⟧ a été volé. Je m'appelle ⟦p1⟧, né le ⟦p1.dob:dmy/⟧. Téléphone : ⟦phi:us⟧."""),
('qld_licence_check', 'word', """QLD licence ⟦dl:qld⟧ holder ⟦p1⟧, DOB ⟦p1.dob:dmy/⟧ — verified for ride-share onboarding"""),
('jp_licence_translation', 'word', """Need an English translation of my Japanese licence (免許証番号 ⟦dl:jp⟧). Name: ⟦p1⟧, DOB ⟦p1.dob:ymd.⟧"""),
('hk_driving_permit', 'hk', """Applicant ⟦p1⟧, HK driving licence ⟦dl:hk⟧, HKID ⟦p1.nid:hk⟧, contact ⟦ph:hk⟧"""),
('tw_scooter_rental', 'tw', """租車資料：⟦p1⟧，駕照號碼 ⟦dl:tw⟧，手機 ⟦ph:tw⟧，信用卡 ⟦cc:jcb:d⟧"""),
('ie_motor_tax', 'cy', """Motor tax renewal for ⟦p1⟧, licence ⟦dl:ie⟧, address ⟦addr:us⟧ — card ⟦cc:visa:n⟧"""),
('swiss_fahrausweis', 'word', """Fahrausweis-Nr. ⟦dl:ch⟧ auf ⟦p1⟧, Geburtsdatum ⟦p1.dob:dmy.⟧, wohnhaft ⟦addr:ch⟧"""),
('passport_photo_booking', 'bcs', """Termin za putovnicu: ⟦p1⟧, stara putovnica ⟦pp:hr⟧, OIB ⟦p1.nid:hr⟧, tel ⟦ph:hr⟧"""),
('embassy_queue_email', 'uk', """Dear Consular Section, I, ⟦p1.lat⟧ (passport ⟦pp:ua⟧, DOB ⟦p1.dob:dmy.⟧), request an appointment. Phone ⟦phi:ua⟧, email ⟦p1.email⟧."""),
('travel_agent_roomlist', 'et lv lt', """ROOMING LIST
⟦p1.U⟧ / passport ⟦pp:ee⟧
⟦p2.U⟧ / passport ⟦pp:lv⟧
⟦p3.U⟧ / passport ⟦pp:lt⟧"""),
('pilgrimage_group_list', 'magh ar', """Group leader: ⟦p1⟧, ⟦phi:ma⟧ · Member: ⟦p2.lat⟧, passport ⟦pp:eg⟧, DOB ⟦p2.dob:dmy/⟧"""),
('ferry_booking_mt', 'mt word', """Booking ref {A:6}: ⟦p1⟧ + ⟦p2⟧, passports ⟦pp:mt⟧ / ⟦pp:at⟧, contact ⟦phi:mt⟧"""),
('student_exchange_form', 'sq fo', """Host family: ⟦p2⟧, ⟦addr:is⟧, ⟦phi:is⟧
Student: ⟦p1⟧, passport ⟦pp:is⟧, born ⟦p1.dob:iso⟧"""),
('pawnshop_receipt', 'word', """PAWN TICKET {n:6}
Customer: ⟦p1.U⟧
ID: TX DL (seen)
Phone: ⟦ph:us⟧
Item: gold chain 14k, loan ${N:40:400}"""),
('church_newsletter_prayer', 'word word', """Please keep ⟦p1⟧ in your prayers after surgery. Cards can be sent to ⟦addr:us⟧. ⟦p2.g⟧ is coordinating meals — text ⟦ph:us⟧."""),
('landlord_text_thread', 'word bcs', """⟦p1.g⟧: rent sent to ⟦iban:ME⟧
⟦p2.g⟧: got it thx. btw new wifi pw ⟦sec:pw⟧"""),
('hoa_violation_notice', 'word', """Dear ⟦p1⟧, our records show a violation at ⟦addr:us⟧ (trash cans visible from ⟦street:us⟧). Call ⟦ph:us⟧ or email ⟦email⟧."""),
('gym_freeze_request', 'word', """Hi, please freeze my membership for 2 months. ⟦p1⟧, member #{n:7}, card on file ⟦cc:discover:s⟧, phone ⟦ph:us⟧"""),
('tutoring_invoice', 'ka ka', """Invoice to ⟦p1.lat⟧ for ⟦p2.lat⟧'s maths lessons (8 × 45 min). Pay to ⟦iban:GE⟧. Questions: ⟦p1.email⟧"""),
('crowdfunding_payout', 'am', """Payout details for the campaign by ⟦p1.lat⟧: IBAN ⟦iban:JO⟧, phone ⟦phi:ke⟧, email ⟦p1.email⟧"""),
('donation_pledge_form', 'word', """Pledge: $50/month · Donor ⟦p1⟧ · ⟦p1.email⟧ · card ⟦cc:mc:n⟧ · ⟦addr:us⟧"""),
('scholarship_app', 'ne', """Scholarship application — ⟦p1⟧, DOB ⟦p1.dob:Mond,y⟧, citizenship Nepal, phone ⟦phi:in⟧, address ⟦addr:in⟧, bank ⟦iban:PK⟧"""),
('freelancer_invoice_iban', 'sq', """FATURË #{n:4} — ⟦p1⟧, ⟦loc:Prishtinë⟧. Paguani në ⟦iban:XK⟧ ose ⟦iban:AL⟧. Tel. ⟦phi:rs⟧"""),
('remote_job_contract', 'uz', """Contractor: ⟦p1⟧, passport ⟦pp:ua⟧, bank ⟦iban:AZ⟧, payments in USD monthly"""),
('gulf_salary_slip', 'ar', """Salary slip Nov — ⟦p1.lat⟧ · bank ⟦org:Emirates NBD⟧ · IBAN ⟦iban:BH⟧ · mobile ⟦phi:sa⟧"""),
('kuwait_rent_receipt', 'ar', """إيصال إيجار: المستأجر ⟦p1⟧، الحساب ⟦iban:KW⟧، الهاتف ⟦phi:sa⟧"""),
('moldova_transfer', 'uk', """Переказ від ⟦p1⟧ на рахунок ⟦iban:MD⟧, контакт ⟦phi:ua⟧"""),
('macedonia_invoice', 'bcs', """Фактура — купувач ⟦p1⟧, сметка ⟦iban:MK⟧, тел. ⟦phi:rs⟧"""),
('monaco_yacht_crew', 'word word', """Crew list: Captain ⟦p1⟧ (passport ⟦pp:pt⟧), deckhand ⟦p2⟧ (passport ⟦pp:be⟧). Wages to ⟦iban:MC⟧."""),
('brazil_pix_chat', 'euca', """me manda o pix? ou transfere pro ⟦iban:BR⟧. sou ⟦p1.g⟧, zap ⟦ph:br⟧, moro na ⟦addr:br⟧"""),
('elo_card_dispute', 'andes', """Contesto a compra no cartão Elo ⟦cc:elo:s⟧. Titular: ⟦p1⟧. Celular: ⟦phi:br⟧"""),
('troy_card_question', 'word', """Troy kartım ⟦cc:troy:s⟧ yurt dışında çalışmıyor. Adım ⟦p1⟧, tel ⟦ph:tr⟧."""),
('verve_card_complaint', 'word', """My Verve card ⟦cc:verve:s⟧ was debited twice. Name: ⟦p1⟧. Phone: ⟦phi:ke⟧."""),
('hipercard_checkout', 'euca', """checkout falhou: hipercard ⟦cc:hipercard:n⟧, nome ⟦p1.U⟧"""),
('mir_card_travel', 'kk', """Мир картасы ⟦cc:mir:s⟧ Түркияда өтпейді. ⟦p1⟧, ⟦phi:ke⟧"""),
('unionpay_hotel_deposit', 'tw', """押金刷卡：銀聯 ⟦cc:unionpay:s⟧，持卡人 ⟦p1⟧"""),
('bccard_online_order', 'word', """BC card ⟦cc:bccard:d⟧ declined at checkout; account holder ⟦p1⟧ ⟦p1.email⟧"""),
('jcb_travel_insurance', 'th', """Insurance purchased with JCB ⟦cc:jcb:s⟧ for ⟦p1.lat⟧, DOB ⟦p1.dob:dMony⟧, passport ⟦pp:th⟧"""),
('misspelled_name_thread', 'lt lt', """Re: sutartis — ⟦p1.gt⟧ (sorry, ⟦p1.g⟧!) please send your phone again, I have ⟦phi:lt⟧ but it bounces. ⟦p2.g⟧"""),
('lowercase_names_chat', 'bcs word', """ok so ⟦p1.gl⟧ and ⟦p2.gl⟧ are coming sat, ⟦p1.gl⟧'s number is ⟦ph:rs⟧ if u need"""),
('surname_first_roster', 'hk hk mn', """ROSTER (surname first)
⟦p1⟧ — ⟦ph:hk⟧
⟦p2⟧ — ⟦ph:hk⟧
⟦p3⟧ — ⟦phi:ke⟧"""),
('meeting_minutes_multi', 'word et lv', """Minutes 12 Nov — present: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧
- ⟦p2.g⟧ to send the supplier contract to ⟦p2.cemail⟧
- ⟦p3.s⟧ flagged that the ⟦org⟧ invoice went to the wrong IBAN (⟦iban:SI⟧)"""),
('support_ticket_cz_fix', 'word', """Ticket {A:8}: customer ⟦p1⟧ reports login from unknown IP ⟦ip⟧ and ⟦ip6⟧. Reset link sent: ⟦url:reset⟧"""),
('gdpr_access_request', 'et', """Subject access request under Art. 15 GDPR. Full name: ⟦p1⟧. Date of birth: ⟦p1.dob:iso⟧. Personal code: ⟦p1.nid:ee⟧. Reply to ⟦p1.email⟧."""),
('right_to_erasure', 'bcs', """Please delete everything you hold on me: ⟦p1⟧, ⟦p1.email⟧, ⟦phi:si⟧, and the card ⟦cc:visa:s⟧ stored on my profile ⟦p1.url:profile⟧."""),
('scam_report', 'word', """I think this is a scam — someone called from ⟦phi:in⟧ saying they're from ⟦org:Raiffeisen⟧ and asked for my card ⟦cc:mc:s⟧ and my online banking password ⟦sec:pw⟧. My name is ⟦p1⟧."""),
('lost_phone_report', 'my', """Lost my phone at the night market. Owner ⟦p1⟧, number ⟦ph:th⟧, backup email ⟦p1.email⟧, IMEI {n:15}"""),
('calendly_invite_mix', 'word', """Booked! ⟦p1⟧ ⟦p1.url:cal⟧ · join ⟦p1.url:meet⟧ · phone fallback ⟦phi:us⟧"""),
('group_chat_invite_leak', 'bcs', """join the flat group ⟦url:invite⟧ — ⟦p1.g⟧ admin, ⟦ph:hr⟧"""),
('payment_link_sms', 'word', """Hi ⟦p1.g⟧, your invoice from ⟦org:Kestrel Lane Veterinary Practice⟧ is ready: ⟦url:pay⟧. Questions? ⟦ph:us⟧"""),
('parcel_tracking_email', 'hk', """Dear ⟦p1.lat⟧, your parcel to ⟦addr:hk⟧ is on its way: ⟦url:track⟧"""),
('obit_style_memorial', 'cy cy', """In loving memory of ⟦p1⟧, born ⟦p1.dob:dmy ⟧ in ⟦city:us⟧. Survived by ⟦p2⟧. Condolences to ⟦p2.email⟧."""),
('birth_announcement', 'word word', """Happy 60th-ish birthday to ⟦p1⟧ (born ⟦p1.dob:ordinal⟧, we checked the certificate). Love from ⟦p2⟧ & family. Gifts: ⟦addr:us⟧"""),
('ssn_mispaste_chat', 'word', """oops ignore that, i pasted my SSN ⟦ssn⟧ instead of the ticket number. anyway ⟦p1.g⟧ here, can you check my order"""),
('word_name_ambiguity', 'word word', """Note from ⟦p1⟧: ⟦p2⟧ will pick up the keys; ⟦p2.g⟧'s number is ⟦ph:us⟧."""),
('pdf_form_fields_dump', 'word', """Field[FullName]=⟦p1⟧
Field[DOB]=⟦p1.dob:mdy/⟧
Field[SSN]=⟦ssn:n⟧
Field[Email]=⟦p1.email⟧
Field[Sig]=/s/ ⟦p1⟧"""),
]
