namespace LocalMesh.Privacy.Detection;

/// <summary>Finds one or a few kinds of sensitive data in text. Implementations are stateless and thread-safe.</summary>
public interface IEntityDetector
{
    /// <summary>The entity types this detector reports.</summary>
    IReadOnlyCollection<string> Types { get; }

    /// <summary>Every match in <paramref name="text"/>, in any order; overlaps are settled by the scanner.</summary>
    IEnumerable<EntityMatch> Detect(string text);
}
