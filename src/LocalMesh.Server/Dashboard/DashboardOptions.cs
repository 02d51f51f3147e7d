using LocalMesh.Configuration;
using LocalMesh.Ledger;

namespace LocalMesh.Server.Dashboard;

/// <summary>The dashboard's settings (<c>LocalMesh:Dashboard</c>).</summary>
public sealed record DashboardOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Dashboard";

    /// <summary>Whether the node serves the dashboard page at <c>/</c> (its JSON endpoints are always there).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Input price per million tokens of the all-cloud baseline the savings are measured against; when neither price is
    /// set, the dearest configured cloud backend's prices.
    /// </summary>
    public decimal? BaselineInputCostPerMillion { get; init; }

    /// <summary>Output price per million tokens of the all-cloud baseline (see <see cref="BaselineInputCostPerMillion"/>).</summary>
    public decimal? BaselineOutputCostPerMillion { get; init; }

    /// <summary>The errors in these settings, each naming its key.</summary>
    public IEnumerable<string> Validate()
    {
        if (BaselineInputCostPerMillion < 0)
        {
            yield return $"{SectionName}:BaselineInputCostPerMillion must be zero or more (it is {BaselineInputCostPerMillion}).";
        }

        if (BaselineOutputCostPerMillion < 0)
        {
            yield return $"{SectionName}:BaselineOutputCostPerMillion must be zero or more (it is {BaselineOutputCostPerMillion}).";
        }
    }

    /// <summary>The baseline prices: configured here, else the dearest cloud backend's, else none (zero).</summary>
    public BaselinePrices Baseline(LocalMeshOptions node)
    {
        if (BaselineInputCostPerMillion is not null || BaselineOutputCostPerMillion is not null)
        {
            return new(BaselineInputCostPerMillion ?? 0, BaselineOutputCostPerMillion ?? 0, "configured (" + SectionName + ")");
        }

        var dearest = node.Backends
            .Where(b => b.Value.Tier == Tier.Cloud && b.Value.InputCostPerMillion + b.Value.OutputCostPerMillion > 0)
            .OrderByDescending(b => b.Value.InputCostPerMillion + b.Value.OutputCostPerMillion)
            .Select(b => new BaselinePrices(b.Value.InputCostPerMillion, b.Value.OutputCostPerMillion, $"cloud backend '{b.Key}'"))
            .FirstOrDefault();
        return dearest ?? new(0, 0, "none: no cloud prices configured");
    }
}
