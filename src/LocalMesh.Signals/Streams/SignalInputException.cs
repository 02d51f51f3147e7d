namespace LocalMesh.Signals.Streams;

/// <summary>A batch or setting the hub refuses; nothing of it was applied. <see cref="Code"/> is machine-readable, <see cref="Param"/> names the field.</summary>
public sealed class SignalInputException(string message, string code, string? param = null) : Exception(message)
{
    /// <summary>E.g. <c>out_of_order</c>, <c>duplicate_timestamp</c>, <c>invalid_value</c>, <c>empty_batch</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The request field at fault, if any.</summary>
    public string? Param { get; } = param;
}
