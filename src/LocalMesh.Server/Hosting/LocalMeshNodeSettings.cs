namespace LocalMesh.Server.Hosting;

/// <summary>How to start a node: what the CLI's <c>localmesh up</c> flags and tests set.</summary>
public sealed record LocalMeshNodeSettings
{
    /// <summary>Command-line arguments passed on to the host (configuration overrides like <c>--LocalMesh:DataDir=...</c>).</summary>
    public string[] Args { get; init; } = [];

    /// <summary>Listen addresses (<c>--urls</c>); default: <c>ASPNETCORE_URLS</c>, else <c>http://127.0.0.1:8080</c>.</summary>
    public string? Urls { get; init; }

    /// <summary>Data directory (<c>--data-dir</c>); overrides <c>LocalMesh:DataDir</c>.</summary>
    public string? DataDir { get; init; }

    /// <summary>An extra JSON configuration file (<c>--config</c>); it must exist.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Configuration values applied last (tests use this).</summary>
    public IReadOnlyDictionary<string, string?>? Overrides { get; init; }

    /// <summary>
    /// The node's clock: request timings, backend waits, the ledger's commit interval, the queue's polling and the folder
    /// watches' settle and rescan times read it. Default: <see cref="TimeProvider.System"/>; tests pass a fake one.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Minimum log level for LocalMesh's own logs.</summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Information;
}
