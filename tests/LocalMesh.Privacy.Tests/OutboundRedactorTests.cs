using LocalMesh.Configuration;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Redaction;

namespace LocalMesh.Privacy.Tests;

public sealed class OutboundRedactorTests
{
    private static readonly PrivacyScanner Scanner = new([.. BuiltInDetectors.All]);

    [Fact]
    public void AppliesToTheRedactedTiers_OnlyWhenTheGuardIsOn()
    {
        var redactor = new OutboundRedactor(new PrivacyOptions { RedactTiers = ["cloud", "EDGE"] }, Scanner);
        Assert.Equal([false, true, true], [redactor.Applies(Tier.Local), redactor.Applies(Tier.Edge), redactor.Applies(Tier.Cloud)]);
        Assert.False(new OutboundRedactor(new PrivacyOptions { Enabled = false }, Scanner).Applies(Tier.Cloud));
    }

    [Fact]
    public void OneValue_OnePlaceholder_AcrossTexts_AndAllowedKindsStay()
    {
        var redactor = new OutboundRedactor(new PrivacyOptions { Entities = new(StringComparer.OrdinalIgnoreCase) { ["ip_address"] = "allow" } }, Scanner);
        var result = redactor.Redact(["mail maria.gonzalez@contoso-health.com", "again maria.gonzalez@contoso-health.com from 10.1.2.3"]);
        Assert.Equal(["mail <EMAIL_1>", "again <EMAIL_1> from 10.1.2.3"], result.Texts);
        Assert.Equal(2, result.Counts["EMAIL"]);
        Assert.Equal("from <IP_ADDRESS_1>", new OutboundRedactor(new PrivacyOptions(), Scanner).Redact(["from 10.1.2.3"]).Texts[0]); // not allowed: redacted
    }
}
