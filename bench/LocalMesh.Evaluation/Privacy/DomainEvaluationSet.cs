using LocalMesh.Privacy.Domains;

namespace LocalMesh.Evaluation.Privacy;

/// <summary>The held-out domain examples (<c>Privacy/Data/domain-evaluation.tsv</c>), never used for training.</summary>
public static class DomainEvaluationSet
{
    private const string Resource = "LocalMesh.Evaluation.domain-evaluation.tsv";
    private static readonly Lazy<IReadOnlyList<DomainExample>> Set = new(Read);

    /// <summary>The examples.</summary>
    public static IReadOnlyList<DomainExample> Examples => Set.Value;

    private static List<DomainExample> Read()
    {
        using var stream = typeof(DomainEvaluationSet).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return BuiltInDomainExamples.Parse(reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')), Resource);
    }
}
