using LocalMesh.Testing;

[assembly: AssemblyFixture(typeof(LocalMesh.Server.Tests.ModelCacheFixture))]

namespace LocalMesh.Server.Tests;

/// <summary>Trains (or loads) the shared intent model and entity tagger before any test runs, so no timing-sensitive test runs beside training.</summary>
public sealed class ModelCacheFixture : IAsyncLifetime
{
    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        await TestIntentModels.EnsureCachedAsync();
        await TestTaggers.BuiltInAsync();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
