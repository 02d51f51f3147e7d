namespace LocalMesh.Testing;

/// <summary>
/// Marks the unit tests that cost more than a few seconds (a training run, a quality measurement over a whole generated
/// corpus): <c>[Trait(TestCost.Trait, TestCost.Slow)]</c>. <c>./test.sh --fast</c> leaves them out; <c>./test.sh</c>
/// (and CI) runs everything. Tests that start a node or a process live in LocalMesh.Server.Tests, which --fast skips.
/// </summary>
public static class TestCost
{
    /// <summary>The trait's name.</summary>
    public const string Trait = "Cost";

    /// <summary>The value of a slow test.</summary>
    public const string Slow = "Slow";
}
