using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Credentials with a service's prefix, passwords said in words in several languages, and settings named like secrets.</summary>
public sealed class SecretFormatsTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    // All values are made up in the documented shape of each format.
    [Theory]
    [InlineData("export GITLAB_TOKEN=glpat-x7Kq2mVbN9pL4rT8sW1z", "glpat-x7Kq2mVbN9pL4rT8sW1z")]
    [InlineData("maps key AIzaSyD4k9Qe7Lm2Xn8Vb1Wc3Zt6Yp0Rs5Uf8Hg here", "AIzaSyD4k9Qe7Lm2Xn8Vb1Wc3Zt6Yp0Rs5Uf8Hg")]
    [InlineData("client secret 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 in the console", "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")]
    [InlineData("sendgrid 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", "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")]
    [InlineData("twilio SK2f9c4e7a1b3d5f7e9c1a3b5d7f9e1c3a for the SMS", "SK2f9c4e7a1b3d5f7e9c1a3b5d7f9e1c3a")]
    [InlineData("HF token hf_Xq3Lm8Vn2Bc7Kd9Pw4Rt6Ys1Za5Ue0Ji3Oh", "hf_Xq3Lm8Vn2Bc7Kd9Pw4Rt6Ys1Za5Ue0Ji3Oh")]
    [InlineData("//registry.npmjs.org/:_authToken=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8")]
    [InlineData("shop token 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 ok", "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")]
    [InlineData("VAULT_TOKEN hvs.CAESIJx7Kq2mVbN9pL4rT8sW1zY3uA", "hvs.CAESIJx7Kq2mVbN9pL4rT8sW1zY3uA")]
    [InlineData("bot 7481923650:AAHq3Lm8Vn2Bc7Kd9Pw4Rt6Ys1Za5Ue0Ji3", "7481923650:AAHq3Lm8Vn2Bc7Kd9Pw4Rt6Ys1Za5Ue0Ji3")]
    public void ServiceTokens_AreApiKeys(string text, string value) => AssertFound(text, "API_KEY", value);

    [Fact]
    public void WebhookSigningSecret_IsASecret() =>
        AssertFound("STRIPE_WEBHOOK=whsec_9fK3mQ7xL2pV8nB4cT6yW1zR5sU0aE", "SECRET", "whsec_9fK3mQ7xL2pV8nB4cT6yW1zR5sU0aE");

    [Theory]
    [InlineData("my password is hunter2 by the way", "hunter2")]
    [InlineData("the wifi password is now Blue-Fox-77.", "Blue-Fox-77")]
    [InlineData("Mein Passwort ist Sommer!2024, bitte nicht weitergeben", "Sommer!2024")]
    [InlineData("mot de passe : azerty123", "azerty123")]
    [InlineData("la contraseña es Gato#2019", "Gato#2019")]
    [InlineData("a senha é mar@azul9", "mar@azul9")]
    [InlineData("пароль: qwerty_77", "qwerty_77")]
    [InlineData("パスワード：sakura2024", "sakura2024")]
    [InlineData("DB_PASSWORD=S3cure!pass", "S3cure!pass")]
    [InlineData("SMTP_PWD: m4il-Relay", "m4il-Relay")]
    [InlineData("{ \"Smtp\": { \"User\": \"relay\", \"Password\": \"Otter+8812Ferns\" } }", "Otter+8812Ferns")]
    [InlineData("db:\n  password: 'Kelp_4471!tide'\n  host: db1", "Kelp_4471!tide")]
    [InlineData("MAIL_PASS = 'Quill#2207Moss'", "Quill#2207Moss")]
    [InlineData("ansible_become_pass=Birch*6610Fog", "Birch*6610Fog")]
    [InlineData("userPassword: Hx7&kLm2pQ", "Hx7&kLm2pQ")]
    [InlineData("wifi: Attic-Net\npw: plum!Gr4vel", "plum!Gr4vel")]
    [InlineData("The password for the archive is walnut-7788-ridge.", "walnut-7788-ridge")]
    [InlineData("18:02 hub: guest wifi pass rotated -> Quokka$7731Basalt", "Quokka$7731Basalt")]
    [InlineData("i rotated the creds. new one for the `deploy` user is Walrus#4411 , keep it quiet", "Walrus#4411")]
    [InlineData("the vault passphrase was changed to heron-maple-quartz-lagoon", "heron-maple-quartz-lagoon")]
    [InlineData("wifi: Hut-Net  pw: moss!T4lon", "moss!T4lon")]
    public void PasswordsSaidInWords_AreFound(string text, string value) => AssertFound(text, "PASSWORD", value);

    [Theory]
    [InlineData("GITHUB_TOKEN=a8F3kQ9mZx2LpV7nB4cT6yW1", "a8F3kQ9mZx2LpV7nB4cT6yW1")]
    [InlineData("STRIPE_API_KEY: q7Xm2Kp9Lz4Vb8Nc1Rt6", "q7Xm2Kp9Lz4Vb8Nc1Rt6")]
    [InlineData("x-api-key: 4fG8hK2mP9qR3sT7vW1y", "4fG8hK2mP9qR3sT7vW1y")]
    public void SettingsNamedLikeSecrets_AreFound(string text, string value) => AssertFound(text, "SECRET", value);

    [Theory]
    [InlineData("The password is required and must be at least 12 characters.")]
    [InlineData("Show your boarding pass: gate 12 closes at 9.")]
    [InlineData("The key-value store keeps 4096 entries; SK is the stock keeping unit.")]
    [InlineData("Use the AIza prefix check in your linter; skip tokens shorter than 39 characters.")]
    [InlineData("password_policy: strict\npassword-reset: enabled\npassword_min_length: 12")]
    [InlineData("day-pass: 2024-12-03, high-pass: 3kHz, x-pass-through: true")]
    [InlineData("secret_version: projects/123456/secrets/db/versions/7")]
    [InlineData("DB_PASSWORD=${DB_PASSWORD}\nSMTP_PASS={{ vault_smtp }}\n\"password\": \"<your-password>\"")] // placeholders
    [InlineData("Pass: 12/15 tests green\nbypass: none")]
    [InlineData("The season pass: 2025 edition costs 49 EUR; the compass: north.")]
    [InlineData("09:14:02 WARN login: password=******** rejected (policy)\n09:14:09 WARN pwd: •••••••• expired")] // already masked
    [InlineData("The password was changed yesterday; the key was reset to default.")] // no value
    [InlineData("Please change the password to something longer.")]
    [InlineData("SMTP_PASSWORD = os.environ.get(\"SMTP_PASSWORD\")\nDB_PASSWORD = secrets[\"db\"]")] // code reading it from elsewhere
    [InlineData("Use a password manager and turn on two-factor authentication.")] // an everyday compound
    [InlineData("secrets:\n  pg_password:\n    file: ./secrets/pg_password.txt")] // the next line's key
    public void OrdinaryText_IsNotFlagged(string text) => Assert.Empty(Scanner.Scan(text));

    private static void AssertFound(string text, string type, string value)
    {
        var matches = Scanner.Scan(text);
        Assert.Contains(matches, m => m.Type == type && m.Value == value);
    }

    [Theory]
    [InlineData("STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    [InlineData("aws_access_key_id = AKIA0000000000000000")]
    public void PlaceholderKeys_OfOneRepeatedCharacter_AreNotSecrets(string text) =>
        Assert.Empty(Scanner.Scan(text));

    [Fact]
    public void ARealLookingKey_IsStillFound() =>
        Assert.Contains(Scanner.Scan("STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc"), m => m.Type == "STRIPE_KEY");
}
