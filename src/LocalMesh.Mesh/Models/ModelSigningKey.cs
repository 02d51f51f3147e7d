using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LocalMesh.Mesh.Models;

/// <summary>
/// The key a node signs the model versions it publishes with: ECDSA P-256, made on first start and kept under the data
/// dir (<c>mesh/model-signing-key.pem</c>, PKCS#8, readable by the node's user only). Its public half travels on the
/// node's card and with every version it publishes. Thread-safe.
/// <para>
/// Rotation (<c>localmesh mesh rotate-key</c>) is done in two steps so a node never signs with a key its peers were not
/// told of: the command puts a new key next to the old one (<c>mesh/model-signing-key.next.pem</c>); the node, at its
/// next start, signs a <see cref="ModelKeyRotation"/> statement (old key → new key, its site and node) with the old
/// key, adds it to <c>mesh/model-key-rotations.json</c>, and only then makes the new key its key and deletes the old
/// one. A start cut short between those steps finishes them at the next.
/// </para>
/// </summary>
public sealed class ModelSigningKey : IDisposable
{
    /// <summary>The key file, relative to the data dir.</summary>
    public const string RelativePath = "mesh/model-signing-key.pem";

    /// <summary>A new key waiting for the node's next start to replace the key, relative to the data dir.</summary>
    public const string PendingRelativePath = "mesh/model-signing-key.next.pem";

    /// <summary>The node's own rotation statements, oldest first, relative to the data dir.</summary>
    public const string RotationsRelativePath = "mesh/model-key-rotations.json";

    private readonly ECDsa _key;

    private ModelSigningKey(ECDsa key, string? path, IReadOnlyList<ModelKeyRotation>? rotations = null)
    {
        _key = key;
        Path = path;
        PublicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
        KeyId = ModelSignature.KeyId(PublicKey);
        Rotations = rotations ?? [];
    }

    /// <summary>The node's newest rotation statements (at most <see cref="ModelKeyRotation.MaxCarried"/>), the last one naming this key; none before its first rotation.</summary>
    public IReadOnlyList<ModelKeyRotation> Rotations { get; }

    /// <summary>The file the key is kept in (null for a key held in memory only).</summary>
    public string? Path { get; }

    /// <summary>The public key: base64 of its SubjectPublicKeyInfo (what <c>Models:TrustedKeys</c> lists).</summary>
    public string PublicKey { get; }

    /// <summary>A short name of the public key (first 16 hex digits of its SHA-256), for logs and the ledger.</summary>
    public string KeyId { get; }

    /// <summary>Reads the node's key from <paramref name="dataDir"/>, or makes and stores one there (mode 0600) when there is none.</summary>
    /// <exception cref="InvalidDataException">The file exists but holds no P-256 private key.</exception>
    /// <param name="dataDir">The node's data dir.</param>
    /// <param name="site">The node's site: with <paramref name="node"/>, a pending rotation is carried out (without them it waits).</param>
    /// <param name="node">The node's id.</param>
    /// <param name="time">The clock the rotation statement is dated by.</param>
    public static ModelSigningKey LoadOrCreate(string dataDir, string? site = null, string? node = null, TimeProvider? time = null)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDir, RelativePath));
        var pending = System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDir, PendingRelativePath));
        var rotationsFile = System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDir, RotationsRelativePath));
        var rotations = ReadRotations(rotationsFile);
        if (site is not null && node is not null && File.Exists(pending))
        {
            using var next = ReadKey(pending);
            var nextPublic = Convert.ToBase64String(next.ExportSubjectPublicKeyInfo());
            if (rotations.LastOrDefault()?.NewKey != nextPublic)
            {
                // Not signed yet (a start cut short after signing finds the statement and only finishes the move).
                using var old = ReadKey(path);
                var oldPublic = Convert.ToBase64String(old.ExportSubjectPublicKeyInfo());
                if (rotations.LastOrDefault()?.OldKey == oldPublic)
                {
                    // Signed at a start cut short before the move, and the pending key replaced since (rotate-key again): that
                    // statement's key was never used nor told to peers. Kept, it would fork the chain (the old key naming two
                    // successors), and a peer follows the first: it would never reach the key used from now on.
                    rotations.RemoveAt(rotations.Count - 1);
                }

                rotations.Add(ModelKeyRotation.Create(old, site, node, oldPublic, nextPublic, (rotations.LastOrDefault()?.Sequence ?? 0) + 1, (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds()));
                var temp = rotationsFile + ".tmp";
                using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write))
                {
                    file.Write(Encoding.UTF8.GetBytes(ModelKeyRotation.ToJson(rotations)));
                    file.Flush(flushToDisk: true); // on disk before the old key is deleted below: without its statement, peers could not follow
                }

                File.Move(temp, rotationsFile, overwrite: true);
            }

            File.Move(pending, path, overwrite: true); // the old private key is gone: a copy of it taken before can sign nothing peers take once they rotated
        }

        var exists = File.Exists(path);
        var key = exists ? ReadKey(path) : ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            if (!exists)
            {
                WriteKey(key, path, overwrite: false);
            }

            return new ModelSigningKey(key, path, [.. rotations.TakeLast(ModelKeyRotation.MaxCarried)]);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes a new key to replace the node's key at its next start (<c>localmesh mesh rotate-key</c>); a new key made
    /// before and not yet taken up is replaced.
    /// </summary>
    /// <returns>The short names of the key now (the old one) and of the new one.</returns>
    /// <exception cref="InvalidOperationException">The node has no key yet (nothing to rotate: it makes one at its first start).</exception>
    public static (string OldKeyId, string NewKeyId) PrepareRotation(string dataDir)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDir, RelativePath));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} does not exist: this node has no model signing key to rotate (it makes one at its first start with mesh model updates on).");
        }

        using var old = ReadKey(path);
        using var next = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        WriteKey(next, System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDir, PendingRelativePath)), overwrite: true);
        return (ModelSignature.KeyId(Convert.ToBase64String(old.ExportSubjectPublicKeyInfo())), ModelSignature.KeyId(Convert.ToBase64String(next.ExportSubjectPublicKeyInfo())));
    }

    private static ECDsa ReadKey(string path)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"{path} does not hold a PEM private key ({ex.Message}); move it away and the node makes a new one.", ex);
        }

        if (key.KeySize != 256)
        {
            var size = key.KeySize;
            key.Dispose();
            throw new InvalidDataException($"{path} holds a {size}-bit key; the mesh signs with P-256.");
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // a copied file keeps its secret to the node's user again
        }

        return key;
    }

    private static void WriteKey(ECDsa key, string path, bool overwrite)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // 0600 from the first byte
        }

        using (var file = new StreamWriter(temp, Encoding.ASCII, options))
        {
            file.Write(key.ExportPkcs8PrivateKeyPem());
        }

        File.Move(temp, path, overwrite);
    }

    private static List<ModelKeyRotation> ReadRotations(string file)
    {
        if (!File.Exists(file))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(file), ModelKeyRotationJson.Default.ListModelKeyRotation) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file} is not a JSON list of key rotation statements ({ex.Message}); fix or remove it.", ex);
        }
    }

    /// <summary>Reads a P-256 private key kept in its own file (a site authority's: <c>localmesh mesh authority</c>).</summary>
    /// <exception cref="InvalidDataException">The file holds no P-256 private key.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static ModelSigningKey LoadFile(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return File.Exists(full) ? new ModelSigningKey(ReadKey(full), full) : throw new FileNotFoundException($"{full} does not exist.", full);
    }

    /// <summary>Makes a new P-256 key in its own file (mode 0600); an existing file is never replaced.</summary>
    /// <exception cref="IOException">The file exists.</exception>
    public static ModelSigningKey CreateFile(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new IOException($"{full} exists already; it is not replaced.");
        }

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        WriteKey(key, full, overwrite: false);
        return new ModelSigningKey(key, full);
    }

    /// <summary>The public half of the key waiting in <paramref name="dataDir"/> to replace the node's at its next start (<see cref="PrepareRotation"/>), if any.</summary>
    public static string? PendingPublicKey(string dataDir)
    {
        var pending = System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDir, PendingRelativePath));
        if (!File.Exists(pending))
        {
            return null;
        }

        using var key = ReadKey(pending);
        return Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>A key held in memory only (tests, tools).</summary>
    public static ModelSigningKey CreateEphemeral() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256), null);

    /// <summary>Signs a version: its bytes together with its model, origin and version number (base64, IEEE P1363 r||s).</summary>
    /// <remarks>The first scheme (<c>localmesh-model-version/1</c>, no date): what nodes before version 2 published; kept for tests and the transition.</remarks>
    public string Sign(string model, string site, string node, int version, ReadOnlySpan<byte> payload) =>
        Convert.ToBase64String(_key.SignData(ModelSignature.Message(model, site, node, version, SHA256.HashData(payload)), HashAlgorithmName.SHA256));

    /// <summary>Signs a version under <see cref="ModelSignature.SchemeV2"/>: also its publish time (unix ms).</summary>
    public string Sign(string model, string site, string node, int version, long publishedAt, ReadOnlySpan<byte> payload) =>
        Convert.ToBase64String(_key.SignData(ModelSignature.MessageV2(model, site, node, version, publishedAt, SHA256.HashData(payload)), HashAlgorithmName.SHA256));

    /// <summary>Signs any other message of the node's (a queued job: <see cref="Jobs.JobSignature"/>): base64, IEEE P1363 r||s.</summary>
    public string SignMessage(byte[] message) => Convert.ToBase64String(_key.SignData(message, HashAlgorithmName.SHA256));

    /// <summary>A statement, signed by this key, that <paramref name="node"/>@<paramref name="site"/> now signs with <paramref name="newPublicKey"/> (what a start after <see cref="PrepareRotation"/> makes; tests).</summary>
    public ModelKeyRotation SignRotation(string site, string node, string newPublicKey, int sequence, long at) =>
        ModelKeyRotation.Create(_key, site, node, PublicKey, newPublicKey, sequence, at);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P-256 key {KeyId}");
}

/// <summary>What a version's signature covers, and its check.</summary>
public static class ModelSignature
{
    /// <summary>The object metadata entry that holds the signature (base64).</summary>
    public const string SignatureField = "signature";

    /// <summary>The object metadata entry that holds the signer's public key (base64 SubjectPublicKeyInfo).</summary>
    public const string KeyField = "signing-key";

    /// <summary>The object metadata entry naming the signed message's scheme (<see cref="SchemeV2"/>); absent: the first scheme.</summary>
    public const string SchemeField = "signature-scheme";

    /// <summary>The object metadata entry that holds the signed publish time (unix ms, the publisher's clock).</summary>
    public const string PublishedAtField = "published-at";

    /// <summary>The object metadata entry that holds the publisher's newest key rotation statements (JSON).</summary>
    public const string RotationsField = "key-rotations";

    /// <summary>The second scheme: the first one's fields and the publish time.</summary>
    public const string SchemeV2 = "localmesh-model-version/2";

    /// <summary>
    /// The signed message: a fixed label, the model, the origin's site and node, the version and the SHA-256 of the bytes,
    /// one per line. Binding the origin and version means a signed version cannot be replayed under another node's name
    /// or as another version number.
    /// </summary>
    public static byte[] Message(string model, string site, string node, int version, ReadOnlySpan<byte> sha256) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"localmesh-model-version/1\n{model}\n{site}\n{node}\n{version}\n{Convert.ToHexStringLower(sha256)}"));

    /// <summary>
    /// The second scheme's message: the first one's with its label changed and the publish time (unix ms) before the
    /// digest. The time dates the version for people and the ledger; what refuses an older version is the version number
    /// (signed by both schemes) against the newest one seen (<see cref="ModelVersionMemory"/>).
    /// </summary>
    public static byte[] MessageV2(string model, string site, string node, int version, long publishedAt, ReadOnlySpan<byte> sha256) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{SchemeV2}\n{model}\n{site}\n{node}\n{version}\n{publishedAt}\n{Convert.ToHexStringLower(sha256)}"));

    /// <summary>Whether <paramref name="signature"/> is <paramref name="publicKey"/>'s signature of this version (first scheme); false for anything unreadable.</summary>
    public static bool Verify(string publicKey, string signature, string model, string site, string node, int version, ReadOnlySpan<byte> payload) =>
        Verify(publicKey, signature, Message(model, site, node, version, SHA256.HashData(payload)));

    /// <summary>The same under <see cref="SchemeV2"/>.</summary>
    public static bool Verify(string publicKey, string signature, string model, string site, string node, int version, long publishedAt, ReadOnlySpan<byte> payload) =>
        Verify(publicKey, signature, MessageV2(model, site, node, version, publishedAt, SHA256.HashData(payload)));

    /// <summary>Whether <paramref name="signature"/> is <paramref name="publicKey"/>'s signature of <paramref name="message"/>; false for anything unreadable.</summary>
    public static bool Verify(string publicKey, string signature, byte[] message)
    {
        using var key = TryImport(publicKey);
        Span<byte> sig = stackalloc byte[128];
        return key is not null && signature.Length <= 172 && Convert.TryFromBase64String(signature, sig, out var length)
            && key.VerifyData(message, sig[..length], HashAlgorithmName.SHA256);
    }

    /// <summary>A P-256 public key from base64 SubjectPublicKeyInfo, or null when it is not one.</summary>
    public static ECDsa? TryImport(string? publicKey)
    {
        if (publicKey is null || publicKey.Length > 512)
        {
            return null;
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKey), out _);
            if (key.KeySize == 256)
            {
                return key;
            }
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
        }

        key.Dispose();
        return null;
    }

    /// <summary>Whether <paramref name="publicKey"/> is a P-256 public key (base64 SubjectPublicKeyInfo).</summary>
    public static bool IsPublicKey(string? publicKey)
    {
        using var key = TryImport(publicKey);
        return key is not null;
    }

    /// <summary>A short name of a public key: the first 16 hex digits of the SHA-256 of its text.</summary>
    public static string KeyId(string publicKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(publicKey)))[..16];
}
