using System.Buffers;
using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Pipeline;
using LocalMesh.Policy;
using LocalMesh.Queue;
using LocalMesh.Routing;
using LocalMesh.Server.Http;
using LocalMesh.Server.Security;
using LocalMesh.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;

namespace LocalMesh.Server.OpenAI;

/// <summary>
/// <c>POST /v1/chat/completions</c>: parses the request, resolves its data domain, routes it through the pipeline and
/// answers in OpenAI's format (JSON or server-sent events), with the route in <c>x-localmesh-route</c> and the body's
/// <c>localmesh</c> field. When nothing may answer it degrades, queues (on request) or returns 503. Also answers queued jobs.
/// </summary>
public sealed class ChatCompletionsHandler(
    LocalMeshChatPipeline pipeline, DomainResolver domains, AuditLedger ledger, JobStore jobs, LocalMeshOptions options, LocalMeshTelemetry telemetry, TimeProvider time)
    : IQueuedRequestExecutor
{
    /// <summary>The operation name in the ledger and metrics.</summary>
    public const string Operation = "chat.completions";

    /// <summary>Handles one HTTP request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var requestId = RequestIds.New("req_", time.GetUtcNow());
        http.Response.Headers["x-request-id"] = requestId;
        var started = time.GetTimestamp();
        var caller = Caller.Of(http);
        var aborted = http.RequestAborted;
        RouteContext? context = null;
        var status = StatusCodes.Status200OK;
        var outcome = "ok";
        long clientBytes = 0;
        double? firstByteMs = null;
        try
        {
            var body = await JsonBody.ReadAsync(http.Request, options.Limits.MaxRequestBodyBytes, aborted).ConfigureAwait(false);
            clientBytes = body.Length;
            var request = ChatRequestParser.Parse(body);
            var resolution = await domains.ResolveAsync(http.Request.Headers["x-localmesh-domain"].ToString(), caller.KeyName, caller.Key, request.Messages, aborted).ConfigureAwait(false);
            context = NewContext(requestId, request, body, resolution, caller.KeyName);
            try
            {
                if (request.Stream)
                {
                    (outcome, firstByteMs) = await StreamAsync(http, request, context, started).ConfigureAwait(false);
                }
                else
                {
                    var response = await pipeline.Client.GetResponseAsync(request.Messages, context.AttachTo(request.Options), aborted).ConfigureAwait(false);
                    WriteRouteHeaders(http.Response, started, context);
                    await JsonResponse.WriteAsync(http.Response, (response, context, now: time.GetUtcNow()), static (buffer, writer, s) => ChatResponseWriter.WriteCompletion(buffer, writer, s.response, s.context, s.now), aborted).ConfigureAwait(false);
                }
            }
            catch (NoRouteException) when (WantsQueue(http))
            {
                await EnqueueAsync(http, body, context).ConfigureAwait(false);
                (status, outcome) = (StatusCodes.Status202Accepted, "queued");
                telemetry.Queued.Add(1);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            (status, outcome) = (499, "canceled");
        }
        catch (Exception ex)
        {
            var error = OpenAIError.From(ex);
            (status, outcome) = (error.Status, error.Status == StatusCodes.Status503ServiceUnavailable ? "unavailable" : error.Status >= 500 ? "error" : "rejected");
            await OpenAIError.WriteAsync(http, error).ConfigureAwait(false);
        }
        finally
        {
            Record(requestId, context, caller.KeyName, outcome, status, firstByteMs ?? time.GetElapsedTime(started).TotalMilliseconds, clientBytes);
        }
    }

    /// <inheritdoc />
    public async Task<byte[]> ExecuteAsync(QueuedJob job, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var request = ChatRequestParser.Parse(job.Body);
        var template = JobWorker.ToContext(job);
        var context = new RouteContext
        {
            RequestId = job.RequestId,
            Domain = template.Domain,
            DomainSource = template.DomainSource,
            AllowedTiers = template.AllowedTiers,
            KeyName = job.KeyName,
            Raw = new(job.Body, request.Messages),
            RequestedModel = request.Model,
            UsesTools = request.UsesTools,
            EstimatedInputTokens = Backends.TokenEstimator.Estimate(request.Messages),
        };
        var outcome = "error";
        try
        {
            var response = await pipeline.Client.GetResponseAsync(request.Messages, context.AttachTo(request.Options), cancellationToken).ConfigureAwait(false);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ChatResponseWriter.WriteCompletion(buffer, writer, response, context, time.GetUtcNow());
            }

            outcome = "ok";
            return buffer.WrittenSpan.ToArray();
        }
        catch (NoRouteException)
        {
            outcome = "queued";
            throw;
        }
        finally
        {
            Record(job.RequestId, context, job.KeyName, outcome, outcome == "ok" ? 200 : outcome == "queued" ? 202 : 502, time.GetElapsedTime(started).TotalMilliseconds, job.Body.Length);
        }
    }

    private async Task<(string Outcome, double? FirstByteMs)> StreamAsync(HttpContext http, ChatRequest request, RouteContext context, long started)
    {
        var aborted = http.RequestAborted;
        await using var updates = pipeline.Client.GetStreamingResponseAsync(request.Messages, context.AttachTo(request.Options), aborted).GetAsyncEnumerator(aborted);

        // The first update decides the route (failover happens before any output); errors here are still plain JSON errors.
        var hasUpdate = await updates.MoveNextAsync().ConfigureAwait(false);
        var firstByteMs = time.GetElapsedTime(started).TotalMilliseconds;
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["x-accel-buffering"] = "no";
        WriteRouteHeaders(response, started, context);

        var id = "chatcmpl-" + context.RequestId;
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        var model = context.Decision?.Model ?? request.Model ?? "auto";
        var body = response.BodyWriter;
        using var writer = new Utf8JsonWriter(body);
        UsageDetails? usage = null;
        var first = true;
        var forwarded = false;
        var toolIndex = 0;
        try
        {
            while (hasUpdate)
            {
                var update = updates.Current;
                if (update.RawRepresentation is Backends.Forwarding.RawChatChunk raw)
                {
                    // Forwarded as it came (the upstream's own usage chunk too, when the client asked for one); the first carries the route.
                    forwarded = true;
                    if (!raw.Hidden)
                    {
                        body.Write("data: "u8);
                        ChatResponseWriter.WriteForwarded(body, writer, raw.Json.Span, first ? context : null);
                        body.Write("\n\n"u8);
                        first = false;
                        await body.FlushAsync(aborted).ConfigureAwait(false);
                    }

                    hasUpdate = await updates.MoveNextAsync().ConfigureAwait(false);
                    continue;
                }

                var (contents, hasCall) = (update.Contents, false);
                for (var i = 0; i < contents.Count; i++) // by index: enumerating an IList<T> allocates, and this runs per chunk
                {
                    usage = contents[i] is UsageContent usageContent ? usageContent.Details : usage;
                    hasCall |= contents[i] is FunctionCallContent;
                }

                if (first || hasCall || update.FinishReason is not null || update.Text.Length > 0)
                {
                    WriteEvent(body, writer, w => ChatResponseWriter.WriteChunk(w, update, id, created, model, first ? context : null, ref toolIndex));
                    first = false;
                    await body.FlushAsync(aborted).ConfigureAwait(false);
                }

                hasUpdate = await updates.MoveNextAsync().ConfigureAwait(false);
            }

            if (request.IncludeUsage && usage is not null && !forwarded)
            {
                WriteEvent(body, writer, w => ChatResponseWriter.WriteUsageChunk(w, usage, id, created, model));
            }

            // Not flushed here: the server flushes it with the stream's closing chunk when the handler returns, in one send
            // instead of two (the client waits for both).
            body.Write("data: [DONE]\n\n"u8);
            return ("ok", firstByteMs);
        }
        catch (Exception ex) when (!aborted.IsCancellationRequested)
        {
            // Output already reached the client, so no failover is possible: end the stream with an error event.
            var error = new ApiException(StatusCodes.Status502BadGateway,
                $"The backend '{context.Decision?.Backend}' failed mid-stream ({Backends.ErrorText.Describe(ex)}); the answer is incomplete.", OpenAIError.Server, null, "upstream_failed_mid_stream");
            body.Write("data: "u8);
            body.Write(OpenAIError.ToJson(error));
            body.Write("\n\n"u8);
            await body.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return ("error", firstByteMs);
        }
    }

    /// <summary>The headers every answer explains itself with (route, and the node's and the backends' time so far); the node's time is also a metric.</summary>
    private void WriteRouteHeaders(HttpResponse response, long started, RouteContext context)
    {
        telemetry.Overhead.Record(TimingHeaders.WriteWithRoute(response, time, started, context).TotalSeconds, new KeyValuePair<string, object?>("tier", context.Decision?.Tier.Name() ?? "none"));
    }

    private static void WriteEvent(System.IO.Pipelines.PipeWriter body, Utf8JsonWriter writer, WriteJson write)
    {
        body.Write("data: "u8);
        writer.Reset(body);
        write(writer);
        writer.Flush();
        body.Write("\n\n"u8);
    }

    private delegate void WriteJson(Utf8JsonWriter writer);

    private bool WantsQueue(HttpContext http)
    {
        var header = http.Request.Headers["x-localmesh-queue"].ToString();
        return header.Length > 0 ? header.Equals("true", StringComparison.OrdinalIgnoreCase) || header == "1" : options.Queue.QueueWhenOffline;
    }

    private async Task EnqueueAsync(HttpContext http, byte[] body, RouteContext context)
    {
        var job = new QueuedJob
        {
            Id = RequestIds.New("job_", time.GetUtcNow()),
            RequestId = context.RequestId,
            Operation = Operation,
            Body = body,
            Domain = context.Domain,
            DomainSource = context.DomainSource,
            AllowedTiers = string.Join(',', context.AllowedTiers.Select(t => t.Name())),
            KeyName = context.KeyName,
        };
        jobs.Enqueue(job);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status202Accepted;
        response.ContentType = "application/json";
        response.Headers.Location = $"/v1/localmesh/jobs/{job.Id}";
        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteString("id", job.Id);
        writer.WriteString("object", "localmesh.job");
        writer.WriteString("status", JobStatus.Queued);
        writer.WriteString("url", $"/v1/localmesh/jobs/{job.Id}");
        writer.WriteString("message", "No backend allowed for this request is reachable now; it is stored and will be answered when one is back.");
        ChatResponseWriter.WriteRoute(writer, context);
        writer.WriteEndObject();
    }

    private static RouteContext NewContext(string requestId, ChatRequest request, byte[] body, DomainResolution resolution, string? keyName) => new()
    {
        RequestId = requestId,
        Raw = new(body, request.Messages),
        Domain = resolution.Domain,
        DomainSource = resolution.Source,
        AllowedTiers = resolution.AllowedTiers,
        RequestedModel = request.Model,
        KeyName = keyName,
        Streaming = request.Stream,
        UsesTools = request.UsesTools,
        EstimatedInputTokens = Backends.TokenEstimator.Estimate(request.Messages),
    };

    private void Record(string requestId, RouteContext? context, string? keyName, string outcome, int status, double latencyMs, long clientBytes)
    {
        var decision = context?.Decision;
        ledger.Write(new RequestRecord
        {
            RequestId = requestId,
            Timestamp = time.GetUtcNow().AddMilliseconds(-latencyMs),
            Operation = Operation,
            KeyName = keyName,
            Domain = context?.Domain ?? "-",
            DomainSource = context?.DomainSource,
            RequestedModel = context?.RequestedModel,
            Tier = outcome == "ok" ? decision?.Tier.Name() : null,
            Backend = outcome == "ok" ? decision?.Backend : null,
            Reason = outcome == "ok" ? decision?.Reason : outcome,
            Degraded = decision?.Degraded ?? false,
            Status = outcome,
            HttpStatus = status,
            LatencyMs = latencyMs,
            ClientBytes = clientBytes,
            Citations = context?.Grounding is { Passages.Count: > 0 } grounding ? grounding.CitationsJson() : null,
        });
        var tier = telemetry.CountRequest(Operation, decision, context?.Domain, outcome);
        telemetry.Duration.Record(latencyMs / 1000, new KeyValuePair<string, object?>("tier", tier));
        if (outcome == "ok" && decision?.Tier == Tier.Local)
        {
            telemetry.BytesKeptLocal.Add(clientBytes);
        }
    }
}
