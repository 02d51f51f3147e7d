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
        new PatternDetector("PASSWORD", SpokenPassword(), PasswordLike, mayMatch: t => t.AsSpan().ContainsAny(PasswordWords) || t.AsSpan().ContainsAnyInRange('\u0400', '\uFFFF')),
        new PatternDetector("PASSWORD", ChangedPassword(), v => PasswordLike(v) || Passphrase(v), mayMatch: t => t.AsSpan().ContainsAny(ChangeWords)),
    ];

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
        ["pass", "pwd", "kennwort", "mdp", "contrase", "clave", "senha", "parola", "wachtwoord", "hasło", "haslo", "senord", "adgangskode", "salasana", "heslo", "jelsz", "parol", "ifre"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A password said in words is a value with a digit or a sign in it (a plain word after "password is" is more often "required" than a password).
    /// A value already masked (<c>********</c>, <c>••••</c>) is not one either: there is nothing left in it to hide.</summary>
    private static bool PasswordLike(string value) =>
        value.Length is >= 4 and <= 128 && value.Any(c => char.IsDigit(c) || (!char.IsLetter(c) && !char.IsWhiteSpace(c))) && !value.All(c => char.IsDigit(c) || c is '.' or ',')
        && !Masked(value);

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

    // "password is X", "my pwd: X", "PIN 4821" (with the sign), in English, German, French, Spanish, Portuguese, Italian,
    // Dutch, Polish, Swedish/Norwegian/Danish, Finnish, Czech, Hungarian, Romanian, Turkish, Russian, Chinese, Japanese and
    // Korean ("the password for the zip is …", "le mot de passe admin était …", "Пароль от личного кабинета: …",
    // "パスワードは …" too); the value runs to the next space or quote.
    [GeneratedRegex(@"(?i:\b(?:password|passphrase|passcode|passwd|pwd|pass ?word|passwort|kennwort|mot de passe|mdp|contrase[ñn]a|clave|senha|palavra-passe|parola d'ordine|wachtwoord|has[łl]o|l[öo]senord|passord|adgangskode|salasana|heslo|jelsz[óo]|parol[aă]|[şs]ifre)|пароль|密码|密碼|パスワード|비밀번호)(?i:\s+(?:for|of|on|to|from|de|du|des|für|fuer|per|para|do|da|voor|van|от|для)\s+(?:(?:the|my|our|your|this|that|le|la|les|l'|mon|ma|der|die|das|den|il|lo|el|o|a|личного|моего|нашего)\s*)?[\w'-]{1,24}(?:\s+[\w-]{1,24})?)?(?:\s+[\w-]{1,12})?(?:\s+(?i:is|was|ist|war|est|était|etait|es|era|é|è|foi|is now|to|=|:|：)|\s*[:=：]|\s*(?:は|는|은|是|为|為)\s*)\s*[`""'«„]?(?<value>[^\s`""'«»“”„]{3,127}[^\s`""'«»“”„.,;:!?)\]])", RegexOptions.None, TimeoutMs)]
    private static partial Regex SpokenPassword();
}
