using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

public sealed class TravelDocumentTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    [Fact]
    public void MachineReadableZone_GivesTheNumberBirthDateAndNames_WhenTheCheckDigitsHold()
    {
        // ICAO 9303's own specimen passport.
        const string text = "scan of page 2:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

        var found = Scanner.Scan(text);

        Assert.Contains(found, m => m.Type == "PASSPORT" && m.Value == "L898902C3");
        Assert.Contains(found, m => m.Type == "DATE_OF_BIRTH" && m.Value == "740812");
        Assert.Contains(found, m => m.Type == "PERSON" && m.Value == "ERIKSSON");
        Assert.Contains(found, m => m.Type == "PERSON" && m.Value == "MARIA");
    }

    [Fact]
    public void MachineReadableZone_WithAWrongCheckDigit_IsNotAPassport()
    {
        var found = new TravelDocumentDetector().Detect("L898902C37UTO7408123F1204159ZE184226B<<<<<10");

        Assert.DoesNotContain(found, m => m.Type is "PASSPORT" or "DATE_OF_BIRTH");
    }

    [Fact]
    public void AirlineDocsElement_GivesNumberBirthDateAndNames()
    {
        var found = Scanner.Scan("RLOC QX7TZB\nSSR DOCS LH HK1 P/DEU/C01X00T47/DEU/14MAR81/M/MUELLER/JONAS\nOSI LH CTCE");

        Assert.Contains(found, m => m.Type == "PASSPORT" && m.Value == "C01X00T47");
        Assert.Contains(found, m => m.Type == "DATE_OF_BIRTH" && m.Value == "14MAR81");
        Assert.Contains(found, m => m.Type == "PERSON" && m.Value == "MUELLER");
        Assert.Contains(found, m => m.Type == "PERSON" && m.Value == "JONAS");
    }

    [Theory]
    [InlineData("My passport got stolen in Lisbon yesterday; the number on it was YB4407791, issued 2019.", "YB4407791")]
    [InlineData("we still need passport copies for Ana (K2290143) and for you.", "K2290143")]
    public void APassportShapedNumber_AFewWordsAfterPassport_IsAPassport(string text, string expected) =>
        Assert.Contains(Scanner.Scan(text), m => m.Type == "PASSPORT" && m.Value == expected);

    [Theory]
    [InlineData("Passport photos cost 12 euros at booth 3.")]
    [InlineData("Bring your passport. Order 44180372 ships on Monday.")] // another sentence
    [InlineData("P<ARSE error at line 12, see PARSER<<STATE dump")] // capitals and chevrons, no name field
    public void LookAlikes_AreNotPassports(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type is "PASSPORT" or "PERSON");

    /// <summary>
    /// A long number that starts inside the reach after "passport" and runs past it is one number, not a passport
    /// number made of its first nine digits (which would redact part of it under the wrong name and leave the rest).
    /// </summary>
    [Theory]
    [InlineData(81, 14)]
    [InlineData(82, 12)]
    public void ANumberRunningPastTheReach_IsNotCutIntoAPassport(int offset, int digits)
    {
        const string word = "passport";
        var filler = string.Concat(Enumerable.Repeat("and the rest ", 10))[..(offset - 2)];
        var text = word + " " + filler + " " + new string('7', digits) + " thanks";
        Assert.Equal(word.Length + offset, text.IndexOf('7', StringComparison.Ordinal));

        Assert.DoesNotContain(new TravelDocumentDetector().Detect(text), m => m.Type == "PASSPORT");
    }

    [Theory]
    [InlineData("CNP-ul meu este 1850712401238, pentru factura.", "1850712401238")]
    [InlineData("ο ΑΜΚΑ μου είναι 12068504328", "12068504328")]
    [InlineData("the agent needs your ID 8804125009081 and a utility bill", "8804125009081")]
    [InlineData("for the rental they need my teudat zehut 312345671 and licence", "312345671")]
    public void NationalIds_AfterTheirNames_AreFound(string text, string expected) =>
        Assert.Contains(Scanner.Scan(text), m => m.Type == "NATIONAL_ID" && m.Value == expected);

    [Theory]
    [InlineData("Please confirm the date of birth on file, we have 03.04.1979 here.", "03.04.1979")]
    [InlineData("remind me that her birthday is the twenty first of may 1990", "twenty first of may 1990")]
    public void BirthDates_AFewWordsAfterTheirName_AreFound(string text, string expected) =>
        Assert.Contains(Scanner.Scan(text), m => m.Type == "DATE_OF_BIRTH" && m.Value == expected);

    [Fact]
    public void RomanianCnp_AndGreekAmka_CheckTheirDigits()
    {
        Assert.True(IdentityChecksums.RomanianCnp("1850712401238"));
        Assert.False(IdentityChecksums.RomanianCnp("1850712401239"));
        Assert.True(IdentityChecksums.GreekAmka("12068504328"));
        Assert.False(IdentityChecksums.GreekAmka("12068504329"));
        Assert.False(IdentityChecksums.GreekAmka("45138504320")); // no 45th day
    }

    [Fact]
    public void APassportWord_WithItsOwnersNameBeforeAColon() =>
        Assert.Contains(new PrivacyScanner(BuiltInDetectors.All).Scan("Загранпаспорт Ольга Кузнецова: 597524852"), m => m.Type == "PASSPORT" && m.Value == "597524852");
}
