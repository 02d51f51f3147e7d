namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// A multi-class averaged perceptron over sparse binary features identified by 64-bit hashes (0 means
/// "no feature") (Collins 2002). Training
/// adds rows for new features as it meets them; <see cref="Average"/> replaces each weight by its average over all
/// updates, which generalises much better than the last weights. Scoring is thread-safe once training is over.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows;
    private float[] _weights;
    private double[] _totals = [];
    private int[] _stamps = [];
    private int _clock;

    /// <summary>Creates an empty model with <paramref name="classes"/> classes.</summary>
    public AveragedPerceptron(int classes)
    {
        Classes = classes;
        _rows = [];
        _weights = new float[1024 * classes];
    }

    private AveragedPerceptron(int classes, Dictionary<ulong, int> rows, float[] weights)
    {
        Classes = classes;
        _rows = rows;
        _weights = weights;
    }

    /// <summary>The number of classes.</summary>
    public int Classes { get; }

    /// <summary>The number of features with weights.</summary>
    public int Features => _rows.Count;

    /// <summary>Adds each feature's weights to <paramref name="scores"/> (one per class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * Classes, Classes);
                for (var c = 0; c < weights.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    /// <summary>The best class for the features (ties go to the lower class).</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[Classes];
        Score(features, scores);
        return ArgMax(scores);
    }

    /// <summary>The index of the largest score.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>One training step: when <paramref name="guess"/> is wrong, moves weight from it to <paramref name="truth"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1)
    {
        Tick();
        if (truth != guess)
        {
            Add(features, truth, amount);
            Add(features, guess, -amount);
        }
    }

    /// <summary>Counts one training step (for averaging); call once per example or token.</summary>
    public void Tick() => _clock++;

    /// <summary>Adds <paramref name="amount"/> to the weight of each feature for class <paramref name="class"/>.</summary>
    public void Add(ReadOnlySpan<ulong> features, int @class, float amount)
    {
        foreach (var feature in features)
        {
            if (feature != 0)
            {
                Nudge(Row(feature) * Classes + @class, amount);
            }
        }
    }

    /// <summary>Ends training: every weight becomes its average over the updates seen.</summary>
    public void Average()
    {
        var used = _rows.Count * Classes;
        for (var i = 0; i < used; i++)
        {
            var total = _totals[i] + ((double)(_clock - _stamps[i]) * _weights[i]);
            _weights[i] = (float)(total / Math.Max(1, _clock));
        }

        Array.Resize(ref _weights, used);
        _totals = [];
        _stamps = [];
    }

    /// <summary>Writes the averaged model.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(_rows.Count);
        foreach (var (feature, row) in _rows.OrderBy(r => r.Value))
        {
            writer.Write(feature);
            for (var c = 0; c < Classes; c++)
            {
                writer.Write((Half)_weights[row * Classes + c]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static AveragedPerceptron Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes is <= 0 or > 1024 || count < 0)
        {
            throw new InvalidDataException("The perceptron's header is corrupt.");
        }

        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * classes];
        for (var row = 0; row < count; row++)
        {
            rows[reader.ReadUInt64()] = row;
            for (var c = 0; c < classes; c++)
            {
                weights[row * classes + c] = (float)reader.ReadHalf();
            }
        }

        return new AveragedPerceptron(classes, rows, weights);
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _rows.Count;
        _rows[feature] = row;
        var needed = (row + 1) * Classes;
        if (needed > _weights.Length)
        {
            Array.Resize(ref _weights, Math.Max(needed, _weights.Length * 2));
        }

        if (needed > _totals.Length)
        {
            Array.Resize(ref _totals, _weights.Length);
            Array.Resize(ref _stamps, _weights.Length);
        }

        return row;
    }

    private void Nudge(int index, float amount)
    {
        _totals[index] += (double)(_clock - _stamps[index]) * _weights[index];
        _stamps[index] = _clock;
        _weights[index] += amount;
    }
}
