using LocalMesh.Configuration;
using Microsoft.Extensions.AI;

namespace LocalMesh.Routing;

/// <summary>
/// Per-request routing inputs and the live decision. Travels through the <see cref="IChatClient"/> pipeline in
/// <see cref="ChatOptions.AdditionalProperties"/> under <see cref="PropertyKey"/>; backends strip it before anything leaves.
/// Not thread-safe: one request, one flow.
/// </summary>
public sealed class RouteContext
{
    /// <summary>The key under which the context rides in <see cref="ChatOptions.AdditionalProperties"/>.</summary>
    public const string PropertyKey = "localmesh.route";

    /// <summary>An empty context; set at least <see cref="RequestId"/>, <see cref="Domain"/> and <see cref="AllowedTiers"/>.</summary>
    public RouteContext()
    {
    }

    /// <summary>The context of a request whose domain is resolved: who asked, its domain and where that came from, the tiers it may reach.</summary>
    /// <param name="requestId">The request's id.</param>
    /// <param name="domain">Its resolved data domain.</param>
    /// <param name="keyName">The caller's API key name, if any.</param>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public RouteContext(string requestId, Policy.DomainResolution domain, string? keyName)
    {
        RequestId = requestId;
        Domain = domain.Domain;
        DomainSource = domain.Source;
        AllowedTiers = domain.AllowedTiers;
        KeyName = keyName;
    }

    /// <summary>Correlates the request with its ledger rows and job.</summary>
    public required string RequestId { get; init; }

    /// <summary>The request's data domain (made stricter by <see cref="Ground"/> when knowledge-base passages join it).</summary>
    public required string Domain { get => _domain; init => _domain = value; }

    /// <summary>Where the domain came from: <c>header</c>, <c>key</c>, <c>classifier</c>, <c>default</c> or <c>knowledge</c>.</summary>
    public string DomainSource { get => _domainSource; init => _domainSource = value; }

    /// <summary>The tiers this request may reach (domain policy intersected with the key's limits, and with the domains of its passages).</summary>
    public required IReadOnlySet<Tier> AllowedTiers { get => _allowedTiers; init => _allowedTiers = value; }

    /// <summary>The model asked for; null for <c>auto</c>.</summary>
    public string? RequestedModel { get; init; }

    /// <summary>The model the router looks for: the one asked, or <c>auto</c> (null) for a knowledge-base request (the router picks the language model).</summary>
    public string? RoutedModel => Grounding is null ? RequestedModel : null;

    /// <summary>The knowledge-base passages this request is answered from, if any (see <see cref="Ground"/>).</summary>
    public Grounding? Grounding { get; private set; }

    /// <summary>
    /// Makes this a knowledge-base request: the answer comes from <paramref name="grounding"/>'s passages. The request
    /// may then reach only <paramref name="allowedTiers"/> (already narrowed by the caller to what every passage's
    /// domain allows), and its domain becomes <paramref name="domain"/> when that is stricter. The router skips the
    /// in-process specialists: only a language model, or the knowledge stage's own extractive answer, answers it.
    /// </summary>
    /// <param name="grounding">The passages.</param>
    /// <param name="domain">The request's domain from now on.</param>
    /// <param name="allowedTiers">The tiers it may reach from now on.</param>
    /// <param name="addedTokens">What the passages add to the prompt, so backends with a short context are passed over.</param>
    public void Ground(Grounding grounding, string domain, IReadOnlySet<Tier> allowedTiers, int addedTokens = 0)
    {
        Grounding = grounding;
        _tokens += addedTokens;
        if (!string.Equals(domain, _domain, StringComparison.OrdinalIgnoreCase))
        {
            (_domain, _domainSource) = (domain, "knowledge");
        }

        _allowedTiers = allowedTiers;
    }

    /// <summary>
    /// Narrows the tiers this request may reach to those also in <paramref name="tiers"/> (never widens them): a request
    /// another mesh node sent here may reach only what its entry node allowed it to reach from here.
    /// </summary>
    public void Narrow(IEnumerable<Tier> tiers) => _allowedTiers = _allowedTiers.Intersect(tiers).ToHashSet();

    /// <summary>
    /// Marks this as a request another mesh node sent here (its client called <paramref name="entryNode"/>) and narrows
    /// it to what that node allowed it to reach from here (<see cref="Narrow"/>).
    /// </summary>
    public void ArrivedFrom(string entryNode, IEnumerable<Tier> allowedHere)
    {
        EntryNode = entryNode;
        Narrow(allowedHere);
    }

    /// <summary>The mesh node whose client sent this request, when another node sent it here; null when a client called this node.</summary>
    public string? EntryNode { get; private set; }

    /// <summary>What the client's <c>Cache-Control</c> header asked of the semantic cache.</summary>
    public Caching.CacheDirective CacheDirective { get; init; }

    /// <summary>What the semantic cache did with this request (null when the node has no cache).</summary>
    public Caching.CacheOutcome? Cache { get; set; }

    /// <summary>The ledger's crossing of the backend attempt that answered (bytes sent, cost), once one has.</summary>
    public Ledger.CrossingRecord? Answered { get; internal set; }

    /// <summary>The time this request has spent waiting on backends across the network (the rest of its time in the node is the node's own).</summary>
    public Ledger.UpstreamWait Upstream { get; } = new();

    /// <summary>
    /// The client's request as it arrived, when it came over the OpenAI protocol: an OpenAI-compatible backend sends
    /// these bytes instead of re-serialising the parsed request, as long as no stage rewrote the messages.
    /// </summary>
    public Backends.Forwarding.RawChatRequest? Raw { get; init; }

    /// <summary>The API key's name, if any.</summary>
    public string? KeyName { get; init; }

    /// <summary>Whether the client asked for a stream.</summary>
    public bool Streaming { get; init; }

    /// <summary>Whether the request defines tools.</summary>
    public bool UsesTools { get; init; }

    /// <summary>Prompt size estimate in tokens.</summary>
    public int EstimatedInputTokens { get => _tokens; init => _tokens = value; }

    /// <summary>The local intent model's verdict, when the specialists looked at the request (see <see cref="RecordIntent"/>).</summary>
    public IntentVerdict? Intent { get; private set; }

    /// <summary>
    /// Records the intent model's verdict. When the specialists are answering, the decision's reason says so at once,
    /// before the first byte of the response (and so the streamed <c>x-localmesh-route</c> header) is written.
    /// </summary>
    public void RecordIntent(IntentVerdict verdict)
    {
        Intent = verdict;
        if (verdict.Local && Decision is { Degraded: false } decision && Current is { Backend.IsSpecialists: true } current)
        {
            Decision = decision with { Reason = RouteReason.For(this, current.Backend, degraded: false) };
        }
    }

    /// <summary>
    /// Why the in-process specialists are not asked for this request (a model was named, a knowledge-base request, a
    /// domain that may not stay local); null when they are asked or the node has none. The route's reason says it.
    /// </summary>
    public string? SpecialistsSkipped { get; internal set; }

    /// <summary>Whether a stage asked the specialists first on their own (<see cref="SpecialistsFirst"/>), and how that went.</summary>
    public SpecialistsTurn SpecialistsTurn { get; private set; }

    /// <summary>Plans only the in-process specialists for this request (see <see cref="SpecialistsFirst"/>).</summary>
    public void AskSpecialistsOnly()
    {
        SpecialistsTurn = SpecialistsTurn.Only;
        Plan = null;
    }

    /// <summary>The specialists declined: the next plan leaves them out first (their declined attempt stays, so the route says it escalated).</summary>
    public void PassSpecialists()
    {
        SpecialistsTurn = SpecialistsTurn.Declined;
        Plan = null;
        Decision = null;
        TerminalError = null;
    }

    /// <summary>The backend currently serving the request (updated on failover).</summary>
    public RouteDecision? Decision { get; set; }

    /// <summary>Every backend tried so far, in order.</summary>
    public List<RouteAttempt> Attempts { get; } = [];

    /// <summary>Backends left out of the plan and why (policy, capability, health, load).</summary>
    public List<string> Rejections { get; } = [];

    internal Queue<RouteCandidate>? Plan { get; set; }

    private string _domain = "unclassified";
    private int _tokens;
    private string _domainSource = "default";
    private IReadOnlySet<Tier> _allowedTiers = new HashSet<Tier>();

    internal RouteCandidate? Current { get; private set; }

    /// <summary>Sends the request to <paramref name="candidate"/> now: the decision and its reason, built from the plan and the attempts so far.</summary>
    internal RouteDecision Choose(RouteCandidate candidate)
    {
        Current = candidate;
        var backend = candidate.Backend;
        return Decision = new RouteDecision(backend.Tier, backend.Name, candidate.Model, Domain, RouteReason.For(this, backend, candidate.Degraded), candidate.Degraded);
    }

    /// <summary>An upstream's rejection of the request itself (a 4xx): trying another backend would not help.</summary>
    internal Exception? TerminalError { get; set; }

    /// <summary>Finds the context riding in <paramref name="options"/>.</summary>
    public static RouteContext? From(ChatOptions? options) =>
        options?.AdditionalProperties is { } props && props.TryGetValue(PropertyKey, out var value) ? value as RouteContext : null;

    /// <summary>Puts this context into <paramref name="options"/> and returns them.</summary>
    public ChatOptions AttachTo(ChatOptions options)
    {
        (options.AdditionalProperties ??= [])[PropertyKey] = this;
        return options;
    }
}
