using System.Globalization;
using LocalMesh.Bench;

const string Usage = """
    Usage:
      dotnet run -c Release --project bench/LocalMesh.Bench -- [gateway options]
          Gateway overhead: the same OpenAI-protocol upstream called directly, through YARP (the floor), through LocalMesh
          and through the Portkey peer, side by side in one run (Gateway/GatewayBench.cs).
          --seconds N          measured seconds per cell (default 5)
          --warmup N           warm-up seconds before each cell (default 5)
          --concurrency A,B    concurrent clients per cell (default 1,64)
          --rounds N           each row is the median of N interleaved rounds (default 1)
          --upstream-ms N      the upstream waits N ms before it answers, like a model's time to first token (default 0:
                               answers at once, so the gateway's own cost is what is measured)
          --peer               add Portkey (run bench/peers/install.sh once first)
          --in-process         run the node inside the bench process (for profiling; its allocations are counted)
          --node-env NAME=VALUE  an environment variable for the node process (repeatable), e.g. DOTNET_gcServer=0
      dotnet run -c Release --project bench/LocalMesh.Bench -- intents [--seconds 5] [--warmup 2]   the local tier's speed
      dotnet run -c Release --project bench/LocalMesh.Bench -- privacy [--seconds 5] [--warmup 2] [--before-tagger FILE]   scanning speed
          (--before-tagger: also a tagger file of an earlier version, e.g. main's tagger-{hash}.bin, in the same run)
      dotnet run -c Release --project bench/LocalMesh.Bench -- privacy-eval [--data FILE] [--chat N] [--misses FILE]
          The privacy guard on the independent evaluation set (bench/data/privacy-eval/privacy-eval-v1.jsonl): P/R/F2 per
          type, false positives on texts without personal data, and the leak rate through the chat path for the first N
          texts with personal data (default 2000, i.e. all; 0 skips it); --misses writes every missed span, wrong
          prediction and answer not restored to FILE (for a development set: never look at a held-out set that way)
      dotnet run -c Release --project bench/LocalMesh.Bench -- kb [--seconds 5] [--warmup 2]        knowledge index
      dotnet run -c Release --project bench/LocalMesh.Bench -- signals [--seconds 5] [--warmup 2]   signal detector and ingest
      dotnet run -c Release --project bench/LocalMesh.Bench -- kb-latency [--docs 2000] [--seconds 5] [--warmup 2]
          a knowledge question end to end with the sentence encoder at 10,000+ passages (encode, fused search, refusal
          model, extractive answer), against the lexical search in the same run; indexing 2,000 documents takes minutes
      dotnet run -c Release --project bench/LocalMesh.Bench -- kb-eval [--data DIR] [--set v1]       knowledge answers on
          documents nobody here wrote (bench/data/kb-eval): hit@1, hit@5, MRR, answer span in reply, off-topic refused
      dotnet run -c Release --project bench/LocalMesh.Bench -- mesh [--seconds 5] [--warmup 2] [--rounds 1]   a hop over NATS vs in-process; 1-3 peers
      dotnet run -c Release --project bench/LocalMesh.Bench -- mesh-failover [--rounds 5] [--requests 50]   a cut node's requests re-sent
      dotnet run -c Release --project bench/LocalMesh.Bench -- cache-eval [--data DIR] [--clinc DIR]  the semantic cache's match rule:
          rewordings hit and near misses wrongly hit on bench/data/cache-calibration (cal, eval), by cosine alone and with
          the guard, per threshold; then a cache of CLINC150's training questions asked its validation ones
      dotnet run -c Release --project bench/LocalMesh.Bench -- kb-auto [--clinc DIR] [--docs DIR] [--count 400]
          what model auto's look at the knowledge base costs (pipeline p50 with Knowledge:Auto off and on, empty and with
          the licences of /usr/share/common-licenses) and which questions it takes (CLINC150 vs bench/data/kb-auto)
    """;

if (args.FirstOrDefault() == "yarp-floor" && args.Length == 3)
{
    await LocalMesh.Bench.Gateway.YarpFloor.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)); // the gateway bench's child process
    return 0;
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return 0;
}

var command = args.FirstOrDefault() is { } first && !first.StartsWith('-') ? first : "gateway";
string[] flags = command == "gateway" ? ["--peer", "--in-process"] : [];
string[] valued = command switch
{
    "gateway" => ["--seconds", "--warmup", "--concurrency", "--rounds", "--upstream-ms", "--node-env"],
    "kb-eval" => ["--data", "--set"],
    "cache-eval" => ["--data", "--clinc"],
    "kb-auto" => ["--clinc", "--docs", "--count"],
    "kb-latency" => ["--docs", "--seconds", "--warmup"],
    "privacy-eval" => ["--data", "--chat", "--misses"],
    "privacy" => ["--seconds", "--warmup", "--before-tagger"],
    "mesh-failover" => ["--rounds", "--requests"],
    "mesh" => ["--seconds", "--warmup", "--rounds"],
    _ => ["--seconds", "--warmup"],
};
if (command is not ("gateway" or "intents" or "privacy" or "kb" or "kb-latency" or "kb-eval" or "signals" or "mesh" or "mesh-failover" or "privacy-eval" or "cache-eval" or "kb-auto"))
{
    return Fail($"unknown benchmark '{command}' (known: intents, privacy, kb, kb-latency, kb-eval, signals, mesh, mesh-failover, privacy-eval, cache-eval, kb-auto; none for the gateway).");
}

for (var i = command == "gateway" ? 0 : 1; i < args.Length; i++)
{
    if (valued.Contains(args[i]))
    {
        if (++i >= args.Length)
        {
            return Fail($"{args[i - 1]} needs a value.");
        }
    }
    else if (!flags.Contains(args[i]))
    {
        return Fail($"unknown option '{args[i]}' for the {command} benchmark.");
    }
}

try
{
    var seconds = Number("--seconds", 5, min: 0.1);
    switch (command)
    {
        case "intents":
            return await IntentsBench.RunAsync(seconds, Number("--warmup", 2, min: 0));
        case "privacy":
            return PrivacyBench.Run(seconds, Number("--warmup", 2, min: 0), Text("--before-tagger"));
        case "privacy-eval":
            return await PrivacyEvalBench.RunAsync(Text("--data") ?? "bench/data/privacy-eval/privacy-eval-v1.jsonl", (int)Number("--chat", 2000, min: 0), Text("--misses"));
        case "kb":
            return KnowledgeBench.Run(seconds, Number("--warmup", 2, min: 0));
        case "kb-latency":
            return KnowledgeLatencyBench.Run((int)Number("--docs", 2000, min: 1), seconds, Number("--warmup", 2, min: 0));
        case "signals":
            return await SignalsBench.RunAsync(seconds, Number("--warmup", 2, min: 0));
        case "kb-eval":
            return KnowledgeEvalBench.Run(Text("--data"), Text("--set") ?? "v1");
        case "mesh-failover":
            return await MeshFailoverBench.RunAsync((int)Number("--rounds", 5, min: 1), (int)Number("--requests", 50, min: 1));
        case "mesh":
            return await MeshBench.RunAsync(seconds, Number("--warmup", 2, min: 0), (int)Number("--rounds", 1, min: 1));
        case "cache-eval":
            return CacheEvalBench.Run(Text("--data"), Text("--clinc"));
        case "kb-auto":
            return await KnowledgeAutoBench.RunAsync(Text("--clinc"), Text("--docs"), (int)Number("--count", 400, min: 10));
    }

    // A fresh node tiers up about 1,500 methods in the first seconds of each new kind of load (tiered JIT with dynamic PGO,
    // measured with dotnet-counters: up to 0.9 s of JIT per second); 5 s of warm-up per cell keeps that out of the measurement.
    var concurrencies = (Text("--concurrency") ?? "1,64").Split(',').Select(c =>
        int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"--concurrency takes positive whole numbers separated by commas, not '{c}'.")).ToArray();
    var options = new LocalMesh.Bench.Gateway.GatewayBench.Options(seconds, Number("--warmup", 5, min: 0), (int)Number("--rounds", 1, min: 1), concurrencies,
        TimeSpan.FromMilliseconds(Number("--upstream-ms", 0, min: 0)), args.Contains("--peer"), args.Contains("--in-process"),
        [.. args.Select((a, i) => (a, i)).Where(x => x.a == "--node-env").Select(x => args[x.i + 1])]);
    return await LocalMesh.Bench.Gateway.GatewayBench.RunAsync(options);
}
catch (Exception ex) when (ex is FormatException or (ArgumentException and not ArgumentOutOfRangeException)) // bad option values, e.g. --node-env without NAME=VALUE
{
    return Fail(ex.Message);
}

double Number(string name, double fallback, double min) =>
    Text(name) is not { } text ? fallback
    : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min ? value
    : throw new FormatException($"{name} takes a number of at least {min.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");

string? Text(string name) => Array.LastIndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static int Fail(string message)
{
    Console.Error.WriteLine($"bench: {message} See --help.");
    return 2;
}
