using System.Runtime.CompilerServices;

namespace LocalMesh.Server.Tests.Hosting;

/// <summary>
/// A stopped and disposed node must leave nothing of itself reachable: tests start hundreds of nodes in one process, and
/// users embed the node in their own hosts. (ASP.NET Core's rate-limiting middleware kept every app alive through its
/// limiter's timer: the test suite grew to 18 GB.)
/// </summary>
public sealed class NodeLifetimeTests
{
    [Fact]
    public async Task A_disposed_node_and_its_services_can_be_collected()
    {
        var services = await RunAndDisposeANodeAsync();

        // Collection is not immediate when a finishing background task still holds the node for a moment: a bounded wait.
        for (var attempt = 0; attempt < 50 && services.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (services.IsAlive)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.False(services.IsAlive, "the disposed node's service provider is still reachable (find the root with dotnet-dump gcroot)");
    }

    [Fact]
    public async Task A_stopped_node_leaves_its_database_as_one_closed_file()
    {
        var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        using (var answer = await node.ChatAsync(TestNode.Body("hello")))
        {
            Assert.NotNull(answer); // the ledger wrote its row
        }

        var db = Path.Combine(node.DataDir, LocalMesh.Storage.SqliteDatabase.FileName);
        Assert.True(File.Exists(db + "-wal"), "a running node writes through the write-ahead log");
        await node.DisposeAsync();

        // The last connection's close merged the log into the file and deleted it: the file alone holds the row.
        Assert.False(File.Exists(db + "-wal"), "the stopped node still holds its database open (its -wal file is there)");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM requests";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> RunAndDisposeANodeAsync()
    {
        var node = await TestNode.StartAsync(new Dictionary<string, string?> { ["Limits:RequestsPerMinute"] = "1000" });
        using (var answer = await node.ChatAsync(TestNode.Body("hello")))
        {
            Assert.NotNull(answer); // a request went through every middleware, the rate limiter's partitions included
        }

        var services = new WeakReference(node.Services);
        await node.DisposeAsync();
        return services;
    }
}
