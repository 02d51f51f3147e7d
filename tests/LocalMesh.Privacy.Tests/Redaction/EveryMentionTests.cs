using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Redaction;

namespace LocalMesh.Privacy.Tests.Redaction;

/// <summary>Once an entity is found anywhere in a request, its other mentions and its parts get its placeholder.</summary>
public sealed class EveryMentionTests
{
    /// <summary>Stands in for the tagger: finds exactly the given names, nothing else.</summary>
    private sealed class Names(params (string Type, string Value)[] names) : IEntityDetector
    {
        public IReadOnlyCollection<string> Types => [.. names.Select(n => n.Type).Distinct()];

        public IEnumerable<EntityMatch> Detect(string text) =>
            names.SelectMany(n => AllIndexes(text, n.Value).Select(i => new EntityMatch(n.Type, i, n.Value.Length, n.Value)));

        private static IEnumerable<int> AllIndexes(string text, string value)
        {
            for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            {
                yield return i;
            }
        }
    }

    private static RedactionSession Session() =>
        new(new PrivacyScanner([.. BuiltInDetectors.All, new Names(("PERSON", "Jane Smith"), ("ORGANIZATION", "Contoso Ltd"))]));

    [Fact]
    public void AChineseOrKoreanGivenName_InTextWithoutSpaces_GetsThePlaceholderOfTheFullName()
    {
        var session = new RedactionSession(new PrivacyScanner([.. BuiltInDetectors.All, new Names(("PERSON", "杨思彤"), ("PERSON", "정시우"))]));
        var redacted = session.Redact("杨思彤：好的！\n张梓轩：思彤你能带点水果吗？ 정시우 / 시우님 확인 부탁드려요");
        Assert.DoesNotContain("思彤", redacted);
        Assert.DoesNotContain("시우", redacted);
        Assert.Contains("<PERSON_1_2>你能带点水果吗", redacted);
    }

    [Fact]
    public void PartsAndOtherSpellings_GetThePlaceholderOfTheEntity()
    {
        var session = Session();
        var text = "Jane Smith from Contoso Ltd called. Ms. Smith said JANE SMITH is fine; jane will call Contoso tomorrow.";
        var redacted = session.Redact(text);
        Assert.Equal("<PERSON_1> from <ORGANIZATION_1> called. Ms. <PERSON_1_2> said <PERSON_1_3> is fine; <PERSON_1_4> will call <ORGANIZATION_1_2> tomorrow.", redacted);
        Assert.Equal("Jane Smith from Contoso Ltd called.", session.Restore("<PERSON_1> from <ORGANIZATION_1> called."));
        Assert.Equal(text, session.Restore(redacted));
    }

    [Fact]
    public void AnEntityFoundInALaterText_IsRedactedInEarlierOnes_WhenEveryTextIsLearntFirst()
    {
        var session = Session();
        string[] turns = ["Smith asked for the invoice.", "Sure.", "Thanks, Jane Smith here, send it to Smith please."];
        foreach (var turn in turns)
        {
            session.Learn(turn);
        }

        var redacted = turns.Select(session.Redact).ToList();
        Assert.Equal("<PERSON_1_2> asked for the invoice.", redacted[0]);
        Assert.Equal("Thanks, <PERSON_1> here, send it to <PERSON_1_2> please.", redacted[2]);
        Assert.DoesNotContain(redacted, r => r.Contains("Smith", StringComparison.Ordinal));
    }

    [Fact]
    public void APartSharedByTwoPeople_IsItsOwnEntity()
    {
        var session = new RedactionSession(new PrivacyScanner([new Names(("PERSON", "Jane Smith"), ("PERSON", "John Smith"))]));
        session.Learn("Jane Smith and John Smith");
        var redacted = session.Redact("Jane Smith and John Smith; Smith was late.");
        Assert.Equal("<PERSON_1> and <PERSON_2>; <PERSON_3> was late.", redacted);
    }

    [Fact]
    public void EverydayWords_InAName_AreOnlyRedactedWhenWrittenAsInTheName()
    {
        var session = new RedactionSession(new PrivacyScanner([new Names(("PERSON", "Will Young"))]));
        var redacted = session.Redact("Will Young said he will call; young people like Will.");
        Assert.Equal("<PERSON_1> said he will call; young people like <PERSON_1_2>.", redacted);
    }

    [Fact]
    public void APartEchoedBack_IsRestoredAsThatPart_AndTheFullFormAsTheFullForm()
    {
        var session = new RedactionSession(new PrivacyScanner([new Names(("PERSON", "Rahul Sharma"))]));
        session.Learn("Rahul Sharma wrote. Thanks, Rahul");
        var redacted = session.Redact("Rahul Sharma wrote. Thanks, Rahul");
        Assert.Equal("<PERSON_1> wrote. Thanks, <PERSON_1_2>", redacted);
        Assert.Equal("Dear Rahul, I told Rahul Sharma.", session.Restore("Dear <PERSON_1_2>, I told <PERSON_1>."));
        var restorer = new StreamRestorer(session);
        var shown = string.Concat("Hi <PERSON_1_2>!".Chunk(3).Select(c => restorer.Push(new string(c)))) + restorer.Flush();
        Assert.Equal("Hi Rahul!", shown);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void StreamedAnswers_WithMentionPlaceholdersSplitAcrossChunks_ComeBackRestored(int size)
    {
        var session = Session();
        session.Redact("Jane Smith from Contoso Ltd; Smith again.");
        var answer = "Dear <PERSON_1>, <ORGANIZATION_1> thanks you, <PERSON_1>.";
        var restorer = new StreamRestorer(session);
        var shown = string.Concat(answer.Chunk(size).Select(c => restorer.Push(new string(c)))) + restorer.Flush();
        Assert.Equal("Dear Jane Smith, Contoso Ltd thanks you, Jane Smith.", shown);
    }
}
