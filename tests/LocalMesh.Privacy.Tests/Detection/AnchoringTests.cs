using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Redaction;
using LocalMesh.Testing;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>
/// A place, a company without a legal form or a place-like "address" identifies no one alone: the scanner reports it
/// only when the text (or, redacting a request, any text of it) also holds personal data, or a cue makes it someone's.
/// </summary>
public sealed class AnchoringTests
{
    private static async Task<PrivacyScanner> ScannerAsync() => new([.. BuiltInDetectors.All, await TestTaggers.BuiltInAsync()]);

    [Theory]
    [InlineData("Weather: sunny in Madrid (31 °C), showers in Manchester, snow expected in Oslo overnight.")]
    [InlineData("Markets: the Nikkei rose 1.2% while shares in Toyota and Siemens fell after the quarterly results.")]
    [InlineData("Wetter: In Hamburg Regen bei 5 Grad. Die Bahn meldet Verspätungen zwischen Köln und Frankfurt.")]
    [InlineData("Results, matchday 16: Arsenal 1-3 Everton; Real Madrid 1-3 Sevilla; Bayern 5-2 Mainz. Attendance 59,901.")]
    [InlineData("From the station, walk down Baker Street, turn left at Oxford Street and the venue is the second building.")]
    public async Task PlacesAndCompaniesAlone_AreNotReported(string text)
    {
        var scanner = await ScannerAsync();

        Assert.Empty(scanner.Scan(text));
        Assert.Contains(scanner.ScanAll(text), m => m.Contextual); // the tagger did see them
    }

    [Theory]
    [InlineData("Ana Pereira moved from Porto to Madrid last year; call her on +34 612 345 678.", "Porto")]
    [InlineData("Please send the contract to Joaquim Silva at Siemens.", "Siemens")]
    [InlineData("Compare the offers from Kestrel Analytics LLC and Dune Coffee Roasters B.V. for our fleet insurance.", "Kestrel Analytics LLC")]
    public async Task BesidePersonalDataOrWithALegalForm_TheyAreReported(string text, string value)
    {
        var scanner = await ScannerAsync();

        Assert.Contains(scanner.Scan(text), m => m.Value == value);
    }

    [Fact]
    public async Task AResidenceCue_MakesAPlaceSomeones()
    {
        var scanner = await ScannerAsync();

        Assert.Contains(scanner.Scan("Honestly I was born in Kazan and still miss it."), m => m.Value == "Kazan");
    }

    [Fact]
    public void Anchored_KeepsContextualMatches_OnlyBesideAnAnchor()
    {
        var place = new EntityMatch("LOCATION", 0, 6, "Madrid") { Contextual = true };
        var url = new EntityMatch("URL", 10, 11, "example.org");
        var person = new EntityMatch("PERSON", 30, 3, "Ana");

        Assert.Empty(PrivacyScanner.Anchored([place]));
        Assert.Equal([url], PrivacyScanner.Anchored([place, url])); // a web address identifies no one
        Assert.Equal([place, person], PrivacyScanner.Anchored([place, person]));
    }

    [Fact]
    public async Task ARequest_IsAnchoredAsAWhole_ANameInTheSystemPromptKeepsTheCityInTheQuestionRedacted()
    {
        var scanner = await ScannerAsync();
        string[] texts = ["You are the assistant of Joaquim Silva.", "What will the weather be in Lisbon tomorrow?"];

        var anchored = new RedactionSession(scanner);
        foreach (var text in texts)
        {
            anchored.Learn(text);
        }

        Assert.DoesNotContain("Lisbon", anchored.Redact(texts[1]));

        var alone = new RedactionSession(scanner);
        alone.Learn(texts[1]);
        Assert.Equal(texts[1], alone.Redact(texts[1]));
    }

    [Fact]
    public async Task WhenTheSiteAsks_PlacesAloneAreRedactedToo()
    {
        var scanner = new PrivacyScanner([.. BuiltInDetectors.All, await TestTaggers.BuiltInAsync()]) { RequireAnchor = false };
        const string question = "What will the weather be in Lisbon tomorrow?";

        Assert.Contains(scanner.Scan(question), m => m.Value == "Lisbon");
        var session = new RedactionSession(scanner);
        session.Learn(question);
        Assert.DoesNotContain("Lisbon", session.Redact(question));
    }
}
