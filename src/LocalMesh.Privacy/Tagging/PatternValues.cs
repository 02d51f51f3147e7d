using System.Globalization;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// Generated values of the pattern entity types (e-mails, phones in several national formats, valid card numbers and
/// IBANs, keys in each provider's format, declared secrets in varied spellings). The tagger's training sentences and the
/// evaluation's sentences (bench/LocalMesh.Evaluation) fill their pattern slots with them. Deterministic for a <see cref="Random"/>.
/// </summary>
public static class PatternValues
{
    private static readonly string[] First = ["maria", "john", "aiko", "lars", "fatima", "carlos", "wei", "olga", "samuel", "priya", "noah", "emma"];
    private static readonly string[] Last = ["gonzalez", "smith", "tanaka", "berg", "haddad", "silva", "zhang", "ivanova", "okafor", "sharma", "miller", "dubois"];
    private static readonly string[] Domains = ["example.com", "contoso.org", "mail.fabrikam.net", "northwind.co.uk", "tailspin.io"];

    /// <summary>The terms declared secret in generated sentences (planted in varied spellings).</summary>
    public static IReadOnlyList<string> DeclaredTerms { get; } = ["Project Bluebird", "Globex", "build-07.corp.internal", "Acme Rockets"];

    /// <summary>A generated value of a pattern entity type (e.g. <c>EMAIL</c>, <c>IBAN</c>), or null for other types.</summary>
    public static string? Generate(string type, Random r) => type switch
    {
        "EMAIL" when r.Next(6) == 0 => $"{Pick(First, r)}.{Pick(Last, r)}@{Pick(Domains, r)}".ToUpperInvariant(),
        "EMAIL" => $"{Pick(First, r)}{(r.Next(2) == 0 ? "." : "_")}{Pick(Last, r)}{(r.Next(3) == 0 ? r.Next(10, 99).ToString(CultureInfo.InvariantCulture) : "")}@{Pick(Domains, r)}",
        "PHONE" => r.Next(6) switch
        {
            4 => $"{r.Next(201, 989)}.{r.Next(200, 999)}.{r.Next(1000, 9999)}",
            5 => $"+33 {r.Next(1, 9)} {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)}",
            0 => $"+1 ({r.Next(201, 989)}) {r.Next(200, 999)}-{r.Next(1000, 9999)}",
            1 => $"+44 20 {r.Next(1000, 9999)} {r.Next(1000, 9999)}",
            2 => $"+49 30 {r.Next(100000, 9999999)}",
            _ => $"({r.Next(201, 989)}) {r.Next(200, 999)}-{r.Next(1000, 9999)}",
        },
        "CREDIT_CARD" => Card(r),
        "IBAN" => Iban(r),
        "IP_ADDRESS" => r.Next(3) == 0 ? $"2001:db8:{r.Next(0x1000, 0xffff):x}::{r.Next(1, 0xffff):x}" : $"{r.Next(1, 223)}.{r.Next(0, 255)}.{r.Next(0, 255)}.{r.Next(1, 254)}",
        "US_SSN" => $"{r.Next(100, 665)}-{r.Next(10, 99)}-{r.Next(1000, 9999)}",
        "AWS_KEY" => "AKIA" + Chars(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "GITHUB_TOKEN" => "ghp_" + Chars(r, 36, Alnum),
        "SLACK_TOKEN" => $"xoxb-{r.Next(1000, 9999)}-{r.Next(100000000, 999999999)}-{Chars(r, 24, Alnum)}",
        "STRIPE_KEY" => "sk_live_" + Chars(r, 24, Alnum),
        "API_KEY" => "sk-proj-" + Chars(r, 40, Alnum),
        "DECLARED_SECRET" => DeclaredVariant(DeclaredTerms[r.Next(DeclaredTerms.Count)], r),
        "JWT" => $"eyJ{Chars(r, 20, Alnum)}.eyJ{Chars(r, 30, Alnum)}.{Chars(r, 43, Alnum + "-_")}",
        _ => null,
    };

    /// <summary>A declared term the way people write it: as declared, lower or upper case, hyphenated, underscored, or plural/possessive.</summary>
    private static string DeclaredVariant(string term, Random r) => r.Next(6) switch
    {
        0 => term.ToLowerInvariant(),
        1 => term.ToUpperInvariant(),
        2 => term.Replace(' ', '-'),
        3 => term.Replace(' ', '_').ToLowerInvariant(),
        4 => term + "'s",
        _ => term,
    };

    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static string Pick(string[] items, Random r) => items[r.Next(items.Length)];

    private static string Chars(Random r, int n, string alphabet) => new([.. Enumerable.Range(0, n).Select(_ => alphabet[r.Next(alphabet.Length)])]);

    /// <summary>A random card number with a valid Luhn digit, grouped as people write it.</summary>
    private static string Card(Random r)
    {
        var prefix = Pick(["4", "51", "55", "37", "6011"], r);
        var length = prefix == "37" ? 15 : 16;
        var digits = prefix + Chars(r, length - prefix.Length - 1, "0123456789");
        for (var check = 0; check <= 9; check++)
        {
            if (Detection.Checksums.Luhn(digits + check))
            {
                digits += check;
                break;
            }
        }

        return r.Next(4) switch
        {
            0 => digits,
            3 when length == 15 => $"{digits[..4]} {digits[4..10]} {digits[10..]}", // American Express grouping
            1 when length == 16 => string.Join(' ', digits.Chunk(4).Select(c => new string(c))),
            _ when length == 16 => string.Join('-', digits.Chunk(4).Select(c => new string(c))),
            _ => digits,
        };
    }

    /// <summary>A random IBAN of a few countries with valid mod-97 check digits.</summary>
    private static string Iban(Random r)
    {
        var (country, bban) = r.Next(3) switch
        {
            0 => ("DE", Chars(r, 18, "0123456789")),
            1 => ("GB", Chars(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + Chars(r, 14, "0123456789")),
            _ => ("FR", Chars(r, 23, "0123456789")),
        };
        for (var check = 2; check <= 98; check++)
        {
            var candidate = country + check.ToString("00", CultureInfo.InvariantCulture) + bban;
            if (Detection.Checksums.Iban(candidate))
            {
                return r.Next(5) switch
                {
                    0 => candidate.ToLowerInvariant(),
                    1 or 2 => candidate,
                    _ => string.Join(' ', candidate.Chunk(4).Select(c => new string(c))),
                };
            }
        }

        throw new InvalidOperationException("no IBAN check digits found");
    }
}
