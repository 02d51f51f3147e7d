namespace LocalMesh.Specialists;

/// <summary>
/// Settings of the local specialists (configuration section <c>LocalMesh:Specialists</c>): the intent model, the
/// offline skills and user-defined intents.
/// </summary>
public sealed record SpecialistsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Specialists";

    /// <summary>Whether the intent model and skills answer requests (on by default).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// The margin over out-of-scope below which a request escalates; null uses the model's own: 0.55 with the semantic
    /// half (chosen by cross-validation on CLINC150's training data), 0.4 for a lexical-only model.
    /// </summary>
    public float? Threshold { get; init; }

    /// <summary>Where model versions are kept; default <c>&lt;data-dir&gt;/intents</c>.</summary>
    public string? ModelDirectory { get; init; }

    /// <summary>
    /// An optional directory shared by nodes on one machine where a model trained from the same data is looked for
    /// before training (the model's data hash must match). Saves the first-start training on each extra node.
    /// </summary>
    public string? ModelCache { get; init; }

    /// <summary>
    /// Whether the intent model adds a semantic half over the node's sentence encoder (<c>LocalMesh:Encoder</c>): more
    /// accurate and much better at recognising out-of-scope requests, at a few milliseconds for the requests the lexical
    /// half is unsure of (docs/intents.md). Off, or without an encoder, the model is lexical only.
    /// </summary>
    public bool UseEncoder { get; init; } = true;

    /// <summary>Networks in the ensemble (more: a little more accurate, slower to train).</summary>
    public int Networks { get; init; } = 2;

    /// <summary>Seconds to wait after a correction before retraining, so a burst of corrections makes one new version.</summary>
    public double RetrainDelaySeconds { get; init; } = 2;

    /// <summary>Model versions kept on disk.</summary>
    public int KeepVersions { get; init; } = 5;

    /// <summary>The time zone of the user (IANA or Windows id); default the machine's.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Where smart-home commands are sent as JSON (POST); when unset they are only published on the node's event stream.</summary>
    public string? SmartHomeWebhook { get; init; }

    /// <summary>
    /// The tier the smart-home webhook counts as (<c>local</c>, <c>edge</c> or <c>cloud</c>; default <c>edge</c>, a hub
    /// on the site network). A command is sent only when the request's domain may reach this tier, and it is redacted
    /// when the tier is one of <c>LocalMesh:Privacy:RedactTiers</c>. Set <c>cloud</c> for a hub reached over the internet.
    /// </summary>
    public string SmartHomeWebhookTier { get; init; } = "edge";

    /// <summary>
    /// Built-in intents this site never shares with the mesh nor takes from it (federated model updates, docs/mesh.md),
    /// e.g. <c>["pin_change", "transfer"]</c>. Intents defined on the node (here or through the API) are never shared.
    /// </summary>
    public List<string> NotShared { get; init; } = [];

    /// <summary>User-defined intents by name.</summary>
    public Dictionary<string, UserIntentConfig> Intents { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>A user's own intent: example phrases, and a response template and/or webhook.</summary>
public sealed record UserIntentConfig
{
    /// <summary>Example phrases (at least 3; 10 or more is better).</summary>
    public List<string> Examples { get; init; } = [];

    /// <summary>The answer; <c>{text}</c> is replaced by the request, <c>{time}</c> and <c>{date}</c> by the local time and date.</summary>
    public string? Response { get; init; }

    /// <summary>When set, the request is POSTed here as JSON and the answer is the webhook's <c>text</c> (or the template).</summary>
    public string? Webhook { get; init; }

    /// <summary>The tier the webhook counts as (<c>local</c>, <c>edge</c> or <c>cloud</c>; default <c>edge</c>); see <see cref="SpecialistsOptions.SmartHomeWebhookTier"/>.</summary>
    public string WebhookTier { get; init; } = "edge";

    /// <summary>The intent's domain; default <c>custom</c>.</summary>
    public string? Domain { get; init; }
}
