using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LocalMesh.Configuration;
using LocalMesh.Knowledge.Index;
using LocalMesh.Policy;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Knowledge.Answering;

/// <summary>
/// The knowledge tier in the chat pipeline. A request for a knowledge model (<c>kb</c>, <c>kb/hr</c>) is answered from
/// the passages the caller may see:
/// <list type="bullet">
/// <item>the passages are retrieved (fused search) and numbered; the request's domain and tiers are narrowed to what
/// every passage's collection domain allows, so an <c>hr</c> passage never goes past the tiers of <c>hr</c>;</item>
/// <item>a language model the router picks within those tiers answers from them, citing <c>[n]</c>;</item>
/// <item>when none may or can, the best sentences of the passages are the answer (flagged degraded);</item>
/// <item>when no passage is about the question, the answer says so and nothing is sent anywhere;</item>
/// <item>a language model's answer is kept in the <see cref="AnswerCache"/>, and a near-duplicate question that finds
/// the same passages gets it back without a call.</item>
/// </list>
/// Citations travel on the <see cref="RouteContext"/> to the response and the ledger. Other requests pass through.
/// Thread-safe.
/// </summary>
public sealed class KnowledgeChatClient(
    IChatClient inner, KnowledgeSearch search, AnswerCache cache, DomainResolver domains, LocalMeshOptions mesh, KnowledgeOptions options, Telemetry.LocalMeshTelemetry telemetry, TimeProvider? time = null)
    : DelegatingChatClient(inner)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System; // the node's: the answers' created time

    /// <summary>The name of the knowledge tier's own answers in routes and the ledger.</summary>
    public const string BackendName = "knowledge";

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        if (!IsKnowledgeRequest(chatOptions, out var context, out var asked, out var visible, out var auto))
        {
            return await base.GetResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false);
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        if (auto && SpecialistsFirst.Applies(context) && await SpecialistsFirst.AskAsync(InnerClient, list, chatOptions, context, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            return answered; // an intent answered: the knowledge base is not looked at
        }

        var (question, collections, found) = await FindAsync(context, asked, visible, auto, list, cancellationToken).ConfigureAwait(false);
        if (auto && found.Passages.Count == 0)
        {
            return await base.GetResponseAsync(list, chatOptions, cancellationToken).ConfigureAwait(false); // not about the knowledge base: routed as before
        }

        var grounding = Ground(context, collections, found, auto);
        if (grounding.Passages.Count == 0)
        {
            return NothingFound(context, grounding, found);
        }

        var key = AnswerCache.KeyOf(grounding, Conversation(list));
        if (Lookup(key, question) is { } cached)
        {
            return Cached(context, grounding, cached);
        }

        try
        {
            var response = await base.GetResponseAsync(GroundedPrompt.Build(list, grounding), chatOptions, cancellationToken).ConfigureAwait(false);
            Explain(context, grounding);
            var toolCalls = response.Messages.SelectMany(m => m.Contents).Any(c => c is FunctionCallContent);
            if (!toolCalls)
            {
                // One list of citations: the body's, the ledger's and the Sources text hold the passages the answer cites.
                var cited = grounding.Cited(response.Text);
                context.Ground(cited, context.Domain, context.AllowedTiers);
                if (options.AppendSources && response.Messages.LastOrDefault(m => m.Role == ChatRole.Assistant) is { } answer)
                {
                    answer.Contents.Add(new TextContent("\n\n" + cited.SourcesText()));
                }
            }

            Keep(key, question, response.Text, grounding, context, toolCalls);
            return response;
        }
        catch (Exception ex) when (ex is NoRouteException or PolicyViolationException)
        {
            return Extractive(context, question, grounding, found);
        }
    }

    /// <inheritdoc />
    /// <remarks>A request that is not for the knowledge base is handed straight on: no iterator of this stage is added to
    /// it, nor a layer to each of its streamed chunks.</remarks>
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default) =>
        IsKnowledgeRequest(chatOptions, out var context, out var asked, out var visible, out var auto)
            ? KnowledgeStreamingResponseAsync(messages, chatOptions, context, asked, visible, auto, cancellationToken)
            : base.GetStreamingResponseAsync(messages, chatOptions, cancellationToken);

    private async IAsyncEnumerable<ChatResponseUpdate> KnowledgeStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, RouteContext context, IReadOnlyList<string> asked,
        IReadOnlyDictionary<string, string> visible, bool auto, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        if (auto && SpecialistsFirst.Applies(context)
            && await SpecialistsFirst.AskStreamingAsync(InnerClient, list, chatOptions, context, cancellationToken).ConfigureAwait(false) is (var answer, var more))
        {
            // An intent answered: the knowledge base is not looked at.
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

        var (question, collections, found) = await FindAsync(context, asked, visible, auto, list, cancellationToken).ConfigureAwait(false);
        if (auto && found.Passages.Count == 0)
        {
            await foreach (var update in base.GetStreamingResponseAsync(list, chatOptions, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        var grounding = Ground(context, collections, found, auto);
        var key = AnswerCache.KeyOf(grounding, Conversation(list));
        ChatResponse? local = grounding.Passages.Count == 0 ? NothingFound(context, grounding, found)
            : Lookup(key, question) is { } cached ? Cached(context, grounding, cached)
            : null;
        IAsyncEnumerator<ChatResponseUpdate>? updates = null;
        var hasUpdate = false;
        if (local is null)
        {
            updates = base.GetStreamingResponseAsync(GroundedPrompt.Build(list, grounding), chatOptions, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                // The router picks (and fails over) before the first update; after it, the route is settled.
                hasUpdate = await updates.MoveNextAsync().ConfigureAwait(false);
                Explain(context, grounding);
            }
            catch (Exception ex) when (ex is NoRouteException or PolicyViolationException)
            {
                await updates.DisposeAsync().ConfigureAwait(false);
                updates = null;
                local = Extractive(context, question, grounding, found);
            }
        }

        if (local is not null)
        {
            foreach (var update in Pipeline.ResponseChunks.Of(local))
            {
                yield return update;
            }

            yield break;
        }

        await using var _ = updates!.ConfigureAwait(false);
        var text = new System.Text.StringBuilder();
        var sourcesSent = !options.AppendSources;
        var calls = false;
        while (hasUpdate)
        {
            var update = updates!.Current;
            text.Append(update.Text);
            calls |= update.Contents.Any(c => c is FunctionCallContent);
            if (update.FinishReason is not null && !sourcesSent && !calls)
            {
                // The sources go before the update that ends the answer, as the answer's last text.
                var sources = Sources(update, grounding, text.ToString());
                text.Append(sources.Text);
                yield return sources;
                sourcesSent = true;
            }

            yield return update;
            hasUpdate = await updates.MoveNextAsync().ConfigureAwait(false);
        }

        if (!sourcesSent && !calls)
        {
            var sources = Sources(null, grounding, text.ToString());
            text.Append(sources.Text);
            yield return sources;
        }

        Keep(key, question, text.ToString(), grounding, context, calls);
    }

    /// <summary>
    /// Whether the knowledge base answers this request: it names a knowledge model (<c>kb</c>, <c>kb/hr</c>), or it is for
    /// model <c>auto</c> and the caller may see a collection (<paramref name="auto"/>; then only evidence over the threshold
    /// makes it one). <c>auto</c> consults the knowledge base only with the sentence encoder (whose evidence is calibrated),
    /// not for requests with tools or whose last message is not the user's, and not for a request another mesh node sent
    /// (its entry node consulted its own).
    /// </summary>
    private bool IsKnowledgeRequest(ChatOptions? chatOptions, [NotNullWhen(true)] out RouteContext? context, out IReadOnlyList<string> asked, out IReadOnlyDictionary<string, string> visible, out bool auto)
    {
        context = RouteContext.From(chatOptions);
        asked = [];
        visible = Empty;
        auto = false;
        if (context is not { Grounding: null })
        {
            return false;
        }

        var knowledgeModel = KnowledgeModels.TryParse(context.RequestedModel, out asked);
        auto = !knowledgeModel && context.RequestedModel is null && options.Auto && !context.UsesTools && context.EntryNode is null && search.Index.Encoded is not null;
        if (!knowledgeModel && !auto)
        {
            return false;
        }

        visible = search.Index.VisibleTo(context.KeyName, context.KeyName is { } name ? mesh.Keys.GetValueOrDefault(name) : null);
        return knowledgeModel || visible.Count > 0;
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    /// <summary>
    /// Finds the passages for the question in the collections asked (or, for <c>kb</c> and <c>auto</c>, every collection
    /// the caller may see: <paramref name="visible"/>, name → domain).
    /// </summary>
    private async Task<(string Question, IReadOnlyList<string> Collections, FoundPassages Found)> FindAsync(
        RouteContext context, IReadOnlyList<string> asked, IReadOnlyDictionary<string, string> visible, bool auto, IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var index = search.Index;
        if (asked.FirstOrDefault(c => !visible.ContainsKey(c)) is not null)
        {
            // Collections the caller may not see are reported like missing ones: their names are not confirmed.
            throw new ModelNotFoundException(context.RequestedModel!);
        }

        IReadOnlyList<string> collections = asked.Count > 0 ? asked : [.. visible.Keys.Order(StringComparer.Ordinal)];
        var found = new FoundPassages([], [], null, []);
        if (auto && (messages.Count == 0 || messages[^1].Role != ChatRole.User))
        {
            return (string.Empty, collections, found);
        }

        var question = Question(messages);
        var searched = collections.ToDictionary(c => c, c => visible[c], StringComparer.Ordinal);
        if (!new QuestionTerms(question).IsEmpty && searched.Count > 0)
        {
            // The question is embedded (when an embedding backend is configured) only within the tiers this request may reach.
            var result = await search.SearchAsync(question, searched, SearchMode.Fused, options.Passages * PassageFinder.Candidates, context.RequestId, cancellationToken, context.AllowedTiers).ConfigureAwait(false);
            found = PassageFinder.Choose(index, question, result.Hits, searched, options.Passages, options.MinEvidence);
        }

        return (question, collections, found);
    }

    /// <summary>Makes the request a knowledge-base request over the passages found, narrowed to what their domains allow.</summary>
    private Grounding Ground(RouteContext context, IReadOnlyList<string> collections, FoundPassages found, bool auto)
    {
        var passages = found.Passages;
        var grounding = new Grounding(collections, passages) { Auto = auto, Evidence = found.Evidence };

        // The request may reach only what every passage's domain allows. The passages' domain names it unless the
        // request's own domain is strictly stricter (a "secret" question over "hr" passages stays "secret").
        var (passageDomain, passageTiers) = domains.Strictest(passages.Select(p => p.Domain));
        var tiers = context.AllowedTiers.Intersect(passageTiers).ToHashSet();
        var keepOwn = passageDomain is null || (context.AllowedTiers.IsSubsetOf(passageTiers) && !passageTiers.IsSubsetOf(context.AllowedTiers));
        var domain = keepOwn ? context.Domain : passageDomain!;
        context.Ground(grounding, domain, tiers, passages.Count == 0 ? 0 : Backends.TokenEstimator.Estimate(GroundedPrompt.Build([], grounding)));
        return grounding;
    }

    /// <summary>The last user message; a short follow-up ("and for fathers?") is searched together with the user message before it.</summary>
    private static string Question(IReadOnlyList<ChatMessage> messages)
    {
        var users = messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (users.Count == 0)
        {
            return string.Empty;
        }

        var last = users[^1];
        return users.Count > 1 && QuestionTerms.Stems(last).Count() < 3 ? users[^2] + " " + last : last;
    }

    /// <summary>Everything but the question: the client's system prompt and earlier turns change what the answer should be.</summary>
    private static string Conversation(IReadOnlyList<ChatMessage> messages)
    {
        var last = messages.Select((m, i) => (m, i)).LastOrDefault(x => x.m.Role == ChatRole.User).i;
        return string.Join('\n', messages.Where((_, i) => i != last).Select(m => m.Role.Value + ": " + m.Text));
    }

    private CachedAnswer? Lookup(string key, string question)
    {
        var hit = cache.TryGet(key, question);
        telemetry.AnswerCacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit is null ? "miss" : "hit"));
        return hit;
    }

    /// <summary>Caches a language model's full answer; not tool calls, and not degraded or failed ones.</summary>
    private void Keep(string key, string question, string text, Grounding grounding, RouteContext context, bool toolCalls)
    {
        if (!toolCalls && text.Length > 0 && context.Decision is { Degraded: false })
        {
            cache.Add(key, question, new CachedAnswer(text, context.Grounding ?? grounding, context.RequestId, 1));
        }
    }

    private ChatResponse Cached(RouteContext context, Grounding grounding, CachedAnswer cached)
    {
        // The same passages, perhaps found in another order: the citations are numbered as the cached answer cites them.
        context.Ground(cached.Grounding, context.Domain, context.AllowedTiers);
        return Local(context, Auto(grounding) + string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"cached answer of {cached.RequestId} (question similarity {cached.Similarity:0.00}), grounded in {Passages(grounding)}"), degraded: false, cached.Text, "cache");
    }

    private void Explain(RouteContext context, Grounding grounding)
    {
        if (context.Decision is { } decision)
        {
            context.Decision = decision with { Reason = $"{Auto(grounding)}grounded in {Passages(grounding)}; {decision.Reason}" };
        }
    }

    private ChatResponse Extractive(RouteContext context, string question, Grounding grounding, FoundPassages found)
    {
        var tried = context.Attempts.Where(a => a.Error is not null).Select(a => $"{a.Backend} {a.Error}").ToList();
        var why = tried.Count > 0 ? "no language model answered (" + string.Join(", ", tried) + ")" : "no language model the passages' domain allows is reachable";
        var text = found.Scored.Count > 0
            ? ExtractiveAnswer.Compose(question, found.Passages, found.Scored, options.ExtractiveSentences)
            : ExtractiveAnswer.Compose(question, grounding, options.ExtractiveSentences);
        var cited = grounding.Cited(text);
        context.Ground(cited, context.Domain, context.AllowedTiers); // one list of citations: the body's, the ledger's and the Sources text
        return Local(context, $"{Auto(grounding)}{why}; extractive answer from {Passages(grounding)}", degraded: true,
            options.AppendSources ? text + "\n\n" + cited.SourcesText() : text, "extractive");
    }

    private ChatResponse NothingFound(RouteContext context, Grounding grounding, FoundPassages found)
    {
        var where = grounding.Collections.Count == 0 ? "the knowledge base (no collection is visible to this key)" : "the knowledge base (" + string.Join(", ", grounding.Collections) + ")";
        var names = found.UnknownNames is { Count: > 0 } unknown ? $" None of its documents mentions {string.Join(", ", unknown.Select(n => $"'{n}'"))}." : string.Empty;
        var evidence = found.Evidence is { } e ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (best evidence {e:0.00}, below {options.MinEvidence:0.00})") : string.Empty;
        return Local(context, "not in the knowledge base" + evidence, degraded: false,
            $"That is not in {where}.{names} Rephrase the question, or add the document that covers it.", "no-match");
    }

    private ChatResponse Local(RouteContext context, string reason, bool degraded, string text, string kind)
    {
        context.Decision = new RouteDecision(Tier.Local, BackendName, null, context.Domain, reason, degraded);
        var output = Backends.TokenEstimator.Estimate([new ChatMessage(ChatRole.Assistant, text)]);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            FinishReason = ChatFinishReason.Stop,
            ModelId = $"{BackendName}/{kind}",
            CreatedAt = _time.GetUtcNow(),
            Usage = new UsageDetails { InputTokenCount = context.EstimatedInputTokens, OutputTokenCount = output, TotalTokenCount = context.EstimatedInputTokens + output },
        };
    }

    // A stream's citations went out with its first chunk, before the answer: its Sources list is the same list.
    private static ChatResponseUpdate Sources(ChatResponseUpdate? last, Grounding grounding, string answer) =>
        new(ChatRole.Assistant, "\n\n" + grounding.SourcesText()) { ModelId = last?.ModelId, ResponseId = last?.ResponseId };

    /// <summary>For model <c>auto</c>, the start of the route's reason: why the knowledge base answered, e.g. <c>model auto: about knowledge collection hr (evidence 0.62); </c>.</summary>
    private static string Auto(Grounding grounding)
    {
        if (!grounding.Auto)
        {
            return string.Empty;
        }

        var collections = grounding.Passages.Select(p => p.Collection).Distinct(StringComparer.Ordinal).ToList();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"model auto: about knowledge collection{(collections.Count == 1 ? string.Empty : "s")} {string.Join(", ", collections)} (evidence {grounding.Evidence:0.00}); ");
    }

    private static string Passages(Grounding grounding) =>
        $"{grounding.Passages.Count} passage{(grounding.Passages.Count == 1 ? string.Empty : "s")} from {string.Join(", ", grounding.Passages.Select(p => p.Collection).Distinct(StringComparer.Ordinal))}";
}
