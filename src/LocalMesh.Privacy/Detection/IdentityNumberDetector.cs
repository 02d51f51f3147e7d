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

    private sealed record Format(string Name, Regex Pattern, Func<string, bool> Valid, bool NeedsContext);

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
                for (var m = formats[0].Pattern.Match(text); m.Success; m = m.NextMatch())
                {
                    var group = m.Groups["value"] is { Success: true } value ? value : m.Groups[0];
                    if (formats.FirstOrDefault(f => f.Valid(group.Value)) is not { } format)
                    {
                        continue;
                    }

                    if (format.NeedsContext)
                    {
                        headerContext ??= HasContext(text, 0, Math.Max(0, text.IndexOf('\n') is var nl and >= 0 ? nl : 0)) ? 1 : 0;
                        var from = Math.Max(0, group.Index - ContextReach);
                        if (headerContext == 0 && !HasContext(text, from, group.Index - from))
                        {
                            continue;
                        }
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

    private static bool HasContext(string text, int start, int length) => length > 0 && Context().IsMatch(text.AsSpan(start, length));

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>
    /// Words that name identity, tax and social-insurance numbers, in the languages of the formats above, and the
    /// keys logs and JSON use for them (<c>national_id=</c>, <c>"tax_id":</c>).
    /// </summary>
    [GeneratedRegex(
        @"(?i)(?<![a-z])(?:national[\s_-]?(?:id|identity|identification|insurance|number|no)|id[\s_-]?(?:number|no|nr|card|num)|identity|identification|identifikation|identidad|identit[àé]|identiteit|ausweis|personal(?:ausweis|nummer)|steuer|tax[\s_-]?(?:id|no|number|file|code|identification)|tfn|tin|ssn|social[\s_-]?(?:security|insurance)|s[ée]curit[ée][\s_-]?sociale|s[ée]cu|insee|nir|nss|avs|ahv|dni|nie|nif|nie|cpf|rg|curp|rfc|pesel|nip|bsn|sofi|burgerservice(?:nummer)?|codice[\s_-]?fiscale|cod\.?\s?fiscale|c\.f\.|fiscal|aadhaa?r|uid|pan|permanent[\s_-]account|nino|ni[\s_-]?(?:number|no)|nas|sin|personnummer|pnr|cpr|hetu|henkil[öo]tunnus|f[øo]dselsnummer|rijksregister|registre[\s_-]national|nric|fin|resident[\s_-]?id|身份证|kyc|citizen|cédula|cedula|(?:sa|za)[\s_-]?id|id(?=\s{0,2}[:=|\t])|(?:my|your|his|her|their|the)\s+id|teudat[\s_-]?zehut|zehut|t\.z\.|cnp|amka|αμκα|תעודת\s?זהות)(?:s?nummer|number|nr|no)?(?![a-z])",
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
    /// The plain numbers: 9, 11, 12 or 13 digits bare, or in the groups they are written in (<c>046 454 286</c>,
    /// <c>1234.56.782</c>, <c>12 345 678 901</c>); each format's check says which length it takes. One pattern for
    /// all of them reads the text once.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.+-]|\d,)(?<value>\d{9}|\d{11,13}|\d{3}([ -])\d{3}\1\d{3}|\d{4}\.\d{2}\.\d{3}|\d{2} \d{3} \d{3} \d{3})(?![\w-]|[.,]\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex PlainDigits();

    [GeneratedRegex(@"(?<![\w.+-]|\d,)(?<value>(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4})(?![\w-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex SwedishPersonnummer();
}
