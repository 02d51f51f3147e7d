using System.Text.RegularExpressions;
using LocalMesh.Specialists.Skills.Slots;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Unit conversion (intent <c>measurement_conversion</c>) for length, mass, volume and temperature:
/// "10 kg in pounds", "convert 5 miles to km", "how many ounces are in a cup", "what is 100 f in celsius".
/// An unknown unit or a conversion between kinds (kg to miles) gets a clear answer saying so.
/// </summary>
public sealed partial class ConversionSkill : ISkill
{
    private sealed record Unit(string Name, string Kind, double Factor, double Offset = 0);

    private static readonly Dictionary<string, Unit> Units = Build();

    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = ["measurement_conversion"];

    /// <inheritdoc />
    public ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Convert(request.Text));

    internal static string? Convert(string text)
    {
        var s = Numbers.Normalize(text.ToLowerInvariant()).Replace("°", " ", StringComparison.Ordinal).Replace("degrees", " ", StringComparison.Ordinal);
        string? amount = null, from = null, to = null;
        if (HowMany().Match(s) is { Success: true } h)
        {
            (to, amount, from) = (h.Groups["to"].Value, h.Groups["n"].Success ? h.Groups["n"].Value : "1", h.Groups["from"].Value);
        }
        else if (Direct().Match(s) is { Success: true } d)
        {
            (amount, from, to) = (d.Groups["n"].Success ? d.Groups["n"].Value : "1", d.Groups["from"].Value, d.Groups["to"].Value);
        }

        if (from is null || to is null)
        {
            return "Tell me the amount and both units, for example \"convert 10 kg to pounds\".";
        }

        var source = Find(from);
        var target = Find(to);
        if (source is null || target is null)
        {
            return $"I do not know the unit \"{(source is null ? from : to).Trim()}\". I convert length, mass, volume and temperature.";
        }

        // "ounces" next to a volume means fluid ounces.
        if (source.Kind != target.Kind && (source.Name, target.Kind) is ("ounces", "volume"))
        {
            source = Units["fl oz"];
        }
        else if (source.Kind != target.Kind && (target.Name, source.Kind) is ("ounces", "volume"))
        {
            target = Units["fl oz"];
        }

        if (source.Kind != target.Kind)
        {
            return $"{source.Name} is a unit of {source.Kind} and {target.Name} of {target.Kind}; they do not convert.";
        }

        if (!Numbers.TryParse(amount!, out var value))
        {
            return null;
        }

        var result = ((((value + source.Offset) * source.Factor) / target.Factor) - target.Offset);
        if (!double.IsFinite(result))
        {
            return $"{CalculatorSkill.Format(value)} {source.Name} in {target.Name} is too large a number for me.";
        }

        return $"{CalculatorSkill.Format(value)} {source.Name} = {CalculatorSkill.Format(Math.Round(result, 4))} {target.Name}";
    }

    private static Unit? Find(string word)
    {
        var w = word.Trim().TrimEnd('.', '?');
        if (Units.TryGetValue(w, out var unit))
        {
            return unit;
        }

        if (w.EndsWith('s') && Units.TryGetValue(w[..^1], out unit))
        {
            return unit;
        }

        // "convert grams": the unit is the last word.
        return w.LastIndexOf(' ') is var space and > 0 ? Find(w[(space + 1)..]) : null;
    }

    private static Dictionary<string, Unit> Build()
    {
        var units = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        void Add(string kind, double factor, string name, params string[] aliases)
        {
            var unit = new Unit(name, kind, factor);
            foreach (var alias in aliases.Append(name))
            {
                units[alias] = unit;
            }
        }

        Add("length", 0.001, "millimeters", "mm", "millimeter", "millimetre", "millimetres");
        Add("length", 0.01, "centimeters", "cm", "centimeter", "centimetre", "centimetres");
        Add("length", 1, "meters", "m", "meter", "metre", "metres");
        Add("length", 1000, "kilometers", "km", "kilometer", "kilometre", "kilometres", "kms");
        Add("length", 0.0254, "inches", "in", "inch");
        Add("length", 0.3048, "feet", "ft", "foot");
        Add("length", 0.9144, "yards", "yd", "yard");
        Add("length", 1609.344, "miles", "mi", "mile");
        Add("mass", 0.001, "grams", "g", "gram", "gramme", "grammes");
        Add("mass", 0.000001, "milligrams", "mg", "milligram");
        Add("mass", 1, "kilograms", "kg", "kilogram", "kilo", "kilos", "kgs");
        Add("mass", 0.028349523125, "ounces", "oz", "ounce");
        Add("mass", 0.45359237, "pounds", "lb", "lbs", "pound");
        Add("mass", 6.35029318, "stone", "stones", "st");
        Add("mass", 1000, "tonnes", "tonne", "metric ton", "metric tons");
        Add("volume", 0.001, "milliliters", "ml", "milliliter", "millilitre", "millilitres");
        Add("volume", 1, "liters", "l", "liter", "litre", "litres");
        Add("volume", 0.00492892159375, "teaspoons", "tsp", "teaspoon");
        Add("volume", 0.01478676478125, "tablespoons", "tbsp", "tablespoon");
        Add("volume", 0.2365882365, "cups", "cup");
        Add("volume", 0.0295735295625, "fluid ounces", "fl oz", "fluid ounce");
        Add("volume", 0.473176473, "pints", "pint", "pt");
        Add("volume", 0.946352946, "quarts", "quart", "qt");
        Add("volume", 3.785411784, "gallons", "gallon", "gal");
        units["celsius"] = units["c"] = units["centigrade"] = new Unit("°C", "temperature", 1, 273.15);
        units["fahrenheit"] = units["f"] = new Unit("°F", "temperature", 5.0 / 9.0, 459.67);
        units["kelvin"] = units["k"] = new Unit("K", "temperature", 1);
        return units;
    }

    [GeneratedRegex(@"how many\s+(?<to>[a-z ]+?)\s+(?:are |is )?(?:there )?in\s+(?:(?<n>(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*)?(?<from>[a-z ]+?)\s*\??$")]
    private static partial Regex HowMany();

    [GeneratedRegex(@"(?:(?<n>(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*)?(?<from>[a-z]+(?: [a-z]+)?)\s+(?:to|in|into|as)\s+(?<to>[a-z]+(?: [a-z]+)?)\s*\??$")]
    private static partial Regex Direct();
}
