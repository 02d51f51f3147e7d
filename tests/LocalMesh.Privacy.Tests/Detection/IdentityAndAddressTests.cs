using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Web addresses, identity numbers, postal codes, birth dates and card numbers: positives and look-alikes.</summary>
public sealed class IdentityAndAddressTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    private static string[] Found(string text, string type) => [.. Scanner.Scan(text).Where(m => m.Type == type).Select(m => m.Value)];

    [Theory]
    [InlineData("Visit https://www.contoso.com/path?a=1. Thanks", "https://www.contoso.com/path?a=1")]
    [InlineData("see contoso-health.com, then log in", "contoso-health.com")]
    [InlineData("ssh into db01.corp.internal now", "db01.corp.internal")]
    [InlineData("my profile: linkedin.com/in/jane-doe-42)", "linkedin.com/in/jane-doe-42")]
    [InlineData("(www.example.org)", "www.example.org")]
    [InlineData("shop.acme.co.uk has it", "shop.acme.co.uk")]
    public void WebAddresses_WithAndWithoutScheme_AreFound(string text, string expected) => Assert.Equal([expected], Found(text, "URL"));

    [Theory]
    [InlineData("I went home.It was late.")]
    [InlineData("e.g. this, i.e. that")]
    [InlineData("Use Node.js and ASP.NET with report.pdf and notes.md")]
    [InlineData("version 4.2.1 and 3.14")]
    [InlineData("mail maria.gonzalez@contoso.com")] // an e-mail, not a URL
    [InlineData("      containers:\n        - name: web\n          image: registry.example/web:4.13.32")] // a container image
    [InlineData("FROM ghcr.io/acme/api:1.2.0\nRUN make")]
    public void LookAlikes_AreNotWebAddresses(string text) => Assert.Empty(Found(text, "URL"));

    [Theory]
    [InlineData("driver's license number D1234567, thanks", "DRIVER_LICENSE", "D1234567")]
    [InlineData("my DL is S530-4561-2345", "DRIVER_LICENSE", "S530-4561-2345")]
    [InlineData("passport no. 123456789 expires soon", "PASSPORT", "123456789")]
    [InlineData("\"passport_number\": \"C01X00T47\"", "PASSPORT", "C01X00T47")]
    [InlineData("Her passport (533380006) was renewed last year.", "PASSPORT", "533380006")]
    [InlineData("I lost my passport, number K8842217, at the airport.", "PASSPORT", "K8842217")]
    [InlineData("Paszport nr AZ1234567", "PASSPORT", "AZ1234567")]
    [InlineData("national insurance number AB 12 34 56 C", "NATIONAL_ID", "AB 12 34 56 C")]
    [InlineData("SSN 536 22 8714 on file", "US_SSN", "536 22 8714")]
    [InlineData("my zip code is 2371", "POSTAL_CODE", "2371")]
    [InlineData("postcode SW1A 1AA", "POSTAL_CODE", "SW1A 1AA")]
    [InlineData("Toronto ON M5V 3L9", "POSTAL_CODE", "M5V 3L9")]
    [InlineData("Springfield, IL 62704", "POSTAL_CODE", "62704")]
    [InlineData("Hauptstr. 5, 10115 Berlin", "POSTAL_CODE", "10115")]
    [InlineData("Damrak 1, 1012 AB Amsterdam", "POSTAL_CODE", "1012 AB")]
    [InlineData("Sydney NSW 2000", "POSTAL_CODE", "2000")]
    [InlineData("date of birth: 14.03.1987", "DATE_OF_BIRTH", "14.03.1987")]
    [InlineData("born on March 14, 1987 in Leeds", "DATE_OF_BIRTH", "March 14, 1987")]
    [InlineData("Geb. 26 september 1984", "DATE_OF_BIRTH", "26 september 1984")]
    [InlineData("Witness: R. Okafor (DOB 9-Mar-1961), seen leaving", "DATE_OF_BIRTH", "9-Mar-1961")]
    [InlineData("Név: Kiss Anna\nSzületési dátum: 1990. 04. 17.\nTelefon: +36 30 555 0101", "DATE_OF_BIRTH", "1990. 04. 17.")]
    [InlineData("氏名：佐藤花子\n生年月日：1975年11月3日", "DATE_OF_BIRTH", "1975年11月3日")]
    [InlineData("Agent: can you confirm the date of birth?\nCustomer: 12/02/1983\nAgent: thanks", "DATE_OF_BIRTH", "12/02/1983")]
    [InlineData("Datum narození: 22.07.1969, Praha", "DATE_OF_BIRTH", "22.07.1969")]
    [InlineData("Дата рождения: 05.10.1992", "DATE_OF_BIRTH", "05.10.1992")]
    [InlineData("Doğum tarihi: 14.02.1978", "DATE_OF_BIRTH", "14.02.1978")]
    [InlineData("4. Travel document no.: K4471902", "PASSPORT", "K4471902")]
    [InlineData("我的护照号码是 E88213476，请帮我订票", "PASSPORT", "E88213476")]
    [InlineData("Thomas Ryan, b. 3 March 1931 in Cork, farmer", "DATE_OF_BIRTH", "3 March 1931")]
    [InlineData("nama: Siti Rahma\nlahir: 17 Agustus 1985", "DATE_OF_BIRTH", "17 Agustus 1985")]
    [InlineData("Nombre: Ana Rojas\nRUT: 7.654.321-6\nComuna: Ñuñoa", "NATIONAL_ID", "7.654.321-6")]
    [InlineData("card 501800000009 please", "CREDIT_CARD", "501800000009")]
    [InlineData("card 6011 0000 0000 0004", "CREDIT_CARD", "6011 0000 0000 0004")]
    [InlineData("- Emiliano Cázares Flores, DOB 02/27/2007, lic. A8486276 (learner)", "DRIVER_LICENSE", "A8486276")] // a form's abbreviation
    [InlineData("preciso renovar a CNH 71296298548 e o passaporte", "DRIVER_LICENSE", "71296298548")] // Brazil
    [InlineData("huidig paspoort ok, rijbewijs 7124458569.", "DRIVER_LICENSE", "7124458569")] // Dutch
    [InlineData("Führerscheinnummer von Dieter Jäger: N892HQZNX03 (Klasse B, BE)", "DRIVER_LICENSE", "N892HQZNX03")] // whose it is, in between
    [InlineData("Rijbewijsnummer van Maaike van Dijk: 4008793613", "DRIVER_LICENSE", "4008793613")]
    [InlineData("Il passaporto di Chiara Galli è il n. QU8077003, scade nel 2029.", "PASSPORT", "QU8077003")]
    [InlineData("the car hire place wants your licence number, is it D8551510?", "DRIVER_LICENSE", "D8551510")]
    [InlineData("Driver number WYFYZ896571WK7AU\nWe have added 3 penalty points", "DRIVER_LICENSE", "WYFYZ896571WK7AU")] // a DVLA letter
    [InlineData("中村悠真さんの運転免許証番号は440299723388です。", "DRIVER_LICENSE", "440299723388")] // Japanese は
    [InlineData("최서연 님의 여권번호는 M54348848이고, 생년월일은", "PASSPORT", "M54348848")] // a Korean particle glued on
    public void NumbersAfterTheirNames_AreFound(string text, string type, string expected) => Assert.Equal([expected], Found(text, type));

    [Theory]
    [InlineData("The licence costs 1200 a year and pp. 12-15 cover it")]
    [InlineData("Room 2371 is on the second floor")]
    [InlineData("In 2024 AD the plan changed")]
    [InlineData("The meeting is on 14.03.1987 at noon")] // a date that is not a birth date
    [InlineData("Ticket 123456789012 was closed")] // Luhn-valid or not, 1 is no 12-digit issuer
    [InlineData("EIN 12-3456789 for the company")]
    [InlineData("See the licence in public. 2024 edition, page 12")] // "lic" of a longer word, then a dot
    public void LookAlikes_AreNotIdentityNumbersOrPostalCodes(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type is "DRIVER_LICENSE" or "PASSPORT" or "NATIONAL_ID" or "POSTAL_CODE" or "DATE_OF_BIRTH" or "CREDIT_CARD" or "US_SSN");

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("378282246310005", true)]
    [InlineData("501800000009", true)] // Maestro, 12 digits
    [InlineData("5500000000000004", true)]
    [InlineData("7000000000000000", false)] // no card issuer starts with 7
    [InlineData("4111111111111", true)] // Visa, 13 digits
    [InlineData("41111111111111", false)] // Visa has no 14-digit cards
    public void CardIssuers_KnowPrefixAndLength(string number, bool known) => Assert.Equal(known, CardIssuers.Known(number));

    [Fact]
    public void ASpanGuessedFromWords_IsCutAroundACard_NotHidingIt()
    {
        var text = "Ethan Fletcher\t4111 1111 1111 1111\t10937 Old Mill Road";
        var guess = new FixedDetector(new EntityMatch("ADDRESS", 0, text.Length, text));
        var found = new PrivacyScanner([.. BuiltInDetectors.All, guess]).Scan(text);
        Assert.Contains(found, m => m.Type == "CREDIT_CARD" && m.Value == "4111 1111 1111 1111");
        Assert.Contains(found, m => m.Type == "ADDRESS" && m.Value == "10937 Old Mill Road");
        Assert.Contains(found, m => m.Type is "ADDRESS" or "PERSON" && m.Value == "Ethan Fletcher"); // the guess's piece, or the listed name (ListedNameDetector) over the same characters
    }

    private sealed class FixedDetector(EntityMatch match) : IEntityDetector
    {
        public IReadOnlyCollection<string> Types => [match.Type];

        public IEnumerable<EntityMatch> Detect(string text) => [match];
    }
}
