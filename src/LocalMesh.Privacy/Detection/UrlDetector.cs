using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Web addresses, domain names and host names: with a scheme (<c>https://…</c>, <c>ftp://…</c>), starting with
/// <c>www.</c>, or bare (<c>contoso-health.com/portal</c>, <c>db01.corp.internal</c>). A bare name counts only when it
/// ends in a known top-level domain (or an internal one such as <c>.internal</c>, <c>.local</c>, <c>.lan</c>), so file
/// names (<c>report.pdf</c>), versions and sentences that lack a space after the full stop are left alone.
/// Trailing punctuation (<c>.</c>, <c>)</c>, <c>,</c>) is not part of the address. Thread-safe.
/// </summary>
public sealed partial class UrlDetector : IEntityDetector
{
    /// <summary>The entity type.</summary>
    public const string Type = "URL";

    /// <inheritdoc />
    IReadOnlyCollection<string> IEntityDetector.Types => [Type];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('.', StringComparison.Ordinal))
        {
            return [];
        }

        // Every address holds a dot followed by a letter or digit: the pattern runs only on the words around such dots,
        // so prose costs a scan for dots, not a pattern attempt at every word.
        List<EntityMatch>? found = null;
        try
        {
            var i = 0;
            while (i < text.Length && text.IndexOf('.', i) is var dot and >= 0)
            {
                if (dot + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[dot + 1]))
                {
                    i = dot + 1;
                    continue;
                }

                var start = dot;
                while (start > 0 && dot - start < MaxAddress && !Boundary(text[start - 1]))
                {
                    start--;
                }

                var end = dot + 1;
                while (end < text.Length && end - dot < MaxAddress && !Boundary(text[end]))
                {
                    end++;
                }

                Scan(text, start, end, ref found);
                i = end;
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The {Type} detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    /// <summary>The longest stretch looked at on either side of a dot.</summary>
    private const int MaxAddress = 2048;

    private static bool Boundary(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '`' or '{' or '}' or '|' or '\\' or '^';

    private static void Scan(string text, int start, int end, ref List<EntityMatch>? found)
    {
        // The window keeps one character of context on each side, so the pattern's look-behinds see what precedes it.
        var from = Math.Max(0, start - 1);
        var window = text[from..Math.Min(text.Length, end + 1)];
        for (var m = Address().Match(window); m.Success; m = m.NextMatch())
        {
            var length = TrimmedLength(window, m.Index, m.Length);
            if (length == 0 || (m.Groups["bare"].Success && (!IsDomain(m.Groups["host"], m.Groups["tld"], m.Groups["path"].Success || m.Groups["port"].Success)
                || ImageReference(text, from + m.Index, window.AsSpan(m.Index, length)))))
            {
                continue;
            }

            (found ??= []).Add(new EntityMatch(Type, from + m.Index, length, window.Substring(m.Index, length)));
        }
    }

    /// <summary>The match without trailing punctuation, and without a closing bracket that has no opening one inside.</summary>
    /// <summary>
    /// Whether a bare address is a container image's name ("image: registry.example/web:4.13.32", "FROM ghcr.io/acme/api:1.2"):
    /// a registry, a repository and a tag after the key or instruction that names one. It addresses software, not a person.
    /// </summary>
    private static bool ImageReference(string text, int start, ReadOnlySpan<char> value)
    {
        if (value.IndexOf('/') < 0)
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).Trim();
        return before.EndsWith("image:", StringComparison.OrdinalIgnoreCase) || before.EndsWith("FROM", StringComparison.Ordinal)
            || before.EndsWith("docker pull", StringComparison.Ordinal) || before.EndsWith("podman pull", StringComparison.Ordinal)
            || before.EndsWith("\"image\":", StringComparison.OrdinalIgnoreCase);
    }

    private static int TrimmedLength(string text, int start, int length)
    {
        var end = start + length;
        while (end > start)
        {
            var c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*' or '_' or '~'
                || (c == ')' && text.AsSpan(start, end - start).Count('(') < text.AsSpan(start, end - start).Count(')'))
                || (c == ']' && text.AsSpan(start, end - start).Count('[') < text.AsSpan(start, end - start).Count(']')))
            {
                end--;
                continue;
            }

            break;
        }

        return end - start;
    }

    private static bool IsDomain(Group host, Group tld, bool hasPathOrPort)
    {
        var suffix = tld.Value.ToLowerInvariant();
        if (!TopLevelDomains.Contains(suffix))
        {
            return false;
        }

        var name = host.Value.ToLowerInvariant();
        if (NotDomains.Contains(name) || (!hasPathOrPort && FileExtensions.Contains(suffix)))
        {
            return false;
        }

        // "home.It was late": a missing space after a full stop, not a domain in Italy.
        return !(char.IsUpper(tld.Value[0]) && !tld.Value.All(char.IsUpper));
    }

    /// <summary>Top-level domains seen in everyday text (generic, country codes, and internal ones).</summary>
    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.ToFrozenSet(
    [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "app", "dev", "co", "me", "tv", "ly", "xyz", "online",
        "site", "tech", "store", "shop", "blog", "cloud", "page", "news", "email", "live", "life", "world", "today", "company", "agency",
        "digital", "media", "network", "solutions", "services", "systems", "group", "global", "health", "bank", "law", "pro", "name",
        "mobi", "asia", "travel", "jobs", "museum", "aero", "coop", "eu", "uk", "de", "fr", "nl", "au", "ca", "us", "in", "it", "es",
        "pt", "br", "mx", "ar", "cl", "pe", "co", "ru", "pl", "se", "no", "dk", "fi", "be", "ch", "at", "ie", "cz", "sk", "hu", "ro",
        "bg", "gr", "tr", "il", "za", "ng", "ke", "eg", "ma", "jp", "cn", "kr", "tw", "hk", "sg", "my", "th", "vn", "id", "ph", "nz",
        "ae", "sa", "ua", "lt", "lv", "ee", "is", "lu", "li", "hr", "si", "rs", "ba", "mk", "al", "to", "fm", "gg", "cc", "ws", "su",
        "nu", "ly", "gl", "ms", "sh", "md", "py", "ps", "zip", "mov", "club", "top", "art", "design", "studio", "link", "click", "one",
        "work", "works", "ltd", "inc", "llc", "gmbh", "team", "center", "academy", "school", "university", "institute", "foundation",
        "support", "software", "host", "hosting", "website", "space", "fun", "land", "money", "finance", "insure", "care", "clinic",
        "dental", "hospital", "legal", "capital", "partners", "ventures", "consulting", "energy", "events", "photo", "photos",
        "internal", "local", "lan", "corp", "intranet", "home", "localdomain", "example", "test", "invalid", "onion",
    ]);

    /// <summary>Top-level domains that are also file extensions: a bare <c>notes.md</c> is a file unless a path or port follows.</summary>
    private static readonly FrozenSet<string> FileExtensions = FrozenSet.ToFrozenSet(["md", "py", "sh", "rs", "pl", "ps", "zip", "mov", "cs", "so", "ms"]);

    /// <summary>Names of things that look like domains and are not.</summary>
    private static readonly FrozenSet<string> NotDomains = FrozenSet.ToFrozenSet(["asp.net", "ado.net", "vb.net", "f#.net", "dot.net", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k"]);

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    // Linear: a bare name may only start where a word starts (not after a letter, digit, dot, @ or slash), and every
    // repeat is bounded.
    [GeneratedRegex(
        @"\b(?:https?|ftps?|sftp|ssh|git|wss?|file)://[^\s<>""'`{}|\\^]{1,2000}"
        + @"|(?<![\w.@/-])www\d?\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?::\d{2,5})?(?:[/?#][^\s<>""'`{}|\\^]{0,2000})?"
        + @"|(?<bare>(?<![\w.@/\\:-])(?<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}(?<tld>[a-z]{2,24}))(?<port>:\d{2,5})?(?<path>/[^\s<>""'`{}|\\^]{0,2000})?(?![\w@-]|\.\w))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Address();
}
