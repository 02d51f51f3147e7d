using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Redaction;

namespace LocalMesh.Privacy.Tests;

public sealed class RedactionTests
{
    private static readonly PrivacyScanner Scanner = new([new DeclaredSecretsDetector(PlantedSecrets.Declared), .. BuiltInDetectors.All]);

    [Fact]
    public void SameValue_SamePlaceholder_AcrossTexts_AndRestoreGivesTheOriginals()
    {
        var session = new RedactionSession(Scanner);
        var first = session.Redact("Email maria.gonzalez@contoso-health.com and j.smith+billing@example.org about Project Bluebird.");
        var second = session.Redact("Did maria.gonzalez@contoso-health.com answer?");
        Assert.Equal("Email <EMAIL_1> and <EMAIL_2> about <DECLARED_SECRET_1>.", first);
        Assert.Equal("Did <EMAIL_1> answer?", second);
        Assert.Equal(3, session.Counts["EMAIL"]);
        Assert.Equal("Sent to maria.gonzalez@contoso-health.com; <EMAIL_9> is unknown.", session.Restore("Sent to <EMAIL_1>; <EMAIL_9> is unknown."));
    }

    [Fact]
    public void Streaming_RestoresPlaceholdersSplitAcrossChunks()
    {
        var session = new RedactionSession(Scanner);
        var redacted = session.Redact("card 4111 1111 1111 1111 and mail j.smith+billing@example.org, a<b");
        var restorer = new StreamRestorer(session);
        foreach (var size in new[] { 1, 2, 3, 5, 7 })
        {
            var output = string.Concat(Enumerable.Range(0, (redacted.Length + size - 1) / size)
                .Select(i => restorer.Push(redacted.Substring(i * size, Math.Min(size, redacted.Length - (i * size)))))) + restorer.Flush();
            Assert.Equal("card 4111 1111 1111 1111 and mail j.smith+billing@example.org, a<b", output);
        }
    }

    [Fact]
    public void TextWithoutSecrets_IsUntouched()
    {
        var session = new RedactionSession(Scanner);
        Assert.Equal("What is the capital of France?", session.Redact("What is the capital of France?"));
        Assert.False(session.HasRedactions);
    }
}
