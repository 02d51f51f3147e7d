using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Mesh;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Http;
using LocalMesh.Signals.Streams;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;

namespace LocalMesh.Server.Management;

/// <summary>
/// Sensor readings over the mesh: a batch published (as a request) to <c>localmesh.site.{site}.node.{id}.signals.{stream}</c>
/// is ingested exactly as <c>POST /v1/localmesh/signals/{stream}</c> ingests it (JSON, or CSV with the header
/// <c>content-type: text/csv</c>), and the reply is the same JSON; a refused batch gets the same OpenAI-style error body
/// with its status in the <c>lm-status</c> header, and nothing of it is stored. A device on the plant network then needs
/// only a NATS client and the site's credentials, not HTTP access to a node. Runs only with a mesh and signals on.
/// </summary>
public sealed partial class SignalsOverMesh(MeshConnection connection, SignalHub hub, LocalMeshOptions node, ILogger<SignalsOverMesh> logger) : BackgroundService
{
    /// <summary>The reply header holding the HTTP status the same batch would have had.</summary>
    public const string StatusHeader = "lm-status";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // A burst of batches waits its turn (the server slows the publisher) instead of being dropped when the buffer is full.
    private static readonly NatsSubOpts Waiting = new() { ChannelOpts = new NatsSubChannelOpts { Capacity = 1024, FullMode = System.Threading.Channels.BoundedChannelFullMode.Wait } };

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = connection.Options;
        var prefix = MeshSubjects.Signals(options.Site, options.EffectiveNodeId) + ".";
        try
        {
            await foreach (var message in connection.Nats.SubscribeAsync<byte[]>(prefix + ">", opts: Waiting, cancellationToken: stoppingToken).ConfigureAwait(false))
            {
                var (status, body) = Handle(message.Subject[prefix.Length..], message.Data ?? [], message.Headers);
                if (message.ReplyTo is { Length: > 0 })
                {
                    try
                    {
                        await message.ReplyAsync(body, headers: new NatsHeaders { [StatusHeader] = status.ToString(System.Globalization.CultureInfo.InvariantCulture) }, cancellationToken: stoppingToken).ConfigureAwait(false);
                    }
                    catch (NatsException ex)
                    {
                        LogReplyFailed(logger, ex.Message);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Ingests one batch; the status and body an HTTP client would have got.</summary>
    internal (int Status, byte[] Body) Handle(string stream, byte[] data, NatsHeaders? headers)
    {
        try
        {
            if (data.Length > node.Limits.MaxRequestBodyBytes)
            {
                throw JsonBody.TooLarge(node.Limits.MaxRequestBodyBytes);
            }

            var contentType = headers is not null && headers.TryGetValue("content-type", out var value) ? value.ToString() : null;
            var returnScores = headers is not null && headers.TryGetValue("lm-scores", out var scores) && scores.ToString() == "true";
            return (StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(SignalEndpoints.Ingest(hub, stream, data, contentType, returnScores), Json));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var error = OpenAIError.From(ex);
            if (error.Status >= 500)
            {
                LogFailed(logger, stream, ex.Message);
            }

            return (error.Status, OpenAIError.ToJson(error));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A signal batch for {Stream} from the mesh failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string stream, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answering a signal batch from the mesh failed: {Error}")]
    private static partial void LogReplyFailed(ILogger logger, string error);
}
