using System.Text;
using System.Text.RegularExpressions;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Tagging;

namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// The entities already found in a request, and the other ways they are mentioned: once "Jane Smith" is found
/// anywhere, "Jane", "Smith" and "JANE SMITH" elsewhere are the same person; once "Contoso Ltd" is found, "Contoso" is
/// the same organisation; once a postcode is found after "postcode", the same code elsewhere is one too. Each
/// mention maps to the entity it belongs to (its key), so all of them get one placeholder. A part shared by two
/// entities ("Smith" of Jane and of John Smith) belongs to neither and is its own entity. Not thread-safe.
/// </summary>
internal sealed class Mentions
{
    /// <summary>Values shorter than this, or numbers shorter than <see cref="MinDigits"/>, are not searched for elsewhere.</summary>
    private const int MinLength = 2;

    private const int MinDigits = 4;

    /// <summary>Longer values (key blocks, base64 blobs) are found by the detectors anyway.</summary>
    private const int MaxLength = 120;

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "jr", "sr", "ii", "iii", "van", "von", "der", "den", "de", "da",
        "di", "du", "del", "della", "la", "le", "el", "al", "bin", "ibn", "st", "the", "and", "of",
    };

    /// <summary>
    /// Names that are also frequent words ("Will", "May", "Young", "Banks"): as a part of a name, they are only matched
    /// written as in the name, so "he will call" keeps its "will". Other parts match in any case ("maria", "SMITH").
    /// </summary>
    private static readonly HashSet<string> EverydayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "may", "rose", "bill", "mark", "grace", "hope", "joy", "faith", "june", "april", "august", "frank", "jack", "pat", "sue",
        "dawn", "summer", "amber", "ruby", "young", "brown", "green", "white", "black", "gray", "grey", "king", "long", "little", "hill",
        "wood", "banks", "street", "floor", "price", "best", "love", "rich", "bell", "page", "park", "field", "cook", "baker", "hunt",
        "lane", "rice", "fox", "wolf", "lamb", "bush", "gold", "silver", "stone", "law", "early", "strong", "sharp", "short", "moody",
        "hall", "ward", "chase", "case", "hardy", "major", "noble", "ray", "sky", "star", "iris", "lily", "daisy", "holly", "ivy",
        "robin", "drew", "art", "don", "guy", "max", "ben", "rob", "win", "van", "else", "lord", "day", "bay", "north",
        "south", "west", "east", "march", "miles", "carter", "porter", "mason", "turner", "walker", "fisher", "hunter", "archer",
    };

    private readonly Dictionary<string, Mention> _byText = new(StringComparer.Ordinal);
    private Regex? _pattern;
    private bool _dirty;

    /// <summary>A way an entity is written, and the entity (its key: type and normalised value) it stands for.</summary>
    internal sealed record Mention(string Type, string Owner, bool CaseSensitive, string Text);

    /// <summary>The normalised form a value is known by (case-insensitive for names and addresses, spaces collapsed).</summary>
    public static string Key(string type, string value) => type + ":" + (IgnoresCase(type) ? Collapse(value).ToLowerInvariant() : Collapse(value));

    /// <summary>The key of the entity <paramref name="value"/> belongs to: a learnt entity it is a mention of, or its own.</summary>
    public string OwnerOf(string type, string value) =>
        _byText.TryGetValue(Collapse(value).ToLowerInvariant(), out var mention) && mention.Type == type && Matches(mention, value) ? mention.Owner : Key(type, value);

    /// <summary>Remembers an entity and its parts.</summary>
    public void Learn(EntityMatch entity)
    {
        if (entity.Length is < MinLength or > MaxLength || (entity.Value.All(c => !char.IsLetter(c)) && entity.Value.Count(char.IsDigit) < MinDigits))
        {
            return;
        }

        var owner = OwnerOf(entity.Type, entity.Value);
        Add(entity.Type, owner, entity.Value, caseSensitive: !IgnoresCase(entity.Type), part: false);
        foreach (var part in Parts(entity))
        {
            Add(entity.Type, owner, part, caseSensitive: EverydayWords.Contains(part), part: true);
        }
    }

    /// <summary>Every mention of a learnt entity in <paramref name="text"/>, in text order, with its entity's type and key.</summary>
    public IEnumerable<(EntityMatch Match, string Owner)> Find(string text)
    {
        if (_byText.Count == 0)
        {
            yield break;
        }

        if (_dirty || _pattern is null)
        {
            _pattern = Build();
            _dirty = false;
        }

        for (var m = _pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (_byText.TryGetValue(Collapse(m.Value).ToLowerInvariant(), out var mention))
            {
                yield return (new EntityMatch(mention.Type, m.Index, m.Length, m.Value), mention.Owner);
            }
        }
    }

    /// <summary>The entity's own written form (as found, not a part or another spelling), or null when it was not learnt.</summary>
    public string? FormOf(string owner)
    {
        var colon = owner.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && _byText.TryGetValue(owner[(colon + 1)..].ToLowerInvariant(), out var mention) && mention.Owner == owner ? mention.Text : null;
    }

    private static bool Matches(Mention mention, string value) =>
        !mention.CaseSensitive || string.Equals(Collapse(mention.Text), Collapse(value), StringComparison.Ordinal);

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private void Add(string type, string owner, string text, bool caseSensitive, bool part)
    {
        var key = Collapse(text).ToLowerInvariant();
        if (_byText.TryGetValue(key, out var known))
        {
            if (part && known.Owner != owner && known.Owner != Key(known.Type, known.Text))
            {
                // A part of two different entities: it is its own entity from now on.
                _byText[key] = known with { Owner = Key(known.Type, known.Text) };
            }

            return;
        }

        _byText[key] = new Mention(type, owner, caseSensitive, text);
        _dirty = true;
    }

    private static IEnumerable<string> Parts(EntityMatch entity)
    {
        var words = TextTokens.Split(entity.Value).Select(t => entity.Value.Substring(t.Start, t.Length)).ToList();
        switch (entity.Type)
        {
            case "PERSON" when words.Count > 1:
                return words.Where(w => w.Length >= 2 && char.IsLetter(w[0]) && !Titles.Contains(w.TrimEnd('.')));
            case "PERSON" when entity.Value.Length == 3 && IsCjk(entity.Value):
                return [entity.Value[1..]]; // 杨思彤 → 思彤, 정시우 → 시우: a one-character family name, then the given name
            case "ORGANIZATION" when words.Count > 1:
                var suffixes = SentenceTemplates.OrganizationSuffixes.Select(s => s.TrimEnd('.')).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var stem = words.Where(w => char.IsLetterOrDigit(w[0])).ToList();
                while (stem.Count > 1 && (suffixes.Contains(stem[^1].TrimEnd('.')) || stem[^1].TrimEnd('.') is "Inc" or "LLC" or "Co" or "Group" or "and" or "Sons"))
                {
                    stem.RemoveAt(stem.Count - 1);
                }

                var name = string.Join(' ', stem);
                return name.Length >= 3 && stem.Count < words.Count && !CommonWords.Contains(name.ToLowerInvariant()) ? [name] : [];
            default:
                return [];
        }
    }

    private Regex Build()
    {
        static string Alternative(Mention m) =>
            (m.CaseSensitive ? "(?-i:" : "(?:") + string.Join(@"\s+", m.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + ")";

        // Chinese, Japanese and Korean write no spaces between words ("思彤你能带点水果吗"), so their mentions match without word boundaries.
        var ordered = _byText.Values.OrderByDescending(m => m.Text.Length).ToList();
        var spaced = ordered.Where(m => !IsCjk(m.Text)).Select(Alternative).ToList();
        var unspaced = ordered.Where(m => IsCjk(m.Text)).Select(Alternative).ToList();
        var pattern = new StringBuilder();
        if (spaced.Count > 0)
        {
            pattern.Append(@"(?<![\p{L}\p{N}_])(?:").AppendJoin('|', spaced).Append(@")(?![\p{L}\p{N}_])");
        }

        if (unspaced.Count > 0)
        {
            pattern.Append(spaced.Count > 0 ? "|" : "").Append("(?:").AppendJoin('|', unspaced).Append(')');
        }

        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }

    /// <summary>Whether a text is written only in Han characters, kana or Hangul (two characters at least).</summary>
    private static bool IsCjk(string text) => text.Length >= 2 && text.All(Gazetteer.IsIdeographOrSyllable);
    private static bool IgnoresCase(string type) =>
        type is "PERSON" or "ORGANIZATION" or "LOCATION" or "ADDRESS" or "EMAIL" or "URL" or "DECLARED_SECRET" or "POSTAL_CODE"
            or "DRIVER_LICENSE" or "PASSPORT" or "NATIONAL_ID" or "IBAN";
}
