namespace LocalMesh.Privacy.Detection;

/// <summary>
/// The values of SQL <c>INSERT</c> statements under their columns' names: developers paste migrations, fixtures and
/// query logs (<c>INSERT INTO clients (given_name, family_name, dob) VALUES ('Αικατερίνη', 'Παπαδοπούλου', '1985-03-04')</c>),
/// and there, as in a table, the column is the only thing that says a surname on no list is a surname.
/// </summary>
public sealed partial class FieldValueDetector
{
    /// <summary>Every <c>INSERT INTO t (columns) VALUES (…), (…)</c>: each value is its column's type when it looks like it.</summary>
    private static void SqlInserts(string text, Action<string?, int, int> add)
    {
        var at = 0;
        while (at < text.Length && (at = text.IndexOf("insert into", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += "insert into".Length;
            var open = text.IndexOf('(', at);
            var values = text.IndexOf("values", at, StringComparison.OrdinalIgnoreCase);
            if (open < 0 || values < 0 || open > values || open - at > 128)
            {
                continue; // INSERT … SELECT, or no column list: the columns are not named here
            }

            var close = text.IndexOf(')', open);
            if (close < 0 || close > values)
            {
                continue;
            }

            // A table's own "id" column is its row key, not anyone's identity number.
            var types = text[(open + 1)..close].Split(',').Select(c => c.Trim().Trim('`', '"', '[', ']') is var column && column.Equals("id", StringComparison.OrdinalIgnoreCase) ? null : TypeOf(column)).ToList();
            if (types.All(t => t is null))
            {
                continue;
            }

            at = Tuples(text, values + "values".Length, types, add);
        }
    }

    /// <summary>Reads the value tuples after VALUES, up to the statement's end; returns where it stopped.</summary>
    private static int Tuples(string text, int i, List<string?> types, Action<string?, int, int> add)
    {
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
            {
                i++;
            }

            if (i >= text.Length || text[i] != '(')
            {
                return i; // ';' or anything else ends the statement
            }

            i++;
            var column = 0;
            while (i < text.Length && text[i] != ')')
            {
                while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\r')
                {
                    i++;
                }

                int start, end;
                if (i < text.Length && text[i] == '\'')
                {
                    // A quoted string; '' inside it is a quote.
                    start = ++i;
                    while (i < text.Length && !(text[i] == '\'' && (i + 1 >= text.Length || text[i + 1] != '\'')))
                    {
                        i += text[i] == '\'' ? 2 : 1;
                    }

                    end = Math.Min(i, text.Length);
                    i = Math.Min(i + 1, text.Length);
                }
                else
                {
                    start = i;
                    while (i < text.Length && text[i] is not (',' or ')'))
                    {
                        i++;
                    }

                    end = i;
                }

                if (column < types.Count)
                {
                    add(types[column], start, end);
                }

                column++;
                while (i < text.Length && text[i] is not (',' or ')'))
                {
                    i++; // a cast or a function's rest: "'1985-03-04'::date"
                }

                if (i < text.Length && text[i] == ',')
                {
                    i++;
                }
            }

            i++; // past the tuple's ')' (or the text's end, when it was cut off)
        }

        return Math.Min(i, text.Length);
    }
}
