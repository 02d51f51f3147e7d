using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// National identity, tax and social-insurance numbers of many countries, each by its own format and, where it has
/// one, its check digit (<see cref="IdentityChecksums"/>). The "after the words that name it" rule of
/// <see cref="BuiltInDetectors"/> misses a number written with dots (<c>123.456.789-09</c>, <c>756.1234.5678.97</c>),
/// one under a table's column header or a log key, and one whose words are in a language the list lacks. Here a
/// format that is distinctive and checked (an Italian codice fiscale, a Spanish DNI with its letter, a French NIR,
/// a formatted CPF or AHV number, a Chinese resident id) counts anywhere; a plain run of digits that merely passes a
/// check (a Dutch BSN, a Polish PESEL, a Canadian SIN: nine or eleven digits, like order and phone numbers) counts
/// only when words that name identity numbers come shortly before it (<see cref="ContextReach"/> characters, across
/// lines) or in the text's first line (a CSV or table header). Thread-safe.
/// </summary>
public sealed partial class IdentityNumberDetector : IEntityDetector
{
    /// <summary>How far back (in characters) words naming an identity number make a plain number one.</summary>
    public const int ContextReach = 120;

    /// <param name="Words">For a format with no check digit: only these words (its own name) make a number one, not any word of <see cref="Context"/>.</param>
    /// <param name="Shape">What a text must hold for the pattern to match at all (a digit, a dash or slash, a digit: <c>850317-1234563</c>), checked before the pattern reads it.</param>
    private sealed record Format(string Name, Regex Pattern, Func<string, bool> Valid, bool NeedsContext, Regex? Words = null, Func<string, bool>? Shape = null);

    private static readonly Format[] Formats =
    [
        new("IT codice fiscale", ItalianFiscalCode(), IdentityChecksums.ItalianFiscalCode, false),
        new("ES DNI/NIE", SpanishId(), IdentityChecksums.SpanishId, false),
        new("FR NIR", FrenchNir(), IdentityChecksums.FrenchNir, false),
        new("BR CPF", BrazilianCpfFormatted(), IdentityChecksums.BrazilianCpf, false),
        new("BR CPF", PlainDigits(), IdentityChecksums.BrazilianCpf, true),
        new("CH AHV", SwissAhv(), IdentityChecksums.SwissAhv, false),
        new("CN resident id", ChineseResidentId(), IdentityChecksums.ChineseResidentId, false),
        new("UK NINO", BritishNinoSpaced(), _ => true, false),
        new("UK NINO", BritishNino(), _ => true, true),
        new("IN Aadhaar", AadhaarGrouped(), IdentityChecksums.Aadhaar, false),
        new("IN Aadhaar", PlainDigits(), IdentityChecksums.Aadhaar, true),
        new("IN PAN", IndianPan(), _ => true, false),
        new("MX CURP", MexicanCurp(), _ => true, false),
        new("FI HETU", FinnishHetu(), IdentityChecksums.FinnishHetu, false),
        new("BE national number", BelgianNationalNumber(), IdentityChecksums.BelgianNationalNumber, false),
        new("SG NRIC", SingaporeNric(), IdentityChecksums.SingaporeNric, false),
        new("DE Steuer-ID", PlainDigits(), IdentityChecksums.GermanTaxId, true),
        new("DE Personalausweis", GermanIdCard(), IdentityChecksums.Icao, true),
        new("NL BSN", PlainDigits(), IdentityChecksums.DutchBsn, true),
        new("PL PESEL", PlainDigits(), IdentityChecksums.PolishPesel, true),
        new("CA SIN", PlainDigits(), v => v.Count(char.IsAsciiDigit) == 9 && IdentityChecksums.LuhnAny(v), true),
        new("AU TFN", PlainDigits(), IdentityChecksums.AustralianTfn, true),
        new("SE personnummer", SwedishPersonnummer(), v => IdentityChecksums.LuhnAny(v.Length > 11 ? v[2..] : v), true), // the century is not checked
        new("ZA ID", PlainDigits(), v => v.Count(char.IsAsciiDigit) == 13 && IdentityChecksums.LuhnAny(v), true),
        new("RO CNP", PlainDigits(), IdentityChecksums.RomanianCnp, true),
        new("GR AMKA", PlainDigits(), IdentityChecksums.GreekAmka, true),
        new("KR RRN", KoreanRrn(), IdentityChecksums.KoreanRrn, false, Shape: DigitDashDigit),
        new("HK HKID", HongKongIdBracketed(), IdentityChecksums.HongKongId, false, Shape: CapitalThenDigit),
        new("HK HKID", HongKongId(), IdentityChecksums.HongKongId, true, Shape: CapitalThenDigit),
        new("TW national id", TaiwanId(), IdentityChecksums.TaiwanId, true, Shape: CapitalThenDigit),
        new("AE Emirates ID", EmiratesId(), IdentityChecksums.EmiratesId, false, Shape: DigitDashDigit),
        new("PK CNIC", PakistaniCnic(), _ => true, false, Shape: DigitDashDigit),
        new("CZ/SK rodné číslo", CzechBirthNumber(), IdentityChecksums.CzechBirthNumber, false, Shape: DigitDashDigit),
        new("MY MyKad", MalaysianMyKad(), v => IdentityChecksums.HasBirthDate(v, 0, yearFirst: true), false, Shape: DigitDashDigit),
        new("TH national id", ThaiIdGrouped(), IdentityChecksums.ThaiId, false, Shape: DigitDashDigit),
        new("CL RUT", ChileanRutDotted(), IdentityChecksums.ChileanRut, false, Shape: DigitDashDigit),
        new("CL RUT", ChileanRut(), IdentityChecksums.ChileanRut, true, Shape: DigitDashDigit),
        new("MN register", MongolianRegister(), v => IdentityChecksums.HasBirthDate(v, 0, yearFirst: true, monthPlus20: true), false),
        new("LV personas kods", DayMonthYearDash5(), IdentityChecksums.LatvianPersonalCode, false, Shape: DigitDashDigit),
        new("LV personas kods", LatvianNewCode(), _ => true, true, LatvianWords(), DigitDashDigit),
        new("IS kennitala", DayMonthYearDash4(), IdentityChecksums.IcelandicKennitala, false, Shape: DigitDashDigit),
        new("DK CPR", DayMonthYearDash4(), v => IdentityChecksums.HasBirthDate(v, 0), true, DanishWords()),
        new("IE PPS", IrishPps(), IdentityChecksums.IrishPps, false, Shape: DigitThenCapital),
        new("TR kimlik", PlainDigits(), IdentityChecksums.TurkishId, true),
        new("NO fødselsnummer", PlainDigits(), IdentityChecksums.NorwegianBirthNumber, true),
        new("HR OIB", PlainDigits(), IdentityChecksums.CroatianOib, true),
        new("RS/BA/ME/MK/SI JMBG", PlainDigits(), IdentityChecksums.YugoslavJmbg, true),
        new("BG EGN", PlainDigits(), IdentityChecksums.BulgarianEgn, true),
        new("EE/LT personal code", PlainDigits(), IdentityChecksums.BalticPersonalCode, true),
        new("AT SVNR", PlainDigits(), IdentityChecksums.AustrianSvnr, true),
        new("PT NIF", PlainDigits(), IdentityChecksums.PortugueseNif, true),
        new("HU TAJ", PlainDigits(), IdentityChecksums.HungarianTaj, true),
        new("KR RRN", PlainDigits(), IdentityChecksums.KoreanRrn, true),
        new("AE Emirates ID", PlainDigits(), IdentityChecksums.EmiratesId, true),
        new("SA national id", PlainDigits(), IdentityChecksums.SaudiId, true),
        new("IL teudat zehut", PlainDigits(), IdentityChecksums.IsraeliId, true),
        new("KZ IIN", PlainDigits(), IdentityChecksums.KazakhIin, true),
        new("JP My Number", PlainDigits(), IdentityChecksums.JapaneseMyNumber, true),
        new("TH national id", PlainDigits(), IdentityChecksums.ThaiId, true),
        new("UA RNOKPP", PlainDigits(), IdentityChecksums.UkrainianTaxNumber, true),
        new("EG national id", PlainDigits(), v => v.Length == 14 && v[0] is '2' or '3' && IdentityChecksums.HasBirthDate(v, 1, yearFirst: true), true),
        new("ID NIK", PlainDigits(), v => v.Length == 16 && IdentityChecksums.HasBirthDate(v, 6, dayPlus40: true), true),
        new("PK CNIC", PlainDigits(), v => v.Length == 13 && v[0] != '0', true, PakistaniWords()),
        new("NG NIN", PlainDigits(), v => v.Length == 11 && v[0] != '0', true, NigerianWords()),
    ];


    private static readonly Format[][] ByPattern = [.. Formats.GroupBy(f => f.Pattern).Select(g => g.ToArray())];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["NATIONAL_ID"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (!HasNumber(text))
        {
            return [];
        }

        List<EntityMatch>? found = null;
        int? headerContext = null; // whether the first line names identity numbers: looked up once, on the first plain candidate
        try
        {
            // Formats that share a pattern (nine digits: BSN, SIN, TFN) read the text once.
            foreach (var formats in ByPattern)
            {
                if (formats[0].Shape is { } shape && !shape(text))
                {
                    continue;
                }

                for (var m = formats[0].Pattern.Match(text); m.Success; m = m.NextMatch())
                {
                    var group = m.Groups["value"] is { Success: true } value ? value : m.Groups[0];
                    var from = Math.Max(0, group.Index - ContextReach);
                    var accepted = false;
                    foreach (var format in formats)
                    {
                        if (!format.Valid(group.Value))
                        {
                            continue;
                        }

                        if (!format.NeedsContext)
                        {
                            accepted = true;
                        }
                        else if (format.Words is { } words)
                        {
                            accepted = words.IsMatch(text.AsSpan(from, group.Index - from)) || words.IsMatch(FirstLine(text));
                        }
                        else
                        {
                            headerContext ??= HasContext(text, 0, FirstLine(text).Length) ? 1 : 0;
                            accepted = headerContext == 1 || HasContext(text, from, group.Index - from);
                        }

                        if (accepted)
                        {
                            break;
                        }
                    }

                    if (!accepted)
                    {
                        continue;
                    }

                    (found ??= []).Add(new EntityMatch("NATIONAL_ID", group.Index, group.Length, group.Value));
                }
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The NATIONAL_ID detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    /// <summary>
    /// Whether the text has something every format holds: three digits in a row, or four digits within ten characters
    /// (<c>AB 12 34 56 C</c>, <c>L01X00T47</c>). Most texts have neither ("42 Harbour Road"), and then the patterns need not read them.
    /// </summary>
    private static bool HasNumber(string text)
    {
        int run = 0, d1 = -100, d2 = -100, d3 = -100; // the last three digits' positions
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                run = 0;
                var next = text.AsSpan(i).IndexOfAnyInRange('0', '9');
                if (next < 0)
                {
                    return false;
                }

                i += next - 1;
                continue;
            }

            if (++run >= 3 || i - d3 < 10)
            {
                return true;
            }

            (d3, d2, d1) = (d2, d1, i);
        }

        return false;
    }

    /// <summary>A digit, then a dash or slash (a space or two around a slash), then a digit: where the dashed formats can start.</summary>
    private static bool DigitDashDigit(string text)
    {
        for (var i = text.AsSpan().IndexOfAny('-', '/'); i > 0 && i < text.Length - 1; i = text.AsSpan(i + 1).IndexOfAny('-', '/') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (char.IsAsciiDigit(text[i - 1]) || (i > 1 && text[i - 1] == ' ' && char.IsAsciiDigit(text[i - 2])))
            {
                if (char.IsAsciiDigit(text[i + 1]) || (i + 2 < text.Length && text[i + 1] == ' ' && char.IsAsciiDigit(text[i + 2])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A capital letter right before a digit (<c>A123456(3)</c>, <c>A123456789</c>).</summary>
    private static bool CapitalThenDigit(string text) => Adjacent(text, ('A', 'Z'), ('0', '9'));

    /// <summary>A digit right before a capital letter (<c>1234567T</c>).</summary>
    private static bool DigitThenCapital(string text) => Adjacent(text, ('0', '9'), ('A', 'Z'));

    /// <summary>Whether a character of the <paramref name="first"/> range comes right before one of the <paramref name="second"/>.</summary>
    private static bool Adjacent(string text, (char Low, char High) first, (char Low, char High) second)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange(second.Low, second.High); i >= 0; i = span[(i + 1)..].IndexOfAnyInRange(second.Low, second.High) is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i > 0 && span[i - 1] >= first.Low && span[i - 1] <= first.High)
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> FirstLine(string text) => text.AsSpan(0, text.IndexOf('\n') is var nl and >= 0 ? nl : 0);

    private static bool HasContext(string text, int start, int length) => length > 0 && Context().IsMatch(text.AsSpan(start, length));

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>
    /// Words that name identity, tax and social-insurance numbers, in the languages of the formats above, and the
    /// keys logs and JSON use for them (<c>national_id=</c>, <c>"tax_id":</c>).
    /// </summary>
    [GeneratedRegex(
        @"(?i)(?<![a-z])(?:national[\s_-]?(?:id|identity|identification|insurance|number|no)|id[\s_-]?(?:number|no|nr|card|num)|identity|identification|identifikation|identidad|identit[àé]|identiteit|ausweis|personal(?:ausweis|nummer)|steuer|tax[\s_-]?(?:id|no|number|file|code|identification)|tfn|tin|ssn|social[\s_-]?(?:security|insurance)|s[ée]curit[ée][\s_-]?sociale|s[ée]cu|insee|nir|nss|avs|ahv|dni|nie|nif|nie|cpf|rg|curp|rfc|pesel|nip|bsn|sofi|burgerservice(?:nummer)?|codice[\s_-]?fiscale|cod\.?\s?fiscale|c\.f\.|fiscal|aadhaa?r|uid|pan|permanent[\s_-]account|nino|ni[\s_-]?(?:number|no)|nas|sin|personnummer|pnr|cpr|hetu|henkil[öo]tunnus|f[øo]dselsnummer|rijksregister|registre[\s_-]national|nric|fin|resident[\s_-]?id|身份证|kyc|citizen|cédula|cedula|(?:sa|za)[\s_-]?id|id(?=\s{0,2}[:=|\t])|(?:my|your|his|her|their|the)\s+id|teudat[\s_-]?zehut|zehut|t\.z\.|cnp|amka|αμκα|תעודת\s?זהות|מספר\s?זהות|ת\.ז|jmbg|emšo|emso|mati[čc]ni\s+broj|oib|egn|isikukood|asmens\s+kodas|personas\s+kods|kennitala|kt\.|svnr|vsnr|sozialversicherungs|versicherungsnummer|cnic|nicop|nadra|iqama|emirates\s+id|iin|pinfl|jshshir|my\s?number|contribuinte|rut|c\.c\.|cuil|cuit|nin|nik|ktp|mykad|ppsn|ird|tckn|kimlik|t\.c\.|hkid|taj|ad[óo]azonos[íi]t[óo]|rodn[ée]\s+[čc][íi]slo|r\.[čc]\.|јмбг|ембг|матични\s+број|егн|иин|жсн|пинфл|рнокпп|іпн|ипн|ідентифікаційн[а-яії]*|идентификационн[а-я]*|регистр[а-яөү]*|الرقم\s+القومي|رقم\s+الهوية|الهوية|إقامة|اقامة|کد\s+ملی|شماره\s+ملی|주민등록번호|주민번호|身分證(?:字號)?|身份證(?:號碼)?|統一證號|マイナンバー|個人番号|เลขประจำตัวประชาชน|บัตรประชาชน|पहचान|आधार|პირადი\s+ნომერი|անձնագիր|հանրային\s+ծառայությունների)(?:s?nummer|number|nr|no)?(?![a-z])",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex Context();

    [GeneratedRegex(@"(?<![\w-])(?<value>(?i:[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]))(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex ItalianFiscalCode();

    [GeneratedRegex(@"(?<![\w-])(?<value>[XYZ]?\d{7,8}[ -]?[A-Z])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex SpanishId();

    [GeneratedRegex(@"(?<![\w-])(?<value>[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex FrenchNir();

    [GeneratedRegex(@"(?<![\w.-])(?<value>\d{3}\.\d{3}\.\d{3}-\d{2})(?![\w-]|\.\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex BrazilianCpfFormatted();

    [GeneratedRegex(@"(?<![\w.-])(?<value>756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2})(?![\w-]|\.\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex SwissAhv();

    [GeneratedRegex(@"(?<![\w-])(?<value>[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex ChineseResidentId();

    [GeneratedRegex(@"(?<![\w-])(?<value>(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex BritishNinoSpaced();

    [GeneratedRegex(@"(?<![\w-])(?<value>(?!BG|GB|KN|NK|NT|TN|ZZ)(?i:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]))(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex BritishNino();

    [GeneratedRegex(@"(?<![\w-])(?<value>[2-9]\d{3}([ -])\d{4}\1\d{4})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex AadhaarGrouped();

    [GeneratedRegex(@"(?<![\w-])(?<value>[A-Z]{3}[P][A-Z]\d{4}[A-Z])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex IndianPan();

    [GeneratedRegex(@"(?<![\w-])(?<value>[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX](?:AS|B[CS]|C[CLMSH]|D[FG]|G[TR]|HG|JC|M[CNS]|N[ETL]|OC|PL|Q[TR]|S[PLR]|T[CSL]|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d)(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex MexicanCurp();

    [GeneratedRegex(@"(?<![\w-])(?<value>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex FinnishHetu();

    [GeneratedRegex(@"(?<![\w.-])(?<value>\d{2}\.(?:0\d|1[0-2])\.(?:[0-2]\d|3[01])-\d{3}\.\d{2})(?![\w-]|\.\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex BelgianNationalNumber();

    [GeneratedRegex(@"(?<![\w-])(?<value>[STFG]\d{7}[A-Z])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex SingaporeNric();

    [GeneratedRegex(@"(?<![\w-])(?<value>[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ\d]{8}\d)(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex GermanIdCard();

    /// <summary>
    /// The plain numbers: 9 to 14 or 16 digits bare, or in the groups they are written in (<c>046 454 286</c>,
    /// <c>1234.56.782</c>, <c>12 345 678 901</c>, Norway's <c>150589 12317</c>); each format's check says which length it takes. One pattern for
    /// all of them reads the text once.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.+-]|\d,)(?<value>\d{9,14}|\d{16}|\d{3}([ -])\d{3}\1\d{3}|\d{4}\.\d{2}\.\d{3}|\d{2} \d{3} \d{3} \d{3}|\d{6} \d{5})(?![\w-]|[.,]\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex PlainDigits();

    [GeneratedRegex(@"(?<![\w.+-]|\d,)(?<value>(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex SwedishPersonnummer();

    [GeneratedRegex(@"(?<![\w-])(?<value>\d{6}-[1-8]\d{6})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex KoreanRrn();

    [GeneratedRegex(@"(?<![\w-])(?<value>[A-Z]{1,2}\d{6}\s?\([0-9A]\))", RegexOptions.None, TimeoutMs)]
    private static partial Regex HongKongIdBracketed();

    [GeneratedRegex(@"(?<![\w-])(?<value>[A-Z]{1,2}\d{6}[0-9A])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex HongKongId();

    [GeneratedRegex(@"(?<![\w-])(?<value>[A-Z][1289]\d{8})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex TaiwanId();

    [GeneratedRegex(@"(?<![\w-])(?<value>784-\d{4}-\d{7}-\d)(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex EmiratesId();

    [GeneratedRegex(@"(?<![\w-])(?<value>\d{5}-\d{7}-\d)(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex PakistaniCnic();

    [GeneratedRegex(@"(?<![\w/-])(?<value>\d{2}[0-35-8]\d[0-3]\d\s?/\s?\d{4})(?![\w/-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex CzechBirthNumber();

    [GeneratedRegex(@"(?<![\w-])(?<value>\d{6}-\d{2}-\d{4})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex MalaysianMyKad();

    [GeneratedRegex(@"(?<![\w-])(?<value>[1-8][ -]\d{4}[ -]\d{5}[ -]\d{2}[ -]\d)(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex ThaiIdGrouped();

    [GeneratedRegex(@"(?<![\w.-])(?<value>\d{1,2}\.\d{3}\.\d{3}-[\dkK])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex ChileanRutDotted();

    [GeneratedRegex(@"(?<![\w.-])(?<value>\d{7,8}-[\dkK])(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex ChileanRut();

    [GeneratedRegex(@"(?<![\w-])(?<value>[А-ЯЁӨҮ]{2}\s?\d{8})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex MongolianRegister();

    [GeneratedRegex(@"(?<![\w-])(?<value>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-\d{5})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex DayMonthYearDash5();

    [GeneratedRegex(@"(?<![\w-])(?<value>32\d{4}-\d{5})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex LatvianNewCode();

    [GeneratedRegex(@"(?<![\w-])(?<value>(?:[0-6]\d|7[01])(?:0[1-9]|1[0-2])\d{2}-\d{4})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex DayMonthYearDash4();

    [GeneratedRegex(@"(?<![\w-])(?<value>\d{7}[A-W][A-IW]?)(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex IrishPps();

    [GeneratedRegex(@"(?i)\bpersonas\s+kod[sa]\b|\bp\.\s?k\.", RegexOptions.None, TimeoutMs)]
    private static partial Regex LatvianWords();

    [GeneratedRegex(@"(?i)\bcpr\b|\bpersonnummer|\bpersonnr", RegexOptions.None, TimeoutMs)]
    private static partial Regex DanishWords();

    [GeneratedRegex(@"(?i)\bcnic\b|\bnicop\b|\bnadra\b|شناختی|قومی", RegexOptions.None, TimeoutMs)]
    private static partial Regex PakistaniWords();

    [GeneratedRegex(@"(?i)\bnin\b|national\s+identification\s+number|\bnimc\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex NigerianWords();
}
