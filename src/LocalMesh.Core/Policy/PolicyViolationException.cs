namespace LocalMesh.Policy;

/// <summary>The request asks for something its key or its data domain does not allow (HTTP 403).</summary>
public sealed class PolicyViolationException(string message, string code = "policy_violation") : Exception(message)
{
    /// <summary>The OpenAI-style error code.</summary>
    public string Code { get; } = code;
}
