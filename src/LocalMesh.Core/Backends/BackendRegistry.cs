using LocalMesh.Configuration;
using LocalMesh.Local;

namespace LocalMesh.Backends;

/// <summary>Every backend of the node, built once at start-up. Thread-safe (immutable after construction).</summary>
public sealed class BackendRegistry
{
    private readonly Dictionary<string, Backend> _byName;

    /// <summary>Creates the registry.</summary>
    /// <param name="backends">The configured (HTTP) backends.</param>
    /// <param name="specialistsPrimary">In-process specialists asked first; null when none are registered.</param>
    /// <param name="specialistsFallback">The same specialists asked last, for a degraded answer.</param>
    public BackendRegistry(IReadOnlyList<Backend> backends, Backend? specialistsPrimary = null, Backend? specialistsFallback = null)
    {
        All = backends;
        SpecialistsPrimary = specialistsPrimary;
        SpecialistsFallback = specialistsFallback;
        _byName = backends.ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The configured backends, in configuration order.</summary>
    public IReadOnlyList<Backend> All { get; }

    /// <summary>The in-process specialists (local tier), asked before any model.</summary>
    public Backend? SpecialistsPrimary { get; }

    /// <summary>The in-process specialists asked last for a degraded answer.</summary>
    public Backend? SpecialistsFallback { get; }

    /// <summary>Finds a backend by name.</summary>
    public Backend? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Every model name a client may ask for: <c>auto</c>, each served model, and <c>backend/model</c> forms.</summary>
    public IReadOnlyList<(string Id, Backend? Backend, Tier? Tier)> ChatModels()
    {
        var result = new List<(string, Backend?, Tier?)> { ("auto", null, null) };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "auto" };
        foreach (var backend in All.Where(b => b.State.Config.Enabled))
        {
            foreach (var model in backend.State.Models)
            {
                if (seen.Add(model))
                {
                    result.Add((model, backend, backend.Tier));
                }

                if (seen.Add(backend.Name + "/" + model))
                {
                    result.Add((backend.Name + "/" + model, backend, backend.Tier));
                }
            }

            foreach (var model in backend.State.Config.EmbeddingModels)
            {
                if (seen.Add(model))
                {
                    result.Add((model, backend, backend.Tier));
                }
            }
        }

        if (SpecialistsPrimary is not null)
        {
            result.Add((SpecialistsChatClient.BackendName, SpecialistsPrimary, Tier.Local));
        }

        return result;
    }
}
