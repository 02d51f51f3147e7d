using System.Text;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Runs every detector over a text and settles overlaps (the longer match wins; on a tie, the detector listed
/// first). Text is folded first (<see cref="TextFolding"/>). Base64 blobs are decoded and scanned too: a blob hiding a secret is reported whole, with the inner type.
/// Thread-safe.
/// </summary>
public sealed class PrivacyScanner(IReadOnlyList<IEntityDetector> detectors)
{
    /// <summary>The detectors, in priority order.</summary>
    public IReadOnlyList<IEntityDetector> Detectors { get; } = detectors;

    /// <summary>
    /// Whether <see cref="EntityMatch.Contextual"/> matches need an anchor (<see cref="Anchored"/>); true by default.
    /// False reports them like any other (<c>Privacy:RedactPlacesAndCompaniesAlone</c>).
    /// </summary>
    public bool RequireAnchor { get; init; } = true;

    /// <summary>The entities in <paramref name="text"/>, in text order, without overlaps.</summary>
    /// <remarks>Disguised values (zero-width characters, full-width digits, look-alike letters) are found too; see <see cref="TextFolding"/>.</remarks>
    /// <exception cref="ScanFailedException">A detector could not finish in time; treat the text as unscanned.</exception>
    public IReadOnlyList<EntityMatch> Scan(string text) => RequireAnchor ? Anchored(ScanAll(text)) : ScanAll(text);

    /// <summary>
    /// The entities in <paramref name="text"/>, like <see cref="Scan"/>, but with the <see cref="EntityMatch.Contextual"/>
    /// ones kept even when nothing in the text anchors them: for a caller that scans several texts of one request and
    /// decides on all of them together (<see cref="Anchored"/>).
    /// </summary>
    /// <exception cref="ScanFailedException">A detector could not finish in time; treat the text as unscanned.</exception>
    public IReadOnlyList<EntityMatch> ScanAll(string text)
    {
        text ??= string.Empty;
        var (folded, map) = TextFolding.Fold(text);
        var found = Scan(folded, depth: 0);
        var result = new List<EntityMatch>(found.Count);
        foreach (var m in found)
        {
            // Report each match on the original text (it may hold the invisible characters that were dropped).
            var (start, end) = map is null ? (m.Start, m.End) : (map[m.Start], map[m.End - 1] + 1);
            if (WholeCharacters(text, ref start, ref end))
            {
                result.Add(start == m.Start && end == m.End && map is null ? m : new EntityMatch(m.Type, start, end - start, text.Substring(start, end - start)) { Contextual = m.Contextual });
            }
        }

        return result;
    }

    /// <summary>
    /// Whether a match anchors the <see cref="EntityMatch.Contextual"/> ones of its text: it is personal data or a secret
    /// in its own right (a name, a contact, an identity number, a birth date, a street address, a credential). A web
    /// address or an IP address is not: "registry.example/web" says nothing about anyone.
    /// </summary>
    public static bool Anchors(EntityMatch match) => !match.Contextual && match.Type is not ("URL" or "IP_ADDRESS");

    /// <summary>
    /// <paramref name="matches"/> without their <see cref="EntityMatch.Contextual"/> ones, unless one of them
    /// <see cref="Anchors"/> the rest. "Sunny in Madrid, showers in Manchester" and "shares in Toyota and Siemens fell"
    /// name no one, and redacting the places would only spoil the answer; "Ana moved to Madrid" keeps Madrid.
    /// </summary>
    public static IReadOnlyList<EntityMatch> Anchored(IReadOnlyList<EntityMatch> matches)
    {
        var contextual = false;
        foreach (var m in matches)
        {
            if (Anchors(m))
            {
                return matches;
            }

            contextual |= m.Contextual;
        }

        return contextual ? [.. matches.Where(m => !m.Contextual)] : matches;
    }

    /// <summary>
    /// Narrows a span that cuts a character in two (half of a surrogate pair such as an emoji, "💪 Varga"): redacting
    /// it would leave the other half alone in the text, which is not valid UTF-16 and cannot be encoded to send. Then
    /// trims the white space that leaves at the edges. False when nothing is left.
    /// </summary>
    private static bool WholeCharacters(string text, ref int start, ref int end)
    {
        if (start > 0 && start < end && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start++;
        }

        if (end < text.Length && end > start && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start;
    }

    private List<EntityMatch> Scan(string text, int depth)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<(EntityMatch Match, int Priority)>();
        for (var i = 0; i < Detectors.Count; i++)
        {
            foreach (var match in Detectors[i].Detect(text))
            {
                found.Add((match, i));
            }
        }

        if (depth == 0)
        {
            foreach (var blob in Base64Blobs(text))
            {
                if (Scan(blob.Decoded, depth + 1) is { Count: > 0 } inner)
                {
                    found.Add((new EntityMatch(inner[0].Type, blob.Start, blob.Length, text.Substring(blob.Start, blob.Length)), -1));
                }
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        // Longest first; a match is kept when none of its characters is taken yet (linear in the matched length,
        // where comparing every pair would be quadratic in the number of matches). Pattern and checksum matches go
        // first: a tagger span (names, addresses, places) or a bare postal code never hides a card, an IBAN or an IP it
        // overlaps, it is cut around them (a table row read as one long "address" used to swallow the card in it).
        var kept = new List<EntityMatch>();
        var taken = new bool[text.Length];
        foreach (var (match, _) in found.Where(f => !IsSoft(f.Match.Type)).OrderByDescending(f => f.Match.Length).ThenBy(f => f.Priority))
        {
            if (taken.AsSpan(match.Start, match.Length).IndexOf(true) < 0)
            {
                taken.AsSpan(match.Start, match.Length).Fill(true);
                kept.Add(match);
            }
        }

        var hard = (bool[])taken.Clone();
        foreach (var (match, _) in found.Where(f => IsSoft(f.Match.Type)).SelectMany(f => Pieces(text, f.Match, hard).Select(m => (m, f.Priority)))
            .OrderByDescending(f => f.m.Length).ThenBy(f => f.Priority))
        {
            if (taken.AsSpan(match.Start, match.Length).IndexOf(true) < 0)
            {
                taken.AsSpan(match.Start, match.Length).Fill(true);
                kept.Add(match);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = 0; k < kept.Count; k++)
        {
            // A cue's own match (PlaceCueDetector's "lives in …", WorkplaceCueDetector's "works at …") that lost to a
            // longer tagger span still says the span is someone's.
            var m = kept[k];
            if (m.Contextual && found.Any(f => !f.Match.Contextual && IsSoft(f.Match.Type) && f.Match.Start < m.End && m.Start < f.Match.End))
            {
                kept[k] = m with { Contextual = false };
            }
        }

        return kept;
    }

    /// <summary>Types found from weak evidence (a model's guess, a bare postal format): they yield to pattern matches.</summary>
    private static bool IsSoft(string type) => type is "PERSON" or "ADDRESS" or "ORGANIZATION" or "LOCATION" or "POSTAL_CODE";

    /// <summary>
    /// The parts of a soft match outside the characters pattern matches took and outside field separators (tabs,
    /// <c>|</c>), trimmed of spaces and punctuation, that still hold a letter or digit and are two characters long or a
    /// Han character or Hangul syllable.
    /// </summary>
    private static IEnumerable<EntityMatch> Pieces(string text, EntityMatch match, bool[] hard)
    {
        var start = match.Start;
        for (var i = match.Start; i <= match.End; i++)
        {
            if (i < match.End && !hard[i] && text[i] is not ('\t' or '|'))
            {
                continue;
            }

            var (from, to) = (start, i);
            while (from < to && IsEdge(text[from]))
            {
                from++;
            }

            while (to > from && IsEdge(text[to - 1]))
            {
                to--;
            }

            // One character is no name, except a Han character or a Hangul syllable: 芳 of "芳女士" is a given name.
            if ((to - from >= 2 || (to - from == 1 && Tagging.Gazetteer.IsIdeographOrSyllable(text[from]))) && text.AsSpan(from, to - from).IndexOfAnyExcept(EdgeChars) >= 0)
            {
                yield return from == match.Start && to == match.End ? match : new EntityMatch(match.Type, from, to - from, text.Substring(from, to - from)) { Contextual = match.Contextual };
            }

            start = i + 1;
        }
    }

    private static bool IsEdge(char c) => char.IsWhiteSpace(c) || EdgeChars.Contains(c);

    private static readonly System.Buffers.SearchValues<char> EdgeChars = System.Buffers.SearchValues.Create(" \t\r\n,;:.|\"'()[]{}<>=/-#*");

    private static IEnumerable<(int Start, int Length, string Decoded)> Base64Blobs(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var isBase64 = char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_';
            if (isBase64 && start < 0)
            {
                start = i;
            }
            else if (!isBase64 && start >= 0)
            {
                var length = i - start;
                if (length >= 16 && TryDecode(text.AsSpan(start, length), out var decoded))
                {
                    yield return (start, length, decoded);
                }

                start = -1;
            }
        }
    }

    private static bool TryDecode(ReadOnlySpan<char> candidate, out string decoded)
    {
        decoded = string.Empty;
        var normalized = candidate.ToString().Replace('-', '+').Replace('_', '/').TrimEnd('=');
        normalized = normalized.PadRight(normalized.Length + ((4 - (normalized.Length % 4)) % 4), '=');
        var bytes = new byte[normalized.Length];
        if (!Convert.TryFromBase64String(normalized, bytes, out var written) || written < 8)
        {
            return false;
        }

        // Only text is rescanned: binary that happens to decode is not.
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return decoded.All(ch => !char.IsControl(ch) || ch is '\n' or '\r' or '\t');
    }
}
