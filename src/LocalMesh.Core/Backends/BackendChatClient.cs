using System.Runtime.CompilerServices;
using LocalMesh.Ledger;
using LocalMesh.Local;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>
/// The outermost stage of every backend's pipeline: takes a concurrency slot, asks for the model the router chose,
/// removes LocalMesh's own request state so it never leaves, and writes each attempt that crosses the process boundary
/// to the audit ledger with its exact bytes, tokens and cost.
/// </summary>
public sealed class BackendChatClient : DelegatingChatClient
{
    private readonly BackendState _state;
    private readonly AuditLedger? _ledger;
    private readonly bool _storeContent;
    private readonly bool _forwardsRaw;
    private readonly TimeProvider _time;

    /// <summary>Wraps <paramref name="inner"/>, the backend's protocol client.</summary>
    /// <param name="inner">The protocol client (and any per-backend stages).</param>
    /// <param name="state">The backend's live state.</param>
    /// <param name="ledger">Where crossings are written; null for in-process backends (nothing crosses).</param>
    /// <param name="storeContent">Whether the ledger keeps the bytes sent.</param>
    /// <param name="forwardsRaw">Whether the pipeline ends in an <see cref="Forwarding.OpenAIForwardingChatClient"/>, which is then handed the client's request as it came.</param>
    /// <param name="time">The clock that stamps the ledger's crossings (the node's); <see cref="TimeProvider.System"/> when null.</param>
    public BackendChatClient(IChatClient inner, BackendState state, AuditLedger? ledger, bool storeContent, bool forwardsRaw = false, TimeProvider? time = null)
        : base(inner)
    {
        _time = time ?? TimeProvider.System;
        _state = state;
        _ledger = ledger;
        _storeContent = storeContent;
        _forwardsRaw = forwardsRaw;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = RouteContext.From(options);
        var upstream = PrepareOptions(options, context);
        Enter();
        using var scope = _ledger is null ? null : CrossingScope.Begin(_storeContent, context?.Upstream);
        var started = _time.GetUtcNow();
        var succeeded = false;
        ChatResponse? response = null;
        Exception? error = null;
        try
        {
            response = await base.GetResponseAsync(messages, upstream, cancellationToken).ConfigureAwait(false);
            succeeded = true;
            return response;
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            _state.Exit(succeeded || error is OperationCanceledException || error is SpecialistDeclinedException);
            if (scope is not null)
            {
                Record(context, scope, started, messages, response?.Usage, response?.Text.Length ?? 0, error);
            }
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var context = RouteContext.From(options);
        var upstream = PrepareOptions(options, context);
        Enter();
        var scope = _ledger is null ? null : CrossingScope.Begin(_storeContent, context?.Upstream);
        var started = _time.GetUtcNow();
        var completed = false;
        Exception? error = null;
        UsageDetails? usage = null;
        var outputChars = 0;
        IAsyncEnumerator<ChatResponseUpdate>? enumerator = null;
        try
        {
            enumerator = base.GetStreamingResponseAsync(messages, upstream, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        completed = true;
                        break;
                    }

                    update = enumerator.Current;
                }
                catch (Exception ex)
                {
                    error = ex;
                    throw;
                }

                foreach (var content in update.Contents)
                {
                    switch (content)
                    {
                        case UsageContent u:
                            usage = u.Details;
                            break;
                        case TextContent t:
                            outputChars += t.Text.Length;
                            break;
                    }
                }

                yield return update;
            }
        }
        finally
        {
            if (enumerator is not null)
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }

            _state.Exit(error is null || error is OperationCanceledException || error is SpecialistDeclinedException);
            if (scope is not null)
            {
                scope.Dispose();
                Record(context, scope, started, messages, usage, outputChars, error ?? (completed ? null : new OperationCanceledException("the client stopped reading")));
            }
        }
    }

    private void Enter()
    {
        if (!_state.TryEnter())
        {
            throw new BackendBusyException(_state.Name, _state.Config.MaxConcurrency);
        }
    }

    private ChatOptions PrepareOptions(ChatOptions? options, RouteContext? context)
    {
        var upstream = options?.Clone() ?? new ChatOptions();

        // In-process specialists need the context (they report their verdict in it); nothing they get leaves the process.
        if (upstream.AdditionalProperties is { } props && _state.Config.Type != Configuration.BackendTypes.Builtin)
        {
            var copy = new AdditionalPropertiesDictionary(props);
            copy.Remove(RouteContext.PropertyKey);
            if (_forwardsRaw && context?.Raw is { } raw)
            {
                copy[Forwarding.RawChatRequest.PropertyKey] = raw; // taken out again by the forwarding stage, before the SDK client
            }

            upstream.AdditionalProperties = copy.Count == 0 ? null : copy;
        }

        if (context?.Current is { } current && ReferenceEquals(current.Backend.State, _state))
        {
            upstream.ModelId = current.Model ?? upstream.ModelId;
        }
        else if (upstream.ModelId is null || upstream.ModelId.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            upstream.ModelId = _state.DefaultModel;
        }

        return upstream;
    }

    private void Record(RouteContext? context, CrossingScope scope, DateTimeOffset started, IEnumerable<ChatMessage> messages, UsageDetails? usage, int outputChars, Exception? error)
    {
        var estimated = usage?.InputTokenCount is null || usage.OutputTokenCount is null;
        var tokensIn = usage?.InputTokenCount ?? TokenEstimator.Estimate(messages);
        var tokensOut = usage?.OutputTokenCount ?? (outputChars + 3) / 4;
        BackendCrossing.Write(_ledger!, _state, context, scope, started, tokensIn, tokensOut, estimated, error);
    }
}
