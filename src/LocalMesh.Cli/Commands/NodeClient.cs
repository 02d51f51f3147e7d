using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary>A small HTTP client for a running node that turns failures into one-line messages.</summary>
internal sealed class NodeClient : IDisposable
{
    private readonly HttpClient _http;

    public NodeClient(string url, string? key)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"'{url}' is not an http(s) URL.", 2);
        }

        _http = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromMinutes(10) };
        if (!string.IsNullOrEmpty(key))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException || ex.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new CliException($"cannot reach a node at {_http.BaseAddress} (is 'localmesh up' running? use --url to point elsewhere).");
        }
    }

    public async Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public async Task<JsonElement> SendJsonAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new CliException($"the node answered HTTP {(int)response.StatusCode} with a body that is not JSON.");
        }

        if (!response.IsSuccessStatusCode)
        {
            var message = json.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var m) ? m.GetString() : text;
            throw new CliException($"HTTP {(int)response.StatusCode}: {message}");
        }

        return json;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A failure reported as one line on stderr with a non-zero exit code.</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Runs a command body, turning <see cref="CliException"/> into "localmesh: message" and its exit code.</summary>
internal static class CliRunner
{
    /// <summary>A Spectre console on standard output as it is now (tests and pipes redirect it).</summary>
    public static IAnsiConsole Out() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CliException ex)
        {
            Console.Error.WriteLine("localmesh: " + ex.Message);
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("localmesh: canceled");
            return 130;
        }
    }
}
