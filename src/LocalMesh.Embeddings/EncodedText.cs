namespace LocalMesh.Embeddings;

/// <summary>One text's encoding: its unit-length vector, the tokens the model read, and whether the text was cut to fit.</summary>
/// <param name="Vector">The sentence vector, L2-normalised (so a dot product is the cosine).</param>
/// <param name="Tokens">Tokens read, with [CLS] and [SEP].</param>
/// <param name="Truncated">Whether the text was longer than the model's limit and only its start was read.</param>
public readonly record struct EncodedText(float[] Vector, int Tokens, bool Truncated);
