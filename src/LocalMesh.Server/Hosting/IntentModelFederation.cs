using LocalMesh.Mesh.Models;
using LocalMesh.Specialists.Intents;
using LocalMesh.Specialists.Intents.Federation;

namespace LocalMesh.Server.Hosting;

/// <summary>The intent model as the mesh exchanges it: <see cref="IntentModelShare"/> bytes out, peers' versions in. Thread-safe.</summary>
internal sealed class IntentModelFederation : IModelFederation
{
    private readonly IntentModelStore _models;

    public IntentModelFederation(IntentModelStore models)
    {
        _models = models;
        models.Learned += _ => Learned?.Invoke();
    }

    public string Model => "intents";

    public int LocalVersion => _models.Own?.Info.Version ?? 0;

    public event Action? Learned;

    public ModelExport? Export(string site, string node) =>
        _models.CreateShare(site, node) is { } share ? new ModelExport(share.Header.Version, share.ToBytes(), share.Header.Intents.Count) : null;

    public int HeldVersion(string site, string node, ModelPolicy policy) =>
        _models.HeldVersions().TryGetValue(site + "." + node, out var held) && held.Vote == Vote(policy) ? held.Version : 0;

    public ModelAcceptance Accept(byte[] payload, string site, string node, ModelPolicy policy)
    {
        var share = IntentModelShare.Parse(payload);
        if (share.Header.Site != site || share.Header.Node != node)
        {
            throw new InvalidDataException($"it says it comes from {share.Header.Node}@{share.Header.Site} but was published as {node}@{site}");
        }

        var taken = _models.Accept(share, Vote(policy));
        return new ModelAcceptance(share.Header.Version, taken.Changed, taken.Intents.Count, taken.Reason);
    }

    public bool Forget(string site, string node) => _models.Forget(site, node);

    private static PeerVote Vote(ModelPolicy policy) => policy switch
    {
        ModelPolicy.Adopt => PeerVote.Adopt,
        ModelPolicy.Merge => PeerVote.Merge,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Only adopt and merge take a peer's version."),
    };
}
