using System.Collections.Frozen;

namespace LocalMesh.Caching;

/// <summary>One word of a question, as the <see cref="QuestionGuard"/> compares it.</summary>
/// <param name="Form">Lower-cased, contractions split off, a plural <c>s</c> dropped, a number word as digits ("seven" → <c>7</c>).</param>
/// <param name="Specific">A name or a number: it holds a digit, is written in capitals (<c>HTTP</c>), or is capitalised other than at a sentence's start (<c>Paris</c>).</param>
/// <param name="Content">Not a function word ("what", "the", "my", "please").</param>
public readonly record struct QuestionWord(string Form, bool Specific, bool Content);

/// <summary>
/// Splits a question into the <see cref="QuestionWord"/>s the semantic cache's guard compares. Words are runs of
/// letters and digits; <c>.</c>, <c>:</c>, <c>%</c> and <c>-</c> inside a run stay (<c>7:30</c>, <c>3.5</c>, <c>15%</c>,
/// <c>node.js</c>, <c>two-factor</c>). Thread-safe; no state.
/// </summary>
public static class QuestionWords
{
    // Function words: they change how a question is put, not what it asks. Polarity and particles that change the
    // action ("not", "without", "on", "off", "up", "down") are content on purpose: "turn on" is not "turn off".
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "at", "by", "for", "with", "from", "as", "into", "about", "than",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having",
        "can", "could", "would", "should", "will", "shall", "may", "might", "must", "i", "me", "my", "mine", "myself", "we", "our", "us",
        "you", "your", "yours", "he", "she", "his", "her", "him", "they", "them", "their", "it", "its", "this", "that", "these", "those",
        "what", "which", "who", "whom", "whose", "how", "why", "when", "where", "there", "here", "so", "then", "too", "just", "also",
        "some", "any", "much", "many", "very", "really", "please", "tell", "know", "let", "want", "wanna", "gonna", "going", "like",
        "hey", "hi", "hello", "thanks", "ok", "okay", "s", "t", "d", "ll", "re", "ve", "m", "kindly", "quick", "quickly",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> NumberWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["thirteen"] = "13", ["fourteen"] = "14",
        ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20",
        ["thirty"] = "30", ["forty"] = "40", ["fifty"] = "50", ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90",
        ["hundred"] = "100", ["thousand"] = "1000", ["million"] = "1000000", ["first"] = "1st", ["third"] = "3rd",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="form"/> (a <see cref="QuestionWord.Form"/>) says "not".</summary>
    public static bool IsNegation(string form) => form is "not" or "no" or "never" or "without" or "nothing" or "none";

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<QuestionWord> Split(string text)
    {
        var words = new List<QuestionWord>();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                sentenceStart |= c is '.' or '?' or '!' or '\n' or '"' or ':' or ';';
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or ':' or '%' or '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) || (text[i] == '%' && i > start)))
            {
                i++;
            }

            Add(words, text[start..i], sentenceStart);
            sentenceStart = false;
        }

        return words;
    }

    private static void Add(List<QuestionWord> words, string raw, bool sentenceStart)
    {
        var word = raw.Replace('’', '\'');
        var lower = word.ToLowerInvariant();
        var apostrophe = lower.IndexOf('\'', StringComparison.Ordinal);
        string? negation = null;
        if (lower.EndsWith("n't", StringComparison.Ordinal))
        {
            // "don't" → do + not, "can't" → can + not, "won't" → will + not.
            lower = lower switch { "can't" => "can", "won't" => "will", _ => lower[..^3] };
            word = word[..lower.Length];
            negation = "not";
        }
        else if (apostrophe > 0)
        {
            // "what's", "Hamlet's", "I'm": the suffix is a function word or a possessive.
            lower = lower[..apostrophe];
            word = word[..apostrophe];
        }

        lower = lower.Trim('.', ':', '-');
        if (lower.Length > 1 && lower.EndsWith('%'))
        {
            // "15%" is "15 percent".
            Add(words, word[..^1], sentenceStart);
            words.Add(new QuestionWord("percent", Specific: false, Content: true));
            return;
        }

        if (lower.Length == 0)
        {
            return;
        }

        var hasDigit = lower.Any(char.IsDigit);
        var form = NumberWords.TryGetValue(lower, out var digits) ? digits : hasDigit ? lower : Singular(lower);
        var capitals = word.Length >= 2 && word.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && word.Any(char.IsLetter);
        var capitalised = char.IsUpper(word[0]) && !sentenceStart && lower != "i";
        var specific = hasDigit || digits is not null || capitals || capitalised;
        words.Add(new QuestionWord(form, specific, specific || !FunctionWords.Contains(form)));
        if (negation is not null)
        {
            words.Add(new QuestionWord(negation, Specific: false, Content: true));
        }
    }

    /// <summary>A crude singular, enough to match "balances" with "balance" and "cities" with "city".</summary>
    private static string Singular(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) ? word[..^1]
        : word;
}
