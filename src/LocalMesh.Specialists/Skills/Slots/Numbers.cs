using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalMesh.Specialists.Skills.Slots;

/// <summary>
/// Numbers as people type them: digits (<c>1,250.5</c>), words (<c>twenty five</c>, <c>a hundred</c>, <c>half</c>),
/// and <c>a</c>/<c>an</c> before a unit. <see cref="Normalize"/> rewrites number words as digits so the other
/// parsers only deal with digits.
/// </summary>
public static partial class Numbers
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000,
    };

    /// <summary>Parses a number written with digits (thousands separators allowed).</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Rewrites number words as digits: "twenty five minutes" → "25 minutes", "half an hour" → "0.5 hour", "an hour" → "1 hour".</summary>
    public static string Normalize(string text)
    {
        text = HalfAn().Replace(text, "0.5 ");
        text = QuarterOfAn().Replace(text, "0.25 ");
        text = ArticleBeforeUnit().Replace(text, "1 ");
        var words = text.Split(' ');
        var output = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var start = i;
            double total = 0, current = 0;
            var any = false;
            while (i < words.Length)
            {
                var word = words[i].Trim(',').Replace("-", " ", StringComparison.Ordinal);
                var parts = word.Split(' ');
                if (parts.All(p => Units.ContainsKey(p)))
                {
                    current += parts.Sum(p => Units[p]);
                }
                else if (Scales.TryGetValue(word, out var scale) && (any || scale == 100))
                {
                    current = (current == 0 ? 1 : current) * scale;
                    if (scale >= 1000)
                    {
                        total += current;
                        current = 0;
                    }
                }
                else if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length && Units.ContainsKey(words[i + 1]))
                {
                    // "one hundred and five"
                }
                else
                {
                    break;
                }

                any = true;
                i++;
            }

            if (any)
            {
                output.Add((total + current).ToString(CultureInfo.InvariantCulture));
                i--;
            }
            else
            {
                output.Add(words[start]);
            }
        }

        return string.Join(' ', output);
    }

    [GeneratedRegex(@"\bhalf (an?|of an?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HalfAn();

    [GeneratedRegex(@"\b(a )?quarter (of )?an?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterOfAn();

    [GeneratedRegex(@"\b(an?)\s+(?=(second|sec|minute|min|hour|hr|day|week|month|year|kilo|pound|ounce|cup|mile|meter|metre|foot|inch|gallon|liter|litre|tablespoon|teaspoon)\w*\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBeforeUnit();
}
