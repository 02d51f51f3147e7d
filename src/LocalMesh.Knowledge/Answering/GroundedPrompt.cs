using System.Text;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Knowledge.Answering;

/// <summary>The conversation a language model answers a knowledge-base request from: a system message with the numbered passages, then the client's messages.</summary>
public static class GroundedPrompt
{
    /// <summary>The instructions in front of the passages.</summary>
    public const string Instructions =
        "Answer the user's question from the numbered passages of the local knowledge base below, and from nothing else. " +
        "Cite every passage you use with its number in square brackets, for example [1]. " +
        "If the passages do not hold the answer, say that the knowledge base does not cover it.";

    /// <summary>The messages to send: the grounding system message first, the client's messages after it.</summary>
    public static List<ChatMessage> Build(IReadOnlyList<ChatMessage> messages, Grounding grounding)
    {
        var text = new StringBuilder(Instructions);
        foreach (var passage in grounding.Passages)
        {
            text.Append("\n\n").Append(passage.Citation()).Append('\n').Append(passage.Text);
        }

        return [new ChatMessage(ChatRole.System, text.ToString()), .. messages];
    }
}
