using System.Globalization;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using LocalMesh.Knowledge.Ingestion;
using LocalMesh.Storage;
using Microsoft.Data.Sqlite;

namespace LocalMesh.Knowledge.Index;

/// <summary>How a search ranks passages.</summary>
public enum SearchMode
{
    /// <summary>SQLite FTS5, BM25 over the passages' words (Porter-stemmed).</summary>
    Lexical,

    /// <summary>Cosine similarity of embeddings.</summary>
    Dense,

    /// <summary>Reciprocal rank fusion of both.</summary>
    Fused,
}

/// <summary>A passage found by a search.</summary>
/// <param name="ChunkId">The passage's id.</param>
/// <param name="Collection">Its collection.</param>
/// <param name="Document">Its document's name (the path when ingested).</param>
/// <param name="Section">Its heading path.</param>
/// <param name="LineStart">Its first line in the document.</param>
/// <param name="LineEnd">Its last line.</param>
/// <param name="Text">Its text.</param>
/// <param name="Score">The search's score.</param>
/// <param name="CharStart">Its first character in the document (0-based; 0 for passages indexed before offsets were kept).</param>
/// <param name="CharEnd">The character after its last one.</param>
public sealed record SearchHit(long ChunkId, string Collection, string Document, string Section, int LineStart, int LineEnd, string Text, double Score, int CharStart = 0, int CharEnd = 0);

/// <summary>A collection and what it holds; <paramref name="Access"/> lists the keys or roles that may see it (empty: every key its domain allows).</summary>
public sealed record CollectionInfo(string Name, string Domain, int Documents, int Chunks, IReadOnlyList<string> Access, DateTimeOffset? LastIngest = null);

/// <summary>Who may see a collection: keys allowed its domain and, when the access list is not empty, named in it (by key name or role).</summary>
/// <param name="Domain">The collection's data domain.</param>
/// <param name="Access">Key names and roles; empty = every key allowed the domain.</param>
public sealed record CollectionAccess(string Domain, IReadOnlyList<string> Access)
{
    /// <summary>Whether a caller may see the collection: admins and open nodes (no key) always; a key by its domains and the access list.</summary>
    public bool Allows(string? keyName, LocalMesh.Configuration.ApiKeyConfig? key) =>
        key is null || key.Admin
        || (key.MaySee(Domain) && (Access.Count == 0
            || (keyName is not null && Access.Contains(keyName, StringComparer.OrdinalIgnoreCase))
            || key.Roles.Any(r => Access.Contains(r, StringComparer.OrdinalIgnoreCase))));
}

/// <summary>A collection keeps the data domain it was created with; adding to it under another domain is refused.</summary>
public sealed class CollectionDomainException(string collection, string domain)
    : InvalidOperationException($"The collection '{collection}' has the domain '{domain}'; remove it first to change its domain.")
{
    /// <summary>The collection's domain.</summary>
    public string Domain { get; } = domain;
}

/// <summary>What an ingest did; files that failed are listed with their error, and the rest are still ingested.</summary>
public sealed record IngestResult(int Added, int Updated, int Unchanged, int Removed, IReadOnlyList<(string Path, string Error)> Failed);

/// <summary>
/// The knowledge base's index in the node's SQLite file: collections (each with a data domain), documents keyed by
/// path with a content hash (so re-ingesting is incremental), and passages with their section path, line range, an
/// FTS5 entry and an embedding. Searches are lexical (BM25), dense (cosine, brute force over the collection's vectors,
/// kept in memory) or fused (reciprocal rank fusion). Thread-safe.
/// </summary>
public sealed class KnowledgeIndex
{
    /// <summary>The constant of reciprocal rank fusion (Cormack et al. 2009).</summary>
    public const int RrfK = 60;

    /// <summary>
    /// The built-in embedding's weight in the fusion. The hashing embedding is a fuzzy lexical signal, weaker than
    /// BM25 (with synonyms) on its own, so it breaks ties and rescues inflected matches rather than outvoting the
    /// lexical ranking. Measured in docs/knowledge.md: 0.05-0.25 are within two questions of each other; 0.5 and more
    /// cost the harder corpus.
    /// </summary>
    public const double DenseWeight = 0.15;

    /// <summary>The sentence encoder's weight in the fusion (a semantic ranking, as strong a signal as BM25; see docs/knowledge.md).</summary>
    public const double EncoderWeight = 1.0;


    private readonly string _connectionString;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long[] Ids, float[] Vectors)> _vectors = new(StringComparer.Ordinal);
    private long _version;
    private readonly EncoderVectors? _encoder;

    // The collections' domains and access lists, read on every chat request that may consult the knowledge base
    // (model kb, and auto): kept in memory, and read again once a write has changed them (_accessVersion).
    private long _accessVersion;
    private AccessSnapshot? _access;

    /// <summary>Grows with every change to the indexed passages (for caches and the embedding backfill).</summary>
    public long Version => Interlocked.Read(ref _version);

    private readonly TimeProvider _time;

    /// <summary>Opens (and creates when needed) the index in <paramref name="dataDir"/>.</summary>
    /// <param name="dataDir">The node's data directory.</param>
    /// <param name="time">The clock for the rows' times (the node's); <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="encoder">
    /// The in-process sentence encoder: passages and their sentences are encoded when ingested, and dense search and
    /// answers use its vectors. Null: the built-in hashing embedding only.
    /// </param>
    public KnowledgeIndex(string dataDir, TimeProvider? time = null, LocalMesh.Embeddings.SentenceEncoder? encoder = null)
    {
        _time = time ?? TimeProvider.System;
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS kb_collections (name TEXT PRIMARY KEY, domain TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS kb_documents (id INTEGER PRIMARY KEY, collection TEXT NOT NULL, path TEXT NOT NULL, hash TEXT NOT NULL, ingested_at TEXT NOT NULL, UNIQUE (collection, path));
            CREATE TABLE IF NOT EXISTS kb_chunks (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, collection TEXT NOT NULL, section TEXT NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, text TEXT NOT NULL, vector BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS kb_chunks_document ON kb_chunks (document_id);
            CREATE INDEX IF NOT EXISTS kb_chunks_collection ON kb_chunks (collection);
            CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5 (text, section, content='kb_chunks', content_rowid='id', tokenize='porter unicode61');
            """);
        SqliteDatabase.AddColumnIfMissing(connection, "kb_collections", "access", "TEXT NOT NULL DEFAULT ''"); // added with access lists
        SqliteDatabase.AddColumnIfMissing(connection, "kb_chunks", "char_start", "INTEGER NOT NULL DEFAULT 0"); // added with character offsets
        SqliteDatabase.AddColumnIfMissing(connection, "kb_chunks", "char_end", "INTEGER NOT NULL DEFAULT 0");
        _encoder = encoder is null ? null : new EncoderVectors(_connectionString, encoder);
    }

    /// <summary>The sentence encoder's vectors of the passages, when the index has an encoder.</summary>
    public EncoderVectors? Encoded => _encoder;

    /// <summary>Ingests a file or every supported file under a folder into a collection (created with <paramref name="domain"/>).</summary>
    /// <remarks>Unchanged files (same content hash) are skipped; changed ones are replaced; for a folder, documents of the collection under it whose file is gone are removed.</remarks>
    public IngestResult AddPath(string collection, string domain, string path, IProgress<(int Done, int Total, string Path)>? progress = null)
    {
        var full = Path.GetFullPath(path);
        List<string> files;
        if (Directory.Exists(full))
        {
            files = [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(full))
        {
            files = [full];
        }
        else
        {
            throw new FileNotFoundException($"'{path}' is neither a file nor a folder.", path);
        }

        int added = 0, updated = 0, unchanged = 0, removed = 0;
        var failed = new List<(string, string)>();
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report((i, files.Count, files[i]));
            try
            {
                switch (AddText(collection, domain, files[i], DocumentReader.Read(files[i])))
                {
                    case Change.Added: added++; break;
                    case Change.Updated: updated++; break;
                    default: unchanged++; break;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                failed.Add((files[i], ex.Message));
            }
        }

        if (Directory.Exists(full))
        {
            var present = files.ToHashSet(StringComparer.Ordinal);
            var prefix = full.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            foreach (var document in Documents(collection).Where(d => d.StartsWith(prefix, StringComparison.Ordinal) && !present.Contains(d)))
            {
                removed += RemoveDocument(collection, document) ? 1 : 0;
            }
        }

        progress?.Report((files.Count, files.Count, string.Empty));
        return new IngestResult(added, updated, unchanged, removed, failed);
    }

    /// <summary>What <see cref="AddText"/> did.</summary>
    public enum Change
    {
        /// <summary>A new document.</summary>
        Added,

        /// <summary>The document's content changed; its passages were replaced.</summary>
        Updated,

        /// <summary>Same content as indexed.</summary>
        Unchanged,
    }

    /// <summary>Indexes one document's text under <paramref name="name"/> (a path or any unique name).</summary>
    public Change AddText(string collection, string domain, string name, string text)
    {
        try
        {
            return Index(collection, domain, name, text);
        }
        finally
        {
            Interlocked.Increment(ref _accessVersion); // after the commit: the collection may be new
        }
    }

    private Change Index(string collection, string domain, string name, string text)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var chunks = Chunker.Split(text);
        var vectors = chunks.Select(c => HashingEmbedder.Embed(c.Section + "\n" + c.Text)).ToList();
        var encoded = _encoder is null || IsIndexed(collection, name, hash) ? default : _encoder.Encode([.. chunks.Select(c => (c.Section, c.Text))]);
        lock (_gate)
        {
            using var connection = SqliteDatabase.Open(_connectionString);
            using var transaction = Transaction.Begin(connection);
            EnsureCollection(connection, collection, domain);
            var existing = SqliteDatabase.Query(connection, "SELECT id, hash FROM kb_documents WHERE collection = $p0 AND path = $p1", r => (r.GetInt64(0), r.GetString(1)), collection, name);
            if (existing is [{ Item2: var oldHash }] && oldHash == hash)
            {
                return Change.Unchanged;
            }

            if (existing is [var (oldId, _)])
            {
                DeleteChunks(connection, oldId);
                SqliteDatabase.Execute(connection, "DELETE FROM kb_documents WHERE id = $p0", oldId);
            }

            SqliteDatabase.Execute(connection, "INSERT INTO kb_documents (collection, path, hash, ingested_at) VALUES ($p0, $p1, $p2, $p3)", collection, name, hash, Now());
            var documentId = SqliteDatabase.Query(connection, "SELECT last_insert_rowid()", r => r.GetInt64(0))[0];
            for (var i = 0; i < chunks.Count; i++)
            {
                var c = chunks[i];
                SqliteDatabase.Execute(connection, "INSERT INTO kb_chunks (document_id, collection, section, line_start, line_end, text, vector, char_start, char_end) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)",
                    documentId, collection, c.Section, c.LineStart, c.LineEnd, c.Text, MemoryMarshal.AsBytes(vectors[i].AsSpan()).ToArray(), c.CharStart, c.CharEnd);
                var chunkId = SqliteDatabase.Query(connection, "SELECT last_insert_rowid()", r => r.GetInt64(0))[0];
                SqliteDatabase.Execute(connection, "INSERT INTO kb_fts (rowid, text, section) VALUES ($p0, $p1, $p2)", chunkId, c.Text, c.Section);
                if (encoded.Passages is { } passageVectors)
                {
                    _encoder!.Store(connection, chunkId, c.Text, passageVectors[i], encoded.Sentences[i], encoded.SentenceVectors[i]);
                }
            }

            transaction.Commit();
            _vectors.Remove(collection);
            _encoder?.Invalidate(collection);
            Interlocked.Increment(ref _version);
            return existing.Count == 0 ? Change.Added : Change.Updated;
        }
    }

    private bool IsIndexed(string collection, string name, string hash)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT 1 FROM kb_documents WHERE collection = $p0 AND path = $p1 AND hash = $p2", r => r.GetInt32(0), collection, name, hash).Count > 0;
    }

    /// <summary>Creates the collection with <paramref name="domain"/>, or checks that it already has that domain.</summary>
    /// <exception cref="CollectionDomainException">The collection exists with another domain.</exception>
    public void EnsureCollection(string collection, string domain)
    {
        lock (_gate)
        {
            using var connection = SqliteDatabase.Open(_connectionString);
            EnsureCollection(connection, collection, domain);
        }

        Interlocked.Increment(ref _accessVersion);
    }

    private void EnsureCollection(SqliteConnection connection, string collection, string domain)
    {
        SqliteDatabase.Execute(connection, "INSERT OR IGNORE INTO kb_collections (name, domain, created_at) VALUES ($p0, $p1, $p2)", collection, domain, Now());
        var actual = SqliteDatabase.Query(connection, "SELECT domain FROM kb_collections WHERE name = $p0", r => r.GetString(0), collection)[0];
        if (!string.Equals(actual, domain, StringComparison.OrdinalIgnoreCase))
        {
            throw new CollectionDomainException(collection, actual);
        }
    }

    /// <summary>The collections with their document and passage counts.</summary>
    public IReadOnlyList<CollectionInfo> Collections()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, """
            SELECT c.name, c.domain,
                   (SELECT COUNT(*) FROM kb_documents d WHERE d.collection = c.name),
                   (SELECT COUNT(*) FROM kb_chunks k WHERE k.collection = c.name),
                   c.access,
                   (SELECT MAX(ingested_at) FROM kb_documents d WHERE d.collection = c.name)
            FROM kb_collections c ORDER BY c.name
            """, r => new CollectionInfo(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), SplitAccess(r.GetString(4)),
                r.IsDBNull(5) ? null : DateTimeOffset.Parse(r.GetString(5), System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Each collection's domain and access list (cheaper than <see cref="Collections"/>: no counting).</summary>
    public IReadOnlyDictionary<string, CollectionAccess> CollectionAccess()
    {
        var version = Interlocked.Read(ref _accessVersion);
        if (Volatile.Read(ref _access) is { } kept && kept.Version == version)
        {
            return kept.Map;
        }

        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        var map = SqliteDatabase.Query(connection, "SELECT name, domain, access FROM kb_collections", r => (r.GetString(0), new CollectionAccess(r.GetString(1), SplitAccess(r.GetString(2)))))
            .ToDictionary(c => c.Item1, c => c.Item2, StringComparer.Ordinal);
        Volatile.Write(ref _access, new AccessSnapshot(version, map)); // read under an older version if a write came meanwhile: then not used
        return map;
    }

    private sealed record AccessSnapshot(long Version, IReadOnlyDictionary<string, CollectionAccess> Map);

    /// <summary>The collections a caller may see (see <see cref="Index.CollectionAccess.Allows"/>), with their data domains.</summary>
    public IReadOnlyDictionary<string, string> VisibleTo(string? keyName, LocalMesh.Configuration.ApiKeyConfig? key) =>
        CollectionAccess().Where(c => c.Value.Allows(keyName, key)).ToDictionary(c => c.Key, c => c.Value.Domain, StringComparer.Ordinal);

    /// <summary>Each collection's data domain.</summary>
    public IReadOnlyDictionary<string, string> CollectionDomains() =>
        CollectionAccess().ToDictionary(c => c.Key, c => c.Value.Domain, StringComparer.Ordinal);

    /// <summary>Replaces a collection's access list (key names and roles; empty = every key its domain allows); false when there is no such collection.</summary>
    public bool SetAccess(string collection, IEnumerable<string> access)
    {
        lock (_gate)
        {
            using var connection = SqliteDatabase.Open(_connectionString);
            var list = string.Join(',', access.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
            var changed = SqliteDatabase.Execute(connection, "UPDATE kb_collections SET access = $p0 WHERE name = $p1", list, collection) == 1;
            Interlocked.Increment(ref _accessVersion);
            return changed;
        }
    }

    private static string[] SplitAccess(string access) => access.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The document names of a collection.</summary>
    public IReadOnlyList<string> Documents(string collection)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT path FROM kb_documents WHERE collection = $p0 ORDER BY path", r => r.GetString(0), collection);
    }

    /// <summary>Every passage of a collection: id, section and text (what an embedding model embeds).</summary>
    public IReadOnlyList<(long Id, string Section, string Text)> Passages(string collection)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT id, section, text FROM kb_chunks WHERE collection = $p0 ORDER BY id", r => (r.GetInt64(0), r.GetString(1), r.GetString(2)), collection);
    }

    /// <summary>Removes one document; false when it is not indexed.</summary>
    public bool RemoveDocument(string collection, string name)
    {
        lock (_gate)
        {
            using var connection = SqliteDatabase.Open(_connectionString);
            using var transaction = Transaction.Begin(connection);
            var ids = SqliteDatabase.Query(connection, "SELECT id FROM kb_documents WHERE collection = $p0 AND path = $p1", r => r.GetInt64(0), collection, name);
            foreach (var id in ids)
            {
                DeleteChunks(connection, id);
                SqliteDatabase.Execute(connection, "DELETE FROM kb_documents WHERE id = $p0", id);
            }

            transaction.Commit();
            _vectors.Remove(collection);
            _encoder?.Invalidate(collection);
            Interlocked.Increment(ref _version);
            return ids.Count > 0;
        }
    }

    /// <summary>Removes a collection and everything in it; false when there is none.</summary>
    public bool RemoveCollection(string collection)
    {
        foreach (var document in Documents(collection))
        {
            RemoveDocument(collection, document);
        }

        lock (_gate)
        {
            using var connection = SqliteDatabase.Open(_connectionString);
            var removed = SqliteDatabase.Execute(connection, "DELETE FROM kb_collections WHERE name = $p0", collection) == 1;
            Interlocked.Increment(ref _accessVersion);
            return removed;
        }
    }

    /// <summary>The best passages for <paramref name="query"/> in <paramref name="collections"/>.</summary>
    /// <param name="query">The question.</param>
    /// <param name="collections">Where to look.</param>
    /// <param name="mode">Lexical, dense or fused.</param>
    /// <param name="limit">How many passages.</param>
    /// <param name="semantic">
    /// An embedding model's ranking (passage ids, best first, for a depth), when one is configured and reachable. It
    /// replaces the built-in embedding in dense search, and joins the fusion at full weight.
    /// </param>
    public IReadOnlyList<SearchHit> Search(string query, IReadOnlyCollection<string> collections, SearchMode mode = SearchMode.Fused, int limit = 5,
        Func<int, List<(long Id, double Score)>>? semantic = null)
    {
        if (collections.Count == 0 || limit <= 0)
        {
            return [];
        }

        const int Depth = 50;
        List<(long Id, double Score)> ranked = mode switch
        {
            SearchMode.Lexical => Lexical(query, collections, limit),
            SearchMode.Dense => semantic?.Invoke(limit) ?? EncoderRanking(query, collections, limit) ?? Dense(query, collections, limit),
            _ => Fuse([
                (Lexical(query, collections, Depth), 1.0),
                (Dense(query, collections, Depth), DenseWeight),
                .. EncoderRankings(query, collections, Depth),
                .. semantic is null ? [] : new[] { (semantic(Depth), 1.0) }], limit),
        };
        return Hydrate(ranked);
    }

    /// <summary>The sentence encoder's rankings for the fusion, when the index has an encoder: by passage and by best sentence.</summary>
    private IEnumerable<(List<(long Id, double Score)>, double)> EncoderRankings(string query, IReadOnlyCollection<string> collections, int limit)
    {
        if (_encoder is null || query.Trim().Length == 0)
        {
            yield break;
        }

        var vector = _encoder.Encoder.EncodeQuery(query).Vector;
        yield return (_encoder.Nearest(vector, collections, limit), EncoderWeight);
        yield return (_encoder.NearestBySentence(vector, collections, limit), EncoderWeight);
    }

    /// <summary>The sentence encoder's ranking, when the index has an encoder.</summary>
    private List<(long Id, double Score)>? EncoderRanking(string query, IReadOnlyCollection<string> collections, int limit) =>
        _encoder is null || query.Trim().Length == 0 ? null : _encoder.Nearest(_encoder.Encoder.EncodeQuery(query).Vector, collections, limit);

    /// <summary>
    /// BM25 over the question's words and, for the words no passage holds ("laptop" where the policies say
    /// "computer"), their <see cref="Synonyms"/>: the vocabulary gap is where a lexical search fails, and expanding
    /// only there leaves questions in the documents' own words as they were.
    /// </summary>
    private List<(long Id, double Score)> Lexical(string query, IReadOnlyCollection<string> collections, int limit)
    {
        var own = Tokens.Words(query).Distinct(StringComparer.Ordinal).Take(32).ToList();
        if (own.Count == 0)
        {
            return [];
        }

        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        var (from, args) = Scope(connection, collections);
        bool Holds(string word) => SqliteDatabase.Query(connection, $"SELECT 1 {from} LIMIT 1", r => r.GetInt32(0), [Quote(word), .. args]).Count > 0;
        var words = own.Concat(Synonyms.Expand(own.Where(w => !Holds(w)))).Distinct(StringComparer.Ordinal).Take(64);

        // Every word quoted (so no FTS5 syntax gets through), any of them may match; BM25 does the weighting.
        return SqliteDatabase.Query(connection, $"SELECT f.rowid, bm25(kb_fts) {from} ORDER BY bm25(kb_fts) LIMIT {limit}",
            r => (r.GetInt64(0), -r.GetDouble(1)), [string.Join(" OR ", words.Select(Quote)), .. args]);
    }

    /// <summary>
    /// The names and codes of <paramref name="query"/> (words that are not dictionary words: "zstd", "PASS_MIN_LEN",
    /// "Helgrind") that no passage of <paramref name="collections"/> holds. A question about a thing the documents never
    /// name is not answered by them, however close its other words are.
    /// </summary>
    public IReadOnlyList<string> UnknownNames(string query, IReadOnlyCollection<string> collections)
    {
        var names = Tokens.Words(query).Where(w => w.Length > 1 && w.Any(char.IsLetter) && !Synonyms.IsDictionaryWord(w)).Distinct(StringComparer.Ordinal).Take(16).ToList();
        if (names.Count == 0 || collections.Count == 0)
        {
            return [];
        }

        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        var (from, args) = Scope(connection, collections);
        return [.. names.Where(w => SqliteDatabase.Query(connection, $"SELECT 1 {from} LIMIT 1", r => r.GetInt32(0), [Quote(w), .. args]).Count == 0)];
    }

    /// <summary>
    /// The FROM and WHERE of a full-text match (<c>$p0</c>) within <paramref name="collections"/>: the join to the
    /// passages' collections is skipped when they are all the index holds (the common case, and the costly join).
    /// </summary>
    private static (string Sql, object?[] Args) Scope(SqliteConnection connection, IReadOnlyCollection<string> collections)
    {
        var asked = collections.ToHashSet(StringComparer.Ordinal);
        if (SqliteDatabase.Query(connection, "SELECT name FROM kb_collections", r => r.GetString(0)).All(asked.Contains))
        {
            return ("FROM kb_fts f WHERE kb_fts MATCH $p0", []);
        }

        var inList = string.Join(", ", collections.Select((_, i) => $"$p{i + 1}"));
        return ($"FROM kb_fts f JOIN kb_chunks c ON c.id = f.rowid WHERE kb_fts MATCH $p0 AND c.collection IN ({inList})", [.. collections]);
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private List<(long Id, double Score)> Dense(string query, IReadOnlyCollection<string> collections, int limit)
    {
        var q = HashingEmbedder.Embed(query);
        var best = new TopScores(limit);
        foreach (var collection in collections)
        {
            var (ids, vectors) = VectorsOf(collection);
            for (var i = 0; i < ids.Length; i++)
            {
                best.Offer(ids[i], TensorPrimitives.Dot(q, vectors.AsSpan(i * HashingEmbedder.Dimensions, HashingEmbedder.Dimensions)));
            }
        }

        return best.Best();
    }

    /// <summary>Reciprocal rank fusion: each list adds weight / (k + rank) to a passage's score.</summary>
    internal static List<(long Id, double Score)> Fuse(IEnumerable<(List<(long Id, double Score)> List, double Weight)> lists, int limit)
    {
        var scores = new Dictionary<long, double>();
        foreach (var (list, weight) in lists)
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                scores[list[rank].Id] = scores.GetValueOrDefault(list[rank].Id) + (weight / (RrfK + rank + 1));
            }
        }

        return [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(limit).Select(s => (s.Key, s.Value))];
    }

    private (long[] Ids, float[] Vectors) VectorsOf(string collection)
    {
        lock (_gate)
        {
            if (_vectors.TryGetValue(collection, out var cached))
            {
                return cached;
            }

            using var connection = SqliteDatabase.Open(_connectionString);
            var rows = SqliteDatabase.Query(connection, "SELECT id, vector FROM kb_chunks WHERE collection = $p0 ORDER BY id", r => (r.GetInt64(0), (byte[])r.GetValue(1)), collection);
            var vectors = new float[rows.Count * HashingEmbedder.Dimensions];
            for (var i = 0; i < rows.Count; i++)
            {
                MemoryMarshal.Cast<byte, float>(rows[i].Item2).CopyTo(vectors.AsSpan(i * HashingEmbedder.Dimensions));
            }

            return _vectors[collection] = ([.. rows.Select(r => r.Item1)], vectors);
        }
    }

    private List<SearchHit> Hydrate(List<(long Id, double Score)> ranked)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        var inList = string.Join(", ", ranked.Select((_, i) => $"$p{i}"));
        var rows = SqliteDatabase.Query(connection,
            $"SELECT c.id, c.collection, d.path, c.section, c.line_start, c.line_end, c.text, c.char_start, c.char_end FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id WHERE c.id IN ({inList})",
            r => new SearchHit(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6), 0, r.GetInt32(7), r.GetInt32(8)),
            [.. ranked.Select(r => (object?)r.Id)]).ToDictionary(h => h.ChunkId);
        return [.. ranked.Where(r => rows.ContainsKey(r.Id)).Select(r => rows[r.Id] with { Score = Math.Round(r.Score, 6) })];
    }

    private void DeleteChunks(SqliteConnection connection, long documentId)
    {
        if (_encoder is not null)
        {
            SqliteDatabase.Execute(connection, "DELETE FROM kb_sentences WHERE chunk_id IN (SELECT id FROM kb_chunks WHERE document_id = $p0)", documentId);
        }

        SqliteDatabase.Execute(connection, "INSERT INTO kb_fts (kb_fts, rowid, text, section) SELECT 'delete', id, text, section FROM kb_chunks WHERE document_id = $p0", documentId);
        SqliteDatabase.Execute(connection, "DELETE FROM kb_chunks WHERE document_id = $p0", documentId);
    }

    /// <summary>
    /// A transaction begun with SQL, so the shared command helpers (which do not carry an ADO.NET transaction object)
    /// can run inside it; disposed without <see cref="Commit"/>, it rolls back.
    /// </summary>
    private sealed class Transaction : IDisposable
    {
        private readonly SqliteConnection _connection;
        private bool _done;

        private Transaction(SqliteConnection connection) => _connection = connection;

        public static Transaction Begin(SqliteConnection connection)
        {
            SqliteDatabase.Execute(connection, "BEGIN IMMEDIATE");
            return new Transaction(connection);
        }

        public void Commit()
        {
            SqliteDatabase.Execute(_connection, "COMMIT");
            _done = true;
        }

        public void Dispose()
        {
            if (!_done)
            {
                SqliteDatabase.Execute(_connection, "ROLLBACK");
            }
        }
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
