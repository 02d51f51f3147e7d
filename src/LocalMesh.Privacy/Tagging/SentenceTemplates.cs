using System.Text;
using Bogus;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// Fills sentence templates with generated values, the way presidio-research builds its data. A slot in upper case
/// (<c>{PERSON}</c>, <c>{ADDRESS}</c>, <c>{ORGANIZATION}</c>, <c>{CITY}</c>, …) is an entity and is labelled with its
/// entity type; a slot in lower case (<c>{product}</c>, <c>{job}</c>, <c>{weekday}</c>, …) is filler text that looks like
/// one (capitalised, proper-noun-like) but is not, so the tagger learns the difference. Values come from Bogus in the
/// given locales; the result is deterministic for a seed.
/// </summary>
public sealed class SentenceTemplates
{
    /// <summary>The entity types named slots produce.</summary>
    public static IReadOnlyList<string> NamedTypes { get; } = ["PERSON", "ADDRESS", "ORGANIZATION", "LOCATION"];

    private readonly Faker[] _fakers;
    private readonly Random _random;
    private readonly Func<string, Random, string?>? _otherSlots;
    private readonly bool _extraNames;

    /// <summary>Creates a filler.</summary>
    /// <param name="locales">Bogus locales the values come from (e.g. <c>en_US</c>, <c>de</c>).</param>
    /// <param name="seed">Makes the output repeatable.</param>
    /// <param name="otherSlots">Values for further upper-case slots (e.g. <c>EMAIL</c>), labelled with the slot name.</param>
    /// <param name="extraNames">
    /// Also draw names from <see cref="ExtraNames"/> (romanised names of other cultures) and organisation names from an
    /// industry word and a legal form; the training data does, the evaluation (other locales only) does not.
    /// </param>
    public SentenceTemplates(IReadOnlyList<string> locales, int seed, Func<string, Random, string?>? otherSlots = null, bool extraNames = false)
    {
        _extraNames = extraNames;
        _random = new Random(seed);
        _fakers = [.. locales.Select((l, i) => new Faker(l) { Random = new Randomizer(seed * 31 + i) })];
        _otherSlots = otherSlots;
    }

    /// <summary>Fills <paramref name="template"/>.</summary>
    public LabelledText Fill(string template)
    {
        var faker = _fakers[_random.Next(_fakers.Length)];
        var lowerCase = _random.Next(12) == 0; // people do not always capitalise names
        var text = new StringBuilder();
        var entities = new List<(string, int, int)>();
        var at = 0;
        while (template.IndexOf('{', at) is var open and >= 0)
        {
            text.Append(template, at, open - at);
            if (template.AsSpan(open).StartsWith("{{"))
            {
                text.Append('{'); // a literal brace, as in JSON
                at = open + 2;
                continue;
            }

            var close = template.IndexOf('}', open);
            var slot = template[(open + 1)..close];
            var (type, value) = Value(slot, faker);
            if (lowerCase && type is "PERSON" or "LOCATION")
            {
                value = value.ToLowerInvariant();
            }

            if (type is not null)
            {
                entities.Add((type, text.Length, value.Length));
            }

            text.Append(value);
            at = close + 1;
        }

        text.Append(template, at, template.Length - at);
        return new LabelledText(text.ToString(), entities);
    }

    /// <summary>Fills <paramref name="count"/> templates picked at random.</summary>
    public List<LabelledText> Generate(IReadOnlyList<string> templates, int count)
    {
        var result = new List<LabelledText>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(Fill(templates[_random.Next(templates.Count)]));
        }

        return result;
    }

    /// <summary>Words that end organisation names, besides Bogus's own (<c>Inc</c>, <c>LLC</c>, <c>Group</c>, …).</summary>
    public static readonly string[] OrganizationSuffixes =
    [
        "Corporation", "Corp.", "Ltd", "Limited", "GmbH", "AG", "SA", "S.p.A.", "BV", "NV", "Holdings", "Partners", "Industries",
        "Technologies", "Labs", "Systems", "Solutions", "Bank", "Insurance", "Foundation", "Hospital", "Clinic", "Consulting",
        "Logistics", "Pharmaceuticals", "Energy", "Capital", "Ventures", "Media", "Software", "Motors", "Airlines", "& Co.",
    ];

    /// <summary>Medicines by their generic or brand names: capitalised like places and names, but neither.</summary>
    internal static readonly string[] Drugs =
    [
        "ibuprofen", "paracetamol", "acetaminophen", "aspirin", "amoxicillin", "metformin", "lisinopril", "atorvastatin", "simvastatin",
        "omeprazole", "amlodipine", "losartan", "levothyroxine", "sertraline", "fluoxetine", "citalopram", "escitalopram", "warfarin",
        "prednisone", "gabapentin", "tramadol", "codeine", "morphine", "insulin", "salbutamol", "albuterol", "cetirizine", "loratadine",
        "diazepam", "lorazepam", "zolpidem", "clopidogrel", "furosemide", "hydrochlorothiazide", "metoprolol", "bisoprolol", "ramipril",
        "doxycycline", "azithromycin", "ciprofloxacin", "penicillin", "naproxen", "diclofenac", "ondansetron", "pantoprazole", "tamsulosin",
        "Tylenol", "Advil", "Nurofen", "Lipitor", "Zoloft", "Prozac", "Xanax", "Valium", "Ventolin", "Claritin", "Zyrtec", "Lexapro",
        "Ozempic", "Wegovy", "Humira", "Eliquis", "Xarelto", "Januvia", "Synthroid", "Crestor", "Nexium", "Plavix", "Augmentin",
    ];

    /// <summary>Software and services named in documentation: capitalised like names and companies, but no one's data.</summary>
    internal static readonly string[] Software =
    [
        "Redis", "Kafka", "PostgreSQL", "Postgres", "MySQL", "MongoDB", "Cassandra", "Elasticsearch", "Kibana", "Grafana", "Prometheus",
        "Nginx", "Apache", "Kubernetes", "Docker", "Helm", "Terraform", "Ansible", "Vault", "Consul", "RabbitMQ", "Celery", "Django",
        "Flask", "Rails", "Spring", "React", "Angular", "Vue", "Svelte", "Node", "Deno", "Webpack", "Vite", "Jest", "Pytest",
        "Sentry", "Datadog", "Splunk", "Airflow", "Spark", "Hadoop", "Snowflake", "BigQuery", "Redshift", "Tableau", "Jupyter",
        "Pandas", "NumPy", "SQLite", "Traefik", "Envoy", "Istio", "Linkerd", "Argo", "Tekton", "Zabbix", "Nagios", "Jira", "Confluence",
    ];

    /// <summary>Languages and nationalities: capitalised, place-like, and not personal data on their own.</summary>
    internal static readonly string[] Languages =
    [
        "English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Russian", "Polish", "Turkish", "Arabic", "Hebrew",
        "Hindi", "Bengali", "Urdu", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Vietnamese", "Thai", "Indonesian", "Swahili",
        "Greek", "Latin", "Swedish", "Norwegian", "Danish", "Finnish", "Czech", "Hungarian", "Romanian", "Ukrainian", "Persian", "Tagalog",
        "American", "British", "Canadian", "Mexican", "Brazilian", "Australian", "Indian", "Nigerian", "Kenyan", "Irish", "Scottish",
    ];

    private static string Upper(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Capitalised(string word, Random r) => r.Next(3) == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A brand-like name: a last name or an invented, capitalised word.</summary>
    private static string Brand(Faker f, Random r)
    {
        var word = r.Next(2) == 0 ? f.Name.LastName() : f.Lorem.Word();
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>
    /// One value in four of a name slot from the romanised names, and one organisation in three named after what it does
    /// ("Sunfield Dairy Ltd", "Kestrel Analytics", "Moyo Solar S.A."), or null for Bogus's value.
    /// </summary>
    private static (string? Type, string Value)? ExtraValue(string slot, Faker f, Random r)
    {
        static string Pick(IReadOnlyList<string> list, Random r) => list[r.Next(list.Count)];
        string First() => r.Next(2) == 0 ? Pick(ExtraNames.First, r) : f.Name.FirstName();
        string Last() => r.Next(2) == 0 ? Pick(ExtraNames.Last, r) : f.Name.LastName();
        switch (slot)
        {
            case "PERSON" when r.Next(4) == 0:
                return ("PERSON", $"{First()} {Last()}");
            case "FIRST_NAME" when r.Next(4) == 0:
                return ("PERSON", Pick(ExtraNames.First, r));
            case "LAST_NAME" when r.Next(4) == 0:
                return ("PERSON", Pick(ExtraNames.Last, r));
            case "first" when r.Next(4) == 0:
                return ("PERSON", Pick(ExtraNames.First, r).ToLowerInvariant());
            case "CITY" when r.Next(4) == 0:
                return ("LOCATION", Pick(ExtraNames.Cities, r));
            case "city" when r.Next(4) == 0:
                return ("LOCATION", Pick(ExtraNames.Cities, r).ToLowerInvariant());
            case "COUNTRY" when r.Next(3) == 0:
                return ("LOCATION", Pick(ExtraNames.Countries, r));
            case "ORGANIZATION" when r.Next(3) == 0:
                var stem = r.Next(5) switch
                {
                    0 => f.Name.LastName(),
                    1 => f.Address.City(),
                    2 => $"{f.Address.CityPrefix()}{f.Lorem.Word()}",
                    3 => $"{Upper(f.Commerce.ProductAdjective())} {Upper(f.Lorem.Word())}",
                    _ => Upper(f.Lorem.Word()) + f.Address.CitySuffix(),
                };
                stem = Upper(stem);
                var industry = ExtraNames.Industries[r.Next(ExtraNames.Industries.Length)];
                return ("ORGANIZATION", r.Next(3) switch
                {
                    0 => $"{stem} {industry}",
                    _ => $"{stem} {industry} {ExtraNames.LegalForms[r.Next(ExtraNames.LegalForms.Length)]}",
                });
            default:
                return null;
        }
    }

    private (string? Type, string Value) Value(string slot, Faker f)
    {
        var r = _random;
        if (_extraNames && ExtraValue(slot, f, r) is { } extra)
        {
            return extra;
        }

        switch (slot)
        {
            case "PERSON" when f.Locale is "ja" or "ko" or "zh_CN" or "zh_TW" && r.Next(2) == 0:
                // Chinese, Japanese and Korean write the family name first, without a space: 高橋翔, 박도윤.
                return ("PERSON", f.Name.LastName() + f.Name.FirstName());
            case "PERSON":
                return ("PERSON", r.Next(8) switch
                {
                    0 => $"{f.Name.FirstName()} {f.Name.FirstName()} {f.Name.LastName()}",
                    1 => $"{f.Name.FirstName()} {(char)('A' + r.Next(26))}. {f.Name.LastName()}",
                    _ => $"{f.Name.FirstName()} {f.Name.LastName()}",
                });
            case "FIRST_NAME":
                return ("PERSON", f.Name.FirstName());
            case "LAST_NAME":
                return ("PERSON", f.Name.LastName());
            case "ADDRESS":
                return ("ADDRESS", r.Next(4) switch
                {
                    0 => $"{f.Address.StreetAddress(useFullAddress: r.Next(3) == 0)}, {f.Address.City()}",
                    1 => $"{f.Address.StreetAddress()}, {f.Address.City()}, {f.Address.StateAbbr()} {f.Address.ZipCode()}",
                    2 => $"{f.Address.StreetAddress()}\n{f.Address.City()} {f.Address.ZipCode()}",
                    _ => f.Address.StreetAddress(useFullAddress: r.Next(3) == 0),
                });
            case "STREET":
                return ("ADDRESS", f.Address.StreetAddress());
            case "ORGANIZATION":
                return ("ORGANIZATION", r.Next(3) switch
                {
                    0 => $"{Brand(f, r)} {OrganizationSuffixes[r.Next(OrganizationSuffixes.Length)]}",
                    1 when r.Next(3) == 0 => Brand(f, r),
                    _ => f.Company.CompanyName(),
                });
            case "CITY":
                return ("LOCATION", f.Address.City());
            case "COUNTRY":
                return ("LOCATION", f.Address.Country());
            case "STATE":
                return ("LOCATION", f.Address.State());
            case "product":
                return (null, f.Commerce.ProductName());
            case "department":
                return (null, f.Commerce.Department());
            case "job":
                return (null, f.Name.JobTitle());
            case "weekday":
                return (null, f.Date.Weekday());
            case "month":
                return (null, f.Date.Month());
            case "number":
                return (null, r.Next(2, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture));
            case "amount":
                return (null, (r.Next(100, 2_000_000) / 100.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            case "catch":
                return (null, f.Company.CatchPhrase());
            case "color":
                return (null, f.Commerce.Color());
            case "drug":
                return (null, Capitalised(Drugs[r.Next(Drugs.Length)], r));
            case "language":
                return (null, Languages[r.Next(Languages.Length)]);
            case "date":
                var day = r.Next(1, 29);
                var ordinal = day + (day is 1 or 21 ? "st" : day is 2 or 22 ? "nd" : day is 3 or 23 ? "rd" : "th");
                var month = f.Date.Month();
                return (null, r.Next(3) switch { 0 => $"{month.ToLowerInvariant()} {ordinal}", 1 => $"{month} {ordinal}", _ => $"the {ordinal} of {month.ToLowerInvariant()}" });
            case "tech":
                return (null, Software[r.Next(Software.Length)]);
            case "everyday":
                return (null, CommonWords.OtherScripts[r.Next(CommonWords.OtherScripts.Count)]);
            case "lorem":
                return (null, f.Lorem.Sentence());
            case "rareword":
                return (null, f.Lorem.Word());
            case "city":
                return ("LOCATION", f.Address.City().ToLowerInvariant());
            case "first":
                return ("PERSON", f.Name.FirstName().ToLowerInvariant());
            default:
                if (_otherSlots?.Invoke(slot, r) is { } other)
                {
                    return (slot, other);
                }

                throw new ArgumentOutOfRangeException(nameof(slot), slot, "unknown template slot");
        }
    }
}
