using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>National identity and tax numbers by format and check digit: valid numbers found, a wrong check digit and a plain number without its words left alone.</summary>
public sealed class IdentityNumberTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    private static string[] Ids(string text) => [.. new IdentityNumberDetector().Detect(text).Select(m => m.Value)];

    [Theory]
    [InlineData("Il cliente ha comunicato GTPMPZ42B03H528G ieri", "GTPMPZ42B03H528G")] // IT codice fiscale
    [InlineData("El documento 42705532Y está caducado", "42705532Y")] // ES DNI
    [InlineData("NIE Z6326164L", "Z6326164L")] // ES NIE
    [InlineData("sécu 2 77 01 69 278 189 10 merci", "2 77 01 69 278 189 10")] // FR NIR
    [InlineData("cadastro 297.061.058-24 ok", "297.061.058-24")] // BR CPF, formatted
    [InlineData("AHV 756.3358.6244.87", "756.3358.6244.87")] // CH AHV
    [InlineData("id 440305198106229513 please", "440305198106229513")] // CN resident id
    [InlineData("NI: AB 12 34 56 C", "AB 12 34 56 C")] // UK NINO, spaced
    [InlineData("card 2345 6789 0124 lost", "2345 6789 0124")] // IN Aadhaar, grouped (Verhoeff)
    [InlineData("ABCPE1234F is mine", "ABCPE1234F")] // IN PAN (a person's)
    [InlineData("HETU 131052-308T", "131052-308T")] // FI henkilötunnus
    [InlineData("rijksregister 85.07.30-033.28", "85.07.30-033.28")] // BE national number
    [InlineData("NRIC S1234567D", "S1234567D")] // SG NRIC
    public void DistinctiveCheckedFormats_AreFoundAnywhere(string text, string expected) => Assert.Equal([expected], Ids(text));

    [Theory]
    [InlineData("GTPMPZ42B03H528A")] // codice fiscale, wrong check letter
    [InlineData("42705532Z")] // DNI, wrong letter
    [InlineData("2 77 01 69 278 189 11")] // NIR, wrong key
    [InlineData("297.061.058-25")] // CPF, wrong check digits
    [InlineData("756.3358.6244.88")] // AHV, wrong EAN digit
    [InlineData("2345 6789 0125")] // Aadhaar, wrong Verhoeff digit
    [InlineData("S1234567A")] // NRIC, wrong letter
    public void AWrongCheckDigit_IsNotAnId(string value) => Assert.Empty(Ids($"number {value} here"));

    [Theory]
    [InlineData("BSN: 123456782", "123456782")] // NL, 11-proef
    [InlineData("burgerservicenummer on my account is 1234.56.782", "1234.56.782")]
    [InlineData("PESEL 44051401359", "44051401359")] // PL
    [InlineData("my SIN is 046 454 286", "046 454 286")] // CA, Luhn
    [InlineData("tax file number 123 456 782", "123 456 782")] // AU TFN
    [InlineData("Steuer-ID 65 929 970 489", "65 929 970 489")] // DE, MOD 11,10
    [InlineData("personnummer 811218-9876", "811218-9876")] // SE, Luhn
    [InlineData("SA ID = 8001015009087", "8001015009087")] // ZA, Luhn
    [InlineData("Ausweisnummer: T220001293", "T220001293")] // DE ID card, ICAO check
    [InlineData("name,BSN,city\nJan,123456782,Utrecht", "123456782")] // the word is the table's header
    public void PlainCheckedNumbers_AreFound_AfterTheWordsThatNameThem(string text, string expected) => Assert.Contains(expected, Ids(text));

    [Theory]
    [InlineData("order 123456782 shipped")]
    [InlineData("batch 44051401359 done")]
    [InlineData("invoice 046 454 286 paid")]
    [InlineData("barcode 8001015009087 scanned")]
    [InlineData("BSN: 123456787")] // the words are there, the check digit is not (of any nine-digit number: BSN, SIN, TFN, NIF, TAJ, Israel's)
    [InlineData("NI: QQ 12 34 56 C")] // QQ is no NINO prefix (D, F, I, Q, U and V are never first)
    public void PlainNumbers_WithoutTheirWordsOrCheckDigit_AreNotIds(string text) => Assert.Empty(Ids(text));

    [Theory]
    [InlineData("Reisepassnummer: PAB737940", "PASSPORT", "PAB737940")]
    [InlineData("passaporto n. 43BJ36800", "PASSPORT", "43BJ36800")]
    [InlineData("licence number MORGA601136AB9AB, pick-up", "DRIVER_LICENSE", "MORGA601136AB9AB")]
    [InlineData("Data di nascita: 1960-06-20", "DATE_OF_BIRTH", "1960-06-20")]
    public void PassportsLicencesAndBirthDates_InMoreLanguagesAndShapes(string text, string type, string value) =>
        Assert.Contains(Scanner.Scan(text), m => m.Type == type && m.Value == value);
}
