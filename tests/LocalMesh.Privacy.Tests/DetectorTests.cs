using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests;

public sealed class DetectorTests
{
    private static readonly PrivacyScanner Scanner = new([new DeclaredSecretsDetector(PlantedSecrets.Declared), .. BuiltInDetectors.All]);

    public static TheoryData<string, string> Planted() => [.. PlantedSecrets.All.Select(p => (p.Type, p.Value))];

    [Theory]
    [MemberData(nameof(Planted))]
    public void EveryPlantedValue_IsFound_WithItsType(string type, string value)
    {
        var text = $"Please look at this: {PlantedSecrets.InContext(type, value)} and tell me what you think.";
        var match = Assert.Single(Scanner.Scan(text), m => m.Value.Contains(value, StringComparison.Ordinal) || value.Contains(m.Value, StringComparison.Ordinal));
        Assert.Equal(type, match.Type);
        Assert.Equal(value, match.Value);
    }

    [Theory]
    [InlineData("My order number is 4111 1111 1111 1112 and it is late.")] // fails Luhn
    [InlineData("The invoice total was 1234 5678 9012 3456 euros.")]
    [InlineData("Account GB29 NWBK 6016 1331 9268 18 please.")] // fails mod-97
    [InlineData("Version 1.2.3 of the app, build 2024-01-15.")]
    [InlineData("Call me at 5 or 6 today, room 101.")]
    [InlineData("The token budget is 4096 and the secret ingredient is love.")]
    [InlineData("Meet at the bluebird cafe on Main street.")] // "Project Bluebird" is declared, not "bluebird"
    [InlineData("Use skip-grams and sk-learn for it.")]
    [InlineData("## Changes\n### 4.18.22.301\n- fix: timeouts\n### 4.18.21.96\n- deps: bump grpc to 1.62.1.4")] // four-part versions
    [InlineData("Firmware 2.11.40.188 is out; upgrade to v3.0.12.7 next month.")]
    [InlineData("Upgrade path: 5.2.4.204 → 12.8.5.3786. Table 4.7.2 lists the supported builds.")] // beside a version no address can be
    public void OrdinaryText_IsNotFlagged(string text) => Assert.Empty(Scanner.Scan(text));

    [Theory]
    [InlineData("what's the status of project bluebird?", "project bluebird")]
    [InlineData("PROJECT-BLUEBIRD is late", "PROJECT-BLUEBIRD")]
    [InlineData("ProjectBluebird's budget", "ProjectBluebird's")]
    [InlineData("ssh to build_07.corp.internal now", "build_07.corp.internal")]
    [InlineData("the acme  rockets account", "acme  rockets")]
    public void DeclaredSecrets_MatchAcrossCaseSpacingAndEndings(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Scanner.Scan(text)).Value);

    [Fact]
    public void Base64_HidingASecret_IsCaughtWhole()
    {
        var blob = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("aws key AKIAIOSFODNN7EXAMPLE for prod"));
        var match = Assert.Single(Scanner.Scan($"config: {blob} end"));
        Assert.Equal(blob, match.Value);
        Assert.Equal("AWS_KEY", match.Type);
        Assert.Empty(Scanner.Scan("harmless: " + Convert.ToBase64String("just a normal sentence here"u8.ToArray())));
    }

    [Fact]
    public void PrivateKeyBlock_IsOneEntity()
    {
        var key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1c7+9z5Pad7OejecsQ0bu3aumge\nZXhhbXBsZSBrZXkgZGF0YQ==\n-----END RSA PRIVATE KEY-----";
        var match = Assert.Single(Scanner.Scan("deploy with\n" + key + "\nthanks"));
        Assert.Equal(("PRIVATE_KEY", key), (match.Type, match.Value));
    }

    [Theory]
    [InlineData("ping 10.42.7.19.", "10.42.7.19")]
    [InlineData("(10.42.7.19)", "10.42.7.19")]
    [InlineData("host 2001:db8:85a3::8a2e:370:7334.", "2001:db8:85a3::8a2e:370:7334")]
    [InlineData("### Outage\nthe resolver at 10.2.30.4 stopped answering", "10.2.30.4")] // a heading above is no version
    [InlineData("server version check failed from 192.168.4.20 again", "192.168.4.20")]
    [InlineData("The DNS record was updated to 203.0.113.7 yesterday.", "203.0.113.7")] // records and settings are updated to addresses
    [InlineData("gateway changed, update to 192.168.0.254", "192.168.0.254")]
    public void Addresses_AtTheEndOfASentence(string text, string expected) => Assert.Equal(expected, Assert.Single(Scanner.Scan(text)).Value);

    [Theory]
    [InlineData("moved the gateway 192.168.1.10 → 192.168.1.20 tonight", "192.168.1.10")] // an address beside an address
    [InlineData("GET /x HTTP/1.1\" 200 901 \"okhttp/4.12.0\"\n172.19.253.115 - - [03/Dec/2026]", "172.19.253.115")] // a user agent's version on the line before
    public void Addresses_BesideOtherDottedNumbers_StayAddresses(string text, string expected) =>
        Assert.Contains(Scanner.Scan(text), m => m.Type == "IP_ADDRESS" && m.Value == expected);

    [Fact]
    public void CredentialsInUrls_AreThePassword_NotAnEmail() =>
        Assert.Equal(("URL_CREDENTIALS", "s3cr3tPa55"), Scanner.Scan("postgres://admin:s3cr3tPa55@db.internal:5432/crm").Select(m => (m.Type, m.Value)).Single());

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111-1111-1111-1111", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("79927398713", false)] // valid Luhn but too short for a card
    public void Luhn(string number, bool valid) => Assert.Equal(valid, Checksums.Luhn(number));

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32", true)]
    [InlineData("gb82west12345698765432", true)]
    [InlineData("GB82 WEST 1234 5698 7654 33", false)]
    [InlineData("XX00", false)]
    public void Iban(string iban, bool valid) => Assert.Equal(valid, Checksums.Iban(iban));

    [Fact]
    public void KeyLikeSecrets_NeedEntropy()
    {
        Assert.Equal("SECRET", Assert.Single(Scanner.Scan("api_key = \"9fK2mQ7xL4pR8sT1vW3y\"")).Type);
        Assert.Empty(Scanner.Scan("api_key = \"aaaaaaaaaaaaaaaaaaaa\""));
        Assert.Empty(Scanner.Scan("the token is documentation_reference"));
    }
}
