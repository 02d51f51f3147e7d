namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// Values the tagger learns from besides Bogus's: romanised first and last names of cultures the training locales
/// write in their own scripts or lack (<c>Data/names-romanised.txt</c> and <c>Data/names-world.txt</c>, written for
/// LocalMesh, CC0), and the words of
/// organisation names that are not a person's name: an industry word after an invented or ordinary stem
/// ("Sunfield Dairy", "Kestrel Analytics") and legal forms as written in many countries, dots included ("S.A.", "K.K.");
/// and the real cities and countries of the time zone database (<c>Data/places-tz.txt</c>, public domain), where Bogus's
/// English locales invent city names ("Lake Jenkinsmouth").
/// </summary>
internal static class ExtraNames
{
    private static readonly Lazy<(string[] First, string[] Last)> Names = new(() =>
    {
        // names-world.txt (issue 20, fifth round) adds the cultures and scripts whose names leaked most on the checks.
        var (first, last) = TwoLists("LocalMesh.Privacy.names-romanised.txt", "first ", "last ");
        var (moreFirst, moreLast) = TwoLists("LocalMesh.Privacy.names-world.txt", "first ", "last ");
        return ([.. first.Concat(moreFirst).Distinct(StringComparer.Ordinal)], [.. last.Concat(moreLast).Distinct(StringComparer.Ordinal)]);
    });
    private static readonly Lazy<(string[] Cities, string[] Countries)> Places = new(() => TwoLists("LocalMesh.Privacy.places-tz.txt", "city ", "country "));

    /// <summary>Cities named in the time zone database (<c>Data/places-tz.txt</c>, public domain).</summary>
    public static IReadOnlyList<string> Cities => Places.Value.Cities;

    /// <summary>Country names of the time zone database's <c>iso3166.tab</c>.</summary>
    public static IReadOnlyList<string> Countries => Places.Value.Countries;

    private static readonly Lazy<(string[] First, string[] Last)> Listed = new(() => TwoLists("LocalMesh.Privacy.names-fakerjs.txt", "first ", "last "));

    /// <summary>
    /// Given names of @faker-js/faker's 70 locales (<c>Data/names-fakerjs.txt</c>, MIT), for <see cref="ListedNames"/>:
    /// neither the tagger's gazetteer nor its training values hold them (in the gazetteer they cost more than they gained).
    /// </summary>
    public static IReadOnlyList<string> ListedFirst => Listed.Value.First;

    /// <summary>Romanised first names.</summary>
    public static IReadOnlyList<string> First => Names.Value.First;

    /// <summary>Romanised last names.</summary>
    public static IReadOnlyList<string> Last => Names.Value.Last;

    /// <summary>Words that say what an organisation does, and end or follow its name.</summary>
    public static readonly string[] Industries =
    [
        "Foods", "Dairy", "Bakery", "Brewery", "Brewing", "Distillery", "Vineyards", "Farms", "Fisheries", "Timber", "Mining", "Steel",
        "Metals", "Plastics", "Chemicals", "Textiles", "Apparel", "Furniture", "Interiors", "Construction", "Builders", "Engineering",
        "Architects", "Realty", "Properties", "Estates", "Homes", "Hotels", "Resorts", "Travel", "Tours", "Airways", "Aviation",
        "Shipping", "Freight", "Haulage", "Transport", "Couriers", "Express", "Rail", "Motors", "Automotive", "Garage", "Analytics",
        "Robotics", "Digital", "Networks", "Telecom", "Data", "Cloud", "Security", "Games", "Studios", "Pictures", "Records",
        "Publishing", "Press", "Books", "Printing", "Design", "Marketing", "Advertising", "Recruitment", "Staffing", "Payments",
        "Finance", "Credit Union", "Savings", "Mutual", "Assurance", "Investments", "Advisors", "Accountants", "Law", "Legal",
        "Solicitors", "Dental", "Medical", "Health", "Pharmacy", "Pharma", "Biotech", "Diagnostics", "Care", "Veterinary",
        "Nursery", "Gardens", "Landscaping", "Plumbing", "Electric", "Heating", "Solar", "Power", "Water", "Recycling", "Optics",
        "Instruments", "Precision", "Tools", "Supplies", "Trading", "Imports", "Exports", "Wholesale", "Markets", "Outfitters",
        "Kitchens", "Catering", "Coffee", "Tea Company", "Academy", "School", "College", "Institute", "Council", "Trust",
        "Society", "Association", "Club", "Cooperative", "Collective", "Works", "Foundry", "Mills", "Labs", "Partners", "Group",
    ];

    /// <summary>Legal forms as written in many countries (with their dots).</summary>
    public static readonly string[] LegalForms =
    [
        "Inc.", "Inc", "Ltd", "Ltd.", "LLC", "LLP", "plc", "PLC", "Co.", "Corp.", "GmbH", "AG", "KG", "GmbH & Co. KG", "e.V.", "S.A.",
        "SA", "S.L.", "S.A.S.", "SARL", "S.p.A.", "SRL", "S.r.l.", "B.V.", "N.V.", "AB", "AS", "A/S", "ASA", "Oy", "Oyj", "K.K.",
        "Co., Ltd.", "Pty Ltd", "Pty. Ltd.", "Pvt Ltd", "Pvt. Ltd.", "Sdn Bhd", "Bhd", "Ltda", "S.A. de C.V.", "sp. z o.o.", "s.r.o.",
        "a.s.", "Kft.", "d.o.o.", "A.Ş.", "JSC", "PJSC", "Tbk", "PT",
    ];

    /// <summary>The values of an embedded list file whose lines start with <paramref name="firstKind"/> or <paramref name="secondKind"/> (other lines are ignored).</summary>
    private static (string[] First, string[] Second) TwoLists(string resource, string firstKind, string secondKind)
    {
        var first = new List<string>();
        var second = new List<string>();
        foreach (var line in EmbeddedData.Lines(resource))
        {
            if (line.StartsWith(firstKind, StringComparison.Ordinal))
            {
                first.Add(line[firstKind.Length..].Trim());
            }
            else if (line.StartsWith(secondKind, StringComparison.Ordinal))
            {
                second.Add(line[secondKind.Length..].Trim());
            }
        }

        return ([.. first], [.. second]);
    }
}
