using System.Text.Json;
using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Policy;
using LocalMesh.Routing;
using LocalMesh.Server.Http;
using LocalMesh.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;

namespace LocalMesh.Server.OpenAI;

/// <summary><c>POST /v1/embeddings</c>: routed like chat (domain policy, health, load, cost), answered in OpenAI's format.</summary>
public sealed class EmbeddingsHandler(EmbeddingRouter router, DomainResolver domains, RequestRecorder recorder, LocalMeshOptions options, TimeProvider time)
{
    /// <summary>The operation name in the ledger and metrics.</summary>
    public const string Operation = "embeddings";

    /// <summary>Handles one HTTP request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var requestId = RequestIds.New("req_", time.GetUtcNow());
        http.Response.Headers["x-request-id"] = requestId;
        var started = time.GetTimestamp();
        var caller = Caller.Of(http);
        RouteContext? context = null;
        var outcome = RequestOutcome.Ok;
        long clientBytes = 0;
        try
        {
            var body = await JsonBody.ReadAsync(http.Request, options.Limits.MaxRequestBodyBytes, http.RequestAborted).ConfigureAwait(false);
            clientBytes = body.Length;
            var (model, inputs) = Parse(body);
            var resolution = await domains.ResolveAsync(http.Request.Headers["x-localmesh-domain"].ToString(), caller.KeyName, caller.Key,
                [new ChatMessage(ChatRole.User, string.Join('\n', inputs))], http.RequestAborted).ConfigureAwait(false);
            context = new RouteContext(requestId, resolution, caller.KeyName) { RequestedModel = model };
            var result = await router.GenerateAsync(inputs, context, http.RequestAborted).ConfigureAwait(false);
            TimingHeaders.WriteWithRoute(http.Response, time, started, context); // without the overhead metric, which is per chat request
            await JsonResponse.WriteAsync(http.Response, (result, context), static (writer, s) => WriteList(writer, s.result, s.context), http.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
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
            recorder.Record(Operation, requestId, caller.KeyName, context, outcome, time.GetElapsedTime(started).TotalMilliseconds, clientBytes);
        }
    }

    private static void WriteList(Utf8JsonWriter writer, GeneratedEmbeddings<Embedding<float>> result, RouteContext context)
    {
        writer.WriteStartObject();
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
        for (var i = 0; i < result.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("object", "embedding");
            writer.WriteNumber("index", i);
            writer.WriteStartArray("embedding");
            foreach (var value in result[i].Vector.Span)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
            if (result[i].AdditionalProperties?.TryGetValue("truncated", out var truncated) == true && truncated is true)
            {
                writer.WriteBoolean("truncated", true); // the in-process encoder read only the start of this input (its token limit)
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("model", result.FirstOrDefault()?.ModelId ?? context.Decision?.Model);
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", result.Usage?.InputTokenCount ?? 0);
        writer.WriteNumber("total_tokens", result.Usage?.TotalTokenCount ?? result.Usage?.InputTokenCount ?? 0);
        writer.WriteEndObject();
        ChatResponseWriter.WriteRoute(writer, context);
        writer.WriteEndObject();
    }

    private static (string? Model, IReadOnlyList<string> Inputs) Parse(byte[] body)
    {
        using var document = JsonBody.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException(400, "The request body must be a JSON object.");
        }

        string? model = null;
        if (root.TryGetProperty("model", out var m))
        {
            model = m.ValueKind == JsonValueKind.String ? m.GetString() : throw new ApiException(400, "'model' must be a string.", param: "model", code: "invalid_type");
            if (string.IsNullOrEmpty(model) || model.Equals("auto", StringComparison.OrdinalIgnoreCase))
            {
                model = null;
            }
        }

        if (!root.TryGetProperty("input", out var input))
        {
            throw new ApiException(400, "Missing required parameter: 'input'.", param: "input", code: "missing_required_parameter");
        }

        IReadOnlyList<string> inputs = input.ValueKind switch
        {
            JsonValueKind.String => [input.GetString()!],
            JsonValueKind.Array when input.GetArrayLength() > 0 && input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. input.EnumerateArray().Select(e => e.GetString()!)],
            _ => throw new ApiException(400, "'input' must be a string or a non-empty array of strings.", param: "input", code: "invalid_type"),
        };
        return (model, inputs);
    }
}
