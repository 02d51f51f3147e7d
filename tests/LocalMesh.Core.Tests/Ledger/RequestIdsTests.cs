using System.Globalization;
using LocalMesh.Ledger;
using LocalMesh.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalMesh.Core.Tests.Ledger;

public sealed class RequestIdsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 23, 59, 59, 990, TimeSpan.Zero);

    [Fact]
    public void AnId_IsThePrefix_AndAVersion7Uuid_WhoseFirst48BitsAreTheMillisecond()
    {
        var id = RequestIds.New("req_", Start);

        Assert.Matches("^req_[0-9a-f]{32}$", id);
        Assert.Equal(7, Guid.ParseExact(id[4..], "N").Version);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), long.Parse(id[4..16], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ids_SortAsTheirTimes_WhateverTheirRandomPart()
    {
        // Made out of order, 1 ms apart (across a second and a day boundary): sorted as strings, they come back in time order.
        var times = Enumerable.Range(0, 2000).Select(n => Start.AddMilliseconds(n)).ToArray();
        var ids = times.Reverse().Select(t => (Time: t, Id: RequestIds.New("req_", t))).ToArray();

        Assert.Equal(times, ids.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Time));
    }

    [Fact]
    public void IdsOfTheSameMillisecond_AreStillUnique()
    {
        var ids = Enumerable.Range(0, 100_000).Select(_ => RequestIds.New("req_", Start)).ToHashSet();

        Assert.Equal(100_000, ids.Count);
    }

    [Fact]
    public async Task ALedgerCommit_WritesAFewPages_NotOnePerRequest()
    {
        // A ledger already holding 20,000 requests, each with a crossing: its request_id indexes span hundreds of pages.
        var dataDir = LocalMesh.Testing.TempDirectories.Create("localmesh-ids-");
        await using var ledger = new AuditLedger(dataDir, NullLogger<AuditLedger>.Instance);
        var now = DateTimeOffset.UtcNow;
        for (var n = 0; n < 20_000; n++)
        {
            Write(ledger, now.AddMilliseconds(n / 4));
        }

        await ledger.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var connectionString = SqliteDatabase.ConnectionString(dataDir);
        using (var connection = SqliteDatabase.Open(connectionString))
        {
            SqliteDatabase.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        var wal = Path.Combine(dataDir, SqliteDatabase.FileName + "-wal");
        Assert.Equal(0, new FileInfo(wal).Length);

        // The next 200 requests, committed together, as a busy node's group commit does.
        for (var n = 0; n < 200; n++)
        {
            Write(ledger, now.AddSeconds(10).AddMilliseconds(n / 4));
        }

        await ledger.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        // Every page a commit changes is one frame in the write-ahead log (a 32-byte header, then 24 bytes + the page per frame).
        // Measured: 53 frames, for the new rows and the ends of the indexes. With random ids every request also touched
        // its own leaf page in each request_id index: 335 frames.
        var frames = (new FileInfo(wal).Length - 32) / (4096 + 24);
        Assert.InRange(frames, 1, 80);
        Assert.Equal(20_200L, Count(connectionString, "SELECT COUNT(*) FROM requests"));
    }

    private static void Write(AuditLedger ledger, DateTimeOffset at)
    {
        var id = RequestIds.New("req_", at);
        ledger.Write(new RequestRecord
        {
            RequestId = id, Timestamp = at, Operation = "chat.completions", Domain = "general", Tier = "edge", Backend = "edge",
            Reason = "first allowed healthy backend", Status = "ok", HttpStatus = 200, LatencyMs = 1.5, ClientBytes = 120,
        });
        ledger.Write(new CrossingRecord
        {
            RequestId = id, Timestamp = at, Backend = "edge", Tier = "edge", Destination = "127.0.0.1:11434", Domain = "general",
            BytesSent = 120, BytesReceived = 300, PolicyDecision = "allowed", Outcome = "ok", ContentSha256 = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
        });
    }

    private static long Count(string connectionString, string sql)
    {
        using var connection = SqliteDatabase.Open(connectionString);
        using var command = SqliteDatabase.Command(connection, sql);
        return (long)command.ExecuteScalar()!;
    }
}
