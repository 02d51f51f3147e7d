using System.Threading.Channels;
using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Health;
using LocalMesh.Policy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Core.Tests.Health;

public sealed class HealthProberTests
{
    [Fact]
    public async Task ProbesAgain_OnlyWhenTheNodesClockPassesTheInterval()
    {
        // The probe reports each call on a channel; the clock is fake and only the test moves it. With the interval on the
        // wall clock, the second probe would come 30 real seconds later, after the hang guard below has failed the test.
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var probes = Channel.CreateUnbounded<DateTimeOffset>();
        var state = new BackendState("edge", new BackendConfig { Tier = Tier.Edge, Endpoint = "http://127.0.0.1:1/v1", Models = ["m"] });
        var backend = new Backend(state, new NoClient(), null, _ =>
        {
            probes.Writer.TryWrite(time.GetUtcNow());
            return Task.FromResult<IReadOnlyList<string>>(["m"]);
        });
        var options = new LocalMeshOptions { Health = new HealthConfig { ProbeIntervalSeconds = 30 } };
        using var prober = new HealthProber(new BackendRegistry([backend]), options, NullLogger<HealthProber>.Instance, time);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(10)); // a hang guard on the wall clock; the test never sleeps

        await prober.StartAsync(cts.Token);
        Assert.Equal(time.GetUtcNow(), await probes.Reader.ReadAsync(cts.Token)); // the first probe, at start

        // 29 s on: the interval has not passed on the node's clock, and nothing else probes, so there is no second probe.
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(probes.Reader.TryRead(out _));

        time.Advance(TimeSpan.FromSeconds(1));
        var second = await probes.Reader.ReadAsync(cts.Token);
        await prober.StopAsync(CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2020, 3, 2, 9, 0, 30, TimeSpan.Zero), second);
        Assert.Equal(HealthStatus.Healthy, state.Probe.Status);
        Assert.Equal(second, state.Probe.At); // the probe's time is the node's, not the machine's
    }

    private sealed class NoClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
