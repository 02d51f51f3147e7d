using System.Text.RegularExpressions;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Shopping and to-do lists (intents <c>shopping_list</c>, <c>shopping_list_update</c>, <c>todo_list</c>,
/// <c>todo_list_update</c>): add, remove, clear, list and "is X on my list". Items are split on commas and "and".
/// </summary>
public sealed partial class ListsSkill(SkillStore store) : ISkill
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = ["shopping_list", "shopping_list_update", "todo_list", "todo_list_update"];

    /// <inheritdoc />
    public ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        var list = request.Intent.StartsWith("shopping", StringComparison.Ordinal) ? "shopping" : "todo";
        var name = list == "shopping" ? "shopping list" : "to-do list";
        var lower = request.Text.ToLowerInvariant();
        var removing = Removing().IsMatch(lower);
        var text = ListWords().Replace(lower, " ").Trim(' ', '.', '!', '?');
        string answer;
        if (Clear().IsMatch(text))
        {
            var n = store.Clear(list);
            answer = n == 0 ? $"Your {name} was already empty." : $"Cleared your {name} ({n} item{(n == 1 ? "" : "s")}).";
        }
        else if (!removing && Add().Match(text) is { Success: true } add && Items(add.Groups["items"].Value) is { Count: > 0 } toAdd)
        {
            var added = store.AddItems(list, toAdd);
            var already = toAdd.Except(added).ToList();
            answer = (added.Count > 0 ? $"Added {Join(added)} to your {name}." : string.Empty)
                + (already.Count > 0 ? $" {Capital(Join(already))} {(already.Count == 1 ? "was" : "were")} already on it." : string.Empty);
        }
        else if (Remove().Match(text) is { Success: true } remove && Items(remove.Groups["items"].Value) is { Count: > 0 } toRemove)
        {
            var removed = store.RemoveItems(list, toRemove);
            var missing = toRemove.Except(removed).ToList();
            answer = (removed.Count > 0 ? $"Removed {Join(removed)} from your {name}." : string.Empty)
                + (missing.Count > 0 ? $" {Capital(Join(missing))} {(missing.Count == 1 ? "was" : "were")} not on it." : string.Empty);
        }
        else if (Contains().Match(text) is { Success: true } check && Items(check.Groups["items"].Value) is { Count: > 0 } asked)
        {
            var items = store.Items(list);
            answer = string.Join(" ", asked.Select(a => items.Contains(a) ? $"Yes, {a} is on your {name}." : $"No, {a} is not on your {name}."));
        }
        else
        {
            var items = store.Items(list);
            answer = items.Count == 0 ? $"Your {name} is empty." : $"Your {name} has {items.Count} item{(items.Count == 1 ? "" : "s")}: {Join(items)}.";
        }

        return ValueTask.FromResult<string?>(answer.Trim());
    }

    /// <summary>Splits "milk, eggs and some bread" into items, dropping articles and quantifiers.</summary>
    internal static List<string> Items(string text) =>
        [.. Separators().Split(text)
            .Select(i => Filler().Replace(i.Trim(), string.Empty).Trim(' ', '.', ',', '!', '?', '\''))
            .Where(i => i.Length > 0 && i is not ("it" or "them" or "that" or "this" or "everything" or "all"))
            .Distinct()];

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"\b(to|from|on|off|in|into|onto)?\s*(my|the|our)\s+(shopping|grocery|groceries|todo|to-do|to do|task)\s+(list|lists|basket|cart)\b|\blist of things to (do|buy)\b")]
    private static partial Regex ListWords();

    /// <summary>Taking something off a list: "from/off my list", or a removing verb.</summary>
    [GeneratedRegex(@"\b(from|off)\s+(my|the|our)\b|\b(remove|delete|cross|scratch)\b")]
    private static partial Regex Removing();

    [GeneratedRegex(@"\b(clear|empty|wipe|delete everything|remove everything|take everything off|erase)\b")]
    private static partial Regex Clear();

    [GeneratedRegex(@"\b(?:add|put|place|include|insert|throw|toss|chuck|lob|sling|pop|stick|drop|get|i need to buy|we need|buy)\s+(?:the chore of\s+|the task of\s+)?(?<items>.+)$")]
    private static partial Regex Add();

    [GeneratedRegex(@"\b(?:remove|delete|take|cross|drop|scratch)\s+(?:away\s+|off\s+)?(?:the\s+)?(?<items>.+?)(?:\s+off|\s+away)?$")]
    private static partial Regex Remove();

    [GeneratedRegex(@"\b(?:is|are|did i (?:add|put))\s+(?<items>.+?)(?:\s+(?:already|still))?$")]
    private static partial Regex Contains();

    [GeneratedRegex(@"\s*(?:,|\band\b|&|\bplus\b)\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:please\s+|can you\s+|some\s+|a\s+|an\s+|the\s+|more\s+)+|\s+(?:please|too|as well)$")]
    private static partial Regex Filler();
}
