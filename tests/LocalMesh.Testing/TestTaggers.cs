using LocalMesh.Privacy.Tagging;

namespace LocalMesh.Testing;

/// <summary>
/// The built-in entity tagger, trained once per machine for all tests and kept in the shared cache directory (the
/// node's <c>Privacy:ModelCache</c>), so each test node loads it instead of training it.
/// </summary>
public static class TestTaggers
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static EntityTagger? _builtIn;

    /// <summary>The trained built-in tagger (trains it, at most once per machine, when the cache lacks it).</summary>
    public static async Task<EntityTagger> BuiltInAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _builtIn ??= await Task.Run(() =>
            {
                Directory.CreateDirectory(TestIntentModels.CacheDir);
                using var lockFile = TestIntentModels.AcquireLock(Path.Combine(TestIntentModels.CacheDir, ".tagger.lock"));
                return BuiltInTagger.LoadOrTrain([TestIntentModels.CacheDir]);
            });
        }
        finally
        {
            Gate.Release();
        }
    }
}
