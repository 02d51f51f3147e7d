using System.Buffers;
using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Credentials people pass to each other in their own words rather than in a service's format: door, gate, alarm and
/// key-safe codes and PINs; a password given as the answer to a question on the line before ("what's the wifi pw?" /
/// "its Gs+W8F"); wallet recovery phrases, authenticator seeds and backup codes; <c>mysql -pSECRET</c> and
/// <c>--password=</c> on a command line; keys in settings named <c>ANY_SERVICE_KEY=</c> or in words ("notre clé
/// Algolia (…)", "キー：…", <c>cohere.Client("…")</c>); and the tokens of a few more services (New Relic, Shippo,
/// Resend, PostHog, Airtable, Supabase, DataStax Astra, PlanetScale).
/// </summary>
public static partial class BuiltInDetectors
{
    /// <summary>The detectors of this file (part of <see cref="All"/>).</summary>
    private static IEnumerable<IEntityDetector> CredentialDetectors() =>
    [
        new PatternDetector("API_KEY", MoreVendorTokens(), v => v.Any(char.IsDigit) && Checksums.Entropy(v) >= 3.0, mayMatch: t => t.AsSpan().ContainsAny(MorePrefixes)),
        new PatternDetector("PASSWORD", PlanetScalePassword(), v => Checksums.Entropy(v) >= 3.0),
        new PatternDetector("API_KEY", PrefixedTokens(), v => v.Any(char.IsDigit) && Checksums.Entropy(v) >= 3.0, mayMatch: t => t.AsSpan().ContainsAny(PrefixedTokenStarts)),
        new PatternDetector("API_KEY", AzureAdClientSecret(), v => Checksums.Entropy(v) >= 3.0, mayMatch: t => t.Contains("Q~", StringComparison.Ordinal)),
        new PatternDetector("SECRET", SecretInUrlQuery(), v => Checksums.Entropy(v) >= 3.0 && v.Any(char.IsDigit) && v.Any(char.IsLetter), mayMatch: t => t.Contains('?') && t.Contains('=')),
        new PatternDetector("SECRET", QuotedSettingKey(), v => Checksums.Entropy(v) >= 3.5 && v.Any(char.IsDigit) && !SettingWord(v), mayMatch: t => t.AsSpan().ContainsAny(SettingNames) || t.Contains("SECRET_KEY", StringComparison.Ordinal)),
        new PatternDetector("PASSWORD", AccessCode(), v => !LooksLikeYear(v), mayMatch: t => t.AsSpan().ContainsAny(CodeWords) && t.AsSpan().ContainsAnyInRange('0', '9')),
        new PatternDetector("PASSWORD", AnsweredSecret(), v => (PasswordLike(v) || Passphrase(v) || (v.Length is >= 4 and <= 8 && v.All(char.IsAsciiDigit))) && !SettingWord(v) && !Identifier(v), mayMatch: t => t.Contains('\n')),
        new PatternDetector("SECRET", RecoveryPhrase(), mayMatch: t => t.AsSpan().ContainsAny(PhraseWords)),
        new PatternDetector("SECRET", AuthenticatorSeed(), v => Checksums.Entropy(v) >= 3.0, mayMatch: t => t.AsSpan().ContainsAny(PhraseWords)),
        new PatternDetector("PASSWORD", CommandLinePassword(), v => PasswordLike(v) && !SettingWord(v) && !NotAPassword(v), mayMatch: t => t.Contains("-p", StringComparison.Ordinal) || t.Contains("--pass", StringComparison.OrdinalIgnoreCase) || t.Contains("sudo", StringComparison.Ordinal) || t.Contains("-a ", StringComparison.Ordinal) || t.Contains("dentified", StringComparison.OrdinalIgnoreCase)),
        new PatternDetector("SECRET", NamedSettingKey(), v => Checksums.Entropy(v) >= 3.0 && v.Any(char.IsDigit) && v.Any(char.IsLetter) && !SettingWord(v), mayMatch: t => t.AsSpan().ContainsAny(SettingNames)),
        new PatternDetector("SECRET", KeyInWords(), v => Checksums.Entropy(v) >= 3.0 && v.Any(char.IsDigit) && v.Any(char.IsLetter), mayMatch: t => t.AsSpan().ContainsAny(KeyNames)),
        new PatternDetector("SECRET", CredentialInProtocol(), v => v.Length >= 4 && !Masked(v) && !NotAPassword(v), mayMatch: t => t.AsSpan().ContainsAny(ProtocolWords)),
    ];

    /// <summary>What <see cref="CredentialInProtocol"/> cannot match without.</summary>
    private static readonly SearchValues<string> ProtocolWords = SearchValues.Create(
        ["basic ", "cookie", "curl", "--user", "sshpass", "htpasswd", "<pass", "password\"", "password'", "pwd\"", "\"auth\"", "WIFI:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A placeholder where a value would go: a template's or a shell's variable (<c>${DB_PASSWORD}</c>, <c>{{ vault_pw }}</c>,
    /// <c>%PASS%</c>) or a documentation's <c>&lt;your-password&gt;</c>. Settings' values (<see cref="SettingWord"/>) and the values
    /// after the words for a password (<see cref="NotAPassword"/>) both leave these alone.</summary>
    private static bool Placeholder(string value) =>
        value.StartsWith('<') || value.StartsWith("${", StringComparison.Ordinal) || value.StartsWith("{{", StringComparison.Ordinal) || (value.Length > 2 && value[0] == '%' && value[^1] == '%');

    // Credentials in the shapes of protocols and tools: an HTTP Basic authorisation header's base64, a session cookie's
    // value (Cookie and Set-Cookie), curl's -u/--user user:password, sshpass -p, htpasswd -b's last argument, an XML
    // <password> element or an <add key="…Password" value="…"/> setting, a Docker config's "auth", and a Wi-Fi QR code's
    // P: field (WIFI:T:WPA;S:…;P:…;;).
    [GeneratedRegex(
        @"(?i:\b(?:proxy-)?authorization:\s*basic\s+)(?<value>[A-Za-z0-9+/]{8,}={0,2})"
        + @"|(?i:\b(?:set-)?cookie:\s*(?:[^=;\s]{1,64}=[^;\s]*;\s*){0,8}?[\w-]{0,24}(?:sess(?:ion)?|sid|auth|token|jwt|remember)[\w-]{0,24}=)(?<value>[^;\s]{8,512})"
        + @"|(?i:\bcurl\b[^\n]{0,120}?\s(?:-u|--user)\s+)['""]?[^\s:'""]{1,64}:(?<value>[^\s'""]{3,128})"
        + @"|(?i:\bsshpass\s+-p\s*)['""]?(?<value>[^\s'""]{3,128})"
        + @"|(?i:\bhtpasswd\s+(?:-\w+\s+)*-\w*b\w*\s+\S+\s+\S+\s+)['""]?(?<value>[^\s'""]{3,128})"
        + @"|(?i:<(?:password|passwd|pwd|secret)>)(?<value>[^<\s]{3,128})(?i:</(?:password|passwd|pwd|secret)>)"
        + @"|(?i:\bkey\s*=\s*""[\w.:-]{0,48}(?:password|passwd|pwd|secret)[\w.:-]{0,24}""\s+value\s*=\s*"")(?<value>[^""\s]{3,128})"""
        + @"|(?i:""auth""\s*:\s*"")(?<value>[A-Za-z0-9+/]{12,}={0,2})"""
        + @"|WIFI:(?:[^;\n]{0,80};){0,4}?P:(?<value>(?:\\;|[^;\n]){4,63});",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex CredentialInProtocol();

    private static readonly SearchValues<string> MorePrefixes = SearchValues.Create(["NRAK-", "shippo_", "re_", "phx_", "phc_", "pat", "sbp_", "AstraCS:", "pscale_"], StringComparison.Ordinal);

    /// <summary>What <see cref="AccessCode"/> cannot match without (most texts have none, and then its long pattern need not read them).</summary>
    private static readonly SearchValues<string> CodeWords = SearchValues.Create(
        ["pin", "code", "cvv", "cvc", "código", "codigo", "codice", "kod", "kód", "koodi", "keypad", "sleutelkluis", "пин", "код", "暗証番号", "비밀번호", "인증번호", "验证码", "密码", "密碼"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What <see cref="PrefixedTokens"/> cannot match without (its prefixes, or their first characters).</summary>
    private static readonly SearchValues<string> PrefixedTokenStarts = SearchValues.Create(
        ["A3-", "ops_eyJ", "p8e-", "LTAI", "AKCp", "4b1d", "CLOJARS_", "v1.0-", "dt0c01.", "EZAK", "FLWSECK", "FLWPUBK", "glc_", "glsa_", "atlasv1", "HRKU-", "NRJS-", "NRII-",
         "pnu_", "pul-", "rdme_", "rubygems_", "xkeysib-", "EAAA", "sq0atp-", "sq0csp-", "tfp_", "xai-", "gsk_", "fw_", "pplx-", "r8_", "lsv2_", "EAAB", "EAAC", "EAAG", "dckr_pat_", "sntrys_", "sntryu_", "glpat", "oy2", "ATCTT3", "BBDC-"],
        StringComparison.Ordinal);

    /// <summary>What <see cref="NamedSettingKey"/> cannot match without.</summary>
    private static readonly SearchValues<string> SettingNames = SearchValues.Create(["_key", "-key", "_token", "-token", "_secret", "-secret", "_licen", "-licen", "_pat", "-pat", "_credential", "-credential"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What <see cref="KeyInWords"/> cannot match without.</summary>
    private static readonly SearchValues<string> KeyNames = SearchValues.Create(
        ["clé", "chiave", "schlüssel", "schlussel", "chave", "ключ", "sleutel", "klucz", "キー", "密钥", "密鑰", "키", "Client(", "API(", "Api("], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PhraseWords = SearchValues.Create(["phrase", "seed", "mnemonic", "backup code", "recovery code", "scratch code", "words are", "words is"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A setting's or variable's name (<c>API_TOKEN</c>), not its value.</summary>
    private static bool Identifier(string value) => value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') && value.Contains('_');

    /// <summary>A year is no door code ("PIN since 2019" is not a PIN): four digits from 1900 to 2099 without a keypad sign.</summary>
    private static bool LooksLikeYear(string value) => value.Length == 4 && value[0] is '1' or '2' && (value.StartsWith("19", StringComparison.Ordinal) || value.StartsWith("20", StringComparison.Ordinal));

    // New Relic user keys (NRAK-), Shippo (shippo_live_/shippo_test_), Resend (re_), PostHog (phx_/phc_), Airtable personal
    // access tokens (pat…​.…), Supabase (sbp_), DataStax Astra (AstraCS:), PlanetScale service tokens (pscale_tkn_/pscale_oauth_).
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:NRAK-[A-Z0-9]{27}|shippo_(?:live|test)_[a-f0-9]{40}|re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}|ph[xc]_[A-Za-z0-9]{39,47}|pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|sbp_[a-f0-9]{40}|AstraCS:[A-Za-z]{24}:[a-f0-9]{64}|pscale_(?:tkn|oauth)_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex MoreVendorTokens();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])pscale_pw_[A-Za-z0-9_-]{32,64}(?![A-Za-z0-9_-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex PlanetScalePassword();

    // "Gate PIN issued: 9418", "key safe code is 47676#", "Code portail : 4596*", "Bank app PIN 7929", "Türcode 4711",
    // "flat door keypad 124284", "avainboksin koodi 5659", "kód od branky 1256", "SMS con el código 287649",
    // "código de acceso 8841", "暗証番号 4821", "비밀번호는 0653", "CVV 123": three to eight digits (a keypad's # or * kept)
    // a few words after the words for a code, in the languages of the node's users.
    [GeneratedRegex(
        @"(?:(?i:\bpin(?:\s?(?:code|number|no\.?))?|\bpass\s?code|\b(?:gate|door|entry|access|entrance|alarm|keypad|key\s?safe|keysafe|lock\s?box|lockbox|garage|building|padlock|locker|unlock|security|verification|confirmation|one[\s-]time|otp|2fa|mfa|sms|safe)\s+(?:pin|code|number|passcode)|\bcvv2?|\bcvc2?|\bcode\s+(?:portail|porte|d'acc[eè]s|d'entr[ée]e|de\s+la\s+porte|du\s+portail|alarme)|\bdigicode|\b(?:t[üu]r|tor|zugangs|alarm|pin|haust[üu]r)-?code|\bc[óo]digo\s+(?:de\s+(?:acceso|entrada|seguridad|la\s+puerta|del\s+port[óo]n|acesso|port[ãa]o)|pin|do\s+port[ãa]o)|\bcodice\s+(?:del\s+cancello|d'accesso|pin|della\s+porta)|\bportcode|\bportkod(?:en)?|\bdeurcode|\bsleutelkluis|\bkeypad|\bkoodi|\bk[óo]d\s+od|\bsms\b[^\n\d]{0,24}c[óo]digo|\bc[óo]digo\s+(?:sms|de\s+verificaci[óo]n|de\s+confirmaci[óo]n)|код\s+від|\bkod\s+(?:do\s+(?:drzwi|bramy)|pin|dost[eę]pu)|пин-?код|\bпин|код\s+(?:доступа|домофона|от\s+двери|подъезда))"
        + @"|暗証番号|비밀번호|인증번호|验证码|密码|密碼)"
        + @"[^\n\d]{0,24}?(?<![\d])(?<value>\d{3,8}[#*]?)(?![A-Za-z0-9_/:-]|[.,]\d)",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex AccessCode();

    // A transcript: a line asking for a password, passphrase, PIN or code, and the next line's answer after its speaker
    // ("[10:04] Tunde: it's Lotus.1277", "Lindsey: sprocket-copper-riddle-oyster-kettle - don't paste it").
    [GeneratedRegex(
        @"(?i:\b(?:password|passphrase|passcode|pw|pwd|pin|code|combination|passwort|kennwort|mot\s+de\s+passe|contrase[ñn]a|senha|wachtwoord|portkod(?:en)?|koodi|k[óo]d|c[óo]digo|codice|пароль|код)(?![\w]))[^\n]{0,80}\n"
        + @"(?:\[[^\]\n]{1,16}\]\s*)?\p{L}[\p{L}\p{M} .'’-]{0,29}:\s*(?i:(?:it'?s|its|it\s+is|the\s+code\s+is|code\s+is|sure[,!]?|yes[,!]?|here(?:'s|\s+it\s+is)?:?|ok[,!]?|c'est|es|ist)\s+)?[`""'“]?"
        + @"(?<value>[^\s`""'”]{4,64}?)[`""'”]?(?=\s*$|\s*\n|\s+-\s|\s+\(|[.!,]\s|[.!]$)",
        RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex AnsweredSecret();

    // A wallet's recovery phrase: 12 to 24 lower-case words after "recovery phrase", "seed phrase", "mnemonic" and a colon.
    // Also "the 12 words are …", and a passphrase of four to twelve words after a colon ("GPG passphrase for the release
    // key: violet walnut orbit meadow velvet zebra").
    [GeneratedRegex(@"(?:(?i:\b(?:recovery|seed|secret|backup|wallet|mnemonic)\s+(?:phrase|words|seed)|\bmnemonic)\b[^\n:]{0,60}:|(?i:\b(?:12|24|twelve|twenty-four)\s+(?:seed\s+)?words\s+(?:are|is)))\s*(?<value>(?:[a-z]{3,8}[ ,]{1,2}){11,23}[a-z]{3,8})(?![a-z])"
        + @"|(?i:\bpass\s?phrase\b)[^\n:]{0,60}:\s*(?<value>(?:\p{Ll}{3,12}[ -]){3,11}\p{Ll}{3,12})(?![\p{L}\d])", RegexOptions.None, TimeoutMs)]
    private static partial Regex RecoveryPhrase();

    // An authenticator's shared secret ("2FA seed …: JBSWY3DPEHPK3PXP", "Authenticator-Seed …") or a list of backup codes.
    [GeneratedRegex(
        @"(?i:\b(?:2fa|totp|mfa|otp|authenticator|authentication)[\s-]?(?:seed|secret|key)\b)[^\n\w]{0,3}(?:[^\n:]{0,40}?[:\s])??\s*(?<value>[A-Za-z0-9+/=]{16,128})(?![A-Za-z0-9+/=])"
        + @"|(?i:\b(?:backup|recovery|scratch)\s+codes?\b)[^\n:\w]{0,3}(?:[^\n:]{0,40}?[:\s])??\s*(?<value>[a-z0-9]{4}-?[a-z0-9]{4}(?:(?:[ ,;]{1,2}|\s*\n\s*)[a-z0-9]{4}-?[a-z0-9]{4}){1,15})(?![a-z0-9-])",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex AuthenticatorSeed();

    // "mysql -u app -pS3cret", "mysqldump -p'S3cret'", "--password=S3cret", "--password S3cret"; a registry login's -p
    // ("docker login registry.internal -u ci -p S3cret", podman, helm, oras, skopeo, buildah, nerdctl); a password piped
    // into sudo ("echo 'S3cret' | sudo -S systemctl restart nginx"); redis-cli's -a; SQL's IDENTIFIED BY (Oracle, MySQL:
    // "ALTER USER scott IDENTIFIED BY tiger123").
    [GeneratedRegex(@"\bmysql(?:dump|admin|import)?\b[^\n]{0,80}?\s-p['""]?(?<value>[^\s'""]{3,64})|--pass(?:word)?[= ]['""]?(?<value>[^\s'""]{3,128})"
        + @"|\b(?:docker|podman|helm|oras|skopeo|buildah|nerdctl)\b[^\n]{0,40}?\blogin\b[^\n]{0,80}?\s-p\s+['""]?(?<value>[^\s'""]{3,128})"
        + @"|\becho\s+(?:-n\s+)?['""]?(?<value>[^\s'""|]{3,128})['""]?\s*\|\s*sudo\s+(?:-\w+\s+)*-S\b"
        + @"|\bredis-cli\b[^\n]{0,80}?\s-a\s+['""]?(?<value>[^\s'""]{3,128})|(?i:\bidentified\s+by\s+)(?!values?\b)['""]?(?<value>[^\s'"";]{3,128})", RegexOptions.None, TimeoutMs)]
    private static partial Regex CommandLinePassword();

    // A setting whose name ends in KEY, TOKEN, SECRET, LICENSE or PAT (OPENWEATHER_KEY=, AZURE_STORAGE_KEY=,
    // NEW_RELIC_LICENSE=, sentry-token:), the names KeyLikeSecret does not know.
    [GeneratedRegex(@"(?<=(?<![A-Za-z0-9_-])[A-Za-z][A-Za-z0-9_-]{0,63})[_-](?i:key|token|secret|license|licence|pat|credentials?)[""']?\s*[:=]\s*[""']?(?<value>[A-Za-z0-9/+_\-.=:]{16,256})", RegexOptions.None, TimeoutMs)]
    private static partial Regex NamedSettingKey();

    // A key named in words of other languages or passed to an SDK's client: "notre clé Algolia (…)", "la chiave API: …",
    // "検証用のキーです：…", "ключ API: …", "API 키: …", cohere.Client("…").
    [GeneratedRegex(
        @"(?:(?i:\bcl[ée]|\bchiave|\bschl[üu]ssel|\bchave|\bключ(?:а|ом)?|\bsleutel|\bklucz)(?:\s+(?:de\s+l'|d'|del\s+|de\s+)?(?:api|[A-Z][\w-]{1,20})){0,2}\s*(?:[:=(]|est|ist|es|é|è|ist)\s*|キー(?:です|は)?\s*[：:]\s*|(?:密钥|密鑰|키)\s*(?:[：:]|는|은|是|为)\s*"
        + @"|\b(?:[A-Z]\w*)?(?:Client|API|Api)\(\s*(?:api_key\s*=\s*)?)[""'(]?(?<value>[A-Za-z0-9/+_\-.=:]{16,256})",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex KeyInWords();

    // Token formats with a fixed prefix, as the secret scanners know them (gitleaks' rules and the vendors' own
    // documentation): 1Password secret keys (A3-…) and service-account tokens (ops_eyJ…), Adobe (p8e-), Alibaba Cloud
    // (LTAI…), Artifactory (AKCp…), ClickHouse Cloud (4b1d…), Clojars, Cloudflare Origin CA (v1.0-…), Dynatrace (dt0c01.),
    // EasyPost (EZAK), Flutterwave, Grafana (glc_, glsa_), Terraform Cloud (….atlasv1.…), Heroku (HRKU-), New Relic
    // (NRJS-, NRII-), Prefect (pnu_), Pulumi (pul-), ReadMe (rdme_), RubyGems, Brevo (xkeysib-), Square (EAAA…, sq0atp-,
    // sq0csp-), Typeform (tfp_), xAI (xai-), Groq (gsk_), Fireworks (fw_), Perplexity (pplx-), Replicate (r8_), LangSmith
    // (lsv2_pt_/lsv2_sk_), Meta Graph API tokens (EAAB…/EAAG…), Docker Hub (dckr_pat_), Sentry (sntrys_/sntryu_),
    // NuGet (oy2…), Atlassian (ATCTT3), Bitbucket (BBDC-).
    [GeneratedRegex(
        @"(?<![A-Za-z0-9_-])(?:A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}|ops_eyJ[A-Za-z0-9+/]{250,}={0,3}|p8e-[A-Za-z0-9]{32}"
        + @"|LTAI[A-Za-z0-9]{20}|AKCp[A-Za-z0-9]{69}|4b1d[A-Za-z0-9]{38}|(?i:CLOJARS_[a-z0-9]{60})|v1\.0-[a-f0-9]{24}-[a-f0-9]{146}|dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}"
        + @"|EZAK[a-z0-9]{54}|FLW(?:SECK|PUBK)(?:_TEST)?-[a-h0-9]{32}-X|glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|[a-z0-9]{14}\.atlasv1\.[a-z0-9_=-]{60,70}"
        + @"|HRKU-AA[0-9A-Za-z_-]{58}|NRJS-[a-f0-9]{19}|NRII-[a-z0-9-]{32}|pnu_[A-Za-z0-9]{36}|pul-[a-f0-9]{40}|rdme_[a-z0-9]{70}|rubygems_[a-f0-9]{48}|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"
        + @"|EAAA[A-Za-z0-9_-]{60}|sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|tfp_[a-z0-9_.=-]{59}|xai-[A-Za-z0-9]{70,90}|gsk_[A-Za-z0-9]{52}|fw_[A-Za-z0-9]{24,}|pplx-[A-Za-z0-9]{48}"
        + @"|r8_[A-Za-z0-9]{37}|lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}|EAA[BCG][A-Za-z0-9]{80,}|dckr_pat_[A-Za-z0-9_-]{27}|sntr[ys]s?_[A-Za-z0-9+/=_]{40,}|sntryu_[a-f0-9]{64}"
        + @"|oy2[a-z0-9]{43}|ATCTT3[A-Za-z0-9_=-]{100,}|BBDC-[A-Za-z0-9+/@_-]{44})(?![A-Za-z0-9_-])",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex PrefixedTokens();

    // Azure AD (Entra ID) application client secrets: three characters, a digit, "Q~", then 31-34 more.
    [GeneratedRegex(@"(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex AzureAdClientSecret();

    // A credential in a URL's query: Azure SAS signatures (sig=), tokens, keys, passwords and client secrets
    // (https://acct.blob.core.windows.net/c?sv=…&sig=abc%2F…, https://api.example.com/v1?api_key=…).
    [GeneratedRegex(@"[?&](?i:sig|signature|token|access_token|id_token|refresh_token|api_?key|apikey|key|secret|client_secret|password|passwd|pwd|auth|x-amz-signature|x-goog-signature)=(?<value>[A-Za-z0-9%._~+/=-]{16,512})", RegexOptions.None, TimeoutMs)]
    private static partial Regex SecretInUrlQuery();

    // A setting's secret in quotes, with signs the unquoted names do not take: Django's SECRET_KEY = 'django-insecure-…!@#…',
    // a JSON "api_key": "…".
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?i:[A-Za-z0-9]*[_-])?(?i:secret_key|api_key|private_key|access_key|auth_token|client_secret|master_key|signing_key|encryption_key)[""']?\s*[:=]\s*(?<q>[""'])(?<value>[^""'\s]{20,200})\k<q>", RegexOptions.None, TimeoutMs)]
    private static partial Regex QuotedSettingKey();
}
