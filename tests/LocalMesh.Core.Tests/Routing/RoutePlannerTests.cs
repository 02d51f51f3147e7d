using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Policy;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Core.Tests.Routing;

public sealed class RoutePlannerTests
{
    private static Backend Make(string name, Tier tier, decimal cost = 0, int maxConcurrency = 8, params string[] models)
    {
        var state = new BackendState(name, new BackendConfig { Tier = tier, Endpoint = "http://127.0.0.1:1/v1", Models = models.Length > 0 ? models : ["m-" + name], InputCostPerMillion = cost, MaxConcurrency = maxConcurrency });
        return new Backend(state, new NoClient(), null, null);
    }

    private static RouteContext Context(params Tier[] tiers) => new() { RequestId = "r", Domain = "d", AllowedTiers = tiers.ToHashSet() };

    [Fact]
    public void Plan_OrdersByTierThenLoadThenCost_AndLeavesOutWhatPolicyForbids()
    {
        var cloud = Make("cloud", Tier.Cloud);
        var pricey = Make("pricey", Tier.Edge, cost: 5);
        var cheap = Make("cheap", Tier.Edge, cost: 1);
        var busy = Make("busy", Tier.Edge, cost: 0);
        Assert.True(busy.State.TryEnter());
        var planner = new RoutePlanner(new BackendRegistry([cloud, pricey, cheap, busy]));

        var context = Context(Tier.Local, Tier.Edge, Tier.Cloud);
        Assert.Equal(["cheap", "pricey", "busy", "cloud"], planner.Plan(context).Select(c => c.Backend.Name));

        var onSite = Context(Tier.Local, Tier.Edge);
        Assert.DoesNotContain("cloud", planner.Plan(onSite).Select(c => c.Backend.Name));
        Assert.Contains(onSite.Rejections, r => r.StartsWith("cloud (cloud): policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SkipsBackendsAtCapacityOrTooSmallForThePrompt()
    {
        var full = Make("full", Tier.Edge, maxConcurrency: 1);
        Assert.True(full.State.TryEnter());
        var small = new Backend(new BackendState("small", new BackendConfig { Tier = Tier.Edge, Endpoint = "http://x/v1", Models = ["s"], ContextLength = 100 }), new NoClient(), null, null);
        var planner = new RoutePlanner(new BackendRegistry([full, small]));
        var context = new RouteContext { RequestId = "r", Domain = "d", AllowedTiers = new HashSet<Tier> { Tier.Edge }, EstimatedInputTokens = 500 };

        Assert.Empty(planner.Plan(context));
        Assert.Contains(context.Rejections, r => r.Contains("at capacity", StringComparison.Ordinal));
        Assert.Contains(context.Rejections, r => r.Contains("exceeds its context length 100", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ExplicitModel_UnknownIsNotFound_ForbiddenTierIsPolicyViolation()
    {
        var planner = new RoutePlanner(new BackendRegistry([Make("cloud", Tier.Cloud, models: "gpt-4o"), Make("edge", Tier.Edge, models: "llama")]));
        Assert.Throws<ModelNotFoundException>(() => planner.Plan(new RouteContext { RequestId = "r", Domain = "d", AllowedTiers = new HashSet<Tier> { Tier.Edge }, RequestedModel = "nope" }));
        var ex = Assert.Throws<PolicyViolationException>(() => planner.Plan(new RouteContext { RequestId = "r", Domain = "medical", AllowedTiers = new HashSet<Tier> { Tier.Edge }, RequestedModel = "gpt-4o" }));
        Assert.Contains("medical", ex.Message);
    }

    [Fact]
    public void RouteDecision_HeaderIsAsciiAndQuoted()
    {
        var header = new RouteDecision(Tier.Edge, "ollama", "llama3.2", "general", "failover after \"x\" é", false).ToHeaderValue();
        Assert.Equal("tier=edge; backend=ollama; model=llama3.2; domain=general; degraded=false; reason=\"failover after 'x' '\"", header);
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
