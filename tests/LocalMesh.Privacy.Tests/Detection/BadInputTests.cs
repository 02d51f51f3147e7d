using System.Diagnostics;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Redaction;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Huge, binary, adversarial and disguised input: the scanner finishes, stays exact, and is not fooled.</summary>
public sealed class BadInputTests
{
    private static readonly PrivacyScanner Scanner = new([new DeclaredSecretsDetector(PlantedSecrets.Declared), .. BuiltInDetectors.All]);

    public static TheoryData<string> Shapes() =>
    [
        "a", "1", "a.", "a@", "1-", "a:", "a=", "+1 ", "1.", "a/", "a_", "-----BEGIN PRIVATE KEY-----", "password=", "ghp_", "xoxb-",
        "sk_live_", "eyJ", "AKIA", "1 ", "://a:", "a://", "::", "ff:", "DE89", "a1", "a@a.", "(1)", "00", "x://a:b@", "token=",
    ];

    /// <summary>
    /// Repeated fragments of the patterns are the classic way to make a backtracking regex take quadratic (or worse)
    /// time. Before the patterns were made linear, the e-mail pattern ran into its 2 s match timeout on 200 KB of most
    /// of these (and the scan failed closed); now a scan takes milliseconds. The match timeout is the check: a quadratic
    /// pattern needs minutes here and fails the scan, a linear one finishes far inside it even on a busy machine. No clock
    /// is read by the test (speed targets live in bench/).
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void RepeatedPatternFragments_AreScannedInLinearTime(string fragment)
    {
        var text = string.Concat(Enumerable.Repeat(fragment, (200_000 / fragment.Length) + 1))[..200_000];
        var found = Scanner.Scan(text); // throws ScanFailedException when a pattern runs into its match timeout

        Assert.All(found, m => Assert.Equal(m.Value, text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void APatternThatRunsOutOfTime_FailsTheScan_InsteadOfPassingTheTextUnscanned()
    {
        var catastrophic = new System.Text.RegularExpressions.Regex("(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(50));
        var scanner = new PrivacyScanner([new PatternDetector("TEST", catastrophic)]);

        var error = Assert.Throws<ScanFailedException>(() => scanner.Scan(new string('a', 40) + "!"));

        Assert.Contains("TEST detector", error.Message);
    }

    [Fact]
    public void BinaryGarbage_IsScanned_WithExactSpans()
    {
        var random = new Random(9);
        var bytes = new byte[300_000];
        random.NextBytes(bytes);
        var latin1 = System.Text.Encoding.Latin1.GetString(bytes);
        var utf16 = new string([.. Enumerable.Range(0, 100_000).Select(_ => (char)random.Next(0, 0xFFFF))]); // lone surrogates included

        foreach (var text in new[] { latin1, utf16 })
        {
            Assert.All(Scanner.Scan(text), m => Assert.Equal(m.Value, text.Substring(m.Start, m.Length)));
            var session = new RedactionSession(Scanner);
            Assert.Equal(text, session.Restore(session.Redact(text)));
        }
    }

    [Fact]
    public void HugeText_FindsEveryPlantedValue()
    {
        var prose = "The quarterly review covers the onboarding flow, the support backlog and the migration plan. ";
        var builder = new System.Text.StringBuilder();
        var planted = new List<(string Type, string Value)>();
        for (var i = 0; builder.Length < 2_000_000; i++)
        {
            builder.Append(prose);
            if (i % 200 == 0)
            {
                var (type, value) = PlantedSecrets.All[planted.Count % PlantedSecrets.All.Length];
                planted.Add((type, value));
                builder.Append(PlantedSecrets.InContext(type, value)).Append(' ');
            }
        }

        var found = Scanner.Scan(builder.ToString());

        foreach (var (type, value) in planted.Distinct())
        {
            Assert.Contains(found, m => m.Type == type && m.Value.Contains(value, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("mail jоhn.doe@example.com today", "EMAIL", "jоhn.doe@example.com")] // Cyrillic о
    [InlineData("key АKIAIOSFODNN7EXAMPLE here", "AWS_KEY", "АKIAIOSFODNN7EXAMPLE")] // Cyrillic А
    [InlineData("card ４１１１ １１１１ １１１１ １１１１ ok", "CREDIT_CARD", "４１１１ １１１１ １１１１ １１１１")] // full-width digits
    [InlineData("mail john\u200B.doe@exam\u200Bple.com now", "EMAIL", "john\u200B.doe@exam\u200Bple.com")] // zero-width spaces
    [InlineData("IBAN DE89\u00A03704\u00A00044\u00A00532\u00A00130\u00A000 thanks", "IBAN", "DE89\u00A03704\u00A00044\u00A00532\u00A00130\u00A000")] // no-break spaces
    [InlineData("ssn 536\u201122\u20118714 on file", "US_SSN", "536\u201122\u20118714")] // non-breaking hyphens
    [InlineData("call ٠٧٩٤٦٠٩٥٨ or +44 20 7946 0958", "PHONE", "+44 20 7946 0958")]
    public void LookAlikes_AreFound_AndReportedAsWritten(string text, string type, string value)
    {
        var found = Scanner.Scan(text);

        Assert.Contains(found, m => m.Type == type && m.Value == value);
        var session = new RedactionSession(Scanner);
        var redacted = session.Redact(text);
        Assert.DoesNotContain(value, redacted, StringComparison.Ordinal);
        Assert.Equal(text, session.Restore(redacted));
    }

    [Fact]
    public void RussianText_IsNotFoldedIntoFalseMatches()
    {
        const string Text = "Привет, как дела? Встреча в среду в офисе.";

        Assert.Empty(Scanner.Scan(Text));
    }

    /// <summary>Right-to-left text, emoji outside the BMP, mixed scripts: spans are exact (UTF-16 code units), values found, redaction reverses.</summary>
    [Theory]
    [InlineData("שלום 👋 call me on +44 20 7946 0958 🙂 or mail maria.gonzalez@contoso-health.com", "+44 20 7946 0958", "maria.gonzalez@contoso-health.com")]
    [InlineData("مرحبا، رقم البطاقة 4111 1111 1111 1111 والموقع contoso-health.com شكرا", "4111 1111 1111 1111", "contoso-health.com")]
    [InlineData("Привет 🎉🎉 IBAN DE89 3704 0044 0532 0130 00, 東京 passport no. 123456789", "DE89 3704 0044 0532 0130 00", "123456789")]
    [InlineData("\u202Eevil\u202C 10.42.7.19 👨‍👩‍👧 2001:db8:85a3::8a2e:370:7334", "10.42.7.19", "2001:db8:85a3::8a2e:370:7334")]
    public void RightToLeftEmojiAndMixedScripts_AreScannedExactly(string text, string first, string second)
    {
        var found = Scanner.Scan(text);
        Assert.All(found, m => Assert.Equal(m.Value, text.Substring(m.Start, m.Length)));
        Assert.Contains(found, m => m.Value == first);
        Assert.Contains(found, m => m.Value == second);

        var session = new RedactionSession(Scanner);
        var redacted = session.Redact(text);
        Assert.DoesNotContain(first, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain(second, redacted, StringComparison.Ordinal);
        Assert.Equal(text, session.Restore(redacted));
    }
}
