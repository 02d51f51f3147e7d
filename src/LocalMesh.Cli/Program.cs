using System.CommandLine;
using LocalMesh.Cli.Commands;

var root = new RootCommand("LocalMesh: a local-first AI mesh. Answers OpenAI-style requests with the smallest capable thing closest to the data.");
root.Subcommands.Add(UpCommand.Create());
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(BackendsCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(JobsCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
return await root.Parse(args).InvokeAsync();
