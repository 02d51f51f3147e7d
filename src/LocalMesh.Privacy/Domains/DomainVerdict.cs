using System.Globalization;

namespace LocalMesh.Privacy.Domains;

/// <summary>What the domain classifier decided about a text.</summary>
/// <param name="Domain">The most likely domain.</param>
/// <param name="Confidence">Its probability (0–1).</param>
/// <param name="Scores">The probability of every domain the classifier knows.</param>
public sealed record DomainVerdict(string Domain, double Confidence, IReadOnlyDictionary<string, double> Scores)
{
    /// <summary>A one-line description, e.g. <c>medical 0.91</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Domain} {Confidence:0.00}");
}
