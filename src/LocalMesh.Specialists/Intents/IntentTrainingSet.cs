using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// Everything a model learns from: labelled examples (the built-in data, users' own intents, people's corrections)
/// and the domain of each intent. Immutable.
/// </summary>
public sealed class IntentTrainingSet
{
    /// <summary>The domain of user-defined intents unless they name one.</summary>
    public const string CustomDomain = "custom";

    /// <summary>Creates a training set.</summary>
    public IntentTrainingSet(IReadOnlyList<IntentExample> examples, IReadOnlyDictionary<string, string> domains, IReadOnlyList<IntentExample>? corrections = null)
    {
        Examples = examples;
        Domains = domains;
        Corrections = corrections ?? [];
    }

    /// <summary>The examples.</summary>
    public IReadOnlyList<IntentExample> Examples { get; }

    /// <summary>People's corrections (weighted more than ordinary examples when training).</summary>
    public IReadOnlyList<IntentExample> Corrections { get; }

    /// <summary>Intent → domain.</summary>
    public IReadOnlyDictionary<string, string> Domains { get; }

    private static readonly Lazy<IntentTrainingSet> BuiltInSet = new(ReadBuiltIn);

    /// <summary>The CLINC150 training data that ships with the product (150 intents plus out-of-scope; CC BY 3.0). Read once.</summary>
    public static IntentTrainingSet BuiltIn() => BuiltInSet.Value;

    private static IntentTrainingSet ReadBuiltIn()
    {
        var examples = ReadResource<string[][]>("clinc150/train.json", IntentJson.Default.StringArrayArray)
            .Concat(ReadResource("clinc150/oos_train.json", IntentJson.Default.StringArrayArray))
            .Select(p => new IntentExample(p[0], p[1]))
            .ToList();
        var domains = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (domain, intents) in ReadResource("clinc150/domains.json", IntentJson.Default.DictionaryStringStringArray))
        {
            foreach (var intent in intents)
            {
                domains[intent] = domain;
            }
        }

        return new IntentTrainingSet(examples, domains);
    }

    /// <summary>Reads <c>[text, intent]</c> pairs as in CLINC150's files.</summary>
    public static List<IntentExample> ReadPairs(string path)
    {
        var pairs = JsonSerializer.Deserialize(File.ReadAllText(path), IntentJson.Default.StringArrayArray)
            ?? throw new InvalidDataException($"{path} is empty.");
        return [.. pairs.Select((p, i) => p is [var text, var intent] ? new IntentExample(text, intent) : throw new InvalidDataException($"{path}: item {i} is not a [text, intent] pair."))];
    }

    /// <summary>This set plus user-defined intents (examples and domain) and corrections.</summary>
    public IntentTrainingSet With(IEnumerable<(string Intent, string? Domain, IReadOnlyList<string> Examples)> userIntents, IEnumerable<IntentExample> corrections)
    {
        var examples = Examples.ToList();
        var domains = new Dictionary<string, string>(Domains, StringComparer.Ordinal);
        foreach (var (intent, domain, phrases) in userIntents)
        {
            examples.AddRange(phrases.Select(p => new IntentExample(p, intent)));
            domains[intent] = domain ?? CustomDomain;
        }

        return new IntentTrainingSet(examples, domains, [.. Corrections, .. corrections]);
    }

    /// <summary>A hash of the data and the settings; equal hashes mean an identical model.</summary>
    public string Hash(IntentTrainerOptions options)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) => sha.AppendData(Encoding.UTF8.GetBytes(s + "\u001f"));
        Add(options.ToString());
        foreach (var e in Examples)
        {
            Add(e.Text);
            Add(e.Intent);
        }

        Add("corrections");
        foreach (var e in Corrections)
        {
            Add(e.Text);
            Add(e.Intent);
        }

        foreach (var (intent, domain) in Domains.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(intent + "=" + domain);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    private static T ReadResource<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var stream = typeof(IntentTrainingSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in resource {name} is missing from this build.");
        return JsonSerializer.Deserialize(stream, type) ?? throw new InvalidDataException($"The built-in resource {name} is empty.");
    }
}
