namespace LocalMesh;

/// <summary>Reports progress on the calling thread (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
