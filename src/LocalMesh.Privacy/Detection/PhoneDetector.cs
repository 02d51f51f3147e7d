using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Phone numbers in every region's formats, found by Google's libphonenumber (its C# port) for a list of default
/// regions (national formats such as <c>020 7946 0958</c> only parse with a region) and then weighed: a number valid
/// for its country, written the way phone numbers are written (<c>(602) 272-9781</c>, <c>+44 20 …</c>, groups), or
/// next to words such as "call", "tel", "phone", "fax" counts; one shaped like a date, a version, an IP or social
/// security number, a decimal, an ISBN or part of a longer digit run does not, nor one after "order", "invoice",
/// "account" and the like. Bare digit runs need a phone word. Thread-safe.
/// </summary>
public sealed partial class PhoneDetector : IEntityDetector
{
    /// <summary>The entity type.</summary>
    public const string Type = "PHONE";

    /// <summary>The regions tried when none are configured (the culture's region is added in front).</summary>
    public static IReadOnlyList<string> DefaultRegions { get; } = ["US", "GB", "DE", "FR", "AU", "CA", "NL", "IN"];

    // German and Indian numbers have so many valid lengths that "valid there" says little about a digit run.
    private static readonly HashSet<string> LooseRegions = ["DE", "AT", "IN"];

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

        // The library's matcher per region, on windows around runs of digits and separators: bounded work per run, so
        // a 200 KB text of "1." costs no more than a line of prose. One candidate per span; the longest wins overlaps.
        var candidates = new Dictionary<(int Start, int Length), PhoneNumber>();
        try
        {
            for (var run = DigitRun().Match(text); run.Success; run = run.NextMatch())
            {
                if (run.Length > MaxRun || !HasSevenDigits(run.ValueSpan))
                {
                    continue;
                }

                var from = Math.Max(0, run.Index - 2);
                var window = text[from..Math.Min(text.Length, run.Index + run.Length + 16)];
                foreach (var region in _regions)
                {
                    foreach (var match in Util.FindNumbers(window, region, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue))
                    {
                        candidates.TryAdd((from + match.Start, match.Length), match.Number);
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The {Type} detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        List<EntityMatch>? found = null;
        foreach (var ((start, length), number) in candidates.OrderByDescending(c => c.Key.Length))
        {
            if (found?.Any(f => f.Start < start + length && start < f.End) == true || !Accept(text, start, length, number))
            {
                continue;
            }

            (found ??= []).Add(new EntityMatch(Type, start, length, text.Substring(start, length)));
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    private bool Accept(string text, int start, int length, PhoneNumber number)
    {
        var raw = text.AsSpan(start, length);
        var digits = CountDigits(raw, out var core);
        if (core is < 7 or > 15 || NotAPhone().IsMatch(text.Substring(start, length).Trim('(', ')', '[', ']', ' ')) || PartOfLongerRun(text, start, length))
        {
            return false;
        }

        var international = raw[0] == '+' || raw.StartsWith("00");
        var formatted = PhoneShaped().IsMatch(text.Substring(start, length));
        var context = Context(text, start, start + length);
        var score = 1;
        if (international && Util.IsValidNumber(number))
        {
            score += 3;
        }
        else if (_regions.Any(r => !LooseRegions.Contains(r) && IsValidIn(text.Substring(start, length), r)))
        {
            score += 2;
        }

        score += formatted ? 2 : (digits == core ? -1 : 0);
        score += 3 * context;
        return score >= 3;
    }

    private static bool IsValidIn(string raw, string region)
    {
        try
        {
            var parsed = Util.Parse(raw, region);
            return Util.IsValidNumberForRegion(parsed, region);
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

    private const int TimeoutMs = 2000;

    /// <summary>The longest run of digits and separators looked at: a phone number with its extension is shorter.</summary>
    private const int MaxRun = 64;

    /// <summary>A run of digits with the separators phone numbers use; only its first character may start a match (linear).</summary>
    [GeneratedRegex(@"(?<![\d().\-/+])[+(]?\d[\d().\-/ ]{0,200}", RegexOptions.None, TimeoutMs)]
    private static partial Regex DigitRun();

    /// <summary>Written as phone numbers are: an area code in brackets, a leading + or 0, or three or more groups.</summary>
    [GeneratedRegex(@"^(?:\+|00|\d?\s*\(\d{1,5}\)|0\d|.*\d[ .\-/]\d+[ .\-/]\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex PhoneShaped();

    /// <summary>Dates, year ranges, times, versions, IPs, US SSNs, decimals, ISBNs.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d\d|(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)?\d\d|(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\d{3}-\d{2}-\d{4}|\d{1,3}\.\d+|97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d)$", RegexOptions.None, TimeoutMs)]
    private static partial Regex NotAPhone();

    [GeneratedRegex(@"(?:ext\.?|extension|x|#)\s*\d", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex ExtensionStart();

    [GeneratedRegex(@"\b(?:call(?:ed|ing)?|phone|ph|tel|telephone|mobile|mob|cell(?:phone)?|fax|whatsapp|sms|text(?: me)?|ring|dial|landline|hotline|helpline|tlf|telefon|téléphone|portable|handy|rufnummer|whats ?app|signal|viber)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"\b(?:contact|reach(?:ed)?|number|no\.|nr\.?|on|at)\s*[:#]?\s*$|\b(?:number|contact|reach)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex GenericNumberWords();

    [GeneratedRegex(@"^\s*\(?(?:mobile|cell|home|work|office|fax|tel|phone)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PhoneWordsAfter();

    [GeneratedRegex(@"\b(?:order|invoice|inv|ref|reference|ticket|tracking|account|acct|a/c|iban|id|serial|sku|case|claim|booking|confirmation|reservation|policy|member|membership|customer|employee|student|routing|sort code|isbn|version|build|release|model|part|item|flight|room|zip|postcode|postal|card|passport|licen[cs]e|ssn|social security|transaction|receipt|batch|lot|badge|pin|otp|code|po|p\.o\.)\b(?:\s{0,2}(?:numbers?|no\.?|nr\.?|#|id|is|was|:|-|=)){0,3}\s{0,2}[#:]?\s{0,2}$", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex OtherNumberWords();
}
