using System.CommandLine;
using LocalMesh.Cli.Commands;

var root = new RootCommand("LocalMesh: a local-first AI mesh. Answers OpenAI-style requests with the smallest capable thing closest to the data.");
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
return await root.Parse(args).InvokeAsync();
