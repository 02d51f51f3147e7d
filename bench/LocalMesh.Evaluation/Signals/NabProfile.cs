namespace LocalMesh.Evaluation.Signals;

/// <summary>
/// One NAB application profile: the weights of a true positive, a false positive and a missed window
/// (NAB v1.1 <c>config/profiles.json</c>; the true-negative weight is unused by the scorer).
/// </summary>
public sealed record NabProfile(string Name, double TpWeight, double FpWeight, double FnWeight)
{
    /// <summary>NAB's "standard" profile.</summary>
    public static NabProfile Standard { get; } = new("standard", 1.0, 0.11, 1.0);

    /// <summary>NAB's "reward_low_FP_rate" profile: false positives cost twice as much.</summary>
    public static NabProfile RewardLowFalsePositives { get; } = new("reward_low_FP_rate", 1.0, 0.22, 1.0);

    /// <summary>NAB's "reward_low_FN_rate" profile: a missed window costs twice as much.</summary>
    public static NabProfile RewardLowFalseNegatives { get; } = new("reward_low_FN_rate", 1.0, 0.11, 2.0);

    /// <summary>The three published profiles, in the order NAB prints them.</summary>
    public static IReadOnlyList<NabProfile> All { get; } = [Standard, RewardLowFalsePositives, RewardLowFalseNegatives];
}
