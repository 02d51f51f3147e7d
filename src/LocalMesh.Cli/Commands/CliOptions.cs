using System.CommandLine;

namespace LocalMesh.Cli.Commands;

/// <summary>Options shared by the commands that talk to a running node.</summary>
internal static class CliOptions
{
    public static Option<string> Url() => new("--url")
    {
        Description = "The node's address: http://127.0.0.1:8080 (where 'localmesh up' listens) unless this or the LOCALMESH_URL environment variable says otherwise.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LOCALMESH_URL") is { Length: > 0 } url ? url : "http://127.0.0.1:8080",
    };

    public static Option<string?> Key() => new("--key")
    {
        Description = "API key, when the node requires one (env LOCALMESH_API_KEY).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LOCALMESH_API_KEY"),
    };

    public static Option<bool> Json() => new("--json") { Description = "Print the raw JSON instead of a table." };
}
