using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalMesh.Mesh.Models;

/// <summary>What a node remembers of one origin's versions.</summary>
/// <param name="Version">The newest version number of the origin seen with a good signature (taken or not).</param>
/// <param name="Key">The key that signed it.</param>
/// <param name="PublishedAt">Its signed publish time (unix ms; null under the first scheme).</param>
/// <param name="TakenKey">The key that signed the version this node holds from the origin (null: none held, or held from before this was kept).</param>
public sealed record SeenModelVersion(int Version, string Key, long? PublishedAt, string? TakenKey);

/// <summary>
/// Per origin (SITE.NODE), the newest version number seen with a good signature, kept in
/// <c>mesh/seen-model-versions.json</c> under the data dir so a restart does not forget it. A version of that origin
/// with a lower number is refused however well it is signed: a replayed older version (rollback). It is what was
/// <i>seen and verified</i>, not what was taken, so a version refused by policy or by the model still raises the floor.
/// Entries recorded under a key that is later revoked are dropped: whoever held that key could have published a huge
/// number to shut the real node out. Thread-safe.
/// </summary>
public sealed class ModelVersionMemory
{
    /// <summary>The file, relative to the data dir.</summary>
    public const string RelativePath = "mesh/seen-model-versions.json";

    private readonly string _file;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SeenModelVersion> _seen;

    /// <summary>Reads what was kept under <paramref name="dataDir"/> (nothing yet: empty).</summary>
    /// <exception cref="InvalidDataException">The file is not what this class writes.</exception>
    public ModelVersionMemory(string dataDir)
    {
        _file = Path.GetFullPath(Path.Combine(dataDir, RelativePath));
        try
        {
            _seen = File.Exists(_file)
                ? new(JsonSerializer.Deserialize(File.ReadAllBytes(_file), SeenVersionJson.Default.SortedDictionaryStringSeenModelVersion) ?? [], StringComparer.Ordinal)
                : new(StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{_file} is not a JSON object of seen model versions ({ex.Message}); fix or remove it.", ex);
        }
    }

    /// <summary>What is remembered of <paramref name="node"/>@<paramref name="site"/>, or null.</summary>
    public SeenModelVersion? Get(string site, string node)
    {
        lock (_lock)
        {
            return _seen.GetValueOrDefault($"{site}.{node}");
        }
    }

    /// <summary>Records a version whose signature was just verified (a lower number than the one kept changes nothing).</summary>
    public void Saw(string site, string node, int version, string key, long? publishedAt)
    {
        lock (_lock)
        {
            var name = $"{site}.{node}";
            var old = _seen.GetValueOrDefault(name);
            if (old is not null && old.Version > version)
            {
                return;
            }

            var next = new SeenModelVersion(version, key, publishedAt, old?.TakenKey);
            if (next != old)
            {
                _seen[name] = next;
                Write();
            }
        }
    }

    /// <summary>Forgets all that is remembered of the origin (its node now has another identity: a new key, numbering afresh).</summary>
    public void Forget(string site, string node)
    {
        lock (_lock)
        {
            if (_seen.Remove($"{site}.{node}"))
            {
                Write();
            }
        }
    }

    /// <summary>Records which key signed the version now held from the origin.</summary>
    public void Took(string site, string node, string key)
    {
        lock (_lock)
        {
            var name = $"{site}.{node}";
            if (_seen.GetValueOrDefault(name) is { } old && old.TakenKey != key)
            {
                _seen[name] = old with { TakenKey = key };
                Write();
            }
        }
    }

    /// <summary>Records that nothing is held from the origin any more.</summary>
    public void Dropped(string site, string node)
    {
        lock (_lock)
        {
            var name = $"{site}.{node}";
            if (_seen.GetValueOrDefault(name) is { TakenKey: not null } old)
            {
                _seen[name] = old with { TakenKey = null };
                Write();
            }
        }
    }

    /// <summary>The origins (site, node) whose held version was signed by a key <paramref name="isRevoked"/> says is revoked.</summary>
    public IReadOnlyList<(string Site, string Node, string Key)> HeldFromRevoked(Func<string, bool> isRevoked)
    {
        lock (_lock)
        {
            return [.. _seen.Where(s => s.Value.TakenKey is { } k && isRevoked(k)).Select(s => (s.Key[..s.Key.IndexOf('.', StringComparison.Ordinal)], s.Key[(s.Key.IndexOf('.', StringComparison.Ordinal) + 1)..], s.Value.TakenKey!))];
        }
    }

    /// <summary>Drops the floor of every origin whose newest seen version was signed by a revoked key; true when one was dropped.</summary>
    public bool ForgetRevoked(Func<string, bool> isRevoked)
    {
        lock (_lock)
        {
            var names = _seen.Where(s => isRevoked(s.Value.Key)).Select(s => s.Key).ToList();
            foreach (var name in names)
            {
                _seen.Remove(name);
            }

            if (names.Count > 0)
            {
                Write();
            }

            return names.Count > 0;
        }
    }

    private void Write()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var temp = _file + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new SortedDictionary<string, SeenModelVersion>(_seen, StringComparer.Ordinal), SeenVersionJson.Default.SortedDictionaryStringSeenModelVersion));
        File.Move(temp, _file, overwrite: true);
    }
}

/// <summary>Source-generated JSON for the seen-versions file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SortedDictionary<string, SeenModelVersion>))]
internal sealed partial class SeenVersionJson : JsonSerializerContext;
