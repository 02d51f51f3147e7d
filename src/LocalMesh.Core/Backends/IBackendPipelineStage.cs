using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>
/// Adds a stage to each backend's pipeline, between the router and the wire (e.g. redaction before a cloud backend).
/// Stages run inside the ledger scope of the attempt, so they may report redactions through <c>CrossingScope.Current</c>.
/// Register implementations in DI; they run in registration order, the first registered outermost.
/// </summary>
public interface IBackendPipelineStage
{
    /// <summary>Adds this stage for <paramref name="backend"/>, or nothing when it does not apply to it.</summary>
    void Configure(ChatClientBuilder builder, BackendState backend);

    /// <summary>Adds this stage to the backend's embedding pipeline (nothing by default).</summary>
    void ConfigureEmbeddings(EmbeddingGeneratorBuilder<string, Embedding<float>> builder, BackendState backend)
    {
    }
}
