using LocalMesh.Configuration;
using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>A backend ready to use: its live state, its chat pipeline and, where it has one, its embedding generator.</summary>
public sealed class Backend
{
    /// <summary>Creates a backend.</summary>
    /// <param name="state">Live state.</param>
    /// <param name="chatClient">The chat pipeline; null for a backend that only makes embeddings.</param>
    /// <param name="embeddings">The embedding generator, if any.</param>
    /// <param name="probe">The active health probe; null for in-process backends.</param>
    public Backend(BackendState state, IChatClient? chatClient, IEmbeddingGenerator<string, Embedding<float>>? embeddings, Func<CancellationToken, Task<IReadOnlyList<string>>>? probe)
    {
        State = state;
        ServesChat = chatClient is not null;
        ChatClient = chatClient ?? new NoChatClient(state.Name);
        Embeddings = embeddings;
        Probe = probe;
    }

    /// <summary>
    /// Whether this is the node's local specialists (intents and skills): a backend of the local tier the planner asks
    /// first, and last for a degraded answer, which may decline so the request escalates. The router tells them by
    /// this role, never by their name; the queue does not wait for them.
    /// </summary>
    public bool IsSpecialists { get; init; }

    /// <summary>The backend's name.</summary>
    public string Name => State.Name;

    /// <summary>Its tier.</summary>
    public Tier Tier => State.Tier;

    /// <summary>Live state: health, circuit, load.</summary>
    public BackendState State { get; }

    /// <summary>The chat pipeline: concurrency, ledger and privacy stages around the protocol client.</summary>
    public IChatClient ChatClient { get; }

    /// <summary>Whether the backend answers chat at all (an embeddings-only backend does not).</summary>
    public bool ServesChat { get; }

    /// <summary>The embedding generator, if the backend serves embeddings.</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; }

    /// <summary>The active health probe: returns the models the backend lists; throws when it is unreachable. Null: never probed (in-process).</summary>
    public Func<CancellationToken, Task<IReadOnlyList<string>>>? Probe { get; }

    /// <summary>Whether requests for <paramref name="model"/> (null = auto) can go here, and the model name to send upstream.</summary>
    public bool Serves(string? model, out string? upstreamModel)
    {
        upstreamModel = State.DefaultModel;
        if (!ServesChat)
        {
            return false;
        }

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

    /// <summary>The chat client of an embeddings-only backend: the router never picks it, so it is never called.</summary>
    private sealed class NoChatClient(string backend) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException($"Backend '{backend}' makes embeddings only.");

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException($"Backend '{backend}' makes embeddings only.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
