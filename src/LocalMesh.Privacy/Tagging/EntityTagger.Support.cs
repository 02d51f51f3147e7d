namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// What a tagger span needs besides the model's say-so. On clean text the model's false positives were spans with
/// nothing that names a person or place: an "address" made of a quantity and a price (<c>4 pcs</c>, <c>€433</c>), a
/// part number, a spec line (<c>27 GB RAM, 1387 GB SSD</c>); a "person" or "place" made of capitalised everyday words
/// (<c>Quarter, Revenue</c>, <c>Roadmap</c>) or of product codes (<c>BX492504C</c>).
/// </summary>
public sealed partial class EntityTagger
{
    /// <summary>Street words of many languages, whole words (<c>rue</c>, <c>calle</c>, <c>ul.</c>) besides the gazetteer's street suffixes.</summary>
    private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal)
    {
        "street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "av", "drive", "dr", "court", "ct", "close", "way", "terrace", "parade",
        "crescent", "place", "square", "boulevard", "blvd", "highway", "flat", "apt", "apartment", "suite", "unit", "floor", "po", "box",
        "rue", "impasse", "chemin", "allée", "quai", "calle", "avenida", "plaza", "paseo", "carrera", "camino", "via", "viale", "piazza",
        "corso", "vicolo", "rua", "travessa", "largo", "praça", "ul", "ulica", "aleja", "al", "os", "weg", "platz", "gasse", "allee",
        "straße", "strasse", "str", "ring", "damm", "straat", "laan", "plein", "gracht", "kade", "dijk", "sector", "cross", "nagar", "marg",
        "col", "colonia", "chome", "ku", "jo", "cho", "gu", "dong", "ro", "gil", "soi", "jalan", "jl", "barangay", "brgy",
    };

    /// <summary>Endings of compound street names (<c>Lindenstraße</c>, <c>Keizersgracht</c>, <c>Dorpsstraat</c>).</summary>
    private static readonly string[] StreetEndings = ["straße", "strasse", "str.", "weg", "gracht", "straat", "laan", "allee", "gasse", "platz", "gatan", "vägen", "veien", "gade", "katu", "utca"];

    /// <summary>
    /// Whether an ADDRESS span holds a street word, a listed city or region, or a capitalised word that is not an
    /// everyday English word (a street or town name): what every address has and quantities, prices and part numbers lack.
    /// </summary>
    private bool AddressSupported(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            var lower = word.ToLowerInvariant().TrimEnd('.');
            if (StreetWords.Contains(lower) || (_gazetteer.Of(lower) & (Gazetteer.Lists.StreetSuffix | Gazetteer.Lists.City | Gazetteer.Lists.Region)) != 0
                || StreetEndings.Any(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal)))
            {
                return true;
            }

            if (IsTitleCase(word) && word.Length >= 3 && !CommonWords.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a PERSON or LOCATION span has a word that could be a name: one on the name, city or region lists, or a
    /// capitalised or lower-case word of letters that is not an everyday English word. Spans of everyday words alone
    /// ("Quarter, Revenue", "Roadmap") or of codes ("BX492504C", "SKU-23071-A") are not names.
    /// </summary>
    private bool NameSupported(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            if (word.Length < 2 || word.Any(char.IsDigit) || !word.Any(char.IsLetter))
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            if ((_gazetteer.Of(lower) & (Gazetteer.Lists.FirstName | Gazetteer.Lists.LastName | Gazetteer.Lists.City | Gazetteer.Lists.Region)) != 0 || !CommonWords.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an ORGANIZATION span is only codes: no word of letters alone that has a lower-case letter or four or more
    /// letters (<c>SKU-23071-A</c>, <c>BX492504C</c>). Organisations' names have one (<c>Kestrel</c>, <c>KPMG</c>).
    /// </summary>
    private static bool IsCode(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'z') && (word.Length >= 4 || word.ContainsAnyInRange('a', 'z')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitleCase(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
}
