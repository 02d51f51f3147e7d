using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.OpenAI;

/// <summary>Hostile or broken clients on a real Kestrel node on loopback: none of them stops the node serving others.</summary>
public sealed class RobustnessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/v1/chat/completions")]
    [InlineData("/v1/embeddings")]
    public async Task HugeBody_12MB_IsRefusedWith413Json_WhileOtherClientsAreServed(string path)
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        // A raw connection: HttpClient stops at its own failed send when the node answers and closes mid-upload, so it
        // would hide the answer a client gets. The upload says its 12 MB length, sends a first megabyte and waits.
        using var uploader = new TcpClient();
        await uploader.ConnectAsync(IPAddress.Loopback, node.BaseUri.Port, Ct);
        var stream = uploader.GetStream();
        const int Length = 12 * 1024 * 1024;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {Length}\r\n\r\n"), Ct);
        var response = ReadResponseAsync(stream);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        await SendAsync(stream, chunk, 16, response); // 1 MB

        using (var other = await node.ChatAsync(TestNode.Body("Are you still there?")))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        // The rest, unless the node has answered (and closed) already.
        await SendAsync(stream, chunk, (Length / chunk.Length) - 16, response);
        var text = await response.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.StartsWith("HTTP/1.1 413 ", text);
        var error = JsonDocument.Parse(text[text.IndexOf('{', StringComparison.Ordinal)..(text.LastIndexOf('}') + 1)]).RootElement.GetProperty("error");
        Assert.Equal("request_too_large", error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Contains("MaxRequestBodyBytes", error.GetProperty("message").GetString());

        Assert.Single(edge.Requests); // only the other client's request reached the backend
        using var after = await node.ChatAsync(TestNode.Body("And now?"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task SlowClient_OneBytePerSecond_DoesNotStarveOthers_AndIsCutWith408()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        using var slow = new TcpClient();
        await slow.ConnectAsync(IPAddress.Loopback, node.BaseUri.Port, Ct);
        var stream = slow.GetStream();
        var body = Encoding.UTF8.GetBytes(TestNode.Body("I type very slowly."));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n"), Ct);
        var response = ReadResponseAsync(stream);

        // One byte a second, for at most the whole body (far longer than the node's minimum data rate allows).
        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < body.Length && !response.IsCompleted; i++)
            {
                try
                {
                    await stream.WriteAsync(body.AsMemory(i, 1), Ct);
                }
                catch (IOException)
                {
                    return; // the node closed the connection
                }

                await Task.Delay(1000, Ct);
            }
        }, Ct);

        // While it trickles, other clients are answered.
        for (var i = 0; i < 3; i++)
        {
            using var other = await node.ChatAsync(TestNode.Body($"Quick question {i}"));
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        var text = await response.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        await sending.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.StartsWith("HTTP/1.1 408 ", text);
        var error = JsonDocument.Parse(text[text.IndexOf('{', StringComparison.Ordinal)..(text.LastIndexOf('}') + 1)]).RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Contains("too slowly", error.GetProperty("message").GetString());
        Assert.Equal(3, edge.Requests.Count); // the slow request never reached a backend
    }

    [Fact]
    public async Task ThousandIdleConnections_DoNotStopANormalRequest()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        var idle = new List<TcpClient>();
        try
        {
            // Opened in batches: the listen backlog is finite, and a connect that waits on a full one only slows the test.
            for (var batch = 0; batch < 20; batch++)
            {
                var clients = Enumerable.Range(0, 50).Select(_ => new TcpClient()).ToList();
                idle.AddRange(clients);
                await Task.WhenAll(clients.Select(c => c.ConnectAsync(IPAddress.Loopback, node.BaseUri.Port, Ct).AsTask())).WaitAsync(TimeSpan.FromSeconds(60), Ct);
            }

            Assert.Equal(1000, idle.Count(c => c.Connected));
            using var answer = await node.ChatAsync(TestNode.Body("Hello through the crowd."));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("Hello from edge.", (await TestNode.JsonAsync(answer)).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        }
        finally
        {
            idle.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Reads until the server closes the connection (or 64 KB have come), as text.</summary>
    private static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while (received.Length < 64 * 1024 && (read = await stream.ReadAsync(buffer, Ct)) > 0)
            {
                received.Write(buffer, 0, read);
                var text = Encoding.UTF8.GetString(received.ToArray());
                if (text.Contains("\r\n\r\n", StringComparison.Ordinal) && text.Contains("\"error\"", StringComparison.Ordinal) && (text.EndsWith('}') || text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)))
                {
                    break; // a complete error answer: no need to wait for the close
                }
            }
        }
        catch (IOException)
        {
            // Reset after the answer: what came is the answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>Sends <paramref name="chunk"/> up to <paramref name="count"/> times, stopping when the answer is in or the node closed.</summary>
    private static async Task SendAsync(NetworkStream stream, byte[] chunk, int count, Task<string> response)
    {
        for (var i = 0; i < count && !response.IsCompleted; i++)
        {
            try
            {
                await stream.WriteAsync(chunk, Ct);
            }
            catch (IOException)
            {
                return; // the node answered and closed the connection
            }
        }
    }
}
