using System.ClientModel;
using System.Net;
using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Knowledge.Index;
using LocalMesh.Ledger;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;

namespace LocalMesh.Server.Tests.Knowledge;

/// <summary>Chat requests answered from the knowledge base: grounded by an allowed language model or extractive, with citations, under the collections' policy.</summary>
public sealed class KnowledgeAnsweringTests
{
    /// <summary>An hr handbook: parental and sick leave (also used by <see cref="KnowledgeAutoTests"/>).</summary>
    internal const string Handbook = """
        # Leave policy

        ## Parental leave

        Parental leave is sixteen weeks at full pay. It can start up to two weeks before the birth.

        ## Sick leave

        Report sick leave to your manager before ten in the morning. A doctor's note is needed after three days.
        """;

    private const string Runbook = """
        # Pump 4

        ## Priming

        Prime the pump with two litres of water before the first start. Never run it dry.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoLanguageModel_AnswersExtractively_WithCitations_InTheResponseAndTheLedger()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        Index(node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        using var response = await node.ChatAsync(TestNode.Body("How long is parental leave?", model: "kb"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await TestNode.JsonAsync(response);
        var content = json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        // The best sentence brings the next one of its passage (the fact is often said there).
        Assert.StartsWith("Parental leave is sixteen weeks at full pay. It can start up to two weeks before the birth. [1]", content, StringComparison.Ordinal);
        Assert.DoesNotContain("doctor", content, StringComparison.Ordinal); // the sick-leave sentences do not answer it
        Assert.EndsWith("Sources:\n[1] hr: leave.md › Leave policy › Parental leave (line 5, characters 35-126)", content, StringComparison.Ordinal);

        var route = json.GetProperty("localmesh");
        Assert.Equal("knowledge", route.GetProperty("backend").GetString());
        Assert.True(route.GetProperty("degraded").GetBoolean());
        Assert.Equal("hr", route.GetProperty("domain").GetString());
        Assert.Contains("extractive answer from 2 passages from hr", route.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var citation = route.GetProperty("citations")[0];
        Assert.Equal("/handbook/leave.md", citation.GetProperty("document").GetString());
        Assert.Equal("Leave policy › Parental leave", citation.GetProperty("section").GetString());
        Assert.Equal([5, 5], citation.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Contains("backend=knowledge", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);

        // The ledger keeps where the answer came from, never the passage's text.
        var record = await node.RequestRecordAsync(response.Headers.GetValues("x-request-id").Single());
        Assert.Equal("kb", record.RequestedModel);
        Assert.Equal("hr", record.Domain);
        var cited = JsonDocument.Parse(record.Citations!).RootElement;
        Assert.Equal("/handbook/leave.md", cited[0].GetProperty("document").GetString());
        Assert.DoesNotContain("sixteen", record.Citations!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPassageMatches_SaysSo_AndSendsNothing()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        Index(mesh.Node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        using var response = await mesh.Node.ChatAsync(TestNode.Body("What colour is a flamingo?", model: "kb"));
        var json = await TestNode.JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("That is not in the knowledge base (hr).", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False(json.GetProperty("localmesh").GetProperty("degraded").GetBoolean());
        Assert.Empty(json.GetProperty("localmesh").GetProperty("citations").EnumerateArray());
        Assert.Empty(mesh.Edge.Requests);
        Assert.Empty(mesh.Cloud.Requests);
    }

    [Theory]
    [InlineData("What is the capital of Australia?")] // unrelated
    [InlineData("How long is the notice period for resigning?")] // the handbook's subject, not in it
    [InlineData("How do I enable zstd compression for sick leave reports?")] // names a thing no document mentions
    public async Task OffTopicQuestions_AreNotInTheKnowledgeBase_AndNothingIsSent(string question)
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        Index(mesh.Node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        using var response = await mesh.Node.ChatAsync(TestNode.Body(question, model: "kb"));
        var json = await TestNode.JsonAsync(response);
        Assert.StartsWith("That is not in the knowledge base (hr).", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("not in the knowledge base", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("localmesh").GetProperty("citations").EnumerateArray());
        Assert.Empty(mesh.Edge.Requests);
        Assert.Empty(mesh.Cloud.Requests);
    }

    [Fact]
    public async Task ExtractiveAnswers_HaveUsage_OneCitationList_AndStreamInSeveralChunks()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        Index(node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        using (var response = await node.ChatAsync(TestNode.Body("How long is parental leave?", model: "kb")))
        {
            var json = await TestNode.JsonAsync(response);
            Assert.True(json.GetProperty("usage").GetProperty("completion_tokens").GetInt32() > 0);
            var content = json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
            var sources = content[(content.IndexOf("Sources:", StringComparison.Ordinal) + "Sources:".Length)..].Trim().Split('\n');
            var citations = json.GetProperty("localmesh").GetProperty("citations").EnumerateArray().ToList();
            Assert.Equal(sources.Length, citations.Count); // the Sources text and localmesh.citations are one list
            Assert.All(citations, c => Assert.Contains($"[{c.GetProperty("number").GetInt32()}] ", content, StringComparison.Ordinal));
            Assert.Equal([35, 126], citations[0].GetProperty("characters").EnumerateArray().Select(c => c.GetInt32()));
        }

        var body = JsonSerializer.Serialize(new { model = "kb", stream = true, stream_options = new { include_usage = true }, messages = new[] { new { role = "user", content = "How long is parental leave?" } } });
        using var streamed = await node.ChatAsync(body);
        var events = (await streamed.Content.ReadAsStringAsync(Ct)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(e => e != "data: [DONE]").ToList();
        var texts = events.Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement)
            .Where(e => e.GetProperty("choices").GetArrayLength() > 0 && e.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var c) && c.GetString()!.Length > 0)
            .ToList();
        Assert.True(texts.Count >= 3, $"{texts.Count} chunks"); // the sentence, the Sources heading, the citation
        Assert.Contains("\"usage\"", events[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HrPassages_GroundAnEdgeAnswer_AndNeverReachTheCloud_EvenWhenTheEdgeIsDown()
    {
        // Without the content classifier (which would call the question hr itself), only the passages narrow the
        // request; without the answer cache, the second question reaches the router too.
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Privacy:ClassifyDomains"] = "false", ["Knowledge:CacheEntries"] = "0" });
        var (edge, cloud, node) = (mesh.Edge, mesh.Cloud, mesh.Node);
        Index(node).AddText("hr", "hr", "/handbook/leave.md", Handbook);
        edge.Reply = "Sixteen weeks, at full pay [1].";

        // Asked as "general", the request still takes the hr passages' policy: local and edge only.
        using (var response = await node.ChatAsync(TestNode.Body("How long is parental leave?", model: "kb/hr"), domain: "general"))
        {
            var json = await TestNode.JsonAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Sixteen weeks, at full pay [1].\n\nSources:\n[1] hr: leave.md › Leave policy › Parental leave (line 5, characters 35-126)",
                json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
            var route = json.GetProperty("localmesh");
            Assert.Equal("edge", route.GetProperty("backend").GetString());
            Assert.Equal("hr", route.GetProperty("domain").GetString());
            Assert.Equal("knowledge", route.GetProperty("domain_source").GetString());
            Assert.StartsWith("grounded in 2 passages from hr; ", route.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        var sent = edge.Requests.Single().Body;
        Assert.Contains("Parental leave is sixteen weeks at full pay.", sent, StringComparison.Ordinal);
        Assert.Contains("Cite every passage you use", sent, StringComparison.Ordinal);
        Assert.Contains("How long is parental leave?", sent, StringComparison.Ordinal);

        // Edge failing: the hr passages do not fail over to the cloud; the answer is extractive, flagged degraded.
        edge.ProbesFollowFailures = false; // the call itself fails, rather than a probe taking the edge out of the plan first
        edge.FailStatus = 500;
        using (var response = await node.ChatAsync(TestNode.Body("How long is parental leave?", model: "kb/hr", stream: true), domain: "general"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var (text, first) = await ReadStreamAsync(response);
            Assert.StartsWith("Parental leave is sixteen weeks at full pay. It can start up to two weeks before the birth. [1]", text, StringComparison.Ordinal);
            Assert.True(first.GetProperty("localmesh").GetProperty("degraded").GetBoolean());
            Assert.Contains("no language model answered (edge", first.GetProperty("localmesh").GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(cloud.Requests);
        Assert.False(cloud.Received("sixteen"));
    }

    [Fact]
    public async Task GeneralPassages_FailOverToTheCloud_AndStreamTheirSourcesBeforeTheEnd()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Policy:DefaultDomain"] = "general", ["Privacy:ClassifyDomains"] = "false" });
        var (edge, cloud, node) = (mesh.Edge, mesh.Cloud, mesh.Node);
        Index(node).AddText("plant", "general", "/runbooks/pump4.md", Runbook);
        edge.ProbesFollowFailures = false;
        edge.FailStatus = 503;
        cloud.Reply = "Two litres of water [1].";
        cloud.StreamChunkChars = 4;

        var client = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri(node.BaseUri, "/v1") }).GetChatClient("kb/plant");
        var streamed = new System.Text.StringBuilder();
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("How much water to prime pump 4?")], cancellationToken: Ct))
        {
            foreach (var part in update.ContentUpdate)
            {
                streamed.Append(part.Text);
            }
        }

        Assert.Equal("Two litres of water [1].\n\nSources:\n[1] plant: pump4.md › Pump 4 › Priming (line 5, characters 22-103)", streamed.ToString());
        Assert.Single(edge.Requests);
        Assert.Contains("Prime the pump with two litres", cloud.Requests.Single().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysSeeOnlyTheirCollections_InModels_Answers_AndCitations()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(TestNode.Merge(TestNode.AdminAndOpsKeys(), new Dictionary<string, string?>
        {
            ["Privacy:ClassifyDomains"] = "false", // else the question itself is classified hr, which the ops key may not use
        }));
        var node = mesh.Node;
        Index(node).AddText("hr", "hr", "/handbook/leave.md", Handbook);
        Index(node).AddText("plant", "general", "/runbooks/pump4.md", Runbook + "\nLeave the valve open for sixteen seconds.\n");
        mesh.Edge.Echo = true;

        async Task<string[]> ModelsAsync(string key)
        {
            using var models = await node.SendAsync(HttpMethod.Get, "/v1/models", key, null);
            return [.. (await TestNode.JsonAsync(models)).GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).Where(id => id.StartsWith("kb", StringComparison.Ordinal))];
        }

        Assert.Equal(["kb", "kb/hr", "kb/plant"], await ModelsAsync("admin-secret"));
        Assert.Equal(["kb", "kb/plant"], await ModelsAsync("ops-secret"));

        // Named, the hidden collection is a missing model; searched through "kb", its passages never appear.
        using (var hidden = await node.ChatAsync(TestNode.Body("How long is parental leave?", model: "kb/hr"), key: "ops-secret", domain: "general"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal("model_not_found", (await TestNode.JsonAsync(hidden)).GetProperty("error").GetProperty("code").GetString());
        }

        using (var all = await node.ChatAsync(TestNode.Body("How do I prime the pump, and how long is parental leave?", model: "kb"), key: "ops-secret", domain: "general"))
        {
            var body = await all.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.OK, all.StatusCode);
            Assert.DoesNotContain("leave.md", body, StringComparison.Ordinal);
            Assert.Contains("pump4.md", body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(mesh.Edge.Requests, r => r.Body.Contains("Parental leave is", StringComparison.Ordinal));
        Assert.DoesNotContain(mesh.Cloud.Requests, r => r.Body.Contains("Parental leave is", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PassagesCountInThePromptSize_SoAModelWithAShortContextIsPassedOver()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"),
            new Dictionary<string, string?> { ["Backends:edge:ContextLength"] = "200" }));
        var filler = string.Concat(Enumerable.Repeat("The burner panel carries a warning label in four languages. ", 12));
        Index(node).AddText("plant", "general", "/runbooks/boiler.md", $"# Boiler 7\n\n## Burner\n\n{filler}The burner is serviced every 90 days.");

        using var response = await node.ChatAsync(TestNode.Body("How often is the burner serviced?", model: "kb"));

        var route = (await TestNode.JsonAsync(response)).GetProperty("localmesh");
        Assert.Equal("knowledge", route.GetProperty("backend").GetString());
        Assert.True(route.GetProperty("degraded").GetBoolean());
        Assert.DoesNotContain(edge.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepeatedQuestions_AreAnsweredFromTheCache_UntilTheirSourcesChange()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "Sixteen weeks [1].";
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"));
        Index(node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        async Task<JsonElement> AskAsync(string question, bool stream = false)
        {
            using var response = await node.ChatAsync(TestNode.Body(question, model: "kb", stream: stream));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (!stream)
            {
                return await TestNode.JsonAsync(response);
            }

            var (text, first) = await ReadStreamAsync(response);
            Assert.StartsWith("Sixteen weeks [1].", text, StringComparison.Ordinal);
            return first;
        }

        var first = await AskAsync("How long is parental leave?");
        var again = await AskAsync("how long is parental leave");
        var streamed = await AskAsync("How long is parental leave, please?", stream: true);
        var other = await AskAsync("When can parental leave start?");

        Assert.Equal(2, edge.Requests.Count); // the first question and the different one
        Assert.Equal(first.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), again.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        var route = again.GetProperty("localmesh");
        Assert.Equal("knowledge", route.GetProperty("backend").GetString());
        Assert.StartsWith($"cached answer of {first.GetProperty("localmesh").GetProperty("request_id").GetString()}", route.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("localmesh").GetProperty("citations").GetRawText(), route.GetProperty("citations").GetRawText());
        Assert.Equal("knowledge", streamed.GetProperty("localmesh").GetProperty("backend").GetString());
        Assert.True("edge" == other.GetProperty("localmesh").GetProperty("backend").GetString(), other.GetProperty("localmesh").GetRawText());

        // The handbook changes: the same question goes to the model again.
        Index(node).AddText("hr", "hr", "/handbook/leave.md", Handbook.Replace("sixteen", "eighteen", StringComparison.Ordinal));
        Assert.Equal("edge", (await AskAsync("How long is parental leave?")).GetProperty("localmesh").GetProperty("backend").GetString());
        Assert.Equal(3, edge.Requests.Count);

        using var stats = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/cache", null, null);
        var json = await TestNode.JsonAsync(stats);
        Assert.Equal((5, 2), (json.GetProperty("lookups").GetInt64(), json.GetProperty("hits").GetInt64()));
        Assert.Equal(0.4, json.GetProperty("hit_rate").GetDouble());
    }

    private static KnowledgeIndex Index(TestNode node) => node.Services.GetRequiredService<KnowledgeIndex>();

    /// <summary>Reads an SSE answer: the text of every chunk and the first chunk (which carries the route).</summary>
    private static async Task<(string Text, JsonElement First)> ReadStreamAsync(HttpResponseMessage response)
    {
        var text = new System.Text.StringBuilder();
        JsonElement? first = null;
        foreach (var line in (await response.Content.ReadAsStringAsync(Ct)).Split('\n'))
        {
            if (!line.StartsWith("data: {", StringComparison.Ordinal))
            {
                continue;
            }

            var chunk = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            first ??= chunk;
            if (chunk.GetProperty("choices") is { ValueKind: JsonValueKind.Array } choices && choices.GetArrayLength() > 0
                && choices[0].GetProperty("delta").TryGetProperty("content", out var content))
            {
                text.Append(content.GetString());
            }
        }

        return (text.ToString(), first!.Value);
    }
}
