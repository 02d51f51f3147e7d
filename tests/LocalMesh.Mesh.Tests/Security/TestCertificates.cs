using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>Certificates made at test time (ECDSA P-256, valid for a day): a CA, and server and client certificates it signs, written as PEM files.</summary>
internal sealed class TestCertificates : IDisposable
{
    private readonly X509Certificate2 _ca;
    private readonly string _dir;

    /// <summary>Makes a CA named <paramref name="name"/> and writes its certificate to <c>{name}.pem</c> in <paramref name="dir"/>.</summary>
    public TestCertificates(string dir, string name)
    {
        _dir = dir;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        _ca = request.CreateSelfSigned(now.AddHours(-1), now.AddDays(2));
        CaFile = Path.Combine(dir, name + ".pem");
        File.WriteAllText(CaFile, _ca.ExportCertificatePem());
    }

    /// <summary>The CA's certificate (PEM).</summary>
    public string CaFile { get; }

    /// <summary>
    /// Issues a certificate for <paramref name="name"/> (a server's for 127.0.0.1 and localhost, or a client's; with
    /// <paramref name="alsoClient"/> a server's that is also a client's, as a cluster's routes need: each server dials the
    /// others); returns its certificate and key files.
    /// </summary>
    public (string Cert, string Key) Issue(string name, bool server, bool alsoClient = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var usages = new OidCollection { new Oid(server ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2") };
        if (server && alsoClient)
        {
            usages.Add(new Oid("1.3.6.1.5.5.7.3.2"));
        }

        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usages, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        if (server)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        var now = DateTimeOffset.UtcNow;
        using var certificate = request.Create(_ca, now.AddMinutes(-30), now.AddDays(1), RandomNumberGenerator.GetBytes(16));
        var (certFile, keyFile) = (Path.Combine(_dir, name + ".pem"), Path.Combine(_dir, name + "-key.pem"));
        File.WriteAllText(certFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certFile, keyFile);
    }

    /// <inheritdoc />
    public void Dispose() => _ca.Dispose();
}
