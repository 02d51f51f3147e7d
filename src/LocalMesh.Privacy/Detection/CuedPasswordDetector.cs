using System.Buffers;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// A password by its shape, beside a word for one: on a line that names a password (in any language
/// <see cref="BuiltInDetectors.PasswordCueWord"/> knows: "pw", "psk", "비번", "密码", "пароль", a laptop's "pass"), or on
/// the line after it (the answer in a chat), a token of 6 to 64 characters with letters and digits and a sign
/// (<c>!@#$%^&amp;*+?~</c>), or of 8 or more with letters of both cases and digits: "pw, it's fohmuw@HQZP7G",
/// <c>"psk": "Ott3r131"</c>, "와이파이 비번은 LQ87%DCzGm9야", "Reuben: it's XjQt@C82sLY". The other password rules
/// read the words around the value ("the password is X"); this one reads the value, so the wording in between does not
/// matter. Not a URL, an e-mail address, a path, a setting's name or a placeholder (<see cref="BuiltInDetectors.NotAPassword"/>).
/// Reported as <c>PASSWORD</c>. Thread-safe.
/// </summary>
public sealed class CuedPasswordDetector : IEntityDetector
{
    /// <summary>What separates tokens besides white space: quotes, brackets, separators of JSON and settings, full-width punctuation.</summary>
    private static readonly SearchValues<char> Separators = SearchValues.Create("\"'`,;{}[]()<>|=：，、。；「」『』（）");

    private static readonly SearchValues<char> Signs = SearchValues.Create("!@#$%^&*+?~");

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["PASSWORD"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (!Cued(text))
        {
            return [];
        }

        List<EntityMatch>? found = null;
        var previousCued = false;
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var cued = Cued(text.AsSpan(lineStart, lineEnd - lineStart));
            if (cued || previousCued)
            {
                Tokens(text, lineStart, lineEnd, ref found);
            }

            previousCued = cued;
            lineStart = lineEnd + 1;
        }

        return found ?? (IEnumerable<EntityMatch>)[];
    }

    /// <summary>Whether a text names a password: a word for one, or one inside a name (<c>testPassword</c>, <c>db_passwd</c>).</summary>
    private static bool Cued(ReadOnlySpan<char> text) =>
        text.Contains("passw", StringComparison.OrdinalIgnoreCase) || BuiltInDetectors.PasswordCueWord().IsMatch(text);

    /// <summary>Keys and words whose value is not the password beside them: a Wi-Fi network's name, a user, a host.</summary>
    private static readonly HashSet<string> NamesNoSecret = new(StringComparer.OrdinalIgnoreCase)
    {
        "ssid", "network", "wlan", "user", "username", "user_name", "login", "userid", "user_id", "uid", "account", "email", "mail", "host", "hostname", "server",
        "name", "id", "device", "model", "-u", "--user", "--username",
    };

    private static void Tokens(string text, int from, int to, ref List<EntityMatch>? found)
    {
        var i = from;
        var previous = (Start: 0, End: 0);
        while (i < to)
        {
            while (i < to && (char.IsWhiteSpace(text[i]) || Separators.Contains(text[i])))
            {
                i++;
            }

            var start = i;
            while (i < to && !char.IsWhiteSpace(text[i]) && !Separators.Contains(text[i]))
            {
                i++;
            }

            // Trim what ends a clause (".", "!" after the value) and a particle of a language written without spaces ("…야", "…です").
            var end = i;
            while (end > start && (text[end - 1] is '.' or ',' or ':' or '!' or '?' || (text[end - 1] > '\u024F' && !char.IsAsciiLetterOrDigit(text[end - 1]))))
            {
                end--;
            }

            if (end - start is >= 6 and <= 64 && PasswordShaped(text.AsSpan(start, end - start)) && !BuiltInDetectors.NotAPassword(text[start..end])
                && !NamesNoSecret.Contains(text[previous.Start..previous.End].TrimEnd(':')))
            {
                (found ??= []).Add(new EntityMatch("PASSWORD", start, end - start, text[start..end]));
            }

            if (end > start)
            {
                previous = (start, end);
            }
        }
    }

    /// <summary>Letters and digits, and a sign or (from 8 characters) both cases; ASCII only; no URL, address or path.</summary>
    private static bool PasswordShaped(ReadOnlySpan<char> value)
    {
        bool upper = false, lower = false, digit = false, sign = false;
        foreach (var c in value)
        {
            if (c > '\u007F' || c is '/' or '\\')
            {
                return false;
            }

            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
            digit |= char.IsAsciiDigit(c);
            sign |= Signs.Contains(c);
        }

        if (!(upper || lower) || !digit || (!sign && !(upper && lower && value.Length >= 8)))
        {
            return false;
        }

        return !value.Contains("***", StringComparison.Ordinal) && !value.Contains("...", StringComparison.Ordinal) && !value.Contains("://", StringComparison.Ordinal) && !value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && Checksums.Entropy(value) >= 2.0;
    }
}
