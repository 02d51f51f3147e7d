using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace LocalMesh.Testing;

/// <summary>
/// An in-memory <see cref="IChatClient"/> for unit tests of one pipeline stage or the router, as Microsoft.Extensions.AI's
/// own tests use a <c>TestChatClient</c>: it answers with <see cref="Respond"/> (an echo by default) and keeps every call.
/// Process-level tests use <see cref="FakeLlmServer"/>, a real HTTP server, instead.
/// </summary>
public sealed class TestChatClient : IChatClient
{
    /// <summary>Answers a call; the default echoes the last message, prefixed with <see cref="Name"/>.</summary>
    public Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse> Respond { get; set; }

    /// <summary>What this client calls itself in its answers.</summary>
    public string Name { get; }

    /// <summary>Every call's messages and options, in order.</summary>
    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Calls { get; } = [];

    /// <summary>Creates a client named <paramref name="name"/>.</summary>
    public TestChatClient(string name = "test")
    {
        Name = name;
        Respond = (messages, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, $"{Name}: {messages[^1].Text}"));
    }

    /// <summary>A client whose every call fails with <paramref name="error"/>.</summary>
    public static TestChatClient Failing(string name, Exception error) => new(name) { Respond = (_, _) => throw error };

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        Calls.Add((list, options));
        return Task.FromResult(Respond(list, options));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
