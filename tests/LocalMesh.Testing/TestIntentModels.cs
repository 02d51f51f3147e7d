using LocalMesh.Embeddings;
using LocalMesh.Specialists.Intents;

namespace LocalMesh.Testing;

/// <summary>
/// The built-in intent model (lexical half and MiniLM head), trained once per machine for all tests and kept in a shared
/// cache directory (the node's <c>Specialists:ModelCache</c>), so each test node loads it in a fraction of a second
/// instead of training. The file is keyed by the hash of the training data and settings, so a change to either trains
/// a new one. The encoded training texts are cached there too (<see cref="IntentVectorCache"/>), so a test that
/// retrains (teaching, few-shot intents) encodes only its own new phrases.
/// </summary>
public static class TestIntentModels
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IntentModel? _builtIn;
    private static readonly Lazy<SentenceEncoder> SharedEncoder = new(() => new SentenceEncoder(new EncoderOptions()));

    /// <summary>The shared cache directory.</summary>
    /// <remarks>Not the <c>localmesh-test-models</c> of builds before the encoder head: their tests expect one model file there.</remarks>
    public static string CacheDir { get; } = Path.Combine(Path.GetTempPath(), "localmesh-test-models-hybrid");

    /// <summary>One MiniLM encoder for the whole test process (loading reads a 90 MB model); test nodes use it for their intents.</summary>
    public static SentenceEncoder Encoder => SharedEncoder.Value;

    /// <summary>The cache file of the built-in model (keyed by the hash of its data and settings).</summary>
    public static string CachedPath => Path.Combine(CacheDir, $"model-{IntentTrainingSet.BuiltIn().Hash(new IntentTrainerOptions())}.bin");

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
        var path = CachedPath;
        Directory.CreateDirectory(CacheDir);

        // Test processes run side by side: a lock file makes one train while the others wait.
        using var lockFile = AcquireLock(Path.Combine(CacheDir, ".lock"));
        if (File.Exists(path))
        {
            try
            {
                if (IntentModel.Load(path) is { Head: not null } cached)
                {
                    return cached;
                }
            }
            catch (InvalidDataException)
            {
                File.Delete(path);
            }
        }

        var model = IntentTrainer.AddHead(IntentTrainer.Train(set, options), set, options, Encoder, CacheDir);
        model.Save(path); // through a temp file and a rename: other test processes never read half a model
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
