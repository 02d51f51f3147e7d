using System.CommandLine;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Models;

namespace LocalMesh.Cli.Commands;

/// <summary>
/// <c>localmesh mesh authority</c> (a site's authority key), <c>localmesh mesh certify</c> (a certificate of a node's key)
/// and <c>localmesh mesh key</c> (a node's public key): docs/mesh.md, "Site authorities".
/// </summary>
internal static class SiteAuthorityCommands
{
    public static Command Authority()
    {
        var file = new Option<string>("--key") { Description = "The authority's private key file (made when missing; keep it off the nodes).", Required = true };
        var command = new Command("authority", "Make a site's authority key (or show the public key of one made before): its public key goes into every node's LocalMesh:Mesh:SiteAuthorities.") { file };
        command.SetAction(parse => CliRunner.RunAsync(() =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var made = !File.Exists(path);
            using var key = Load(path, create: made);
            Console.WriteLine(made ? $"Site authority key {key.KeyId} made: {path} (mode 0600; keep it on the administrator's machine, not on the nodes)." : $"Site authority key {key.KeyId}: {path}");
            Console.WriteLine("Its public key, for every node's configuration (LocalMesh:Mesh:SiteAuthorities:SITE, or LocalMesh__Mesh__SiteAuthorities__SITE):");
            Console.WriteLine(key.PublicKey);
            return Task.FromResult(0);
        }));
        return command;
    }

    public static Command Certify()
    {
        var authority = new Option<string>("--authority") { Description = "The site's authority key file ('localmesh mesh authority').", Required = true };
        var site = new Option<string>("--site") { Description = "The node's site.", Required = true };
        var node = new Option<string>("--node-id") { Description = "The node's id.", Required = true };
        var dataDir = new Option<string?>("--data-dir") { Description = "The node's data dir on this machine: its key (and the next one, after rotate-key) is certified and the certificates are kept there." };
        var publicKey = new Option<string?>("--public-key") { Description = "Certify this public key instead ('localmesh mesh key' on the node prints it); with --out." };
        var output = new Option<string?>("--out") { Description = "With --public-key: the file to write (copy it to the node's DATA_DIR/mesh/node-certificates.json)." };
        var days = new Option<int>("--days") { Description = $"How long the certificate is valid (default {SiteAuthority.DefaultValidity.TotalDays:0}).", DefaultValueFactory = _ => (int)SiteAuthority.DefaultValidity.TotalDays };
        var command = new Command("certify", "Certify a node's key under its site's authority; peers that list the authority take the node's cards and trust its key for model versions and jobs.")
        {
            authority, site, node, dataDir, publicKey, output, days,
        };
        command.SetAction(parse => CliRunner.RunAsync(() =>
        {
            var (dir, key, outFile) = (parse.GetValue(dataDir), parse.GetValue(publicKey), parse.GetValue(output));
            if ((dir is null) == (key is null))
            {
                throw new CliException("give either --data-dir (a node on this machine) or --public-key with --out (a node elsewhere)");
            }

            if (key is not null && outFile is null)
            {
                throw new CliException("--public-key needs --out FILE (copied to the node's DATA_DIR/mesh/node-certificates.json)");
            }

            if (parse.GetValue(days) is < 1 or > 3650)
            {
                throw new CliException("--days must be 1 to 3650");
            }

            using var signer = Load(Path.GetFullPath(parse.GetValue(authority)!), create: false);
            IReadOnlyList<NodeCertificate> issued;
            try
            {
                issued = dir is not null
                    ? SiteAuthority.CertifyDataDir(signer, parse.GetValue(site)!, parse.GetValue(node)!, dir, TimeSpan.FromDays(parse.GetValue(days)), DateTimeOffset.UtcNow)
                    : SiteAuthority.CertifyKey(signer, parse.GetValue(site)!, parse.GetValue(node)!, key!, outFile!, TimeSpan.FromDays(parse.GetValue(days)), DateTimeOffset.UtcNow);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new CliException(ex.Message);
            }

            var file = dir is not null ? Path.GetFullPath(Path.Combine(dir, NodeCertificate.RelativePath)) : Path.GetFullPath(outFile!);
            foreach (var certificate in issued)
            {
                Console.WriteLine($"Certified key {certificate.KeyId} as {certificate.Node}@{certificate.Site}'s under authority {certificate.Authority}, valid until {DateTimeOffset.FromUnixTimeMilliseconds(certificate.ExpiresAt):yyyy-MM-dd} UTC.");
            }

            Console.WriteLine($"Written to {file}.{(dir is null ? " Copy it to the node's DATA_DIR/mesh/node-certificates.json." : "")} The node carries it from its next start.");
            return Task.FromResult(0);
        }));
        return command;
    }

    public static Command Key()
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "The node's data dir (default: ./data)." };
        var command = new Command("key", "Print this node's public signing key (made now if the node has none yet), to certify it elsewhere or list it in a peer's TrustedKeys.") { dataDir };
        command.SetAction(parse => CliRunner.RunAsync(() =>
        {
            try
            {
                var dir = Path.GetFullPath(parse.GetValue(dataDir) ?? "data");
                using var key = ModelSigningKey.LoadOrCreate(dir);
                Console.WriteLine(key.PublicKey);
                if (ModelSigningKey.PendingPublicKey(dir) is { } pending)
                {
                    // After rotate-key: the node switches to this one at its next start; certify it too, or a node whose site has an authority will not start.
                    Console.Error.WriteLine("next key (after rotate-key; certify it too before the node restarts):");
                    Console.WriteLine(pending);
                }

                return Task.FromResult(0);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new CliException(ex.Message);
            }
        }));
        return command;
    }

    private static ModelSigningKey Load(string path, bool create)
    {
        try
        {
            return create ? ModelSigningKey.CreateFile(path) : ModelSigningKey.LoadFile(path);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{path} does not exist (make the site's authority key with: localmesh mesh authority --key {path})");
        }
        catch (InvalidDataException)
        {
            throw new CliException($"{path} does not hold a P-256 private key in PEM (a site's authority key is made with: localmesh mesh authority --key FILE)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ex.Message);
        }
    }
}
