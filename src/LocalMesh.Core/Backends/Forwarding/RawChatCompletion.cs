namespace LocalMesh.Backends.Forwarding;

/// <summary>
/// The <see cref="Microsoft.Extensions.AI.ChatResponse.RawRepresentation"/> of an answer forwarded as it came: the
/// upstream's <c>chat.completion</c> JSON object, which the API layer returns with its <c>localmesh</c> field added.
/// </summary>
/// <param name="Json">The upstream's UTF-8 JSON object.</param>
public sealed record RawChatCompletion(ReadOnlyMemory<byte> Json);

/// <summary>
/// The <see cref="Microsoft.Extensions.AI.ChatResponseUpdate.RawRepresentation"/> of a streamed chunk forwarded as it came:
/// the JSON of one server-sent event's <c>data</c>.
/// </summary>
/// <param name="Json">The upstream's UTF-8 JSON object.</param>
/// <param name="Hidden">
/// True for a usage-only chunk the node asked for itself (for the ledger's token counts) when the client did not: the
/// client is not sent it.
/// </param>
public sealed record RawChatChunk(ReadOnlyMemory<byte> Json, bool Hidden);
