using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Identity document numbers and postal codes. Their formats are too plain to tell from other numbers on their own
/// ("D1234567", "2371"), so most of them count only after the words that name them ("driver's licence", "passport
/// no.", "national insurance number", "zip code is"); the distinctive postal formats (UK <c>SW1A 1AA</c>, Canada
/// <c>K1A 0B1</c>, the Netherlands <c>1012 AB Amsterdam</c>, a US state or Australian territory followed by its code,
/// <c>10115 Berlin</c> after a street) count anywhere.
/// </summary>
public static partial class BuiltInDetectors
{
    /// <summary>The identity-number and postal-code detectors (part of <see cref="All"/>).</summary>
    private static IEnumerable<IEntityDetector> IdentityDetectors() =>
    [
        new NearDigitsDetector(new PatternDetector("DRIVER_LICENSE", DriverLicense(), IdLike)),
        new NearDigitsDetector(new PatternDetector("PASSPORT", Passport(), v => IdLike(v) || PassportLike(v))),
        new NearDigitsDetector(new PatternDetector("NATIONAL_ID", NationalId(), IdLike)),
        new NearDigitsDetector(new PatternDetector("NATIONAL_ID", NationalIdByName(), IdLike, mayMatch: t => t.AsSpan().ContainsAny(NationalIdNames))),
        new IdentityNumberDetector(),
        new TravelDocumentDetector(),
        new CjkAddressDetector(),
        new NearDigitsDetector(new PatternDetector("US_SSN", SsnWithContext())),
        new NearDigitsDetector(new PatternDetector("DATE_OF_BIRTH", DateOfBirth()), before: 100),
        new NearDigitsDetector(new PatternDetector("DATE_OF_BIRTH", DateOfBirthByName(), mayMatch: t => t.AsSpan().ContainsAny(BirthNames)), before: 100),
        new NearDigitsDetector(new PatternDetector("DATE_OF_BIRTH", DateOfBirthLater()), before: 100),
        new NearDigitsDetector(new PatternDetector("DATE_OF_BIRTH", DateOfBirthBefore(), mayMatch: t => t.AsSpan().ContainsAny(BirthSuffixes)), before: 60),
        new PatternDetector("DATE_OF_BIRTH", DateOfBirthSpelled(), mayMatch: t => t.AsSpan().ContainsAny(BirthWords)),
        new NearDigitsDetector(new PatternDetector("POSTAL_CODE", PostalCode())),
        new NearDigitsDetector(new PatternDetector("POSTAL_CODE", PostalCodeByFormat())),
    ];

    private static readonly System.Buffers.SearchValues<string> BirthWords = System.Buffers.SearchValues.Create(["birth", "born", "dob"], StringComparison.OrdinalIgnoreCase);

    /// <summary>An identity number has digits (at least three) and is 5–24 characters long.</summary>
    private static bool IdLike(string value) => value.Length is >= 5 and <= 24 && value.Count(char.IsAsciiDigit) >= 3;

    /// <summary>A passport number may hold only one or two digits (<c>RZA1ARWL1</c>): one token of 6–12 capitals and digits, after the word "passport".</summary>
    private static bool PassportLike(string value) => value.Length is >= 6 and <= 12 && value.Any(char.IsAsciiDigit) && value.All(char.IsAsciiLetterOrDigit);

    /// <summary>Words that may stand between the name of a number and the number ("number", "no.", "is", ":").</summary>
    private const string Filler = @"(?:\s{0,3}(?i:numbers?|nos?\.?|n[º°]\.?|n\.|num\.?|nr\.?|#|ids?|is(?:\s{1,3}it)?|it'?s|was|reads|of|on|file|es|est|ist|é|è|il|är|er|je|jest|card|details?|:|=|-|–|,|は|는|은|是|为|[""'.]{1,24}|\([^)\n]{0,24}\)|\(|_(?:numbers?|no|num|nr|id)\b)){0,5}\s{0,3}";

    /// <summary>
    /// Whose document it is, between its name and its number: "Führerscheinnummer von Dieter Jäger: …", "Rijbewijsnummer
    /// van Sanne Smit: …", "Il passaporto di Chiara Galli è il n. …", "the licence number of Ana Rojas is …".
    /// </summary>
    private const string IdOwner = @"(?:\s{1,3}(?i:of|von|van|di|de|del|da|du|des|for|für|fuer)\s{1,3}\p{Lu}[\p{L}\p{M}'’-]+(?:\s{1,3}(?:(?i:van|de|von|der|den|da|dos|di|del)\s{1,3})?\p{Lu}[\p{L}\p{M}'’-]+){0,3}"
        + @"|\s{1,3}\p{Lu}[\p{L}\p{M}'’-]+(?:\s{1,3}\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?=\s{0,3}:))?"; // "Загранпаспорт Ольга Кузнецова: 597524852"

    /// <summary>
    /// The number after the words: groups of capitals and digits (one of them with a digit), with spaces or dashes, or
    /// digits in thousands as Argentina's DNI and Colombia's cédula are written (<c>12.345.678</c>). A Korean or Japanese
    /// particle may follow it without a space ("M54348848이고").
    /// </summary>
    private const string IdValue = @"(?<value>(?=[A-Z0-9]{0,8}[ -]?\d)[A-Z0-9]{1,20}(?:[ -](?=[A-Z]{0,3}\d)[A-Z0-9]{1,12}|\.(?=\d{3}(?!\d|,\d))\d{3}){0,5}(?:[ -][A-Z](?![\w]))?)(?![A-Za-z0-9_\u00C0-\u024F-])";

    /// <summary>
    /// A driving licence's number after the words that name it: English (also "lic." as a form abbreviates it), German,
    /// French, Brazil's CNH, Dutch, Spanish, Italian, Polish, the Nordic languages, Czech, Turkish, Korean, Japanese and Chinese.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?i:driver'?s?[\s_]{1,3}licen[cs]e|dl_?(?:number|no)|licen[cs]e_?(?:number|no)|driving\s{1,3}licen[cs]e|driver\s{1,3}licen[cs]e|licen[cs]e|dl|d\.l\.|f(?:ü|ue)hrerschein(?:nummer)?|permis(?:\s{1,3}de\s{1,3}conduire)?|cnh|carteira\s{1,3}de\s{1,3}habilita[çc][ãa]o|rijbewijs(?:nummer)?|carn[ée]t?\s{1,3}de\s{1,3}conduc(?:ir|ción)|licencia\s{1,3}de\s{1,3}conduc(?:ir|ción)|patente(?:\s{1,3}di\s{1,3}guida)?|praw[oa]\s{1,3}jazdy|k[öo]rkort|ajokortti|k[øo]rekort|f[øo]rerkort|[řr]idi[čc]sk[ýy]\s{1,3}pr[ůu]kaz|ehliyet|driver\s{1,3}number)\b|\b(?i:lic)\.|운전면허(?:증)?(?:\s?번호)?|運転免許(?:証)?(?:番号)?|驾驶证(?:号)?|駕照)" + IdOwner + Filler + IdValue, RegexOptions.None, TimeoutMs)]
    private static partial Regex DriverLicense();

    // Also a travel document, and the word in Indonesian/Malay, Turkish, Czech, Hungarian, Romanian, Finnish, Vietnamese,
    // Russian, Greek, Chinese, Japanese, Korean, Arabic, Hebrew, Hindi and Thai.
    [GeneratedRegex(@"(?:\b(?i:passport|passeport|pasaporte|passaporto|passaporte|paszport|reisepass(?:nummer)?|paspoort(?:nummer)?|pp#|passnummer|pass-nr\.?|travel\s{1,3}document|pasport|paspor|pasaport|cestovn[íi]\s{1,3}pas|[úu]tlev[ée]l(?:sz[áa]m)?|pa[șs]aport|h[ộo]\s{1,3}chi[ếe]u)(?![a-z])"
        + @"|(?i:паспорт[а-я]{0,3}|διαβατηρίου|διαβατήριο)|护照(?:号码|号)?|護照(?:號碼|號)?|旅券番号|パスポート(?:番号)?|여권\s?번호|여권|جواز\s{1,3}السفر|דרכון|पासपोर्ट|หนังสือเดินทาง)" + IdOwner + @"\s{0,3}(?:[：]|是|为|為|は|는|은)?" + Filler + IdValue, RegexOptions.None, TimeoutMs)]
    private static partial Regex Passport();

    [GeneratedRegex(
        @"\b(?i:national\s{1,3}(?:id(?:entity)?|identification|insurance|registration)|ni|nino|nin|social\s{1,3}insurance|sin|personal\s{1,3}(?:id(?:entity)?|identification|code)|identity\s{1,3}(?:card|document)|id\s{1,3}card|citizen\s{1,3}id|tax\s{1,3}(?:id|identification|file|code)|tin|tfn|aadhaar|aadhar|pan|dni|nie|nif|bsn|burgerservicenummer|codice\s{1,3}fiscale|curp|rfc|cpf|pesel|personnummer|cpr|insee|nir|personalausweis(?:nummer)?|ausweis(?:nummer)?|steuer-?id|(?:steuer)?identifikationsnummer|idnr|s[ée]curit[ée]\s{1,3}sociale|documento\s{1,3}(?:de\s{1,3})?identidad|sofinummer|nas|uid|ahv(?:-nr)?|avs|id\s{1,3}(?:number|no)|resident\s{1,3}id|medicare|health\s{1,3}(?:card|insurance)|nhs)\b"
        + Filler + IdValue, RegexOptions.None, TimeoutMs)]
    private static partial Regex NationalId();

    /// <summary>
    /// Identity cards named in Spanish, French, Italian, Portuguese, Polish, Czech, Finnish, Swedish and Turkish, and national
    /// numbers by their own names (cédula, C.C., CNI, dowód osobisty, kimlik, NIK, CNIC, HKID, iqama, JMBG, OIB, kennitala …):
    /// a pattern of its own, read only by texts with one of <see cref="NationalIdNames"/>, so the common one stays short.
    /// </summary>
    [GeneratedRegex(@"\b(?i:c[ée]dula(?:\s{1,3}de\s{1,3}(?:ciudadan[íi]a|identidad))?|c\.\s?c(?=\.)|cuil|cuit|rut|carn[ée]t?\s{1,3}de\s{1,3}identidad|carte\s{1,3}(?:nationale\s{1,3})?d'identit[ée]|cni|carta\s{1,3}d'identit[àa]|cart[ãa]o\s{1,3}de\s{1,3}cidad[ãa]o|bilhete\s{1,3}de\s{1,3}identidade|dow[óo]d\s{1,3}osobist(?:y|ego)|ob[čc]ansk(?:[ýy]|[ée]ho)\s{1,3}pr[ůu]kaz(?:u)?|henkil[öo]kortti|identitetskort|id-kort|(?:tc\s{1,3})?kimlik(?:\s{1,3}(?:no|numaras[ıi]))?|nik|ktp|nin|cnic|hkid|nric|mykad|emirates\s{1,3}id|iqama|jmbg|oib|egn|isikukood|asmens\s{1,3}kodas|personas\s{1,3}kods|kennitala|svnr|ppsn|pps\s{1,3}(?:number|no)|my\s{1,3}number|ird\s{1,3}(?:number|no)|voter\s{1,3}id)\b" + Filler + IdValue, RegexOptions.None, TimeoutMs)]
    private static partial Regex NationalIdByName();

    private static readonly System.Buffers.SearchValues<string> NationalIdNames = System.Buffers.SearchValues.Create(
        ["dula", "c.c", "c. c", "cuil", "cuit", "rut", "identidad", "identit", "cidad", "bilhete", "osobist", "kaz", "henkil", "identitets", "id-kort", "kimlik", "nik", "ktp", "nin", "cnic", "hkid", "nric", "mykad", "emirates", "iqama", "jmbg", "oib", "egn", "isikukood", "asmens", "personas", "kennitala", "svnr", "pps", "my number", "ird", "voter", "cni"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?i:ssn|social\s{1,3}security(?:\s{1,3}(?:number|no\.?|#))?|soc\.?\s{0,2}sec\.?)" + Filler + @"(?<value>(?!000|666|9\d\d)\d{3}[ .-]?(?!00)\d{2}[ .-]?(?!0000)\d{4})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex SsnWithContext();

    /// <summary>A question and its answer on the next line of a transcript ("date of birth?\nCALLER: July 27, 1944"), or nothing.</summary>
    private const string BirthAnswer = @"(?:\s{0,3}\?\s{0,3}(?:\n[^\n:\d]{1,24}:)?)?\s{0,3}[：]?";

    /// <summary>After "born", looking back: not a thing's birth ("The project was born on 6 March 2017"). It follows the word,
    /// so that the pattern still starts its search at the letters of its cues.</summary>
    private const string NotAThing = @"(?<!\b(?i:project|company|firm|idea|product|brand|band|series|app|startup|business|initiative|tradition|festival|movement|concept|platform|library|framework|game|show|podcast|newsletter|community|club|shop|store|restaurant|website|blog)\s{1,3}(?i:was|is|got)\s{1,3}born)";

    /// <summary>The birth dates <see cref="DateOfBirth"/> and <see cref="DateOfBirthByName"/> read.</summary>
    private const string BirthValue = @"(?<value>\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\.?\s{1,2}(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s{1,2}\d{2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s{1,2}of\s{1,2}\p{L}{3,11}\.?,?\s{1,2}\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}(?:st|nd|rd|th|er|ère|º|°)?\.?\s{1,2}(?:de\s)?\p{L}[\p{L}\p{M}]{2,11}\.?,?\s{1,2}(?:de\s)?\d{4}(?:\s?(?:р|г)\.)?|ng[àa]y\s{1,2}\d{1,2}\s{1,2}th[áa]ng\s{1,2}\d{1,2}\s{1,2}n[ăa]m\s{1,2}\d{4}|\p{L}[\p{L}\p{M}]{2,11}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?,?\s{1,2}\d{4}|\d{2}[A-Za-z]{3}\d{2,4}|\d{1,2}-\p{L}{3,9}-\d{2,4}|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|(?:民國|民国)\s?\d{2,3}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(?:(?<=[日일])|(?![\w]))"; // a particle may follow 日/일 unspaced ("14일입니다")

    /// <summary>
    /// A birth date after the words for it in the languages added on 2026-12-03 (South Slavic, Baltic, Albanian, Icelandic,
    /// Maltese, Catalan, Welsh, Malay, Swahili, Tagalog, Uzbek, Turkish, Italian "Nato/a il", Czech "nar.", Finnish
    /// "Syntynyt", Vietnamese "sinh"; and Portuguese "nasceu em", Polish "urodził(a) się" and "ur.", Chinese "出生日期为",
    /// Arabic "من مواليد", Hindi "मेरा जन्म"): a pattern of its own, read only by texts with one of <see cref="BirthNames"/>.
    /// </summary>
    [GeneratedRegex(@"(?:(?i:nat[oa](?:/[ao])?\s{1,3}il|nar\.|synt(?:ynyt|yi)|alizaliwa(?:\s{1,3}tarehe)?|sinh|datum\s{1,3}ro[đd]enja|datum\s{1,3}rojstva|dzim[šs]anas\s{1,3}datums|gimimo\s{1,3}data|s[üu]nni(?:aeg|kuup[äa]ev)|dat[ëe]lindj(?:a|e)|data\s{1,3}e\s{1,3}lindjes|f[æa]e?[ðd]ingardag(?:ur)?|data\s{1,3}tat-twelid|data\s{1,3}de\s{1,3}naixement|dyddiad\s{1,3}geni|tarikh\s{1,3}lahir|tarehe\s{1,3}ya\s{1,3}kuzaliwa|petsa\s{1,3}ng\s{1,3}kapanganakan|tug['ʻ’]?ilgan\s{1,3}(?:sana|kun)|do[ğg]um\s{1,3}g[üu]n[üu]|nasceu(?:\s{1,3}em)?|urodzi[łl](?:a|\(a\))?\s{1,3}si[ęe]|ur\.)(?![a-z])"
        + @"|(?:出生日期(?:为|為|是)|出生于|出生於|مواليد|(?:मेरा|मेरी|उसका|उसकी|इनका|इनकी)\s{1,3}जन्म))" + BirthAnswer + Filler + BirthValue, RegexOptions.None, TimeoutMs)]
    private static partial Regex DateOfBirthByName();

    private static readonly System.Buffers.SearchValues<string> BirthNames = System.Buffers.SearchValues.Create(
        ["datum", "dzim", "gimimo", "sünni", "sunni", "datë", "datel", "lindje", "fæð", "faed", "fad", "twelid", "naixement", "dyddiad", "lahir", "kuzaliwa", "kapanganakan", "tug", "doğum", "dogum", "nato", "nata", "nar.", "synty", "alizaliwa", "sinh",
         "nasceu", "urodzi", "ur.", "出生", "مواليد", "जन्म"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A birth date after the words that name it, in English, German, French, Spanish, Dutch, Portuguese, Italian, Polish,
    /// Czech, Hungarian, Romanian, Turkish, the Nordic languages, Finnish, Indonesian, Vietnamese, Russian, Ukrainian, Greek,
    /// Japanese, Chinese, Korean, Arabic, Hebrew, Hindi and Thai, or after genealogy's "b." (also as the answer on a transcript's next line), in the
    /// usual numeric orders and with month names or their abbreviations (<c>14.03.1987</c>, <c>1987/03/14</c>,
    /// <c>March 14, 1987</c>, <c>27th November 1980</c>, <c>14 de março de 1987</c>, <c>14MAR87</c>, <c>4-Sep-1948</c>,
    /// <c>1987. 03. 14.</c>, <c>1987年3月14日</c>). "The project was born on 6 March 2017" dates a thing, not a person.
    /// </summary>
    [GeneratedRegex(
        @"(?:\b(?i:born" + NotAThing + @"(?:\s{1,3}on)?|dob|d\.o\.b\.?|date[\s_]{1,3}of[\s_]{1,3}birth|birth[\s_]?date|birthday|date[\s_]of[\s_]birth|geb\.(?:\s{1,3}am)?|geboren(?:\s{1,3}am)?|geburtsdatum|geburtstag(?:\s{1,3}am)?|fecha\s{1,3}(?:de\s{1,3})?nac\.|f(?:ec)?\.\s{0,3}nac\.|data\s{1,3}(?:de\s{1,3})?nasc\.|n[ée](?:e|\(e\))?\s{1,3}le|date\s{1,3}de\s{1,3}naissance|data\s{1,3}di\s{1,3}nascita|nat[oa]\s{1,3}il|data\s{1,3}urodzenia|fecha\s{1,3}de\s{1,3}nacimiento|nacid[oa](?:\s{1,3}el)?|data\s{1,3}de\s{1,3}nascimento|nascid[oa](?:\s{1,3}em)?|geboortedatum|geboren\s{1,3}op|datum\s{1,3}narozen[íi]|narozen[áa]?|sz[üu]let[ée]si\s{1,3}(?:id[őo]|d[áa]tum)|sz[üu]letett|urodzon[ya]|data\s{1,3}na[șs]terii|n[ăa]scut[ăa]?(?:\s{1,3}(?:la|pe|[îi]n\s{1,3}data\s{1,3}de))?|doğum\s{1,3}tarihi|dogum\s{1,3}tarihi|f[öø]delsedat[ou]m?|f[öø]dd|f[øo]dt|syntym[äa]aika|tanggal\s{1,3}lahir|lahir|ng[àa]y\s{1,3}sinh|b\.)(?![a-z])"
        + @"|(?i:дат[ауы]\s{1,3}рождения|дат[аиу]\s{1,3}народження|дата\s{1,3}на\s{1,3}(?:раждане|раѓање)|датум\s{1,3}(?:на\s{1,3})?ро[ђд]ења|датум\s{1,3}на\s{1,3}раѓање|роден[ао]?|родил(?:ся|ась)|народився|народилася|төрсөн\s{1,3}(?:огноо|он)|туған\s{1,3}(?:күні|жылы)|ημερομηνία\s{1,3}γέννησης|生年月日|出生日期|出生年月日|生日|생년월일|تاريخ\s{1,3}الميلاد|تاریخ\s{1,3}تولد|تولد|תאריך\s{1,3}לידה|जन्म\s{0,3}तिथि|जन्म\s{1,3}की\s{1,3}तारीख|วันเกิด|วัน\s?เดือน\s?ปี\s?เกิด|დაბადების\s{1,3}თარიღი|ծննդյան\s{1,3}(?:ամսաթիվ|օր)|የትውልድ\s{1,3}(?:ቀን|ዘመን)))"
        + BirthAnswer + Filler
        + BirthValue,
        RegexOptions.None, TimeoutMs)]
    private static partial Regex DateOfBirth();

    /// <summary>
    /// A birth date followed by the words that make it one: Japanese "（1975年2月20日生）", Russian "28.04.1998 года
    /// рождения" / "г.р.", Turkish "doğumlu" and "… tarihinde … doğdu", Korean "생" and "…에 … 태어났습니다".
    /// </summary>
    [GeneratedRegex(@"(?<value>\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s{1,2}\p{L}{3,11}\s{1,2}\d{4})\s{0,2}(?:生(?:まれ)?|생|(?:г\.|года)?\s{0,2}рождения|г\.\s?р\.|doğumlu|dogumlu|에[^\n.]{0,24}?태어났|(?i:tarihinde)[^\n.]{0,40}?doğdu)", RegexOptions.None, TimeoutMs)]
    private static partial Regex DateOfBirthBefore();

    private static readonly System.Buffers.SearchValues<string> BirthSuffixes = System.Buffers.SearchValues.Create(["生", "생", "рождения", "г.р", "г. р", "doğumlu", "dogumlu", "태어났", "doğdu"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A full date a few words after the words for a birth date or a birthday, in the same sentence ("confirm your date
    /// of birth, we have 15.01.1992", "el cumple de nerea es el 18/07/2008", "who was born in Leeds on 6th of March
    /// 1962") or as the answer on the next line of a chat ("Oliver's full birthday for the swim club form?\nPriya: 7th of
    /// January 2019"); a spelled-out one is <see cref="DateOfBirthSpelled"/>'s. A birthday party's date is the party's.
    /// </summary>
    [GeneratedRegex(
        @"\b(?i:date\s{1,3}of\s{1,3}birth|birth\s?date|birthday|dob|born" + NotAThing + @"|cumplea[ñn]os|cumple|anivers[áa]rio|anniversaire|geburtstag|compleanno|verjaardag|urodziny|data\s{1,3}di\s{1,3}nascita|fecha\s{1,3}de\s{1,3}nacimiento|date\s{1,3}de\s{1,3}naissance|data\s{1,3}de\s{1,3}nascimento|geboortedatum|f[öø]delsedag)\b(?![^\n\d]{0,40}?(?i:party|celebration|dinner|drinks|fiesta|festa|feier|f[êe]te|bbq|picnic))"
        + @"(?:[^\n\d.!?]{1,40}?|[^\n\d.!]{0,60}\??\s{0,3}\n[^\n:\d]{1,24}:\s{0,3})(?:(?i:the)\s+)?"
        + @"(?<value>(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
        + @"|\d{1,2}(?:st|nd|rd|th)?(?:\s{1,2}of)?\s{1,2}(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)\.?,?\s{1,2}(?:19|20)\d{2}"
        + @")(?![\w])",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex DateOfBirthLater();

    /// <summary>
    /// A birth date spelled out, day and year, a few words after the words for it ("my date of birth is twenty fourth of
    /// september nineteen fifty nine", "her birthday is the twenty third of january 1947"), as a voice transcript writes it.
    /// </summary>
    [GeneratedRegex(
        @"\b(?i:date\s{1,3}of\s{1,3}birth|birth\s?date|birthday|dob|born)\b[^\n\d.!?]{1,40}?(?:(?i:the)\s+)?(?<value>(?i:(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\s+of\s+(?:january|february|march|april|may|june|july|august|september|october|november|december),?\s+(?:(?:19|20)\d{2}|(?:nineteen|two\s+thousand)(?:[\s-]+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh))*)))(?![\w])",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex DateOfBirthSpelled();

    [GeneratedRegex(
        @"\b(?i:zip|zip\s?code|zipcode|zip_code|post\s?code|postal\s?code|postal_code|postal|plz|postleitzahl|code\s{1,3}postal|cap|cp|postnummer|postnr|pin\s?code|eircode)\b" + Filler
        + @"(?<value>(?i:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}(?![A-Za-z])|[A-Z]\d{2}\s?[A-Z\d]{4}|\d{3,6}))(?![\w-])",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex PostalCode();

    [GeneratedRegex(
        @"(?<![\w-])(?<value>[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2})(?![\w-])" // UK
        + @"|(?<![\w-])(?<value>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w-])" // Canada
        + @"|(?<![\w-])(?<value>[1-9]\d{3}\s?(?!SS|SA|SD)[A-Z]{2})(?=\s{1,3}[A-Z][a-z])" // the Netherlands, before the town
        + @"|\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)\.?,?\s{1,2}(?<value>\d{5}(?:-\d{4})?)(?![\w-])" // US state
        + @"|\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\.?,?\s{1,2}(?<value>[0-9]\d{3})(?![\w-])" // Australia
        + @"|(?:,\s{0,2}|\n)(?<value>(?:[AF]-|D-)?\d{5})(?=\s{1,3}\p{Lu}\p{Ll}{2,})", // DE/FR after a street: "Hauptstr. 5, 10115 Berlin"
        RegexOptions.None, TimeoutMs)]
    private static partial Regex PostalCodeByFormat();
}
