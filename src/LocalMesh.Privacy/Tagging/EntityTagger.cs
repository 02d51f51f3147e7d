using System.Text;
using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// A trained sequence tagger for the entities that need a model rather than a pattern: people's names, street
/// addresses, organisations and locations. It labels tokens left to right with BIO tags (Viterbi decoding over a
/// first-order model, so every span is well formed) using an <see cref="AveragedPerceptron"/>. Immutable and thread-safe.
/// </summary>
public sealed partial class EntityTagger : IEntityDetector
{
    private const string Magic = "LMTAGGER";
    private const int FormatVersion = 1;

    private readonly AveragedPerceptron _model;
    private readonly Gazetteer _gazetteer;
    private readonly string[] _types;

    internal EntityTagger(string[] types, AveragedPerceptron model, Gazetteer gazetteer, string dataHash)
    {
        _types = types;
        _model = model;
        _gazetteer = gazetteer;
        DataHash = dataHash;
        if (model.Classes != 1 + (2 * types.Length))
        {
            throw new InvalidDataException("The tagger's classes do not match its entity types.");
        }
    }

    /// <summary>The entity types the tagger was trained on.</summary>
    public IReadOnlyCollection<string> Types => _types;

    /// <summary>A hash of the data and settings the tagger was trained from (to know when it is stale).</summary>
    public string DataHash { get; }

    /// <summary>The number of features with weights.</summary>
    public int Features => _model.Features;

    /// <summary>The tag index of "outside any entity".</summary>
    internal const int Outside = 0;

    /// <summary>The tag that begins an entity of type index <paramref name="type"/>.</summary>
    internal static int Begin(int type) => 1 + (2 * type);

    /// <summary>The tag that continues an entity of type index <paramref name="type"/>.</summary>
    internal static int Inside(int type) => 2 + (2 * type);

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = TextTokens.Split(text);
        var prepared = TokenFeatures.Prepare(text, tokens, _gazetteer);
        var tags = ViterbiDecoder.Decode(prepared, ViterbiDecoder.StaticFeatures(prepared), _model);
        return Spans(text, tokens, tags);
    }

    private IEnumerable<EntityMatch> Spans(string text, List<TextToken> tokens, int[] tags)
    {
        var matches = new List<EntityMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (tags[i] == Outside)
            {
                i++;
                continue;
            }

            // An I- tag without a B- before it starts an entity too.
            var type = (tags[i] - 1) / 2;
            var first = i++;
            while (i < tokens.Count && tags[i] == Inside(type))
            {
                i++;
            }

            var last = i - 1;
            while (last > first && IsTrailing(text[tokens[last].Start]))
            {
                last--;
            }

            if (_types[type] == "PERSON")
            {
                // A person's name has no digits: "Lucie 06" ends before the number. What is left of a span cut so
                // ("Reorder" of "Reorder BX319790A") was judged with the code in it, so it stays only with a listed name.
                var cut = false;
                for (var k = first; k <= last; k++)
                {
                    if (text.AsSpan(tokens[k].Start, tokens[k].Length).ContainsAnyInRange('0', '9'))
                    {
                        last = k - 1;
                        cut = true;
                        break;
                    }
                }

                while (last >= first && IsTrailing(text[tokens[last].Start]))
                {
                    last--;
                }

                if (last < first || (cut && !HasListedName(text, tokens, first, last)))
                {
                    continue;
                }
            }

            var lead = first;
            while (lead < last && !char.IsLetterOrDigit(text[tokens[lead].Start]))
            {
                lead++; // a name, place or organisation does not start with a symbol ("💪 Varga Gábor", "• Iestyn")
            }

            // A bracket glued to a word ("Contribution(s)", "Stopped(SIGNAME") or one its line never closes is not part of a
            // name. (A span that ends inside a bracket after a space, "Schmidt-Bauer (Gruppe Igel", the model judged whole.)
            for (var k = lead + 1; k <= last; k++)
            {
                if (text[tokens[k].Start] == '(' && (tokens[k].Start == tokens[k - 1].End
                    || text.IndexOf(')', tokens[k].Start, (text.IndexOf('\n', tokens[k].Start) is var lineEnd and >= 0 ? lineEnd : text.Length) - tokens[k].Start) < 0))
                {
                    last = k - 1;
                    break;
                }
            }

            var start = tokens[lead].Start;
            var end = tokens[last].End;
            if (_types[type] != "ADDRESS" && IsBareCountry(text, tokens, first, last, _types[type] == "PERSON"))
            {
                continue; // a country on its own says nothing about a person, unless it says where someone lives or comes from
            }

            if (_types[type] != "ADDRESS" && (InIdentifier(text, tokens, lead, last) || OnlyDemonyms(text, tokens, lead, last) || ItemOfEverydayList(text, start, end)
                || (_types[type] == "LOCATION" && OpensSentenceAlone(text, tokens, lead, last))))
            {
                continue; // DB_PASSWORD is a setting's name, "Finnish" a language: neither names anyone
            }

            if (_types[type] switch
                {
                    "ADDRESS" => !AddressSupported(text, tokens, first, last),
                    "ORGANIZATION" => IsCode(text, tokens, first, last) || EverydayOrganisation(text, tokens, lead, last),
                    _ => !NameSupported(text, tokens, first, last),
                })
            {
                continue;
            }

            if (text.AsSpan(start, end - start).ContainsAnyExcept(NotLetters) && (HasUpper(text, start, end) || Caseless(text, tokens, first, last, start, end) || Listed(text, tokens, first, last, _types[type])))
            {
                // Names, places and organisations have letters: a lone number ("reference 2024-117") is not one.
                matches.Add(new EntityMatch(_types[type], start, end - start, text[start..end]) { Contextual = Contextual(text, tokens, first, last, _types[type]) });
            }
        }

        return matches;
    }

    /// <summary>Words before a country that make it a fact about a person ("born in Kenya", "I'm from Peru", "Country: Chile").</summary>
    private static readonly string[][] ResidenceCues =
    [
        ["born", "in"], ["live", "in"], ["lives", "in"], ["living", "in"], ["lived", "in"], ["moved", "to"], ["move", "to"], ["moving", "to"],
        ["relocated", "to"], ["based", "in"], ["located", "in"], ["headquartered", "in"], ["stationed", "in"], ["works", "in"], ["work", "in"], ["citizen", "of"], ["resident", "of"], ["up", "in"], ["i'm", "from"], ["am", "from"], ["is", "from"], ["are", "from"],
        ["come", "from"], ["comes", "from"], ["originally", "from"], ["country", ":"], ["nationality", ":"], ["citizenship", ":"],
        ["country", "="], ["residence", ":"], ["home", ":"], ["home", "="],
    ];

    /// <summary>
    /// Whether a span (any type but ADDRESS: a place, or a country the tagger took for an organisation) is only a
    /// country's name (not also a common given name, like "Jordan" or "Georgia") and
    /// nothing before it says that someone lives there or comes from there. News and documentation name countries all
    /// the time ("exports from Chile fell"); alone, a country identifies nobody, and redacting it cost clean texts
    /// their cloud answers and left the answers full of placeholders.
    /// </summary>
    private bool IsBareCountry(string text, List<TextToken> tokens, int first, int last, bool person)
    {
        // "Chile and Peru", "Norway, Finland and Sweden": every part must be a country.
        var name = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start).ToString().ToLowerInvariant();
        foreach (var part in CountryList().Split(name))
        {
            var country = string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (country.Length > 0 && (!Countries.Value.Contains(country) || (person && GivenNameCountries.Contains(country))))
            {
                return false;
            }
        }

        return !ResidenceCueBefore(text, tokens, first);
    }

    /// <summary>Whether the two words before token <paramref name="first"/> say someone lives, comes from or works there (<see cref="ResidenceCues"/>).</summary>
    private static bool ResidenceCueBefore(string text, List<TextToken> tokens, int first)
    {
        if (first < 2)
        {
            return false;
        }

        var before2 = text.Substring(tokens[first - 2].Start, tokens[first - 2].Length).ToLowerInvariant();
        var before1 = text.Substring(tokens[first - 1].Start, tokens[first - 1].Length).ToLowerInvariant();
        foreach (var cue in ResidenceCues)
        {
            if (cue[0] == before2 && cue[1] == before1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of the span after its first is a legal form, with or without its dots ("Ember Robotics B.V.", "Moyo Solar S.A.").</summary>
    private bool HasLegalForm(string text, List<TextToken> tokens, int first, int last)
    {
        // Words as written, not tokens: "B.V." is four tokens.
        return text[tokens[first].End..tokens[last].End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(written => IsLegalForm(written.Trim(',', ';').TrimEnd('.')));
    }

    /// <summary>Whether every word of a span with letters is a listed given or family name and no place's ("Xiaoling" alone under a mail): a person the model typed as an organisation.</summary>
    private bool OnlyPersonNames(string text, List<TextToken> tokens, int first, int last)
    {
        var names = 0;
        for (var i = first; i <= last; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!word.ContainsAnyExcept(NotLetters))
            {
                continue;
            }

            var lists = _gazetteer.NameEvidence(word.ToString().ToLowerInvariant());
            if ((lists & (Gazetteer.Lists.FirstName | Gazetteer.Lists.LastName)) == 0 || (lists & (Gazetteer.Lists.City | Gazetteer.Lists.Region | Gazetteer.Lists.CompanySuffix)) != 0)
            {
                return false;
            }

            names++;
        }

        return names > 0;
    }

    /// <summary>
    /// Whether a span identifies nobody on its own (<see cref="EntityMatch.Contextual"/>): a place no residence cue
    /// precedes, an organisation without a legal form ("Siemens", but not "Siemens AG"), an "address" without a street word
    /// ("Aarhus og Odense, 12", a football score line). A person's name is never contextual.
    /// </summary>
    private bool Contextual(string text, List<TextToken> tokens, int first, int last, string type) => type switch
    {
        "LOCATION" => !ResidenceCueBefore(text, tokens, first),
        "ORGANIZATION" => !HasLegalForm(text, tokens, first, last) && !LegalFormAfter(text, tokens[last].End) && !OnlyPersonNames(text, tokens, first, last),
        "ADDRESS" => !HasStreetWord(text, tokens, first, last),
        _ => false,
    };

    /// <summary>
    /// Countries that are also common given names: these stay names. Every country is on some name list ("France",
    /// "Kenya", "Norway", "Asia" are), so asking the lists made news prose full of people.
    /// </summary>
    private static readonly HashSet<string> GivenNameCountries = new(StringComparer.Ordinal) { "jordan", "georgia", "chad", "israel", "india" };

    /// <summary>
    /// Country and continent names, lower case: the time zone database's, Bogus's English list and common short forms;
    /// holidays too ("Christmas", "New Year"), which are capitalised like places and just as impersonal.
    /// </summary>
    private static readonly Lazy<HashSet<string>> Countries = new(() =>
    {
        var names = new HashSet<string>(ExtraNames.Countries.Select(c => c.ToLowerInvariant()), StringComparer.Ordinal);
        var faker = new Bogus.Faker("en") { Random = new Bogus.Randomizer(11) };
        for (var n = 0; n < 3000; n++)
        {
            names.Add(faker.Address.Country().ToLowerInvariant());
        }

        foreach (var extra in new[]
        {
            "usa", "us", "u.s.", "uk", "u.k.", "uae", "america", "england", "scotland", "wales", "britain", "great britain", "holland",
            "russia", "south korea", "north korea", "korea", "vietnam", "iran", "syria", "laos", "czechia", "czech republic", "turkey",
            "türkiye", "the netherlands", "the united states", "the uk", "the us", "europe", "asia", "africa", "antarctica", "oceania",
            "south america", "north america", "latin america", "central america", "the middle east", "middle east", "scandinavia",
            "the caribbean", "caribbean", "eu", "christmas", "new year", "new year's eve", "easter", "thanksgiving", "ramadan", "eid",
            "diwali", "hanukkah", "passover", "halloween", "lunar new year", "chinese new year",
        })
        {
            names.Add(extra);
        }

        return names;
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:,|&|\band\b|\bor\b)\s*")]
    private static partial System.Text.RegularExpressions.Regex CountryList();

    private static bool HasUpper(string text, int start, int end)
    {
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a span's letters are all of a script without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, Thai,
    /// Indic) and one of its words is a listed name or place or starts with a listed family name: there the lower-case
    /// rule has nothing to go by.
    /// </summary>
    private bool Caseless(string text, List<TextToken> tokens, int first, int last, int start, int end)
    {
        if (!CaselessLetters(text, start, end))
        {
            return false;
        }

        // The model has seen few words of these scripts that are not names, so a span needs a word on the name or
        // place lists, or a Chinese, Japanese or Korean word that starts with a listed family name (高橋翔, 박도윤).
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            if ((_gazetteer.Of(word) & (Gazetteer.Lists.FirstName | Gazetteer.Lists.LastName | Gazetteer.Lists.City | Gazetteer.Lists.Region)) != 0
                || _gazetteer.StartsWithFamilyName(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CaselessLetters(string text, int start, int end)
    {
        var letters = false;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsLetter(c))
            {
                if (char.IsUpper(c) || char.IsLower(c))
                {
                    return false;
                }

                letters = true;
            }
        }

        return letters;
    }

    /// <summary>
    /// Whether a span written all in lower case is still a likely entity: one of its words is a known name or place
    /// that is not an everyday word ("tell maria", "flights to lisbon"), or, for an address, it has a number and a
    /// street word. In lower-case chat the tagger's cues are weak, and an unknown lower-case word ("supercede",
    /// "malfunctioning") is far more often a typo or a rare word than a name. A lower-case day or month is never one
    /// ("domenica", "mai"), whatever the name lists say.
    /// </summary>
    private bool Listed(string text, List<TextToken> tokens, int first, int last, string type)
    {
        var hasDigit = false;
        var street = false;
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            hasDigit |= word.Any(char.IsAsciiDigit);
            var lists = Weekdays.Contains(word) || Months.Contains(word) ? Gazetteer.Lists.None : _gazetteer.NameEvidence(word);
            street |= (lists & Gazetteer.Lists.StreetSuffix) != 0;
            if (type != "ADDRESS" && word.Length > 2 && (lists & (Gazetteer.Lists.FirstName | Gazetteer.Lists.LastName | Gazetteer.Lists.City | Gazetteer.Lists.Region)) != 0 && !CommonWords.Contains(word))
            {
                return true;
            }
        }

        return type == "ADDRESS" && hasDigit && street;
    }

    private bool HasListedName(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if ((_gazetteer.NameEvidence(text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant()) & (Gazetteer.Lists.FirstName | Gazetteer.Lists.LastName)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> NotLetters = System.Buffers.SearchValues.Create("0123456789 -.,/#:;'\n");

    private static bool IsTrailing(char c) => c is ',' or '\n' or '-' or ':' or ';';

    /// <summary>Saves the tagger.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + "." + Environment.ProcessId + ".tmp";
        using (var stream = File.Create(temp))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(FormatVersion);
            writer.Write(DataHash);
            writer.Write(_types.Length);
            foreach (var type in _types)
            {
                writer.Write(type);
            }

            _gazetteer.Write(writer);
            _model.Write(writer);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Loads a tagger saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a tagger of this version, or is corrupt.</exception>
    public static EntityTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException($"'{path}' is not a LocalMesh entity tagger (version {FormatVersion}).");
            }

            var hash = reader.ReadString();
            var types = new string[reader.ReadInt32()];
            for (var t = 0; t < types.Length; t++)
            {
                types[t] = reader.ReadString();
            }

            var gazetteer = Gazetteer.Read(reader);
            return new EntityTagger(types, AveragedPerceptron.Read(reader), gazetteer, hash);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"'{path}' is truncated.", ex);
        }
    }
}
