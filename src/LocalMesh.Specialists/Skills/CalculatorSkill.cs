using System.Globalization;
using System.Text.RegularExpressions;
using LocalMesh.Specialists.Skills.Slots;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Arithmetic (intent <c>calculator</c>): <c>+ - * / ^</c> and parentheses, the words for them ("plus", "times",
/// "divided by", "to the power of"), "X% of Y", "X% off Y", "square root of X", "X squared", "add X and Y",
/// "divide X by Y". Declines (escalates) when it finds no expression.
/// </summary>
public sealed partial class CalculatorSkill : ISkill
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = ["calculator"];

    /// <inheritdoc />
    public ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        var expression = ToExpression(request.Text);
        if (expression is null)
        {
            return ValueTask.FromResult<string?>(null);
        }

        try
        {
            var value = Evaluate(expression);
            var shown = Display(expression);
            return ValueTask.FromResult<string?>(double.IsFinite(value) ? $"{shown} = {Format(value)}" : $"{shown} has no finite value.");
        }
        catch (FormatException)
        {
            return ValueTask.FromResult<string?>(null);
        }
        catch (DivideByZeroException)
        {
            return ValueTask.FromResult<string?>($"{expression}: division by zero is undefined.");
        }
    }

    /// <summary>The expression as people write it: "(15 / 100 * 80)" → "15% of 80", "sqrt(16)" → "√16", "*" → "×".</summary>
    internal static string Display(string expression)
    {
        var s = expression;
        foreach (var (pattern, replacement) in DisplayForms)
        {
            s = pattern.Replace(s, replacement);
        }

        s = s.Replace("*", "×", StringComparison.Ordinal).Replace("/", "÷", StringComparison.Ordinal);
        return s.StartsWith('(') && s.EndsWith(')') && s.Count(c => c == '(') == 1 ? s[1..^1] : s;
    }

    /// <summary>Formats a result: up to 10 significant decimals, no trailing zeros.</summary>
    internal static string Format(double value) => Math.Abs(value) >= 1e15
        ? value.ToString("0.######E+0", CultureInfo.InvariantCulture)
        : Math.Round(value, 10).ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary>Turns the request into an arithmetic expression, or null.</summary>
    internal static string? ToExpression(string text)
    {
        var s = Numbers.Normalize(text.ToLowerInvariant()).Replace(",", string.Empty, StringComparison.Ordinal);
        s = PercentOff().Replace(s, m => $"({m.Groups[2].Value} - {m.Groups[2].Value} * {m.Groups[1].Value} / 100)");
        s = PercentOf().Replace(s, m => $"({m.Groups[1].Value} / 100 * {m.Groups[2].Value})");
        s = SquareRoot().Replace(s, m => $"sqrt({m.Groups[1].Value})");
        s = Squared().Replace(s, m => $"({m.Groups[1].Value} ^ 2)");
        s = Cubed().Replace(s, m => $"({m.Groups[1].Value} ^ 3)");
        s = AddAnd().Replace(s, m => $"({m.Groups[1].Value} + {m.Groups[2].Value})");
        s = SubtractFrom().Replace(s, m => $"({m.Groups[2].Value} - {m.Groups[1].Value})");
        s = MultiplyBy().Replace(s, m => $"({m.Groups[1].Value} * {m.Groups[2].Value})");
        s = DivideBy().Replace(s, m => $"({m.Groups[1].Value} / {m.Groups[2].Value})");
        foreach (var (word, symbol) in Words)
        {
            s = word.Replace(s, symbol);
        }

        s = TimesX().Replace(s, " * ");
        var match = Expression().Matches(s).Select(m => m.Value.Trim()).Where(m => m.Any(char.IsDigit)).OrderByDescending(m => m.Length).FirstOrDefault();
        if (match is null || !Operator().IsMatch(match))
        {
            return null;
        }

        return Spaces().Replace(match, " ").Trim();
    }

    private static readonly (Regex Word, string Symbol)[] Words =
        [.. new[]
        {
            ("plus", "+"), ("added to", "+"), ("minus", "-"), ("less", "-"), ("times", "*"), ("multiplied by", "*"),
            ("divided by", "/"), ("over", "/"), ("to the power of", "^"), ("raised to", "^"), ("mod", "%"),
        }.Select(p => (new Regex($@"\b{p.Item1}\b", RegexOptions.Compiled), $" {p.Item2} "))];

    private static readonly (Regex Pattern, string Replacement)[] DisplayForms =
    [
        (new(@"\((\d+(?:\.\d+)?) - \1 \* (\d+(?:\.\d+)?) / 100\)", RegexOptions.Compiled), "$2% off $1"),
        (new(@"\((\d+(?:\.\d+)?) / 100 \* (\d+(?:\.\d+)?)\)", RegexOptions.Compiled), "$1% of $2"),
        (new(@"\((\d+(?:\.\d+)?) \^ 2\)", RegexOptions.Compiled), "$1²"),
        (new(@"\((\d+(?:\.\d+)?) \^ 3\)", RegexOptions.Compiled), "$1³"),
        (new(@"sqrt\((\d+(?:\.\d+)?)\)", RegexOptions.Compiled), "√$1"),
    ];

    /// <summary>Evaluates <c>+ - * / % ^</c>, unary minus, parentheses and <c>sqrt()</c> by recursive descent.</summary>
    /// <exception cref="FormatException">Not a valid expression.</exception>
    internal static double Evaluate(string expression)
    {
        var position = 0;
        var value = Sum();
        Skip();
        return position == expression.Length ? value : throw new FormatException($"Unexpected '{expression[position]}'.");

        double Sum()
        {
            var left = Product();
            while (Take('+') || Peek('-'))
            {
                if (expression[position - 1] == '+')
                {
                    left += Product();
                }
                else
                {
                    position++;
                    left -= Product();
                }
            }

            return left;
        }

        double Product()
        {
            var left = Power();
            while (true)
            {
                if (Take('*'))
                {
                    left *= Power();
                }
                else if (Take('/'))
                {
                    var right = Power();
                    left = right == 0 ? throw new DivideByZeroException() : left / right;
                }
                else if (Take('%'))
                {
                    left %= Power();
                }
                else
                {
                    return left;
                }
            }
        }

        double Power()
        {
            var b = Unary();
            return Take('^') ? Math.Pow(b, Power()) : b;
        }

        double Unary() => Take('-') ? -Unary() : Take('+') ? Unary() : Atom();

        double Atom()
        {
            Skip();
            if (Take('('))
            {
                var inner = Sum();
                return Take(')') ? inner : throw new FormatException("Missing ')'.");
            }

            if (string.CompareOrdinal(expression, position, "sqrt", 0, 4) == 0)
            {
                position += 4;
                var inner = Atom();
                return inner < 0 ? double.NaN : Math.Sqrt(inner);
            }

            var start = position;
            while (position < expression.Length && (char.IsDigit(expression[position]) || expression[position] == '.'))
            {
                position++;
            }

            return double.TryParse(expression.AsSpan(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new FormatException("A number was expected.");
        }

        bool Peek(char c)
        {
            Skip();
            return position < expression.Length && expression[position] == c;
        }

        bool Take(char c)
        {
            if (Peek(c))
            {
                position++;
                return true;
            }

            return false;
        }

        void Skip()
        {
            while (position < expression.Length && expression[position] == ' ')
            {
                position++;
            }
        }
    }

    [GeneratedRegex(@"(?<=\d)\s*x\s*(?=[\d(])")]
    private static partial Regex TimesX();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(?:%|percent)\s*off\s*(?:of\s*)?(\d+(?:\.\d+)?)")]
    private static partial Regex PercentOff();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(?:%|percent)\s*of\s*(\d+(?:\.\d+)?)")]
    private static partial Regex PercentOf();

    [GeneratedRegex(@"square root of\s*(\d+(?:\.\d+)?)")]
    private static partial Regex SquareRoot();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*squared")]
    private static partial Regex Squared();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*cubed")]
    private static partial Regex Cubed();

    [GeneratedRegex(@"\b(?:add|sum of|total of)\s*(\d+(?:\.\d+)?)\s*(?:and|to|plus)\s*(\d+(?:\.\d+)?)")]
    private static partial Regex AddAnd();

    [GeneratedRegex(@"\bsubtract\s*(\d+(?:\.\d+)?)\s*from\s*(\d+(?:\.\d+)?)")]
    private static partial Regex SubtractFrom();

    [GeneratedRegex(@"\bmultiply\s*(\d+(?:\.\d+)?)\s*(?:by|and|with)\s*(\d+(?:\.\d+)?)")]
    private static partial Regex MultiplyBy();

    [GeneratedRegex(@"\bdivide\s*(\d+(?:\.\d+)?)\s*(?:by|into)\s*(\d+(?:\.\d+)?)")]
    private static partial Regex DivideBy();

    [GeneratedRegex(@"[\d\s.()+\-*/%^]*(?:sqrt)?[\d\s.()+\-*/%^]+")]
    private static partial Regex Expression();

    [GeneratedRegex(@"[+\-*/%^]|sqrt")]
    private static partial Regex Operator();
}
