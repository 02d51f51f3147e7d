using System.Text;
using System.Text.Json;

namespace LocalMesh.Testing;

/// <summary>Reads OpenAI-protocol bodies the way a leak check needs them: every string a body holds, a stream's text.</summary>
public static class OpenAIBodies
{
    /// <summary>Every string in a JSON body, unescaped, one per line (what an upstream could read).</summary>
    public static string AllStrings(string json)
    {
        var result = new StringBuilder();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    result.Append(e.GetString()).Append('\n');
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        using var doc = JsonDocument.Parse(json);
        Walk(doc.RootElement);
        return result.ToString();
    }

    /// <summary>The text of a streamed chat answer: the content deltas of its <c>data:</c> events, joined.</summary>
    public static string StreamedContent(string sse)
    {
        var text = new StringBuilder();
        foreach (var line in sse.Split('\n'))
        {
            if (!line.StartsWith("data: {", StringComparison.Ordinal))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line[6..]);
            if (doc.RootElement.TryGetProperty("choices", out var choices) && choices.GetArrayLength() > 0
                && choices[0].TryGetProperty("delta", out var delta) && delta.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
            {
                text.Append(content.GetString());
            }
        }

        return text.ToString();
    }
}
