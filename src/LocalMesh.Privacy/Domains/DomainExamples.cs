namespace LocalMesh.Privacy.Domains;

/// <summary>A text labelled with its data domain.</summary>
public sealed record DomainExample(string Domain, string Text);

/// <summary>The domain examples that ship with LocalMesh (the held-out evaluation set is in bench/LocalMesh.Evaluation).</summary>
public static class BuiltInDomainExamples
{
    private static readonly Lazy<IReadOnlyList<DomainExample>> TrainingSet = new(() => Read("LocalMesh.Privacy.domain-examples.tsv"));
    private static readonly Lazy<IReadOnlyList<DomainExample>> LexiconSet = new(() =>
        [.. Read("LocalMesh.Privacy.domain-lexicon.tsv").SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new DomainExample(l.Domain, w.Replace('-', ' '))))]);

    /// <summary>The training examples (<c>Data/domain-examples.tsv</c>).</summary>
    public static IReadOnlyList<DomainExample> Training => TrainingSet.Value;

    /// <summary>Words typical of each domain (<c>Data/domain-lexicon.tsv</c>), one example per word.</summary>
    public static IReadOnlyList<DomainExample> Lexicon => LexiconSet.Value;

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

    private static List<DomainExample> Read(string resource) => Parse(EmbeddedData.Lines(resource), resource);

    /// <summary>Parses <c>domain&lt;TAB&gt;text</c> lines (lines starting with <c>#</c> are comments).</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="source">Where they come from, for the error.</param>
    /// <exception cref="InvalidDataException">A line is not <c>domain&lt;TAB&gt;text</c>.</exception>
    public static List<DomainExample> Parse(IEnumerable<string> lines, string source)
    {
        var examples = new List<DomainExample>();
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{source}: '{line}' is not 'domain<TAB>text'.");
            }

            examples.Add(new DomainExample(line[..tab], line[(tab + 1)..]));
        }

        return examples;
    }
}
