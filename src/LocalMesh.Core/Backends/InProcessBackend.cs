using LocalMesh.Configuration;
using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>
/// A backend that runs inside the node (a module's model, such as the sentence encoder): registered as a service, it
/// joins the configured backends in the registry with its own tier and models, is routed by the same policy, and has no
/// HTTP client nor probe. Nothing it does crosses the machine's boundary, so it writes no crossing rows.
/// </summary>
/// <param name="Name">The backend's name (in the route header and the ledger).</param>
/// <param name="Config">Its tier, models and embedding models.</param>
/// <param name="Chat">Its chat client; null when it only makes embeddings.</param>
/// <param name="Embeddings">Its embedding generator; null when it only chats.</param>
public sealed record InProcessBackend(string Name, BackendConfig Config, IChatClient? Chat, IEmbeddingGenerator<string, Embedding<float>>? Embeddings)
{
    /// <summary>The backend the registry routes to.</summary>
    public Backend Build()
    {
        var state = new BackendState(Name, Config);
        return new Backend(state, Chat is null ? null : new BackendChatClient(Chat, state, ledger: null, storeContent: false), Embeddings is null ? null : new BackendEmbeddingGenerator(Embeddings, state, ledger: null, storeContent: false), probe: null);
    }
}
