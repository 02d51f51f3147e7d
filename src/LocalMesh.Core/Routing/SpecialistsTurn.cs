namespace LocalMesh.Routing;

/// <summary>
/// Where a model-<c>auto</c> request is with the in-process specialists when a stage in front of the router asks them
/// first on their own (<see cref="SpecialistsFirst"/>), so that it does its own work only for requests they do not answer.
/// </summary>
public enum SpecialistsTurn
{
    /// <summary>Planned as usual: the specialists first, the backends, the specialists last for a degraded answer.</summary>
    Default,

    /// <summary>Only the specialists are planned (answer if sure, else the plan ends).</summary>
    Only,

    /// <summary>The specialists declined: they are not asked first again (they may still give a degraded answer last).</summary>
    Declined,
}
