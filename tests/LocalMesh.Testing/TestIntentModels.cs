using LocalMesh.Specialists.Intents;

namespace LocalMesh.Testing;

/// <summary>
/// The built-in intent model, trained once per machine for all tests and kept in a shared cache directory (the
/// node's <c>Specialists:ModelCache</c>), so each test node loads it in a fraction of a second instead of training.
/// The file is keyed by the hash of the training data and settings, so a change to either trains a new one.
/// </summary>
public static class TestIntentModels
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IntentModel? _builtIn;

    /// <summary>The shared cache directory.</summary>
    public static string CacheDir { get; } = Path.Combine(Path.GetTempPath(), "localmesh-test-models");

    /// <summary>The trained built-in model (trains it, at most once per machine, when the cache lacks it).</summary>
    public static async Task<IntentModel> BuiltInAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _builtIn ??= await Task.Run(LoadOrTrain);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Makes sure the cache holds the built-in model.</summary>
    public static Task EnsureCachedAsync() => BuiltInAsync();

    private static IntentModel LoadOrTrain()
    {
        var options = new IntentTrainerOptions();
        var set = IntentTrainingSet.BuiltIn();
        var path = Path.Combine(CacheDir, $"model-{set.Hash(options)}.bin");
        Directory.CreateDirectory(CacheDir);

        // Test processes run side by side: a lock file makes one train while the others wait.
        using var lockFile = AcquireLock(Path.Combine(CacheDir, ".lock"));
        if (File.Exists(path))
        {
            try
            {
                return IntentModel.Load(path);
            }
            catch (InvalidDataException)
            {
                File.Delete(path);
            }
        }

        var model = IntentTrainer.Train(set, options);
        model.Save(path);
        return model;
    }

    /// <summary>Holds the cache directory's lock file (test processes run side by side; one trains, the others wait).</summary>
    internal static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 1200)
            {
                Thread.Sleep(100);
            }
        }
    }
}
