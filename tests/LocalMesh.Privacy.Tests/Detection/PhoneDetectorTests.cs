using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

public sealed class PhoneDetectorTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    [Theory]
    [InlineData("Call (602)272-9781 now", "(602)272-9781")]
    [InlineData("my cell 6022729781", "6022729781")]
    [InlineData("tel: 602-272-9781 ext. 123", "602-272-9781 ext. 123")]
    [InlineData("reach me at 020 7946 0958 tomorrow", "020 7946 0958")]
    [InlineData("London office +44 20 7946 0958", "+44 20 7946 0958")]
    [InlineData("Portable : 06 12 34 56 78", "06 12 34 56 78")]
    [InlineData("Fax 0049 30 1234567", "0049 30 1234567")]
    [InlineData("Sydney (02) 9374 4000", "(02) 9374 4000")]
    [InlineData("602.272.9781 x55 is the desk", "602.272.9781 x55")]
    [InlineData("+1.602.272.9781", "+1.602.272.9781")]
    [InlineData("call me on 140-6686-17", "140-6686-17")] // a part number's shape, but a phone word says otherwise
    [InlineData("الجوال +966 52 538 4664، الآيبان", "+966 52 538 4664")] // a country code, a phone's groups, a possible length: a phone even in a block not yet assigned
    [InlineData("Zákonný zástupce: Kateřina Kučerová, +420 715 499 783, Husova 68/31", "+420 715 499 783")]
    [InlineData("高橋さんの連絡先は090-0854-6440です。", "090-0854-6440")] // letters of other scripts touch it; 連絡先 is a phone word
    [InlineData("अभिभावक विक्रम शर्मा, मोबाइल 79696 21546", "79696 21546")] // मोबाइल
    [InlineData("Мой телефон 8 916 123 45 67", "8 916 123 45 67")]
    [InlineData("Transfer from DE89370400440532013000 to the usual account and ping +44 20 7946 0958.", "+44 20 7946 0958")]
    [InlineData("Landlord: Jo Reyes (+61 400 188 704)", "+61 400 188 704")] // an international number in brackets
    [InlineData("and the second part: (415) 555-0132", "(415) 555-0132")] // "part" alone names no other kind of number
    [InlineData("#4 Ana Lima  parent 0722 130 418\n#5 Rui Sá", "0722 130 418")] // the next line's "#5" is no extension
    public void PhoneNumbers_InNationalAndInternationalFormats_AreFound(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Scanner.Scan(text), m => m.Type == "PHONE").Value);

    [Theory]
    [InlineData("Order 2024-01-15 shipped")]
    [InlineData("Upgrade to version 10.0.19045.2965 first")]
    [InlineData("order id 4155550132 is late")]
    [InlineData("Ref 1234567890")]
    [InlineData("transfer 500 dollars to account 123456789")]
    [InlineData("The ISBN is 978-3-16-148410-0")]
    [InlineData("we met on 15/01/2024 at 10:30")]
    [InlineData("what is 1234567 times 89")]
    [InlineData("in 2019-2023 sales grew")]
    [InlineData("pi is 3.14159265")]
    [InlineData("Account GB29 NWBK 6016 1331 9268 18 please.")]
    [InlineData("relay=smtp.example.com[113.195.168.217]:25")]
    [InlineData("2026-02-23 10:53:01 INFO job=nightly-etl")] // a timestamp's date and hour
    [InlineData("Upgrade from 14.9.3533.749 before Friday")] // a dotted version
    [InlineData("Reorder 140-6686-17 and 576-3040-86 next week")] // part numbers
    [InlineData("Tonight's numbers: 3 9 14 22 31 40, bonus 5.")] // a lottery draw
    [InlineData("Water (CAS 7732-18-5) and acetone (CAS 67-64-1), 2 L each.")] // CAS registry numbers
    [InlineData("Voucher 5521-8830-1276 is valid until March.")] // a voucher's code
    [InlineData("Compatible with the 2025 refresh (part no. 765-900-2511).")] // "part no." with its dot
    [InlineData("The speed of light is 299 792 458 m/s.")] // a quantity: a unit follows
    [InlineData("Annual output: 1 234 567 kWh, up 4%.")]
    public void NumbersThatOnlyLookLikePhones_AreNotPhones(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type == "PHONE");

    [Fact]
    public void ConfiguredRegions_ComeFirst_AndUnknownOnesAreIgnored()
    {
        var detector = new PhoneDetector(["ch", "XX"]);
        Assert.Equal("CH", detector.Regions[0]);
        Assert.DoesNotContain("XX", detector.Regions);
        Assert.Contains("US", detector.Regions);
        Assert.Single(detector.Detect("Ruf mich an: 044 668 18 00"));
    }

    [Fact]
    public void LongRunsOfDigitsAndSeparators_AreSkipped_NotParsed()
    {
        var run = string.Concat(Enumerable.Repeat("1.", 100_000));
        Assert.Empty(new PhoneDetector().Detect(run));
    }
}
