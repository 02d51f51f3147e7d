namespace LocalMesh.Privacy.Domains;

/// <summary>A text labelled with its data domain.</summary>
public sealed record DomainExample(string Domain, string Text);

/// <summary>The domain examples that ship with LocalMesh: training examples and a held-out evaluation set.</summary>
public static class BuiltInDomainExamples
{
    private static readonly Lazy<IReadOnlyList<DomainExample>> TrainingSet = new(() => Read("LocalMesh.Privacy.domain-examples.tsv"));
    private static readonly Lazy<IReadOnlyList<DomainExample>> LexiconSet = new(() =>
        [.. Read("LocalMesh.Privacy.domain-lexicon.tsv").SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new DomainExample(l.Domain, w.Replace('-', ' '))))]);

    private static readonly Lazy<IReadOnlyList<DomainExample>> EvaluationSet = new(() => Read("LocalMesh.Privacy.domain-evaluation.tsv"));

    /// <summary>The training examples (<c>Data/domain-examples.tsv</c>).</summary>
    public static IReadOnlyList<DomainExample> Training => TrainingSet.Value;

    /// <summary>Words typical of each domain (<c>Data/domain-lexicon.tsv</c>), one example per word.</summary>
    public static IReadOnlyList<DomainExample> Lexicon => LexiconSet.Value;

    /// <summary>The held-out evaluation examples (<c>Data/domain-evaluation.tsv</c>), never used for training.</summary>
    public static IReadOnlyList<DomainExample> Evaluation => EvaluationSet.Value;

    /// <summary>
    /// Entity types that on their own say which domain a text belongs to. They are taught as examples holding only
    /// that entity, so the classifier learns them however the text around them is worded.
    /// </summary>
    public static IReadOnlyDictionary<string, string> EntityHints { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CREDIT_CARD"] = "finance",
        ["IBAN"] = "finance",
        ["AWS_KEY"] = "secret",
        ["GITHUB_TOKEN"] = "secret",
        ["SLACK_TOKEN"] = "secret",
        ["STRIPE_KEY"] = "secret",
        ["API_KEY"] = "secret",
        ["JWT"] = "secret",
        ["PRIVATE_KEY"] = "secret",
        ["PASSWORD"] = "secret",
        ["URL_CREDENTIALS"] = "secret",
        ["SECRET"] = "secret",

        // Declared secrets (customer and project names) are left out on purpose: they are redacted, and a request
        // that merely names a customer should not lose the cloud. Entities:DECLARED_SECRET=keep-local does that.
    };

    private static List<DomainExample> Read(string resource)
    {
        var examples = new List<DomainExample>();
        foreach (var line in EmbeddedData.Lines(resource).Where(l => !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{resource}: '{line}' is not 'domain<TAB>text'.");
            }

            examples.Add(new DomainExample(line[..tab], line[(tab + 1)..]));
        }

        return examples;
    }
}
