using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using LocalMesh.Embeddings;
using LocalMesh.Knowledge.Ingestion;
using LocalMesh.Storage;
using Microsoft.Data.Sqlite;

namespace LocalMesh.Knowledge.Index;

/// <summary>A sentence of a passage with its vector from the in-process <see cref="SentenceEncoder"/>.</summary>
/// <param name="Start">Its first character in the passage's text.</param>
/// <param name="Length">Its length there.</param>
/// <param name="Vector">Its unit vector.</param>
public sealed record EncodedSentence(int Start, int Length, float[] Vector);

/// <summary>
/// The in-process sentence encoder's vectors of the passages and of their sentences, in the index's SQLite file:
/// encoded when a document is ingested (passages stored with the encoder's model id, so an index from before the
/// encoder, or from another model, is encoded again on first use). Passage vectors of a collection are kept in memory
/// for brute-force search (384 floats a passage); sentence vectors are read from the file for the few passages an
/// answer is chosen from. Thread-safe.
/// </summary>
public sealed class EncoderVectors
{
    private readonly string _connectionString;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Loaded> _passages = new(StringComparer.Ordinal);

    /// <summary>A collection's vectors in memory: passages, and sentences with the index of their passage.</summary>
    private sealed record Loaded(long[] Ids, float[] Vectors, int[] SentencePassage, float[] SentenceVectors, int Dimensions);

    internal EncoderVectors(string connectionString, SentenceEncoder encoder)
    {
        (_connectionString, Encoder) = (connectionString, encoder);
        using var connection = SqliteDatabase.Open(connectionString);
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS kb_sentences (chunk_id INTEGER NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL, vector BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS kb_sentences_chunk ON kb_sentences (chunk_id);
            """);
        SqliteDatabase.AddColumnIfMissing(connection, "kb_chunks", "encoder", "TEXT");
        SqliteDatabase.AddColumnIfMissing(connection, "kb_chunks", "encoded", "BLOB");
    }

    /// <summary>The encoder.</summary>
    public SentenceEncoder Encoder { get; }

    /// <summary>What is encoded for a passage: its section path and its text, on one line each.</summary>
    public static string Input(string section, string text) => section.Length == 0 ? text : section + "\n" + text;

    /// <summary>Encodes passages and their sentences (one batched call).</summary>
    internal (float[][] Passages, List<TextSentence>[] Sentences, float[][][] SentenceVectors) Encode(IReadOnlyList<(string Section, string Text)> passages)
    {
        var sentences = passages.Select(p => SentenceSplitter.Split(p.Text)).ToArray();
        var inputs = passages.Select(p => Input(p.Section, p.Text)).Concat(sentences.SelectMany(s => s.Select(x => x.Text))).ToList();
        var vectors = Encoder.Encode(inputs);
        var at = passages.Count;
        var sentenceVectors = new float[passages.Count][][];
        for (var i = 0; i < passages.Count; i++)
        {
            sentenceVectors[i] = new float[sentences[i].Count][];
            for (var j = 0; j < sentences[i].Count; j++)
            {
                sentenceVectors[i][j] = vectors[at++].Vector;
            }
        }

        return ([.. vectors.Take(passages.Count).Select(v => v.Vector)], sentences, sentenceVectors);
    }

    /// <summary>Stores one passage's vectors (inside the caller's transaction), unless its text is no longer <paramref name="text"/>.</summary>
    internal void Store(SqliteConnection connection, long chunkId, string text, float[] passage, List<TextSentence> sentences, float[][] sentenceVectors)
    {
        // The text check: a passage replaced since it was read (SQLite may give its id to the new one) keeps the new vectors.
        if (SqliteDatabase.Execute(connection, "UPDATE kb_chunks SET encoder = $p0, encoded = $p1 WHERE id = $p2 AND text = $p3", Encoder.ModelId, Bytes(passage), chunkId, text) == 0)
        {
            return;
        }

        SqliteDatabase.Execute(connection, "DELETE FROM kb_sentences WHERE chunk_id = $p0", chunkId);
        for (var j = 0; j < sentences.Count; j++)
        {
            SqliteDatabase.Execute(connection, "INSERT INTO kb_sentences (chunk_id, start, length, vector) VALUES ($p0, $p1, $p2, $p3)", chunkId, sentences[j].Start, sentences[j].Length, Bytes(sentenceVectors[j]));
        }
    }

    /// <summary>Forgets a collection's vectors in memory (its passages changed).</summary>
    internal void Invalidate(string collection)
    {
        lock (_gate)
        {
            _passages.Remove(collection);
        }
    }

    /// <summary>The passages of <paramref name="collections"/> nearest to <paramref name="query"/> (a unit vector), best first.</summary>
    public List<(long Id, double Score)> Nearest(float[] query, IReadOnlyCollection<string> collections, int limit)
    {
        var best = new TopScores(limit);
        var dimensions = query.Length;
        foreach (var collection in collections)
        {
            var loaded = PassagesOf(collection);
            for (var i = 0; i < loaded.Ids.Length; i++)
            {
                best.Offer(loaded.Ids[i], TensorPrimitives.Dot(query, loaded.Vectors.AsSpan(i * dimensions, dimensions)));
            }
        }

        return best.Best();
    }

    /// <summary>
    /// The passages of <paramref name="collections"/> holding the sentences nearest to <paramref name="query"/>, a passage
    /// scoring its best sentence's cosine, best first: a question is mostly answered by one sentence, which a whole
    /// passage's vector blurs.
    /// </summary>
    public List<(long Id, double Score)> NearestBySentence(float[] query, IReadOnlyCollection<string> collections, int limit)
    {
        var best = new TopScores(limit);
        var dimensions = query.Length;
        foreach (var collection in collections)
        {
            var loaded = PassagesOf(collection);
            var max = new float[loaded.Ids.Length];
            Array.Fill(max, float.MinValue);
            for (var j = 0; j < loaded.SentencePassage.Length; j++)
            {
                var score = TensorPrimitives.Dot(query, loaded.SentenceVectors.AsSpan(j * dimensions, dimensions));
                ref var slot = ref max[loaded.SentencePassage[j]];
                slot = Math.Max(slot, score);
            }

            for (var i = 0; i < max.Length; i++)
            {
                if (max[i] > float.MinValue)
                {
                    best.Offer(loaded.Ids[i], max[i]);
                }
            }
        }

        return best.Best();
    }

    /// <summary>The passage vector and sentences (with their vectors) of each passage in <paramref name="chunkIds"/>.</summary>
    public Dictionary<long, (float[] Passage, List<EncodedSentence> Sentences)> Sentences(IReadOnlyCollection<long> chunkIds)
    {
        var result = new Dictionary<long, (float[], List<EncodedSentence>)>();
        if (chunkIds.Count == 0)
        {
            return result;
        }

        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        var inList = string.Join(", ", chunkIds.Select((_, i) => $"$p{i}"));
        var args = chunkIds.Select(i => (object?)i).ToArray();
        foreach (var (id, vector) in SqliteDatabase.Query(connection, $"SELECT id, encoded FROM kb_chunks WHERE id IN ({inList}) AND encoded IS NOT NULL", r => (r.GetInt64(0), Floats((byte[])r.GetValue(1))), args))
        {
            result[id] = (vector, []);
        }

        foreach (var (id, sentence) in SqliteDatabase.Query(connection, $"SELECT chunk_id, start, length, vector FROM kb_sentences WHERE chunk_id IN ({inList}) ORDER BY chunk_id, start",
            r => (r.GetInt64(0), new EncodedSentence(r.GetInt32(1), r.GetInt32(2), Floats((byte[])r.GetValue(3)))), args))
        {
            if (result.TryGetValue(id, out var entry))
            {
                entry.Item2.Add(sentence);
            }
        }

        return result;
    }

    private Loaded PassagesOf(string collection)
    {
        lock (_gate)
        {
            if (_passages.TryGetValue(collection, out var cached))
            {
                return cached;
            }
        }

        EncodeMissing(collection);
        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        var rows = SqliteDatabase.Query(connection, "SELECT id, encoded FROM kb_chunks WHERE collection = $p0 AND encoder = $p1 ORDER BY id", r => (r.GetInt64(0), (byte[])r.GetValue(1)), collection, Encoder.ModelId);
        var dimensions = rows.Count == 0 ? 0 : rows[0].Item2.Length / sizeof(float);
        var vectors = new float[rows.Count * dimensions];
        for (var i = 0; i < rows.Count; i++)
        {
            MemoryMarshal.Cast<byte, float>(rows[i].Item2).CopyTo(vectors.AsSpan(i * dimensions));
        }

        var positions = new Dictionary<long, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            positions[rows[i].Item1] = i;
        }

        var sentences = SqliteDatabase.Query(connection, "SELECT s.chunk_id, s.vector FROM kb_sentences s JOIN kb_chunks c ON c.id = s.chunk_id WHERE c.collection = $p0 AND c.encoder = $p1 ORDER BY s.chunk_id, s.start",
            r => (r.GetInt64(0), (byte[])r.GetValue(1)), collection, Encoder.ModelId);
        var sentencePassage = new int[sentences.Count];
        var sentenceVectors = new float[sentences.Count * dimensions];
        for (var j = 0; j < sentences.Count; j++)
        {
            sentencePassage[j] = positions[sentences[j].Item1];
            MemoryMarshal.Cast<byte, float>(sentences[j].Item2).CopyTo(sentenceVectors.AsSpan(j * dimensions));
        }

        var entry = new Loaded([.. rows.Select(r => r.Item1)], vectors, sentencePassage, sentenceVectors, dimensions);
        lock (_gate)
        {
            _passages[collection] = entry;
        }

        return entry;
    }

    /// <summary>Encodes the passages of a collection indexed before the encoder, or with another model.</summary>
    private void EncodeMissing(string collection)
    {
        while (true)
        {
            List<(long Id, string Section, string Text)> missing;
            using (var connection = SqliteDatabase.Open(_connectionString))
            {
                missing = SqliteDatabase.Query(connection, "SELECT id, section, text FROM kb_chunks WHERE collection = $p0 AND (encoder IS NULL OR encoder <> $p1) LIMIT 256",
                    r => (r.GetInt64(0), r.GetString(1), r.GetString(2)), collection, Encoder.ModelId);
            }

            if (missing.Count == 0)
            {
                return;
            }

            var (passages, sentences, sentenceVectors) = Encode([.. missing.Select(m => (m.Section, m.Text))]);
            using (var connection = SqliteDatabase.Open(_connectionString))
            {
                SqliteDatabase.Execute(connection, "BEGIN IMMEDIATE");
                for (var i = 0; i < missing.Count; i++)
                {
                    Store(connection, missing[i].Id, missing[i].Text, passages[i], sentences[i], sentenceVectors[i]);
                }

                SqliteDatabase.Execute(connection, "COMMIT");
            }
        }
    }

    private static byte[] Bytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    private static float[] Floats(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
