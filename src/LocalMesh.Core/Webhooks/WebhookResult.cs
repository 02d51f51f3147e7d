namespace LocalMesh.Webhooks;

/// <summary>How a webhook call ended.</summary>
public enum WebhookOutcome
{
    /// <summary>The webhook answered 2xx.</summary>
    Delivered,

    /// <summary>The webhook answered, but not 2xx (after any retries).</summary>
    Rejected,

    /// <summary>It could not be reached or timed out (after any retries).</summary>
    Failed,

    /// <summary>Policy kept the data on the node: nothing was sent.</summary>
    Blocked,
}

/// <summary>The result of <see cref="WebhookGate.PostAsync"/>.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="StatusCode">The last HTTP status, when the webhook answered.</param>
/// <param name="Body">The response body of a delivered call (at most <see cref="WebhookGate.MaxResponseBytes"/> are read).</param>
/// <param name="Reason">Why it was blocked or failed, in words fit for the user's answer.</param>
public sealed record WebhookResult(WebhookOutcome Outcome, int? StatusCode, string? Body, string? Reason);
