using System.Text;
using System.Text.Json;
using LocalMesh.Backends.Forwarding;

namespace LocalMesh.Core.Tests.Backends.Forwarding;

public sealed class ForwardedBodyTests
{
    private static string Build(string body, string? model, bool streaming, out bool usageAdded) =>
        Encoding.UTF8.GetString(ForwardedBody.Build(Encoding.UTF8.GetBytes(body), model, streaming, out usageAdded).Span);

    [Fact]
    public void Build_SameModelNotStreaming_SendsTheClientsBytesUntouched()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "top_k" : 40, "model":"m", "temperature": 1.50, "messages":[{"role":"user","content":"hi"}] }""");
        var built = ForwardedBody.Build(bytes, "m", streaming: false, out var usageAdded);

        Assert.False(usageAdded);
        Assert.True(built.Span.SequenceEqual(bytes)); // the same bytes: unknown fields, spacing and number formats kept
    }

    [Fact]
    public void Build_OtherModel_ReplacesOnlyTheModelValue()
    {
        var built = Build("""{"top_k":40,"model":"auto","temperature":1.50,"messages":[{"role":"user","content":"model"}]}""", "llama3.2:3b", false, out _);
        Assert.Equal("""{"top_k":40,"model":"llama3.2:3b","temperature":1.50,"messages":[{"role":"user","content":"model"}]}""", built);
    }

    [Fact]
    public void Build_NoModel_AddsIt_AndEscapesIt()
    {
        var built = Build("""{"messages":[{"role":"user","content":"hi"}]}""", "a\"b", false, out _);
        Assert.Equal("a\"b", JsonDocument.Parse(built).RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public void Build_NullModelValue_IsReplaced()
    {
        var built = Build("""{"model":null,"messages":[]}""", "m", false, out _);
        Assert.Equal("""{"model":"m","messages":[]}""", built);
    }

    [Fact]
    public void Build_StreamWithoutStreamOptions_AsksForUsage()
    {
        var built = Build("""{"model":"m","stream":true,"messages":[]}""", "m", true, out var usageAdded);
        Assert.True(usageAdded);
        var root = JsonDocument.Parse(built).RootElement;
        Assert.True(root.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        Assert.Equal("m", root.GetProperty("model").GetString());
    }

    [Fact]
    public void Build_StreamWithStreamOptions_LeavesThemAsTheClientSentThem()
    {
        const string Body = """{"model":"m","stream":true,"stream_options":{"include_usage":false},"messages":[]}""";
        Assert.Equal(Body, Build(Body, "m", true, out var usageAdded));
        Assert.False(usageAdded);
    }

    [Fact]
    public void Build_NestedModelFields_AreNotTouched()
    {
        var built = Build("""{"metadata":{"model":"x"},"messages":[{"role":"user","content":"model"}],"model":"auto"}""", "m", false, out _);
        Assert.Equal("""{"metadata":{"model":"x"},"messages":[{"role":"user","content":"model"}],"model":"m"}""", built);
    }

    [Fact]
    public void Build_NotAnObject_Throws()
    {
        Assert.ThrowsAny<JsonException>(() => ForwardedBody.Build("[1]"u8.ToArray(), "m", false, out _));
    }
}
