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
/// <c>localmesh</c> field. When nothing may answer it degrades, queues (on request, through <see cref="QueuedChatExecutor"/>)
/// or returns 503. Every request ends in one <see cref="RequestRecorder"/> call.
/// </summary>
public sealed class ChatCompletionsHandler(
    LocalMeshChatPipeline pipeline, DomainResolver domains, QueuedChatExecutor queue, RequestRecorder recorder, LocalMeshOptions options, LocalMeshTelemetry telemetry, TimeProvider time)
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
        var outcome = RequestOutcome.Ok;
        long clientBytes = 0;
        double? firstByteMs = null;
        try
        {
            var body = await JsonBody.ReadAsync(http.Request, options.Limits.MaxRequestBodyBytes, aborted).ConfigureAwait(false);
            clientBytes = body.Length;
            var request = ChatRequestParser.Parse(body);
            var resolution = await domains.ResolveAsync(http.Request.Headers["x-localmesh-domain"].ToString(), caller.KeyName, caller.Key, request.Messages, aborted).ConfigureAwait(false);
            context = request.ToContext(requestId, resolution, caller.KeyName, body, http.Request.Headers.CacheControl.ToString());
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
                await WriteQueuedAsync(http, queue.Enqueue(body, context), context).ConfigureAwait(false);
                outcome = RequestOutcome.Queued;
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            outcome = RequestOutcome.Canceled;
        }
        catch (Exception ex)
        {
            var error = OpenAIError.From(ex);
            outcome = RequestOutcome.Error(error.Status);
            await ErrorAnswer.WriteAsync(http, ex, error, context).ConfigureAwait(false);
        }
        finally
        {
            recorder.Record(Operation, requestId, caller.KeyName, context, outcome, firstByteMs ?? time.GetElapsedTime(started).TotalMilliseconds, clientBytes);
        }
    }

    private async Task<(RequestOutcome Outcome, double? FirstByteMs)> StreamAsync(HttpContext http, ChatRequest request, RouteContext context, long started)
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
            return (RequestOutcome.Ok, firstByteMs);
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
            return (new RequestOutcome("error", StatusCodes.Status200OK), firstByteMs); // the headers said 200 before it failed
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

    private static async Task WriteQueuedAsync(HttpContext http, QueuedJob job, RouteContext context)
    {
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
}
