using System.Net;
using System.Text.Json;

namespace LocalMesh.Server.Tests.Privacy;

/// <summary>People, addresses, organisations and locations found by the trained tagger, end to end through a node.</summary>
public sealed class NamedEntityTests
{
    private const string Prompt = "Draft a friendly letter to Maria Gonzalez at 42 Harbour Road, Portsmouth about the renewal with Contoso Ltd.";
    private static readonly string[] Planted = ["Maria", "Gonzalez", "Harbour Road", "Contoso"];

    [Fact]
    public async Task NamesAndAddresses_NeverReachTheCloud_AndTheAnswerHasThemBack()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        mesh.Cloud.Echo = true;

        using var response = await mesh.Node.ChatAsync(TestNode.Body(Prompt, model: "gpt-4o"), domain: "general");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(mesh.Cloud.Requests).Body;
        foreach (var value in Planted)
        {
            Assert.DoesNotContain(value, sent, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<PERSON_1>", sent);
        Assert.Contains("<ADDRESS_1>", sent);
        Assert.Contains("<ORGANIZATION_1>", sent);
        var answer = (await TestNode.JsonAsync(response)).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        Assert.Equal(Prompt, answer);
    }

    /// <summary>
    /// Every mention: the name found in the system prompt is redacted where a later turn writes only its parts, and the
    /// streamed answer (3-character chunks, so placeholders split) comes back restored.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AName_FoundOnce_IsRedactedInEveryTurn_AndRestoredInTheAnswer(bool stream)
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        mesh.Cloud.Echo = true;
        mesh.Cloud.StreamChunkChars = 3;
        var body = JsonSerializer.Serialize(new
        {
            model = "gpt-4o",
            stream,
            messages = new object[]
            {
                new { role = "system", content = "You help Maria Gonzalez with her letters." },
                new { role = "user", content = "Hi, it's me again." },
                new { role = "assistant", content = "Hello! How can I help?" },
                new { role = "user", content = "Tell Gonzalez's landlord that maria will pay on Friday." },
            },
        });

        using var response = await mesh.Node.ChatAsync(body, domain: "general");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(mesh.Cloud.Requests).Body;
        Assert.DoesNotContain("Gonzalez", sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("maria", sent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Tell <PERSON_1_2>'s landlord that <PERSON_1_3> will pay on Friday.", sent); // one person, written two other ways
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var answer = stream
            ? LocalMesh.Testing.OpenAIBodies.StreamedContent(text)
            : JsonDocument.Parse(text).RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        Assert.Equal("Tell Gonzalez's landlord that maria will pay on Friday.", answer); // each part comes back as it was written
    }

    [Fact]
    public async Task PersonKeepLocal_KeepsARequestNamingSomeoneOffTheCloud()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Privacy:Entities:PERSON"] = "keep-local" });

        using var response = await mesh.Node.ChatAsync(TestNode.Body("Summarise the complaint John Miller sent us."), domain: "general");

        var route = (await TestNode.JsonAsync(response)).GetProperty("localmesh");
        Assert.Equal("edge", route.GetProperty("tier").GetString());
        Assert.Empty(mesh.Cloud.Requests);
    }

    [Fact]
    public async Task ScanEndpoint_ListsPeopleAndPlaces()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using var response = await node.Http.PostAsync("/v1/localmesh/scan", new StringContent(JsonSerializer.Serialize(new { text = Prompt }), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = (await TestNode.JsonAsync(response)).GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("PERSON", types);
        Assert.Contains("ADDRESS", types);
        Assert.Contains("ORGANIZATION", types);
    }

    [Fact]
    public async Task APlaceAlone_IsReportedOnlyWhenTheSiteAsksForIt()
    {
        const string question = "What will the weather be in Lisbon tomorrow?";
        async Task<List<string?>> TypesAsync(TestNode node)
        {
            using var response = await node.Http.PostAsync("/v1/localmesh/scan", new StringContent(JsonSerializer.Serialize(new { text = question }), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await TestNode.JsonAsync(response)).GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString())];
        }

        await using (var byDefault = await TestNode.StartAsync(new Dictionary<string, string?>()))
        {
            Assert.Empty(await TypesAsync(byDefault));
        }

        await using var strict = await TestNode.StartAsync(new Dictionary<string, string?> { ["Privacy:RedactPlacesAndCompaniesAlone"] = "true" });
        Assert.Contains("LOCATION", await TypesAsync(strict));
    }

    [Fact]
    public async Task WithTheTaggerOff_OnlyPatternsAreRedacted()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Privacy:Tagger"] = "false" });

        using var response = await mesh.Node.ChatAsync(TestNode.Body(Prompt + " Reply to maria@example.com.", model: "gpt-4o"), domain: "general");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(mesh.Cloud.Requests).Body;
        Assert.Contains("Maria Gonzalez", sent);
        Assert.DoesNotContain("maria@example.com", sent);
    }
}
