using System.Diagnostics;
using LocalMesh.Configuration;
using LocalMesh.Pipeline;
using LocalMesh.Routing;
using LocalMesh.Telemetry;
using LocalMesh.Testing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Core.Tests.Pipeline;

/// <summary>The tracing stage alone, composed with <c>UseRouteTracing</c> around an in-memory client.</summary>
public sealed class RouteTracingChatClientTests
{
    [Fact]
    public async Task UseRouteTracing_MakesOneSpanPerRequest_TaggedWithTheRouteTheInnerClientChose()
    {
        var requestId = "req_" + Guid.NewGuid().ToString("N");
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LocalMeshTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if ((string?)a.GetTagItem("localmesh.request_id") == requestId)
                {
                    lock (spans)
                    {
                        spans.Add(a);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var inner = new TestChatClient("edge");
        inner.Respond = (messages, options) =>
        {
            RouteContext.From(options)!.Decision = new RouteDecision(Tier.Edge, "edge", "llama", "general", "first choice", false);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"));
        };
        using var client = new ChatClientBuilder(inner).UseRouteTracing().Build();
        var context = new RouteContext { RequestId = requestId, Domain = "general", AllowedTiers = new HashSet<Tier> { Tier.Edge } };

        await client.GetResponseAsync([new(ChatRole.User, "hi")], context.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken);

        var span = Assert.Single(spans);
        Assert.Equal(RouteActivity.Name, span.OperationName);
        Assert.Equal("edge", span.GetTagItem("localmesh.backend"));
        Assert.Equal("general", span.GetTagItem("localmesh.domain"));
        Assert.Single(inner.Calls);
    }
}
