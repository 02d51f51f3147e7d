namespace LocalMesh;

/// <summary>Settings of the privacy guard (configuration section <c>LocalMesh:Privacy</c>).</summary>
public sealed record PrivacyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Privacy";

    /// <summary>Whether requests are redacted before they reach the tiers in <see cref="RedactTiers"/> (on by default).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The tiers whose backends only ever see redacted text (default: cloud).</summary>
    public List<string> RedactTiers { get; init; } = ["cloud"];

    /// <summary>Terms that must never leave: project code names, customer names, internal host names.</summary>
    public List<string> DeclaredSecrets { get; init; } = [];

    /// <summary>A file with more declared secrets, one per line (<c>#</c> starts a comment).</summary>
    public string? DeclaredSecretsFile { get; init; }
}
