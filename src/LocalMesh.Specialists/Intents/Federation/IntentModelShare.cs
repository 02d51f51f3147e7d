using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalMesh.Specialists.Intents.Federation;

/// <summary>
/// The shareable form of a node's intent model: weights, version and origin, never data. It holds the lexical
/// networks with their first layers cut down to the <see cref="SharedFeatures"/> (the public built-in vocabulary, so no
/// hash of a word only the node's users wrote) and their output layers cut down to the intents the node shares, and
/// the semantic half's per-intent weights for those intents. It holds no examples, no corrections, no vocabulary, no
/// IDF weights (the node's own reveal which public words its corrections use) and no data hash. Immutable.
/// </summary>
public sealed partial class IntentModelShare
{
    private const string Magic = "LMSHARE";
    private const int FormatVersion = 1;

    /// <summary>The most intents, networks, hidden units, encoder dimensions and features a share may have.</summary>
    private const int MaxIntents = 2000, MaxNetworks = 8, MaxHidden = 1024, MaxDimensions = 4096, MaxFeatures = 2_000_000;

    private IntentModelShare(ShareHeader header, IReadOnlyList<SparseMlp> networks, EncoderHead? head)
    {
        Header = header;
        Networks = networks;
        Head = head;
    }

    /// <summary>Origin, version and shape.</summary>
    public ShareHeader Header { get; }

    /// <summary>The lexical networks over the shared features, one output per shared intent.</summary>
    public IReadOnlyList<SparseMlp> Networks { get; }

    /// <summary>The semantic half's weights for the shared intents, or null.</summary>
    public EncoderHead? Head { get; }

    /// <summary>
    /// The shareable form of <paramref name="model"/>'s own parts (not the peers it is served with: a node passes on
    /// only what it learned itself).
    /// </summary>
    /// <param name="model">The node's model.</param>
    /// <param name="features">The shared feature space.</param>
    /// <param name="shareable">Whether the node shares an intent (<c>oos</c> is always shared).</param>
    /// <param name="site">The node's site.</param>
    /// <param name="node">The node's id.</param>
    /// <exception cref="InvalidOperationException">The node shares no intent of this model.</exception>
    public static IntentModelShare Create(IntentModel model, SharedFeatures features, Func<string, bool> shareable, string site, string node)
    {
        var keep = Enumerable.Range(0, model.Intents.Count).Where(k => model.Intents[k] == IntentModel.OutOfScope || shareable(model.Intents[k])).ToArray();
        if (keep.Length < 2 || !keep.Any(k => model.Intents[k] == IntentModel.OutOfScope))
        {
            throw new InvalidOperationException("The model has no intent this node shares (and out-of-scope) to share.");
        }

        var rows = new int[features.Count]; // each shared feature's row in the model's own first layers, or -1
        for (var f = 0; f < rows.Length; f++)
        {
            rows[f] = model.Vocabulary.TryGetIndex(features.Vocabulary.Features[f], out var i) ? i : -1;
        }

        var networks = model.Networks.Select(n =>
        {
            var w1 = new float[features.Count * n.Hidden];
            for (var f = 0; f < rows.Length; f++)
            {
                if (rows[f] >= 0)
                {
                    n.W1.AsSpan(rows[f] * n.Hidden, n.Hidden).CopyTo(w1.AsSpan(f * n.Hidden, n.Hidden));
                }
            }

            return new SparseMlp(features.Count, n.Hidden, keep.Length, w1, n.B1, Columns(n.W2, n.Hidden, n.Classes, keep), [.. keep.Select(k => n.B2[k])]);
        }).ToArray();

        var head = model.Head is { } h && model.Info.Encoder is not null
            ? new EncoderHead(h.Dimensions, keep.Length, Columns(h.Weights, h.Dimensions, h.Classes, keep), [.. keep.Select(k => h.Bias[k])])
            : null;
        var header = new ShareHeader
        {
            Node = node,
            Site = site,
            Version = model.Info.Version,
            TrainedAt = model.Info.TrainedAt,
            Corrections = model.Info.Corrections,
            Features = features.Id,
            FeatureCount = features.Count,
            Intents = [.. keep.Select(k => model.Intents[k])],
            Hidden = [.. networks.Select(n => n.Hidden)],
            Encoder = head is null ? null : model.Info.Encoder,
            Dimensions = head?.Dimensions ?? 0,
        };
        return new IntentModelShare(header, networks, head);
    }

    /// <summary>The columns <paramref name="keep"/> of a row-major <paramref name="rows"/> × <paramref name="columns"/> matrix.</summary>
    internal static float[] Columns(float[] matrix, int rows, int columns, int[] keep)
    {
        var result = new float[rows * keep.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < keep.Length; j++)
            {
                result[(r * keep.Length) + j] = matrix[(r * columns) + keep[j]];
            }
        }

        return result;
    }

    /// <summary>The bytes published on the mesh (first layers as 16-bit floats, like model files).</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic.ToCharArray());
            writer.Write(FormatVersion);
            writer.Write(JsonSerializer.Serialize(Header, IntentJson.Default.ShareHeader));
            foreach (var network in Networks)
            {
                network.WriteTo(writer);
            }

            if (Head is not null)
            {
                writer.Write(MemoryMarshal.AsBytes(Head.Weights.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(Head.Bias.AsSpan()));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Reads a share from a peer, checking everything a malformed or lying one could get wrong: the format, the header's
    /// fields and limits, that the byte count is exactly what the header announces, and that every weight is finite.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a valid share (the message says what is wrong).</exception>
    public static IntentModelShare Parse(byte[] bytes)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Shared intent models are little-endian.");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        try
        {
            if (new string(reader.ReadChars(Magic.Length)) != Magic)
            {
                throw new InvalidDataException("not a LocalMesh shared intent model");
            }

            if (reader.ReadInt32() is var format && format != FormatVersion)
            {
                throw new InvalidDataException($"format {format}; this build reads format {FormatVersion}");
            }

            var header = JsonSerializer.Deserialize(reader.ReadString(), IntentJson.Default.ShareHeader) ?? throw new InvalidDataException("no header");
            Validate(header);
            var classes = header.Intents.Count;
            long expected = header.Encoder is null ? 0 : (long)classes * (header.Dimensions + 1) * sizeof(float);
            foreach (var hidden in header.Hidden)
            {
                expected += ((long)header.FeatureCount * hidden * 2) + ((long)hidden * sizeof(float)) + ((long)hidden * classes * sizeof(float)) + ((long)classes * sizeof(float));
            }

            if (stream.Length - stream.Position != expected)
            {
                throw new InvalidDataException($"{stream.Length - stream.Position} bytes of weights where the header announces {expected}");
            }

            var networks = header.Hidden.Select(hidden =>
            {
                var w1 = new float[header.FeatureCount * hidden];
                TensorPrimitives.ConvertToSingle(Read<Half>(stream, w1.Length), w1);
                return new SparseMlp(header.FeatureCount, hidden, classes, Finite(w1), Finite(Read<float>(stream, hidden)), Finite(Read<float>(stream, hidden * classes)), Finite(Read<float>(stream, classes)));
            }).ToArray();
            var head = header.Encoder is null ? null
                : new EncoderHead(header.Dimensions, classes, Finite(Read<float>(stream, header.Dimensions * classes)), Finite(Read<float>(stream, classes)));
            return new IntentModelShare(header, networks, head);
        }
        catch (Exception ex) when (ex is EndOfStreamException or JsonException or ArgumentException or FormatException)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    private static void Validate(ShareHeader header)
    {
        if (header.Node is null || header.Site is null || header.Features is null || header.Intents is null || header.Hidden is null)
        {
            throw new InvalidDataException("the header lacks its node, site, features, intents or networks");
        }

        var problems = new List<string>();
        if (!Token().IsMatch(header.Node) || !Token().IsMatch(header.Site))
        {
            problems.Add("the node and site must be letters, digits, '-' or '_'");
        }

        if (header.Version < 1 || header.Corrections < 0)
        {
            problems.Add($"version {header.Version} and corrections {header.Corrections} must be positive");
        }

        if (header.Intents.Count is < 2 or > MaxIntents || header.Intents.Any(i => i is null || !IntentName().IsMatch(i))
            || header.Intents.Distinct(StringComparer.Ordinal).Count() != header.Intents.Count || !header.Intents.Contains(IntentModel.OutOfScope))
        {
            problems.Add($"the intents must be 2 to {MaxIntents} different names of lower-case letters, digits or '_', including '{IntentModel.OutOfScope}'");
        }

        if (header.FeatureCount is < 1 or > MaxFeatures || string.IsNullOrEmpty(header.Features))
        {
            problems.Add($"the feature space must be named and have 1 to {MaxFeatures} features (it has {header.FeatureCount})");
        }

        if (header.Hidden.Count is < 1 or > MaxNetworks || header.Hidden.Any(h => h is < 1 or > MaxHidden))
        {
            problems.Add($"there must be 1 to {MaxNetworks} networks of 1 to {MaxHidden} hidden units");
        }

        if (header.Encoder is { } encoder ? encoder.Length > 100 || header.Dimensions is < 1 or > MaxDimensions : header.Dimensions != 0)
        {
            problems.Add($"a semantic half needs an encoder name and 1 to {MaxDimensions} dimensions (and none, no dimensions)");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(string.Join("; ", problems));
        }
    }

    private static T[] Read<T>(Stream stream, int count)
        where T : struct
    {
        var result = new T[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    private static float[] Finite(float[] values)
    {
        foreach (var v in values)
        {
            if (!float.IsFinite(v))
            {
                throw new InvalidDataException("a weight is not a finite number");
            }
        }

        return values;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Token();

    [GeneratedRegex("^[a-z0-9_]{1,64}$")]
    private static partial Regex IntentName();
}
