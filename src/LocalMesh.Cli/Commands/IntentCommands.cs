using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh intents</c>, <c>classify</c>, <c>teach</c> and <c>schedule</c>: the local specialists of a running node.</summary>
internal static class IntentCommands
{
    public static Command Intents()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var command = new Command("intents", "List the intents the local model knows, with their example counts and whether a local skill answers them.") { url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/intents", ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            var model = list.GetProperty("model");
            Console.WriteLine($"model: {model.GetProperty("status").GetString()}; threshold {Text(model, "threshold")}; {Text(model, "examples")} examples, {Text(model, "corrections")} corrections");
            var table = new Table().AddColumns("intent", "domain", "examples", "local skill");
            foreach (var intent in list.GetProperty("data").EnumerateArray())
            {
                table.AddRow(
                    Markup.Escape(intent.GetProperty("name").GetString()!),
                    Markup.Escape(intent.GetProperty("domain").GetString()!),
                    intent.GetProperty("examples").GetInt32().ToString(CultureInfo.InvariantCulture),
                    intent.GetProperty("has_skill").GetBoolean() ? "[green]yes[/]" : "-");
            }

            Write(table);
            return 0;
        }));

        command.Subcommands.Add(AddIntent());
        command.Subcommands.Add(RemoveIntent());
        return command;
    }

    private static Command AddIntent()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var name = new Argument<string>("name") { Description = "Intent name: lower-case letters, digits, underscores." };
        var examples = new Option<string[]>("--example", "-e") { Description = "An example phrase (repeat; at least 3).", AllowMultipleArgumentsPerToken = false, Required = true };
        var response = new Option<string?>("--response") { Description = "The answer; {text}, {time} and {date} are filled in." };
        var webhook = new Option<string?>("--webhook") { Description = "POST the request here as JSON; its 'text' field is the answer." };
        var webhookTier = new Option<string?>("--webhook-tier") { Description = "The webhook's tier: local, edge (default) or cloud; it is sent only what the request's domain may send there." };
        var domain = new Option<string?>("--domain") { Description = "The intent's domain (default: custom)." };
        var command = new Command("add", "Add (or replace) an intent of your own; the model retrains in the background.") { name, examples, response, webhook, webhookTier, domain, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var result = await client.SendJsonAsync(HttpMethod.Post, "/v1/localmesh/intents", new Dictionary<string, object?>
            {
                ["name"] = parse.GetValue(name),
                ["examples"] = parse.GetValue(examples),
                ["response"] = parse.GetValue(response),
                ["webhook"] = parse.GetValue(webhook),
                ["webhook_tier"] = parse.GetValue(webhookTier),
                ["domain"] = parse.GetValue(domain),
            }, ct);
            Console.WriteLine($"Intent '{result.GetProperty("name").GetString()}' saved with {result.GetProperty("examples").GetInt32()} examples; the model is retraining in the background.");
            return 0;
        }));
        return command;
    }

    private static Command RemoveIntent()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var name = new Argument<string>("name") { Description = "An intent added with 'localmesh intents add'." };
        var command = new Command("remove", "Remove an intent added through the API or CLI; the model retrains in the background.") { name, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            await client.SendJsonAsync(HttpMethod.Delete, "/v1/localmesh/intents/" + Uri.EscapeDataString(parse.GetValue(name)!), null, ct);
            Console.WriteLine($"Intent '{parse.GetValue(name)}' removed; the model is retraining in the background.");
            return 0;
        }));
        return command;
    }

    public static Command Classify()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var text = new Argument<string>("text") { Description = "What a user might say." };
        var command = new Command("classify", "Show the intent, confidence and decision (answer locally or escalate) for a text.") { text, url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var result = await client.SendJsonAsync(HttpMethod.Post, "/v1/localmesh/classify", new { text = parse.GetValue(text) }, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(result.GetRawText());
                return 0;
            }

            var decision = result.GetProperty("decision").GetString();
            Console.WriteLine($"intent:     {result.GetProperty("intent").GetString()} ({result.GetProperty("domain").GetString()})");
            Console.WriteLine($"confidence: {result.GetProperty("confidence").GetDouble():0.000} (out-of-scope {result.GetProperty("out_of_scope").GetDouble():0.000}, threshold {result.GetProperty("threshold").GetDouble():0.00})");
            Console.WriteLine($"decision:   {decision}{(result.GetProperty("reason").GetString() is { } reason ? $" ({reason})" : string.Empty)}");
            var alternatives = result.GetProperty("alternatives").EnumerateArray().Select(a => $"{a.GetProperty("intent").GetString()} {a.GetProperty("confidence").GetDouble():0.000}");
            Console.WriteLine($"next:       {string.Join(", ", alternatives)}");
            return 0;
        }));
        return command;
    }

    public static Command Teach()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var request = new Option<string?>("--request", "-r") { Description = "The request id of a past answer (the 'localmesh.request_id' of the response)." };
        var text = new Option<string?>("--text", "-t") { Description = "The text to correct, when there is no request id." };
        var intent = new Option<string?>("--intent", "-i") { Description = "The right intent." };
        var escalate = new Option<bool>("--escalate") { Description = "It should have escalated (out of scope for the local skills)." };
        var local = new Option<bool>("--local") { Description = "It should have stayed local (escalated although a skill covers it)." };
        var command = new Command("teach", "Correct the local model: give the right intent, or say a request should have escalated or stayed local. It retrains in the background.")
        {
            request, text, intent, escalate, local, url, key,
        };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            var chosen = (parse.GetValue(intent) is not null ? 1 : 0) + (parse.GetValue(escalate) ? 1 : 0) + (parse.GetValue(local) ? 1 : 0);
            if (chosen != 1)
            {
                throw new CliException("say what is right with exactly one of --intent NAME, --escalate or --local.", 2);
            }

            if (parse.GetValue(request) is null && parse.GetValue(text) is null)
            {
                throw new CliException("say what to correct with --request ID or --text \"...\".", 2);
            }

            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var result = await client.SendJsonAsync(HttpMethod.Post, "/v1/localmesh/feedback", new Dictionary<string, object?>
            {
                ["request_id"] = parse.GetValue(request),
                ["text"] = parse.GetValue(text),
                ["intent"] = parse.GetValue(intent),
                ["expected"] = parse.GetValue(escalate) ? "escalate" : parse.GetValue(local) ? "local" : null,
            }, ct);
            Console.WriteLine($"Correction #{result.GetProperty("id").GetInt64()} recorded: \"{result.GetProperty("text").GetString()}\" → {result.GetProperty("intent").GetString()}. "
                + $"The model (version {result.GetProperty("model_version").GetInt32()}) is retraining in the background.");
            return 0;
        }));
        return command;
    }

    public static Command Schedule()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var all = new Option<bool>("--all") { Description = "Include fired and cancelled items." };
        var command = new Command("schedule", "List alarms, timers and reminders.") { all, url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/schedule" + (parse.GetValue(all) ? "?all=true" : string.Empty), ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            var items = list.GetProperty("data").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                Console.WriteLine("Nothing scheduled.");
                return 0;
            }

            var table = new Table().AddColumns("#", "kind", "when (local)", "label", "status");
            foreach (var i in items)
            {
                table.AddRow(
                    i.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
                    i.GetProperty("kind").GetString()!,
                    i.GetProperty("fire_at").GetDateTimeOffset().ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(i.GetProperty("label").GetString()!),
                    i.GetProperty("status").GetString()!);
            }

            Write(table);
            return 0;
        }));
        return command;
    }

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : "-";

    private static void Write(Table table) => CliRunner.Out().Write(table);
}
