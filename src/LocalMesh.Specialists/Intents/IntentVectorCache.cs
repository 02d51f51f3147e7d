using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// The sentence vectors of training texts, kept on disk (<c>vectors-{encoder}.bin</c>: a hash of each text and its
/// vector as 16-bit floats), so a retrain or a restart encodes only texts it has not seen. Encoding CLINC150's 15,100
/// training texts takes tens of seconds on two cores; a correction or a new intent adds a handful. Keyed by the
/// encoder's model id, so another model never reads these vectors. Writes go through a temp file and a rename, so
/// processes sharing the directory (nodes on one machine, test processes) never read a half-written file.
/// Not thread-safe; one training at a time uses it.
/// </summary>
public static class IntentVectorCache
{
    private const string Magic = "LMVECT01";

    /// <summary>The vectors of <paramref name="texts"/>, in order, read from the cache in <paramref name="directory"/> or encoded (and then added to it).</summary>
    /// <param name="encoder">The sentence encoder.</param>
    /// <param name="texts">The texts.</param>
    /// <param name="directory">Where the cache file lives.</param>
    /// <param name="cancellationToken">Stops encoding (between batches).</param>
    public static float[][] Encode(IEmbeddingGenerator<string, Embedding<float>> encoder, IReadOnlyList<string> texts, string directory, CancellationToken cancellationToken = default)
    {
        var id = ModelId(encoder);
        var path = Path.Combine(directory, $"vectors-{Sanitize(id)}.bin");
        var known = Read(path);
        var missing = texts.Where(t => !known.ContainsKey(Key(t))).Distinct(StringComparer.Ordinal).ToList();
        const int Chunk = 512; // bounded memory per call, and a cancellation point between chunks
        for (var start = 0; start < missing.Count; start += Chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = missing.GetRange(start, Math.Min(Chunk, missing.Count - start));
            var embeddings = encoder.GenerateAsync(chunk, cancellationToken: cancellationToken).GetAwaiter().GetResult();
            for (var i = 0; i < chunk.Count; i++)
            {
                known[Key(chunk[i])] = Round(embeddings[i].Vector.ToArray());
            }
        }

        if (missing.Count > 0)
        {
            Write(path, known);
        }

        return [.. texts.Select(t => known[Key(t)])];
    }

    /// <summary>The id a cache and a model record for <paramref name="encoder"/>.</summary>
    public static string ModelId(IEmbeddingGenerator<string, Embedding<float>> encoder) =>
        encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? encoder.GetType().Name;

    private static ulong Key(string text) => MemoryMarshal.Read<ulong>(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Vectors are stored as 16-bit floats; the same rounding is applied to fresh ones, so a model trained from the cache equals one trained from scratch.</summary>
    private static float[] Round(float[] vector)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(Half)vector[i];
        }

        return vector;
    }

    private static Dictionary<ulong, float[]> Read(string path)
    {
        var result = new Dictionary<ulong, float[]>();
        if (!File.Exists(path))
        {
            return result;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream);
            if (new string(reader.ReadChars(Magic.Length)) != Magic)
            {
                return result;
            }

            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            if (count < 0 || dimensions is < 1 or > 8192)
            {
                return result;
            }

            var half = new Half[dimensions];
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadUInt64();
                stream.ReadExactly(MemoryMarshal.AsBytes(half.AsSpan()));
                var vector = new float[dimensions];
                System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(half, vector);
                result[key] = vector;
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            result.Clear(); // a damaged cache is only lost time: the texts are encoded again
        }

        return result;
    }

    private static void Write(string path, Dictionary<ulong, float[]> vectors)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var dimensions = vectors.Values.First().Length;
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = File.Create(temp))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic.ToCharArray());
            writer.Write(vectors.Count(v => v.Value.Length == dimensions));
            writer.Write(dimensions);
            var half = new Half[dimensions];
            foreach (var (key, vector) in vectors.Where(v => v.Value.Length == dimensions))
            {
                writer.Write(key);
                System.Numerics.Tensors.TensorPrimitives.ConvertToHalf(vector, half);
                writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    private static string Sanitize(string id) => string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
