using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LocalMesh.Mesh.Models;

/// <summary>
/// The key a node signs the model versions it publishes with: ECDSA P-256, made on first start and kept under the data
/// dir (<c>mesh/model-signing-key.pem</c>, PKCS#8, readable by the node's user only). Its public half travels on the
/// node's card and with every version it publishes. Thread-safe.
/// </summary>
public sealed class ModelSigningKey : IDisposable
{
    /// <summary>The key file, relative to the data dir.</summary>
    public const string RelativePath = "mesh/model-signing-key.pem";

    private readonly ECDsa _key;

    private ModelSigningKey(ECDsa key, string? path)
    {
        _key = key;
        Path = path;
        PublicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
        KeyId = ModelSignature.KeyId(PublicKey);
    }

    /// <summary>The file the key is kept in (null for a key held in memory only).</summary>
    public string? Path { get; }

    /// <summary>The public key: base64 of its SubjectPublicKeyInfo (what <c>Models:TrustedKeys</c> lists).</summary>
    public string PublicKey { get; }

    /// <summary>A short name of the public key (first 16 hex digits of its SHA-256), for logs and the ledger.</summary>
    public string KeyId { get; }

    /// <summary>Reads the node's key from <paramref name="dataDir"/>, or makes and stores one there (mode 0600) when there is none.</summary>
    /// <exception cref="InvalidDataException">The file exists but holds no P-256 private key.</exception>
    public static ModelSigningKey LoadOrCreate(string dataDir)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDir, RelativePath));
        var key = ECDsa.Create();
        try
        {
            if (File.Exists(path))
            {
                try
                {
                    key.ImportFromPem(File.ReadAllText(path));
                }
                catch (Exception ex) when (ex is ArgumentException or CryptographicException)
                {
                    throw new InvalidDataException($"{path} does not hold a PEM private key ({ex.Message}); move it away and the node makes a new one.", ex);
                }

                if (key.KeySize != 256)
                {
                    throw new InvalidDataException($"{path} holds a {key.KeySize}-bit key; the mesh signs with P-256.");
                }

                if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // a copied file keeps its secret to the node's user again
                }
            }
            else
            {
                key.GenerateKey(ECCurve.NamedCurves.nistP256);
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

                File.Move(temp, path, overwrite: false);
            }

            return new ModelSigningKey(key, path);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>A key held in memory only (tests, tools).</summary>
    public static ModelSigningKey CreateEphemeral() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256), null);

    /// <summary>Signs a version: its bytes together with its model, origin and version number (base64, IEEE P1363 r||s).</summary>
    public string Sign(string model, string site, string node, int version, ReadOnlySpan<byte> payload) =>
        Convert.ToBase64String(_key.SignData(ModelSignature.Message(model, site, node, version, SHA256.HashData(payload)), HashAlgorithmName.SHA256));

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

    /// <summary>
    /// The signed message: a fixed label, the model, the origin's site and node, the version and the SHA-256 of the bytes,
    /// one per line. Binding the origin and version means a signed version cannot be replayed under another node's name
    /// or as another version number.
    /// </summary>
    public static byte[] Message(string model, string site, string node, int version, ReadOnlySpan<byte> sha256) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"localmesh-model-version/1\n{model}\n{site}\n{node}\n{version}\n{Convert.ToHexStringLower(sha256)}"));

    /// <summary>Whether <paramref name="signature"/> is <paramref name="publicKey"/>'s signature of this version; false for anything unreadable.</summary>
    public static bool Verify(string publicKey, string signature, string model, string site, string node, int version, ReadOnlySpan<byte> payload)
    {
        using var key = TryImport(publicKey);
        Span<byte> sig = stackalloc byte[128];
        return key is not null && Convert.TryFromBase64String(signature, sig, out var length)
            && key.VerifyData(Message(model, site, node, version, SHA256.HashData(payload)), sig[..length], HashAlgorithmName.SHA256);
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
