using System.Buffers;
using System.Text.Json;
using LocalMesh.Ledger;
using LocalMesh.Pipeline;
using LocalMesh.Queue;
using LocalMesh.Routing;
using LocalMesh.Telemetry;

namespace LocalMesh.Server.OpenAI;

/// <summary>
/// The offline queue's side of <c>/v1/chat/completions</c>: stores a request no allowed backend can take now (the
/// handler's 202) and answers it once one is back (the <see cref="JobWorker"/>'s replay), exactly as a live call: the
/// same parser, context, pipeline, response writer and <see cref="RequestRecorder"/>. Thread-safe.
/// </summary>
public sealed class QueuedChatExecutor(LocalMeshChatPipeline pipeline, JobStore jobs, RequestRecorder recorder, LocalMeshTelemetry telemetry, TimeProvider time)
    : IQueuedRequestExecutor
{
    /// <summary>Stores the request of <paramref name="context"/> (its body as it came) to be answered later.</summary>
    public QueuedJob Enqueue(byte[] body, RouteContext context)
    {
        var job = QueuedJob.For(RequestIds.New("job_", time.GetUtcNow()), ChatCompletionsHandler.Operation, body, context);
        jobs.Enqueue(job);
        telemetry.Queued.Add(1);
        return job;
    }

    /// <inheritdoc />
    public async Task<byte[]> ExecuteAsync(QueuedJob job, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var request = ChatRequestParser.Parse(job.Body) with { Stream = false }; // a stored answer is one JSON body
        var context = request.ToContext(job.RequestId, job.Resolution, job.KeyName, job.Body);
        var outcome = new RequestOutcome("error", 502);
        try
        {
            var response = await pipeline.Client.GetResponseAsync(request.Messages, context.AttachTo(request.Options), cancellationToken).ConfigureAwait(false);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ChatResponseWriter.WriteCompletion(buffer, writer, response, context, time.GetUtcNow());
            }

            outcome = RequestOutcome.Ok;
            return buffer.WrittenSpan.ToArray();
        }
        catch (NoRouteException)
        {
            outcome = RequestOutcome.Queued;
            throw;
        }
        finally
        {
            recorder.Record(ChatCompletionsHandler.Operation, job.RequestId, job.KeyName, context, outcome, time.GetElapsedTime(started).TotalMilliseconds, job.Body.Length);
        }
    }
}
