using System.Net;
using System.Text;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.OpenAI;

/// <summary>
/// JSON answers carry their Content-Length (one send with the headers, no chunked framing and no closing chunk
/// after the handler returns); a stream still ends with <c>data: [DONE]</c>, and a streamed chunk never waits for the
/// backend's next one.
/// </summary>
public sealed class ResponseFramingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Json_answers_errors_and_embeddings_are_sized_and_streams_end_with_done()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.EdgeWithEmbeddings(edge.BaseUrl));

        using (var answer = await node.ChatAsync(TestNode.Body("Say something short.", model: "m")))
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            await AssertSizedJsonAsync(answer);
        }

        using (var unknownModel = await node.ChatAsync(TestNode.Body("hi", model: "no-such-model")))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownModel.StatusCode);
            await AssertSizedJsonAsync(unknownModel);
        }

        using (var embeddings = await node.Http.PostAsync("/v1/embeddings", new StringContent("""{"model":"nomic-embed","input":["a","b"]}""", Encoding.UTF8, "application/json"), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, embeddings.StatusCode);
            await AssertSizedJsonAsync(embeddings);
        }

        using (var stream = await node.ChatAsync(TestNode.Body("Say something short.", model: "m", stream: true)))
        {
            Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
            Assert.True(stream.Headers.TransferEncodingChunked);
            var text = await stream.Content.ReadAsStringAsync(Ct);
            Assert.EndsWith("data: [DONE]\n\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_answer_larger_than_the_kept_buffer_and_the_small_ones_after_it_are_whole()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.EdgeWithEmbeddings(edge.BaseUrl));

        foreach (var count in new[] { 1500, 1, 3 }) // about 150 KB of JSON, then small answers on the same threads
        {
            var inputs = System.Text.Json.JsonSerializer.Serialize(Enumerable.Range(0, count).Select(i => $"input {i}"));
            using var response = await node.Http.PostAsync("/v1/embeddings", new StringContent($$"""{"model":"nomic-embed","input":{{inputs}}}""", Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await AssertSizedJsonAsync(response);
            var json = await TestNode.JsonAsync(response);
            Assert.Equal(count, json.GetProperty("data").GetArrayLength());
            Assert.Equal(count - 1, json.GetProperty("data")[count - 1].GetProperty("index").GetInt32());
        }
    }

    private static async Task AssertSizedJsonAsync(HttpResponseMessage response)
    {
        // The raw header as the node sent it (HttpClient computes ContentLength for a buffered body that had none).
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.True(response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var values), "no Content-Length header");
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), values.ToString());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(body); // whole and well-formed
    }

    [Fact]
    public async Task A_streamed_chunk_reaches_the_client_while_the_backend_holds_back_the_next()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "first second third";
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        edge.SecondChunkGate = gate.Task;
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(TestNode.Body("Three words, please.", stream: true), Encoding.UTF8, "application/json") };
        using var response = await node.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));

        // The backend sends "second" only once the gate opens, which happens after the client has read "first": a node that
        // held its output back until the next update came would leave this read waiting until the timeout.
        var firstEvent = await reader.ReadLineAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(15), Ct);
        Assert.StartsWith("data: ", firstEvent);
        Assert.Contains("\"content\":\"first\"", firstEvent);
        gate.SetResult();

        var rest = await reader.ReadToEndAsync(Ct);
        Assert.Contains("\"content\":\" second\"", rest);
        Assert.Contains("\"content\":\" third\"", rest);
        Assert.EndsWith("data: [DONE]\n\n", rest);
    }
}
