using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Ledger;
using LocalMesh.Privacy.Tests;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Privacy;

/// <summary>
/// The leak suite: 200 requests with planted personal data and secrets — plain, in the system prompt, in earlier
/// turns, in tool-call arguments and results, spread over messages, in other casing, inside JSON and code, and
/// base64-encoded — go through LocalMesh to a recording cloud upstream that echoes what it got. The upstream must
/// receive none of the planted values, and every echoed answer must reach the client with the originals restored.
/// </summary>
public sealed class LeakTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Case(string Name, string Planted, object[] Messages, string? ExpectedAnswer);

    [Fact]
    public async Task PlantedSecrets_NeverReachTheCloud_AndAnswersComeBackRestored()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        cloud.Echo = true;
        cloud.StreamChunkChars = 3; // streamed answers split placeholders across chunks
        var config = TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o");

        // This suite proves redaction on requests the policy lets reach the cloud. With domain classification on, most
        // of them (keys, cards) would be kept off the cloud altogether, which DomainClassificationTests covers.
        config["Privacy:ClassifyDomains"] = "false";
        for (var i = 0; i < PlantedSecrets.Declared.Length; i++)
        {
            config[$"Privacy:DeclaredSecrets:{i}"] = PlantedSecrets.Declared[i];
        }

        await using var node = await TestNode.StartAsync(config);
        var cases = Cases().ToList();
        Assert.True(cases.Count >= 200, $"only {cases.Count} cases");

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var stream = i % 4 == 3;
            var before = cloud.Requests.Count;
            var body = JsonSerializer.Serialize(new { model = "gpt-4o", stream, messages = c.Messages });
            using var response = await node.ChatAsync(body, domain: "general");
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{c.Name}: HTTP {(int)response.StatusCode} {text}");
                continue;
            }

            var sent = string.Join("\n", cloud.Requests.Skip(before).Select(r => OpenAIBodies.AllStrings(r.Body)));
            if (sent.Contains(c.Planted, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{c.Name}: the cloud received the planted value");
            }

            if (c.ExpectedAnswer is { } expected && (stream ? OpenAIBodies.StreamedContent(text) : JsonDocument.Parse(text).RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()) is var answer && answer != expected)
            {
                failures.Add($"{c.Name}: answer not restored: {answer}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:\n" + string.Join("\n", failures.Take(20)));

        // The ledger says what kinds were redacted and how many — never the values.
        var ledger = node.Services.GetRequiredService<AuditLedger>();
        await ledger.FlushAsync();
        var report = await ledger.QueryAsync(new AuditQuery { Limit = 1000 });
        Assert.True(report.Crossings.Sum(c => c.Redactions) >= cases.Count);
        var kinds = string.Join(",", report.Crossings.Select(c => c.RedactedKinds));
        foreach (var type in PlantedSecrets.All.Select(p => p.Type).Distinct())
        {
            Assert.Contains(type, kinds);
        }

        Assert.DoesNotContain("maria.gonzalez", kinds);
    }

    [Fact]
    public async Task UnknownRequestFields_PassedThrough_AreRedactedToo()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        await using var node = await TestNode.StartAsync(TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o"));
        var body = """{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"metadata":{"note":"card 4111 1111 1111 1111","owner":"maria.gonzalez@contoso-health.com"},"user":"maria.gonzalez@contoso-health.com"}""";
        using var response = await node.ChatAsync(body, domain: "general");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = OpenAIBodies.AllStrings(Assert.Single(cloud.Requests).Body);
        Assert.DoesNotContain("4111 1111 1111 1111", sent);
        Assert.DoesNotContain("maria.gonzalez", sent);
        Assert.Contains("<CREDIT_CARD_1>", sent);
    }

    [Fact]
    public async Task EmbeddingInputs_ForTheCloud_AreRedacted()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        var config = TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o");
        config["Backends:cloud:EmbeddingModels:0"] = "text-embedding-3-small";
        await using var node = await TestNode.StartAsync(config);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/embeddings")
        {
            Content = new StringContent("""{"model":"text-embedding-3-small","input":["call maria.gonzalez@contoso-health.com","plain text"]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-localmesh-domain", "general");
        using var response = await node.Http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = OpenAIBodies.AllStrings(Assert.Single(cloud.Requests, r => r.Path.EndsWith("/embeddings", StringComparison.Ordinal)).Body);
        Assert.DoesNotContain("maria.gonzalez", sent);
        Assert.Contains("call <EMAIL_1>", sent);
        Assert.Contains("plain text", sent);
    }

    private static IEnumerable<Case> Cases()
    {
        foreach (var (type, value) in PlantedSecrets.All)
        {
            var ctx = PlantedSecrets.InContext(type, value);
            var planted = type is "DECLARED_SECRET" ? value : value;
            object User(string t) => new { role = "user", content = t };
            object System(string t) => new { role = "system", content = t };
            object Assistant(string t) => new { role = "assistant", content = t };

            var plain = $"Please check this for me: {ctx}. Thanks!";
            yield return new($"{type} plain", planted, [User(plain)], plain);
            yield return new($"{type} system prompt", planted, [System($"Context for the assistant: {ctx}"), User("Summarise the context in one line.")], "Summarise the context in one line.");
            yield return new($"{type} earlier turn", planted, [User($"Remember this: {ctx}"), Assistant("Noted."), User("What should I do next?")], "What should I do next?");
            yield return new($"{type} tool call", planted,
            [
                User("Look up the customer."),
                new { role = "assistant", content = (string?)null, tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = "lookup", arguments = JsonSerializer.Serialize(new { query = ctx }) } } } },
                new { role = "tool", tool_call_id = "call_1", content = $"{{\"record\":\"{ctx.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}" },
                User("Go on."),
            ], "Go on.");
            var split = $"and the second part: {ctx}";
            yield return new($"{type} split over messages", planted, [User($"First part: {ctx}"), User(split)], split);
            var cased = type is "EMAIL" or "DECLARED_SECRET" ? ctx.ToUpperInvariant() : ctx;
            var shouting = $"URGENT, VERIFY THIS NOW: {cased}";
            yield return new($"{type} other casing", type is "EMAIL" or "DECLARED_SECRET" ? value.ToUpperInvariant() : planted, [User(shouting)], shouting);
            var json = $"Parse this config:\n```json\n{{\"customer\": {{\"contact\": \"{ctx.Replace("\"", "\\\"", StringComparison.Ordinal)}\", \"tier\": 2}}}}\n```";
            yield return new($"{type} inside JSON and code", planted, [User(json)], json);
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"note: {ctx}"));
            var b64 = $"Decode and explain: {encoded}";
            yield return new($"{type} base64", encoded, [User(b64)], b64);
        }
    }
}
