using System.Net;
using System.Text;
using LocalMesh.Configuration;

namespace LocalMesh.Server.Tests.Knowledge;

/// <summary>The knowledge base over HTTP: ingest, search with citations, and who sees which collection.</summary>
public sealed class KnowledgeApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAndSearch_WithCitations_AndKeysSeeOnlyTheirDomains()
    {
        var hr = LocalMesh.Testing.TempDirectories.Create("localmesh-kb-hr-");
        var plant = LocalMesh.Testing.TempDirectories.Create("localmesh-kb-plant-");
        File.WriteAllText(Path.Combine(hr, "leave.md"), "# Leave policy\n\n## Parental leave\n\nParental leave is sixteen weeks at full pay.\n");
        File.WriteAllText(Path.Combine(plant, "pump.md"), "# Pump 4\n\n## Priming\n\nPrime the pump with two litres of water before the first start.\n");
        await using var node = await TestNode.StartAsync(TestNode.AdminAndOpsKeys());

        using (var denied = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", "ops-secret", new { path = hr, collection = "hr", domain = "hr" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        using (var ingested = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", "admin-secret", new { path = hr, collection = "hr", domain = "hr" }))
        {
            Assert.Equal(HttpStatusCode.OK, ingested.StatusCode);
            Assert.Equal(1, (await TestNode.JsonAsync(ingested)).GetProperty("added").GetInt32());
        }

        using (await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", "admin-secret", new { path = plant, collection = "plant", domain = "general" }))
        {
        }

        using (var search = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", "admin-secret", new { query = "how long is parental leave" }))
        {
            var hit = (await TestNode.JsonAsync(search)).GetProperty("data")[0];
            Assert.Equal("hr", hit.GetProperty("collection").GetString());
            Assert.EndsWith("leave.md", hit.GetProperty("document").GetString());
            Assert.Equal("Leave policy › Parental leave", hit.GetProperty("section").GetString());
            Assert.Equal(5, hit.GetProperty("lines")[0].GetInt32());
        }

        // The ops key (general only) sees neither the hr collection nor its passages, not even in citations.
        using (var list = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/kb", "ops-secret", null))
        {
            Assert.Equal(["plant"], (await TestNode.JsonAsync(list)).GetProperty("data").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        }

        using (var search = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", "ops-secret", new { query = "parental leave sixteen weeks" }))
        {
            var body = await search.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("sixteen", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("leave.md", body, StringComparison.Ordinal);
        }

        using (var hidden = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", "ops-secret", new { query = "leave", collections = new[] { "hr" } }))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var removed = await node.SendAsync(HttpMethod.Delete, "/v1/localmesh/kb/hr", "admin-secret", null))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        using var again = await node.SendAsync(HttpMethod.Delete, "/v1/localmesh/kb/hr", "admin-secret", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [InlineData("/v1/localmesh/kb/search", "{}", 400, "missing_query")]
    [InlineData("/v1/localmesh/kb/search", "{\"query\":\"x\",\"mode\":\"psychic\"}", 400, "invalid_mode")]
    [InlineData("/v1/localmesh/kb/search", "{\"query\":\"x\",\"limit\":500}", 400, "invalid_limit")]
    [InlineData("/v1/localmesh/kb/search", "{\"query\":\"x\",\"collections\":[\"nope\"]}", 404, "collection_not_found")]
    [InlineData("/v1/localmesh/kb/ingest", "{\"collection\":\"c\"}", 400, "invalid_ingest")]
    [InlineData("/v1/localmesh/kb/ingest", "{\"path\":\"/nonexistent\",\"collection\":\"c\",\"domain\":\"general\"}", 400, "path_not_found")]
    [InlineData("/v1/localmesh/kb/ingest", "{\"path\":\"/tmp\",\"collection\":\"c\",\"domain\":\"astrology\"}", 400, "unknown_domain")]
    [InlineData("/v1/localmesh/kb/search", "[1,2]", 400, null)]
    [InlineData("/v1/localmesh/kb/ingest", "{\"path\":\"/tmp\",\"collection\":\"hr,plant\"}", 400, "invalid_collection")]
    [InlineData("/v1/localmesh/notes", "{}", 400, "missing_text")]
    [InlineData("/v1/localmesh/notes", "{\"text\":\"   \"}", 400, "missing_text")]
    [InlineData("/v1/localmesh/notes", "{\"text\":\"x\",\"collection\":\"../etc\"}", 400, "invalid_collection")]
    [InlineData("/v1/localmesh/notes", "{\"text\":\"x\",\"domain\":\"astrology\"}", 400, "unknown_domain")]
    [InlineData("/v1/localmesh/notes", "{\"text\":\"x\",\"request_id\":\"req_nope\"}", 404, "request_not_found")]
    public async Task BadRequests_GetOpenAIStyleErrors(string path, string json, int status, string? code)
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using var response = await node.Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(status, (int)response.StatusCode);
        var error = (await TestNode.JsonAsync(response)).GetProperty("error");
        if (code is not null)
        {
            Assert.Equal(code, error.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task StreamedIngest_ReportsProgressPerFile_ThenTheResult()
    {
        var folder = LocalMesh.Testing.TempDirectories.Create("localmesh-kb-");
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"doc{i}.md"), $"# Doc {i}\n\nText {i}.");
        }

        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using var response = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", null, new { path = folder, collection = "c", domain = "general", stream = true });

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var progress = lines.Where(l => l.GetProperty("object").GetString() == "localmesh.kb.progress").ToList();
        Assert.Equal([0, 1, 2, 3], progress.Select(p => p.GetProperty("done").GetInt32()));
        Assert.All(progress, p => Assert.Equal(3, p.GetProperty("total").GetInt32()));
        Assert.Equal(3, lines[^1].GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task ACollectionKeepsItsDomain()
    {
        var folder = LocalMesh.Testing.TempDirectories.Create("localmesh-kb-");
        File.WriteAllText(Path.Combine(folder, "a.md"), "# A\n\ntext");
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using (await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", null, new { path = folder, collection = "c", domain = "hr" }))
        {
        }

        using var clash = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", null, new { path = folder, collection = "c", domain = "general" });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal("domain_mismatch", (await TestNode.JsonAsync(clash)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Notes_AreSearchableAtOnce_CitedWithAuthorAndTime_AndCorrectionsNameTheirAnswer()
    {
        await using var node = await TestNode.StartAsync(TestNode.AdminAndOpsKeys());

        using (var note = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/notes", "ops-secret", new { text = "Pump 4 needs two litres of water to prime.", collection = "plant", domain = "general" }))
        {
            Assert.Equal(HttpStatusCode.Created, note.StatusCode);
            var json = await TestNode.JsonAsync(note);
            Assert.Equal("ops", json.GetProperty("author").GetString());
            Assert.StartsWith("notes/", json.GetProperty("document").GetString(), StringComparison.Ordinal);
        }

        // Asked at once, the note answers; its citation names its author.
        string requestId;
        using (var answer = await node.ChatAsync(TestNode.Body("how much water to prime pump 4", model: "kb/plant"), key: "ops-secret", domain: "general"))
        {
            var json = await TestNode.JsonAsync(answer);
            requestId = answer.Headers.GetValues("x-request-id").Single();
            Assert.StartsWith("Pump 4 needs two litres of water to prime. [1]", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("Note by ops, ", json.GetProperty("localmesh").GetProperty("citations")[0].GetProperty("section").GetString(), StringComparison.Ordinal);
        }

        // A correction to that answer; another key cannot claim the same answer, nor write to a domain it may not see.
        using (var correction = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/notes", "ops-secret", new { text = "Since the new seal, pump 4 takes three litres to prime.", collection = "plant", request_id = requestId, author = "Ana" }))
        {
            Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
            Assert.Equal(requestId, (await TestNode.JsonAsync(correction)).GetProperty("corrects").GetString());
        }

        using (var hr = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/notes", "ops-secret", new { text = "Salary bands change in May.", collection = "hr-notes", domain = "hr" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, hr.StatusCode);
        }

        using (var search = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", "admin-secret", new { query = "pump 4 prime litres" }))
        {
            var hits = (await TestNode.JsonAsync(search)).GetProperty("data").EnumerateArray().Select(h => h.GetProperty("text").GetString()!).ToList();
            Assert.Contains(hits, h => h.Contains($"Correction to the answer of request {requestId}.", StringComparison.Ordinal) && h.Contains("three litres", StringComparison.Ordinal));
            Assert.Equal(2, hits.Count);
        }
    }

    [Fact]
    public async Task AccessLists_LimitACollection_ToNamedKeysAndRoles_Everywhere()
    {
        var folder = LocalMesh.Testing.TempDirectories.Create("localmesh-kb-hr-");
        File.WriteAllText(Path.Combine(folder, "pay.md"), "# Pay\n\n## Salary bands\n\nSalary bands are reviewed every May.\n");
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Keys:admin:Hash"] = ApiKeyHash.Compute("admin-secret"),
            ["Keys:admin:Admin"] = "true",
            ["Keys:alice:Hash"] = ApiKeyHash.Compute("alice-secret"),
            ["Keys:alice:Domains:0"] = "hr",
            ["Keys:alice:Roles:0"] = "hr-team",
            ["Keys:bob:Hash"] = ApiKeyHash.Compute("bob-secret"),
            ["Keys:bob:Domains:0"] = "hr",
            ["Keys:carol:Hash"] = ApiKeyHash.Compute("carol-secret"),
            ["Keys:carol:Domains:0"] = "hr",
            ["Privacy:ClassifyDomains"] = "false",
        });

        using (var ingest = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", "admin-secret", new { path = folder, collection = "pay", domain = "hr", access = new[] { "hr-team", "carol" } }))
        {
            Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        }

        async Task<bool> SeesAsync(string key)
        {
            using var list = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/kb", key, null);
            var listed = (await TestNode.JsonAsync(list)).GetProperty("data").GetArrayLength() == 1;
            using var search = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", key, new { query = "salary bands" });
            var found = (await search.Content.ReadAsStringAsync(Ct)).Contains("reviewed every May", StringComparison.Ordinal);
            using var models = await node.SendAsync(HttpMethod.Get, "/v1/models", key, null);
            var model = (await models.Content.ReadAsStringAsync(Ct)).Contains("\"kb/pay\"", StringComparison.Ordinal);
            using var chat = await node.ChatAsync(TestNode.Body("when are salary bands reviewed", model: "kb/pay"), key: key, domain: "hr");
            var answered = chat.StatusCode == HttpStatusCode.OK && (await chat.Content.ReadAsStringAsync(Ct)).Contains("every May", StringComparison.Ordinal);
            Assert.True(listed == found && found == model && model == answered, $"{key}: listed {listed}, found {found}, model {model}, answered {answered}");
            return listed;
        }

        Assert.True(await SeesAsync("alice-secret")); // by role
        Assert.True(await SeesAsync("carol-secret")); // by name
        Assert.False(await SeesAsync("bob-secret")); // allowed the domain, not on the list
        using (var note = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/notes", "bob-secret", new { text = "Bands moved to June.", collection = "pay" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, note.StatusCode);
        }

        using (var listed = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/kb", "admin-secret", null))
        {
            Assert.Equal(["hr-team", "carol"], (await TestNode.JsonAsync(listed)).GetProperty("data")[0].GetProperty("access").EnumerateArray().Select(a => a.GetString()));
        }

        // An empty list opens the collection to every key its domain allows.
        using (await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", "admin-secret", new { path = folder, collection = "pay", access = Array.Empty<string>() }))
        {
        }

        Assert.True(await SeesAsync("bob-secret"));
        using var bad = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", "admin-secret", new { path = folder, collection = "pay", access = "everyone" });
        Assert.Equal("invalid_access", (await TestNode.JsonAsync(bad)).GetProperty("error").GetProperty("code").GetString());
    }
}
