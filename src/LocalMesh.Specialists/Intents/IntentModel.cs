using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// A trained intent model: the vocabulary, an ensemble of <see cref="SparseMlp"/> networks whose probabilities are
/// averaged, the intents with their domains, and the confidence threshold below which a request escalates.
/// Immutable and thread-safe; a retrained model is a new instance swapped in by <see cref="IntentModelStore"/>.
/// </summary>
public sealed class IntentModel
{
    /// <summary>The label of out-of-scope examples and of the class that recognises them.</summary>
    public const string OutOfScope = "oos";

    private const string Magic = "LMINTENT";
    private const int FormatVersion = 1;

    private readonly string[] _intents;
    private readonly string[] _domains;
    private readonly int _oos;

    /// <summary>Creates a model from its parts.</summary>
    public IntentModel(IntentVocabulary vocabulary, IReadOnlyList<SparseMlp> networks, string[] intents, string[] domains, IntentModelInfo info)
    {
        if (networks.Count == 0 || networks.Any(n => n.Classes != intents.Length || n.Features != vocabulary.Count) || domains.Length != intents.Length)
        {
            throw new InvalidDataException("The model's networks, intents and vocabulary do not match.");
        }

        Vocabulary = vocabulary;
        Networks = networks;
        _intents = intents;
        _domains = domains;
        _oos = Array.IndexOf(intents, OutOfScope);
        Info = info;
    }

    /// <summary>The features the model knows.</summary>
    public IntentVocabulary Vocabulary { get; }

    /// <summary>The ensemble.</summary>
    public IReadOnlyList<SparseMlp> Networks { get; }

    /// <summary>Every class, including <see cref="OutOfScope"/> when it was trained.</summary>
    public IReadOnlyList<string> Intents => _intents;

    /// <summary>Version, threshold and provenance.</summary>
    public IntentModelInfo Info { get; }

    /// <summary>Classifies an utterance with the model's own threshold.</summary>
    public IntentPrediction Classify(string text) => Classify(text, Info.Threshold);

    /// <summary>
    /// Classifies an utterance: in scope when the best intent's probability exceeds the out-of-scope class's by at least
    /// <paramref name="threshold"/> (measured on CLINC150 to separate out-of-scope queries better than the best
    /// probability alone, docs/intents.md).
    /// </summary>
    public IntentPrediction Classify(string text, float threshold)
    {
        var x = Vocabulary.Vectorize(text);
        var classes = _intents.Length;
        var hiddenSize = Networks.Max(n => n.Hidden);
        Span<float> probabilities = classes <= 512 ? stackalloc float[classes] : new float[classes];
        Span<float> logits = classes <= 512 ? stackalloc float[classes] : new float[classes];
        Span<float> hidden = hiddenSize <= 1024 ? stackalloc float[hiddenSize] : new float[hiddenSize];
        probabilities.Clear();
        foreach (var network in Networks)
        {
            network.AddProbabilities(x, hidden[..network.Hidden], logits, probabilities);
        }

        TensorPrimitives.Divide(probabilities, Networks.Count, probabilities);
        var oos = _oos >= 0 ? probabilities[_oos] : 0f;
        if (_oos >= 0)
        {
            probabilities[_oos] = -1; // rank in-scope intents only
        }

        Span<int> top = stackalloc int[Math.Min(4, classes)];
        top.Fill(-1);
        for (var k = 0; k < classes; k++)
        {
            for (var i = 0; i < top.Length; i++)
            {
                if (top[i] < 0 || probabilities[k] > probabilities[top[i]])
                {
                    top[i..^1].CopyTo(top[(i + 1)..]);
                    top[i] = k;
                    break;
                }
            }
        }

        var best = top[0];
        var confidence = probabilities[best];
        var alternatives = new List<IntentScore>(top.Length - 1);
        foreach (var k in top[1..])
        {
            if (k >= 0 && k != _oos)
            {
                alternatives.Add(new IntentScore(_intents[k], probabilities[k]));
            }
        }

        var inScope = x.Indices.Length > 0 && IsInScope(confidence, oos, threshold);
        return new IntentPrediction(_intents[best], _domains[best], confidence, oos, inScope, alternatives);
    }

    /// <summary>The decision rule: the best intent beats out-of-scope by at least the threshold.</summary>
    public static bool IsInScope(float confidence, float outOfScope, float threshold) => confidence > outOfScope && confidence - outOfScope >= threshold;

    /// <summary>Writes the model (first layers as 16-bit floats) to <paramref name="path"/> atomically.</summary>
    public void Save(string path)
    {
        EnsureLittleEndian();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic.ToCharArray());
            writer.Write(FormatVersion);
            writer.Write(JsonSerializer.Serialize(Info, IntentJson.Default.IntentModelInfo));
            writer.Write(_intents.Length);
            for (var i = 0; i < _intents.Length; i++)
            {
                writer.Write(_intents[i]);
                writer.Write(_domains[i]);
            }

            writer.Write(Vocabulary.Count);
            writer.Write(MemoryMarshal.AsBytes(Vocabulary.Features.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(Vocabulary.Idf.AsSpan()));
            writer.Write(Networks.Count);
            foreach (var network in Networks)
            {
                writer.Write(network.Hidden);
                var half = new Half[network.W1.Length];
                TensorPrimitives.ConvertToHalf(network.W1, half);
                writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(network.B1.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(network.W2.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(network.B2.AsSpan()));
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads only the information header of a model file (cheap: no weights are read).</summary>
    /// <exception cref="InvalidDataException">The file is not an intent model of a version this build reads.</exception>
    public static IntentModelInfo ReadInfo(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        return ReadHeader(reader, path);
    }

    private static IntentModelInfo ReadHeader(BinaryReader reader, string path)
    {
        try
        {
            if (new string(reader.ReadChars(Magic.Length)) != Magic)
            {
                throw new InvalidDataException($"{path} is not a LocalMesh intent model.");
            }

            if (reader.ReadInt32() is var format && format != FormatVersion)
            {
                throw new InvalidDataException($"{path} has model format {format}; this build reads format {FormatVersion}.");
            }

            return JsonSerializer.Deserialize(reader.ReadString(), IntentJson.Default.IntentModelInfo)
                ?? throw new InvalidDataException($"{path} has no model information.");
        }
        catch (Exception ex) when (ex is EndOfStreamException or JsonException or ArgumentException)
        {
            throw new InvalidDataException($"{path} is not a readable intent model ({ex.Message}).");
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not an intent model of a version this build reads.</exception>
    public static IntentModel Load(string path)
    {
        EnsureLittleEndian();
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        try
        {
            var info = ReadHeader(reader, path);
            var classes = Count(reader.ReadInt32(), 100_000);
            var intents = new string[classes];
            var domains = new string[classes];
            for (var i = 0; i < classes; i++)
            {
                intents[i] = reader.ReadString();
                domains[i] = reader.ReadString();
            }

            var features = Count(reader.ReadInt32(), 10_000_000);
            var vocabulary = new IntentVocabulary(Read<ulong>(stream, features), Read<float>(stream, features));
            var networks = new SparseMlp[Count(reader.ReadInt32(), 16)];
            for (var n = 0; n < networks.Length; n++)
            {
                var hidden = Count(reader.ReadInt32(), 4096);
                var half = Read<Half>(stream, features * hidden);
                var w1 = new float[half.Length];
                TensorPrimitives.ConvertToSingle(half, w1);
                networks[n] = new SparseMlp(features, hidden, classes, w1, Read<float>(stream, hidden), Read<float>(stream, hidden * classes), Read<float>(stream, classes));
            }

            return new IntentModel(vocabulary, networks, intents, domains, info);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path} is truncated.");
        }
    }

    private static int Count(int value, int max) =>
        value is >= 1 && value <= max ? value : throw new InvalidDataException($"The model file is corrupt (a count of {value}).");

    private static T[] Read<T>(Stream stream, int count)
        where T : struct
    {
        var result = new T[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Intent model files are little-endian.");
        }
    }
}
