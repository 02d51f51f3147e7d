using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Phone numbers in every region's formats, checked with Google's libphonenumber (its C# port) for a list of default
/// regions (national formats such as <c>020 7946 0958</c> only parse with a region). A run of digits counts when it is
/// written the way phone numbers are written (<c>(602) 272-9781</c>, <c>+44 20 …</c>, groups) and is a possible
/// number in one of the regions, or when words such as "call", "tel", "phone", "fax" are near; a number valid for its
/// country code counts even after "account". One shaped like a date, a version, an IP or social security number, a
/// decimal, an ISBN or part of a longer digit run does not, nor one right after "order id", "invoice no." and the like.
/// Bare digit runs need a phone word. Thread-safe.
/// </summary>
public sealed partial class PhoneDetector : IEntityDetector
{
    /// <summary>The entity type.</summary>
    public const string Type = "PHONE";

    /// <summary>The regions tried when none are configured (the culture's region is added in front).</summary>
    public static IReadOnlyList<string> DefaultRegions { get; } = ["US", "GB", "DE", "FR", "AU", "CA", "NL", "IN"];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private readonly string[] _regions;

    /// <summary>Creates the detector for <paramref name="regions"/> (ISO 3166 codes; unknown ones are ignored).</summary>
    public PhoneDetector(IEnumerable<string>? regions = null)
    {
        var supported = Util.GetSupportedRegions();
        _regions = [.. (regions ?? []).Select(r => r.Trim().ToUpperInvariant()).Where(supported.Contains).DefaultIfEmpty(CultureRegion() ?? "US").Concat(DefaultRegions).Distinct()];
    }

    /// <summary>The regions whose national formats are recognised, in order.</summary>
    public IReadOnlyList<string> Regions => _regions;

    /// <inheritdoc />
    IReadOnlyCollection<string> IEntityDetector.Types => [Type];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (string.IsNullOrEmpty(text) || !HasSevenDigits(text))
        {
            return [];
        }

        // Candidates are runs of digits with single separators (and an extension); libphonenumber then checks the ones
        // whose shape and context leave it open. Its own matcher (FindNumbers) tried every sub-run of a digit-heavy
        // window in every region: 54 ms for a kilobyte holding six card and phone numbers.
        List<EntityMatch>? found = null;
        try
        {
            for (var m = Candidate().Match(text); m.Success; m = m.NextMatch())
            {
                if (Accept(text, m.Index, m.Length))
                {
                    (found ??= []).Add(new EntityMatch(Type, m.Index, m.Length, m.Value));
                }
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The {Type} detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    private bool Accept(string text, int start, int length)
    {
        var raw = text.Substring(start, length);
        var digits = CountDigits(raw, out var core);
        if (core is < 7 or > 15 || NotAPhone().IsMatch(raw.Trim('(', ')', '[', ']', ' ')) || PartOfLongerRun(text, start, length) || AfterCodeGroup(text, start))
        {
            return false;
        }

        var international = raw[0] == '+' || raw.StartsWith("00", StringComparison.Ordinal);
        if (Timestamp(text, start, start + length) || Version().IsMatch(raw) || (!international && Quantity(text, start + length)))
        {
            return false;
        }

        var score = PhoneShaped().IsMatch(raw) && !SmallGroups().IsMatch(raw) ? 2 : digits == core ? -1 : 0;
        score -= PartNumber().IsMatch(raw) ? 1 : 0; // "140-6686-17" is a part number unless a phone word says otherwise
        score += 3 * Context(text, start, start + length);
        if (international && score < 3)
        {
            // A valid international number overrides "account" before it; one written in a phone's groups with a country
            // code and a possible length ("+966 52 538 4664") is one even when that block is not (yet) assigned.
            score += Check(raw, "ZZ", valid: true) ? 3 : score == 2 && Check(raw, "ZZ", valid: false) ? 1 : 0;
        }
        else if (score == 2)
        {
            score += _regions.Any(r => Check(raw, r, valid: false)) ? 1 : 0; // written like a phone: a possible number somewhere
        }

        return score >= 3;
    }

    /// <summary>Whether libphonenumber parses <paramref name="raw"/> for the region as a valid (or only a possible) number.</summary>
    private static bool Check(string raw, string region, bool valid)
    {
        try
        {
            var parsed = Util.Parse(raw, region);
            return valid ? Util.IsValidNumber(parsed) : Util.IsPossibleNumber(parsed);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>
    /// +1 when a phone word is near ("call", "tel", or "number" with no other kind of number named), -1 when the
    /// number comes right after a word naming another kind of number ("order id", "account no."), else 0.
    /// </summary>
    private static int Context(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 40)..start];
        var after = text.AsSpan(end, Math.Min(text.Length, end + 12) - end).ToString();
        if (OtherNumberWords().IsMatch(before) && !PhoneWords().IsMatch(before[Math.Max(0, before.Length - 14)..]))
        {
            return -1;
        }

        return PhoneWords().IsMatch(before) || PhoneWordsAfter().IsMatch(after) || GenericNumberWords().IsMatch(before) ? 1 : 0;
    }

    /// <summary>
    /// Whether the candidate is a date and hour of a timestamp (<c>2026-02-23 10:53:01</c>): it starts with an ISO date,
    /// or a colon and a digit follow it.
    /// </summary>
    private static bool Timestamp(string text, int start, int end) =>
        IsoDate().IsMatch(text.AsSpan(start, end - start)) || (end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1]));

    /// <summary>Digits in the match, and in the number without its extension.</summary>
    private static int CountDigits(ReadOnlySpan<char> raw, out int core)
    {
        var extension = ExtensionStart().Match(raw.ToString());
        var all = 0;
        core = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (char.IsAsciiDigit(raw[i]))
            {
                all++;
                if (!extension.Success || i < extension.Index)
                {
                    core++;
                }
            }
        }

        return all;
    }

    private static bool PartOfLongerRun(string text, int start, int length)
    {
        var end = start + length;
        bool DigitAt(int i) => i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]);
        bool SeparatorAt(int i) => i >= 0 && i < text.Length && text[i] is ' ' or '-' or '.' or '/';
        return DigitAt(start - 1) || (SeparatorAt(start - 1) && DigitAt(start - 2)) || AfterCodeGroup(text, start)
            || DigitAt(end) || (SeparatorAt(end) && DigitAt(end + 1) && !(end + 2 < text.Length && text[end] == '.' && !char.IsAsciiDigit(text[end + 2])));
    }

    /// <summary>Whether a group of capitals or of letters and digits comes right before (<c>GB29 NWBK 6016 1331 …</c>).</summary>
    private static bool AfterCodeGroup(string text, int start)
    {
        if (start < 2 || text[start - 1] is not (' ' or '-') || text[start] == '+')
        {
            return false;
        }

        var end = start - 1;
        var from = end;
        while (from > 0 && char.IsAsciiLetterOrDigit(text[from - 1]))
        {
            from--;
        }

        var group = text.AsSpan(from, end - from);
        return (group.ContainsAnyInRange('0', '9') ? group.Length >= 2 : group.Length >= 4 && !group.ContainsAnyInRange('a', 'z')) && !PhoneWords().IsMatch(group.ToString());
    }

    private static bool HasSevenDigits(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && ++n >= 7)
            {
                return true;
            }
        }

        return false;
    }

    private static string? CultureRegion()
    {
        try
        {
            var name = CultureInfo.CurrentCulture.Name;
            return name.Length > 0 && !CultureInfo.CurrentCulture.IsNeutralCulture ? new RegionInfo(name).TwoLetterISORegionName : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>
    /// A phone-number candidate: an optional <c>+</c> or <c>00</c>, digits (and bracketed area codes) with single
    /// separators between them, an optional extension on the same line (a list's next line starting "#16" is no
    /// extension). An international number may open a bracket ("(+61 400 188 704)"). Only the first character of a run
    /// may start one (linear). Letters of other scripts may touch it ("連絡先は090-0854-6440です"): only ASCII letters and digits end one.
    /// </summary>
    [GeneratedRegex(@"(?:(?<![A-Za-z0-9_+.\-/(])|(?<=\()(?=\+))(?:\+|00)?(?:\(\d{1,5}\)[ .\-]?)?\d(?:[ .\-/]?(?:\(\d{1,5}\)|\d)){5,20}(?:[ \t]{0,2}(?:ext\.?|x|extension|#)[ \t]{0,2}\d{1,6})?(?![A-Za-z0-9_])", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Candidate();

    /// <summary>Written as phone numbers are: an area code in brackets, a leading + or 0, or three or more groups.</summary>
    [GeneratedRegex(@"^(?:\+|00|\d?\s*\(\d{1,5}\)|0\d|.*\d[ .\-/]\d+[ .\-/]\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex PhoneShaped();

    /// <summary>Dates (also of the Solar Hijri and Buddhist calendars: <c>1366/05/12</c>, <c>05/03/2530</c>), year ranges, times, versions, IPs, US SSNs, decimals, ISBNs, CAS registry numbers (<c>6381-92-6</c>).</summary>
    [GeneratedRegex(@"^(?:(?:1[34]|19|20|25)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:1[34]|19|20|25)?\d\d|(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)?\d\d|(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\d{3}-\d{2}-\d{4}|\d{1,3}\.\d+|97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d|\d{2,7}-\d\d-\d)$", RegexOptions.None, TimeoutMs)]
    private static partial Regex NotAPhone();

    [GeneratedRegex(@"^(?:19|20)\d\d-\d\d-\d\d", RegexOptions.None, TimeoutMs)]
    private static partial Regex IsoDate();

    /// <summary>Whether a unit of measure follows <paramref name="end"/>: "299 792 458 m/s", "1 234 567 km", "8 000 000 kWh" are quantities.</summary>
    private static bool Quantity(string text, int end) => end < text.Length && Unit().IsMatch(text.AsSpan(end, Math.Min(text.Length, end + 8) - end));

    [GeneratedRegex(@"^ ?(?:m/s|km/h|mph|[kmgt]?wh|[kmg]?w|[kmg]?hz|km|cm|mm|nm|kg|mg|ml|[kmgt]b|°[cf]?|%|m|g|l|t|v|px)(?![\p{L}\d])", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Unit();

    /// <summary>A dotted version or build number (<c>14.9.3533.749</c>): dots only, a first group of one or two digits not starting with 0 (French numbers do: <c>06.12.34.56.78</c>).</summary>
    [GeneratedRegex(@"^[1-9]\d?(?:\.\d+){2,}$", RegexOptions.None, TimeoutMs)]
    private static partial Regex Version();

    /// <summary>
    /// Two or more groups of a single digit, or five or more groups of one or two digits without a leading 0 or +
    /// (<c>2 6 12 21 32 46</c>): lottery draws, scores and lists of small numbers. French numbers (<c>06 12 34 56 78</c>)
    /// start with 0, and no national format splits off two lone digits.
    /// </summary>
    [GeneratedRegex(@"(?:^|[ .\-/])\d(?=[ .\-/]).*[ .\-/]\d(?:[ .\-/]|$)|^[1-9]\d?(?:[ .\-/]\d{1,2}){4,}$", RegexOptions.None, TimeoutMs)]
    private static partial Regex SmallGroups();

    /// <summary>Three dash-separated groups ending in two digits (<c>140-6686-17</c>): how part numbers are written, rarely phones.</summary>
    [GeneratedRegex(@"^\d{2,5}-\d{3,5}-\d{2}$", RegexOptions.None, TimeoutMs)]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"(?:ext\.?|extension|x|#)\s*\d", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex ExtensionStart();

    [GeneratedRegex(@"\b(?:call(?:ed|ing)?|phone|ph|tel|telephone|mobile|mob|cell(?:phone)?|fax|whatsapp|sms|text(?: me)?|ring|dial|landline|hotline|helpline|tlf|telefon|téléphone|portable|handy|rufnummer|whats ?app|signal|viber|tel[eé]fono|celular|m[óo]vil|telem[óo]vel|cellulare|telefono|telefoon|mobiel|puhelin|telefonnummer|mobilnummer)\b"
        + @"|телефон|тел\.|мобильн|моб\.|電話|携帯|連絡先|电话|手机|手機|联系方式|전화|연락처|휴대폰|핸드폰|الجوال|جوال|هاتف|الهاتف|موبايل|تلفن|موبایل|שלפון|טלפון|נייד|मोबाइल|फ़ोन|फोन|โทร|เบอร์", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"\b(?:contact|reach(?:ed)?|number|no\.|nr\.?|on|at)\s*[:#]?\s*$|\b(?:number|contact|reach)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex GenericNumberWords();

    [GeneratedRegex(@"^\s*\(?(?:mobile|cell|home|work|office|fax|tel|phone)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PhoneWordsAfter();

    [GeneratedRegex(@"\b(?:order|invoice|inv|ref|reference|ticket|tracking|account|acct|a/c|iban|id|serial|sku|case|claim|booking|confirmation|reservation|policy|member|membership|customer|employee|student|routing|sort code|isbn|version|build|release|model|item|flight|room|zip|postcode|postal|card|passport|licen[cs]e|ssn|social security|transaction|receipt|batch|lot|badge|pin|otp|code|po|p\.o\.|voucher|coupon|gift card|cas|ean|upc|gtin|pn|part (?:no|number)|p/n|serial no)\b(?:\s{0,2}(?:numbers?|no\.?|nr\.?|#|id|is|was|:|-|=|\.)){0,3}\s{0,2}[#:]?\s{0,2}$", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex OtherNumberWords();
}
