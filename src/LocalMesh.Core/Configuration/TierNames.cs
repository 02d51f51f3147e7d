namespace LocalMesh.Configuration;

/// <summary>Parsing and printing of tier names as they appear in configuration and headers.</summary>
public static class TierNames
{
    /// <summary>Parses <c>local</c>, <c>edge</c>, <c>remote</c> or <c>cloud</c> (any case).</summary>
    public static bool TryParse(string? value, out Tier tier) =>
        Enum.TryParse(value, ignoreCase: true, out tier) && Enum.IsDefined(tier) && !int.TryParse(value, out _);

    /// <summary>The lowercase name used in headers and the ledger.</summary>
    public static string Name(this Tier tier) => tier switch
    {
        Tier.Local => "local",
        Tier.Edge => "edge",
        Tier.Remote => "remote",
        _ => "cloud",
    };
}
