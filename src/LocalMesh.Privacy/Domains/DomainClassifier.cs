using System.Globalization;
using LocalMesh.Privacy.Detection;
using LocalMesh.Storage;

namespace LocalMesh.Privacy.Domains;

/// <summary>
/// Decides which data domain a text belongs to (<c>medical</c>, <c>finance</c>, <c>hr</c>, <c>legal</c>, <c>secret</c>,
/// <c>general</c>, or any domain users teach it) from its words and the entities found in it. It learns from the
/// built-in examples, the examples in configuration, and examples added through the admin API (kept in the node's
/// SQLite file). Teaching retrains at once (tens of milliseconds) and swaps the model in one reference write.
/// Thread-safe.
/// </summary>
public sealed class DomainClassifier
{
    /// <summary>How much more a user's example counts than a built-in one.</summary>
    private const float UserWeight = 3;

    private readonly IReadOnlySet<string> _policyDomains;
    private readonly IReadOnlyList<DomainExample> _configured;
    private readonly PrivacyScanner _patterns = new(BuiltInDetectors.All);
    private readonly string? _connectionString;
    private readonly Lock _gate = new();
    private volatile Trained _current;

    /// <summary>Creates the classifier and trains it.</summary>
    /// <param name="policyDomains">The policy's domains: examples of other domains are ignored (built-in) or refused (user).</param>
    /// <param name="configured">Examples from configuration.</param>
    /// <param name="dataDir">Where examples added through the API are stored; null keeps none.</param>
    public DomainClassifier(IEnumerable<string> policyDomains, IEnumerable<DomainExample> configured, string? dataDir)
    {
        _policyDomains = policyDomains.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _configured = [.. configured];
        if (dataDir is not null)
        {
            _connectionString = SqliteDatabase.ConnectionString(dataDir);
            using var connection = SqliteDatabase.Open(_connectionString);
            SqliteDatabase.Execute(connection, "CREATE TABLE IF NOT EXISTS domain_examples (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, text TEXT NOT NULL, added_at TEXT NOT NULL)");
        }

        _current = Train();
    }

    /// <summary>The domains the classifier can assign.</summary>
    public IReadOnlyList<string> Domains => _current.Labels;

    /// <summary>How many examples of each domain it learnt from (built-in, configured and stored).</summary>
    public IReadOnlyDictionary<string, int> ExampleCounts => _current.Counts;

    /// <summary>Classifies a text given the entity types found in it.</summary>
    public DomainVerdict Classify(string text, IEnumerable<string> entityTypes)
    {
        var model = _current;
        var features = DomainFeatures.Of(text, entityTypes);
        if (features.Length == 0 && model.Labels.Contains("general", StringComparer.OrdinalIgnoreCase))
        {
            // Nothing but names, stop words and punctuation: no domain to speak of, whatever the model's bias says.
            return new DomainVerdict("general", 1, model.Labels.ToDictionary(l => l, l => l == "general" ? 1.0 : 0.0, StringComparer.OrdinalIgnoreCase));
        }

        Span<float> probabilities = stackalloc float[model.Labels.Count];
        model.Classifier.Probabilities(features, probabilities);
        var best = 0;
        var scores = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < probabilities.Length; c++)
        {
            scores[model.Labels[c]] = Math.Round(probabilities[c], 4);
            if (probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }

        return new DomainVerdict(model.Labels[best], probabilities[best], scores);
    }

    /// <summary>Classifies a text, finding its entities with the pattern detectors.</summary>
    public DomainVerdict Classify(string text) => Classify(text, _patterns.Scan(text).Select(e => e.Type).Distinct());

    /// <summary>Examples added through the API.</summary>
    public IReadOnlyList<(long Id, string Domain, string Text, string AddedAt)> Stored()
    {
        if (_connectionString is null)
        {
            return [];
        }

        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT id, domain, text, added_at FROM domain_examples ORDER BY id", r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)));
    }

    /// <summary>Adds examples of a domain and retrains; returns how many were added.</summary>
    /// <exception cref="ArgumentException">The domain is not a policy domain, or a text is blank.</exception>
    public int Teach(string domain, IReadOnlyList<string> texts)
    {
        if (!_policyDomains.Contains(domain))
        {
            throw new ArgumentException($"'{domain}' is not a policy domain (known: {string.Join(", ", _policyDomains.Order(StringComparer.Ordinal))}).", nameof(domain));
        }

        if (texts.Count == 0 || texts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Every example needs some text.", nameof(texts));
        }

        var name = _policyDomains.First(d => string.Equals(d, domain, StringComparison.OrdinalIgnoreCase));
        return Change(connection => texts.Sum(t => SqliteDatabase.Execute(connection, "INSERT INTO domain_examples (domain, text, added_at) VALUES ($p0, $p1, $p2)",
            name, t.Trim(), DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))));
    }

    /// <summary>Removes a stored example and retrains; false when there is none with that id.</summary>
    public bool Forget(long id) => Change(connection => SqliteDatabase.Execute(connection, "DELETE FROM domain_examples WHERE id = $p0", id)) == 1;

    private int Change(Func<Microsoft.Data.Sqlite.SqliteConnection, int> change) =>
        SqliteDatabase.ChangeAndReload(_connectionString, _gate, change, () => _current = Train(), "Domain examples");

    private Trained Train()
    {
        var user = _configured.Concat(Stored().Select(s => new DomainExample(s.Domain, s.Text))).ToList();
        var builtIn = BuiltInDomainExamples.Training.Concat(BuiltInDomainExamples.Lexicon).Where(e => _policyDomains.Contains(e.Domain)).ToList();
        var labels = builtIn.Select(e => e.Domain).Concat(user.Select(e => e.Domain))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.OrdinalIgnoreCase);
        var examples = new List<(int[], int, float)>();
        foreach (var e in builtIn)
        {
            examples.Add((DomainFeatures.Of(e.Text, EntityTypes(e.Text)), index[e.Domain], 1));
        }

        foreach (var e in user)
        {
            examples.Add((DomainFeatures.Of(e.Text, EntityTypes(e.Text)), index[e.Domain], UserWeight));
        }

        foreach (var (type, domain) in BuiltInDomainExamples.EntityHints.Where(h => index.ContainsKey(h.Value)))
        {
            for (var n = 0; n < 3; n++)
            {
                examples.Add((DomainFeatures.Of(string.Empty, [type]), index[domain], 1));
            }
        }

        var counts = labels.ToDictionary(l => l, l => examples.Count(e => e.Item2 == index[l]), StringComparer.OrdinalIgnoreCase);
        return new Trained(labels, SoftmaxClassifier.Train(examples, labels.Count), counts);
    }

    private IEnumerable<string> EntityTypes(string text) => _patterns.Scan(text).Select(e => e.Type).Distinct();

    private sealed record Trained(IReadOnlyList<string> Labels, SoftmaxClassifier Classifier, IReadOnlyDictionary<string, int> Counts);
}
