using LocalMesh.Configuration;
using LocalMesh.Policy;
using Microsoft.Extensions.AI;

namespace LocalMesh.Core.Tests.Policy;

public sealed class DomainResolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Strictest_IntersectsTiers_AndNamesTheStrictestDomain()
    {
        var resolver = new DomainResolver(new LocalMeshOptions(), []);

        Assert.Equal("hr: Local, Edge", Text(resolver.Strictest(["general", "hr", "general"])));
        Assert.Equal("secret: Local", Text(resolver.Strictest(["hr", "secret", "general"])));
        Assert.Equal("retired-domain: Local", Text(resolver.Strictest(["general", "retired-domain"]))); // not in the policy: local only
        Assert.Equal(": Local, Edge, Remote, Cloud", Text(resolver.Strictest([])));

        static string Text((string? Domain, IReadOnlySet<Tier> Tiers) r) => $"{r.Domain}: {string.Join(", ", r.Tiers.Order())}";
    }

    [Fact]
    public async Task Resolve_HeaderKeyDefault_AndAClassifierMayOnlyTighten()
    {
        var resolver = new DomainResolver(new LocalMeshOptions(), [new KeywordClassifier()]);
        ChatMessage[] plain = [new(ChatRole.User, "hello")];
        ChatMessage[] sensitive = [new(ChatRole.User, "my diagnosis")];

        var byDefault = await resolver.ResolveAsync(null, null, null, plain, Ct);
        Assert.Equal(("unclassified", "default"), (byDefault.Domain, byDefault.Source));
        Assert.DoesNotContain(Tier.Cloud, byDefault.AllowedTiers);

        var declared = await resolver.ResolveAsync("general", null, null, plain, Ct);
        Assert.Equal(("general", "header"), (declared.Domain, declared.Source));
        Assert.Contains(Tier.Cloud, declared.AllowedTiers);

        var tightened = await resolver.ResolveAsync("general", null, null, sensitive, Ct);
        Assert.Equal(("medical", "classifier"), (tightened.Domain, tightened.Source));

        var secret = await resolver.ResolveAsync("secret", null, null, sensitive, Ct);
        Assert.Equal("secret", secret.Domain); // medical would loosen "secret": ignored

        var key = new ApiKeyConfig { DefaultDomain = "general", Tiers = ["local", "edge"] };
        var byKey = await resolver.ResolveAsync(null, "k", key, plain, Ct);
        Assert.Equal(("general", "key"), (byKey.Domain, byKey.Source));
        Assert.DoesNotContain(Tier.Cloud, byKey.AllowedTiers); // the key narrows the domain's tiers

        await Assert.ThrowsAsync<UnknownDomainException>(async () => await resolver.ResolveAsync("astrology", null, null, plain, Ct));
        await Assert.ThrowsAsync<PolicyViolationException>(async () => await resolver.ResolveAsync("hr", "k", new ApiKeyConfig { Domains = ["general"] }, plain, Ct));
    }

    private sealed class KeywordClassifier : IDomainClassifier
    {
        public ValueTask<string?> ClassifyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken) =>
            ValueTask.FromResult(messages.Any(m => m.Text.Contains("diagnosis", StringComparison.Ordinal)) ? "medical" : null);
    }
}
