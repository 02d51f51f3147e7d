using System.CommandLine;
using LocalMesh.Mesh.Hosting;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh mesh up</c> (a supervised local NATS server), <c>localmesh mesh rotate-key</c> (a new model signing key) and <c>localmesh nodes</c> (the live membership table).</summary>
internal static class MeshCommands
{
    public static Command Mesh()
    {
        var port = new Option<int>("--port") { Description = "Client port (default 4222).", DefaultValueFactory = _ => 4222 };
        var host = new Option<string>("--host") { Description = "Interface to listen on (default 127.0.0.1; 0.0.0.0 for other machines).", DefaultValueFactory = _ => "127.0.0.1" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Where JetStream keeps its data (default: ./data/nats)." };
        var clusterPort = new Option<int>("--cluster-port") { Description = "Join a NATS cluster: this server's route port (0: no cluster)." };
        var routes = new Option<string[]>("--routes") { Description = "Cluster: the other servers' route URLs (nats://host:port).", AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "The server's name, unique in a cluster (default: localmesh-MACHINE-PORT)." };
        var config = new Option<string?>("--config") { Description = "A nats-server configuration file (accounts, users, subject permissions, TLS)." };
        var up = new Command("up", "Start and supervise a local NATS server with JetStream (restarted if it dies); nodes join with 'localmesh up --mesh nats://HOST:PORT'.")
        {
            port, host, dataDir, clusterPort, routes, name, config,
        };
        up.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            if (NatsServerProcess.FindExecutable() is null)
            {
                throw new CliException("nats-server is not installed; on Debian/Ubuntu: sudo apt-get install -y nats-server", 2);
            }

            var store = Path.GetFullPath(parse.GetValue(dataDir) ?? Path.Combine("data", "nats"));
            var restarts = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                await using var server = new NatsServerProcess(store, parse.GetValue(port), parse.GetValue(host)!)
                {
                    ClusterPort = parse.GetValue(clusterPort),
                    Routes = parse.GetValue(routes) ?? [],
                    ConfigFile = parse.GetValue(config),
                    Name = parse.GetValue(name),
                };
                try
                {
                    await server.StartAsync(TimeSpan.FromSeconds(15), cancellationToken);
                }
                catch (InvalidOperationException ex) when (restarts == 0)
                {
                    throw new CliException(ex.Message);
                }

                Console.WriteLine(restarts == 0
                    ? $"NATS server (JetStream) is up on {server.Url}; data: {store}\n  join nodes with: ./localmesh up --mesh {server.Url} --site NAME --node-id NAME\n  Press Ctrl+C to stop."
                    : $"NATS server restarted ({restarts}) on {server.Url}");
                try
                {
                    var code = await server.WaitForExitAsync(cancellationToken);
                    Console.Error.WriteLine($"nats-server exited with code {code}; restarting in 1 s");
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                restarts++;
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return 0;
        }));
        return new Command("mesh", "The mesh's NATS server, its streams, and this node's model signing key.") { up, Provision(), RotateKey(), SiteAuthorityCommands.Authority(), SiteAuthorityCommands.Certify(), SiteAuthorityCommands.Key() };
    }

    /// <summary>
    /// <c>localmesh mesh rotate-key</c>: makes the node's next model signing key. The node takes it up at its next start
    /// (not live: the running node keeps signing with the key its peers know until then, and a rotation statement needs
    /// its site and node id, which the node knows from its configuration).
    /// </summary>
    private static Command RotateKey()
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "The node's data dir (default: ./data)." };
        var command = new Command("rotate-key", "Make a new model signing key for this node; at its next start the node signs a rotation statement with the old key, switches, and deletes the old key.") { dataDir };
        command.SetAction(parse => CliRunner.RunAsync(() =>
        {
            var dir = Path.GetFullPath(parse.GetValue(dataDir) ?? "data");
            (string OldKeyId, string NewKeyId) ids;
            try
            {
                ids = LocalMesh.Mesh.Models.ModelSigningKey.PrepareRotation(dir);
            }
            catch (InvalidOperationException ex)
            {
                throw new CliException(ex.Message);
            }

            Console.WriteLine($"New model signing key {ids.NewKeyId} made to replace {ids.OldKeyId} ({Path.Combine(dir, LocalMesh.Mesh.Models.ModelSigningKey.PendingRelativePath)}).");
            Console.WriteLine("The node switches at its next start: restart it now. It then signs a rotation statement (old key -> new key) with the old key,");
            Console.WriteLine("deletes the old key, and republishes its model signed with the new one. Peers that trust the old key (pinned or in TrustedKeys)");
            Console.WriteLine("accept the new key on that statement (routine rotation).");
            Console.WriteLine($"If the old key may have been copied, its statement proves nothing: list {ids.OldKeyId} in the peers' LocalMesh:Mesh:Models:RevokedKeys instead;");
            Console.WriteLine("same-site peers then pin the new key from the node's card, and peers of other sites need it in their TrustedKeys.");
            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>
    /// <c>localmesh mesh provision</c>: makes the mesh's JetStream streams and buckets as an administrator, for a server whose
    /// site users may not make streams (docs/mesh-nats.conf, docs/mesh.md Security).
    /// </summary>
    private static Command Provision()
    {
        var url = new Option<string>("--url") { Description = "The NATS server (default nats://127.0.0.1:4222).", DefaultValueFactory = _ => "nats://127.0.0.1:4222" };
        var sites = new Option<string[]>("--sites") { Description = "The sites to make streams and buckets for (e.g. --sites plant hq).", AllowMultipleArgumentsPerToken = true, Required = true };
        var user = new Option<string?>("--user") { Description = "The administrator's NATS user (the 'admin' of docs/mesh-nats.conf); the password from --password-env." };
        var passwordEnv = new Option<string?>("--password-env") { Description = "Environment variable holding the administrator's password." };
        var creds = new Option<string?>("--creds") { Description = "NATS credentials file." };
        var replicas = new Option<int>("--replicas") { Description = "Replicas of each stream on a cluster (LocalMesh:Mesh:Replicas; default 1).", DefaultValueFactory = _ => 1 };
        var peerTimeout = new Option<double>("--peer-timeout-seconds") { Description = "The nodes' LocalMesh:Mesh:PeerTimeoutSeconds (cards expire after twice that; default 2).", DefaultValueFactory = _ => 2 };
        var command = new Command("provision", "Make (or update) the mesh's JetStream streams and buckets for the given sites, as the server's administrator; nodes then only open them.")
        {
            url, sites, user, passwordEnv, creds, replicas, peerTimeout,
        };
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            var options = new LocalMesh.Mesh.MeshOptions
            {
                Url = parse.GetValue(url),
                Site = "admin",
                NodeId = "provision",
                User = parse.GetValue(user),
                PasswordEnv = parse.GetValue(passwordEnv),
                CredsFile = parse.GetValue(creds),
                Replicas = parse.GetValue(replicas),
                PeerTimeoutSeconds = parse.GetValue(peerTimeout),
            };
            await using var connection = new NATS.Client.Core.NatsConnection(LocalMesh.Mesh.Transport.MeshConnection.CreateOpts(options) with { RetryOnInitialConnect = false, InboxPrefix = "_INBOX" });
            try
            {
                await connection.ConnectAsync();
                var done = await LocalMesh.Mesh.Transport.MeshResources.ProvisionAsync(new NATS.Client.JetStream.NatsJSContext(connection), options, parse.GetValue(sites)!, cancellationToken);
                foreach (var line in done)
                {
                    Console.WriteLine("made " + line);
                }
            }
            catch (Exception ex) when (ex is NATS.Client.Core.NatsException or ArgumentException)
            {
                throw new CliException(ex is NATS.Client.Core.NatsException
                    ? $"{ex.Message} (is the server up, and may this user make streams? It takes the administrator's rights, $JS.API.>)"
                    : ex.Message);
            }

            return 0;
        }));
        return command;
    }

    public static Command Nodes()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var command = new Command("nodes", "Show the mesh's live nodes as this node sees them: site, tier, health, load, backends and models.") { url, key, json };
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/nodes", cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            if (list.GetProperty("mesh").ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                Console.WriteLine("This node is not in a mesh. Start one with './localmesh mesh up' and './localmesh up --mesh nats://127.0.0.1:4222 --site NAME --node-id NAME'.");
                return 0;
            }

            var mesh = list.GetProperty("mesh");
            Console.WriteLine($"mesh {mesh.GetProperty("url").GetString()} — this node: {mesh.GetProperty("node").GetString()} (site {mesh.GetProperty("site").GetString()}), {(mesh.GetProperty("connected").GetBoolean() ? "connected" : "NOT connected")}");
            var table = new Table().AddColumns("node", "site", "tier", "health", "load", "last seen", "backends (models)", "intents", "knowledge");
            foreach (var n in list.GetProperty("data").EnumerateArray())
            {
                var backends = string.Join(", ", n.GetProperty("backends").EnumerateArray().Select(b =>
                    $"{b.GetProperty("name").GetString()}/{b.GetProperty("tier").GetString()} ({string.Join(' ', b.GetProperty("models").EnumerateArray().Take(3).Select(m => m.GetString()))})"));
                var knowledge = string.Join(", ", n.GetProperty("knowledge").EnumerateArray().Select(k => $"{k.GetProperty("collection").GetString()}:{k.GetProperty("domain").GetString()}"));
                table.AddRow(
                    Markup.Escape(n.GetProperty("node").GetString()!),
                    Markup.Escape(n.GetProperty("site").GetString()!),
                    n.GetProperty("tier").GetString()!,
                    n.GetProperty("health").GetString() == "ok" ? "[green]ok[/]" : $"[yellow]{Markup.Escape(n.GetProperty("health").GetString()!)}[/]",
                    $"{n.GetProperty("in_flight").GetInt32()}/{n.GetProperty("capacity").GetInt32()}",
                    $"{n.GetProperty("last_seen_ms").GetDouble():0} ms",
                    Markup.Escape(backends),
                    n.GetProperty("intents").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(knowledge));
            }

            CliRunner.Out().Write(table);
            return 0;
        }));
        return command;
    }
}
