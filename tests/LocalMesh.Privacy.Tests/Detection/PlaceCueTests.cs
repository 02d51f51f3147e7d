using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Towns after words of living, moving and travel, and before airport/office/trip; the same words before everyday words or products left alone.</summary>
public sealed class PlaceCueTests
{
    private static string[] Places(string text) => [.. new PlaceCueDetector().Detect(text).Select(m => m.Value)];

    [Theory]
    [InlineData("ich heiße onur, wohne in oulu", "oulu")]
    [InlineData("me llamo radek y vivo en dunedin", "dunedin")]
    [InlineData("omg Maria is moving to Medellin!!", "Medellin")]
    [InlineData("giorgos and nikolai are coming to busan next weekend", "busan")]
    [InlineData("DL no B599B61484, pick-up in Heraklion.", "Heraklion")]
    [InlineData("she grew up in Porto Alegre, then moved", "Porto Alegre")]
    [InlineData("a taxi to the Dundee airport", "Dundee")]
    [InlineData("asked whether the Wroclaw office is open", "Wroclaw")]
    [InlineData("pay bronwen back for the patras trip", "patras")]
    public void PlacesAfterAndBeforeCues_AreFound(string text, string expected) => Assert.Equal([expected], Places(text));

    [Theory]
    [InlineData("we are moving to Kubernetes next quarter")] // a product, a stop word here
    [InlineData("I live in fear of the deadline")] // an everyday word in lower case
    [InlineData("coming to the meeting on Monday")]
    [InlineData("the main office and the new office are closed")]
    [InlineData("a trip to remember")]
    public void EverydayWordsAfterCues_AreNotPlaces(string text) => Assert.Empty(Places(text));
}
