using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh kb add|list|remove|search|note|cache|watches|unwatch</c>: the knowledge base of a running node.</summary>
internal static class KnowledgeCommands
{
    public static Command Create()
    {
        var command = new Command("kb", "The local knowledge base: ingest documents (Markdown, text, HTML, PDF, Word .docx), add notes, list and remove collections, search with citations.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Search());
        command.Subcommands.Add(AddNote());
        command.Subcommands.Add(Cache());
        command.Subcommands.Add(Watches());
        command.Subcommands.Add(Unwatch());
        return command;
    }

    private static Command Watches()
    {
        var (url, key, json) = (CliOptions.Url(), CliOptions.Key(), CliOptions.Json());
        var command = new Command("watches", "The watched folders (kb add --watch): their collection and what their last ingest did.") { url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/watches", ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            var table = new Table().AddColumns("folder", "collection", "last ingest", "result");
            foreach (var w in list.GetProperty("data").EnumerateArray())
            {
                var last = w.GetProperty("last_scan") is { ValueKind: System.Text.Json.JsonValueKind.Number } at
                    ? DateTimeOffset.FromUnixTimeSeconds(at.GetInt64()).ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
                    : "-";
                var result = w.GetProperty("error").GetString() is { } error ? "[red]" + Markup.Escape(error) + "[/]"
                    : w.GetProperty("last_result") is { ValueKind: System.Text.Json.JsonValueKind.Object } r
                        ? $"{r.GetProperty("added").GetInt32()} added, {r.GetProperty("updated").GetInt32()} updated, {r.GetProperty("removed").GetInt32()} removed, {r.GetProperty("failed").GetArrayLength()} failed"
                        : "pending";
                table.AddRow(Markup.Escape(w.GetProperty("path").GetString()!), Markup.Escape(w.GetProperty("collection").GetString()!), last, result);
            }

            CliRunner.Out().Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Unwatch()
    {
        var (url, key) = (CliOptions.Url(), CliOptions.Key());
        var path = new Argument<string>("path") { Description = "The watched folder." };
        var command = new Command("unwatch", "Stop watching a folder; what was ingested from it stays (kb remove removes it).") { path, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var full = Path.GetFullPath(parse.GetValue(path)!);
            await client.SendJsonAsync(HttpMethod.Delete, "/v1/localmesh/watches?path=" + Uri.EscapeDataString(full), null, ct);
            Console.WriteLine($"No longer watching '{full}'.");
            return 0;
        }));
        return command;
    }

    private static Command Cache()
    {
        var (url, key, json) = (CliOptions.Url(), CliOptions.Key(), CliOptions.Json());
        var clear = new Option<bool>("--clear") { Description = "Forget every cached answer (admin)." };
        var command = new Command("cache", "The semantic answer cache: entries, lookups, hits and hit rate since the node started.") { clear, url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var stats = parse.GetValue(clear)
                ? await client.SendJsonAsync(HttpMethod.Delete, "/v1/localmesh/cache", null, ct)
                : await client.GetJsonAsync("/v1/localmesh/cache", ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(stats.GetRawText());
                return 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stats.GetProperty("entries").GetInt32()} answers cached; {stats.GetProperty("hits").GetInt64()} hits in {stats.GetProperty("lookups").GetInt64()} lookups ({stats.GetProperty("hit_rate").GetDouble():P1}); question similarity ≥ {stats.GetProperty("similarity").GetDouble():0.00}."));
            return 0;
        }));
        return command;
    }

    private static Command AddNote()
    {
        var (url, key) = (CliOptions.Url(), CliOptions.Key());
        var text = new Argument<string>("text") { Description = "The know-how, in a sentence or a few." };
        var collection = new Option<string>("--collection", "-c") { Description = "The collection to add it to.", DefaultValueFactory = _ => "notes" };
        var domain = new Option<string?>("--domain", "-d") { Description = "Its data domain (default: the collection's, or your key's or the policy's default domain)." };
        var author = new Option<string?>("--author") { Description = "Who knows this (default: your key's name)." };
        var corrects = new Option<string?>("--corrects") { Description = "The request id (x-request-id) of an answer this note corrects." };
        var command = new Command("note", "Add a piece of know-how, searchable at once and cited with its author and time; with --corrects, a correction to an answer.") { text, collection, domain, author, corrects, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var note = await client.SendJsonAsync(HttpMethod.Post, "/v1/localmesh/notes", new
            {
                text = parse.GetValue(text),
                collection = parse.GetValue(collection),
                domain = parse.GetValue(domain),
                author = parse.GetValue(author),
                request_id = parse.GetValue(corrects),
            }, ct);
            Console.WriteLine($"Added to {note.GetProperty("collection").GetString()} ({note.GetProperty("domain").GetString()}) as {note.GetProperty("document").GetString()}, by {note.GetProperty("author").GetString()}.");
            return 0;
        }));
        return command;
    }

    private static Command Add()
    {
        var (url, key) = (CliOptions.Url(), CliOptions.Key());
        var path = new Argument<string>("path") { Description = "A file or folder (read by the node, so on its machine)." };
        var collection = new Option<string>("--collection", "-c") { Description = "The collection to add to.", Required = true };
        var domain = new Option<string?>("--domain", "-d") { Description = "The collection's data domain (default: the collection's, or the policy's default domain for a new one)." };
        var watch = new Option<bool>("--watch", "-w") { Description = "Keep the folder in step from now on (and after restarts): changes are ingested a moment after they happen." };
        var access = new Option<string[]>("--access") { Description = "Only these API keys or roles may see the collection (comma-separated or repeated; \"\" clears the list). Default: unchanged; for a new collection, every key its domain allows." };
        var command = new Command("add", "Ingest a file or a folder into a collection. Re-running it is incremental: unchanged files are skipped, changed ones replaced, deleted ones removed.") { path, collection, domain, watch, access, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/localmesh/kb/ingest")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new
                {
                    path = Path.GetFullPath(parse.GetValue(path)!),
                    collection = parse.GetValue(collection),
                    domain = parse.GetValue(domain),
                    stream = true,
                    watch = parse.GetValue(watch),
                    access = parse.GetValue(access) is { Length: > 0 } list ? list.SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray() : null,
                }),
            };
            using var response = await client.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                await NodeClient.ReadAsync(response, ct); // throws the node's error as a one-line message
            }

            // The node streams a progress line per file, then the result.
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
            System.Text.Json.JsonElement result = default;
            var shown = -1;
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                var element = System.Text.Json.JsonDocument.Parse(line).RootElement.Clone();
                if (element.GetProperty("object").GetString() != "localmesh.kb.progress")
                {
                    result = element;
                    continue;
                }

                var (done, total) = (element.GetProperty("done").GetInt32(), element.GetProperty("total").GetInt32());
                var decile = total == 0 ? 10 : done * 10 / total;
                if (total > 1 && decile != shown)
                {
                    shown = decile;
                    Console.WriteLine($"  {done}/{total} files ({decile * 10}%)");
                }
            }

            if (result.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                throw new CliException("the node stopped before the ingest finished; run the same command again (it is incremental).");
            }

            int Count(string name) => result.GetProperty(name).GetInt32();
            Console.WriteLine($"{result.GetProperty("collection").GetString()} ({result.GetProperty("domain").GetString()}): {Count("added")} added, {Count("updated")} updated, {Count("unchanged")} unchanged, {Count("removed")} removed");
            var failed = result.GetProperty("failed").EnumerateArray().ToList();
            foreach (var f in failed)
            {
                Console.Error.WriteLine($"  skipped {f.GetProperty("path").GetString()}: {f.GetProperty("error").GetString()}");
            }

            if (failed.Count > 0 && Count("added") + Count("updated") + Count("unchanged") == 0)
            {
                throw new CliException($"nothing in '{parse.GetValue(path)}' was ingested ({failed.Count} file{(failed.Count == 1 ? string.Empty : "s")} skipped, see above).");
            }

            if (parse.GetValue(watch))
            {
                Console.WriteLine($"Watching {Path.GetFullPath(parse.GetValue(path)!)}: changes are ingested a moment after they happen (kb watches, kb unwatch).");
            }

            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var (url, key, json) = (CliOptions.Url(), CliOptions.Key(), CliOptions.Json());
        var command = new Command("list", "List the collections you can see, with their domain, documents and passages.") { url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/kb", ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            var table = new Table().AddColumns("collection", "domain", "documents", "passages", "access");
            foreach (var c in list.GetProperty("data").EnumerateArray())
            {
                var who = c.GetProperty("access").EnumerateArray().Select(a => a.GetString()!).ToList();
                table.AddRow(Markup.Escape(c.GetProperty("name").GetString()!), Markup.Escape(c.GetProperty("domain").GetString()!),
                    c.GetProperty("documents").GetInt32().ToString(CultureInfo.InvariantCulture), c.GetProperty("passages").GetInt32().ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(who.Count == 0 ? "keys of its domain" : string.Join(", ", who)));
            }

            CliRunner.Out().Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Remove()
    {
        var (url, key) = (CliOptions.Url(), CliOptions.Key());
        var collection = new Argument<string>("collection") { Description = "The collection to remove, with all its documents." };
        var command = new Command("remove", "Remove a collection and everything indexed in it.") { collection, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            await client.SendJsonAsync(HttpMethod.Delete, "/v1/localmesh/kb/" + Uri.EscapeDataString(parse.GetValue(collection)!), null, ct);
            Console.WriteLine($"Removed '{parse.GetValue(collection)}'.");
            return 0;
        }));
        return command;
    }

    private static Command Search()
    {
        var (url, key, json) = (CliOptions.Url(), CliOptions.Key(), CliOptions.Json());
        var query = new Argument<string>("query") { Description = "What to look for." };
        var collection = new Option<string[]>("--collection", "-c") { Description = "Search only these collections (repeat; default: all you can see)." };
        var mode = new Option<string>("--mode") { Description = "lexical, dense or fused.", DefaultValueFactory = _ => "fused" };
        var limit = new Option<int>("--limit", "-n") { Description = "How many passages (1-50).", DefaultValueFactory = _ => 5 };
        var command = new Command("search", "Find the passages that answer a question, with where they come from (document, section, lines).") { query, collection, mode, limit, url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var collections = parse.GetValue(collection) is { Length: > 0 } some ? some : null;
            var result = await client.SendJsonAsync(HttpMethod.Post, "/v1/localmesh/kb/search", new { query = parse.GetValue(query), collections, mode = parse.GetValue(mode), limit = parse.GetValue(limit) }, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(result.GetRawText());
                return 0;
            }

            var hits = result.GetProperty("data").EnumerateArray().ToList();
            if (hits.Count == 0)
            {
                Console.WriteLine("No passage matches.");
            }

            for (var i = 0; i < hits.Count; i++)
            {
                var h = hits[i];
                var lines = h.GetProperty("lines");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{i + 1}] {h.GetProperty("collection").GetString()}: {h.GetProperty("document").GetString()} › {h.GetProperty("section").GetString()} (lines {lines[0].GetInt32()}-{lines[1].GetInt32()}, score {h.GetProperty("score").GetDouble():0.000})"));
                Console.WriteLine("    " + h.GetProperty("text").GetString()!.ReplaceLineEndings(" ").Trim());
            }

            return 0;
        }));
        return command;
    }
}
