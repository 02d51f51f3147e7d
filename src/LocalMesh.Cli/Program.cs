using System.CommandLine;
using LocalMesh.Cli.Commands;

var root = new RootCommand("""
    LocalMesh: a local-first AI mesh. Answers OpenAI-style requests with the smallest capable thing closest to the data.
    'localmesh up' starts a node on http://127.0.0.1:8080 (change it with --urls). The other commands talk to the node at
    http://127.0.0.1:8080 unless --url URL or the LOCALMESH_URL environment variable names another; --key or LOCALMESH_API_KEY
    gives the API key when the node requires one. Settings come from localmesh.json or environment variables such as
    LocalMesh__Backends__ollama__Endpoint=http://127.0.0.1:11434 (lists by index: LocalMesh__Backends__ollama__Models__0=llama3.2).
    """);
root.Subcommands.Add(UpCommand.Create());
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(BackendsCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(JobsCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(IntentCommands.Intents());
root.Subcommands.Add(IntentCommands.Classify());
root.Subcommands.Add(IntentCommands.Teach());
root.Subcommands.Add(IntentCommands.Schedule());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(DomainCommands.Create());
root.Subcommands.Add(KnowledgeCommands.Create());
root.Subcommands.Add(SignalsCommand.Create());
root.Subcommands.Add(MeshCommands.Mesh());
root.Subcommands.Add(MeshCommands.Nodes());
return await root.Parse(args).InvokeAsync();
