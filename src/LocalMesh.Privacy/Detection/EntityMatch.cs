namespace LocalMesh.Privacy.Detection;

/// <summary>A piece of text a detector recognised as personal data or a secret.</summary>
/// <param name="Type">The entity type, e.g. <c>EMAIL</c>, <c>CREDIT_CARD</c>, <c>AWS_KEY</c>.</param>
/// <param name="Start">Where it starts in the scanned text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Value">The matched text.</param>
public sealed record EntityMatch(string Type, int Start, int Length, string Value)
{
    /// <summary>Where it ends (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>
    /// Whether the match identifies nobody on its own: a place ("Madrid"), an organisation without a legal form
    /// ("Siemens") or a place-like "address" without a street word, as the tagger finds them in news, weather reports and
    /// product reviews. The scanner keeps such a match only when the same text (or request) also holds personal data,
    /// or a cue says the place or employer is someone's ("lives in", "works at"); see <see cref="PrivacyScanner.Anchors"/>.
    /// </summary>
    public bool Contextual { get; init; }
}
