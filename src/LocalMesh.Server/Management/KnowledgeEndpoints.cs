using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Knowledge.Index;
using LocalMesh.Knowledge.Ingestion;
using LocalMesh.Server.Http;
using LocalMesh.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Management;

/// <summary>
/// The knowledge base over HTTP: list collections, search them (with citations: document, section, lines, score),
/// and, for admins, ingest files or folders from the node's disk and remove collections. A key limited to some data
/// domains sees only collections of those domains, in listings and in search results alike.
/// </summary>
public static class KnowledgeEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLocalMeshKnowledge(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapApiGroup("/v1/localmesh/kb");
        app.MapGet(string.Empty, (HttpContext http, KnowledgeIndex index, IServiceProvider services) =>
        {
            // With an embedding model: how many passages it has embedded, and what is in the way of the rest.
            var vectors = services.GetService(typeof(ModelVectors)) as ModelVectors;
            var backfill = services.GetService(typeof(EmbeddingBackfill)) as EmbeddingBackfill;
            return Results.Json(new
            {
                @object = "list",
                embedding_model = vectors?.Model,
                data = index.Collections().Where(c => MaySee(http, new CollectionAccess(c.Domain, c.Access))).Select(c => new
                {
                    name = c.Name,
                    domain = c.Domain,
                    documents = c.Documents,
                    passages = c.Chunks,
                    access = c.Access,
                    embedded = vectors?.Embedded(c.Name),
                    embedding_problem = backfill?.Problem(c.Name),
                }),
            });
        });

        app.MapPost("/search", async (HttpContext http, KnowledgeIndex index, KnowledgeSearch search, LocalMeshOptions options) =>
        {
            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var root = body.RootElement;
            var query = root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String && q.GetString() is { Length: > 0 } text
                ? text
                : throw new ApiException(400, "Send {\"query\": \"...\"} (optionally \"collections\", \"mode\": lexical|dense|fused, \"limit\").", OpenAIError.InvalidRequest, "query", "missing_query");
            var mode = SearchMode.Fused;
            if (root.TryGetProperty("mode", out var m) && (m.ValueKind != JsonValueKind.String || !Enum.TryParse(m.GetString(), ignoreCase: true, out mode)))
            {
                throw new ApiException(400, "\"mode\" must be lexical, dense or fused.", OpenAIError.InvalidRequest, "mode", "invalid_mode");
            }

            var limit = root.TryGetProperty("limit", out var l) && l.TryGetInt32(out var n) ? n : 5;
            if (limit is < 1 or > 50)
            {
                throw new ApiException(400, "\"limit\" must be between 1 and 50.", OpenAIError.InvalidRequest, "limit", "invalid_limit");
            }

            var visible = VisibleTo(http, index);
            var asked = root.TryGetProperty("collections", out var cs) && cs.ValueKind == JsonValueKind.Array
                ? cs.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList()
                : [.. visible.Keys];
            if (asked.FirstOrDefault(c => !visible.ContainsKey(c)) is { } hidden)
            {
                // Collections the caller may not see are reported like missing ones: their names are not confirmed.
                throw new ApiException(404, $"There is no collection '{hidden}' you can search.", OpenAIError.InvalidRequest, "collections", "collection_not_found");
            }

            var found = await search.SearchAsync(query, asked.Distinct(StringComparer.Ordinal).ToDictionary(c => c, c => visible[c], StringComparer.Ordinal), mode, limit, null, http.RequestAborted).ConfigureAwait(false);
            return Results.Json(new
            {
                @object = "localmesh.kb.search",
                mode = mode.ToString().ToLowerInvariant(),
                semantic = found.Semantic,
                data = found.Hits.Select(h => new
                {
                    collection = h.Collection,
                    document = h.Document,
                    section = h.Section,
                    lines = new[] { h.LineStart, h.LineEnd },
                    score = h.Score,
                    text = h.Text,
                }),
            });
        });

        app.MapPost("/ingest", async (HttpContext http, KnowledgeIndex index, FolderWatcher watcher, LocalMeshOptions options) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var root = body.RootElement;
            string Required(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
                ? s
                : throw new ApiException(400, "Send {\"path\": \"/docs/hr\", \"collection\": \"hr\", \"domain\": \"hr\"} (a file or folder on the node's disk).", OpenAIError.InvalidRequest, name, "invalid_ingest");
            var (path, collection) = (Required("path"), ValidCollection(Required("collection")));
            var domain = root.TryGetProperty("domain", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString()!
                : index.CollectionDomains().GetValueOrDefault(collection) ?? options.Policy.DefaultDomain;
            var domains = options.Policy.EffectiveDomains();
            if (!domains.ContainsKey(domain))
            {
                throw new ApiException(400, $"'{domain}' is not a policy domain (known: {string.Join(", ", domains.Keys)}).", OpenAIError.InvalidRequest, "domain", "unknown_domain");
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new ApiException(400, $"'{path}' is neither a file nor a folder on the node.", OpenAIError.InvalidRequest, "path", "path_not_found");
            }

            var watch = root.TryGetProperty("watch", out var w) && w.ValueKind == JsonValueKind.True;
            if (watch && !Directory.Exists(path))
            {
                throw new ApiException(400, $"Only a folder can be watched; '{path}' is a file.", OpenAIError.InvalidRequest, "watch", "watch_needs_folder");
            }

            string[]? access = null;
            if (root.TryGetProperty("access", out var a) && a.ValueKind != JsonValueKind.Null)
            {
                access = a.ValueKind == JsonValueKind.Array && a.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
                    ? [.. a.EnumerateArray().Select(e => e.GetString()!)]
                    : throw new ApiException(400, "\"access\" must be a list of key names and roles, e.g. [\"alice\", \"hr-team\"] ([] lets every key its domain allows).", OpenAIError.InvalidRequest, "access", "invalid_access");
            }

            try
            {
                index.EnsureCollection(collection, domain); // before any work, so a mismatch is a clean 409
            }
            catch (CollectionDomainException ex)
            {
                throw new ApiException(409, ex.Message, OpenAIError.InvalidRequest, "domain", "domain_mismatch");
            }

            if (access is not null)
            {
                index.SetAccess(collection, access); // before the documents arrive, so no one outside the list sees them meanwhile
            }

            IResult answer;
            if (root.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True)
            {
                await StreamIngestAsync(http, index, collection, domain, path).ConfigureAwait(false);
                answer = Results.Empty;
            }
            else
            {
                var result = await Task.Run(() => index.AddPath(collection, domain, path), http.RequestAborted).ConfigureAwait(false);
                answer = Results.Json(Describe(collection, domain, result));
            }

            if (watch)
            {
                watcher.Watch(new FolderWatch(Path.GetFullPath(path), collection, domain));
            }

            return answer;
        });

        app.MapDelete("/{collection}", (HttpContext http, string collection, KnowledgeIndex index, FolderWatcher watcher) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            watcher.UnwatchCollection(collection);
            return index.RemoveCollection(collection)
                ? Results.Json(new { @object = "localmesh.kb", removed = collection })
                : ManagementEndpoints.Error(new ApiException(404, $"There is no collection '{collection}'.", OpenAIError.InvalidRequest, "collection", "collection_not_found"));
        });

        // Watched folders (admin): what each last did; stop watching one.
        var watches = endpoints.MapApiGroup("/v1/localmesh/watches");
        watches.MapGet(string.Empty, (HttpContext http, FolderWatcher watcher) => ManagementEndpoints.RequireAdmin(http) ?? Results.Json(new
        {
            @object = "list",
            data = watcher.Status().Select(s => new
            {
                path = s.Watch.Path,
                collection = s.Watch.Collection,
                domain = s.Watch.Domain,
                last_scan = s.LastScan?.ToUnixTimeSeconds(),
                last_result = s.LastResult is { } r ? Describe(s.Watch.Collection, s.Watch.Domain, r) : null,
                error = s.Error,
            }),
        }));
        // Answers once the folder's scan loop has ended: nothing from it is ingested after the answer.
        watches.MapDelete(string.Empty, async (HttpContext http, string? path, FolderWatcher watcher) =>
            ManagementEndpoints.RequireAdmin(http)
            ?? (string.IsNullOrWhiteSpace(path)
                ? ManagementEndpoints.Error(new ApiException(400, "Name the folder: DELETE /v1/localmesh/watches?path=/docs/hr.", OpenAIError.InvalidRequest, "path", "missing_path"))
                : await watcher.UnwatchAsync(path).ConfigureAwait(false)
                    ? Results.Json(new { @object = "localmesh.watch", removed = Path.GetFullPath(path) })
                    : ManagementEndpoints.Error(new ApiException(404, $"'{path}' is not watched.", OpenAIError.InvalidRequest, "path", "watch_not_found"))));

        endpoints.MapApiGroup("/v1/localmesh/notes").MapPost(string.Empty, AddNoteAsync);

        // The semantic answer cache: its counters for anyone (no content), clearing for admins.
        var cache = endpoints.MapApiGroup("/v1/localmesh/cache");
        cache.MapGet(string.Empty, (AnswerCache answers) => Results.Json(Describe(answers)));
        cache.MapDelete(string.Empty, (HttpContext http, AnswerCache answers) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            answers.Clear();
            return Results.Json(Describe(answers));
        });
        return endpoints;
    }

    /// <summary>
    /// <c>POST /v1/localmesh/notes</c> <c>{"text", "collection"?, "domain"?, "author"?, "request_id"?}</c>: adds a piece of
    /// know-how, searchable at once. With <c>request_id</c> it is a correction to that answer. Any caller may add notes
    /// to collections of the domains it may see; the author is the key's name unless given.
    /// </summary>
    private static async Task<IResult> AddNoteAsync(HttpContext http, KnowledgeIndex index, LocalMeshOptions options, Ledger.AuditLedger ledger, TimeProvider time)
    {
        using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
        var root = body.RootElement;
        string? Optional(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;
        var text = Optional("text")
            ?? throw new ApiException(400, "Send {\"text\": \"what you know\"} (optionally \"collection\", \"domain\", \"author\", \"request_id\" of the answer it corrects).", OpenAIError.InvalidRequest, "text", "missing_text");
        if (text.Length > Note.MaxLength)
        {
            throw new ApiException(400, $"A note holds at most {Note.MaxLength} characters; add longer know-how as a document (kb ingest).", OpenAIError.InvalidRequest, "text", "note_too_long");
        }

        var caller = Caller.Of(http);
        var collection = ValidCollection(Optional("collection") ?? "notes");
        var domain = Optional("domain") ?? index.CollectionDomains().GetValueOrDefault(collection) ?? caller.Key?.DefaultDomain ?? options.Policy.DefaultDomain;
        if (!options.Policy.EffectiveDomains().ContainsKey(domain))
        {
            throw new ApiException(400, $"'{domain}' is not a policy domain.", OpenAIError.InvalidRequest, "domain", "unknown_domain");
        }

        if (!MaySee(http, domain) || (index.CollectionAccess().GetValueOrDefault(collection) is { } existing && !MaySee(http, existing)))
        {
            throw new ApiException(403, $"This key may not add notes of the domain '{domain}' to '{collection}'.", OpenAIError.Permission, "domain", "domain_not_allowed");
        }

        var corrects = Optional("request_id");
        if (corrects is not null)
        {
            await ledger.FlushAsync().ConfigureAwait(false);
            if (ledger.FindRequest(corrects) is not { } answered || (!caller.IsAdmin && answered.KeyName != caller.KeyName))
            {
                throw new ApiException(404, $"There is no request '{corrects}' of yours to correct.", OpenAIError.InvalidRequest, "request_id", "request_not_found");
            }
        }

        var note = new Note(text, Optional("author") ?? caller.KeyName ?? "anonymous", time.GetUtcNow(), corrects);
        try
        {
            index.AddText(collection, domain, note.DocumentName, note.ToMarkdown());
        }
        catch (CollectionDomainException ex)
        {
            throw new ApiException(409, ex.Message, OpenAIError.InvalidRequest, "domain", "domain_mismatch");
        }

        return Results.Json(new
        {
            @object = "localmesh.kb.note",
            collection,
            domain,
            document = note.DocumentName,
            author = note.Author,
            created = note.Created.ToUnixTimeSeconds(),
            corrects,
        }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Collection names are also model names (<c>kb/hr,plant</c>): letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, up to 64.</summary>
    private static string ValidCollection(string name) =>
        KnowledgeModels.IsValidCollection(name)
            ? name
            : throw new ApiException(400, $"'{name}' is not a collection name: use letters, digits, '-', '_' and '.', up to 64 characters.", OpenAIError.InvalidRequest, "collection", "invalid_collection");

    /// <summary>
    /// Ingests while writing newline-delimited JSON: a <c>localmesh.kb.progress</c> line per file
    /// (<c>done</c>, <c>total</c>, <c>path</c>), then the result, so a client can show progress on long ingests.
    /// </summary>
    private static async Task StreamIngestAsync(HttpContext http, KnowledgeIndex index, string collection, string domain, string path)
    {
        var lines = System.Threading.Channels.Channel.CreateUnbounded<object>(new() { SingleReader = true });
        var work = Task.Run(() =>
        {
            try
            {
                var progress = new InlineProgress<(int Done, int Total, string Path)>(p =>
                    lines.Writer.TryWrite(new { @object = "localmesh.kb.progress", done = p.Done, total = p.Total, path = p.Path }));
                lines.Writer.TryWrite(Describe(collection, domain, index.AddPath(collection, domain, path, progress)));
                lines.Writer.Complete();
            }
            catch (Exception ex)
            {
                lines.Writer.Complete(ex);
            }
        });

        http.Response.ContentType = "application/x-ndjson";
        await foreach (var line in lines.Reader.ReadAllAsync(http.RequestAborted).ConfigureAwait(false))
        {
            await http.Response.WriteAsync(JsonSerializer.Serialize(line) + "\n", http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        }

        await work.ConfigureAwait(false);
    }

    private static object Describe(AnswerCache answers)
    {
        var stats = answers.Stats();
        return new
        {
            @object = "localmesh.cache",
            entries = stats.Entries,
            lookups = stats.Lookups,
            hits = stats.Hits,
            hit_rate = Math.Round(stats.HitRate, 4),
            similarity = answers.Similarity,
        };
    }

    private static object Describe(string collection, string domain, IngestResult result) => new
    {
        @object = "localmesh.kb.ingest",
        collection,
        domain,
        added = result.Added,
        updated = result.Updated,
        unchanged = result.Unchanged,
        removed = result.Removed,
        failed = result.Failed.Select(f => new { path = f.Path, error = f.Error }),
    };

    /// <summary>Whether the caller may see a collection: admins and open nodes always; a key by the collection's domain and access list.</summary>
    internal static bool MaySee(HttpContext http, CollectionAccess access) =>
        Caller.Of(http) is var caller && access.Allows(caller.KeyName, caller.Key);

    /// <summary>The collections the caller may see, with their data domains.</summary>
    internal static IReadOnlyDictionary<string, string> VisibleTo(HttpContext http, KnowledgeIndex index)
    {
        var caller = Caller.Of(http);
        return index.VisibleTo(caller.KeyName, caller.Key);
    }

    /// <summary>Whether the caller may see data of <paramref name="domain"/>.</summary>
    internal static bool MaySee(HttpContext http, string domain) =>
        Caller.Of(http) is var caller && (caller.IsAdmin || caller.Key?.MaySee(domain) != false);
}
