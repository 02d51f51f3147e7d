using System.Collections.Concurrent;
using LocalMesh.Ledger;
using LocalMesh.Policy;
using LocalMesh.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Knowledge.Index;

/// <summary>
/// Embeds passages that have no model vector yet, in batches, through the gateway's embedding routing and within the
/// tiers the passage's collection domain allows: an <c>hr</c> passage is never sent to an embedding backend the
/// <c>hr</c> domain may not reach. Ingestion never waits for it; search uses what is embedded so far. When no allowed
/// backend answers it waits and tries again; its waits run on the node's <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
public sealed class EmbeddingBackfill(KnowledgeIndex index, ModelVectors vectors, EmbeddingRouter router, DomainResolver domains, ILogger<EmbeddingBackfill> logger, TimeProvider? time = null) : BackgroundService
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Passages sent in one call.</summary>
    public const int BatchSize = 32;

    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<string, string> _problems = new(StringComparer.Ordinal);

    /// <summary>Why a collection is not (fully) embedded, if something is in the way.</summary>
    public string? Problem(string collection) => _problems.GetValueOrDefault(collection);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settled = -1L; // the index version at which every passage had its vector
        while (!stoppingToken.IsCancellationRequested)
        {
            var version = index.Version;
            var (worked, failed) = (false, false);
            foreach (var (collection, domain) in version == settled ? new Dictionary<string, string>() : index.CollectionDomains())
            {
                var missing = vectors.Missing(collection, BatchSize);
                if (missing.Count == 0)
                {
                    _problems.TryRemove(collection, out _);
                    continue;
                }

                var (_, tiers) = domains.Strictest([domain]);
                var context = new RouteContext
                {
                    RequestId = RequestIds.New("kbe_", _time.GetUtcNow()),
                    Domain = domain,
                    DomainSource = "knowledge",
                    AllowedTiers = tiers,
                    RequestedModel = vectors.Model,
                };
                try
                {
                    var embeddings = await router.GenerateAsync([.. missing.Select(m => m.Input)], context, stoppingToken).ConfigureAwait(false);
                    vectors.Store(missing.Select((m, i) => (m.Hash, embeddings[i].Vector.ToArray())));
                    _problems.TryRemove(collection, out _);
                    worked = true;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    var problem = ex is PolicyViolationException
                        ? $"no backend serving {vectors.Model} is on a tier the domain '{domain}' may reach"
                        : $"{vectors.Model} did not answer ({Backends.ErrorText.Describe(ex)}); retrying";
                    if (_problems.GetValueOrDefault(collection) != problem)
                    {
                        logger.LogWarning("Passages of {Collection} are not embedded: {Problem}.", collection, problem);
                    }

                    _problems[collection] = problem;
                    failed = true;
                }
            }

            if (!worked && !failed)
            {
                settled = version; // nothing to embed until the index changes: no more reading every passage each second
            }

            if (!worked)
            {
                try
                {
                    await Task.Delay(failed ? AfterFailure : Idle, _time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
