using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>A password by its shape, on a line that names one or on the line after it.</summary>
public sealed class CuedPasswordTests
{
    private static readonly CuedPasswordDetector Detector = new();

    [Theory]
    [InlineData("did you use the key or the pw\n[06:23] <vojtech> pw, it's fohmuw@HQZP7G", "fohmuw@HQZP7G")]
    [InlineData("{\"wifi\": {\"ssid\": \"Workshop\", \"psk\": \"Ott3r131\"}}", "Ott3r131")]
    [InlineData("{\"key\":\"testPassword\",\"value\":\"Saffron!3342Lantern\"}", "Saffron!3342Lantern")]
    [InlineData("지민아 현관 비밀번호 120409이고 와이파이 비번은 LQ87%DCzGm9야", "LQ87%DCzGm9")]
    [InlineData("欧阳雨桐：家里wifi密码是 IDJVDx-zNI6jhO，门锁密码 380687#", "IDJVDx-zNI6jhO")]
    [InlineData("Oliver: forgot my laptop pass again lol\nReuben: it's XjQt@C82sLY, you wrote it on a stick", "XjQt@C82sLY")]
    [InlineData("The new password for harriet.garvey is MapleLemon20.; user must change it", "MapleLemon20")]
    public void APasswordShapedToken_NearAWordForAPassword_IsAPassword(string text, string value) =>
        Assert.Contains(Detector.Detect(text), m => m.Type == "PASSWORD" && m.Value == value);

    [Theory]
    [InlineData("My build token is fohmuw@HQZP7G")] // no word for a password
    [InlineData("Reset your password at https://id.example.com/Reset2024?x=1")] // a URL
    [InlineData("Password reset for jane.doe@example.com done")]
    [InlineData("The password must have 8+ characters\nSee ticket INC0012345")]
    [InlineData("Password set on the Wi-Fi router (model RT-AX58U)")]
    [InlineData("Set DB_PASSWORD=${DB_PASSWORD} in .env")]
    [InlineData("password: nimbus2005")] // lower-case letters and digits: too weak a shape to tell from an id
    [InlineData("Passwords are stored in /etc/Secrets2/vault.db")]
    [InlineData("{\"wifi\": {\"ssid\": \"Bergstrom-5G\", \"psk\": \"${WIFI_PSK}\"}}")] // a network's name
    [InlineData("WARN password=******** rejected\nINFO api_key=sk-****...****81c5 rotated")] // masked
    [InlineData("docker login -u Deploy2024bot -p \"$REGISTRY_PASSWORD\"")] // the user's name after -u
    [InlineData("hi\nthe wifi password is on the fridge\nBuy milk and eggs\nand then Call Mum at 6pm")] // two lines after it
    public void OtherTokens_AreNot(string text) =>
        Assert.Empty(Detector.Detect(text));

    [Fact]
    public void TheScanner_RedactsIt() =>
        Assert.Contains(new PrivacyScanner(BuiltInDetectors.All).Scan("pw, it's fohmuw@HQZP7G"), m => m.Type == "PASSWORD" && m.Value == "fohmuw@HQZP7G");
}
