using System.Numerics.Tensors;

namespace LocalMesh.Specialists.Intents.Federation;

/// <summary>
/// Other nodes' shared versions as this node's model is served with them. Each peer votes on the intents both nodes
/// share (set S): this node's own lexical half still says how likely a request is to be one of S at all (its share of
/// probability for S, its mass), and within S the peer's view replaces (<see cref="PeerVote.Adopt"/>) or is averaged
/// with (<see cref="PeerVote.Merge"/>) the node's own; intents outside S keep the node's own probabilities. With several
/// peers their results are averaged. The semantic half is per-intent weights over the same encoder, so there the
/// columns of S are replaced or averaged directly (<see cref="Head"/>). Immutable and thread-safe.
/// </summary>
public sealed class IntentModelPeers
{
    private IntentModelPeers(IntentVocabulary features, IReadOnlyList<PeerIntentPart> parts, EncoderHead? head)
    {
        Features = features;
        Parts = parts;
        Head = head;
    }

    /// <summary>The peers, each bound to this node's model.</summary>
    public IReadOnlyList<PeerIntentPart> Parts { get; }

    /// <summary>The node's semantic half with the peers' per-intent weights adopted or averaged in; null when none applies (no head, another encoder).</summary>
    public EncoderHead? Head { get; }

    /// <summary>The shared feature space the peers' networks read.</summary>
    private IntentVocabulary Features { get; }

    /// <summary>
    /// Binds <paramref name="shares"/> to <paramref name="model"/> (this node's own). A share in another feature space, or
    /// with no intent in common besides <c>oos</c>, is left out. Returns null when none is left.
    /// </summary>
    /// <param name="model">This node's own model.</param>
    /// <param name="shares">The peers' versions and how each counts.</param>
    /// <param name="takes">Whether this node takes a peer's view of an intent (its own not-shared intents stay its own).</param>
    /// <param name="features">The shared feature space.</param>
    public static IntentModelPeers? Bind(IntentModel model, IEnumerable<(IntentModelShare Share, PeerVote Vote)> shares, Func<string, bool> takes, SharedFeatures features)
    {
        var own = model.Intents.Select((intent, i) => (intent, i)).ToDictionary(p => p.intent, p => p.i, StringComparer.Ordinal);
        var parts = new List<(PeerIntentPart Part, IntentModelShare Share, int[] Columns)>();
        foreach (var (share, vote) in shares)
        {
            if (share.Header.Features != features.Id || share.Header.FeatureCount != features.Count)
            {
                continue;
            }

            var columns = Enumerable.Range(0, share.Header.Intents.Count)
                .Where(j => own.ContainsKey(share.Header.Intents[j]) && (share.Header.Intents[j] == IntentModel.OutOfScope || takes(share.Header.Intents[j])))
                .ToArray();
            if (columns.Length < 2 || !columns.Any(j => share.Header.Intents[j] == IntentModel.OutOfScope))
            {
                continue;
            }

            var networks = share.Networks.Select(n => new SparseMlp(n.Features, n.Hidden, columns.Length, n.W1, n.B1,
                IntentModelShare.Columns(n.W2, n.Hidden, n.Classes, columns), [.. columns.Select(j => n.B2[j])])).ToArray();
            var intents = columns.Select(j => share.Header.Intents[j]).ToArray();
            parts.Add((new PeerIntentPart(share.Header, vote, networks, [.. intents.Select(i => own[i])], intents), share, columns));
        }

        return parts.Count == 0 ? null : new IntentModelPeers(features.Vocabulary, [.. parts.Select(p => p.Part)], BindHead(model, parts));
    }

    /// <summary>The node's head with, for each intent some peer votes on, the average of the peers' adopted or merged columns.</summary>
    private static EncoderHead? BindHead(IntentModel model, List<(PeerIntentPart Part, IntentModelShare Share, int[] Columns)> parts)
    {
        if (model.Head is not { } own || model.Info.Encoder is not { } encoder)
        {
            return null;
        }

        var (dimensions, classes) = (own.Dimensions, own.Classes);
        var weights = new float[own.Weights.Length];
        var bias = new float[classes];
        var votes = new int[classes];
        foreach (var (part, share, columns) in parts)
        {
            if (share.Head is not { } peer || share.Header.Encoder != encoder || peer.Dimensions != dimensions)
            {
                continue;
            }

            for (var j = 0; j < columns.Length; j++)
            {
                var (c, k) = (part.Classes[j], columns[j]);
                votes[c]++;
                bias[c] += Cast(part.Vote, own.Bias[c], peer.Bias[k]);
                for (var d = 0; d < dimensions; d++)
                {
                    weights[(d * classes) + c] += Cast(part.Vote, own.Weights[(d * classes) + c], peer.Weights[(d * peer.Classes) + k]);
                }
            }
        }

        if (votes.All(v => v == 0))
        {
            return null;
        }

        for (var c = 0; c < classes; c++)
        {
            bias[c] = votes[c] == 0 ? own.Bias[c] : bias[c] / votes[c];
            for (var d = 0; d < dimensions; d++)
            {
                var i = (d * classes) + c;
                weights[i] = votes[c] == 0 ? own.Weights[i] : weights[i] / votes[c];
            }
        }

        return new EncoderHead(dimensions, classes, weights, bias);
    }

    private static float Cast(PeerVote vote, float own, float peer) => vote == PeerVote.Adopt ? peer : (own + peer) / 2;

    /// <summary>Replaces the node's own lexical <paramref name="probabilities"/> with the peers' votes on them.</summary>
    /// <param name="counts">The request's features (from <see cref="IntentFeaturizer.Extract"/>).</param>
    /// <param name="probabilities">The node's own probabilities, one per class of its model.</param>
    internal void Vote(IReadOnlyDictionary<ulong, float> counts, Span<float> probabilities)
    {
        var classes = probabilities.Length;
        Span<float> own = classes <= 512 ? stackalloc float[classes] : new float[classes];
        probabilities.CopyTo(own);
        probabilities.Clear();
        var x = Features.Vectorize(counts);
        var most = Parts.Max(p => p.Classes.Length);
        Span<float> buffer = most <= 512 ? stackalloc float[most] : new float[most];
        foreach (var part in Parts)
        {
            var peer = buffer[..part.Classes.Length];
            SparseMlp.Average(part.Networks, x, peer);
            var mass = 0f;
            foreach (var c in part.Classes)
            {
                mass += own[c];
            }

            TensorPrimitives.Add(probabilities, own, probabilities);
            for (var j = 0; j < part.Classes.Length; j++)
            {
                var c = part.Classes[j];
                probabilities[c] += Cast(part.Vote, own[c], mass * peer[j]) - own[c];
            }
        }

        TensorPrimitives.Divide(probabilities, Parts.Count, probabilities);
    }
}
