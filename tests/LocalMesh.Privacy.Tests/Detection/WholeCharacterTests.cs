using System.Text;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Redaction;
using LocalMesh.Testing;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>
/// No span cuts a character in two. An emoji is two UTF-16 code units (a surrogate pair); a span starting at its second
/// half ("\uDCAA Varga") used to be redacted leaving the first half alone, text that is not valid UTF-16 and cannot be
/// encoded to send (found on the third blind privacy set: a name right after an emoji). The tagger splits an emoji
/// into its two halves as tokens and may start a name at the second; the name is trimmed to its letters, and the scanner
/// narrows any detector's span to whole characters.
/// </summary>
public sealed class WholeCharacterTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void ASpanCuttingASurrogatePair_IsNarrowedToWholeCharacters()
    {
        const string text = "gym \U0001F4AA Kovács Bence \U0001F3E0";
        var low = text.IndexOf('\uDCAA', StringComparison.Ordinal); // the emoji's second half
        var high = text.LastIndexOf('\uD83C');
        var scanner = new PrivacyScanner([new FixedSpans(("PERSON", low, high + 1 - low))]);

        var match = Assert.Single(scanner.Scan(text));

        Assert.Equal("Kovács Bence", match.Value);
        Assert.Equal(match.Value, text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void ASpanOfHalfACharacterOnly_IsDropped()
    {
        const string text = "ok \U0001F4AA";
        var scanner = new PrivacyScanner([new FixedSpans(("PERSON", text.Length - 1, 1))]);

        Assert.Empty(scanner.Scan(text));
    }

    [Theory]
    [InlineData("new signup \U0001F4AA Szilágyi Márton / 06 30 123 4567")]
    [InlineData("\U0001F4B8 Kowalczyk Marek sent you €50.00")]
    [InlineData("trainer \U0001F4AA Molnár Ákos / molnar.akos@example.hu")]
    public async Task NamesNextToEmoji_AreRedactedWithTheirCharactersWhole(string text)
    {
        var tagger = await TestTaggers.BuiltInAsync();
        var scanner = new PrivacyScanner([.. BuiltInDetectors.All, tagger]);
        var session = new RedactionSession(scanner);

        var found = scanner.Scan(text);
        var redacted = session.Redact(text);

        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.False(char.IsLowSurrogate(text[m.Start]) || char.IsHighSurrogate(text[m.End - 1]), $"'{m.Value}' cuts a character"));
        _ = Strict.GetBytes(redacted); // throws on a lone surrogate
        Assert.Equal(text, session.Restore(redacted));
    }

    private sealed class FixedSpans(params (string Type, int Start, int Length)[] spans) : IEntityDetector
    {
        public IReadOnlyCollection<string> Types => [.. spans.Select(s => s.Type).Distinct()];

        public IEnumerable<EntityMatch> Detect(string text) =>
            spans.Select(s => new EntityMatch(s.Type, s.Start, s.Length, text.Substring(s.Start, s.Length)));
    }
}
