using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http.Json;
using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Telemetry;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;

namespace LocalMesh.Backends;

/// <summary>
/// Builds a <see cref="Backend"/> from its configuration: an HTTP client with the circuit breaker and the ledger's
/// byte counter, the protocol client (OpenAI-compatible through Microsoft.Extensions.AI.OpenAI, or Ollama through
/// OllamaSharp), the per-backend stages, and an active probe. Crossings are stamped with <paramref name="time"/>.
/// </summary>
public sealed class BackendFactory(IHttpClientFactory httpClients, AuditLedger ledger, LocalMeshOptions options, IEnumerable<IBackendPipelineStage> stages, TimeProvider? time = null)
{
    /// <summary>The named <see cref="HttpClient"/> of a backend.</summary>
    public static string HttpClientName(string backend) => "localmesh.backend." + backend;

    /// <summary>Builds the backend whose live state is <paramref name="state"/>.</summary>
    public Backend Create(BackendState state) => Create(state, httpClients.CreateClient(HttpClientName(state.Name)));

    /// <summary>
    /// Builds an OpenAI-protocol or Ollama backend over <paramref name="http"/>, a client a module supplies (the mesh's
    /// peers are reached over NATS through one): the same per-backend stages, telemetry, ledger and probe as a configured backend.
    /// </summary>
    public Backend Create(BackendState state, HttpClient http)
    {
        var config = state.Config;
        var endpoint = new Uri(config.Endpoint!.TrimEnd('/') + "/");
        var apiKey = config.ApiKey ?? (config.ApiKeyEnv is { } env ? Environment.GetEnvironmentVariable(env) : null);

        IChatClient protocol;
        var forwardsRaw = false;
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null;
        Func<CancellationToken, Task<IReadOnlyList<string>>> probe;
        if (string.Equals(config.Type, BackendTypes.Ollama, StringComparison.OrdinalIgnoreCase))
        {
            http.BaseAddress = endpoint;
            var ollama = new OllamaApiClient(http, state.DefaultModel ?? string.Empty);
            protocol = ollama;
            embeddings = ollama;
            probe = async ct => await ListOllamaModelsAsync(http, ct).ConfigureAwait(false);
        }
        else
        {
            var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "no-key" : apiKey), new OpenAIClientOptions
            {
                Endpoint = endpoint,
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0), // the router fails over instead of retrying one backend
                NetworkTimeout = Timeout.InfiniteTimeSpan, // the resilience pipeline owns timeouts

                // The SDK's logging policy logs every request's URI and headers at Information and times it; the ledger
                // records every crossing already, and the node never logs request contents.
                ClientLoggingOptions = new ClientLoggingOptions { EnableLogging = false },
            });
            protocol = new Forwarding.OpenAIForwardingChatClient(new OpenAIPassthroughChatClient(client.GetChatClient(state.DefaultModel ?? "default").AsIChatClient()), http, endpoint, apiKey);
            forwardsRaw = true;
            if (config.EmbeddingModels.Length > 0)
            {
                embeddings = new ModelSelectingEmbeddingGenerator(model => client.GetEmbeddingClient(model).AsIEmbeddingGenerator(), config.EmbeddingModels[0]);
            }

            probe = async ct => await ListOpenAIModelsAsync(http, endpoint, apiKey, ct).ConfigureAwait(false);
        }

        var builder = new ChatClientBuilder(protocol);
        foreach (var stage in stages)
        {
            stage.Configure(builder, state);
        }

        // Innermost, around the protocol client: each span and token measurement describes one call as the model saw it
        // (after redaction), with the GenAI semantic conventions. Never message contents, whatever the environment says.
        builder.UseOpenTelemetry(sourceName: LocalMeshTelemetry.Name, configure: otel => otel.EnableSensitiveData = false);

        if (embeddings is not null)
        {
            var embeddingBuilder = new EmbeddingGeneratorBuilder<string, Embedding<float>>(embeddings);
            foreach (var stage in stages)
            {
                stage.ConfigureEmbeddings(embeddingBuilder, state);
            }

            embeddingBuilder.UseOpenTelemetry(sourceName: LocalMeshTelemetry.Name, configure: otel => otel.EnableSensitiveData = false);

            embeddings = embeddingBuilder.Build();
        }

        var pipeline = new BackendChatClient(builder.Build(), state, ledger, options.Audit.StoreContent, forwardsRaw, time);
        return new Backend(state, pipeline, embeddings is null ? null : new BackendEmbeddingGenerator(embeddings, state, ledger, options.Audit.StoreContent, time), probe);
    }

    private static async Task<IReadOnlyList<string>> ListOpenAIModelsAsync(HttpClient http, Uri endpoint, string? apiKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, "models"));
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.Authorization = new("Bearer", apiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? [.. data.EnumerateArray().Select(m => m.TryGetProperty("id", out var id) ? id.GetString() : null).OfType<string>()]
            : [];
    }

    private static async Task<IReadOnlyList<string>> ListOllamaModelsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var json = await http.GetFromJsonAsync<JsonDocument>("api/tags", cancellationToken).ConfigureAwait(false);
        return json is not null && json.RootElement.TryGetProperty("models", out var models) && models.ValueKind == JsonValueKind.Array
            ? [.. models.EnumerateArray().Select(m => m.TryGetProperty("name", out var name) ? name.GetString() : null).OfType<string>()]
            : [];
    }
}
