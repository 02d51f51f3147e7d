using System.Globalization;
using System.Text;
using LocalMesh.Privacy.Tagging;

namespace LocalMesh.Evaluation.Privacy;

/// <summary>
/// Generates labelled sentences the way presidio-research does: templates with slots filled by generated values
/// (valid card numbers and IBANs, e-mails, phones in several national formats, addresses, keys in each provider's
/// format), plus hard negatives (numbers that fail their checksum, versions, prices). Deterministic for a seed.
/// The templates are written for evaluation only; no detector was tuned on them.
/// </summary>
public static class SyntheticEntities
{
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
    public static IReadOnlyList<string> DeclaredTerms => PatternValues.DeclaredTerms;

    /// <summary>
    /// Templates with people, addresses, organisations and locations, written for evaluation only: the tagger trains on
    /// <see cref="TaggerTrainingData.Templates"/>, never on these, and its values come from other locales.
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
        return new SentenceTemplates(EvaluationLocales, seed, PatternValues.Generate).Generate(templates, count);
    }
}
