namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// Restores placeholders in a streamed answer whose chunks may split one (<c>"&lt;EMA"</c> + <c>"IL_1&gt;"</c>): text
/// that could still be the start of a placeholder is held back until the next chunk decides. Not thread-safe.
/// </summary>
public sealed class StreamRestorer(RedactionSession session)
{
    private string _pending = string.Empty;

    /// <summary>Takes the next chunk; returns the text that can be shown now (possibly empty).</summary>
    public string Push(string chunk)
    {
        var text = _pending + chunk;
        var hold = text.LastIndexOf('<');
        if (hold >= 0 && text.IndexOf('>', hold) < 0 && text.Length - hold < RedactionSession.MaxPlaceholderLength && LooksLikePlaceholderStart(text.AsSpan(hold)))
        {
            _pending = text[hold..];
            return session.Restore(text[..hold]);
        }

        _pending = string.Empty;
        return session.Restore(text);
    }

    /// <summary>The text still held back, at the end of the stream.</summary>
    public string Flush()
    {
        var rest = session.Restore(_pending);
        _pending = string.Empty;
        return rest;
    }

    private static bool LooksLikePlaceholderStart(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetterUpper(c) || c == '_' || (i > 1 && char.IsAsciiDigit(c))))
            {
                return false;
            }
        }

        return true;
    }
}
