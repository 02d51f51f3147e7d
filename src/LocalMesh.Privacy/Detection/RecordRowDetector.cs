using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// A person's record written as a row without a header: a name, a document number and a date as the cells of one line
/// ("Beatriz Albuquerque, KI305830, 1970-03-02", "정수빈 | M09161071 | 12-JAN-2014", tab-separated rows pasted from a
/// sheet). No word says what the number or the date is, but beside a name in a row they are the person's: the number is
/// reported as a passport's (a driving licence's or a national id's when the text names one), the date as a birth date,
/// and the name as a person's. A row needs all three, in three different cells of three to eight, or is a name and a
/// number alone in a list of two such rows or more ("Larissa Figueiredo | UG226843"); an invoice line ("Widget deluxe,
/// AB123456, 2024-03-01") has no name. Thread-safe.
/// </summary>
public sealed partial class RecordRowDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["PERSON", "PASSPORT", "DRIVER_LICENSE", "NATIONAL_ID", "DATE_OF_BIRTH"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Separators) < 0)
        {
            return [];
        }

        List<((int Start, int Length) Name, (int Start, int Length) Id, (int Start, int Length)? Date)>? rows = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (Row(text, lineStart, lineEnd) is { } row)
            {
                (rows ??= []).Add(row);
            }

            lineStart = lineEnd + 1;
        }

        if (rows is null)
        {
            return [];
        }

        // A row of a name and a number alone counts in a list of two such rows or more ("Larissa Figueiredo | UG226843").
        var listed = rows.Count(r => r.Date is null) >= 2;
        var idType = IdTypeOf(text);
        var found = new List<EntityMatch>();
        foreach (var (name, id, date) in rows.Where(r => r.Date is not null || listed))
        {
            found.Add(new EntityMatch("PERSON", name.Start, name.Length, text.Substring(name.Start, name.Length)));
            found.Add(new EntityMatch(idType, id.Start, id.Length, text.Substring(id.Start, id.Length)));
            if (date is { } d)
            {
                found.Add(new EntityMatch("DATE_OF_BIRTH", d.Start, d.Length, text.Substring(d.Start, d.Length)));
            }
        }

        return found;
    }

    /// <summary>The name, number and date cells of a line, when it is such a row.</summary>
    private static ((int Start, int Length) Name, (int Start, int Length) Id, (int Start, int Length)? Date)? Row(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        foreach (var separator in "\t|;,")
        {
            var count = line.Count(separator) + 1;
            if (count is < 2 or > 8)
            {
                continue;
            }

            (int, int)? name = null, id = null, date = null;
            foreach (var range in line.Split(separator))
            {
                var (offset, length) = range.GetOffsetAndLength(line.Length);
                var cell = Trim(line, ref offset, ref length);
                var where = (start + offset, length);
                if (cell.Length == 0)
                {
                    continue;
                }

                if (date is null && FullDate().IsMatch(cell))
                {
                    date = where;
                }
                else if (id is null && DocumentNumber().IsMatch(cell) && Digits(cell) >= 5)
                {
                    id = where;
                }
                else if (name is null && IsName(cell))
                {
                    name = where;
                }
            }

            if (name is { } n && id is { } i && (date is not null || count == 2))
            {
                return (n, i, date);
            }
        }

        return null;
    }

    private static int Digits(ReadOnlySpan<char> cell)
    {
        var digits = 0;
        foreach (var c in cell)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> line, ref int offset, ref int length)
    {
        while (length > 0 && char.IsWhiteSpace(line[offset]))
        {
            offset++;
            length--;
        }

        while (length > 0 && char.IsWhiteSpace(line[offset + length - 1]))
        {
            length--;
        }

        return line.Slice(offset, length);
    }

    /// <summary>One to four name words (letters, no digits), or two to four Han characters or Hangul syllables.</summary>
    private static bool IsName(ReadOnlySpan<char> cell)
    {
        if (cell.ContainsAnyInRange('0', '9') || cell.Length > 60)
        {
            return false;
        }

        if (cell.Length is >= 2 and <= 4 && AllIdeographsOrSyllables(cell))
        {
            return true;
        }

        var words = 0;
        foreach (var range in cell.Split(' '))
        {
            var word = cell[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || !word.ContainsAnyExcept(NameMarks))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 4 && NameCueDetector.HasNameWord(cell);
    }

    /// <summary>What the numbers of the text's rows are, by the words it uses: a passport's unless a licence or an identity card is named.</summary>
    private static string IdTypeOf(string text) =>
        LicenceWords().IsMatch(text) ? "DRIVER_LICENSE" : IdCardWords().IsMatch(text) && !PassportWords().IsMatch(text) ? "NATIONAL_ID" : "PASSPORT";

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("\t|;,");

    private static readonly System.Buffers.SearchValues<char> NameMarks = System.Buffers.SearchValues.Create("-'’.");

    private static bool AllIdeographsOrSyllables(ReadOnlySpan<char> cell)
    {
        foreach (var c in cell)
        {
            if (!Tagging.Gazetteer.IsIdeographOrSyllable(c))
            {
                return false;
            }
        }

        return true;
    }

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    [GeneratedRegex(@"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}[ -](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ -]\d{4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? \d{4})$", RegexOptions.None, TimeoutMs)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?=[A-Z0-9]*\d)[A-Z]{0,3}[0-9][A-Z0-9]{5,11}$", RegexOptions.None, TimeoutMs)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"(?i)licen[cs]e|driver|f[üu]hrerschein|permis|carnet|rijbewijs|patente", RegexOptions.None, TimeoutMs)]
    private static partial Regex LicenceWords();

    [GeneratedRegex(@"(?i)\bid\s?card|national\s{1,3}id|identity\s{1,3}card|\bdni\b|\bnie\b|\bbsn\b|pesel|personnummer|personalausweis|carte\s{1,3}d'identit", RegexOptions.None, TimeoutMs)]
    private static partial Regex IdCardWords();

    [GeneratedRegex(@"(?i)passport|pasaporte|passeport|reisepass|паспорт|여권|护照|パスポート", RegexOptions.None, TimeoutMs)]
    private static partial Regex PassportWords();
}
