namespace LocalMesh.Knowledge.Answering;

/// <summary>
/// The model names that send a chat request to the knowledge base: <c>kb</c> (every collection the caller may see),
/// <c>kb/hr</c> or <c>kb/hr,plant</c> (those collections). Any OpenAI client can pick them; <c>GET /v1/models</c> lists them.
/// </summary>
public static class KnowledgeModels
{
    /// <summary>The model name for every visible collection.</summary>
    public const string All = "kb";

    /// <summary>Whether <paramref name="model"/> names the knowledge base; <paramref name="collections"/> is empty for <c>kb</c>.</summary>
    public static bool TryParse(string? model, out IReadOnlyList<string> collections)
    {
        collections = [];
        if (model is null || !model.StartsWith(All, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (model.Length == All.Length)
        {
            return true;
        }

        if (model[All.Length] != '/')
        {
            return false;
        }

        collections = [.. model[(All.Length + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
        return true;
    }

    /// <summary>The model name for one collection.</summary>
    public static string For(string collection) => All + "/" + collection;

    /// <summary>Whether <paramref name="name"/> can name a collection: letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, up to 64, starting with a letter or digit (so <c>kb/hr,plant</c> stays unambiguous).</summary>
    public static bool IsValidCollection(string name) =>
        name.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
