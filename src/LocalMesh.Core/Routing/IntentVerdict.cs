namespace LocalMesh.Routing;

/// <summary>
/// What the local intent model decided about a request: the intent and its domain (passed on as routing context),
/// the confidence, and whether the request stays local or escalates and why (e.g. <c>oos score=0.12</c>).
/// </summary>
/// <param name="Intent">The best in-scope intent; null when the model could not classify (e.g. still loading).</param>
/// <param name="IntentDomain">Its domain (e.g. <c>banking</c>); not the data domain of the policy.</param>
/// <param name="Score">The intent's calibrated confidence.</param>
/// <param name="Local">True when a local skill answered.</param>
/// <param name="Reason">Why it escalated (<c>oos score=0.12</c>, <c>no skill for intent=transfer</c>); null when it stayed.</param>
public sealed record IntentVerdict(string? Intent, string? IntentDomain, double Score, bool Local, string? Reason)
{
    /// <summary>The verdict in the route's words: the reason to escalate, or <c>intent=timer score=1.00</c>.</summary>
    public string Describe() => Reason ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"intent={Intent} score={Score:0.00}");
}
