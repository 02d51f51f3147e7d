using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// A one-hidden-layer network over sparse TF-IDF vectors: ReLU, dropout while training, softmax output. The first
/// layer is feature-major, so a forward pass touches only the rows of the features present (about 130 for a
/// short utterance): a few microseconds on one core. Thread-safe for inference (read-only after training).
/// </summary>
public sealed class SparseMlp
{
    /// <summary>Creates a network from its parameters.</summary>
    public SparseMlp(int features, int hidden, int classes, float[] w1, float[] b1, float[] w2, float[] b2)
    {
        if (w1.Length != features * hidden || b1.Length != hidden || w2.Length != hidden * classes || b2.Length != classes)
        {
            throw new InvalidDataException("The network's parameters do not match its shape.");
        }

        Features = features;
        Hidden = hidden;
        Classes = classes;
        W1 = w1;
        B1 = b1;
        W2 = w2;
        B2 = b2;
    }

    /// <summary>The input size.</summary>
    public int Features { get; }

    /// <summary>The hidden layer's size.</summary>
    public int Hidden { get; }

    /// <summary>The number of classes.</summary>
    public int Classes { get; }

    /// <summary>First layer, features × hidden (feature-major).</summary>
    public float[] W1 { get; }

    /// <summary>First layer bias.</summary>
    public float[] B1 { get; }

    /// <summary>Second layer, hidden × classes.</summary>
    public float[] W2 { get; }

    /// <summary>Second layer bias.</summary>
    public float[] B2 { get; }

    /// <summary>Writes the parameters (the first layer as 16-bit floats, as model files and shared versions store it).</summary>
    public void WriteTo(BinaryWriter writer)
    {
        var half = new Half[W1.Length];
        TensorPrimitives.ConvertToHalf(W1, half);
        writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(B1.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(W2.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(B2.AsSpan()));
    }

    /// <summary>Adds this network's class probabilities for <paramref name="x"/> to <paramref name="probabilities"/>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="hidden">Scratch of <see cref="Hidden"/> floats.</param>
    /// <param name="logits">Scratch of <see cref="Classes"/> floats.</param>
    /// <param name="probabilities">Where the probabilities are added.</param>
    public void AddProbabilities(SparseVector x, Span<float> hidden, Span<float> logits, Span<float> probabilities)
    {
        Forward(x, hidden, logits, dropout: null);
        TensorPrimitives.SoftMax(logits, logits);
        TensorPrimitives.Add(probabilities, logits, probabilities);
    }

    /// <summary>Writes the ensemble's class probabilities for <paramref name="x"/>: each network's, averaged.</summary>
    /// <param name="networks">Networks over the same features and classes.</param>
    /// <param name="x">The input.</param>
    /// <param name="probabilities">At least as many floats as there are classes.</param>
    public static void Average(IReadOnlyList<SparseMlp> networks, SparseVector x, Span<float> probabilities)
    {
        var classes = networks[0].Classes;
        var hiddenSize = networks.Max(n => n.Hidden);
        Span<float> logits = classes <= 512 ? stackalloc float[classes] : new float[classes];
        Span<float> hidden = hiddenSize <= 1024 ? stackalloc float[hiddenSize] : new float[hiddenSize];
        probabilities = probabilities[..classes];
        probabilities.Clear();
        foreach (var network in networks)
        {
            network.AddProbabilities(x, hidden[..network.Hidden], logits, probabilities);
        }

        TensorPrimitives.Divide(probabilities, networks.Count, probabilities);
    }

    private void Forward(SparseVector x, Span<float> hidden, Span<float> logits, Func<float>? dropout)
    {
        B1.CopyTo(hidden);
        var w1 = W1.AsSpan();
        for (var i = 0; i < x.Indices.Length; i++)
        {
            TensorPrimitives.MultiplyAdd(w1.Slice(x.Indices[i] * Hidden, Hidden), x.Values[i], hidden, hidden);
        }

        TensorPrimitives.Max(hidden, 0f, hidden);
        B2.CopyTo(logits);
        var w2 = W2.AsSpan();
        for (var h = 0; h < Hidden; h++)
        {
            if (dropout is not null && hidden[h] != 0)
            {
                hidden[h] *= dropout();
            }

            if (hidden[h] != 0)
            {
                TensorPrimitives.MultiplyAdd(w2.Slice(h * Classes, Classes), hidden[h], logits, logits);
            }
        }
    }

    /// <summary>
    /// Trains a network by SGD on softmax cross-entropy (one example at a time, learning rate decaying linearly to
    /// zero, dropout on the hidden layer, gradient clipping). If training diverges it restarts at half the rate.
    /// </summary>
    public static SparseMlp Train(
        IReadOnlyList<SparseVector> x, int[] y, int classes, int features, SparseMlpOptions options,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var rate = options.LearningRate;
        for (var attempt = 0; attempt < 4; attempt++, rate /= 2)
        {
            if (TryTrain(x, y, classes, features, options with { LearningRate = rate }, progress, cancellationToken) is { } model)
            {
                return model;
            }
        }

        throw new InvalidOperationException("Training the intent network diverged even at a small learning rate.");
    }

    private static SparseMlp? TryTrain(
        IReadOnlyList<SparseVector> x, int[] y, int classes, int features, SparseMlpOptions options,
        IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var hidden = options.Hidden;
        var random = new Random(options.Seed);
        var w1 = new float[features * hidden];
        var w2 = new float[hidden * classes];
        var scale2 = MathF.Sqrt(6f / (hidden + classes));
        for (var i = 0; i < w1.Length; i++)
        {
            w1[i] = ((random.NextSingle() * 2) - 1) * 0.1f;
        }

        for (var i = 0; i < w2.Length; i++)
        {
            w2[i] = ((random.NextSingle() * 2) - 1) * scale2;
        }

        var model = new SparseMlp(features, hidden, classes, w1, new float[hidden], w2, new float[classes]);
        var keep = 1f - options.Dropout;
        float Dropout() => random.NextSingle() < keep ? 1f / keep : 0f;
        var h = new float[hidden];
        var p = new float[classes];
        var gh = new float[hidden];
        var order = Enumerable.Range(0, x.Count).ToArray();
        long total = (long)options.Epochs * x.Count, step = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var i in order)
            {
                var lr = options.LearningRate * (1f - ((float)step++ / total));
                var xi = x[i];
                model.Forward(xi, h, p, Dropout);
                TensorPrimitives.SoftMax(p, p);
                p[y[i]] -= 1f; // now the gradient of the loss with respect to the logits
                for (var k = 0; k < hidden; k++)
                {
                    gh[k] = h[k] == 0 ? 0 : TensorPrimitives.Dot(w2.AsSpan(k * classes, classes), p) / keep; // through dropout and ReLU
                }

                var norm = TensorPrimitives.Norm(gh);
                if (norm > 5f)
                {
                    TensorPrimitives.Multiply(gh, 5f / norm, gh);
                }

                for (var k = 0; k < hidden; k++)
                {
                    if (h[k] != 0)
                    {
                        var row = w2.AsSpan(k * classes, classes);
                        TensorPrimitives.MultiplyAdd(p, -lr * h[k], row, row);
                    }
                }

                TensorPrimitives.MultiplyAdd(p, -lr, model.B2, model.B2);
                for (var j = 0; j < xi.Indices.Length; j++)
                {
                    var row = w1.AsSpan(xi.Indices[j] * hidden, hidden);
                    TensorPrimitives.MultiplyAdd(gh, -lr * xi.Values[j], row, row);
                }

                TensorPrimitives.MultiplyAdd(gh, -lr, model.B1, model.B1);
            }

            if (!float.IsFinite(TensorPrimitives.Sum(model.B2)) || !float.IsFinite(TensorPrimitives.Sum(model.B1)))
            {
                return null;
            }

            progress?.Report((epoch + 1.0) / options.Epochs);
        }

        return model;
    }
}

/// <summary>How a <see cref="SparseMlp"/> is trained. The defaults were chosen on CLINC150 (see docs/intents.md).</summary>
public sealed record SparseMlpOptions
{
    /// <summary>Hidden layer size.</summary>
    public int Hidden { get; init; } = 128;

    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>The initial learning rate (it decays linearly to zero).</summary>
    public float LearningRate { get; init; } = 0.1f;

    /// <summary>Share of hidden units dropped while training.</summary>
    public float Dropout { get; init; } = 0.5f;

    /// <summary>Random seed (training is deterministic for a given seed and data).</summary>
    public int Seed { get; init; } = 7;
}
