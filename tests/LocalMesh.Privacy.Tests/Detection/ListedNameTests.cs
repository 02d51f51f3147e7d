using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>A given name on the long lists before a surname-shaped word, or alone as a chat line's speaker.</summary>
public sealed class ListedNameTests
{
    private static readonly ListedNameDetector Detector = new();

    [Theory]
    [InlineData("Imogen Fairbairn was born on 03/27/1964.", "Imogen Fairbairn")] // sentence-initial, neither word in the tagger's sample
    [InlineData("Reset AD account for Harriet Garvey. The new password is set.", "Harriet Garvey")]
    [InlineData("Present: Marcus Whitfield, Nerea Navarro Gil", "Nerea Navarro Gil")]
    [InlineData("Some of the ideas were inspired by Gianni Mariani's library.", "Gianni Mariani")]
    [InlineData("Je vous informe que Solène Lefèvre quittera la société.", "Solène Lefèvre")]
    [InlineData("Imogen: here's the deploy key, don't share it", "Imogen")]
    [InlineData("Oliver: forgot my laptop pass again lol\nПавел: пароль от вайфая AR4N^E", "Павел")]
    public void ListedGivenName_BeforeASurname_OrLabellingAChatLine_IsAPerson(string text, string name) =>
        Assert.Contains(Detector.Detect(text), m => m.Type == "PERSON" && m.Value == name);

    [Theory]
    [InlineData("Will Turner said the grace period ends in May.")] // everyday words are left to the tagger
    [InlineData("IMOGEN FAIRBAIRN")] // not capitalised like a name
    [InlineData("imogen fairbairn")]
    [InlineData("Send it to harriet.garvey@example.com")]
    [InlineData("Harriet\nGarvey")] // another line
    [InlineData("Harriet  Garvey")] // not one space apart
    [InlineData("Harriet McDonald-ish iPhone")]
    [InlineData("Paris: 3")] // a field with one value is no chat line
    [InlineData("Summary: the build is green")]
    [InlineData("Ask Harriet about it")] // a given name alone, not a speaker
    public void OtherWords_AreNot(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), m => m.Value is "Harriet Garvey" or "Imogen Fairbairn" or "Will Turner" or "Paris" or "Harriet" or "Summary" or "Harriet McDonald-ish");

    [Fact]
    public void TheScanner_TakesTheListedName_OverTheSameSpanAsAnOrganisation()
    {
        var found = new PrivacyScanner(BuiltInDetectors.All).Scan("Reset AD account for Harriet Garvey. The new password for harriet.garvey is MapleLemon20.");
        Assert.Contains(found, m => m.Type == "PERSON" && m.Value == "Harriet Garvey");
    }
}
