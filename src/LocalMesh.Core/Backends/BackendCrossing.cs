using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Routing;

namespace LocalMesh.Backends;

/// <summary>Turns one backend attempt's <see cref="CrossingScope"/> into a ledger row (shared by chat and embeddings).</summary>
internal static class BackendCrossing
{
    public static void Write(AuditLedger ledger, BackendState state, RouteContext? context, CrossingScope scope, DateTimeOffset started,
        long tokensIn, long tokensOut, bool estimated, Exception? error)
    {
        var config = state.Config;
        var crossing = new CrossingRecord
        {
            RequestId = context?.RequestId ?? "direct",
            Timestamp = started,
            Backend = state.Name,
            Tier = state.Tier.Name(),
            Destination = scope.Destination ?? (Uri.TryCreate(config.Endpoint, UriKind.Absolute, out var uri) ? $"{uri.Host}:{uri.Port}" : "unknown"),
            Domain = context?.Domain ?? "unknown",
            BytesSent = scope.BytesSent,
            BytesReceived = scope.BytesReceived,
            TokensSent = tokensIn,
            TokensReceived = tokensOut,
            TokensEstimated = estimated,
            Cost = ((tokensIn * config.InputCostPerMillion) + (tokensOut * config.OutputCostPerMillion)) / 1_000_000m,
            PolicyDecision = context is null ? "no route context" : $"domain '{context.Domain}' ({context.DomainSource}) allows {state.Tier.Name()}",
            Redactions = scope.Redactions,
            RedactedKinds = scope.RedactedKinds,
            ContentSha256 = scope.ContentSha256,
            Content = scope.Content,
            Outcome = error is null ? "ok" : "error",
            Error = error is null ? null : ErrorText.Describe(error),
        };
        ledger.Write(crossing);
        if (context is not null && error is null)
        {
            context.Answered = crossing; // what the semantic cache records as saved when this answer is given again
        }
    }
}
