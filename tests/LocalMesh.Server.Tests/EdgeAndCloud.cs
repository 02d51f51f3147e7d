using LocalMesh.Testing;

namespace LocalMesh.Server.Tests;

/// <summary>The usual two-tier site: a recording edge server (model <c>llama3.2</c>), a recording cloud server (model <c>gpt-4o</c>) and a node routing to both.</summary>
public sealed class EdgeAndCloud : IAsyncDisposable
{
    private EdgeAndCloud(FakeLlmServer edge, FakeLlmServer cloud, TestNode node)
    {
        Edge = edge;
        Cloud = cloud;
        Node = node;
    }

    /// <summary>The edge upstream (backend <c>edge</c>).</summary>
    public FakeLlmServer Edge { get; }

    /// <summary>The cloud upstream (backend <c>cloud</c>).</summary>
    public FakeLlmServer Cloud { get; }

    /// <summary>The node.</summary>
    public TestNode Node { get; }

    /// <summary>Starts both upstreams and a node; <paramref name="config"/> adds settings (keys relative to <c>LocalMesh:</c>).</summary>
    /// <param name="config">Extra settings.</param>
    /// <param name="time">The node's clock (default: the system's).</param>
    public static async Task<EdgeAndCloud> StartAsync(IDictionary<string, string?>? config = null, TimeProvider? time = null)
    {
        var edge = await FakeLlmServer.StartAsync("edge");
        var cloud = await FakeLlmServer.StartAsync("cloud");
        var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"),
            TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o"),
            config ?? new Dictionary<string, string?>()), time: time);
        return new EdgeAndCloud(edge, cloud, node);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Node.DisposeAsync();
        await Edge.DisposeAsync();
        await Cloud.DisposeAsync();
    }
}
