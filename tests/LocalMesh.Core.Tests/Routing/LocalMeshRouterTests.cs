using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Routing;
using LocalMesh.Testing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Core.Tests.Routing;

/// <summary>The router alone, over backends that are in-memory <see cref="TestChatClient"/>s (no HTTP, no ledger).</summary>
public sealed class LocalMeshRouterTests
{
    private static readonly IReadOnlySet<Tier> Everywhere = new HashSet<Tier> { Tier.Local, Tier.Edge, Tier.Cloud };

    private static Backend Make(string name, Tier tier, IChatClient client, params string[] models) =>
        new(new BackendState(name, new BackendConfig { Tier = tier, Endpoint = "http://127.0.0.1:1/v1", Models = models.Length > 0 ? models : ["m-" + name] }), client, null, null);

    private static Backend Specialists(TestChatClient client) =>
        new(new BackendState("specialists", new BackendConfig { Tier = Tier.Local, Type = "builtin", MaxConcurrency = int.MaxValue }), client, null, null) { IsSpecialists = true };

    private static RouteContext Context(string? model = null) => new() { RequestId = "r", Domain = "general", AllowedTiers = Everywhere, RequestedModel = model };

    [Fact]
    public async Task AFailedBackend_IsFailedOver_AndTheReasonNamesIt()
    {
        var router = new LocalMeshRouter(new RoutePlanner(new BackendRegistry([
            Make("edge", Tier.Edge, TestChatClient.Failing("edge", new HttpRequestException("connection refused"))),
            Make("cloud", Tier.Cloud, new TestChatClient("cloud")),
        ])));
        var context = Context();

        var response = await router.GetResponseAsync([new(ChatRole.User, "hi")], context.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken);

        Assert.Equal("cloud: hi", response.Text);
        Assert.Equal("cloud", context.Decision!.Backend);
        Assert.StartsWith("failover after edge ", context.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal(["edge", "cloud"], context.Attempts.Select(a => a.Backend));
    }

    [Fact]
    public async Task NamingAModel_SkipsTheSpecialists_AndTheRouteSaysSo()
    {
        var specialists = new TestChatClient("specialists");
        var edge = new TestChatClient("edge");
        var router = new LocalMeshRouter(new RoutePlanner(new BackendRegistry([Make("edge", Tier.Edge, edge, "llama")], Specialists(specialists))));

        var named = Context("llama");
        await router.GetResponseAsync([new(ChatRole.User, "what time is it?")], named.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken);
        Assert.Empty(specialists.Calls);
        Assert.Equal("first choice; specialists skipped: model 'llama' was named (ask for model 'auto' to try them first)", named.Decision!.Reason);
        Assert.Contains("specialists skipped: model 'llama' was named", named.Decision.ToHeaderValue(), StringComparison.Ordinal);

        var auto = Context();
        await router.GetResponseAsync([new(ChatRole.User, "what time is it?")], auto.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken);
        Assert.Single(specialists.Calls);
        Assert.Equal(("specialists", "answered by local specialists"), (auto.Decision!.Backend, auto.Decision.Reason));
    }

    [Fact]
    public void ARoutingPolicy_OrdersChatAndEmbeddingsAlike_WithoutTouchingTheRouter()
    {
        Backend Both(string name) => new(
            new BackendState(name, new BackendConfig { Tier = Tier.Edge, Endpoint = "http://127.0.0.1:1/v1", Models = ["m"], EmbeddingModels = ["e"] }),
            new TestChatClient(name), new NoEmbeddings(), null);
        var planner = new RoutePlanner(new BackendRegistry([Both("a"), Both("b"), Both("c")]), new ByNameDescending());

        Assert.Equal(["c", "b", "a"], planner.Plan(Context()).Select(c => c.Backend.Name));
        Assert.Equal(["c", "b", "a"], planner.PlanEmbeddings(Context()).Select(c => c.Backend.Name));
        Assert.Equal("e", planner.PlanEmbeddings(Context())[0].Model);
    }

    [Fact]
    public void TheBuiltInPolicy_TriesTiersInTheConfiguredOrder()
    {
        var planner = new RoutePlanner(
            new BackendRegistry([Make("local", Tier.Local, new TestChatClient()), Make("edge", Tier.Edge, new TestChatClient()), Make("cloud", Tier.Cloud, new TestChatClient())]),
            new LocalMesh.Routing.Policies.TierOrderRoutingPolicy(new RoutingConfig { TierOrder = ["edge", "cloud"] }));

        Assert.Equal(["edge", "cloud", "local"], planner.Plan(Context()).Select(c => c.Backend.Name)); // a tier left out comes last
    }

    private sealed class ByNameDescending : IRoutingPolicy
    {
        public IEnumerable<Backend> Order(RouteContext context, IReadOnlyList<Backend> eligible) => eligible.OrderByDescending(b => b.Name, StringComparer.Ordinal);
    }

    private sealed class NoEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
