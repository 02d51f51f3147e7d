using LocalMesh.Mesh.Models;

namespace LocalMesh.Mesh.Membership;

/// <summary>What <see cref="CardTrust"/> makes of a card.</summary>
public enum CardVerdict
{
    /// <summary>Taken: its site has no authority configured, or it is signed under it and newer than the last one taken.</summary>
    Accepted,

    /// <summary>Signed under its site's authority but not newer than the last card taken from its node: a repeat, ignored quietly.</summary>
    Old,

    /// <summary>Its site has an authority and the card does not prove it came from its node: ignored and logged.</summary>
    Refused,
}

/// <summary>
/// Checks the cards of sites whose authority this node knows (<see cref="MeshOptions.SiteAuthorities"/>): a card is
/// taken only when one of its <see cref="NodeCard.Certificates"/> was issued by the site's authority for the card's node
/// and site, is valid now and names a key that is not revoked, and the card is signed by that key. Signed cards could
/// still be repeated by whoever can write the bucket (another node of the site), so a card must also be dated within
/// <see cref="MaxCardAge"/> of this node's clock and newer than the last one taken from its node (a later start, or a
/// higher heartbeat number of the same start). Cards of other sites are taken as before. Thread-safe.
/// </summary>
/// <param name="options">The node's mesh options.</param>
/// <param name="time">The clock certificates are checked against.</param>
public sealed class CardTrust(MeshOptions options, TimeProvider time)
{
    /// <summary>
    /// How old a signed card may be, by its own date against this node's clock: a repeat of an old card is refused even
    /// after its node's record was forgotten (it left, or was deleted by someone else). Clocks of the mesh's machines must
    /// agree within this (certificates' expiry needs them to anyway).
    /// </summary>
    public static readonly TimeSpan MaxCardAge = TimeSpan.FromSeconds(60);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (long StartedAt, long Sequence, long TakenAt)> _newest = new(StringComparer.Ordinal);

    /// <summary>Whether cards of <paramref name="site"/> must be signed under its authority.</summary>
    public bool Requires(string site) => options.SiteAuthorities.ContainsKey(site);

    /// <summary>Checks <paramref name="card"/>, parsed from <paramref name="json"/> (the bytes as they arrived).</summary>
    /// <param name="json">The card's bytes.</param>
    /// <param name="card">The card read from them.</param>
    /// <param name="reason">Why it was refused or ignored.</param>
    /// <param name="track">Whether the card counts as the newest taken from its node (false: a one-off read, such as listing the bucket).</param>
    public CardVerdict Check(ReadOnlySpan<byte> json, NodeCard card, out string? reason, bool track = true)
    {
        reason = null;
        if (!options.SiteAuthorities.TryGetValue(card.Site, out var authority))
        {
            return CardVerdict.Accepted;
        }

        // The date first: it costs nothing, the signatures below cost two ECDSA verifications.
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (now - card.At > MaxCardAge.TotalMilliseconds)
        {
            reason = $"the card is dated {(now - card.At) / 1000} s ago, more than {MaxCardAge.TotalSeconds} s: an old card put back, or this machine's clock and its node's differ";
            return CardVerdict.Refused;
        }

        if (Certified(authority, card, out reason) is not { Count: > 0 } keys)
        {
            return CardVerdict.Refused;
        }

        if (card.Signature is null || NodeCard.UnsignedJson(json) is not { } unsigned)
        {
            reason = "the card is not signed (its site's cards must be signed by a key its authority certified)";
            return CardVerdict.Refused;
        }

        var message = NodeCard.SignedMessage(unsigned);
        if (!keys.Any(key => ModelSignature.Verify(key, card.Signature, message)))
        {
            reason = $"its signature does not verify against the key its certificate names ({string.Join(", ", keys.Select(ModelSignature.KeyId))}): forged, changed, or signed by another node";
            return CardVerdict.Refused;
        }

        var name = $"{card.Site}.{card.Node}";
        if (!track)
        {
            return CardVerdict.Accepted;
        }

        lock (_lock)
        {
            // A record not refreshed for longer than a card may be old is forgotten: its node went away (a crash leaves no delete),
            // and a card older than that is refused above anyway; so a node restarted with its clock set back is taken again.
            if (_newest.TryGetValue(name, out var newest) && now - newest.TakenAt <= MaxCardAge.TotalMilliseconds
                && (card.StartedAt, card.Sequence).CompareTo((newest.StartedAt, newest.Sequence)) <= 0)
            {
                reason = $"not newer than the last card taken from it (start {card.StartedAt}, heartbeat {card.Sequence} against {newest.StartedAt}, {newest.Sequence})";
                return CardVerdict.Old;
            }

            _newest[name] = (card.StartedAt, card.Sequence, now);
        }

        return CardVerdict.Accepted;
    }

    /// <summary>
    /// The keys <paramref name="card"/>'s certificates vouch for under <paramref name="authority"/> now (revoked ones left
    /// out); empty with <paramref name="reason"/> saying why when none does.
    /// </summary>
    public IReadOnlyList<string> Certified(string authority, NodeCard card, out string? reason) =>
        Certified(authority, card.Site, card.Node, card.Certificates ?? [], out reason);

    /// <summary>The keys <paramref name="certificates"/> vouch for as <paramref name="node"/>@<paramref name="site"/>'s under <paramref name="authority"/> now.</summary>
    public IReadOnlyList<string> Certified(string authority, string site, string node, IEnumerable<NodeCertificate> certificates, out string? reason)
    {
        reason = null;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var keys = new List<string>();
        foreach (var certificate in certificates)
        {
            var problem = certificate.Check(authority, site, node, now);
            if (problem is null && options.Models.IsRevoked(certificate.Key))
            {
                problem = $"a certificate of key {certificate.KeyId}, which is revoked (LocalMesh:Mesh:Models:RevokedKeys)";
            }

            if (problem is null)
            {
                keys.Add(certificate.Key);
            }
            else
            {
                reason ??= problem;
            }
        }

        if (keys.Count == 0)
        {
            reason = reason is null
                ? $"it carries no certificate ({site}'s cards must carry one issued by its authority {ModelSignature.KeyId(authority)}: localmesh mesh certify)"
                : $"it carries {reason}";
        }

        return keys;
    }
}
