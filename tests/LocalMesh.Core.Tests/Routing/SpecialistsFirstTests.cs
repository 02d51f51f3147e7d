using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Local;
using LocalMesh.Routing;
using LocalMesh.Testing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Core.Tests.Routing;

/// <summary>A stage asks the specialists alone first, and the request then goes past them without asking them again.</summary>
public sealed class SpecialistsFirstTests
{
    private static readonly IReadOnlySet<Tier> Everywhere = new HashSet<Tier> { Tier.Local, Tier.Edge, Tier.Cloud };

    private static (LocalMeshRouter Router, TestChatClient Specialists, TestChatClient Edge) Make()
    {
        var specialists = new TestChatClient("specialists")
        {
            Respond = (messages, _) => messages[^1].Text == "set a timer" ? new ChatResponse(new ChatMessage(ChatRole.Assistant, "Timer set.")) : throw new SpecialistDeclinedException(),
        };
        var edge = new TestChatClient("edge");
        Backend Local(TestChatClient client) => new(new BackendState("specialists", new BackendConfig { Tier = Tier.Local, Type = "builtin", MaxConcurrency = int.MaxValue }), client, null, null) { IsSpecialists = true };
        var router = new LocalMeshRouter(new RoutePlanner(new BackendRegistry(
            [new Backend(new BackendState("edge", new BackendConfig { Tier = Tier.Edge, Endpoint = "http://127.0.0.1:1/v1", Models = ["m"] }), edge, null, null)],
            Local(specialists), Local(new TestChatClient("fallback")))));
        return (router, specialists, edge);
    }

    [Fact]
    public async Task TheirAnswer_IsReturned_AndNothingElseIsAsked()
    {
        var (router, _, edge) = Make();
        var context = new RouteContext { RequestId = "r", Domain = "general", AllowedTiers = Everywhere };
        Assert.True(SpecialistsFirst.Applies(context));

        var answer = await SpecialistsFirst.AskAsync(router, [new(ChatRole.User, "set a timer")], context.AttachTo(new ChatOptions()), context, TestContext.Current.CancellationToken);

        Assert.Equal("Timer set.", answer?.Text);
        Assert.Empty(edge.Calls);
        Assert.Equal(SpecialistsTurn.Only, context.SpecialistsTurn);
    }

    [Fact]
    public async Task WhenTheyDecline_TheRequestGoesPastThem_AndTheRouteSaysItEscalated()
    {
        var (router, specialists, edge) = Make();
        var context = new RouteContext { RequestId = "r", Domain = "general", AllowedTiers = Everywhere };
        var options = context.AttachTo(new ChatOptions());
        List<ChatMessage> question = [new(ChatRole.User, "what is the capital of Australia?")];

        Assert.Null(await SpecialistsFirst.AskAsync(router, question, options, context, TestContext.Current.CancellationToken));
        Assert.Equal(SpecialistsTurn.Declined, context.SpecialistsTurn);
        Assert.False(SpecialistsFirst.Applies(context));
        Assert.Empty(edge.Calls);

        var response = await router.GetResponseAsync(question, options, TestContext.Current.CancellationToken);

        Assert.Equal("edge: what is the capital of Australia?", response.Text);
        Assert.Single(specialists.Calls); // not asked again
        Assert.Equal("local specialists declined; escalated", context.Decision!.Reason);
    }

    [Fact]
    public void NamedModelsAndKnowledgeRequests_AreNotAskedFirst()
    {
        Assert.False(SpecialistsFirst.Applies(new RouteContext { RequestId = "r", Domain = "general", AllowedTiers = Everywhere, RequestedModel = "m" }));
        var grounded = new RouteContext { RequestId = "r", Domain = "general", AllowedTiers = Everywhere };
        grounded.Ground(new Grounding(["hr"], []), "general", Everywhere);
        Assert.False(SpecialistsFirst.Applies(grounded));
    }
}
