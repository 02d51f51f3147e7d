namespace LocalMesh.Server.Http;

/// <summary>A request the API rejects, with the OpenAI error fields it is reported with.</summary>
public sealed class ApiException(int status, string message, string type = OpenAIError.InvalidRequest, string? param = null, string? code = null) : Exception(message)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>OpenAI's <c>error.type</c>.</summary>
    public string Type { get; } = type;

    /// <summary>OpenAI's <c>error.param</c>: the request field at fault.</summary>
    public string? Param { get; } = param;

    /// <summary>OpenAI's <c>error.code</c>.</summary>
    public string? Code { get; } = code;
}
