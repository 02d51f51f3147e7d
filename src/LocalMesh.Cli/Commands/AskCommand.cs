using System.CommandLine;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh ask "..."</c>: asks the node and prints the answer and the route it took.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var prompt = new Argument<string>("prompt") { Description = "The question or command." };
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var model = new Option<string>("--model") { Description = "A model name, or auto to let the router decide.", DefaultValueFactory = _ => "auto" };
        var domain = new Option<string?>("--domain") { Description = "The data domain (general, medical, finance, hr, legal, secret, ...)." };
        var stream = new Option<bool>("--stream") { Description = "Stream the answer as it is produced." };
        var queue = new Option<bool>("--queue") { Description = "If no allowed backend is reachable, queue the request and print the job id." };
        var json = CliOptions.Json();
        var command = new Command("ask", "Ask the node; prints the answer and its route.") { prompt, url, key, model, domain, stream, queue, json };
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            var text = parse.GetValue(prompt);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException("the prompt is empty.", 2);
            }

            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var streaming = parse.GetValue(stream);
            var body = JsonSerializer.Serialize(new { model = parse.GetValue(model), stream = streaming, messages = new[] { new { role = "user", content = text } } });
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (parse.GetValue(domain) is { Length: > 0 } d)
            {
                request.Headers.Add("x-localmesh-domain", d);
            }

            if (parse.GetValue(queue))
            {
                request.Headers.Add("x-localmesh-queue", "true");
            }

            using var response = await client.SendAsync(request, cancellationToken);
            var route = response.Headers.TryGetValues("x-localmesh-route", out var values) ? values.First() : null;
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                var job = await NodeClient.ReadAsync(response, cancellationToken);
                Console.WriteLine($"queued as {job.GetProperty("id").GetString()}: no allowed backend is reachable now. Check with: localmesh jobs {job.GetProperty("id").GetString()}");
                return 0;
            }

            if (streaming && response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/event-stream")
            {
                await PrintStreamAsync(response, cancellationToken);
            }
            else
            {
                var answer = await NodeClient.ReadAsync(response, cancellationToken);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(answer.GetRawText());
                    return 0;
                }

                Console.WriteLine(answer.GetProperty("choices")[0].GetProperty("message").TryGetProperty("content", out var content) ? content.GetString() : string.Empty);
            }

            if (route is not null)
            {
                Console.Error.WriteLine("route: " + route);
            }

            return 0;
        }));
        return command;
    }

    private static async Task PrintStreamAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal) || line == "data: [DONE]")
            {
                continue;
            }

            using var chunk = JsonDocument.Parse(line[6..]);
            if (chunk.RootElement.TryGetProperty("error", out var error))
            {
                Console.WriteLine();
                throw new CliException(error.GetProperty("message").GetString() ?? "the stream failed");
            }

            foreach (var choice in chunk.RootElement.GetProperty("choices").EnumerateArray())
            {
                if (choice.GetProperty("delta").TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
                {
                    Console.Write(content.GetString());
                }
            }
        }

        Console.WriteLine();
    }
}
