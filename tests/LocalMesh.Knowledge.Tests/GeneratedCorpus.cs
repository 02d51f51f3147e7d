using LocalMesh.Knowledge.Evaluation;
using LocalMesh.Knowledge.Index;

namespace LocalMesh.Knowledge.Tests;

/// <summary>The generated 200-runbook corpus indexed once in collection <c>plant</c>, shared by the tests that only read it.</summary>
internal static class GeneratedCorpus
{
    private static readonly Lazy<(KnowledgeIndex Index, List<CorpusQuestion> Questions)> Shared = new(() =>
    {
        var index = new KnowledgeIndex(Directory.CreateTempSubdirectory("localmesh-kb-").FullName);
        var corpus = KnowledgeCorpus.Generate(200);
        foreach (var document in corpus)
        {
            index.AddText("plant", "general", document.Name, document.Text);
        }

        return (index, [.. corpus.SelectMany(d => d.Questions)]);
    });

    /// <summary>The index (do not write to it).</summary>
    public static KnowledgeIndex Index => Shared.Value.Index;

    /// <summary>Every question of the corpus.</summary>
    public static List<CorpusQuestion> Questions => Shared.Value.Questions;
}
