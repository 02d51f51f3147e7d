using System.Globalization;
using LocalMesh.Bench;

// Gateway overhead: the same OpenAI-protocol upstream called directly, through YARP (the floor), through LocalMesh and
// through the Portkey peer, side by side in one run (Gateway/GatewayBench.cs).
// Usage: dotnet run -c Release --project bench/LocalMesh.Bench -- [--seconds 5] [--warmup 5] [--concurrency 1,64] [--rounds 1] [--peer] [--in-process] [--node-env NAME=VALUE]...
//        (--rounds N: each row is the median of N interleaved rounds; --peer: run bench/peers/install.sh first; --in-process: the node inside the bench process, for profiling; --node-env: e.g. DOTNET_gcServer=1 for the node)
//        dotnet run -c Release --project bench/LocalMesh.Bench -- intents [--seconds 5] [--warmup 2]   (the local tier's speed)
//        dotnet run -c Release --project bench/LocalMesh.Bench -- privacy [--seconds 5] [--warmup 2]   (scanning speed)
//        dotnet run -c Release --project bench/LocalMesh.Bench -- kb [--seconds 5] [--warmup 2]        (knowledge index)
var seconds = Arg("--seconds", 5.0);
var warmup = Arg("--warmup", 2.0);
if (args.FirstOrDefault() == "yarp-floor" && args.Length == 3)
{
    await LocalMesh.Bench.Gateway.YarpFloor.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)); // the gateway bench's child process
    return 0;
}

if (args.FirstOrDefault() == "intents")
{
    return await IntentsBench.RunAsync(seconds, warmup);
}

if (args.FirstOrDefault() == "privacy")
{
    return PrivacyBench.Run(seconds, warmup);
}

if (args.FirstOrDefault() == "kb")
{
    return KnowledgeBench.Run(seconds, warmup);
}

// A fresh node tiers up about 1,500 methods in the first seconds of each new kind of load (tiered JIT with dynamic PGO,
// measured with dotnet-counters: up to 0.9 s of JIT per second); 5 s of warm-up per cell keeps that out of the measurement.
var gatewayWarmup = Arg("--warmup", 5.0);
var concurrencies = (ArgText("--concurrency") ?? "1,64").Split(',').Select(int.Parse).ToArray();
return await LocalMesh.Bench.Gateway.GatewayBench.RunAsync(seconds, gatewayWarmup, (int)Arg("--rounds", 1), concurrencies, args.Contains("--peer"), args.Contains("--in-process"),
    [.. args.Select((a, i) => (a, i)).Where(x => x.a == "--node-env" && x.i + 1 < args.Length).Select(x => args[x.i + 1])]);

double Arg(string name, double fallback) => ArgText(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
string? ArgText(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
