using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Policy;
using LocalMesh.Routing;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LocalMesh.Webhooks;

/// <summary>
/// The one way a skill sends data to a webhook, so a webhook is a destination like any backend: the request's domain
/// policy decides whether its tier may be reached, text bound for a redacted tier is redacted, and every attempt, the
/// blocked ones included, is a crossing in the audit ledger with its bytes counted at the HTTP layer
/// (<see cref="LedgerHttpHandler"/> on the <see cref="HttpClientName"/> client). Failures (5xx, 408, 429, timeouts,
/// connection errors) are retried with exponential backoff, and the whole call is bounded by <see cref="TotalTimeout"/>:
/// the skill awaits it and answers the user within that time. Thread-safe.
/// </summary>
public sealed class WebhookGate
{
    /// <summary>The named <see cref="HttpClient"/> webhooks are posted with (resilience and ledger handlers on it).</summary>
    public const string HttpClientName = "localmesh.webhooks";

    /// <summary>Tries per call: the first and two retries.</summary>
    public const int Attempts = 3;

    /// <summary>The most of a webhook's answer that is read (a skill needs a short JSON object, not a download).</summary>
    public const int MaxResponseBytes = 64 * 1024;

    /// <summary>How long one try may take.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long the whole call may take, retries and backoff included (the user's answer waits at most this).</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The first retry's delay; it doubles for the next (with jitter).</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    // The call in progress on this async flow, so the retry strategy's callback (which runs in the same flow) can write
    // the failed attempt's row.
    private static readonly AsyncLocal<Call?> CurrentCall = new();

    private readonly IHttpClientFactory _http;
    private readonly AuditLedger _ledger;
    private readonly LocalMeshOptions _options;
    private readonly DomainResolver _domains;
    private readonly IOutboundRedactor? _redactor;
    private readonly ILogger<WebhookGate> _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the gate.</summary>
    /// <param name="http">Makes the <see cref="HttpClientName"/> client.</param>
    /// <param name="ledger">Where every attempt is recorded.</param>
    /// <param name="options">The node's settings (policy default domain, content storage).</param>
    /// <param name="domains">The policy's domains and their tiers.</param>
    /// <param name="redactor">Redacts payloads bound for redacted tiers; null when no privacy guard is registered.</param>
    /// <param name="logger">Where failures are logged.</param>
    /// <param name="time">The clock that stamps the ledger's rows (the node's); <see cref="TimeProvider.System"/> when null.</param>
    public WebhookGate(IHttpClientFactory http, AuditLedger ledger, LocalMeshOptions options, DomainResolver domains, IOutboundRedactor? redactor, ILogger<WebhookGate> logger, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _http = http;
        _ledger = ledger;
        _options = options;
        _domains = domains;
        _redactor = redactor;
        _logger = logger;
    }

    /// <summary>
    /// POSTs <paramref name="payload"/> (a copy: the caller's object is not changed) as JSON to <paramref name="target"/>
    /// if the request's policy allows its tier, with its string values redacted when that tier is redacted and
    /// <c>request_id</c> set to <paramref name="requestId"/>. Never throws for the webhook's failures: the result says
    /// what happened, and the ledger has a row for each attempt (or for the blocked one).
    /// </summary>
    /// <param name="target">The webhook.</param>
    /// <param name="payload">What to send.</param>
    /// <param name="context">The request's route context (its domain and allowed tiers); null: the policy's default domain.</param>
    /// <param name="requestId">The request's id, for the payload and the ledger.</param>
    /// <param name="cancellationToken">Cancels the call (then it throws).</param>
    public async Task<WebhookResult> PostAsync(WebhookTarget target, JsonObject payload, RouteContext? context, string requestId, CancellationToken cancellationToken)
    {
        var domain = context?.Domain ?? _options.Policy.DefaultDomain;
        var source = context?.DomainSource ?? "default";
        var allowed = context?.AllowedTiers ?? _domains.Domains.GetValueOrDefault(domain) ?? new HashSet<Tier>();
        var tier = target.Tier.Name();
        var call = new Call(this, target, requestId, domain, _time.GetUtcNow());
        if (!allowed.Contains(target.Tier))
        {
            var reached = allowed.Count == 0 ? "no tier" : "only " + string.Join(", ", allowed.Order().Select(t => t.Name()));
            call.Policy = $"domain '{domain}' ({source}) does not allow {tier}: blocked";
            call.Write(null, "blocked", $"not sent: domain '{domain}' may reach {reached}");
            return new WebhookResult(WebhookOutcome.Blocked, null, null,
                $"data of the '{domain}' domain may reach {reached}, and this webhook is in the {tier} tier");
        }

        call.Policy = $"domain '{domain}' ({source}) allows {tier}";
        var body = (JsonObject)payload.DeepClone();
        var redactions = Redact(body, target.Tier);
        body["request_id"] = requestId; // LocalMesh's own id, not user data: set after redaction so it is never mistaken for any

        using var scope = CrossingScope.Begin(_options.Audit.StoreContent, context?.Upstream);
        foreach (var (kind, count) in redactions)
        {
            scope.AddRedactions(kind, count);
        }

        call.Scope = scope;
        var previous = CurrentCall.Value;
        CurrentCall.Value = call;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = JsonContent.Create(body) };
            using var response = await _http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                call.Write(null, "error", Attempted(call, $"webhook answered HTTP {status}"));
                return new WebhookResult(WebhookOutcome.Rejected, status, null, $"the webhook answered {status}");
            }

            var text = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            call.Write(null, "ok", null);
            return new WebhookResult(WebhookOutcome.Delivered, status, text, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException)
        {
            _logger.LogWarning("Webhook {Name} failed: {Error}", target.Name, ErrorText.Describe(ex));
            call.Write(ex, "error", Attempted(call, ErrorText.Describe(ex)));
            return new WebhookResult(WebhookOutcome.Failed, null, null, "the webhook could not be reached");
        }
        catch (Exception ex)
        {
            call.Write(ex, "error", ErrorText.Describe(ex)); // canceled by the caller, or a bug: recorded all the same
            throw;
        }
        finally
        {
            CurrentCall.Value = previous;
        }
    }

    /// <summary>Called by the retry strategy of the <see cref="HttpClientName"/> client before it retries: records the failed try.</summary>
    internal static void Retrying(OnRetryArguments<HttpResponseMessage> args)
    {
        if (CurrentCall.Value is not { } call)
        {
            return;
        }

        var what = args.Outcome.Exception is { } ex ? ErrorText.Describe(ex) : $"webhook answered HTTP {(int)args.Outcome.Result!.StatusCode}";
        call.Tries = args.AttemptNumber + 1;
        call.Write(null, "error", $"{what}; retrying (attempt {call.Tries} of {Attempts})");
    }

    private static string Attempted(Call call, string what) => call.Tries > 0 ? $"{what} after {call.Tries + 1} attempts" : what;

    private List<KeyValuePair<string, int>> Redact(JsonObject body, Tier tier)
    {
        if (_redactor is null || !_redactor.Applies(tier))
        {
            return [];
        }

        // Every string value leaves, so every one is scanned, with one session: a value gets one placeholder throughout.
        var strings = Strings(body).ToList();
        var redacted = _redactor.Redact([.. strings.Select(s => s.GetValue<string>())]);
        for (var i = 0; i < strings.Count; i++)
        {
            strings[i].ReplaceWith(redacted.Texts[i]);
        }

        return [.. redacted.Counts];
    }

    private static IEnumerable<JsonValue> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)).ToList(),
        JsonArray a => a.SelectMany(Strings).ToList(),
        JsonValue v when v.TryGetValue<string>(out _) => [v],
        _ => [],
    };

    private static async Task<string> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[MaxResponseBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>One call's ledger bookkeeping: each row carries the bytes counted since the previous row.</summary>
    private sealed class Call(WebhookGate gate, WebhookTarget target, string requestId, string domain, DateTimeOffset started)
    {
        private long _sent;
        private long _received;

        public string Policy { get; set; } = string.Empty;

        public CrossingScope? Scope { get; set; }

        /// <summary>Failed tries so far.</summary>
        public int Tries { get; set; }

        public void Write(Exception? error, string outcome, string? text)
        {
            var sent = Scope?.BytesSent ?? 0;
            var received = Scope?.BytesReceived ?? 0;
            gate._ledger.Write(new CrossingRecord
            {
                RequestId = requestId,
                Timestamp = started,
                Backend = target.Name,
                Tier = target.Tier.Name(),
                Destination = Scope?.Destination ?? (Uri.TryCreate(target.Url, UriKind.Absolute, out var uri) ? $"{uri.Host}:{uri.Port}" : "unknown"),
                Domain = domain,
                BytesSent = sent - _sent,
                BytesReceived = received - _received,
                PolicyDecision = Policy,
                Redactions = Scope?.Redactions ?? 0,
                RedactedKinds = Scope?.RedactedKinds,
                ContentSha256 = Scope?.ContentSha256,
                Content = Scope?.Content,
                Outcome = outcome,
                Error = text ?? (error is null ? null : ErrorText.Describe(error)),
            });
            (_sent, _received) = (sent, received);
        }
    }
}
