using System.Globalization;
using System.Text;

namespace LocalMesh.Evaluation.Signals;

/// <summary>
/// NAB's results format: <c>DIR/&lt;detector&gt;/&lt;category&gt;/&lt;detector&gt;_&lt;file&gt;.csv</c> with columns
/// <c>timestamp,value,anomaly_score,label</c>, which NAB's official scorer reads.
/// </summary>
public static class NabResults
{
    /// <summary>The results path of one data file.</summary>
    public static string PathOf(string outDir, string detector, NabDataFile file) =>
        Path.Combine(outDir, detector, file.Category, $"{detector}_{file.FileName}");

    /// <summary>Writes one file's scores; scores are written round-trippable so both scorers read the same numbers.</summary>
    public static void Write(string outDir, string detector, NabDataFile file, IReadOnlyList<double> scores)
    {
        var path = PathOf(outDir, detector, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sb = new StringBuilder(file.Timestamps.Length * 48);
        sb.Append("timestamp,value,anomaly_score,label\n");
        int w = 0;
        for (int i = 0; i < file.Timestamps.Length; i++)
        {
            var t = file.Timestamps[i];
            while (w < file.Windows.Count && file.Windows[w].End < t) w++;
            int label = w < file.Windows.Count && file.Windows[w].Start <= t ? 1 : 0;
            sb.Append(NabCorpus.FormatTime(t)).Append(',')
              .Append(file.Values[i].ToString("R", CultureInfo.InvariantCulture)).Append(',')
              .Append(scores[i].ToString("R", CultureInfo.InvariantCulture)).Append(',')
              .Append(label).Append('\n');
        }
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Reads the scores of one file back from a results folder (for scoring another detector's results).</summary>
    public static double[] Read(string outDir, string detector, NabDataFile file)
    {
        var path = PathOf(outDir, detector, file);
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing.");
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? "").Split(',');
        int column = Array.IndexOf(header, "anomaly_score");
        if (column < 0) throw new InvalidDataException($"{path}: no anomaly_score column.");
        reader.Close();
        var (_, scores) = NabCorpus.ReadSeries(path, column);
        if (scores.Length != file.Timestamps.Length)
            throw new InvalidDataException($"{path}: {scores.Length} rows, the data file has {file.Timestamps.Length}.");
        return scores;
    }
}
