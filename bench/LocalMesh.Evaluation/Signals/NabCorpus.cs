using System.Globalization;
using System.Text.Json;

namespace LocalMesh.Evaluation.Signals;

/// <summary>One NAB data file: its relative path (<c>category/file.csv</c>), timestamps and values.</summary>
public sealed record NabDataFile(string Name, DateTime[] Timestamps, double[] Values, IReadOnlyList<NabWindow> Windows)
{
    /// <summary>The category folder (e.g. <c>realKnownCause</c>).</summary>
    public string Category => Name[..Name.IndexOf('/')];

    /// <summary>The file name (e.g. <c>nyc_taxi.csv</c>).</summary>
    public string FileName => Name[(Name.IndexOf('/') + 1)..];
}

/// <summary>
/// Reads a NAB checkout laid out as NAB ships it: <c>data/&lt;category&gt;/&lt;file&gt;.csv</c> (timestamp,value)
/// and <c>labels/combined_windows.json</c>. Throws <see cref="InvalidDataException"/> naming the file at fault.
/// </summary>
public static class NabCorpus
{
    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Loads every labelled series under <paramref name="root"/>, ordered by name.</summary>
    public static IReadOnlyList<NabDataFile> Load(string root)
    {
        var labelsPath = Path.Combine(root, "labels", "combined_windows.json");
        var dataDir = Path.Combine(root, "data");
        if (!File.Exists(labelsPath) || !Directory.Exists(dataDir))
            throw new InvalidDataException($"{root} is not a NAB folder: it needs data/ and labels/combined_windows.json.");
        var windows = ReadWindows(labelsPath);
        var files = new List<NabDataFile>();
        foreach (var (name, limits) in windows.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(dataDir, name);
            if (!File.Exists(path)) throw new InvalidDataException($"{path} is labelled but missing.");
            var (timestamps, values) = ReadSeries(path, valueColumn: 1);
            files.Add(new NabDataFile(name, timestamps, values, limits));
        }
        return files;
    }

    /// <summary>Reads <c>combined_windows.json</c>: relative path → windows.</summary>
    public static Dictionary<string, IReadOnlyList<NabWindow>> ReadWindows(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, IReadOnlyList<NabWindow>>(StringComparer.Ordinal);
        foreach (var file in doc.RootElement.EnumerateObject())
            result[file.Name] = [.. file.Value.EnumerateArray().Select(w => new NabWindow(ParseTime(w[0].GetString()!, path), ParseTime(w[1].GetString()!, path)))];
        return result;
    }

    /// <summary>Reads a CSV whose first column is a timestamp and <paramref name="valueColumn"/> a number, after a header.</summary>
    public static (DateTime[] Timestamps, double[] Values) ReadSeries(string path, int valueColumn)
    {
        var times = new List<DateTime>();
        var values = new List<double>();
        int line = 0;
        foreach (var row in File.ReadLines(path))
        {
            if (line++ == 0 || row.Length == 0) continue;
            var cells = row.Split(',');
            if (cells.Length <= valueColumn || !double.TryParse(cells[valueColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new InvalidDataException($"{path}:{line}: expected a number in column {valueColumn + 1}.");
            times.Add(ParseTime(cells[0], $"{path}:{line}"));
            values.Add(v);
        }
        return ([.. times], [.. values]);
    }

    /// <summary>Parses NAB's timestamps (<c>2014-04-10 07:15:00</c>, optionally with fractional seconds).</summary>
    public static DateTime ParseTime(string text, string where)
    {
        if (DateTime.TryParseExact(text, [TimestampFormat, TimestampFormat + ".ffffff", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            return t;
        throw new InvalidDataException($"{where}: '{text}' is not a timestamp like 2014-04-10 07:15:00.");
    }

    /// <summary>Formats a timestamp the way NAB's files do.</summary>
    public static string FormatTime(DateTime t) => t.ToString(TimestampFormat, CultureInfo.InvariantCulture);
}
