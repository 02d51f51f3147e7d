using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using LocalMesh.Storage;

namespace LocalMesh.Knowledge.Index;

/// <summary>
/// Passage vectors from an embedding model (a configured backend's <c>/v1/embeddings</c>, Ollama's for one), for
/// semantic search beside the built-in embedding. Vectors are stored by the SHA-256 of what was embedded, so an
/// unchanged passage keeps its vector across re-ingests and a changed one simply has none until it is embedded
/// again. Search is brute-force cosine over a collection's vectors, kept in memory until the index changes.
/// Thread-safe.
/// </summary>
public sealed class ModelVectors
{
    private readonly string _connectionString;
    private readonly KnowledgeIndex _index;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Version, long[] Ids, float[][] Vectors)> _cache = new(StringComparer.Ordinal);

    /// <summary>Opens (and creates) the vectors of <paramref name="model"/> in <paramref name="dataDir"/>.</summary>
    public ModelVectors(string dataDir, string model, KnowledgeIndex index)
    {
        (Model, _index) = (model, index);
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, "CREATE TABLE IF NOT EXISTS kb_model_vectors (model TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, text_hash))");
    }

    /// <summary>The embedding model.</summary>
    public string Model { get; }

    /// <summary>What is embedded for a passage: its section path and its text, as for the built-in embedding.</summary>
    public static string Input(string section, string text) => section + "\n" + text;

    /// <summary>The passages of <paramref name="collection"/> that have no vector yet, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<(string Hash, string Input)> Missing(string collection, int max)
    {
        var known = Hashes();
        return [.. _index.Passages(collection)
            .Select(p => Input(p.Section, p.Text))
            .Select(input => (Hash: Hash(input), Input: input))
            .Where(p => !known.Contains(p.Hash))
            .DistinctBy(p => p.Hash)
            .Take(max)];
    }

    /// <summary>How many passages of <paramref name="collection"/> have a vector.</summary>
    public int Embedded(string collection) => Load(collection).Ids.Length;

    /// <summary>Keeps vectors (unit length is not assumed: they are normalised here).</summary>
    public void Store(IEnumerable<(string Hash, float[] Vector)> vectors)
    {
        lock (_gate)
        {
            using var connection = SqliteDatabase.Open(_connectionString);
            foreach (var (hash, vector) in vectors)
            {
                var norm = TensorPrimitives.Norm(vector);
                var unit = norm > 0 ? vector.Select(v => v / norm).ToArray() : vector;
                SqliteDatabase.Execute(connection, "INSERT OR REPLACE INTO kb_model_vectors VALUES ($p0, $p1, $p2)", Model, hash, MemoryMarshal.AsBytes(unit.AsSpan()).ToArray());
            }

            _cache.Clear();
        }
    }

    /// <summary>The passages of <paramref name="collections"/> closest to <paramref name="query"/> (the query's vector from the same model), best first.</summary>
    public List<(long Id, double Score)> Nearest(float[] query, IReadOnlyCollection<string> collections, int limit)
    {
        var norm = TensorPrimitives.Norm(query);
        var best = new TopScores(limit);
        foreach (var collection in collections)
        {
            var (_, ids, vectors) = Load(collection);
            for (var i = 0; i < ids.Length; i++)
            {
                // A vector of another length came from another model version: ignored until re-embedded.
                if (vectors[i].Length == query.Length)
                {
                    best.Offer(ids[i], TensorPrimitives.Dot(query, vectors[i]) / (norm > 0 ? norm : 1));
                }
            }
        }

        return best.Best();
    }

    private (long Version, long[] Ids, float[][] Vectors) Load(string collection)
    {
        var version = _index.Version;
        lock (_gate)
        {
            if (_cache.TryGetValue(collection, out var cached) && cached.Version == version)
            {
                return cached;
            }
        }

        var stored = new Dictionary<string, float[]>(StringComparer.Ordinal);
        using (var connection = SqliteDatabase.Open(_connectionString))
        {
            foreach (var (hash, blob) in SqliteDatabase.Query(connection, "SELECT text_hash, vector FROM kb_model_vectors WHERE model = $p0", r => (r.GetString(0), (byte[])r.GetValue(1)), Model))
            {
                stored[hash] = MemoryMarshal.Cast<byte, float>(blob).ToArray();
            }
        }

        var ids = new List<long>();
        var vectors = new List<float[]>();
        foreach (var (id, section, text) in _index.Passages(collection))
        {
            if (stored.TryGetValue(Hash(Input(section, text)), out var vector))
            {
                ids.Add(id);
                vectors.Add(vector);
            }
        }

        var entry = (version, ids.ToArray(), vectors.ToArray());
        lock (_gate)
        {
            _cache[collection] = entry;
        }

        return entry;
    }

    private HashSet<string> Hashes()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return [.. SqliteDatabase.Query(connection, "SELECT text_hash FROM kb_model_vectors WHERE model = $p0", r => r.GetString(0), Model)];
    }

    private static string Hash(string input) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
}
