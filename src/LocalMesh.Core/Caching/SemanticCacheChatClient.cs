using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Text;
using LocalMesh.Configuration;
using LocalMesh.Routing;
using LocalMesh.Telemetry;
using Microsoft.Extensions.AI;

namespace LocalMesh.Caching;

/// <summary>
/// The semantic cache's stage, in front of the router: a request whose question was answered before by an edge, remote
/// or cloud backend, in the same <see cref="CacheScope"/>, gets that answer back without a call (the route says
/// <c>backend=cache</c>, tier local, and which request and tier it saves); otherwise the request goes on and, when a
/// non-local backend answers it in full (not degraded, not cut by a filter, no tool calls), the answer is kept in the
/// <see cref="SemanticCache"/>. A streamed request gets a hit as chunks; a streamed answer is kept once it has ended.
/// For model <c>auto</c> the in-process specialists are asked first (<see cref="SpecialistsFirst"/>): the cache looks
/// only at questions that would escalate, so an intent's millisecond answer never waits for an encoder call.
/// Questions are compared by the node's in-process sentence encoder only: the cache never sends a question anywhere.
/// Thread-safe.
/// </summary>
/// <param name="inner">The next stage.</param>
/// <param name="cache">The answers.</param>
/// <param name="encoder">The node's in-process sentence encoder.</param>
/// <param name="telemetry">Where lookups are counted.</param>
/// <param name="time">The node's clock (a hit's created time).</param>
public sealed class SemanticCacheChatClient(IChatClient inner, SemanticCache cache, IEmbeddingGenerator<string, Embedding<float>> encoder, LocalMeshTelemetry telemetry, TimeProvider time)
    : DelegatingChatClient(inner)
{
    /// <summary>The backend name of answers given from the cache, in routes and the ledger.</summary>
    public const string BackendName = "cache";

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var (context, scope, question) = Scope(list, options);
        if (scope is not null && SpecialistsFirst.Applies(context!)
            && await SpecialistsFirst.AskAsync(InnerClient, list, options, context!, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            return answered; // an intent answered: nothing to look up, nothing to keep
        }

        var lookup = scope is null ? default : await LookUpAsync(context!, scope, question, cancellationToken).ConfigureAwait(false);
        if (lookup.Hit is { } hit)
        {
            return hit;
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        var calls = response.Messages.Any(m => m.Contents.Any(c => c is FunctionCallContent)) || response.FinishReason == ChatFinishReason.ToolCalls;
        Keep(lookup, response.Text, response.ModelId, response.Usage, response.FinishReason, calls);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var (context, scope, question) = Scope(list, options);
        if (scope is not null && SpecialistsFirst.Applies(context!)
            && await SpecialistsFirst.AskStreamingAsync(InnerClient, list, options, context!, cancellationToken).ConfigureAwait(false) is (var answer, var more))
        {
            // An intent answered: nothing to look up, nothing to keep.
            await using (answer.ConfigureAwait(false))
            {
                while (more)
                {
                    yield return answer.Current;
                    more = await answer.MoveNextAsync().ConfigureAwait(false);
                }
            }

            yield break;
        }

        var lookup = scope is null ? default : await LookUpAsync(context!, scope, question, cancellationToken).ConfigureAwait(false);
        if (lookup.Hit is { } hit)
        {
            foreach (var update in Pipeline.ResponseChunks.Of(hit))
            {
                yield return update;
            }

            yield break;
        }

        var text = new StringBuilder();
        string? model = null;
        UsageDetails? usage = null;
        ChatFinishReason? finish = null;
        var calls = false;
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
        {
            if (lookup.Scope is not null)
            {
                text.Append(update.Text);
                model ??= update.ModelId;
                finish = update.FinishReason ?? finish;
                foreach (var content in update.Contents)
                {
                    usage = content is UsageContent u ? u.Details : usage;
                    calls |= content is FunctionCallContent;
                }
            }

            yield return update;
        }

        // Only a stream that ended is kept: one the client stopped reading never gets here.
        Keep(lookup, text.ToString(), model, usage, finish, calls || finish == ChatFinishReason.ToolCalls);
    }

    /// <summary>The request's context, cache scope and question; no scope when the cache must not look (and the context says why, except while only the specialists are asked).</summary>
    private static (RouteContext? Context, string? Scope, string Question) Scope(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        if (RouteContext.From(options) is not { } context || context.SpecialistsTurn == SpecialistsTurn.Only)
        {
            return (null, null, string.Empty); // only the specialists are asked now: the stage in front of this one looks after they decline
        }

        if (CacheScope.Of(messages, options, context, out var question, out var skip) is not { } scope)
        {
            context.Cache = CacheOutcome.Skip(skip!);
            return (context, null, question);
        }

        return (context, scope, question);
    }

    private async Task<Lookup> LookUpAsync(RouteContext context, string scope, string question, CancellationToken cancellationToken)
    {
        var embedding = (await encoder.GenerateAsync([question], cancellationToken: cancellationToken).ConfigureAwait(false))[0];
        if (embedding.AdditionalProperties?.TryGetValue("truncated", out var truncated) == true && truncated is true)
        {
            // Two long questions that differ only past the encoder's limit would look the same.
            context.Cache = CacheOutcome.Skip("question longer than the encoder reads");
            return default;
        }

        var vector = embedding.Vector.ToArray();
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        if (context.CacheDirective == CacheDirective.NoCache)
        {
            context.Cache = CacheOutcome.Skip("Cache-Control: no-cache (asked again; the answer is kept)");
            return new Lookup(context, scope, question, vector, null);
        }

        var found = cache.TryGet(scope, vector, question, context.AllowedTiers, out var nearMiss);
        Count(context, found is not null ? "hit" : nearMiss is not null ? "near_miss" : "miss");
        if (found is not { Value: var entry, Similarity: var similarity })
        {
            context.Cache = CacheOutcome.Miss(nearMiss);
            return new Lookup(context, scope, question, vector, null);
        }

        context.Cache = CacheOutcome.Hit(entry, similarity);
        context.Decision = new RouteDecision(Tier.Local, BackendName, entry.Model, context.Domain, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"semantic cache: the answer {entry.Backend} ({entry.Tier.Name()}) gave to {entry.RequestId}, question similarity {similarity:0.000}"), Degraded: false);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, entry.Text))
        {
            FinishReason = ChatFinishReason.Stop,
            ModelId = entry.Model,
            CreatedAt = time.GetUtcNow(),
            Usage = entry.Usage,
        };
        return new Lookup(context, null, question, vector, response);
    }

    /// <summary>Keeps a full answer a non-local backend gave; never a degraded, filtered, cut-off or tool-calling one.</summary>
    private void Keep(Lookup lookup, string text, string? model, UsageDetails? usage, ChatFinishReason? finish, bool calls)
    {
        if (lookup is not { Scope: { } scope, Context: { Decision: { Degraded: false } decision } context, Vector: { } vector }
            || decision.Tier == Tier.Local || calls || text.Length == 0 || (finish is not null && finish != ChatFinishReason.Stop))
        {
            return;
        }

        var crossing = context.Answered;
        cache.Add(scope, vector, new CachedEscalation(
            lookup.Question, QuestionWords.Split(lookup.Question), text, model ?? decision.Model, usage, decision.Tier, decision.Backend, context.RequestId,
            crossing?.BytesSent ?? 0, crossing?.Cost ?? 0));
    }

    private void Count(RouteContext context, string result) =>
        telemetry.CacheLookups.Add(1, new KeyValuePair<string, object?>("result", result), new KeyValuePair<string, object?>("domain", context.Domain));

    private readonly record struct Lookup(RouteContext? Context, string? Scope, string Question, float[]? Vector, ChatResponse? Hit);
}
