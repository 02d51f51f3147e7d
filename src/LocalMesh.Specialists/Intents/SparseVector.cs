namespace LocalMesh.Specialists.Intents;

/// <summary>A sparse feature vector: feature indices (ascending) and their values.</summary>
public readonly record struct SparseVector(int[] Indices, float[] Values)
{
    /// <summary>The squared L2 norm.</summary>
    public float SquaredNorm()
    {
        var sum = 0f;
        foreach (var v in Values)
        {
            sum += v * v;
        }

        return sum;
    }

    /// <summary>The dot product with a dense vector.</summary>
    public float Dot(float[] dense)
    {
        var sum = 0f;
        for (var i = 0; i < Indices.Length; i++)
        {
            sum += Values[i] * dense[Indices[i]];
        }

        return sum;
    }
}
