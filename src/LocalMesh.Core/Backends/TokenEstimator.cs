using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>A tokenizer-free token estimate (about four characters a token for English text), used for routing by context length and when a backend reports no usage.</summary>
public static class TokenEstimator
{
    /// <summary>Estimated tokens in <paramref name="messages"/>, including a small per-message overhead.</summary>
    public static int Estimate(IEnumerable<ChatMessage> messages)
    {
        long chars = 0;
        var count = 0;
        foreach (var message in messages)
        {
            count++;
            foreach (var content in message.Contents)
            {
                chars += content switch
                {
                    TextContent t => t.Text.Length,
                    FunctionCallContent f => f.Name.Length + (f.Arguments?.Sum(a => a.Key.Length + (a.Value?.ToString()?.Length ?? 0)) ?? 0),
                    FunctionResultContent r => r.Result?.ToString()?.Length ?? 0,
                    _ => 0,
                };
            }
        }

        return (int)Math.Min(int.MaxValue, ((chars + 3) / 4) + (count * 4));
    }
}
