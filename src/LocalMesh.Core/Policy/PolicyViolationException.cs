namespace LocalMesh.Policy;

/// <summary>The request asks for something its key or its data domain does not allow (HTTP 403).</summary>
/// <param name="message">What was refused, by which rule, and how to override or report it.</param>
/// <param name="code">The OpenAI-style error code.</param>
/// <param name="domain">The request's data domain when the refusal is about it (sent back in <c>x-localmesh-route</c>).</param>
/// <param name="domainSource">Where that domain came from (<c>classifier</c> when from the content), if known.</param>
public sealed class PolicyViolationException(string message, string code = "policy_violation", string? domain = null, string? domainSource = null) : Exception(message)
{
    /// <summary>The OpenAI-style error code.</summary>
    public string Code { get; } = code;

    /// <summary>The request's data domain when the refusal is about it; null otherwise.</summary>
    public string? Domain { get; } = domain;

    /// <summary>Where <see cref="Domain"/> came from, if known.</summary>
    public string? DomainSource { get; } = domainSource;
}
