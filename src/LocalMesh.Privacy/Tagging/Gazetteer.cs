using System.Text;
using Bogus;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// Word lists the tagger uses as features: first names, last names, words of city, state and country names, street
/// suffixes (<c>Street</c>, <c>Avenue</c>) and company suffixes (<c>Inc</c>, <c>Group</c>). A name in the list is a
/// strong hint whatever the words around it; the tagger still learns names that are not in it from their context.
/// The lists are sampled from Bogus for the training locales and saved inside the tagger file. Thread-safe once built.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The lists a word can be on, as bit flags.</summary>
    [Flags]
    public enum Lists : byte
    {
        /// <summary>On no list.</summary>
        None = 0,

        /// <summary>A first name.</summary>
        FirstName = 1,

        /// <summary>A last name.</summary>
        LastName = 2,

        /// <summary>A word of a city name.</summary>
        City = 4,

        /// <summary>A word of a state or country name.</summary>
        Region = 8,

        /// <summary>A street suffix.</summary>
        StreetSuffix = 16,

        /// <summary>A company suffix.</summary>
        CompanySuffix = 32,
    }

    private readonly Dictionary<string, Lists> _words;

    private Gazetteer(Dictionary<string, Lists> words) => _words = words;

    /// <summary>The number of words on any list.</summary>
    public int Count => _words.Count;

    /// <summary>The lists a lower-case word is on.</summary>
    public Lists Of(string lower) => _words.GetValueOrDefault(lower);

    /// <summary>
    /// The lists a lower-case word is on as evidence that a span names someone or somewhere: none for the particles and
    /// function words that many listed names hold ("de" of "Rio de Janeiro", "van" of "van Dijk", "the" of "The Hague",
    /// "san" of "San José", "north" of "North Carolina"). Sampled names put them on the lists, but alone they name nothing, and in running text they
    /// are everywhere ("2 xícaras de açúcar", "de 8h30 à 12h", "El ciclo dura", "point B. Do not"). The tagger's
    /// features still read <see cref="Of"/>: this is for the rules that decide whether a span the model found is backed.
    /// </summary>
    public Lists NameEvidence(string lower) => IsParticle(lower) ? Lists.None : Of(lower);

    /// <summary>Whether a lower-case word is a particle or function word of names ("de", "van", "el", "san"; see <see cref="NameEvidence"/>).</summary>
    public static bool IsParticle(string lower) => Particles.Contains(lower);

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "a", "o", "e", "y", "i", "u", "à", "da", "do", "de", "di", "du", "la", "le", "el", "lo", "las", "los", "les", "del", "des", "dos",
        "das", "della", "delle", "dello", "van", "von", "der", "den", "het", "ten", "ter", "und", "och", "og", "al", "am", "im", "zu", "zum",
        "zur", "sur", "pour", "per", "the", "of", "and", "in", "on", "at", "by", "to", "san", "santa", "santo", "saint", "st", "bin", "ibn",
        "ben", "bint", "abu", "en", "et", "aux", "un", "una", "uno", "ile", "north", "south", "east", "west", "new", "old", "upper", "lower",
    };

    /// <summary>Samples the lists from Bogus for <paramref name="locales"/> (deterministic).</summary>
    /// <param name="locales">Bogus locales.</param>
    /// <param name="samples">Values sampled per locale and list.</param>
    /// <param name="extraNames">Add <see cref="ExtraNames"/>' romanised names and legal forms.</param>
    public static Gazetteer Build(IEnumerable<string> locales, int samples = 4000, bool extraNames = false)
    {
        var words = new Dictionary<string, Lists>(StringComparer.Ordinal);
        void Add(string value, Lists list, bool lastWordOnly = false)
        {
            var tokens = TextTokens.Split(value);
            foreach (var token in lastWordOnly ? tokens.TakeLast(1) : tokens)
            {
                var word = value.Substring(token.Start, token.Length).ToLowerInvariant();
                if ((word.Length > 1 && char.IsLetter(word[0])) || (word.Length == 1 && IsIdeographOrSyllable(word[0])))
                {
                    words[word] = words.GetValueOrDefault(word) | list;
                }
            }
        }

        foreach (var (locale, index) in locales.Select((l, i) => (l, i)))
        {
            var f = new Faker(locale) { Random = new Randomizer(4242 + index) };
            for (var n = 0; n < samples; n++)
            {
                Add(f.Name.FirstName(), Lists.FirstName);
                Add(f.Name.LastName(), Lists.LastName);
                Add(f.Address.City(), Lists.City);
                if (n % 4 == 0)
                {
                    Add(f.Address.Country(), Lists.Region);
                    Add(f.Address.State(), Lists.Region);
                    Add(f.Address.StreetSuffix(), Lists.StreetSuffix);
                    Add(f.Company.CompanySuffix(), Lists.CompanySuffix);
                }
            }
        }

        foreach (var suffix in SentenceTemplates.OrganizationSuffixes)
        {
            Add(suffix, Lists.CompanySuffix, lastWordOnly: true);
        }

        if (extraNames)
        {
            foreach (var name in ExtraNames.First)
            {
                Add(name, Lists.FirstName);
            }

            foreach (var name in ExtraNames.Last)
            {
                Add(name, Lists.LastName);
            }

            foreach (var city in ExtraNames.Cities)
            {
                Add(city, Lists.City);
            }

            foreach (var country in ExtraNames.Countries)
            {
                Add(country, Lists.Region);
            }

            foreach (var form in ExtraNames.LegalForms)
            {
                Add(form, Lists.CompanySuffix, lastWordOnly: true);
            }
        }

        return new Gazetteer(words);
    }

    /// <summary>
    /// A Han character, kana or a Hangul syllable: one of them is a whole family or given name (王, 芳, 박), where one
    /// Latin letter is an initial.
    /// </summary>
    internal static bool IsIdeographOrSyllable(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u3040' and <= '\u30FF');

    /// <summary>
    /// Whether a word of Chinese, Japanese or Korean characters (two to four) starts with a listed family name: 高橋翔,
    /// 王芳 and 박도윤 are written without a space, and only their parts are on the lists.
    /// </summary>
    public bool StartsWithFamilyName(string word)
    {
        if (word.Length is < 2 or > 4 || !word.All(IsIdeographOrSyllable))
        {
            return false;
        }

        for (var n = 1; n <= 2 && n < word.Length; n++)
        {
            if ((Of(word[..n]) & Lists.LastName) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the lists.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_words.Count);
        foreach (var (word, lists) in _words.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)lists);
        }
    }

    /// <summary>Reads lists written by <see cref="Write"/>.</summary>
    public static Gazetteer Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("The gazetteer's header is corrupt.");
        }

        var words = new Dictionary<string, Lists>(count, StringComparer.Ordinal);
        for (var n = 0; n < count; n++)
        {
            words[reader.ReadString()] = (Lists)reader.ReadByte();
        }

        return new Gazetteer(words);
    }
}
