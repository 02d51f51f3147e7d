using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// The tagger LocalMesh ships as code and data rather than as a file: generated sentences
/// (<see cref="TaggerTrainingData"/>), the SCOWL word list and Bogus name lists. It is trained on first use (about
/// 3 s on two cores) and saved as <c>tagger-{hash}.bin</c>, keyed by a hash of its training data and settings, so a
/// new release with other data retrains it once and every later start loads it in a fraction of a second.
/// </summary>
public static class BuiltInTagger
{
    /// <summary>Bump when the features change (the data hash cannot see code).</summary>
    private const int FeatureVersion = 3; // 3: shapes of letters without case by script, combining marks inside tokens

    /// <summary>Training sentences.</summary>
    public const int Sentences = 80_000;

    /// <summary>Passes over them.</summary>
    public const int Epochs = 5;

    /// <summary>Feature dropout while training.</summary>
    public const double Dropout = 0.3;

    /// <summary>The file name of the tagger trained from the current data and settings.</summary>
    public static string FileName => $"tagger-{Hash}.bin";

    /// <summary>The hash of the training data and settings.</summary>
    public static string Hash => LazyHash.Value;

    // The training sentences are generated deterministically from the templates, the locales and the settings, so
    // hashing those (not 50,000 generated sentences, which would cost a second at every start) identifies the data;
    // TaggerTrainingData.Revision covers changes to the generator's code.
    private static readonly Lazy<string> LazyHash = new(() =>
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{FeatureVersion}|{TaggerTrainingData.Revision}|{Sentences}|{Epochs}|{Dropout}|{typeof(Bogus.Faker).Assembly.GetName().Version}|");
        foreach (var part in new[] { TaggerTrainingData.Locales, TaggerTrainingData.Templates, TaggerTrainingData.LeadWords, SentenceTemplates.OrganizationSuffixes, ExtraNames.First, ExtraNames.Last, ExtraNames.Industries, ExtraNames.LegalForms, ExtraNames.Cities, ExtraNames.Countries, CommonWords.OtherScripts })
        {
            text.AppendJoin('\u0001', part).Append('\u0002');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    });

    /// <summary>Trains the built-in tagger.</summary>
    public static EntityTagger Train(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var gazetteer = Gazetteer.Build(TaggerTrainingData.Locales, extraNames: true);
        return EntityTaggerTrainer.Train(
            TaggerTrainingData.Generate(Sentences), SentenceTemplates.NamedTypes, gazetteer, Epochs, Hash, Dropout, progress, cancellationToken);
    }

    /// <summary>
    /// Loads the built-in tagger from the first directory holding a current copy, or trains it and saves it in every
    /// directory (a failure to save is reported through <paramref name="log"/> and does not lose the trained tagger).
    /// </summary>
    public static EntityTagger LoadOrTrain(IReadOnlyList<string> directories, Action<string>? log = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, FileName);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                var loaded = EntityTagger.Load(path);
                if (loaded.DataHash == Hash)
                {
                    Save(loaded, directories.Where(d => !File.Exists(Path.Combine(d, FileName))), log);
                    return loaded;
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                log?.Invoke($"Ignoring {path}: {ex.Message}");
            }
        }

        var clock = Stopwatch.StartNew();
        var tagger = Train(progress, cancellationToken);
        log?.Invoke($"Entity tagger trained in {clock.Elapsed.TotalSeconds:0.0} s ({tagger.Features} features).");
        Save(tagger, directories, log);
        return tagger;
    }

    private static void Save(EntityTagger tagger, IEnumerable<string> directories, Action<string>? log)
    {
        foreach (var directory in directories)
        {
            try
            {
                tagger.Save(Path.Combine(directory, FileName));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                log?.Invoke($"Could not save the entity tagger in {directory}: {ex.Message}");
            }
        }
    }
}
