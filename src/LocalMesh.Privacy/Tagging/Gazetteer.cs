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
                if (word.Length > 1 && char.IsLetter(word[0]))
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
