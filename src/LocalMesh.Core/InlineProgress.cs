namespace LocalMesh;

/// <summary>Reports progress on the calling thread (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
public sealed class InlineProgress(Action<double> report) : IProgress<double>
{
    /// <inheritdoc />
    public void Report(double value) => report(value);
}
