using System.Globalization;
using LocalMesh.Storage;

namespace LocalMesh.Specialists.Intents;

/// <summary>What people's corrections and the log of classified requests say about the intent model (the dashboard's intents panel).</summary>
public sealed partial class IntentStore
{
    /// <summary>The newest corrections, newest first, each with what the model had said of its request (when it is still in the log).</summary>
    public async Task<IReadOnlyList<StoredCorrection>> RecentCorrectionsAsync(int limit)
    {
        await _log.FlushAsync().ConfigureAwait(false);
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, """
            SELECT c.id, c.request_id, c.text, c.intent, c.kind, c.created_at, l.intent
            FROM intent_corrections c LEFT JOIN intent_log l ON l.request_id = c.request_id
            ORDER BY c.id DESC LIMIT $p0
            """, r => new StoredCorrection(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.IsDBNull(6) ? null : r.GetString(6)), Math.Clamp(limit, 0, 1000));
    }

    /// <summary>Per intent, over the logged requests (the last <see cref="LogLimit"/>): how many the model gave it, kept local, and saw corrected.</summary>
    public async Task<IReadOnlyList<IntentUsage>> UsageAsync()
    {
        await _log.FlushAsync().ConfigureAwait(false);
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, """
            SELECT l.intent, COUNT(*), SUM(CASE WHEN l.decision = 'local' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM intent_corrections c WHERE c.request_id = l.request_id AND c.intent <> l.intent) THEN 1 ELSE 0 END)
            FROM intent_log l GROUP BY l.intent ORDER BY COUNT(*) DESC
            """, r => new IntentUsage(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)));
    }
}

/// <summary>A stored correction.</summary>
/// <param name="Intent">The intent it teaches (<c>oos</c> for "should escalate").</param>
/// <param name="Kind"><c>intent</c>, <c>should_escalate</c> or <c>should_stay_local</c>.</param>
/// <param name="WasIntent">What the model had said of the request, when the correction named one still in the log.</param>
public sealed record StoredCorrection(long Id, string? RequestId, string Text, string Intent, string Kind, DateTimeOffset CreatedAt, string? WasIntent);

/// <summary>How one intent fared over the logged requests.</summary>
/// <param name="Classified">Requests the model gave this intent.</param>
/// <param name="Local">Of those, answered locally (in scope).</param>
/// <param name="Corrected">Of those, corrected to another intent by someone.</param>
public sealed record IntentUsage(string Intent, long Classified, long Local, long Corrected);
