using System.Numerics.Tensors;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// A softmax regression over sentence-encoder vectors (unit length, e.g. all-MiniLM-L6-v2's 384 dimensions): the
/// semantic half of the intent model. One class per intent, as in the lexical networks, so their probabilities can be
/// blended. Small (dimensions × classes floats) and fast: a forward pass is one pass over the weights. Thread-safe for
/// inference (read-only after training).
/// </summary>
public sealed class EncoderHead
{
    /// <summary>Creates a head from its parameters (<paramref name="weights"/> input-major: dimensions × classes).</summary>
    /// <exception cref="InvalidDataException">The parameters do not match the shape.</exception>
    public EncoderHead(int dimensions, int classes, float[] weights, float[] bias)
    {
        if (dimensions < 1 || classes < 1 || weights.Length != dimensions * classes || bias.Length != classes)
        {
            throw new InvalidDataException("The encoder head's parameters do not match its shape.");
        }

        Dimensions = dimensions;
        Classes = classes;
        Weights = weights;
        Bias = bias;
    }

    /// <summary>The vector length it reads.</summary>
    public int Dimensions { get; }

    /// <summary>The number of classes.</summary>
    public int Classes { get; }

    /// <summary>Input-major weights (dimensions × classes).</summary>
    public float[] Weights { get; }

    /// <summary>One bias per class.</summary>
    public float[] Bias { get; }

    /// <summary>Writes the class probabilities of <paramref name="vector"/> to <paramref name="probabilities"/>.</summary>
    /// <exception cref="ArgumentException">The vector's length is not <see cref="Dimensions"/>.</exception>
    public void Probabilities(ReadOnlySpan<float> vector, Span<float> probabilities)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} dimensions; the head reads {Dimensions}.", nameof(vector));
        }

        Logits(Weights, Bias, vector, probabilities[..Classes]);
        TensorPrimitives.SoftMax(probabilities[..Classes], probabilities[..Classes]);
    }

    private static void Logits(float[] weights, float[] bias, ReadOnlySpan<float> vector, Span<float> logits)
    {
        var classes = bias.Length;
        bias.CopyTo(logits);
        for (var d = 0; d < vector.Length; d++)
        {
            TensorPrimitives.MultiplyAdd(weights.AsSpan(d * classes, classes), vector[d], logits, logits);
        }
    }

    /// <summary>
    /// Trains by SGD on softmax cross-entropy, one example at a time with a linearly decaying rate. Each example
    /// weighs in inverse proportion to its class's size (capped), so an intent taught with five phrases is not drowned by
    /// the built-in ones' hundred. Deterministic for the same data and options.
    /// </summary>
    /// <param name="vectors">Unit-length sentence vectors.</param>
    /// <param name="labels">The class of each vector.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="options">Settings.</param>
    /// <param name="cancellationToken">Stops training.</param>
    public static EncoderHead Train(IReadOnlyList<float[]> vectors, int[] labels, int classes, EncoderHeadOptions options, CancellationToken cancellationToken = default)
    {
        if (vectors.Count == 0 || vectors.Count != labels.Length)
        {
            throw new ArgumentException("The head needs one label per vector and at least one vector.", nameof(vectors));
        }

        var dimensions = vectors[0].Length;
        var weights = new float[dimensions * classes];
        var bias = new float[classes];
        var counts = new int[classes];
        foreach (var y in labels)
        {
            counts[y]++;
        }

        var typical = counts.Where(c => c > 0).Order().ElementAt(counts.Count(c => c > 0) / 2); // the median class size
        var classWeight = counts.Select(c => c == 0 ? 0f : Math.Clamp((float)typical / c, 1f, options.MaxClassWeight)).ToArray();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, vectors.Count).ToArray();
        var scaled = new float[dimensions];
        var p = new float[classes];
        long total = (long)options.Epochs * vectors.Count, step = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var i in order)
            {
                var lr = options.LearningRate * (1f - ((float)step++ / total)) * classWeight[labels[i]];
                TensorPrimitives.Multiply(vectors[i], options.Scale, scaled);
                Logits(weights, bias, scaled, p);
                TensorPrimitives.SoftMax(p, p);
                p[labels[i]] -= 1f; // the gradient of the loss with respect to the logits
                for (var d = 0; d < dimensions; d++)
                {
                    var row = weights.AsSpan(d * classes, classes);
                    if (options.WeightDecay > 0)
                    {
                        TensorPrimitives.Multiply(row, 1f - (lr * options.WeightDecay), row);
                    }

                    TensorPrimitives.MultiplyAdd(p, -lr * scaled[d], row, row);
                }

                TensorPrimitives.MultiplyAdd(p, -lr, bias, bias);
            }
        }

        // The scale is folded into the weights, so inference reads the unit vector as it comes.
        TensorPrimitives.Multiply(weights, options.Scale, weights);
        return new EncoderHead(dimensions, classes, weights, bias);
    }
}

/// <summary>How an <see cref="EncoderHead"/> is trained (defaults chosen by cross-validation on CLINC150's training split, docs/intents.md).</summary>
public sealed record EncoderHeadOptions
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>The initial learning rate (decays linearly to zero).</summary>
    public float LearningRate { get; init; } = 0.1f;

    /// <summary>Unit vectors are multiplied by this while training (a sharper softmax than raw cosines allow).</summary>
    public float Scale { get; init; } = 4f;

    /// <summary>L2 shrinkage per step.</summary>
    public float WeightDecay { get; init; }

    /// <summary>The most an example of a small class is up-weighted.</summary>
    public float MaxClassWeight { get; init; } = 10f;

    /// <summary>Random seed.</summary>
    public int Seed { get; init; } = 17;
}
