namespace LocalMesh.Knowledge.Index;

/// <summary>Lower-cased words of a text without stop words, for queries and the built-in embedding.</summary>
public static class Tokens
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about",
        "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "can", "could", "would", "should",
        "will", "may", "might", "must", "i", "me", "my", "we", "our", "us", "you", "your", "he", "she", "his", "her", "him", "they",
        "them", "their", "it", "its", "this", "that", "these", "those", "what", "which", "who", "whom", "how", "why", "when", "where",
        "there", "here", "so", "not", "no", "all", "any", "some", "than", "then", "too", "get", "gets", "s",
    };

    /// <summary>The words of <paramref name="text"/>, lower-cased, stop words left out.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                start = -1;
                if (!StopWords.Contains(word))
                {
                    yield return word;
                }
            }
        }
    }
}
