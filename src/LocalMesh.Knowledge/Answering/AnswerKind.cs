using System.Text.RegularExpressions;

namespace LocalMesh.Knowledge.Answering;

/// <summary>
/// The kind of answer an English question asks for, from its question words, as classic extractive question answering
/// uses it: a quantity or time ("how long", "how often", "when"), a person ("who"), a place ("where"), or anything.
/// </summary>
public sealed partial class AnswerKind
{
    private static readonly AnswerKind Any = new(_ => false);
    private static readonly AnswerKind Quantity = new(text => text.Any(char.IsDigit));
    private static readonly AnswerKind Place = new(text => text.Any(char.IsDigit) || PlaceWords().IsMatch(text));
    private readonly Func<string, bool> _fits;

    private AnswerKind(Func<string, bool> fits) => _fits = fits;

    /// <summary>The kind <paramref name="question"/> asks for.</summary>
    public static AnswerKind Of(string question) =>
        QuantityQuestion().IsMatch(question) ? Quantity
        : PersonQuestion().IsMatch(question) ? new AnswerKind(text => HasNameNotIn(text, question))
        : PlaceQuestion().IsMatch(question) ? Place
        : Any;

    /// <summary>Whether <paramref name="sentence"/> holds an answer of this kind.</summary>
    public bool Fits(string sentence) => _fits(sentence);

    // Two capitalised words in a row that the question does not hold: "Greta Lund".
    private static bool HasNameNotIn(string text, string question) =>
        Names().Matches(text).Any(m => !question.Contains(m.Value, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(how\s+(long|often|many|much|far|old|soon|frequently)|when|what\s+(time|date|day))\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex QuantityQuestion();

    [GeneratedRegex(@"\b(who|whom|whose)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PersonQuestion();

    [GeneratedRegex(@"\bwhere\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"\b(building|room|floor|street|road|avenue|located|stands|shelf|cabinet|rack|office|site)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PlaceWords();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+", RegexOptions.NonBacktracking)]
    private static partial Regex Names();
}
