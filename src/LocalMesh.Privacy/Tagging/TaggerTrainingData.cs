namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// The sentences the built-in entity tagger learns from: these templates filled by Bogus in the training locales.
/// The evaluation (SyntheticEntities in bench/LocalMesh.Evaluation) uses other templates and other locales, so its score measures how
/// the tagger does on phrasings and names it never saw.
/// </summary>
public static class TaggerTrainingData
{
    /// <summary>The Bogus locales of training values.</summary>
    public static IReadOnlyList<string> Locales { get; } =
        ["en_US", "en", "en_GB", "en_IND", "en_ZA", "en_NG", "de", "de_AT", "fr", "es", "es_MX", "pt_BR", "pt_PT", "pl", "sv", "nb_NO", "fi", "ro", "sk", "hr", "tr",
         "af_ZA", "az", "cz", "de_CH", "fr_CH", "id_ID", "lv", "ne", "vi", "zu_ZA",
         // Revision 4: the locales Bogus writes in their own scripts (Cyrillic, Greek, Arabic, Georgian, CJK, Hangul),
         // so that names in those scripts are on the lists and the model sees them in sentences.
         "ru", "uk", "el", "ar", "fa", "ge", "ja", "ko", "zh_CN", "zh_TW"];

    /// <summary>Bump when the generator's code changes (template and setting changes are hashed), so cached taggers are retrained.</summary>
    public const int Revision = 4;

    /// <summary>The training templates.</summary>
    public static IReadOnlyList<string> Templates { get; } =
    [
        // People
        "My name is {PERSON}.",
        "my name is {PERSON} and I need help with my account",
        "Hi, this is {FIRST_NAME} from {ORGANIZATION}.",
        "Please ask {PERSON} to call me back.",
        "{PERSON} will join the meeting on {weekday}.",
        "Dear {PERSON},\nthank you for your order.",
        "Dear Mr. {LAST_NAME}, your appointment is confirmed.",
        "Dr. {LAST_NAME} said the results look fine.",
        "Ms. {LAST_NAME} from accounting approved it.",
        "I spoke with {FIRST_NAME} yesterday about the {product}.",
        "Can you summarise the email {PERSON} sent me?",
        "Write a reply to {FIRST_NAME} saying I will be late.",
        "The patient, {PERSON}, was admitted on {weekday}.",
        "{PERSON} ({job}) is leaving the company in {month}.",
        "Regards,\n{PERSON}\n{job}",
        "Thanks, {FIRST_NAME}",
        "cc: {PERSON}, {PERSON}",
        "Assign the ticket to {PERSON} and notify {FIRST_NAME}.",
        "Who is {PERSON}?",
        "Performance review for {PERSON}: exceeds expectations.",
        "{PERSON} - employee number {number}",
        "Send flowers to {PERSON} at {ADDRESS}.",
        "Translate this letter from {PERSON} into French.",
        "According to {PERSON}, the {product} ships in {month}.",
        "Is {FIRST_NAME} allergic to penicillin?",
        "{PERSON} and {PERSON} signed the contract.",
        "Book a table for {FIRST_NAME} and me on {weekday}.",
        "The account holder is {PERSON}.",
        "Can {PERSON} approve the travel request?",
        "Did {FIRST_NAME} send the slides?",
        "Has {PERSON} signed the lease yet?",
        "Will {FIRST_NAME} be at the offsite?",
        "Should {PERSON} review the draft first?",
        "Could {FIRST_NAME} cover my shift on {weekday}?",
        "Client {PERSON} called about the {product}.",
        "Customer {PERSON} wants a refund.",
        "Candidate {PERSON} accepted the offer.",
        "Give the badge to {PERSON} before noon.",
        "Pass this on to {FIRST_NAME} after the meeting.",
        "Email the draft to {PERSON} by {weekday}.",
        "Hey {FIRST_NAME}, the build is green again.",
        "Good morning {FIRST_NAME}!",
        "Happy birthday, {FIRST_NAME}!",
        "Hi, I'm {FIRST_NAME}. I have a question about my order.",
        "I am {PERSON} and I manage the {department} team.",
        "This is {PERSON} calling about the invoice.",
        "{PERSON}, {job}, {ORGANIZATION}, {EMAIL}",
        "Regards, {PERSON} | {job} | {ORGANIZATION}",
        "Is it raining in {CITY} right now?",
        "What's the forecast for {CITY} this weekend?",
        "Send the invoice to {ORGANIZATION}, {ADDRESS}.",
        "{ORGANIZATION} and {ORGANIZATION} both bid for the contract.",
        "{ORGANIZATION} announced layoffs on {weekday}.",
        "We buy our laptops from {ORGANIZATION}.",
        "He grew up in {CITY}, {COUNTRY} and studied in {CITY}.",
        "Her maiden name was {LAST_NAME}.",
        // Addresses
        "I live at {ADDRESS}.",
        "Ship it to {ADDRESS} please.",
        "Our office moved to {ADDRESS}.",
        "Update my billing address to {ADDRESS}",
        "The delivery address is:\n{ADDRESS}",
        "Is there a pharmacy near {STREET}?",
        "The house at {STREET} is for sale for {amount} dollars.",
        "Meet me at {STREET} at 7.",
        "{PERSON}\n{ADDRESS}",
        "Return address: {ADDRESS}",
        "She moved from {STREET} to {CITY}.",
        // Organisations
        "I work for {ORGANIZATION}.",
        "{ORGANIZATION} reported a loss of {amount} million.",
        "Draft an NDA between {ORGANIZATION} and {ORGANIZATION}.",
        "Our customer {ORGANIZATION} wants a discount on the {product}.",
        "The invoice from {ORGANIZATION} is overdue.",
        "{PERSON} is the CFO of {ORGANIZATION}.",
        "Compare our pricing with {ORGANIZATION}.",
        "We signed {ORGANIZATION} as a client in {month}.",
        "Tell {ORGANIZATION} that the {department} team is on it.",
        "{ORGANIZATION} is headquartered in {CITY}.",
        "Summarise the annual report of {ORGANIZATION}.",
        // Locations
        "I'm flying to {CITY} next {weekday}.",
        "What is the weather like in {CITY}?",
        "We have a plant in {CITY}, {STATE}.",
        "She was born in {COUNTRY}.",
        "Ship the pallets from {CITY} to {CITY}.",
        "The conference is in {CITY}, {COUNTRY} this year.",
        "How far is {CITY} from {CITY}?",
        "Our team in {COUNTRY} handles {department}.",
        "He relocated to {STATE} for the new job.",
        "{CITY} office: {number} employees.",
        "Travel plan: {CITY} on {weekday}, then {CITY}.",
        // Mixed, with other personal data around
        "Contact {PERSON} at {EMAIL} or {PHONE}.",
        "{PERSON}, {ADDRESS}, phone {PHONE}",
        "Customer: {PERSON} | Company: {ORGANIZATION} | City: {CITY}",
        "name: {PERSON}\nemail: {EMAIL}\ncity: {CITY}",
        "{{\"name\": \"{PERSON}\", \"company\": \"{ORGANIZATION}\"}",
        "- {PERSON} ({ORGANIZATION})\n- {PERSON} ({ORGANIZATION})",
        "Refund the order of {PERSON} from {CITY}.",
        "{FIRST_NAME} said: \"ship it to {ADDRESS}\"",
        // Capitalised words that are not entities
        "The {product} is out of stock until {month}.",
        "Our {department} sale starts on {weekday}.",
        "As {job}, I need access to the dashboard.",
        "Please review the {product} listing and the {color} variant.",
        "Our slogan: {catch}.",
        "Set an alarm for 7 on {weekday}.",
        "Turn on the Living Room lights.",
        "What's the capital of the largest country?",
        "Remind me to call the Bank at noon.",
        "The Board approved the Q3 budget of {amount}.",
        "I need a Python script that parses JSON.",
        "Is the Wi-Fi down again?",
        "Convert 20 Celsius to Fahrenheit.",
        "Add Milk and Eggs to my shopping list.",
        "The New Year party is on {weekday}.",
        "Open the Settings page and click Save.",
        "Error 500 when calling the API from Chrome.",
        "Is Ibuprofen safe with Paracetamol?",
        "We use Kubernetes, Docker and SQL Server.",
        "How do I reset my PIN?",
        "Give me three ideas for a {department} campaign in {month}.",
        "The {job} role requires SQL and Excel.",
        "The build 3.1.4 failed at 10:45 on {weekday}.",
        "Order 2 boxes of the {product} for {amount} each.",
        "Room 12B is booked from 9 to 11.",
        "Version 2.0 adds dark mode and a new Export button.",
        "Section 4.2 of the Policy covers Remote Work.",
        "Take 2 tablets every 8 hours after meals.",
        "Revenue grew 12% in Q2 to {amount} thousand.",
        "Flight BA 117 departs at 18:30 from gate 22.",
        "Call me at 5 or after 6:30.",
        "Is that normal?",
        "Is it safe to do that?",
        "Was the update bad or good?",
        "Is this correct, or should I redo it?",
        "That sounds great, thanks!",
        "Why is the page so slow?",

        // Names where people write them outside requests: chat logs, mail headers, tables, CSV, lists (revision 2)
        "[10:42] {FIRST_NAME}: can you send me the {product} file?\n[10:43] {FIRST_NAME}: sure, give me a minute",
        "{FIRST_NAME}: ok thanks\n{FIRST_NAME}: np, see you {weekday}",
        "From: {PERSON} <{EMAIL}>\nTo: {PERSON}\nSubject: {product} order",
        "Hi {FIRST_NAME},\n\nplease find attached the report.\n\nBest,\n{FIRST_NAME}",
        "| {PERSON} | {job} | {CITY} |\n| {PERSON} | {job} | {CITY} |",
        "name,city,company\n{PERSON},{CITY},{ORGANIZATION}",
        "{PERSON}\t{ORGANIZATION}\t{CITY}",
        "Attendees: {PERSON}, {PERSON}, {PERSON} and {PERSON}.",
        "1. {PERSON}\n2. {PERSON}\n3. {PERSON}",
        "{FIRST_NAME} called twice today.",
        "{LAST_NAME} is out sick on {weekday}.",
        "{PERSON} wants the file by noon.",
        "{FIRST_NAME} and {FIRST_NAME} are coming over for dinner.",
        "tell {first} i'll be late",
        "pls ask {first} to call me back",
        "did {first} pay the rent yet",
        "text {first} that the {product} arrived",
        "remind me to call {first} on {weekday}",
        "send fifty dollars to {first}",
        "@{FIRST_NAME} can you review this?",
        "Thanks {FIRST_NAME} and {FIRST_NAME} for the help!",
        // Organisations with and without suffixes
        "I bought it at {ORGANIZATION}.",
        "{ORGANIZATION}'s support line is useless.",
        "She works at {ORGANIZATION} as a {job}.",
        "We switched from {ORGANIZATION} to {ORGANIZATION} last year.",
        "Apply to {ORGANIZATION} before {month}.",
        "my card was declined at {ORGANIZATION}",
        "Is {ORGANIZATION} hiring?",
        // Places, countries as places
        "Are there travel alerts for {COUNTRY}?",
        "Do I need a visa for {COUNTRY}?",
        "What time is it in {CITY}?",
        "Find restaurants in {CITY} near the station.",
        "I'm from {COUNTRY} originally.",
        "She was born in {CITY}, {COUNTRY}.",
        "Exports from {COUNTRY} rose in {month}.",
        "The government of {COUNTRY} announced new tariffs.",
        "book a flight to {city}",
        "how far is {city} from here",
        // Capitalised or rare words that are not entities (revision 2)
        "Is {drug} safe with {drug}?",
        "Take {drug} 500 mg twice a day.",
        "What is the usual {drug} dosage for adults?",
        "My doctor switched me from {drug} to {drug}.",
        "Does {drug} cause drowsiness?",
        "How do you say thank you in {language}?",
        "Translate this into {language}, please.",
        "Is the {language} version of the {product} out?",
        "what is the meaning of {rareword}",
        "define {rareword}",
        "how do you spell {rareword}",
        "my card got declined when i was buying {rareword}",
        "i need to know why my card was just declined",
        "can u please set the timer for 5 minutes",
        "what is the {language} word for {rareword}?",
        "i need a pto request for {date} to {date}",
        "set a reminder for {date} at noon",
        "book me off from {date} until {date}",
        "is {date} a holiday?",
        "im not sure",
        "what kind of ingredients go into the chicken a la king",
        // Revision 3: more shapes of chat, lists, signatures and forms; one person named several ways; organisations in
        // running text without a suffix; documentation prose as hard negatives.
        "{FIRST_NAME} > can we move the call?\n{FIRST_NAME} > sure, after lunch",
        "<{FIRST_NAME}> anyone seen the {product} logs?",
        "{PERSON} (via chat): the parcel never arrived",
        "Participants: {FIRST_NAME}, {FIRST_NAME}, {FIRST_NAME}",
        "Guests: {PERSON}; {PERSON}; {PERSON}",
        "{LAST_NAME}, {FIRST_NAME} - {job}",
        "Owner: {LAST_NAME}, {FIRST_NAME}",
        "Best wishes,\n{PERSON}\n{job}, {ORGANIZATION}",
        "Kind regards\n{FIRST_NAME}\n\n{ORGANIZATION} | {CITY}",
        "-- \n{PERSON}\n{ORGANIZATION}\n{PHONE}",
        "Sent on behalf of {ORGANIZATION}",
        "{PERSON} signed for {ORGANIZATION}; {LAST_NAME} will send the copy.",
        "I had lunch with {PERSON}. {FIRST_NAME} says {ORGANIZATION} is hiring.",
        "Mrs {LAST_NAME} called; Mr {LAST_NAME} will call back.",
        "Prof. {LAST_NAME} and Dr {LAST_NAME} co-wrote the paper.",
        "My neighbour {FIRST_NAME} lent me the ladder.",
        "my landlord {PERSON} is ignoring my emails",
        "Our accountant at {ORGANIZATION} is {PERSON}.",
        "{FIRST_NAME} is off today, ask {FIRST_NAME} instead.",
        "{ORGANIZATION} will deliver on {weekday}.",
        "Ask {ORGANIZATION} for a quote.",
        "We are partnering with {ORGANIZATION} in {CITY}.",
        "Visit the {ORGANIZATION} booth in hall 4.",
        "The {ORGANIZATION} office in {CITY} is closed.",
        "I moved to {CITY} from {CITY} in {month}.",
        "{CITY} was lovely, {FIRST_NAME} showed us around.",
        "The train from {CITY} to {CITY} was cancelled.",
        "Find a hotel near {CITY} airport for {FIRST_NAME}.",
        "{FIRST_NAME}, {FIRST_NAME} and {FIRST_NAME} are in.",
        "say hi to {first} for me",
        "{first} and {first} are meeting us in {city}",
        "Employer: {ORGANIZATION}\nCity: {CITY}\nContact: {PERSON}",
        "company={ORGANIZATION}; contact={PERSON}",
        "{{\"employer\": \"{ORGANIZATION}\", \"city\": \"{CITY}\"}",
        "{PERSON} opened a ticket. {FIRST_NAME} thinks {LAST_NAME} from {ORGANIZATION} caused it.",
        "Interview with {PERSON} at {ORGANIZATION} on {weekday}.",
        "Reply to {LAST_NAME} that the order ships in {month}.",
        "Open {product} and click Export, then choose CSV.",
        "Install the plugin on Windows, macOS or Linux.",
        "Restart the Router and wait until the Status light is green.",
        "The Release Notes list every change since version 2.",
        "Select Settings, then Privacy, then Clear History.",
        "The Quarterly Report is due on {weekday}.",
        "GitHub Actions runs the tests on every Pull Request.",
        "{tech} stores the data and {tech} holds the cache.",
        "Dashboards in {tech} read metrics from {tech}.",
        "Deploy with {tech}, then check the logs in {tech}.",
        "{tech} 4.2 fixes the memory leak in the {tech} connector.",
        "Our {CITY} branch opens at nine.",
        "Stuck in traffic outside {CITY}, sorry.",
        "The parcel left {CITY} and arrives in {CITY} on {weekday}.",
        "We went hiking in {STATE} last summer.",
        "Prices in {CITY} went up again.",
        "{FIRST_NAME} lives near {CITY} now.",
        // Revision 4: everyday words of other scripts (field names, greetings) around names, and text in the locale's
        // own words (Bogus's lorem: Russian, Arabic, Persian, Japanese, Korean…) as hard negatives, so that a word
        // without capitals is not a name only because the model has seen no other such words.
        "{everyday}: {PERSON}\n{everyday}: {PHONE}",
        "{everyday}：{PERSON}\n{everyday}：{EMAIL}",
        "{everyday}, {FIRST_NAME}!\n{lorem}",
        "{everyday} / {everyday} / {everyday} / {everyday}",
        "{lorem} {lorem}",
        "{FIRST_NAME}: {lorem}\n{FIRST_NAME}: {everyday}",
        "{lorem}\n{everyday},\n{PERSON}",
        "{LAST_NAME} {everyday}, {lorem}",
    ];

    /// <summary>
    /// Words and phrases that start many real requests. Training sentences are also generated with one of these in
    /// front, so a capitalised word at the start of a sentence is not taken for a name just because it comes first.
    /// </summary>
    /// <summary>The lead-in words (see <see cref="Generate"/>).</summary>
    public static IReadOnlyList<string> LeadWords => Leads;

    private static readonly string[] Leads =
    [
        "Please", "Remind", "Tell", "Ask", "Hello,", "Hi", "Hey", "Thanks.", "Can you check:", "Could you help?", "Quick question:",
        "Note:", "Update:", "FYI", "Urgent:", "Reminder:", "Summary:", "Also,", "Then", "So", "But", "Honestly,", "Apparently",
        "Yesterday", "Today", "Tomorrow", "Subject: follow-up.", "Re:", "Fwd:", "Okay.", "Sure!", "Sorry,", "Good morning!",
        "Background:", "Context:", "Question:", "Email draft:", "Translate:", "Summarise this:", "In short,", "As discussed,",
    ];

    /// <summary>Generates <paramref name="count"/> training sentences.</summary>
    public static List<LabelledText> Generate(int count, int seed = 1)
    {
        var random = new Random(seed);
        var templates = new List<string>(Templates);
        foreach (var template in Templates)
        {
            for (var n = 0; n < 3; n++)
            {
                var lead = Leads[random.Next(Leads.Length)];
                var rest = template[0] == '{' ? template : char.ToLowerInvariant(template[0]) + template[1..];
                templates.Add(lead + " " + rest);
            }
        }

        return new SentenceTemplates(Locales, seed, PatternValues.Generate, extraNames: true).Generate(templates, count);
    }
}
