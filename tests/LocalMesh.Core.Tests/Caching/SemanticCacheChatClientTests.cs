using System.Diagnostics.Metrics;
using LocalMesh.Backends;
using LocalMesh.Caching;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Local;
using LocalMesh.Queue;
using LocalMesh.Routing;
using LocalMesh.Telemetry;
using LocalMesh.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalMesh.Core.Tests.Caching;

/// <summary>The cache stage over a real router whose backends are in-memory: specialists that answer "timer" questions, an edge model.</summary>
public sealed class SemanticCacheChatClientTests : IAsyncDisposable
{
    private static readonly IReadOnlySet<Tier> Everywhere = new HashSet<Tier> { Tier.Local, Tier.Edge, Tier.Cloud };
    private readonly AuditLedger _ledger;
    private readonly ServiceProvider _services;
    private readonly LocalMeshTelemetry _telemetry;
    private readonly TestChatClient _specialists = new("specialists");
    private readonly TestChatClient _fallback = new("fallback");
    private readonly TestChatClient _edge = new("edge");
    private readonly FakeEncoder _encoder = new();

    public SemanticCacheChatClientTests()
    {
        var dataDir = TempDirectories.Create("localmesh-cache-");
        _ledger = new AuditLedger(dataDir, NullLogger<AuditLedger>.Instance);
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        _telemetry = new LocalMeshTelemetry(_services.GetRequiredService<IMeterFactory>(), _ledger, new JobStore(dataDir));
        _specialists.Respond = (messages, _) => messages[^1].Text.Contains("timer", StringComparison.Ordinal)
            ? new ChatResponse(new ChatMessage(ChatRole.Assistant, "Timer set."))
            : throw new SpecialistDeclinedException();
        _edge.Respond = (messages, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, $"edge answer {_edge.Calls.Count} to: {messages[^1].Text}")) { FinishReason = ChatFinishReason.Stop };
    }

    private SemanticCacheChatClient Stage(SemanticCacheOptions? options = null)
    {
        static Backend Local(string name, TestChatClient client) =>
            new(new BackendState(name, new BackendConfig { Tier = Tier.Local, Type = "builtin", MaxConcurrency = int.MaxValue }), client, null, null) { IsSpecialists = true };
        var edge = new Backend(new BackendState("edge", new BackendConfig { Tier = Tier.Edge, Endpoint = "http://127.0.0.1:1/v1", Models = ["m"] }), _edge, null, null);
        var router = new LocalMeshRouter(new RoutePlanner(new BackendRegistry([edge], Local("specialists", _specialists), Local("specialists", _fallback))));
        return new SemanticCacheChatClient(router, new SemanticCache(options ?? new SemanticCacheOptions { Enabled = true }), _encoder, _telemetry, TimeProvider.System);
    }

    private static RouteContext Context(string? model = null, string domain = "general", string? key = "alice") =>
        new() { RequestId = "req_" + Guid.NewGuid().ToString("N")[..8], Domain = domain, AllowedTiers = Everywhere, RequestedModel = model, KeyName = key };

    private static async Task<(ChatResponse Response, RouteContext Context)> AskAsync(IChatClient stage, string question, RouteContext? context = null)
    {
        context ??= Context();
        var response = await stage.GetResponseAsync([new(ChatRole.User, question)], context.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken);
        return (response, context);
    }

    [Fact]
    public async Task AQuestionAnIntentAnswers_IsNeitherEncodedNorKept()
    {
        var stage = Stage();

        var (response, context) = await AskAsync(stage, "set a timer for 5 minutes");

        Assert.Equal("Timer set.", response.Text);
        Assert.Equal("specialists", context.Decision!.Backend);
        Assert.Empty(_encoder.Encoded); // the intent's fast path never waits for the encoder
        Assert.Null(context.Cache);
        Assert.Empty(_edge.Calls);
    }

    [Fact]
    public async Task AnEscalatedAnswer_IsKept_AndARewordingGetsIt_WithoutAnotherCall()
    {
        var stage = Stage();
        _encoder.Same("What is the capital of Australia?", "which city is the capital of Australia", cosine: 0.9f);

        var (first, missed) = await AskAsync(stage, "What is the capital of Australia?");
        var (again, hit) = await AskAsync(stage, "which city is the capital of Australia");

        Assert.Single(_edge.Calls);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(CacheOutcome.MissStatus, missed.Cache!.Status);
        Assert.Equal("local specialists declined; escalated", missed.Decision!.Reason); // asked first, alone, and declined
        Assert.Equal((Tier.Local, SemanticCacheChatClient.BackendName), (hit.Decision!.Tier, hit.Decision.Backend));
        Assert.Equal($"semantic cache: the answer edge (edge) gave to {missed.RequestId}, question similarity 0.900", hit.Decision.Reason);
        Assert.Equal((CacheOutcome.HitStatus, Tier.Edge, missed.RequestId), (hit.Cache!.Status, hit.Cache.SavedTier, hit.Cache.SourceRequestId));
        Assert.Equal($"hit; similarity=0.900; tier=edge; source={missed.RequestId}", hit.Cache.ToHeaderValue());
    }

    [Fact]
    public async Task ANearMissWithAnotherEntity_DoesNotHit_EvenWithTheSameVector()
    {
        var stage = Stage();
        _encoder.Same("what is my checking balance", "what is my savings balance", cosine: 1f);

        await AskAsync(stage, "what is my checking balance");
        var (response, context) = await AskAsync(stage, "what is my savings balance");

        Assert.Equal(2, _edge.Calls.Count);
        Assert.Contains("savings", response.Text, StringComparison.Ordinal);
        Assert.Equal("near miss: 'checking' / 'saving'", context.Cache!.Reason);
    }

    [Fact]
    public async Task Answers_AreScopedByKeyDomainModelAndSettings()
    {
        var stage = Stage();
        const string Question = "What is the capital of Australia?";
        await AskAsync(stage, Question);

        await AskAsync(stage, Question, Context(key: "bob"));
        await AskAsync(stage, Question, Context(domain: "finance"));
        await AskAsync(stage, Question, Context(model: "m"));
        var hot = Context();
        await stage.GetResponseAsync([new(ChatRole.User, Question)], hot.AttachTo(new ChatOptions { Temperature = 1.2f }), TestContext.Current.CancellationToken);
        var system = Context();
        await stage.GetResponseAsync([new(ChatRole.System, "Answer in French."), new(ChatRole.User, Question)], system.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken);

        Assert.Equal(6, _edge.Calls.Count);
        var (_, same) = await AskAsync(stage, Question);
        Assert.Equal(CacheOutcome.HitStatus, same.Cache!.Status);
        Assert.Equal(6, _edge.Calls.Count);
    }

    [Fact]
    public async Task AHitIsGivenOnlyToARequestThatMayReachItsTier()
    {
        var stage = Stage();
        await AskAsync(stage, "What is the capital of Australia?");
        var edgeless = Context();
        edgeless.Narrow([Tier.Local, Tier.Cloud]);

        var (_, context) = await AskAsync(stage, "What is the capital of Australia?", edgeless);

        Assert.Equal(CacheOutcome.MissStatus, context.Cache!.Status);
        Assert.Equal("near miss: its answer came from edge, which this request may not reach", context.Cache.Reason);
    }

    [Fact]
    public async Task DegradedAndToolAnswers_AndRequestsWithTools_AreNeverKept()
    {
        var stage = Stage();
        _edge.Respond = (_, _) => throw new HttpRequestException("connection refused");
        _fallback.Respond = (_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, "I cannot reach a model."));
        var (degraded, context) = await AskAsync(stage, "What is the capital of Australia?");
        Assert.True(context.Decision!.Degraded);
        Assert.Equal("I cannot reach a model.", degraded.Text);

        _edge.Respond = (_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "lookup")]));
        await AskAsync(stage, "What is the capital of Australia?");

        var withTools = new RouteContext { RequestId = "req_tools", Domain = "general", AllowedTiers = Everywhere, KeyName = "alice", UsesTools = true };
        _edge.Respond = (_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, "Canberra.")) { FinishReason = ChatFinishReason.Stop };
        await AskAsync(stage, "What is the capital of Australia?", withTools);
        Assert.Equal((CacheOutcome.SkipStatus, "tools"), (withTools.Cache!.Status, withTools.Cache.Reason));

        var (_, last) = await AskAsync(stage, "What is the capital of Australia?");
        Assert.Equal(CacheOutcome.MissStatus, last.Cache!.Status); // nothing was kept before
    }

    [Fact]
    public async Task CacheControl_NoCache_AsksAgainAndKeeps_NoStore_NeitherLooksNorKeeps()
    {
        var stage = Stage();
        const string Question = "What is the capital of Australia?";
        await AskAsync(stage, Question);

        var fresh = new RouteContext { RequestId = "req_fresh", Domain = "general", AllowedTiers = Everywhere, KeyName = "alice", CacheDirective = CacheDirective.NoCache };
        var (refreshed, _) = await AskAsync(stage, Question, fresh);
        var store = new RouteContext { RequestId = "req_nostore", Domain = "general", AllowedTiers = Everywhere, KeyName = "alice", CacheDirective = CacheDirective.NoStore };
        await AskAsync(stage, Question, store);
        var (cached, hit) = await AskAsync(stage, Question);

        Assert.Equal(3, _edge.Calls.Count);
        Assert.Equal(refreshed.Text, cached.Text); // of two equally close answers, the newer
        Assert.Equal("req_fresh", hit.Cache!.SourceRequestId);
        Assert.Equal(CacheOutcome.SkipStatus, store.Cache!.Status);
    }

    [Fact]
    public async Task AStreamedMiss_IsKeptOnceItEnds_AndAStreamedHitComesInChunks()
    {
        var stage = Stage();
        _edge.Respond = (_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, "Canberra is the capital. It was chosen in 1908.")) { FinishReason = ChatFinishReason.Stop };
        var first = Context();
        var streamed = new List<ChatResponseUpdate>();
        await foreach (var update in stage.GetStreamingResponseAsync([new(ChatRole.User, "What is the capital of Australia?")], first.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken))
        {
            streamed.Add(update);
        }

        var second = Context();
        var chunks = new List<ChatResponseUpdate>();
        await foreach (var update in stage.GetStreamingResponseAsync([new(ChatRole.User, "What is the capital of Australia?")], second.AttachTo(new ChatOptions()), TestContext.Current.CancellationToken))
        {
            chunks.Add(update);
        }

        Assert.Single(_edge.Calls);
        Assert.Equal(CacheOutcome.HitStatus, second.Cache!.Status);
        Assert.Equal("Canberra is the capital. It was chosen in 1908.", string.Concat(chunks.Select(c => c.Text)));
        Assert.True(chunks.Count(c => c.Text.Length > 0) >= 2);
        Assert.Equal(ChatFinishReason.Stop, chunks[^1].FinishReason);
    }

    public async ValueTask DisposeAsync()
    {
        _telemetry.Dispose();
        await _services.DisposeAsync();
        await _ledger.DisposeAsync();
    }

    /// <summary>An encoder with hand-set vectors: unrelated texts are orthogonal; <see cref="Same"/> puts two texts at a chosen cosine.</summary>
    private sealed class FakeEncoder : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

        public List<string> Encoded { get; } = [];

        public void Same(string a, string b, float cosine)
        {
            var axis = _vectors.Count;
            _vectors[a] = Unit(axis, 1, 0);
            _vectors[b] = Unit(axis, cosine, MathF.Sqrt(1 - (cosine * cosine)));
        }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var result = new GeneratedEmbeddings<Embedding<float>>();
            foreach (var text in values)
            {
                Encoded.Add(text);
                result.Add(new Embedding<float>(_vectors.TryGetValue(text, out var v) ? v : Unit((int)(LocalMesh.Fnv1a.Hash(text) % 64) + 64, 1, 0)));
            }

            return Task.FromResult(result);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }

        // A vector in 256 dimensions: x on the pair's first axis, y on its second.
        private static float[] Unit(int pair, float x, float y)
        {
            var v = new float[256];
            v[2 * (pair % 128)] = x;
            v[(2 * (pair % 128)) + 1] = y;
            return v;
        }
    }
}
