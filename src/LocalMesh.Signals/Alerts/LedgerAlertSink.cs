using System.Globalization;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Signals.Streams;

namespace LocalMesh.Signals.Alerts;

/// <summary>Writes every alert to the audit ledger as a <c>signals.alert</c> row (stream, feature and score; never the values), in the stream's domain.</summary>
public sealed class LedgerAlertSink(AuditLedger ledger, LocalMeshOptions options, TimeProvider time) : ISignalAlertSink
{
    /// <summary>The ledger's operation name for an alert.</summary>
    public const string Operation = "signals.alert";

    /// <inheritdoc />
    public void Publish(SignalAlert alert, StreamSettings settings)
    {
        var now = time.GetUtcNow();
        ledger.Write(new RequestRecord
        {
            RequestId = RequestIds.New("sig", now),
            Timestamp = now,
            Operation = Operation,
            Domain = settings.Domain ?? options.Policy.DefaultDomain,
            DomainSource = settings.Domain is null ? "default" : "stream",
            Tier = "local",
            Backend = "signals",
            Reason = string.Create(CultureInfo.InvariantCulture, $"stream {alert.Stream}: {SignalAlert.FeatureName(alert.Feature)}, score {alert.Score:0.###} at {alert.Timestamp:O}"),
            Status = "ok",
        });
    }
}
