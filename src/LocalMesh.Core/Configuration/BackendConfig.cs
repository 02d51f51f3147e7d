namespace LocalMesh.Configuration;

/// <summary>One upstream model server, as written in configuration (<c>LocalMesh:Backends:{name}</c>).</summary>
public sealed record BackendConfig
{
    /// <summary>The tier this backend belongs to: <c>local</c>, <c>edge</c> or <c>cloud</c>.</summary>
    public Tier Tier { get; init; } = Tier.Edge;

    /// <summary>The protocol: <c>openai</c> (any OpenAI-compatible endpoint: vLLM, llama.cpp server, Ollama's /v1, cloud) or <c>ollama</c> (Ollama's native API).</summary>
    public string Type { get; init; } = BackendTypes.OpenAI;

    /// <summary>Base address, e.g. <c>http://127.0.0.1:11434/v1</c> for OpenAI-compatible servers or <c>http://127.0.0.1:11434</c> for native Ollama.</summary>
    public string? Endpoint { get; init; }

    /// <summary>API key in plain text. Prefer <see cref="ApiKeyEnv"/>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Name of the environment variable that holds the API key.</summary>
    public string? ApiKeyEnv { get; init; }

    /// <summary>Models this backend serves; the first is used for <c>auto</c>. Empty: discovered from the backend's model list.</summary>
    public string[] Models { get; init; } = [];

    /// <summary>Models this backend serves for <c>/v1/embeddings</c>.</summary>
    public string[] EmbeddingModels { get; init; } = [];

    /// <summary>Requests in flight at most; further requests go to another backend.</summary>
    public int MaxConcurrency { get; init; } = 64;

    /// <summary>Time allowed for the upstream to start answering.</summary>
    public double TimeoutSeconds { get; init; } = 120;

    /// <summary>Largest prompt (in tokens, estimated) this backend accepts; null = no limit known.</summary>
    public int? ContextLength { get; init; }

    /// <summary>Whether the backend accepts tool definitions.</summary>
    public bool SupportsTools { get; init; } = true;

    /// <summary>Whether the backend can stream.</summary>
    public bool SupportsStreaming { get; init; } = true;

    /// <summary>Price per million input tokens (any currency; used for ordering and the ledger's estimated cost).</summary>
    public decimal InputCostPerMillion { get; init; }

    /// <summary>Price per million output tokens.</summary>
    public decimal OutputCostPerMillion { get; init; }

    /// <summary>Set to false to take the backend out of rotation without deleting it.</summary>
    public bool Enabled { get; init; } = true;
}

/// <summary>Names of the supported backend protocols.</summary>
public static class BackendTypes
{
    /// <summary>Any OpenAI-compatible HTTP endpoint.</summary>
    public const string OpenAI = "openai";

    /// <summary>Ollama's native API (through OllamaSharp).</summary>
    public const string Ollama = "ollama";

    /// <summary>
    /// A backend inside the node (the local specialists, the sentence encoder): not configurable, never probed, healthy
    /// while the node runs.
    /// </summary>
    public const string Builtin = "builtin";

    /// <summary>All names a configured backend may have.</summary>
    public static readonly IReadOnlyList<string> All = [OpenAI, Ollama];
}
