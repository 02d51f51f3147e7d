using System.Globalization;
using System.Text;

namespace LocalMesh.Privacy.Evaluation;

/// <summary>A generated sentence and the entities planted in it (exact spans).</summary>
public sealed record LabelledText(string Text, IReadOnlyList<(string Type, int Start, int Length)> Entities);

/// <summary>
/// Generates labelled sentences the way presidio-research does: templates with slots filled by generated values
/// (valid card numbers and IBANs, e-mails, phones in several national formats, addresses, keys in each provider's
/// format), plus hard negatives (numbers that fail their checksum, versions, prices). Deterministic for a seed.
/// The templates are written for evaluation only; no detector was tuned on them.
/// </summary>
public static class SyntheticEntities
{
    private static readonly string[] First = ["maria", "john", "aiko", "lars", "fatima", "carlos", "wei", "olga", "samuel", "priya", "noah", "emma"];
    private static readonly string[] Last = ["gonzalez", "smith", "tanaka", "berg", "haddad", "silva", "zhang", "ivanova", "okafor", "sharma", "miller", "dubois"];
    private static readonly string[] Domains = ["example.com", "contoso.org", "mail.fabrikam.net", "northwind.co.uk", "tailspin.io"];

    private static readonly string[] Templates =
    [
        "Can you forward the invoice to {EMAIL} before Friday?",
        "My new number is {PHONE}, call after six.",
        "Charge it to {CREDIT_CARD} and send the receipt.",
        "Wire the deposit to {IBAN}, reference 2024-117.",
        "The server at {IP_ADDRESS} keeps timing out.",
        "His social security number is {US_SSN} according to the form.",
        "Use {AWS_KEY} for the staging bucket only.",
        "I pasted my token {GITHUB_TOKEN} by mistake, is that bad?",
        "The webhook uses {SLACK_TOKEN} to post.",
        "Our live key {STRIPE_KEY} shows up in the logs.",
        "Set OPENAI_API_KEY to {API_KEY} in the env file.",
        "Session cookie: {JWT}",
        "Reach {EMAIL} or {PHONE} for the keys.",
        "Refund {CREDIT_CARD}; contact {EMAIL} if it bounces.",
        "Transfer from {IBAN} to the usual account and ping {PHONE}.",
        "Whitelist {IP_ADDRESS} and {IP_ADDRESS} in the firewall.",
        "The order total was 1299.99 and the version is 4.2.1, nothing else to add.",
        "Ticket 4111 1111 1111 1112 was closed yesterday.", // fails Luhn: not a card
        "Please meet me at 10:30 in room 214.",
        "Status update on {DECLARED_SECRET} for the board.",
        "Has anyone deployed {DECLARED_SECRET} today?",
        "Summarise the {DECLARED_SECRET} thread and the open risks.",
    ];

    /// <summary>The terms declared secret for the evaluation (planted in varied spellings).</summary>
    public static IReadOnlyList<string> DeclaredTerms { get; } = ["Project Bluebird", "Globex", "build-07.corp.internal", "Acme Rockets"];

    /// <summary>
    /// Templates with people, addresses, organisations and locations, written for evaluation only: the tagger trains on
    /// <see cref="Tagging.TaggerTrainingData.Templates"/>, never on these, and its values come from other locales.
    /// </summary>
    private static readonly string[] NamedTemplates =
    [
        "Could you let {PERSON} know that the shipment is delayed?",
        "Patient {PERSON} reports chest pain since {weekday}.",
        "Forward the contract to {FIRST_NAME} before the {month} deadline.",
        "{PERSON} lives at {ADDRESS} with two kids.",
        "Please change the shipping address to {ADDRESS}.",
        "Where exactly is {STREET}?",
        "I had lunch with {PERSON} from {ORGANIZATION} today.",
        "{ORGANIZATION} wants to renew the license for another year.",
        "Write a polite complaint to {ORGANIZATION} about the broken {product}.",
        "The merger of {ORGANIZATION} and {ORGANIZATION} closes in {month}.",
        "My cousin just moved to {CITY}.",
        "Which trains go from {CITY} to {CITY} on {weekday}?",
        "The supplier is based in {COUNTRY} and ships via {CITY}.",
        "We are opening a branch in {STATE} next year.",
        "Hello {FIRST_NAME}, your parcel left our depot.",
        "Employee {PERSON} requested parental leave.",
        "Interview notes: {PERSON} ({job}), currently at {ORGANIZATION}.",
        "Mrs. {LAST_NAME} asked about her lab results.",
        "Owner: {PERSON}; Address: {ADDRESS}; Phone: {PHONE}",
        "Best wishes,\n{PERSON}",
        "Can {PERSON} sign off on the {department} budget?",
        "The {product} launch in {CITY} went well.",
        "Remind {FIRST_NAME} about the dentist on {weekday}.",
        "Hand the keys to {PERSON} at {STREET}.",
        "The {color} {product} from {ORGANIZATION} is back in stock.",
        "Our new {job} starts on {weekday}.",
        "Lunch order for the {department} team: two pizzas, one salad.",
    ];

    /// <summary>The Bogus locales of evaluation values (none of them used in training).</summary>
    private static readonly string[] EvaluationLocales = ["en_AU", "en_CA", "en_IE", "it", "nl", "fr_CA"];

    /// <summary>Generates <paramref name="count"/> labelled sentences.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">Makes the output repeatable.</param>
    /// <param name="named">Whether people, addresses, organisations and locations are planted too (else pattern types only).</param>
    public static List<LabelledText> Generate(int count, int seed = 2026, bool named = true)
    {
        var templates = named ? [.. Templates, .. NamedTemplates] : Templates;
        return new Tagging.SentenceTemplates(EvaluationLocales, seed, PatternValue).Generate(templates, count);
    }

    /// <summary>A generated value of a pattern entity type (e.g. <c>EMAIL</c>, <c>IBAN</c>), or null for other types.</summary>
    public static string? PatternValue(string type, Random r) => type switch
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
