using LocalMesh.Policy;
using LocalMesh.Privacy.Detection;
using Microsoft.Extensions.AI;

namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// Applies the <c>block</c> and <c>keep-local</c> entity actions before routing: a request holding a blocked entity
/// is refused (403 naming the rule); one holding a keep-local entity is routed as
/// <see cref="PrivacyOptions.KeepLocalDomain"/>, which can only make its routing stricter. Thread-safe.
/// </summary>
public sealed class EntityPolicyClassifier(PrivacyOptions options, PrivacyScanner scanner) : IDomainClassifier
{
    /// <inheritdoc />
    public ValueTask<string?> ClassifyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var keepLocal = false;
        foreach (var text in messages.SelectMany(Texts))
        {
            foreach (var entity in scanner.Scan(text))
            {
                switch (options.ActionFor(entity.Type))
                {
                    case EntityAction.Block:
                        throw new PolicyViolationException(
                            $"The request contains {Article(entity.Type)} {entity.Type}, which the rule LocalMesh:Privacy:Entities:{entity.Type}=block refuses. Remove it and retry.",
                            "entity_blocked");
                    case EntityAction.KeepLocal:
                        keepLocal = true;
                        break;
                }
            }
        }

        return ValueTask.FromResult(keepLocal ? options.KeepLocalDomain : null);
    }

    private static IEnumerable<string> Texts(ChatMessage message) => message.Contents.Select(c => c switch
    {
        TextContent t => t.Text,
        FunctionCallContent call => System.Text.Json.JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions),
        FunctionResultContent result => result.Result?.ToString(),
        _ => null,
    }).OfType<string>();

    private static string Article(string type) => "AEIOU".Contains(type[0], StringComparison.Ordinal) ? "an" : "a";
}
