namespace LocalMesh.Configuration;

/// <summary>Where an answer is produced, from closest to the data to farthest.</summary>
public enum Tier
{
    /// <summary>In-process specialists and backends on this machine.</summary>
    Local = 0,

    /// <summary>A nearby machine on the site (Ollama, llama.cpp server, vLLM).</summary>
    Edge = 1,

    /// <summary>
    /// Another LocalMesh node of the mesh in another site: the data leaves the site (but not the organisation's mesh), so a
    /// domain must list it to be reached, and <c>Privacy:RedactTiers</c> applies as for <see cref="Cloud"/>.
    /// </summary>
    Remote = 2,

    /// <summary>A cloud LLM: last resort, only where policy allows.</summary>
    Cloud = 3,
}
