using System.Text;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Mesh.Tests.Membership;

/// <summary>Certificates of node keys by a site's authority, signed cards, and the keys trusted from them (no NATS).</summary>
public sealed class SiteAuthorityTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly ModelSigningKey _authority = ModelSigningKey.CreateEphemeral();
    private readonly ModelSigningKey _p1 = ModelSigningKey.CreateEphemeral();

    public void Dispose()
    {
        _authority.Dispose();
        _p1.Dispose();
    }

    [Fact]
    public void Certificate_VouchesForItsNodeSiteAndKey_UnderItsAuthority_UntilItExpires()
    {
        var certificate = NodeCertificate.Issue(_authority, "plant", "p1", _p1.PublicKey, _time.GetUtcNow(), TimeSpan.FromDays(30));
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();

        Assert.Null(certificate.Check(_authority.PublicKey, "plant", "p1", now));
        Assert.Contains("not p2@plant", certificate.Check(_authority.PublicKey, "plant", "p2", now), StringComparison.Ordinal);
        Assert.Contains("not p1@hq", certificate.Check(_authority.PublicKey, "hq", "p1", now), StringComparison.Ordinal);
        using var other = ModelSigningKey.CreateEphemeral();
        Assert.Contains("issued by authority", certificate.Check(other.PublicKey, "plant", "p1", now), StringComparison.Ordinal);
        Assert.Contains("does not verify", (certificate with { Key = other.PublicKey }).Check(_authority.PublicKey, "plant", "p1", now), StringComparison.Ordinal);
        Assert.Contains("does not verify", (certificate with { ExpiresAt = certificate.ExpiresAt + 1 }).Check(_authority.PublicKey, "plant", "p1", now), StringComparison.Ordinal);
        Assert.Contains("expired", certificate.Check(_authority.PublicKey, "plant", "p1", now + (long)TimeSpan.FromDays(30).TotalMilliseconds), StringComparison.Ordinal);

        // A certificate a node makes for itself with its own key is not the authority's.
        var selfMade = NodeCertificate.Issue(_p1, "plant", "p1", _p1.PublicKey, _time.GetUtcNow(), TimeSpan.FromDays(30));
        Assert.NotNull(selfMade.Check(_authority.PublicKey, "plant", "p1", now));
    }

    [Fact]
    public void SignedCard_IsTaken_AndAnyChangeOrAnotherSignerIsRefused()
    {
        var trust = Trust();
        var card = Card(seq: 1);
        var json = card.ToSignedJson(_p1);
        Assert.Equal(CardVerdict.Accepted, Check(trust, json));

        // One advertised model changed after signing.
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(card.ToSignedJson(_p1)).Replace("\"m1\"", "\"mX\"", StringComparison.Ordinal));
        Assert.Equal(CardVerdict.Refused, Check(trust, changed, out var why));
        Assert.Contains("does not verify", why, StringComparison.Ordinal);

        // p1's certificate on a card another node signed with its own key (another node of the site writing p1's card).
        using var p2 = ModelSigningKey.CreateEphemeral();
        Assert.Equal(CardVerdict.Refused, Check(trust, Card(seq: 5).ToSignedJson(p2), out why));
        Assert.Contains("does not verify", why, StringComparison.Ordinal);

        // The same, with a certificate of p2's key for p1 that p2 made itself.
        var forged = Card(seq: 6) with { Certificates = [NodeCertificate.Issue(p2, "plant", "p1", p2.PublicKey, _time.GetUtcNow(), TimeSpan.FromDays(1))] };
        Assert.Equal(CardVerdict.Refused, Check(trust, forged.ToSignedJson(p2), out why));
        Assert.Contains("issued by authority", why, StringComparison.Ordinal);

        // Unsigned, and without a certificate.
        Assert.Equal(CardVerdict.Refused, Check(trust, Card(seq: 7).ToJson(), out why));
        Assert.Contains("not signed", why, StringComparison.Ordinal);
        Assert.Equal(CardVerdict.Refused, Check(trust, (Card(seq: 8) with { Certificates = null }).ToJson(), out why));
        Assert.Contains("no certificate", why, StringComparison.Ordinal);

        // p1's own next card is still taken.
        Assert.Equal(CardVerdict.Accepted, Check(trust, Card(seq: 2).ToSignedJson(_p1)));
    }

    [Fact]
    public void SignedCard_RepeatedOrOlder_IsIgnored_UntilTheNodeLeaves()
    {
        var trust = Trust();
        var first = Card(seq: 1).ToSignedJson(_p1);
        Assert.Equal(CardVerdict.Accepted, Check(trust, first));
        Assert.Equal(CardVerdict.Accepted, Check(trust, Card(seq: 2).ToSignedJson(_p1)));

        Assert.Equal(CardVerdict.Old, Check(trust, first));
        Assert.Equal(CardVerdict.Old, Check(trust, Card(seq: 2).ToSignedJson(_p1)));
        Assert.Equal(CardVerdict.Old, Check(trust, (Card(seq: 9) with { StartedAt = 1 }).ToSignedJson(_p1))); // an earlier start

        Assert.Equal(CardVerdict.Accepted, Check(trust, (Card(seq: 1) with { StartedAt = 99_999 }).ToSignedJson(_p1))); // a restart

        // Later, the first card put back is too old to be taken even after its node's record is forgotten; a restart whose
        // clock went back (an earlier start time) is taken once the record is older than a card may be.
        _time.Advance(CardTrust.MaxCardAge + TimeSpan.FromSeconds(1));
        Assert.Equal(CardVerdict.Refused, Check(trust, first, out var why));
        Assert.Contains("dated", why, StringComparison.Ordinal);
        Assert.Equal(CardVerdict.Accepted, Check(trust, (Card(seq: 1) with { StartedAt = 5 }).ToSignedJson(_p1)));
    }

    [Fact]
    public void Cards_OfSitesWithoutAnAuthority_AreTakenAsBefore_AndARevokedKeyIsNotCertified()
    {
        var trust = Trust();
        var hq = new NodeCard { Node = "h1", Site = "hq", StartedAt = 10, Sequence = 1 }; // undated: a site without an authority is not checked
        Assert.Equal(CardVerdict.Accepted, trust.Check(hq.ToJson(), hq, out _));
        Assert.False(trust.Requires("hq"));
        Assert.True(trust.Requires("plant"));

        var revoking = new CardTrust(Options(revoked: [_p1.KeyId]), _time);
        Assert.Equal(CardVerdict.Refused, Check(revoking, Card(seq: 1).ToSignedJson(_p1), out var why));
        Assert.Contains("revoked", why, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiredCertificate_CardsAreRefusedFromThen()
    {
        var trust = Trust();
        Assert.Equal(CardVerdict.Accepted, Check(trust, Card(seq: 1, days: 2).ToSignedJson(_p1)));
        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(CardVerdict.Refused, Check(trust, Card(seq: 2, days: 2).ToSignedJson(_p1), out var why));
        Assert.Contains("expired", why, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelTrust_TrustsTheCertifiedKey_WithoutPinning_AndNoOtherKeyOfTheNode()
    {
        var dir = Testing.TempDirectories.Create("localmesh-authority-");
        var options = Options();
        var peers = new PeerTable("me", TimeSpan.FromMinutes(5), _time);
        var modelTrust = new ModelTrust(options, peers, dir, NullLogger<ModelTrust>.Instance, new CardTrust(options, _time));

        Assert.Null(modelTrust.For("plant", "p1")); // no card, no registered certificate

        using var impostor = ModelSigningKey.CreateEphemeral();
        peers.Observe(Card(seq: 1) with { ModelKey = impostor.PublicKey }); // a card advertising another key: not trusted on first use
        var trusted = modelTrust.For("plant", "p1", impostor.PublicKey, [], out _);
        Assert.Equal((_p1.PublicKey, "certified"), (trusted!.PublicKey, trusted.Source));
        Assert.False(File.Exists(Path.Combine(dir, ModelTrust.PinsRelativePath)));

        // A node that is gone: its certificate registered in the site's job bucket is enough.
        peers.Remove("p1");
        var certificate = NodeCertificate.Issue(_authority, "plant", "p1", _p1.PublicKey, _time.GetUtcNow(), TimeSpan.FromDays(1));
        Assert.Equal(_p1.PublicKey, modelTrust.For("plant", "p1", _p1.PublicKey, [], out _, impostor.PublicKey, [certificate])!.PublicKey);
        Assert.Null(modelTrust.For("plant", "p1", impostor.PublicKey, [], out _, impostor.PublicKey, []));
    }

    [Fact]
    public void ForNode_ASiteWithAnAuthority_NeedsACertificateOfTheNodesKey()
    {
        var dir = Testing.TempDirectories.Create("localmesh-authority-");
        using var key = ModelSigningKey.LoadOrCreate(dir);
        var options = Options() with { NodeId = "p1" };

        var missing = Assert.Throws<Configuration.LocalMeshConfigurationException>(() => NodeCertificate.ForNode(dir, options, key, _time));
        Assert.Contains("localmesh mesh certify --authority FILE --site plant --node-id p1", missing.Message, StringComparison.Ordinal);

        var issued = SiteAuthority.CertifyDataDir(_authority, "plant", "p1", dir, TimeSpan.FromDays(1), _time.GetUtcNow());
        Assert.Equal(key.PublicKey, Assert.Single(issued).Key);
        Assert.Equal(issued, NodeCertificate.ForNode(dir, options, key, _time));

        // Certified by another authority: refused, saying so.
        using var other = ModelSigningKey.CreateEphemeral();
        SiteAuthority.CertifyDataDir(other, "plant", "p1", dir, TimeSpan.FromDays(1), _time.GetUtcNow());
        var wrong = Assert.Throws<Configuration.LocalMeshConfigurationException>(() => NodeCertificate.ForNode(dir, options, key, _time));
        Assert.Contains("issued by authority", wrong.Message, StringComparison.Ordinal);

        // Without an authority for its site, a node carries what it has and starts.
        Assert.Single(NodeCertificate.ForNode(dir, options with { SiteAuthorities = [] }, key, _time));
    }

    [Fact]
    public void CertifyDataDir_AlsoCertifiesTheKeyWaitingForTheNextStart_AndKeepsOlderValidOnes()
    {
        var dir = Testing.TempDirectories.Create("localmesh-authority-");
        SiteAuthority.CertifyDataDir(_authority, "plant", "p1", dir, TimeSpan.FromDays(10), _time.GetUtcNow());
        ModelSigningKey.PrepareRotation(dir);
        _time.Advance(TimeSpan.FromDays(1));

        var issued = SiteAuthority.CertifyDataDir(_authority, "plant", "p1", dir, TimeSpan.FromDays(10), _time.GetUtcNow());

        Assert.Equal(2, issued.Count);
        Assert.Contains(ModelSigningKey.PendingPublicKey(dir), issued.Select(c => c.Key));
        Assert.Equal(2, NodeCertificate.Read(dir).Count); // the first one, for the same key, was replaced
        using var rotated = ModelSigningKey.LoadOrCreate(dir, "plant", "p1", _time);
        Assert.Equal(rotated.PublicKey, ModelSigningKey.PendingPublicKey(dir) ?? rotated.PublicKey);
        Assert.Single(NodeCertificate.ForNode(dir, Options() with { NodeId = "p1" }, rotated, _time), c => c.Key == rotated.PublicKey);
    }

    [Fact]
    public void AJob_SignedByAnotherKey_WithARotationStatementOfItsOwnMaking_IsRefused()
    {
        // An attacker's key X signs a job in p1's name and carries "p1: X -> p1's key", signed by X: a statement proves
        // nothing about the key it names, and a certified key is trusted as certified or not at all.
        var dir = Testing.TempDirectories.Create("localmesh-authority-");
        var options = Options();
        var peers = new PeerTable("me", TimeSpan.FromMinutes(5), _time);
        var cards = new CardTrust(options, _time);
        var modelTrust = new ModelTrust(options, peers, dir, NullLogger<ModelTrust>.Instance, cards);
        using var me = ModelSigningKey.CreateEphemeral();
        var jobs = new LocalMesh.Mesh.Jobs.JobTrust(options, me, modelTrust, dir);
        var certificate = NodeCertificate.Issue(_authority, "plant", "p1", _p1.PublicKey, _time.GetUtcNow(), TimeSpan.FromDays(1));
        var registered = new LocalMesh.Mesh.Jobs.JobSigner(_p1.PublicKey, []) { Certificates = [certificate] };
        var job = "{\"id\":\"j1\"}"u8.ToArray();

        var genuine = LocalMesh.Mesh.Jobs.JobSignature.Sign(_p1, "plant", "p1", job);
        Assert.True(jobs.Check(genuine, job, "s", _time.GetUtcNow(), 1, registered).Serve);

        using var forger = ModelSigningKey.CreateEphemeral();
        var forged = LocalMesh.Mesh.Jobs.JobSignature.Sign(forger, "plant", "p1", job);
        forged[LocalMesh.Mesh.Jobs.JobSignature.RotationsHeader] = ModelKeyRotation.ToJson([forger.SignRotation("plant", "p1", _p1.PublicKey, 1, 0)]);
        var verdict = jobs.Check(forged, job, "s", _time.GetUtcNow(), 2, registered);
        Assert.False(verdict.Serve, verdict.Detail);
        Assert.Contains("wrong signer", verdict.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_SiteAuthoritiesMustBeSiteNamesAndPublicKeys()
    {
        var errors = new MeshOptions { Url = "nats://127.0.0.1:4222", SiteAuthorities = new() { ["plant"] = "nope", ["bad site"] = _authority.PublicKey, ["hq"] = _authority.PublicKey } }.Validate();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("LocalMesh:Mesh:SiteAuthorities:plant: not a P-256 public key", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'bad site' is not a site name", StringComparison.Ordinal));
    }

    [Fact]
    public void UnsignedJson_OnlyWhenTheSignatureIsTheLastField()
    {
        var signed = Card(seq: 1).ToSignedJson(_p1);
        Assert.Equal(Card(seq: 1).ToJson(), NodeCard.UnsignedJson(signed));
        Assert.Null(NodeCard.UnsignedJson(Card(seq: 1).ToJson()));
        Assert.Null(NodeCard.UnsignedJson("{\"signature\":\"x\"}"u8));
        Assert.Null(NodeCard.UnsignedJson([.. signed.AsSpan(0, signed.Length - 1), .. ",\"x\":1}"u8]));
    }

    private readonly Dictionary<int, NodeCertificate> _issued = [];

    /// <summary>A card of p1 with a certificate valid <paramref name="days"/> from the test's start (one per validity, so two cards differ only where they should).</summary>
    private NodeCard Card(long seq, int days = 30) => new()
    {
        Node = "p1",
        Site = "plant",
        StartedAt = 1000,
        Sequence = seq,
        At = _time.GetUtcNow().ToUnixTimeMilliseconds(),
        Backends = [new CardBackend("ollama", "edge", ["m1"], true)],
        Certificates = [_issued.TryGetValue(days, out var kept) ? kept
            : _issued[days] = NodeCertificate.Issue(_authority, "plant", "p1", _p1.PublicKey, _time.GetUtcNow(), TimeSpan.FromDays(days))],
    };

    private MeshOptions Options(List<string>? revoked = null) => new()
    {
        Site = "plant",
        NodeId = "me",
        SiteAuthorities = new() { ["plant"] = _authority.PublicKey },
        Models = new MeshModelOptions { RevokedKeys = revoked ?? [] },
    };

    private CardTrust Trust() => new(Options(), _time);

    private static CardVerdict Check(CardTrust trust, byte[] json) => Check(trust, json, out _);

    private static CardVerdict Check(CardTrust trust, byte[] json, out string? why)
    {
        var card = NodeCard.TryParse(json, out var error);
        Assert.True(card is not null, error);
        return trust.Check(json, card!, out why);
    }
}
