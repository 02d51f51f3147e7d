using System.CommandLine;
using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Health;
using LocalMesh.Specialists.Intents;
using LocalMesh.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh up</c>: starts a node and prints its address, tiers and backends with their health.</summary>
internal static class UpCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Listen addresses, e.g. http://127.0.0.1:8080 (default: ASPNETCORE_URLS, else http://127.0.0.1:8080)." };
        var dataDir = new Option<string?>("--data-dir") { Description = "Where the ledger and queue live (default: ./data)." };
        var config = new Option<string?>("--config") { Description = "An extra JSON configuration file (appsettings.json and localmesh.json in the working directory are read too)." };
        var verbose = new Option<bool>("--verbose") { Description = "Log debug details (never prompt contents)." };
        var mesh = new Option<string?>("--mesh") { Description = "Join the mesh on this NATS server, e.g. nats://127.0.0.1:4222 (LocalMesh:Mesh:Url; 'localmesh mesh up' starts one)." };
        var site = new Option<string?>("--site") { Description = "This node's site in the mesh (LocalMesh:Mesh:Site): same-site peers count as edge, others as remote." };
        var nodeId = new Option<string?>("--node-id") { Description = "This node's id in the mesh (LocalMesh:Mesh:NodeId; default: the machine name)." };
        var meshUser = new Option<string?>("--mesh-user") { Description = "NATS user (LocalMesh:Mesh:User); the password from the env variable named by --mesh-password-env." };
        var meshPasswordEnv = new Option<string?>("--mesh-password-env") { Description = "Environment variable holding the NATS password (LocalMesh:Mesh:PasswordEnv)." };
        var meshCreds = new Option<string?>("--mesh-creds") { Description = "NATS credentials file (LocalMesh:Mesh:CredsFile)." };
        var meshTlsCa = new Option<string?>("--mesh-tls-ca") { Description = "TLS to the NATS server: the CA (PEM) its certificate chains to (LocalMesh:Mesh:TlsCaFile)." };
        var meshTlsCert = new Option<string?>("--mesh-tls-cert") { Description = "TLS: this node's client certificate (PEM) for a server that verifies clients (LocalMesh:Mesh:TlsCertFile)." };
        var meshTlsKey = new Option<string?>("--mesh-tls-key") { Description = "TLS: the client certificate's private key (PEM) (LocalMesh:Mesh:TlsKeyFile)." };
        var command = new Command("up", "Start a node: the OpenAI-compatible API on /v1, routing local → edge → cloud under policy.")
        {
            urls, dataDir, config, verbose, mesh, site, nodeId, meshUser, meshPasswordEnv, meshCreds, meshTlsCa, meshTlsCert, meshTlsKey,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            WebApplication app;
            try
            {
                app = LocalMeshNode.Build(new LocalMeshNodeSettings
                {
                    Args = [.. parse.UnmatchedTokens],
                    Urls = parse.GetValue(urls),
                    DataDir = parse.GetValue(dataDir),
                    ConfigFile = parse.GetValue(config),
                    LogLevel = parse.GetValue(verbose) ? Microsoft.Extensions.Logging.LogLevel.Debug : Microsoft.Extensions.Logging.LogLevel.Information,
                    Overrides = MeshOverrides((parse.GetValue(mesh), "Url"), (parse.GetValue(site), "Site"), (parse.GetValue(nodeId), "NodeId"),
                        (parse.GetValue(meshUser), "User"), (parse.GetValue(meshPasswordEnv), "PasswordEnv"), (parse.GetValue(meshCreds), "CredsFile"),
                        (parse.GetValue(meshTlsCa), "TlsCaFile"), (parse.GetValue(meshTlsCert), "TlsCertFile"), (parse.GetValue(meshTlsKey), "TlsKeyFile")),
                });
            }
            catch (LocalMeshConfigurationException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }
            catch (FileNotFoundException ex)
            {
                throw new CliException(ex.Message, 2);
            }

            try
            {
                await app.StartNodeAsync(cancellationToken);
            }
            catch (LocalMeshConfigurationException ex)
            {
                Console.Error.WriteLine(ex.Message);
                await app.DisposeAsync();
                return 2;
            }
            catch (IOException ex)
            {
                throw new CliException($"cannot listen: {ex.Message}");
            }

            await app.Services.GetRequiredService<HealthProber>().ProbeAllAsync(cancellationToken);
            PrintBanner(app);
            if (app.Services.GetService<IntentModelStore>() is { Current: null } models)
            {
                // First start: the built-in intent model trains from the shipped data (about 10 s on 2 cores), then is cached.
                models.StatusChanged += status => Console.WriteLine($"  intent model: {status}");
            }

            if (app.Services.GetService<LocalMesh.Privacy.Tagging.TaggerDetector>() is { Ready.IsCompleted: false } tagger)
            {
                // First start: the entity tagger trains from generated sentences (about 10 s on 2 cores), then is cached.
                Console.WriteLine("  entity tagger: training (requests to redacted tiers wait for it)");
                _ = tagger.Ready.ContinueWith(_ => Console.WriteLine($"  entity tagger: {tagger.Status}"), TaskScheduler.Default);
            }

            await app.WaitForShutdownAsync(CancellationToken.None);
            return 0;
        }));
        return command;
    }

    private static Dictionary<string, string?>? MeshOverrides(params (string? Value, string Key)[] flags)
    {
        var given = flags.Where(f => f.Value is not null).ToDictionary(f => "LocalMesh:Mesh:" + f.Key, f => f.Value);
        return given.Count == 0 ? null : given;
    }

    private static void PrintBanner(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<LocalMeshOptions>();
        var registry = app.Services.GetRequiredService<BackendRegistry>();
        var console = CliRunner.Out();
        console.MarkupLine($"[bold green]LocalMesh node is up[/] on {Markup.Escape(string.Join(", ", addresses))}");
        console.MarkupLine($"  OpenAI-compatible API: [blue]{Markup.Escape(addresses.FirstOrDefault() ?? string.Empty)}/v1[/]   data: {Markup.Escape(Path.GetFullPath(options.DataDir))}");
        var table = new Table().AddColumns("tier", "backend", "endpoint", "models", "health");
        if (registry.SpecialistsPrimary is not null)
        {
            var status = app.Services.GetService<IntentModelStore>()?.Status ?? "ready";
            table.AddRow("local", "specialists", "in-process", "intents + skills", status.StartsWith("ready", StringComparison.Ordinal) ? $"[green]{Markup.Escape(status)}[/]" : $"[yellow]{Markup.Escape(status)}[/]");
        }

        foreach (var backend in registry.All.OrderBy(b => b.Tier))
        {
            var healthy = backend.State.IsAvailable(out var why);
            table.AddRow(backend.Tier.Name(), Markup.Escape(backend.Name), Markup.Escape(backend.State.Config.Endpoint ?? string.Empty),
                Markup.Escape(string.Join(", ", backend.State.Models.Take(4))), healthy ? "[green]healthy[/]" : $"[red]{Markup.Escape(why ?? "down")}[/]");
        }

        if (registry.All.Count == 0 && registry.SpecialistsPrimary is null)
        {
            table.AddRow("-", "(none)", "add backends under LocalMesh:Backends in localmesh.json", "-", "-");
        }

        console.Write(table);
        var domains = options.Policy.EffectiveDomains().OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}→{string.Join('/', d.Value.Tiers)}");
        console.MarkupLine($"  policy: {Markup.Escape(string.Join("  ", domains))} (default domain: {Markup.Escape(options.Policy.DefaultDomain)})");
        console.MarkupLine(options.Keys.Count == 0 ? "  [yellow]no API keys configured: the API is open to anyone who can reach the address[/]" : $"  {options.Keys.Count} API key(s) configured");
        if (app.Services.GetService<LocalMesh.Mesh.MeshOptions>() is { } meshOptions)
        {
            console.MarkupLine($"  mesh: {Markup.Escape(meshOptions.Url!)} as node [bold]{Markup.Escape(meshOptions.EffectiveNodeId)}[/] of site [bold]{Markup.Escape(meshOptions.Site)}[/] (peers: ./localmesh nodes)");
        }

        console.MarkupLine("  Press Ctrl+C to stop.");
    }
}
