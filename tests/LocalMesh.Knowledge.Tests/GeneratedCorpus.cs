using LocalMesh.Evaluation.Knowledge;
using LocalMesh.Knowledge.Index;

namespace LocalMesh.Knowledge.Tests;

/// <summary>
/// The generated corpora indexed once, shared by the tests that only read them: the 200 runbooks in collection
/// <c>plant</c>, the 100 office policies in collection <c>policies</c>.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly Lazy<(KnowledgeIndex Index, List<CorpusQuestion> Questions)> Runbooks = new(() => Build("plant", KnowledgeCorpus.Generate(200)));
    private static readonly Lazy<(KnowledgeIndex Index, List<CorpusQuestion> Questions)> PolicyDocuments = new(() => Build("policies", PolicyCorpus.Generate()));

    /// <summary>The runbooks' index (do not write to it).</summary>
    public static KnowledgeIndex Index => Runbooks.Value.Index;

    /// <summary>Every question of the runbooks.</summary>
    public static List<CorpusQuestion> Questions => Runbooks.Value.Questions;

    /// <summary>The policies' index and questions.</summary>
    public static (KnowledgeIndex Index, List<CorpusQuestion> Questions) Policies => PolicyDocuments.Value;

    private static (KnowledgeIndex, List<CorpusQuestion>) Build(string collection, List<CorpusDocument> corpus)
    {
        var index = new KnowledgeIndex(LocalMesh.Testing.TempDirectories.Create("localmesh-kb-"));
        foreach (var document in corpus)
        {
            index.AddText(collection, "general", document.Name, document.Text);
        }

        return (index, [.. corpus.SelectMany(d => d.Questions)]);
    }
}
