namespace LocalMesh.Caching;

/// <summary>
/// The semantic cache of escalated answers (<c>LocalMesh:SemanticCache</c>): an answer an edge, remote or cloud backend
/// gave is given again to a later question with the same meaning, from the same API key, data domain, model and
/// settings. Off by default, as in LiteLLM and Portkey: a cache answers a question with an answer written for another
/// question, which a client should choose.
/// </summary>
public sealed record SemanticCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:SemanticCache";

    /// <summary>The threshold's default, chosen on bench/data/cache-calibration/cal.tsv (docs/semantic-cache.md).</summary>
    public const double DefaultThreshold = 0.80;

    /// <summary>Whether answers are cached; it needs the node's sentence encoder (<c>LocalMesh:Encoder:Enabled</c>).</summary>
    public bool Enabled { get; init; }

    /// <summary>
    /// The least cosine (0.5 to 1) between the sentence vectors of the two questions' last user turns; the
    /// <see cref="QuestionGuard"/> must also find no differing name, number or swapped word.
    /// </summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>How long an answer is kept (default one hour).</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Answers kept at most; the least recently used goes first (about 2 KB each plus the answer's text).</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>The settings' errors, each naming the setting at fault.</summary>
    /// <param name="encoderEnabled">Whether the node has its sentence encoder.</param>
    public IEnumerable<string> Errors(bool encoderEnabled)
    {
        if (Threshold is < 0.5 or > 1 || double.IsNaN(Threshold))
        {
            yield return $"{SectionName}:Threshold: {Threshold} is not between 0.5 and 1.";
        }

        if (Ttl <= TimeSpan.Zero)
        {
            yield return $"{SectionName}:Ttl: {Ttl} must be more than 0 (e.g. 01:00:00 for an hour).";
        }

        if (MaxEntries < 1)
        {
            yield return $"{SectionName}:MaxEntries: {MaxEntries} must be at least 1 (set Enabled to false to turn the cache off).";
        }

        if (Enabled && !encoderEnabled)
        {
            yield return $"{SectionName}:Enabled: the cache compares questions with the node's sentence encoder, which is off (LocalMesh:Encoder:Enabled).";
        }
    }
}
