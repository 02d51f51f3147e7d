using System.Text.Json.Serialization;

namespace LocalMesh.Specialists.Intents;

/// <summary>What a model file says about itself.</summary>
public sealed record IntentModelInfo
{
    /// <summary>Increases with each retraining on a node (1 for the first).</summary>
    public int Version { get; init; } = 1;

    /// <summary>When it was trained.</summary>
    public DateTimeOffset TrainedAt { get; init; }

    /// <summary>The confidence below which a request escalates.</summary>
    public float Threshold { get; init; }

    /// <summary>How many examples it was trained on.</summary>
    public int Examples { get; init; }

    /// <summary>How many of them were people's corrections.</summary>
    public int Corrections { get; init; }

    /// <summary>A hash of the training data and settings: a model is reused only for the same data.</summary>
    public string DataHash { get; init; } = "";

    /// <summary>How long training took.</summary>
    public double TrainingSeconds { get; init; }

    /// <summary>The sentence encoder's model id the semantic half was trained on (e.g. <c>local-minilm</c>); null for a lexical-only model.</summary>
    public string? Encoder { get; init; }

    /// <summary>The semantic half's share of the blended probabilities (0 to 1).</summary>
    public float EncoderWeight { get; init; }

    /// <summary>
    /// The temperature the lexical half's probabilities are softened with before they are blended (p^(1/T), renormalised;
    /// 1 leaves them as they are, as in models trained before it existed).
    /// </summary>
    public float LexicalTemperature { get; init; } = 1f;

    /// <summary>The lexical margin (best intent over out-of-scope) at which the lexical answer stands and the encoder is not run.</summary>
    public float FastPath { get; init; } = 1f;
}

/// <summary>Source-generated JSON for the intent types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IntentModelInfo))]
[JsonSerializable(typeof(Federation.ShareHeader))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class IntentJson : JsonSerializerContext;
