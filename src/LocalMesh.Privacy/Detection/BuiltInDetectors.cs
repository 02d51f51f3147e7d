using System.Net;
using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// The pattern and checksum detectors that ship with LocalMesh: contact data, payment and account numbers,
/// network addresses, identity numbers, and credentials (cloud and API keys, tokens, private keys, passwords in
/// connection strings and URLs, high-entropy values next to key-like names).
/// </summary>
public static partial class BuiltInDetectors
{
    /// <summary>What a key-like name holds one of (<see cref="KeyLikeSecret"/> skips texts without any).</summary>
    private static readonly System.Buffers.SearchValues<string> KeyWords = System.Buffers.SearchValues.Create(["key", "secret", "token", "bearer"], StringComparison.OrdinalIgnoreCase);
    private static readonly System.Buffers.SearchValues<string> ShortPasswordNames = System.Buffers.SearchValues.Create(["pass", "pw"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every built-in detector, by entity type.</summary>
    public static IReadOnlyList<IEntityDetector> All { get; } =
    [
        new PatternDetector("PRIVATE_KEY", PrivateKey()),
        new PatternDetector("URL_CREDENTIALS", UrlCredentials(), v => !NotAPassword(v)), // not "postgres://USER:PASSWORD@HOST" or ${REDIS_PASSWORD}
        new PatternDetector("PASSWORD", ConnectionPassword(), v => !SettingWord(v) && !NotAPassword(v)),
        new PatternDetector("PASSWORD", ShortPasswordSetting(), v => PasswordLike(v) && v.Any(char.IsLetter) && !SettingWord(v), mayMatch: t => t.AsSpan().ContainsAny(ShortPasswordNames)),
        new PatternDetector("AWS_KEY", AwsAccessKey(), v => !PlaceholderKey(v)),
        new PatternDetector("AWS_KEY", AwsSecretKey(), v => !PlaceholderKey(v)),
        new PatternDetector("GITHUB_TOKEN", GitHubToken(), v => !PlaceholderKey(v)),
        new PatternDetector("SLACK_TOKEN", SlackToken(), v => !PlaceholderKey(v)),
        new PatternDetector("STRIPE_KEY", StripeKey(), v => !PlaceholderKey(v)),
        new PatternDetector("API_KEY", OpenAIKey(), v => !PlaceholderKey(v)),
        new PatternDetector("JWT", Jwt()),
        .. SecretDetectors(), // before the key-like names: "GITLAB_TOKEN=glpat-…" is a GitLab token first
        .. CredentialDetectors(),
        new CuedPasswordDetector(),
        new PatternDetector("SECRET", KeyLikeSecret(), v => Checksums.Entropy(v) >= 3.0 && v.Any(char.IsDigit) && v.Any(char.IsLetter), mayMatch: t => t.AsSpan().ContainsAny(KeyWords) || t.AsSpan().ContainsAnyInRange('\u0100', '\uFFFF')),
        new PatternDetector("EMAIL", Email(), inContext: (text, start, _) => !InsideUrl(text, start)),
        new PatternDetector("CREDIT_CARD", CreditCard(), v => v.Count(char.IsAsciiDigit) is >= 12 and <= 19 && Checksums.Luhn(v) && CardIssuers.Known(v)),
        new PatternDetector("IBAN", Iban(), v => Checksums.Iban(v)),
        new PatternDetector("US_SSN", UsSsn()),
        new PatternDetector("IP_ADDRESS", IPv4(), v => IPAddress.TryParse(v, out _), inContext: (text, start, length) => !NamedAsVersion(text, start) && !BesideAVersion(text, start, length)),
        new PatternDetector("IP_ADDRESS", IPv6(), v => v.Count(c => c == ':') >= 2 && IPAddress.TryParse(v, out var a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6),
        new UrlDetector(),
        new PhoneDetector(),
        .. IdentityDetectors(),
        new NameCueDetector(),
        new ListedNameDetector(),
        new TravelNameDetector(),
        new PlaceCueDetector(),
        new WorkplaceCueDetector(),
        new FieldValueDetector(),
        new RecordRowDetector(),
    ];

    /// <summary>The built-in detectors with phone numbers read in the national formats of <paramref name="phoneRegions"/> first.</summary>
    /// <param name="phoneRegions">ISO 3166 region codes (e.g. <c>GB</c>); empty keeps the culture's region and the defaults.</param>
    public static IReadOnlyList<IEntityDetector> With(IReadOnlyCollection<string> phoneRegions) =>
        phoneRegions.Count == 0 ? All : [.. All.Select(d => d is PhoneDetector ? new PhoneDetector(phoneRegions) : d)];

    /// <summary>
    /// A setting's ordinary value, not a password ("password: required", "pwd_check=enabled", a URL), or a placeholder for
    /// one that is not there (<c>${DB_PASSWORD}</c>, <c>{{ vault_pw }}</c>, <c>&lt;your-password&gt;</c>, <c>%PASS%</c>, <c>****</c>),
    /// or code that reads it from somewhere else (<c>DB_PASSWORD = os.getenv("DB_PASSWORD")</c>, <c>password: config.get(</c>).
    /// </summary>
    private static bool SettingWord(string value) =>
        value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "none" or "null" or "enabled" or "disabled" or "required" or "optional" or "strict" or "default"
        || Placeholder(value) || Masked(value) || CodeCall().IsMatch(value);

    /// <summary>
    /// Whether a key is a documentation placeholder: one character repeated eight times or more
    /// (<c>sk_test_xxxxxxxxxxxxxxxxxxxx</c>, <c>ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</c>, <c>AKIA0000000000000000</c>); a random
    /// key has such a run with a probability of about 10⁻¹¹.
    /// </summary>
    private static bool PlaceholderKey(string value)
    {
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            if (run >= 8)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A backstop per match (<see cref="PatternDetector.MatchTimeoutMs"/>): the patterns run in linear time, so only a bug or a new pattern can reach it.</summary>
    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>Whether the match at <paramref name="start"/> is the user part of a URL (<c>https://user:pass@host</c>).</summary>
    private static bool InsideUrl(string text, int start)
    {
        for (var i = start - 1; i >= Math.Max(0, start - 256) && !char.IsWhiteSpace(text[i]); i--)
        {
            if (text[i] == '/' && i > 0 && text[i - 1] == '/' && i > 1 && text[i - 2] == ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a dotted quad is a version, not an address: the words before it on its line name a version or release
    /// ("version 3.20.19.174", "bump protobuf to 4.25.1.7", "v2.5.22.122"), or it is the whole of a Markdown heading
    /// ("### 3.20.19.174", how changelogs head each release). Four-part build numbers are valid IPv4 addresses. "Updated
    /// to" is not such a word: DNS records, gateways and settings are updated to addresses.
    /// </summary>
    private static bool NamedAsVersion(string text, int start)
    {
        // Only the last VersionReach characters of the line are read: searching back to the line's start for every
        // dotted quad made a long line of them quadratic (1 MB of "1.2.3.4 " took seconds). A heading is short.
        var window = Math.Min(start, VersionReach);
        var newline = window == 0 ? -1 : text.LastIndexOf('\n', start - 1, window);
        var lineStart = newline >= 0 ? newline + 1 : start - window;
        var wholeLine = newline >= 0 || lineStart == 0;
        var before = text.AsSpan(lineStart, start - lineStart);
        if (wholeLine && before.TrimStart().StartsWith("#") && before.Trim().TrimStart('#').IsEmpty)
        {
            return true;
        }

        return VersionWords().IsMatch(before[Math.Max(0, before.Length - 40)..]);
    }

    private const int VersionReach = 80;

    /// <summary>
    /// Whether a dotted number that cannot be an IPv4 address stands within a few words of the match ("Upgrade path:
    /// 5.2.4.204 → 12.8.5.3786", "builds 10.0.19045.2965 and 10.0.19045.3031"): then the match is a version too. Another
    /// address beside it ("192.168.1.10 → 192.168.1.20") leaves it an address.
    /// </summary>
    private static bool BesideAVersion(string text, int start, int length)
    {
        // On the same line only: a log's previous line may end with a user agent's "okhttp/4.12.0".
        var from = Math.Max(0, start - 24);
        var to = Math.Min(text.Length, start + length + 24);
        var newline = text.LastIndexOf('\n', start, start - from);
        from = newline >= 0 ? newline + 1 : from;
        var lineEnd = text.IndexOf('\n', start + length, to - start - length);
        to = lineEnd >= 0 ? lineEnd : to;
        for (var m = DottedNumber().Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            if ((m.Index + m.Length <= start || m.Index >= start + length) && !IsIPv4(m.ValueSpan))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIPv4(ReadOnlySpan<char> value)
    {
        var parts = 0;
        foreach (var range in value.Split('.'))
        {
            if (++parts > 4 || !int.TryParse(value[range], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var part) || part > 255)
            {
                return false;
            }
        }

        return parts == 4;
    }

    [GeneratedRegex(@"(?<![\w./])\d{1,6}(?:\.\d{1,6}){2,4}(?![\w]|\.\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"(?i:\b(?:versions?|ver|release[sd]?|build|firmware|fw|upgrade[sd]?\s+to|bump(?:ed|s)?\s+\S+\s+to|changelog)\s*[.:=]?\s*)$|(?<![\w.])[vV]$", RegexOptions.None, TimeoutMs)]
    private static partial Regex VersionWords();

    /// <summary>A call in code: dotted identifiers and an opening bracket, all the value runs to before its quote (<c>os.getenv(</c>, <c>vault.read(</c>).</summary>
    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*[(\[]$", RegexOptions.None, TimeoutMs)]
    private static partial Regex CodeCall();

    [GeneratedRegex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----(?:[^-]|-(?!----BEGIN )){0,20000}?-----END (?:[A-Z]+ )*PRIVATE KEY-----", RegexOptions.None, TimeoutMs)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}://[^\s:/@]{0,256}:(?<value>[^\s@/]{1,256})@", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex UrlCredentials();

    // Also at the end of a setting's name (DB_PASSWORD=, SMTP_PWD:), as configuration files and environments write it.
    // A name part after it that makes it a setting about passwords, not one ("password_policy", "password-reset-url"), stops it.
    // Also with the name in camel case (userPassword:, adminPassword=) and quoted, as JSON, YAML and code write it
    // ("Password": "…", SMTP_PASSWORD = '…').
    [GeneratedRegex(@"(?:(?<![A-Za-z0-9])(?:password|pwd|passwd)|(?<=[a-z])(?-i:Password|Passwd))(?:[_-](?!(?:policy|reset|url|uri|hint|length|expir|min|max|rule|strength|field|prompt|change|required|enabled|age|history|complexity|file|path)(?![A-Za-z0-9]))[A-Za-z0-9]{1,16}){0,2}[""']?\s*[=:]\s*[""']?(?<value>[^\s;'"",]{4,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex ConnectionPassword();

    // The short forms of a password setting (SMTP_PASS=, ansible_become_pass=, "pw: …" on a line of its own), which prose
    // uses for other things ("boarding pass: gate 12", "day-pass: 2024-12-03"): only after a name part and '_', or at the
    // start of a line, and only a value with a letter and a digit or sign (see PasswordLike).
    // Also "pw:" in the middle of a line ("wifi: Attic-Net  pw: plum!Gr4vel"): the two-letter name says nothing else.
    [GeneratedRegex(@"(?:(?<=[A-Za-z0-9]_)|(?m:^)[ \t]*|(?<=\s)(?=pwd?[ \t]*[=:]))(?:pass|pw|pwd)[""']?[ \t]*[=:][ \t]*[""']?(?<value>[^\s;'"",]{4,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex ShortPasswordSetting();

    [GeneratedRegex(@"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"aws_?secret_?access_?key\W{0,4}(?<value>[A-Za-z0-9/+=]{40})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex AwsSecretKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex OpenAIKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.None, TimeoutMs)]
    private static partial Regex Jwt();

    // Also inside a setting's name (GITHUB_TOKEN=, STRIPE_API_KEY=, SECRET_KEY=, x-api-key:): '_' ends a name part here, where \b would not.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:api[_-]?key|apikey|secret|token|access[_-]?key|auth[_-]?key|client[_-]?secret|bearer)(?:[_-](?!(?:version|name|type|url|uri|endpoint|path|file|id|count|length|expiry|expires|ttl|limit|budget)(?![A-Za-z0-9]))[A-Za-z0-9]{1,16}){0,2}\b[""']?\s*[:=]?\s*[""']?(?<value>[A-Za-z0-9/+_\-.=]{16,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex KeyLikeSecret();

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex CreditCard();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Iban();

    [GeneratedRegex(@"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex UsSsn();

    [GeneratedRegex(@"(?<!\d|\d\.)(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex IPv4();

    [GeneratedRegex(@"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})(?![\w:])", RegexOptions.None, TimeoutMs)]
    private static partial Regex IPv6();
}
