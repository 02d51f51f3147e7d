using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>
/// Credentials people give each other in words: door and alarm codes and PINs, a password answered on the next line of
/// a chat, recovery phrases, authenticator seeds and backup codes, passwords on a command line, keys under any
/// service's setting name or named in other languages, and a few more services' token formats.
/// </summary>
public sealed class SpokenCredentialTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    [Theory]
    [InlineData("Dial-in: +81 80-7421-8079 PIN 5149#", "5149#")]
    [InlineData("mobile 018-632 2805. Gate PIN issued: 9418", "9418")]
    [InlineData("I took in your parcel. The key safe code is 47676# if I'm out.", "47676#")]
    [InlineData("Code portail : 4596*. Votre conseillère", "4596*")]
    [InlineData("Bank app PIN 7929\nlaptop: x", "7929")]
    [InlineData("The passcode is 1234.", "1234")]
    [InlineData("Der Türcode ist 4711, bitte klingeln.", "4711")]
    [InlineData("el código de acceso es 8841", "8841")]
    [InlineData("el codigo de acceso es 8841", "8841")] // written without the accent, as keyboards often do
    [InlineData("회비 계좌 비밀번호는 0653 입니다.", "0653")]
    [InlineData("暗証番号は4821です", "4821")]
    [InlineData("card ending 4242, CVV 317", "317")]
    public void AccessCodesAndPins_AreFound(string text, string value) => AssertFound(text, value);

    [Theory]
    [InlineData("caoimhe: who has the wifi pw for the cabin\ningrid: its Gs+W+Ks8FG\ncaoimhe: ty", "Gs+W+Ks8FG")]
    [InlineData("please confirm the router admin password you set.\n[10:04] Tunde: it's Lotus.1277\n[10:04] Agent: ok", "Lotus.1277")]
    [InlineData("Tamika: what's the vault passphrase again\nLindsey: sprocket-copper-riddle-oyster-kettle - don't paste it", "sprocket-copper-riddle-oyster-kettle")]
    [InlineData("Tamika: and the alarm code for the office?\nLindsey: the code is 70961", "70961")]
    public void APasswordAnsweredOnTheNextLine_IsFound(string text, string value) => AssertFound(text, value);

    [Theory]
    [InlineData("I typed my recovery phrase into a website by mistake: awake aunt auction absorb ahead abstract alarm absurd atom animal alpha action. Is my wallet gone?",
        "awake aunt auction absorb ahead abstract alarm absurd atom animal alpha action")]
    [InlineData("2FA seed given to support by the user: mKw84Bje97uDVy+o5uA1zx1r9Kh3Qzus0hQEF4r8. Withdrawal card", "mKw84Bje97uDVy+o5uA1zx1r9Kh3Qzus0hQEF4r8")]
    [InlineData("GitHub backup codes 9qus-u5tq varx-zbf9 mej3-j8gt pvqy-y7ed\nBank", "9qus-u5tq varx-zbf9 mej3-j8gt pvqy-y7ed")]
    [InlineData("  503  mysql -u app -pPiano!5972x -h 10.0.0.5 orders", "Piano!5972x")]
    [InlineData("pg_dump --password=Zx9!kq2L db", "Zx9!kq2L")]
    [InlineData("docker login registry.internal -u ci -p RNLY#nY6v66", "RNLY#nY6v66")]
    [InlineData("echo 'nimbus2005' | sudo -S systemctl restart nginx", "nimbus2005")]
    [InlineData("redis-cli -h cache -a Hunter2Redis ping", "Hunter2Redis")]
    [InlineData("ALTER USER scott IDENTIFIED BY tiger123;", "tiger123")]
    [InlineData("CREATE USER 'app'@'%' IDENTIFIED BY 'Kx9#pl2Q';", "Kx9#pl2Q")]
    [InlineData("Le mot de passe admin était Tulpe#4541Q.", "Tulpe#4541Q")]
    [InlineData("Пароль от личного кабинета: b=*fR%MdNfF=", "b=*fR%MdNfF=")]
    [InlineData("パスワードは Kaffee_8730Q です。", "Kaffee_8730Q")]
    public void PhrasesSeedsAndCommandLines_AreFound(string text, string value) => AssertFound(text, value);

    [Theory]
    [InlineData("AZURE_STORAGE_KEY=+ntHCclec+r6JvtDAjWujNaVSJQQfg2z7Qe/oz5B3EwPC2ikCaNZtLrpLFgSNnoAIWchlRKXOTSGsojp0ZnRHZ==", "+ntHCclec+r6JvtDAjWujNaVSJQQfg2z7Qe/oz5B3EwPC2ikCaNZtLrpLFgSNnoAIWchlRKXOTSGsojp0ZnRHZ==")]
    [InlineData("OPENWEATHER_KEY=43902e9c1836166c6b6413116cd4a475", "43902e9c1836166c6b6413116cd4a475")]
    [InlineData("NEW_RELIC_LICENSE=NRAK-N53RH3DK4DAG1I41VF5TEX58YW5", "NRAK-N53RH3DK4DAG1I41VF5TEX58YW5")]
    [InlineData("notre clé Algolia (dd649552075f953b3b1020785bb2a4dc) a fuité", "dd649552075f953b3b1020785bb2a4dc")]
    [InlineData("der API-Schlussel: dd649552075f953b3b1020785bb2a4dc", "dd649552075f953b3b1020785bb2a4dc")] // "Schlüssel" without its umlaut
    [InlineData("検証用のキーです：GbtPSfgze0NuXGG19BQtJ0Rt", "GbtPSfgze0NuXGG19BQtJ0Rt")]
    [InlineData("co = cohere.Client(\"YgMH7zh8n05sNQGNqpXatBZCunEpISVp7f30lPQa\")", "YgMH7zh8n05sNQGNqpXatBZCunEpISVp7f30lPQa")]
    [InlineData("the token Shippo shippo_live_5576ff193d44009735bec298e592f883c94b5f54 leaked", "shippo_live_5576ff193d44009735bec298e592f883c94b5f54")]
    [InlineData("Our Resend key is re_1Cy3B74j_Imryk5i1W4Rw79OXwkdeYZhl, thanks", "re_1Cy3B74j_Imryk5i1W4Rw79OXwkdeYZhl")]
    [InlineData("airtable PAT patUHUGvBWPOe3R6v.45b5059cf175bb1b4e9bda92c053fff070cee62a23263930a9b12a175877dd2f ok", "patUHUGvBWPOe3R6v.45b5059cf175bb1b4e9bda92c053fff070cee62a23263930a9b12a175877dd2f")]
    [InlineData("supabase one is sbp_7c4caff25a00bee1a8279057b7f60c27620d9900", "sbp_7c4caff25a00bee1a8279057b7f60c27620d9900")]
    [InlineData("posthog phx_l7VY41HpXKsXFNrjNI5cN7vmMutiKy8fhnMU44uVjt8", "phx_l7VY41HpXKsXFNrjNI5cN7vmMutiKy8fhnMU44uVjt8")]
    [InlineData("Planetscale password pscale_pw_BxAzkesqYe2ZNCi5YhkvVgBlYcd9LgFUsOP0gnrnBxu.", "pscale_pw_BxAzkesqYe2ZNCi5YhkvVgBlYcd9LgFUsOP0gnrnBxu")]
    [InlineData("export GROQ=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", "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")]
    [InlineData("client = Client(\"xai-J0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f\")", "xai-J0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f")]
    [InlineData("trace key 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 in the notebook", "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")]
    [InlineData("replicate r8_F1LlqsajAIxNKu8iS2G8NPRVdD53X83RZJzzz", "r8_F1LlqsajAIxNKu8iS2G8NPRVdD53X83RZJzzz")]
    [InlineData("docker login -p dckr_pat_gVvVqE1SkHbn88HxjSI6bWHtP3f", "dckr_pat_gVvVqE1SkHbn88HxjSI6bWHtP3f")]
    [InlineData("aliyun LTAIS2qHx6kwXoIIXGvOoNZY", "LTAIS2qHx6kwXoIIXGvOoNZY")]
    [InlineData("grafana token glsa_W2mZp0zVZomHFwUbbYrEqmSM9wCZ7Uw9_b2737f6a", "glsa_W2mZp0zVZomHFwUbbYrEqmSM9wCZ7Uw9_b2737f6a")]
    [InlineData("client secret nEN8Q~5N1aE6PwZPf1Qh6yYTWmE4lBYOvfZ8Uz for the app", "nEN8Q~5N1aE6PwZPf1Qh6yYTWmE4lBYOvfZ8Uz")]
    [InlineData("SECRET_KEY = 'django-insecure-7wjJJibaZU!@#x$%^&*(-_=+)PgHV7iB3'", "django-insecure-7wjJJibaZU!@#x$%^&*(-_=+)PgHV7iB3")]
    public void KeysUnderAnyNameAndMoreServices_AreFound(string text, string value) => AssertFound(text, value);

    /// <summary>Passwords said in other languages and grammars, and credentials in the shapes of protocols and tools.</summary>
    [Theory]
    [InlineData("Bayu: kata sandi wifi kos: GYUn#dvPWZS. PIN ATM jangan lupa", "GYUn#dvPWZS")] // Indonesian
    [InlineData("mật khẩu wifi nhà mình là jnyv!oZnBSh nhé", "jnyv!oZnBSh")] // Vietnamese
    [InlineData("نور: كلمة السر للواي فاي هي Dune#1901", "Dune#1901")] // Arabic
    [InlineData("Matteo: la password del wifi è walnut2003\nFederica: grazie", "walnut2003")] // Italian, "del"
    [InlineData("der Zugang: Benutzer kasse-tsv, Kennwort M3@d0w137. Bitte nicht weitergeben", "M3@d0w137")] // no verb, a digit and a letter
    [InlineData("Krzysztof: zmieniłem hasło do konta w banku na tulip1999, zapisz", "tulip1999")] // Polish, three words of what it is for
    [InlineData("Оксана: пароль від wi-fi — AC7x!aG8DbC", "AC7x!aG8DbC")] // Ukrainian, a dash
    [InlineData("Пароль от личного кабинета: b=*fR%MdNfF=", "b=*fR%MdNfF=")] // Russian, capitalised
    [InlineData("Oğuz abi, e-devlet şifrem 067T@0UQiEV, başvuruyu sen yap", "067T@0UQiEV")] // Turkish, a suffix
    [InlineData("Gustav: lösenordet till wifi är mqbo#oetqfm", "mqbo#oetqfm")] // Swedish
    [InlineData("a senha do cartão é 2169, compra só o pão", "2169")] // a card's PIN as a password
    [InlineData("ALTER ROLE reporting WITH LOGIN PASSWORD 'rBJUZ36WcjNmOH';", "rBJUZ36WcjNmOH")] // SQL
    [InlineData("PGPASSWORD=lantern1971 pg_dump -h db-replica-2", "lantern1971")] // at a setting name's end
    [InlineData("smtp_clave = \"9wXc!c1zktT\"", "9wXc!c1zktT")]
    [InlineData("Alejandro: la frase de contraseña del gestor es «sandía pingüino volcán tormenta», apúntala", "sandía pingüino volcán tormenta")]
    [InlineData("Priya: GPG passphrase for the release key: violet walnut orbit meadow velvet zebra", "violet walnut orbit meadow velvet zebra")]
    [InlineData("wallet password is C0b@lt332 and the 12 words are tundra walnut rocket orbit meadow nimbus violet cactus falcon lantern dune pepper - keep", "tundra walnut rocket orbit meadow nimbus violet cactus falcon lantern dune pepper")]
    [InlineData("backup codes for my github account (keep safe!!)\nmok2-7z4c\n3fzc-fipi\nq3jf-zenm", "mok2-7z4c\n3fzc-fipi\nq3jf-zenm")] // one per line
    [InlineData("Authorization: Basic bW9uaXRvcjpMWmQyITVsNEdFNQ==", "bW9uaXRvcjpMWmQyITVsNEdFNQ==")]
    [InlineData("Set-Cookie: SESSION=DP6ITA4MB2do2RQ06EaxL3DegIFK3yb0QXyxekdG; Path=/; HttpOnly", "DP6ITA4MB2do2RQ06EaxL3DegIFK3yb0QXyxekdG")]
    [InlineData("$ curl -u 'deploy:badger1988' https://ci.internal/api", "badger1988")]
    [InlineData("sshpass -p 'Sunny#Day9' ssh root@10.0.0.5", "Sunny#Day9")]
    [InlineData("htpasswd -b .htpasswd admin Adm1nPass", "Adm1nPass")]
    [InlineData("<add key=\"SftpPassword\" value=\"S@ffr0n618\" />", "S@ffr0n618")]
    [InlineData("<password>Xml$ecret1</password>", "Xml$ecret1")]
    [InlineData("{ \"auths\": { \"registry.internal:5000\": { \"auth\": \"Y2ktYm90OnZpb2xldDIwMjQ=\" } } }", "Y2ktYm90OnZpb2xldDIwMjQ=")] // Docker's config
    [InlineData("Print this on the guest card: WIFI:T:WPA;S:GardenFlat_5G;P:F0cN_Nohfm8N9U;;", "F0cN_Nohfm8N9U")] // a Wi-Fi QR code
    [InlineData("Building door code 8521#, flat door keypad 352145. Bins go out on Tuesday.", "352145")]
    [InlineData("Eetu: mökin wifin salasana on 7SSQ5cDJyeU5fu ja avainboksin koodi 5659", "5659")] // Finnish
    [InlineData("Ximena: me ha llegado un SMS con el código 287649 para confirmar", "287649")]
    [InlineData("Viktor: tack! och portkoden?\nGustav: 9418", "9418")] // asked for, answered on the next line
    public void PasswordsInMoreLanguagesAndProtocols_AreFound(string text, string value) => AssertFound(text, value);

    [Fact]
    public void APasswordInAUrlWithNoUserName_IsFound() =>
        Assert.Contains(Scanner.Scan("REDIS_URL=redis://:A7k1^T7Q9O0@cache.internal:6379/0"), m => m.Value == "A7k1^T7Q9O0");

    [Theory]
    [InlineData("Passwords must be at least 12 characters long and contain a digit.")]
    [InlineData("DB_PASSWORD=${DB_PASSWORD}\nREDIS_URL=redis://:${REDIS_PASSWORD}@cache:6379")] // placeholders
    [InlineData("Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;")] // the docs' example
    [InlineData("postgres://USER:PASSWORD@HOST:5432/DB")]
    [InlineData("パスワードは10文字以上で、英字と数字を含めてください。")] // a rule about passwords, in Japanese
    [InlineData("password = os.getenv('DB_PASSWORD')\nAPI key: API_TOKEN")]
    [InlineData("Login: viktor78@mail.ru, password sent separately")]
    [InlineData("curl -u \"$USER:$TOKEN\" https://api.example.com")] // variables
    [InlineData("Show your boarding pass at gate 12.")]
    [InlineData("The birthday party is on 12 May; the museum pass is 25 EUR.")]
    public void PasswordRulesPlaceholdersAndExamples_AreNotPasswords(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type is "PASSWORD" or "SECRET" or "URL_CREDENTIALS");

    [Theory]
    [InlineData("The error code is 404 and the PIN was changed in 2019.")] // a status code; a year is no PIN
    [InlineData("The meeting code is 845 221 903. Version 2.4.1 released.")]
    [InlineData("Gate 12 closes at 9; the security code of conduct applies.")]
    [InlineData("MAX_TOKENS=4096\nCACHE_KEY=user-profile-settings")] // a number, and a key that is a name, not a secret
    [InlineData("Tamika: what's the plan for the weekend?\nLindsey: hiking")]
    [InlineData("Use mysql -p to be asked for the password; --password without a value prompts too.")]
    [InlineData("docker login -u ci -p \"$CI_REGISTRY_PASSWORD\" registry.example.com")] // a variable, not the password
    [InlineData("echo hello | sudo tee /etc/motd")]
    [InlineData("CREATE USER ops IDENTIFIED BY VALUES 'S:1A2B3C'; -- a hash, not a password")]
    [InlineData("The user is identified by their email address.")]
    [InlineData("The recovery phrase: write it down and keep it offline.")]
    [InlineData("See https://example.com/search?q=privacy+guard&page=2&key=value and https://example.com/a?token=short")]
    [InlineData("SECRET_KEY = 'change-me-in-production'")] // a placeholder: one word, low entropy
    public void OrdinaryText_IsNotFlagged(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type is "PASSWORD" or "SECRET" or "API_KEY");

    [Fact]
    public void ASignatureInAUrlQuery_IsASecret_OnItsOwnOrInsideTheUrl()
    {
        const string sig = "m03nbqnsGpWLuqIA1id6Vw5DQL05HA064GiIjHGb%3D";
        var text = "blob: acct.blob.core.windows.net/c/f.zip?sv=2022-11-02&sr=b&sig=" + sig;
        Assert.Contains(new PrivacyScanner([.. BuiltInDetectors.All.Where(d => d is not UrlDetector)]).Scan(text), m => m.Type == "SECRET" && m.Value == sig);
        Assert.Contains(Scanner.Scan("https://" + text), m => m.Start <= text.IndexOf(sig, StringComparison.Ordinal) + 8 && m.End >= text.Length + 8);
    }

    private static void AssertFound(string text, string value) =>
        Assert.Contains(Scanner.Scan(text), m => m.Value == value && m.Type is "PASSWORD" or "SECRET" or "API_KEY" or "AWS_KEY");
}
