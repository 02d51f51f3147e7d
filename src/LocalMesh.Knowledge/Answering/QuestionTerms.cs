using LocalMesh.Knowledge.Index;

namespace LocalMesh.Knowledge.Answering;

/// <summary>
/// A question's content words, crudely stemmed (a plural <c>s</c> dropped, then the first five letters), so that
/// "serviced" meets "service" and "leaves" meets "leave". Used to tell whether a passage is about the question at all
/// and which of its sentences answer it.
/// </summary>
public sealed class QuestionTerms
{
    private readonly HashSet<string> _stems;

    /// <summary>The terms of <paramref name="question"/>.</summary>
    public QuestionTerms(string question) => _stems = [.. Stems(question)];

    /// <summary>The distinct stems.</summary>
    public IReadOnlySet<string> Stems() => _stems;

    /// <summary>Whether there is any term.</summary>
    public bool IsEmpty => _stems.Count == 0;

    /// <summary>The question's stems that occur in <paramref name="text"/>.</summary>
    public HashSet<string> Matches(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in Stems(text))
        {
            if (_stems.Contains(stem))
            {
                found.Add(stem);
            }
        }

        return found;
    }

    /// <summary>The stems of the content words of <paramref name="text"/>.</summary>
    public static IEnumerable<string> Stems(string text)
    {
        foreach (var word in Tokens.Words(text))
        {
            var w = word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
            yield return w.Length > 5 ? w[..5] : w;
        }
    }
}
