namespace LocalMesh.Privacy.Domains;

/// <summary>
/// Multinomial logistic regression over hashed binary features, trained by stochastic gradient descent with L2
/// regularisation. Small, fast to train (milliseconds on a few hundred examples), and it gives probabilities, so a
/// low-confidence verdict can be told apart from a clear one. Immutable once trained; thread-safe.
/// </summary>
internal sealed class SoftmaxClassifier
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    private SoftmaxClassifier(int classes, float[] weights, float[] bias)
    {
        Classes = classes;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The number of classes.</summary>
    public int Classes { get; }

    /// <summary>Trains on examples given as feature buckets and a class.</summary>
    public static SoftmaxClassifier Train(IReadOnlyList<(int[] Features, int Class, float Weight)> examples, int classes, int epochs = 100, float learningRate = 2.0f, float l2 = 1e-5f, int seed = 17)
    {
        var weights = new float[DomainFeatures.Buckets * classes];
        var bias = new float[classes];
        var model = new SoftmaxClassifier(classes, weights, bias);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var probabilities = new float[classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = learningRate / (1 + (epoch * 0.2f));
            foreach (var index in order)
            {
                var (features, target, weight) = examples[index];
                model.Probabilities(features, probabilities);
                var scale = 1 / MathF.Sqrt(Math.Max(1, features.Length));
                for (var c = 0; c < classes; c++)
                {
                    var gradient = (probabilities[c] - (c == target ? 1 : 0)) * weight;
                    bias[c] -= rate * gradient;
                    foreach (var f in features)
                    {
                        ref var w = ref weights[(f * classes) + c];
                        w -= rate * ((gradient * scale) + (l2 * w));
                    }
                }
            }
        }

        return model;
    }

    /// <summary>Writes the probability of each class into <paramref name="into"/>.</summary>
    public void Probabilities(int[] features, Span<float> into)
    {
        var scale = 1 / MathF.Sqrt(Math.Max(1, features.Length));
        for (var c = 0; c < Classes; c++)
        {
            var sum = 0f;
            foreach (var f in features)
            {
                sum += _weights[(f * Classes) + c];
            }

            into[c] = _bias[c] + (sum * scale);
        }

        var max = float.NegativeInfinity;
        foreach (var v in into[..Classes])
        {
            max = Math.Max(max, v);
        }

        var total = 0f;
        for (var c = 0; c < Classes; c++)
        {
            into[c] = MathF.Exp(into[c] - max);
            total += into[c];
        }

        for (var c = 0; c < Classes; c++)
        {
            into[c] /= total;
        }
    }
}
