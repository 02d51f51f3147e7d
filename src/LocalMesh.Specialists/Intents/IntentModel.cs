using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text.Json;
using LocalMesh.Specialists.Intents.Federation;
using Microsoft.Extensions.AI;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// A trained intent model: the vocabulary, an ensemble of <see cref="SparseMlp"/> networks whose probabilities are
/// averaged (the lexical half), optionally an <see cref="EncoderHead"/> over sentence-encoder vectors (the semantic
/// half), the intents with their domains, and the threshold below which a request escalates. When the lexical half is
/// confident (<see cref="IntentModelInfo.FastPath"/>) its answer stands and the encoder is not run; otherwise both
/// halves' probabilities are blended (<see cref="IntentModelInfo.EncoderWeight"/>). Immutable and thread-safe; a
/// retrained model is a new instance swapped in by <see cref="IntentModelStore"/>.
/// </summary>
public sealed class IntentModel
{
    /// <summary>The label of out-of-scope examples and of the class that recognises them.</summary>
    public const string OutOfScope = "oos";

    private const string Magic = "LMINTENT";
    private const int FormatVersion = 2; // 2 added the encoder head; version 1 files (no head) are still read

    private readonly string[] _intents;
    private readonly string[] _domains;
    private readonly int _oos;

    /// <summary>Creates a model from its parts.</summary>
    /// <exception cref="InvalidDataException">The parts do not match (sizes, classes).</exception>
    public IntentModel(IntentVocabulary vocabulary, IReadOnlyList<SparseMlp> networks, string[] intents, string[] domains, IntentModelInfo info, EncoderHead? head = null, IntentModelPeers? peers = null)
    {
        if (networks.Count == 0 || networks.Any(n => n.Classes != intents.Length || n.Features != vocabulary.Count) || domains.Length != intents.Length
            || (head is not null && (head.Classes != intents.Length || info.Encoder is null)))
        {
            throw new InvalidDataException("The model's networks, encoder head, intents and vocabulary do not match.");
        }

        Head = head;
        Peers = peers;
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

    /// <summary>The semantic half, or null for a lexical-only model.</summary>
    public EncoderHead? Head { get; }

    /// <summary>
    /// Other nodes' shared versions this model is served with (federated updates), or null for this node's model alone.
    /// They are not saved with the model: the store binds them again to each version it serves.
    /// </summary>
    public IntentModelPeers? Peers { get; }

    /// <summary>Every class, including <see cref="OutOfScope"/> when it was trained.</summary>
    public IReadOnlyList<string> Intents => _intents;

    /// <summary>Version, threshold and provenance.</summary>
    public IntentModelInfo Info { get; }

    /// <summary>Classifies an utterance with the model's own threshold and the lexical half only.</summary>
    public IntentPrediction Classify(string text) => Classify(text, Info.Threshold);

    /// <summary>
    /// Classifies an utterance: in scope when the best intent's probability exceeds the out-of-scope class's by at least
    /// <paramref name="threshold"/> (measured on CLINC150 to separate out-of-scope queries better than the best
    /// probability alone, docs/intents.md). With an <paramref name="encoder"/> (the one the head was trained on) and a
    /// head, an utterance the lexical half is not confident about is encoded and both halves are blended.
    /// </summary>
    /// <param name="text">The utterance.</param>
    /// <param name="threshold">The margin over out-of-scope a local answer needs.</param>
    /// <param name="encoder">The sentence encoder, or null for the lexical half alone. It is called synchronously (the
    /// in-process encoder completes at once).</param>
    public IntentPrediction Classify(string text, float threshold, IEmbeddingGenerator<string, Embedding<float>>? encoder = null)
    {
        var classes = _intents.Length;
        Span<float> probabilities = classes <= 512 ? stackalloc float[classes] : new float[classes];
        var features = LexicalProbabilities(text, probabilities);
        var encoded = false;
        var head = Peers?.Head ?? Head;
        if (head is not null && encoder is not null && LexicalMargin(probabilities) < Info.FastPath)
        {
            var vector = encoder.GenerateVectorAsync(text).GetAwaiter().GetResult();
            Span<float> semantic = classes <= 512 ? stackalloc float[classes] : new float[classes];
            head.Probabilities(vector.Span, semantic);
            Blend(probabilities, semantic, Info.EncoderWeight, Info.LexicalTemperature);
            encoded = true;
        }

        return Predict(probabilities, threshold, features > 0 || encoded) with { Encoded = encoded };
    }

    /// <summary>
    /// Writes the lexical half's class probabilities of <paramref name="text"/> (with the peers' parts voting, when the
    /// model is served with <see cref="Peers"/>); returns the number of known features it has.
    /// </summary>
    public int LexicalProbabilities(string text, Span<float> probabilities)
    {
        var counts = new Dictionary<ulong, float>();
        IntentFeaturizer.Extract(text, counts);
        var x = Vocabulary.Vectorize(counts);
        SparseMlp.Average(Networks, x, probabilities);
        Peers?.Vote(counts, probabilities[.._intents.Length]);
        return x.Indices.Length;
    }

    /// <summary>
    /// Mixes <paramref name="semantic"/> into <paramref name="probabilities"/> with weight <paramref name="weight"/>, after
    /// softening the lexical probabilities with <paramref name="lexicalTemperature"/> (p^(1/T), renormalised). The lexical
    /// networks are sure of themselves on phrasings like their training data's and stay nearly as sure when a new phrasing
    /// fools them; softened, a confident semantic half can outvote them (docs/intents.md: chosen by cross-validation).
    /// </summary>
    public static void Blend(Span<float> probabilities, ReadOnlySpan<float> semantic, float weight, float lexicalTemperature = 1f)
    {
        if (lexicalTemperature != 1f)
        {
            TensorPrimitives.Pow(probabilities, 1f / lexicalTemperature, probabilities);
            var sum = TensorPrimitives.Sum(probabilities);
            if (sum > 0)
            {
                TensorPrimitives.Divide(probabilities, sum, probabilities);
            }
        }

        TensorPrimitives.Multiply(probabilities, 1f - weight, probabilities);
        TensorPrimitives.MultiplyAdd(semantic, weight, probabilities, probabilities);
    }

    /// <summary>The lexical half's probability margin of its best intent over out-of-scope (what the fast path compares).</summary>
    public float LexicalMargin(ReadOnlySpan<float> probabilities) => probabilities[Best(probabilities)] - OutOfScopeOf(probabilities);

    /// <summary>Turns class probabilities into a prediction (the best in-scope intent, its alternatives and the decision).</summary>
    /// <param name="probabilities">One probability per class (the lexical half's, or blended).</param>
    /// <param name="threshold">The margin over out-of-scope a local answer needs.</param>
    /// <param name="evidence">False when the text had nothing the model could read (then it is out of scope).</param>
    public IntentPrediction Predict(ReadOnlySpan<float> probabilities, float threshold, bool evidence = true)
    {
        var classes = _intents.Length;
        Span<float> ranked = classes <= 512 ? stackalloc float[classes] : new float[classes];
        probabilities[..classes].CopyTo(ranked);
        var oos = OutOfScopeOf(ranked);
        if (_oos >= 0)
        {
            ranked[_oos] = -1; // rank in-scope intents only
        }

        Span<int> top = stackalloc int[Math.Min(4, classes)];
        top.Fill(-1);
        for (var k = 0; k < classes; k++)
        {
            for (var i = 0; i < top.Length; i++)
            {
                if (top[i] < 0 || ranked[k] > ranked[top[i]])
                {
                    top[i..^1].CopyTo(top[(i + 1)..]);
                    top[i] = k;
                    break;
                }
            }
        }

        var best = top[0];
        var confidence = ranked[best];
        var alternatives = new List<IntentScore>(top.Length - 1);
        foreach (var k in top[1..])
        {
            if (k >= 0 && k != _oos)
            {
                alternatives.Add(new IntentScore(_intents[k], ranked[k]));
            }
        }

        var inScope = evidence && IsInScope(confidence, oos, threshold);
        return new IntentPrediction(_intents[best], _domains[best], confidence, oos, inScope, alternatives);
    }

    /// <summary>A copy of this node's model (without <see cref="Peers"/>) with a semantic half (<paramref name="info"/> names its encoder, weight and fast path).</summary>
    public IntentModel WithHead(EncoderHead head, IntentModelInfo info) => new(Vocabulary, Networks, _intents, _domains, info, head);

    /// <summary>A copy of this node's model (without <see cref="Peers"/>) with other information (a version number).</summary>
    public IntentModel WithInfo(IntentModelInfo info) => new(Vocabulary, Networks, _intents, _domains, info, Head);

    /// <summary>This node's model served with <paramref name="peers"/> (null: alone).</summary>
    public IntentModel WithPeers(IntentModelPeers? peers) => new(Vocabulary, Networks, _intents, _domains, Info, Head, peers);

    private float OutOfScopeOf(ReadOnlySpan<float> probabilities) => _oos >= 0 ? probabilities[_oos] : 0f;

    private int Best(ReadOnlySpan<float> probabilities)
    {
        var best = _oos == 0 ? 1 : 0;
        for (var k = 0; k < _intents.Length; k++)
        {
            if (k != _oos && probabilities[k] > probabilities[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>The decision rule: the best intent beats out-of-scope by at least the threshold.</summary>
    public static bool IsInScope(float confidence, float outOfScope, float threshold) => confidence > outOfScope && confidence - outOfScope >= threshold;

    /// <summary>Writes the model (first layers as 16-bit floats; this node's own parts, never <see cref="Peers"/>) to <paramref name="path"/> atomically.</summary>
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
                network.WriteTo(writer);
            }

            writer.Write(Head is not null);
            if (Head is not null)
            {
                writer.Write(Head.Dimensions);
                writer.Write(MemoryMarshal.AsBytes(Head.Weights.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(Head.Bias.AsSpan()));
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

            if (reader.ReadInt32() is var format && format is not (1 or FormatVersion))
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

            EncoderHead? head = null;
            if (stream.Position < stream.Length && reader.ReadBoolean())
            {
                var dimensions = Count(reader.ReadInt32(), 8192);
                head = new EncoderHead(dimensions, classes, Read<float>(stream, dimensions * classes), Read<float>(stream, classes));
            }

            return new IntentModel(vocabulary, networks, intents, domains, info, head);
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
