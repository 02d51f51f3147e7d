using System.Globalization;
using LocalMesh.Policy;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Tagging;
using Microsoft.Extensions.AI;

namespace LocalMesh.Privacy.Domains;

/// <summary>
/// The privacy guard's say in routing, from one scan of the conversation: a request holding an entity whose action
/// is <c>block</c> is refused (403 naming the rule); one holding a <c>keep-local</c> entity is routed as
/// <see cref="PrivacyOptions.KeepLocalDomain"/>; and the <see cref="DomainClassifier"/> names the data domain the
/// text belongs to when it is at least <see cref="PrivacyOptions.DomainThreshold"/> sure, applying that domain's
/// action (<see cref="PrivacyOptions.Domains"/>: block or keep-local). Of these, the domain that may reach the fewest
/// tiers is returned. Thread-safe.
/// </summary>
public sealed class ContentClassifier : IDomainClassifier
{
    private readonly PrivacyOptions _options;
    private readonly PrivacyScanner _scanner;
    private readonly DomainClassifier _domains;
    private readonly IReadOnlyDictionary<string, int> _tierCounts;

    /// <summary>Creates the classifier.</summary>
    /// <param name="options">The privacy settings.</param>
    /// <param name="scanner">The node's scanner.</param>
    /// <param name="domains">The domain classifier.</param>
    /// <param name="tierCounts">How many tiers each policy domain may reach (to pick the strictest verdict).</param>
    public ContentClassifier(PrivacyOptions options, PrivacyScanner scanner, DomainClassifier domains, IReadOnlyDictionary<string, int> tierCounts)
    {
        _options = options;
        _domains = domains;
        _tierCounts = tierCounts;

        // The tagger is only needed when an entity it finds has an action here; the domain model's entity hints come
        // from pattern types, so without such actions the cheaper pattern scan is enough.
        var taggerActions = options.Entities.Keys.Any(t => SentenceTemplates.NamedTypes.Contains(t, StringComparer.OrdinalIgnoreCase) && ActsOnRouting(options.ActionFor(t)));
        _scanner = taggerActions ? scanner : new PrivacyScanner([.. scanner.Detectors.Where(d => d is not TaggerDetector)]);
    }

    /// <inheritdoc />
    public async ValueTask<string?> ClassifyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken) =>
        (await ExplainAsync(messages, cancellationToken).ConfigureAwait(false))?.Domain;

    /// <inheritdoc />
    public ValueTask<DomainClassification?> ExplainAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var texts = messages.SelectMany(Texts).ToList();
        var types = new HashSet<string>(StringComparer.Ordinal);
        DomainClassification? result = null;
        foreach (var entity in texts.SelectMany(_scanner.Scan))
        {
            types.Add(entity.Type);
            switch (_options.ActionFor(entity.Type))
            {
                case EntityAction.Block:
                    throw new PolicyViolationException(
                        $"The request contains {Article(entity.Type)} {entity.Type}, which the rule LocalMesh:Privacy:Entities:{entity.Type}=block refuses. Remove it and retry.",
                        "entity_blocked");
                case EntityAction.KeepLocal:
                    result ??= new DomainClassification(_options.KeepLocalDomain, null,
                        $"the request holds {Article(entity.Type)} {entity.Type}, which the rule LocalMesh:Privacy:Entities:{entity.Type}=keep-local keeps local");
                    break;
            }
        }

        if (_options.ClassifyDomains && texts.Count > 0)
        {
            var verdict = _domains.Classify(string.Join('\n', texts), types);
            if (verdict.Confidence >= _options.DomainThreshold)
            {
                var scored = string.Create(CultureInfo.InvariantCulture,
                    $"the content was classified as '{verdict.Domain}' (score {verdict.Confidence:0.00}, threshold {_options.DomainThreshold:0.00})");
                switch (_options.DomainActionFor(verdict.Domain))
                {
                    case EntityAction.Block:
                        throw new PolicyViolationException(BlockedMessage(verdict), "domain_blocked", verdict.Domain, "classifier");
                    case EntityAction.KeepLocal:
                        result = Stricter(result, new DomainClassification(_options.KeepLocalDomain, verdict.Confidence, scored + $", which the rule LocalMesh:Privacy:Domains:{verdict.Domain}=keep-local keeps local"));
                        break;
                }

                result = Stricter(result, new DomainClassification(verdict.Domain, verdict.Confidence, scored));
            }
        }

        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// The refusal of a blocked domain: the domain, that it came from the content (not a header or key), the
    /// classifier's score against its threshold, the rule, and how to override the rule or report a misclassification.
    /// </summary>
    private string BlockedMessage(DomainVerdict verdict) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"The request's content was classified as '{verdict.Domain}' by the data-domain classifier (score {verdict.Confidence:0.00}, " +
        $"threshold {_options.DomainThreshold:0.00}): the domain came from the content, not from a header or API key, and the rule " +
        $"LocalMesh:Privacy:Domains:{verdict.Domain}=block refuses it. A declared x-localmesh-domain header does not lift this (the classifier " +
        $"may only make routing stricter). To override, change the rule in the node's configuration (LocalMesh:Privacy:Domains:{verdict.Domain}=keep-local, " +
        $"or LocalMesh:Privacy:DomainThreshold above {verdict.Confidence:0.00}). If the text is not {verdict.Domain} data, report the misclassification " +
        $"by teaching the classifier: localmesh domains teach <domain> \"<text>\" (POST /v1/localmesh/domains/examples).");

    private DomainClassification Stricter(DomainClassification? current, DomainClassification candidate) =>
        current is null || _tierCounts.GetValueOrDefault(candidate.Domain, int.MaxValue) < _tierCounts.GetValueOrDefault(current.Domain, int.MaxValue) ? candidate : current;

    private static bool ActsOnRouting(EntityAction action) => action is EntityAction.Block or EntityAction.KeepLocal;

    private static IEnumerable<string> Texts(ChatMessage message) => message.Contents.Select(c => c switch
    {
        TextContent t => t.Text,
        FunctionCallContent call => System.Text.Json.JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions),
        FunctionResultContent result => result.Result?.ToString(),
        _ => null,
    }).OfType<string>().Where(t => t.Length > 0);

    private static string Article(string type) => "AEIOU".Contains(type[0], StringComparison.Ordinal) ? "an" : "a";
}
