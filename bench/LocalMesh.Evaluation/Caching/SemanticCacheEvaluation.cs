using System.Numerics.Tensors;
using LocalMesh.Caching;

namespace LocalMesh.Evaluation.Caching;

/// <summary>A pair of questions and whether the second may get the first one's answer.</summary>
/// <param name="ShouldHit">True for a rewording (same meaning); false for a near miss (another entity, number, direction, antonym or topic).</param>
/// <param name="Kind">What kind of pair (<c>paraphrase</c>, <c>entity</c>, <c>number</c>, <c>direction</c>, <c>antonym</c>, <c>topic</c>).</param>
/// <param name="Cached">The question asked first.</param>
/// <param name="Asked">The question asked later.</param>
public sealed record CachePair(bool ShouldHit, string Kind, string Cached, string Asked);

/// <summary>A pair set scored at one threshold, by the cosine alone and with the <see cref="QuestionGuard"/>.</summary>
public sealed record CachePairRow(double Threshold, int Rewordings, int RewordingHitsCosine, int RewordingHitsGuarded, int NearMisses, int FalseHitsCosine, int FalseHitsGuarded)
{
    /// <summary>Hits that should be hits, cosine alone.</summary>
    public double PrecisionCosine => RewordingHitsCosine + FalseHitsCosine == 0 ? 1 : (double)RewordingHitsCosine / (RewordingHitsCosine + FalseHitsCosine);

    /// <summary>Hits that should be hits, with the guard.</summary>
    public double PrecisionGuarded => RewordingHitsGuarded + FalseHitsGuarded == 0 ? 1 : (double)RewordingHitsGuarded / (RewordingHitsGuarded + FalseHitsGuarded);
}

/// <summary>
/// A cache of CLINC150 questions scored at one threshold: every training text is in one cache scope and every
/// validation text is asked once. A hit is right when the cached question has the same intent (a generous reading:
/// two questions of one intent can still differ in a slot, "balance of checking" / "of savings"); an out-of-scope
/// question should never hit.
/// </summary>
public sealed record CacheRetrievalRow(double Threshold, int InScope, int HitsCosine, int RightCosine, int HitsGuarded, int RightGuarded, int OutOfScope, int OosHitsCosine, int OosHitsGuarded)
{
    /// <summary>Hits with the same intent, cosine alone.</summary>
    public double PrecisionCosine => HitsCosine == 0 ? 1 : (double)RightCosine / HitsCosine;

    /// <summary>Hits with the same intent, with the guard.</summary>
    public double PrecisionGuarded => HitsGuarded == 0 ? 1 : (double)RightGuarded / HitsGuarded;
}

/// <summary>
/// Scores the semantic cache's match rule (cosine of sentence vectors over a threshold, then the <see cref="QuestionGuard"/>)
/// on hand-written pairs (bench/data/cache-calibration) and on CLINC150. Thread-safe; no state.
/// </summary>
public static class SemanticCacheEvaluation
{
    /// <summary>The thresholds reported.</summary>
    public static readonly IReadOnlyList<double> Thresholds = [0.70, 0.75, 0.80, 0.85, 0.90, 0.95];

    /// <summary>Reads a pair file: <c>hit|miss TAB kind TAB cached question TAB later question</c>, <c>#</c> comments.</summary>
    /// <exception cref="InvalidDataException">A line is not of that form.</exception>
    public static IReadOnlyList<CachePair> ReadPairs(string path)
    {
        var pairs = new List<CachePair>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || fields[0] is not ("hit" or "miss"))
            {
                throw new InvalidDataException($"{path}:{number}: expected 'hit|miss<TAB>kind<TAB>question<TAB>question'.");
            }

            pairs.Add(new CachePair(fields[0] == "hit", fields[1], fields[2], fields[3]));
        }

        return pairs;
    }

    /// <summary>The cosine of each pair's two questions, in order.</summary>
    public static double[] Cosines(IReadOnlyList<CachePair> pairs, Func<IReadOnlyList<string>, float[][]> encode)
    {
        var cached = encode([.. pairs.Select(p => p.Cached)]);
        var asked = encode([.. pairs.Select(p => p.Asked)]);
        return [.. pairs.Select((_, i) => (double)TensorPrimitives.Dot(cached[i], asked[i]))];
    }

    /// <summary>Scores <paramref name="pairs"/> (with their <paramref name="cosines"/>) at each threshold.</summary>
    public static IReadOnlyList<CachePairRow> Pairs(IReadOnlyList<CachePair> pairs, IReadOnlyList<double> cosines, IReadOnlyList<double> thresholds)
    {
        var guarded = pairs.Select(p => QuestionGuard.Conflict(p.Cached, p.Asked) is null).ToList();
        return [.. thresholds.Select(t =>
        {
            int Count(bool shouldHit, bool guard) => pairs.Where((p, i) => p.ShouldHit == shouldHit && cosines[i] >= t && (!guard || guarded[i])).Count();
            return new CachePairRow(t, pairs.Count(p => p.ShouldHit), Count(true, false), Count(true, true), pairs.Count(p => !p.ShouldHit), Count(false, false), Count(false, true));
        })];
    }

    /// <summary>
    /// Puts every <paramref name="cached"/> question in one cache and asks every query: at each threshold, the closest
    /// cached question over it is the hit by the cosine alone, and the closest one the guard lets through is the hit with it.
    /// </summary>
    /// <param name="cached">The cached questions and their intents.</param>
    /// <param name="cachedVectors">Their unit vectors.</param>
    /// <param name="queries">The questions asked, with their intents (null: out of scope).</param>
    /// <param name="queryVectors">Their unit vectors.</param>
    /// <param name="thresholds">The thresholds.</param>
    /// <param name="wrong">Receives, for the first threshold, each guarded hit with another intent (for reading).</param>
    public static IReadOnlyList<CacheRetrievalRow> Retrieval(
        IReadOnlyList<(string Text, string Intent)> cached, IReadOnlyList<float[]> cachedVectors,
        IReadOnlyList<(string Text, string? Intent)> queries, IReadOnlyList<float[]> queryVectors,
        IReadOnlyList<double> thresholds, List<(string Query, string Cached, double Cosine)>? wrong = null)
    {
        var lowest = thresholds.Min();
        var words = new Dictionary<int, List<QuestionWord>>();
        var scores = new float[cached.Count];
        var perThreshold = thresholds.ToDictionary(t => t, _ => (Hc: 0, Rc: 0, Hg: 0, Rg: 0, Oc: 0, Og: 0));
        for (var q = 0; q < queries.Count; q++)
        {
            for (var c = 0; c < cached.Count; c++)
            {
                scores[c] = TensorPrimitives.Dot(queryVectors[q], cachedVectors[c]);
            }

            var candidates = Enumerable.Range(0, cached.Count).Where(c => scores[c] >= lowest).OrderByDescending(c => scores[c]).ToList();
            var asked = QuestionWords.Split(queries[q].Text);
            var firstPassing = -1;
            foreach (var c in candidates)
            {
                if (!words.TryGetValue(c, out var cachedWords))
                {
                    words[c] = cachedWords = QuestionWords.Split(cached[c].Text);
                }

                if (QuestionGuard.Conflict(cachedWords, asked) is null)
                {
                    firstPassing = c;
                    break;
                }
            }

            foreach (var t in thresholds)
            {
                var row = perThreshold[t];
                var best = candidates.Count > 0 && scores[candidates[0]] >= t ? candidates[0] : -1;
                var guarded = firstPassing >= 0 && scores[firstPassing] >= t ? firstPassing : -1;
                var intent = queries[q].Intent;
                if (intent is null)
                {
                    row.Oc += best >= 0 ? 1 : 0;
                    row.Og += guarded >= 0 ? 1 : 0;
                }
                else
                {
                    row.Hc += best >= 0 ? 1 : 0;
                    row.Rc += best >= 0 && cached[best].Intent == intent ? 1 : 0;
                    row.Hg += guarded >= 0 ? 1 : 0;
                    row.Rg += guarded >= 0 && cached[guarded].Intent == intent ? 1 : 0;
                }

                if (wrong is not null && t == thresholds[0] && guarded >= 0 && cached[guarded].Intent != intent)
                {
                    wrong.Add((queries[q].Text, cached[guarded].Text, scores[guarded]));
                }

                perThreshold[t] = row;
            }
        }

        var inScope = queries.Count(q => q.Intent is not null);
        return [.. thresholds.Select(t =>
        {
            var r = perThreshold[t];
            return new CacheRetrievalRow(t, inScope, r.Hc, r.Rc, r.Hg, r.Rg, queries.Count - inScope, r.Oc, r.Og);
        })];
    }
}
