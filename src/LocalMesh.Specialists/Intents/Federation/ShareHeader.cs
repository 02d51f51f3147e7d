namespace LocalMesh.Specialists.Intents.Federation;

/// <summary>What a shared model version says about itself: where it comes from and the shape of its weights.</summary>
public sealed record ShareHeader
{
    /// <summary>The node that trained it.</summary>
    public required string Node { get; init; }

    /// <summary>That node's site.</summary>
    public required string Site { get; init; }

    /// <summary>Its version on that node.</summary>
    public required int Version { get; init; }

    /// <summary>When that node trained it.</summary>
    public DateTimeOffset TrainedAt { get; init; }

    /// <summary>How many corrections it learned from (a count; never the corrections).</summary>
    public int Corrections { get; init; }

    /// <summary>The <see cref="SharedFeatures.Id"/> of the feature space its first layers are written in.</summary>
    public required string Features { get; init; }

    /// <summary>The number of features (rows of each first layer).</summary>
    public required int FeatureCount { get; init; }

    /// <summary>The intents it shares, in the order of its weights' columns (always including <c>oos</c>).</summary>
    public required IReadOnlyList<string> Intents { get; init; }

    /// <summary>The hidden size of each network of the ensemble.</summary>
    public required IReadOnlyList<int> Hidden { get; init; }

    /// <summary>The sentence encoder its semantic half was trained on, or null when it has none.</summary>
    public string? Encoder { get; init; }

    /// <summary>The semantic half's input size (0 without one).</summary>
    public int Dimensions { get; init; }
}
