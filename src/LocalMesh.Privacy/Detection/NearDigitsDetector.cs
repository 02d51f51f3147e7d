namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Runs a detector only on the parts of a text around its digits (a window reaching <paramref name="before"/>
/// characters back and <paramref name="after"/> on, widened to whole words). For detectors whose matches always hold
/// a digit and whose context words come shortly before it (identity numbers after "passport no.", postal codes after
/// "zip code"): prose without numbers costs nothing, and a 2 MB text is not read by a pattern with 60 alternatives at
/// every word. Thread-safe when the inner detector is.
/// </summary>
public sealed class NearDigitsDetector(IEntityDetector inner, int before = 80, int after = 40) : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => inner.Types;

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        List<EntityMatch>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            var digit = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            digit += i;
            var start = WordStart(text, Math.Max(0, digit - before));
            var end = Math.Min(text.Length, digit + after);

            // Grow the window while more digits follow within reach, so one number's groups stay together.
            int next;
            while (end < text.Length && (next = text.AsSpan(end).IndexOfAnyInRange('0', '9')) >= 0 && next < after)
            {
                end = Math.Min(text.Length, end + next + after);
            }

            end = WordEnd(text, end);
            foreach (var match in inner.Detect(text[start..end]))
            {
                (found ??= []).Add(match with { Start = match.Start + start });
            }

            i = end;
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    private static int WordStart(string text, int at)
    {
        var limit = Math.Max(0, at - 64);
        while (at > limit && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WordEnd(string text, int at)
    {
        var limit = Math.Min(text.Length, at + 64);
        while (at < limit && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
