namespace LocalMesh.Signals.Streams;

/// <summary>The <c>LocalMesh:Signals</c> configuration section.</summary>
public sealed record SignalsOptions
{
    /// <summary>The configuration section's path.</summary>
    public const string SectionName = "LocalMesh:Signals";

    /// <summary>Whether the node accepts signal streams.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Score at or above which a point is an alert (the detector's scores put NAB's standard optimum near 0.5).</summary>
    public double AlertThreshold { get; init; } = 0.5;

    /// <summary>Most points in one batch.</summary>
    public int MaxPointsPerBatch { get; init; } = 100_000;

    /// <summary>Points kept per stream as an alert's recent context.</summary>
    public int ContextPoints { get; init; } = 16;

    /// <summary>An http(s) URL every alert is POSTed to as JSON (through the webhook gate: policy, redaction, ledger); none by default.</summary>
    public string? Webhook { get; init; }

    /// <summary>The webhook's tier: <c>local</c>, <c>edge</c> or <c>cloud</c>.</summary>
    public string WebhookTier { get; init; } = "edge";

    /// <summary>Settings of named streams; streams not listed get <see cref="StreamSettings"/>' defaults until set by API.</summary>
    public Dictionary<string, StreamSettings> Streams { get; init; } = [];

    /// <summary>Every error in these options, each naming its key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var errors = new List<string>();
        const string at = "LocalMesh:Signals";
        if (AlertThreshold is <= 0 or >= 1 || !double.IsFinite(AlertThreshold)) errors.Add($"{at}:AlertThreshold must be between 0 and 1 (it is {AlertThreshold}).");
        if (MaxPointsPerBatch < 1) errors.Add($"{at}:MaxPointsPerBatch must be positive (it is {MaxPointsPerBatch}).");
        if (ContextPoints is < 0 or > 1000) errors.Add($"{at}:ContextPoints must be between 0 and 1000 (it is {ContextPoints}).");
        if (Webhook is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add($"{at}:Webhook must be an http(s) URL (it is '{url}').");
        if (!Configuration.TierNames.TryParse(WebhookTier, out _)) errors.Add($"{at}:WebhookTier must be local, edge or cloud (it is '{WebhookTier}').");
        foreach (var (name, settings) in Streams)
        {
            if (!StreamNames.IsValid(name)) errors.Add($"{at}:Streams:{name}: {StreamNames.Rule}");
            if (settings.Problem() is { } problem) errors.Add($"{at}:Streams:{name}: {problem}");
        }
        return errors;
    }
}
