using System.Text;
using System.Text.Json;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Management;
using LocalMesh.Signals.Streams;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Tests.Signals;

/// <summary>
/// Sensor readings sent over NATS to a node's signals subject are ingested as over HTTP: the same answer, the same
/// refusals (with the status in a header), nothing of a refused batch stored. A real nats-server and an in-process node.
/// </summary>
public sealed class SignalsOverMeshTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task ABatchOnTheSignalsSubject_IsIngested_AndABadOne_IsRefusedWithNothingStored()
    {
        await using var node = await MeshNodes.StartAsync(nats.Url, "sig1", "s1");
        await using var device = new NatsConnection(new NatsOpts { Url = nats.Url });
        var subject = MeshSubjects.Signals("sig1", "s1") + ".boiler.temp";
        var hub = node.Services.GetRequiredService<SignalHub>();

        var ok = await RequestAsync(device, subject, """[{"timestamp":"2026-01-01T00:00:00Z","value":20.5},{"timestamp":"2026-01-01T00:01:00Z","value":20.7}]""");
        Assert.Equal("200", ok.Status);
        Assert.Equal("boiler.temp", ok.Json.GetProperty("stream").GetString());
        Assert.Equal(2, ok.Json.GetProperty("accepted").GetInt32());
        Assert.Equal(2, hub.Find("boiler.temp")!.State.Points);

        var csv = await RequestAsync(device, subject, "2026-01-01T00:02:00Z,20.9\n2026-01-01T00:03:00Z,21.0\n", new NatsHeaders { ["content-type"] = "text/csv" });
        Assert.Equal("200", csv.Status);
        Assert.Equal(4, hub.Find("boiler.temp")!.State.Points);

        // Out of order against the stream: refused whole, as the HTTP endpoint refuses it.
        var bad = await RequestAsync(device, subject, """[{"timestamp":"2026-01-01T00:04:00Z","value":21.1},{"timestamp":"2026-01-01T00:00:30Z","value":9}]""");
        Assert.Equal("400", bad.Status);
        Assert.Equal("out_of_order", bad.Json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(4, hub.Find("boiler.temp")!.State.Points);

        var garbage = await RequestAsync(device, subject, "not json at all");
        Assert.Equal("400", garbage.Status);
        Assert.True(garbage.Json.TryGetProperty("error", out _));
        Assert.Equal(4, hub.Find("boiler.temp")!.State.Points);
    }

    private static async Task<(string? Status, JsonElement Json)> RequestAsync(NatsConnection device, string subject, string body, NatsHeaders? headers = null)
    {
        NatsMsg<byte[]> reply = default;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                reply = await device.RequestAsync<byte[], byte[]>(subject, Encoding.UTF8.GetBytes(body), headers: headers,
                    replyOpts: new NatsSubOpts { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: TestContext.Current.CancellationToken);
                break;
            }
            catch (NatsNoRespondersException) when (attempt < 200) // the node subscribes just after it starts: a bounded wait for it
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }

        var status = reply.Headers is not null && reply.Headers.TryGetValue(SignalsOverMesh.StatusHeader, out var s) ? s.ToString() : null;
        return (status, JsonDocument.Parse(reply.Data!).RootElement.Clone());
    }
}
