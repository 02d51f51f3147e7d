# Positive frames, part C: US tax/benefit paperwork (SSN) and link-heavy texts (URL).
FRAMES_C = [
('joint_tax_prep_chat', 'word word', """doing our taxes tonight: me ⟦p1⟧ ssn ⟦ssn⟧, spouse ⟦p2⟧ ssn ⟦ssn⟧. uploaded the 1099s here ⟦url:share⟧ — can u check if we should file jointly?"""),
('ssa_letter_ocr', 'word', """SOCIAL SECURITY ADMINISTRATION
Date: {date}
⟦p1.U⟧
⟦addr:us:NL⟧
Social Security Number: ⟦ssn⟧
Your benefit amount will change in January."""),
('i9_fields_json', 'word', """{"first_name":"⟦p1.g⟧","last_name":"⟦p1.s⟧","ssn":"⟦ssn:n⟧","dob":"⟦p1.dob:iso⟧","email":"⟦p1.email⟧","citizenship":"1"}"""),
('credit_freeze_request', 'word', """Please place a security freeze on my file. Name: ⟦p1⟧. SSN: ⟦ssn⟧. Date of birth: ⟦p1.dob:Mond,y⟧. Address: ⟦addr:us⟧. Send the PIN letter, not email. My online dispute: ⟦url:track⟧"""),
('student_aid_parents', 'word word word', """the student aid form wants both parents' SSNs?? mom ⟦p1⟧ is ⟦ssn⟧, dad ⟦p2⟧ is ⟦ssn:s⟧, and mine (⟦p3.g⟧) is ⟦ssn⟧. is that normal"""),
('hospital_billing_call', 'word word', """Call log: guarantor ⟦p2⟧ called re: statement for patient ⟦p1⟧ (SSN ⟦ssn⟧). Wants itemized bill sent to ⟦p2.email⟧. Portal link re-sent: ⟦url:doc⟧"""),
('background_check_csv', 'word word', """candidate,ssn,dob,consent
⟦p1⟧,⟦ssn⟧,⟦p1.dob:mdy/⟧,Y
⟦p2⟧,⟦ssn⟧,⟦p2.dob:mdy/⟧,Y"""),
('unemployment_claim_chat', 'andes', """hola, filing for unemployment in english is hard for me. name ⟦p1⟧, social ⟦ssn⟧, last employer ⟦org⟧, phone ⟦ph:us⟧, can you fill the form?"""),
('job_application_links', 'sq', """Application for the backend role — ⟦p1⟧
CV: ⟦p1.url:doc⟧
GitHub: ⟦p1.url:github⟧
LinkedIn: ⟦p1.url:profile⟧
Phone: ⟦phi:rs⟧"""),
('freelance_profile_bio', 'ka', """Bio draft pls improve: "I'm ⟦p1.lat⟧, a designer based in ⟦loc:Tbilisi⟧. Book a call at ⟦p1.url:cal⟧ or see my work at ⟦p1.url:profile⟧." """),
('meeting_link_invite', 'word lt', """⟦p1.g⟧ invited ⟦p2⟧ to "Quarterly review". Join: ⟦p1.url:meet⟧ · Agenda: ⟦url:doc⟧ · Dial-in ⟦phi:lt⟧"""),
('shared_folder_request', 'tw', """請幫我把這個資料夾權限開給 ⟦p1⟧（⟦p1.email⟧）：⟦url:share⟧"""),
]
