using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Someone's employer, school or clinic after the words that say so, in several languages and scripts.</summary>
public sealed class WorkplaceCueTests
{
    private static string[] Found(string text) => [.. new WorkplaceCueDetector().Detect(text).Select(m => m.Value)];

    [Theory]
    [InlineData("My cousin has worked at St Aldric's Primary School for six years", "St Aldric's Primary School")]
    [InlineData("holder of passport no. JGJXH620Z, employed by Brightwell Analytics.", "Brightwell Analytics")]
    [InlineData("e lavoro come impiegata presso Liceo Scientifico Galileo Galilei.", "Liceo Scientifico Galileo Galilei")] // Italian, with the job between
    [InlineData("Bonjour, je travaille à la Clinique vétérinaire du Parc.", "Clinique vétérinaire du Parc")] // French, a lower-case adjective inside
    [InlineData("Jag jobbar på Vårdcentralen Björkhagen.", "Vårdcentralen Björkhagen")] // Swedish
    [InlineData("wir bestätigen Ihren Termin in der Praxis Dr. Lindemann am Donnerstag", "Praxis Dr. Lindemann")] // German, a title's dot
    [InlineData("Ewa Szymańska jest uczniem Szkoły Podstawowej nr 12.", "Szkoły Podstawowej nr 12")] // Polish, a number in the name
    [InlineData("السيد عمر حداد، يعمل لدى شركة النخيل للتجارة.", "شركة النخيل للتجارة")] // Arabic
    [InlineData("氏名：高橋美咲\n勤務先：青葉台小学校", "青葉台小学校")] // Japanese
    [InlineData("이름: 김하은\n직장: 주식회사 대양테크", "주식회사 대양테크")] // Korean
    [InlineData("Employer: Northgate Physiotherapy", "Northgate Physiotherapy")]
    public void AnOrganisationAfterAWorkCue_IsFound(string text, string expected) => Assert.Contains(expected, Found(text));

    [Theory]
    [InlineData("I work at home on Fridays and it works for me.")] // no name after the cue
    [InlineData("We work with the team to ship faster; this works at scale.")]
    [InlineData("Does the app work at night? It worked at first.")]
    [InlineData("Please work for This Week's release.")] // a capitalised everyday phrase is still no company: "This" stops it
    public void WorkCuesWithoutAnOrganisation_FindNothing(string text) => Assert.Empty(Found(text));

    [Fact]
    public void TheScanner_RedactsTheEmployer() =>
        Assert.Contains(new PrivacyScanner(BuiltInDetectors.All).Scan("Maja är född 04/06/1968 och jobbar på Vårdcentralen Björkhagen."), m => m.Type == "ORGANIZATION" && m.Value == "Vårdcentralen Björkhagen");
}
