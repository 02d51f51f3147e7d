using System.Buffers;
using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Credentials that announce themselves: the token formats services issue with a fixed prefix (the ones secret
/// scanners such as gitleaks and GitHub's push protection know: GitLab, Google, SendGrid, Twilio, Hugging Face, npm,
/// PyPI, Shopify, DigitalOcean, Vault, Atlassian, Telegram …), and a password said in words ("my password is …",
/// "Passwort: …", "mot de passe : …") in the languages the node's users write. A format is matched only with its
/// prefix and its length, so ordinary text never looks like one.
/// </summary>
public static partial class BuiltInDetectors
{
    /// <summary>The prefixed-token and spoken-password detectors (part of <see cref="All"/>).</summary>
    private static IEnumerable<IEntityDetector> SecretDetectors() =>
    [
        new PatternDetector("API_KEY", VendorToken(), v => v.Any(char.IsDigit) && Checksums.Entropy(v) >= 3.0, mayMatch: t => t.AsSpan().ContainsAny(TokenPrefixes)),
        new PatternDetector("API_KEY", TwilioKey(), v => v.Any(char.IsDigit) && Checksums.Entropy(v) >= 3.0),
        new PatternDetector("SECRET", SigningSecret(), v => Checksums.Entropy(v) >= 3.0, mayMatch: t => t.AsSpan().ContainsAny(SigningPrefixes)),
        new PatternDetector("PASSWORD", SpokenPassword(), v => (PasswordLike(v) || SpacedPassphrase(v) || Pin(v)) && !NotAPassword(v), mayMatch: t => t.AsSpan().ContainsAny(PasswordWords)
            || (t.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') && (t.AsSpan().ContainsAnyInRange('\u0400', '\uFFFF') || t.AsSpan().ContainsAny(PasswordWordsOtherLetters)))),
        new PatternDetector("PASSWORD", GluedPassword(), v => PasswordLike(v) && !NotAPassword(v), mayMatch: t => t.AsSpan().ContainsAny(GluedPasswordWords)),
        new PatternDetector("PASSWORD", ChangedPassword(), v => PasswordLike(v) || Passphrase(v), mayMatch: t => t.AsSpan().ContainsAny(ChangeWords)),
    ];

    /// <summary>The password words with letters outside ASCII, searched only in texts that have such letters (one
    /// case-insensitive search mixing them with the ASCII words was several times slower for every text).</summary>
    private static readonly SearchValues<string> PasswordWordsOtherLetters = SearchValues.Create(["hasło", "Hasło", "hasła", "Hasła", "khẩu", "Khẩu", "mật", "Mật"], StringComparison.Ordinal);

    private static readonly SearchValues<string> GluedPasswordWords = SearchValues.Create(["passwor", "kennwort", "clave", "senha", "contrase", "wachtwoord"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ChangeWords = SearchValues.Create(["rotated", "changed", "reset", "updated", "set to", "is now"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A passphrase of three or more words joined by dashes (<c>zephyr-saffron-mango-tundra</c>), as password generators make them.</summary>
    private static bool Passphrase(string value) => value.Length is >= 12 and <= 128 && value.Count(c => c == '-') >= 2 && value.All(c => char.IsLetter(c) || c == '-');

    // A password said to have changed, and its new value ("guest wifi pass rotated -> Zephyr$9343Granite", "i rotated
    // the creds. new one for the backup user is Otter1982.", "the password was reset to x7!Kelp"): a change word, then
    // an arrow, "to", "is now", or "new one ... is".
    [GeneratedRegex(@"(?i:(?:\b(?:pass(?:word|phrase|code)?|pwd?|creds?|credentials?)\s+(?:(?:was|has\s+been|got|is)\s+)?(?:rotated|changed|reset|updated|set)|\b(?:rotated|changed|reset|updated)\s+(?:the|my|our|your)\s+(?:pass(?:word)?|pwd?|creds?|credentials?)[.,;]?)(?:[^\n]{0,50}?\b(?:new\s+one|new\s+password|it)\b[^\n]{0,30}?\s(?:is|:)|\s*(?:->|→|=>|:|to|is\s+now))\s*)[`""'«„]?(?<value>[^\s`""'«»“”„]{3,127}[^\s`""'«»“”„.,;:!?)\]])", RegexOptions.None, TimeoutMs)]
    private static partial Regex ChangedPassword();

    // What each pattern cannot match without, for a vectorised search that skips the regex for texts with none (most
    // texts). Short needles slow the search several times over, so Twilio's two-letter prefix has a regex of its own
    // (a literal prefix the regex engine finds fast), and words outside Latin script are found by their range.
    private static readonly SearchValues<string> TokenPrefixes = SearchValues.Create(
        ["glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "glft-", "glimt-", "gloas-", "AIza", "GOCSPX-", "SG.", "hf_", "npm_", "pypi-", "shpat_", "shpss_", "shpca_", "shppa_",
         "_v1_", "hvs.", "hvb.", "ATATT3", "dapi", "lin_api_", "ntn_", "PMAK-", "dp.pt.", "key-", "xapp-", ":AA", "AGE-SECRET-KEY-1"], StringComparison.Ordinal);

    private static readonly SearchValues<string> SigningPrefixes = SearchValues.Create(["whsec_", "AccountKey="], StringComparison.Ordinal);

    private static readonly SearchValues<string> PasswordWords = SearchValues.Create(
        ["pass", "pwd", "pw ", "pw:", "pw=", "psk", "kennwort", "mdp", "contrase", "clave", "senha", "parola", "wachtwoord", "haslo", "hasla", "senord", "passord", "adgangskode", "salasana", "heslo", "hesla", "jelsz", "parol", "ifre", "sandi", "khau", "wifi", "wi-fi", "wlan"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A password said in words is a value with a digit or a sign in it (a plain word after "password is" is more often "required" than a password).
    /// A value already masked (<c>********</c>, <c>••••</c>) is not one either: there is nothing left in it to hide.</summary>
    private static bool PasswordLike(string value) =>
        value.Length is >= 4 and <= 128 && value.Any(c => char.IsDigit(c) || (!char.IsLetter(c) && !char.IsWhiteSpace(c))) && !value.All(c => char.IsDigit(c) || c is '.' or ',')
        && !Masked(value);

    /// <summary>
    /// Whether what follows the words for a password is something else: a placeholder (<c>&lt;password&gt;</c>,
    /// <c>${DB_PASSWORD}</c>, <c>$(cat …)</c>, <c>:hash</c>, <c>myPassword</c>), a setting's name (<c>API_TOKEN</c>), a call
    /// or a lookup (<c>os.getenv(</c>, <c>secrets[</c>), an e-mail address (the login beside it) or a sentence of a script without spaces
    /// ("パスワードは10文字以上で…", a rule about passwords).
    /// </summary>
    internal static bool NotAPassword(string value) =>
        Placeholder(value) || value.Equals("changeme", StringComparison.OrdinalIgnoreCase) || value.Equals("password", StringComparison.OrdinalIgnoreCase)
        || value[0] is ':' or '@' or '?' or '$' || Identifier(value) || value[^1] is '(' or '['
        || (!value.Any(char.IsDigit) && value.Contains("pass", StringComparison.OrdinalIgnoreCase))
        || (value.IndexOf('@') is > 0 and var at && value.IndexOf('.', at) > at + 1)
        || value.Any(c => c >= '\u3000' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF' || c is '。' or '、' or '，')
        || (value[^1] == ':' && value.Length > 1 && value[..^1].All(c => char.IsLetterOrDigit(c) || c is '_' or '-')) // the next line's key ("pg_password:\n  file: …")
        || EverydayCompound(value);

    /// <summary>Two everyday words joined by a hyphen, in lower case ("two-factor", "self-service", "read-only"): prose, not a password.</summary>
    private static bool EverydayCompound(string value)
    {
        var dash = value.IndexOf('-');
        return dash > 0 && dash == value.LastIndexOf('-') && value.All(c => char.IsAsciiLetterLower(c) || c == '-')
            && Tagging.CommonWords.Contains(value[..dash]) && Tagging.CommonWords.Contains(value[(dash + 1)..]);
    }

    /// <summary>A passphrase of three to twelve words with spaces, as it is quoted after the words for it.</summary>
    private static bool SpacedPassphrase(string value) => value.Count(c => c == ' ') >= 2 && value.All(c => char.IsLetter(c) || c == ' ');

    /// <summary>A PIN given as a password ("a senha do cartão é 2169"): four to eight digits that are not a year.</summary>
    private static bool Pin(string value) => value.Length is >= 4 and <= 8 && value.All(char.IsAsciiDigit) && !LooksLikeYear(value);

    /// <summary>Whether a value is only mask characters (<c>****</c>, <c>•••</c>, <c>xxxx</c>), as logs and forms print a hidden password.</summary>
    internal static bool Masked(string value) => value.All(c => c is '*' or '•' or '●' or '·' or '∙' or 'x' or 'X' or '.' or '#');

    // Each alternative is a prefix a service puts on its tokens and the length that follows it:
    // GitLab (glpat-, and its deploy, runner, CI-build, feed, incoming-mail and OAuth tokens), Google API keys (AIza) and
    // OAuth client secrets (GOCSPX-), SendGrid (SG.x.y), Hugging Face (hf_), npm (npm_),
    // PyPI (pypi-AgEIcHlwaS5vcmc…), Shopify (shpat_/shpss_/shpca_/shppa_), DigitalOcean (dop_v1_/doo_v1_/dor_v1_),
    // HashiCorp Vault (hvs./hvb.), Atlassian (ATATT3), Databricks (dapi), Linear (lin_api_), Notion (ntn_), Postman
    // (PMAK-), Doppler (dp.pt.), Mailgun (key- + 32), Slack app tokens (xapp-), Telegram bot tokens (id:AA…), age keys.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:gl(?:pat|dt|rt|ptt|cbt|ft|imt|oas)-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|GOCSPX-[A-Za-z0-9_-]{28}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|do[opr]_v1_[a-f0-9]{64}|hv[sb]\.[A-Za-z0-9_-]{24,}|ATATT3[A-Za-z0-9_=-]{100,}|dapi[a-f0-9]{32}(?:-\d)?|lin_api_[A-Za-z0-9]{40}|ntn_[A-Za-z0-9]{40,}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|dp\.pt\.[A-Za-z0-9]{40,}|key-[0-9a-zA-Z]{32}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]{32,}|\d{8,10}:AA[A-Za-z0-9_-]{33}|AGE-SECRET-KEY-1[0-9A-Z]{58})(?![A-Za-z0-9_-])", RegexOptions.None, TimeoutMs)]
    private static partial Regex VendorToken();

    // Twilio API key SIDs: SK and 32 lower-case hex digits.
    [GeneratedRegex(@"\bSK[0-9a-f]{32}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex TwilioKey();

    // Webhook signing secrets (Stripe and Svix whsec_, Shopify's shpss_ is above) and Azure storage account keys.
    [GeneratedRegex(@"\bwhsec_[A-Za-z0-9+/=]{24,}|AccountKey=(?<value>[A-Za-z0-9+/]{86}==)", RegexOptions.None, TimeoutMs)]
    private static partial Regex SigningSecret();

    // "password is X", "my pwd: X", in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, the Nordic
    // languages, Finnish, Czech, Hungarian, Romanian, Turkish, Russian and Ukrainian, Greek, Arabic, Hebrew, Hindi, Thai,
    // Indonesian, Vietnamese, Chinese, Japanese and Korean ("the password for the zip is …", "la password del wifi è …",
    // "hasło do konta w banku na …", "пароль від wi-fi — …", "كلمة السر للواي فاي هي …", "와이파이 비번은 …",
    // "Kennwort M3@d0w137", "PGPASSWORD=…", "smtp_clave = …", "WITH LOGIN PASSWORD '…'"): the words for a password (also
    // at the end of a setting's name), up to three words of what it is for, a verb or a sign, and the value, which runs
    // to the next space or quote; with no verb or sign the value must hold a digit and a letter. A passphrase of words
    // counts in quotes ("la frase de contraseña es «sandía pingüino volcán tormenta»").
    private const string PasswordCue =
        @"\b(?i:password|passphrase|passcode|passwd|pwd|pw|(?<=(?i:\b(?:my|the|your|our|his|her|el|le|la|o|il|del|du|wi-?fi|router|laptop|admin|new)\s))pass|pass ?word|passwort|kennwort|mot[ _]de[ _]passe|mdp|contrase[ñn]a|frase\s+de\s+contrase[ñn]a|clave|senha|palavra-passe|parola\s+d'ordine|wachtwoord|has(?:[łl]o|[łl]a)|l[öo]senord(?:et)?|passord(?:et)?|adgangskode(?:n)?|salasana(?:n)?|hes(?:lo|la)|jelsz[óo]|parol[aă]|[şs]ifre(?:m|si|miz|niz|n)?|kata\s+sandi|sandi|m[ậa]t\s+kh[ẩa]u|psk|wi-?fi\s+(?:key|code)|code\s+(?:du\s+|de\s+la\s+|of\s+the\s+)?wi-?fi|cl[ée]\s+wi-?fi|wlan-?(?:schl[üu]ssel|passwort))"
        + @"|(?i:парол[ьяюе]|κωδικός)|كلمة\s+(?:السر|المرور)|رمز\s+عبور|ה?סיסמ[הא]|पासवर्ड|รหัสผ่าน|密码|密碼|口令|パスワード|비밀번호|비번|암호";

    private const string PasswordFor =
        @"(?:[ \t]+(?i:for|of|on|to|from|de|du|des|del|della|dello|dei|für|fuer|per|para|do|da|dla|na|voor|van|til|till|för|od|от|від|до|для|к|ל)[ \t]+(?:(?:the|my|our|your|this|that|le|la|les|l'|mon|ma|der|die|das|den|dem|il|lo|el|o|a|личного|моего|нашего)[ \t]*)?[\w'-]{1,24}(?:[ \t]+[\w-]{1,24}){0,2}?)?(?:[ \t]+[\w'-]{1,16}){0,3}?";

    private const string PasswordIs =
        @"(?:\s+(?i:is|was|ist|war|lautet|est|était|etait|es|era|é|è|foi|is\s+now|je|jest|wynosi|on|är|er|là|la|hi|na|to|=|:|：|—|–|-)|\s*[:=：—–]|\s*(?:は|는|은|是|为|為|هي|هو|היא|הוא|है)\s*|\s+(?=[`""'«„])|\s+(?=[^\s`""'«»“”„]*\d)(?=[^\s`""'«»“”„]*\p{L}))";

    /// <summary>A word for a password, in any of the languages <see cref="SpokenPassword"/> knows (<see cref="CuedPasswordDetector"/>).</summary>
    [GeneratedRegex(PasswordCue, RegexOptions.None, TimeoutMs)]
    internal static partial Regex PasswordCueWord();

    // The same at the end of a setting's or a compound word's name: "PGPASSWORD=…", "smtp_clave = …", "Masterpasswort …",
    // "Initialkennwort: …" (a pattern of its own: a cue that may start inside a word cannot use the fast search for its start).
    [GeneratedRegex(@"(?<=[A-Za-z0-9])_?(?i:passwor[dt]|kennwort|clave|senha|contrase[ñn]a|wachtwoord)" + PasswordIs
        + @"\s*[`""'«„]?(?<value>[^\s`""'«»“”„]{3,127}[^\s`""'«»“”„.,;:!?)\]])", RegexOptions.None, TimeoutMs)]
    private static partial Regex GluedPassword();

    [GeneratedRegex(@"(?:" + PasswordCue + @")" + PasswordFor + PasswordIs
        + @"\s*(?:[«„“""](?<value>\p{L}{3,15}(?:\s\p{L}{3,15}){2,11})[»“”""]|[`""'«„]?(?<value>[^\s`""'«»“”„]{3,127}[^\s`""'«»“”„.,;:!?)\]]))", RegexOptions.None, TimeoutMs)]
    private static partial Regex SpokenPassword();
}
