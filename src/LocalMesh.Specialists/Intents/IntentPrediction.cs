namespace LocalMesh.Specialists.Intents;

/// <summary>What the intent model made of an utterance.</summary>
/// <param name="Intent">The most likely in-scope intent.</param>
/// <param name="Domain">That intent's domain (e.g. <c>banking</c>, or <c>custom</c> for a user's intent).</param>
/// <param name="Confidence">The probability of <paramref name="Intent"/> (averaged over the ensemble; calibrated on CLINC150, see docs/intents.md).</param>
/// <param name="OutOfScope">The probability of the out-of-scope class.</param>
/// <param name="InScope">True when <paramref name="Intent"/> beats the out-of-scope class and its confidence reaches the threshold: the request may stay local.</param>
/// <param name="Alternatives">The next best in-scope intents with their probabilities.</param>
public sealed record IntentPrediction(string Intent, string Domain, float Confidence, float OutOfScope, bool InScope, IReadOnlyList<IntentScore> Alternatives)
{
    /// <summary>Why the request escalates, in the route's words (<c>oos score=0.12</c>), or null when it may stay local.</summary>
    public string? EscalationReason => InScope ? null : $"oos score={Confidence:0.00}";
}

/// <summary>An intent with its probability.</summary>
public readonly record struct IntentScore(string Intent, float Confidence);
