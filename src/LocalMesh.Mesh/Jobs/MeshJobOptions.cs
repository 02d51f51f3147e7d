namespace LocalMesh.Mesh.Jobs;

/// <summary>The mesh's job queue (<c>LocalMesh:Mesh:Jobs</c>).</summary>
public sealed record MeshJobOptions
{
    /// <summary>Unsigned jobs are served only if they were in the queue before this node first ran a version that signs jobs.</summary>
    public const string BeforeUpgrade = "before-upgrade";

    /// <summary>Unsigned jobs are never served.</summary>
    public const string Never = "never";

    /// <summary>Unsigned jobs are served (a site whose nodes are upgraded one by one, while old ones still queue unsigned jobs). Leaves the hole open.</summary>
    public const string Always = "always";

    /// <summary>
    /// Which jobs without a signature (put by nodes of an earlier version, or by anyone who could reach the queue's
    /// subject) this node serves: <c>before-upgrade</c> (the default: those already in the site's queue when this node
    /// first started with this version, by their stream sequence), <c>never</c>, or <c>always</c>. Every unsigned job
    /// served is in the ledger; every one refused too.
    /// </summary>
    public string AcceptUnsigned { get; init; } = BeforeUpgrade;

    /// <summary>Every error in these options, each naming its key.</summary>
    public IEnumerable<string> Validate()
    {
        if (AcceptUnsigned is not (BeforeUpgrade or Never or Always))
        {
            yield return $"LocalMesh:Mesh:Jobs:AcceptUnsigned must be {BeforeUpgrade}, {Never} or {Always} (it is '{AcceptUnsigned}').";
        }
    }
}
