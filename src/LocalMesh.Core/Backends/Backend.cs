using LocalMesh.Configuration;
using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>A backend ready to use: its live state, its chat pipeline and, where it has one, its embedding generator.</summary>
public sealed class Backend
{
    /// <summary>Creates a backend.</summary>
    public Backend(BackendState state, IChatClient chatClient, IEmbeddingGenerator<string, Embedding<float>>? embeddings, Func<CancellationToken, Task<IReadOnlyList<string>>>? probe)
    {
        State = state;
        ChatClient = chatClient;
        Embeddings = embeddings;
        Probe = probe;
    }

    /// <summary>
    /// Whether it answers inside the node (the specialists): never probed, it crosses no network, and the queue does not
    /// wait for it. Otherwise it is routed like any backend.
    /// </summary>
    public bool InProcess { get; init; }

    /// <summary>The backend's name.</summary>
    public string Name => State.Name;

    /// <summary>Its tier.</summary>
    public Tier Tier => State.Tier;

    /// <summary>Live state: health, circuit, load.</summary>
    public BackendState State { get; }

    /// <summary>The chat pipeline: concurrency, ledger and privacy stages around the protocol client.</summary>
    public IChatClient ChatClient { get; }

    /// <summary>The embedding generator, if the backend serves embeddings.</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; }

    /// <summary>The active health probe: returns the models the backend lists; throws when it is unreachable. Null: never probed (in-process).</summary>
    public Func<CancellationToken, Task<IReadOnlyList<string>>>? Probe { get; }

    /// <summary>Whether requests for <paramref name="model"/> (null = auto) can go here, and the model name to send upstream.</summary>
    public bool Serves(string? model, out string? upstreamModel)
    {
        upstreamModel = State.DefaultModel;
        if (model is null)
        {
            return true;
        }

        var prefix = Name + "/";
        if (model.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            upstreamModel = model[prefix.Length..];
            return upstreamModel.Length > 0;
        }

        foreach (var served in State.Models)
        {
            if (string.Equals(served, model, StringComparison.OrdinalIgnoreCase))
            {
                upstreamModel = served;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether embeddings for <paramref name="model"/> (null = any) can be made here, and the model to send.</summary>
    public bool ServesEmbeddings(string? model, out string? upstreamModel)
    {
        upstreamModel = State.Config.EmbeddingModels.FirstOrDefault();
        if (Embeddings is null || State.Config.EmbeddingModels.Length == 0)
        {
            return false;
        }

        if (model is null)
        {
            return true;
        }

        var bare = model.StartsWith(Name + "/", StringComparison.OrdinalIgnoreCase) ? model[(Name.Length + 1)..] : model;
        upstreamModel = State.Config.EmbeddingModels.FirstOrDefault(m => string.Equals(m, bare, StringComparison.OrdinalIgnoreCase));
        return upstreamModel is not null;
    }
}
