using System.Text.Json;
using LocalMesh.Backends.Forwarding;

namespace LocalMesh.Core.Tests.Backends.Forwarding;

public sealed class OpenAIWireSummaryTests
{
    [Fact]
    public void Read_Completion_TakesTextFinishAndUsage()
    {
        var summary = OpenAIWireSummary.Read("""
            {"id":"c1","object":"chat.completion","model":"m","extra":{"choices":[{"message":{"content":"no"}}]},
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hello \u00e9"},"logprobs":null,"finish_reason":"stop"},
                        {"index":1,"message":{"content":"second"},"finish_reason":"length"}],
             "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15,"prompt_tokens_details":{"cached_tokens":0}}}
            """u8);

        Assert.Equal(("c1", "m", "Hello é", "stop"), (summary.Id, summary.Model, summary.Text, summary.FinishReason));
        Assert.Equal((12L, 3L, 15L), (summary.PromptTokens!.Value, summary.CompletionTokens!.Value, summary.TotalTokens!.Value));
        Assert.True(summary.HasChoices && summary.HasUsage && !summary.HasToolCalls);
    }

    [Fact]
    public void Read_ToolCallChunk_HasCallsAndNoText()
    {
        var summary = OpenAIWireSummary.Read("""{"choices":[{"delta":{"content":null,"tool_calls":[{"index":0,"function":{"arguments":"{\"a\""}}]},"finish_reason":null}]}"""u8);
        Assert.True(summary.HasToolCalls);
        Assert.Null(summary.Text);
        Assert.Null(summary.FinishReason);
        Assert.False(summary.HasUsage);
    }

    [Fact]
    public void Read_UsageOnlyChunk_HasNoChoices()
    {
        var summary = OpenAIWireSummary.Read("""{"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}"""u8);
        Assert.False(summary.HasChoices);
        Assert.True(summary.HasUsage);
        Assert.Equal(2, summary.CompletionTokens);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"choices\":[")]
    public void Read_NotAnObject_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => OpenAIWireSummary.Read(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Read_NextChunk_ReusesTheSameIdAndModelAndReadsNewOnes()
    {
        var first = OpenAIWireSummary.Read("""{"id":"chatcmpl-1","model":"m","choices":[{"delta":{"content":"a"}}]}"""u8);
        var second = OpenAIWireSummary.Read("""{"id":"chatcmpl-1","model":"m","choices":[{"delta":{"content":"b"}}]}"""u8, first);
        Assert.Same(first.Id, second.Id);
        Assert.Same(first.Model, second.Model);
        Assert.Equal("b", second.Text);

        var other = OpenAIWireSummary.Read("""{"id":"chatcmpl-2","model":"n","choices":[]}"""u8, second);
        Assert.Equal("chatcmpl-2", other.Id);
        Assert.Equal("n", other.Model);
        Assert.Null(other.Text); // nothing of the previous chunk but its strings carries over
    }
}
