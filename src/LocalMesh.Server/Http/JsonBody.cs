using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.Http;

/// <summary>Reads request bodies: enforces the size limit and turns malformed JSON or invalid UTF-8 into a 400.</summary>
public static class JsonBody
{
    /// <summary>Reads the whole body, at most <paramref name="limit"/> bytes.</summary>
    /// <exception cref="ApiException">413 when larger than the limit.</exception>
    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        try
        {
            // A body that says its length is read straight into an array of that size: no growing buffer, no copy.
            return request.ContentLength is { } length && length <= Array.MaxLength
                ? await ReadExactlyAsync(request.Body, (int)length, cancellationToken).ConfigureAwait(false)
                : await ReadToEndAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        int read;
        while (filled < bytes.Length && (read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        return filled == bytes.Length ? bytes : bytes[..filled];
    }

    private static async Task<byte[]> ReadToEndAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(4096);
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Parses JSON; malformed JSON or invalid UTF-8 is a 400.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "The request body is empty; a JSON object is required.", OpenAIError.InvalidRequest, null, "invalid_json");
        }

        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8.", OpenAIError.InvalidRequest, null, "invalid_json");
        }

        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            var where = ex.BytePositionInLine is { } pos ? $" (line {ex.LineNumber + 1}, byte {pos + 1})" : string.Empty;
            throw new ApiException(StatusCodes.Status400BadRequest, $"The request body is not valid JSON{where}.", OpenAIError.InvalidRequest, null, "invalid_json");
        }
    }

    /// <summary>Reads and parses a body that must be a JSON object (size limit, UTF-8 and JSON checks as above).</summary>
    /// <exception cref="ApiException">400 or 413 for bad input.</exception>
    public static async Task<JsonDocument> ReadObjectAsync(HttpContext http, LocalMesh.Configuration.LocalMeshOptions options)
    {
        var bytes = await ReadAsync(http.Request, options.Limits.MaxRequestBodyBytes, http.RequestAborted).ConfigureAwait(false);
        var document = Parse(bytes);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new ApiException(StatusCodes.Status400BadRequest, "The request body must be a JSON object.", OpenAIError.InvalidRequest, null, "invalid_json");
        }

        return document;
    }

    /// <summary>The 413 for a body over <paramref name="limit"/> bytes (also for a batch that came over the mesh).</summary>
    internal static ApiException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than this node accepts ({limit} bytes; LocalMesh:Limits:MaxRequestBodyBytes).", OpenAIError.InvalidRequest, null, "request_too_large");
}
