using System.Text;
using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Transport;
using LocalMesh.Testing;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>
/// Under docs/mesh-nats.conf a site may make a push consumer on its own streams, and
/// the consumer's deliver subject is not checked against its user's permissions. docs/mesh.md says this lets a site put
/// messages into another's job queue; does the same path write into any stream of the account, another site's membership
/// cards (which the conf says a site may not write) and another site's model bucket (which it says is read-only)? Not on
/// nats-server 2.9: the consumer is made, but never delivers on those subjects.
/// </summary>
public sealed class DeliverSubjectTests : IAsyncLifetime
{
    private ProvisionedServer? _mesh;

    private NatsServerProcess Server => _mesh!.Server;

    public async ValueTask InitializeAsync() => _mesh = await ProvisionedServer.StartAsync("deliver", Ct);

    public async ValueTask DisposeAsync()
    {
        if (_mesh is not null)
        {
            await _mesh.DisposeAsync();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<NatsConnection> ConnectAsync(string user, string password)
    {
        var options = new MeshOptions { Url = Server.Url, Site = user, NodeId = "test", User = user, Password = password };
        var connection = new NatsConnection(MeshConnection.CreateOpts(options));
        await connection.ConnectAsync();
        return connection;
    }

    /// <summary>
    /// hq puts a value in its own jobs bucket and makes a push consumer on it delivering to <paramref name="target"/>;
    /// returns what the server then holds on <paramref name="target"/> in <paramref name="stream"/> as soon as it holds it,
    /// or null when nothing came within <paramref name="wait"/>.
    /// </summary>
    private async Task<string?> RelayAsync(string target, string stream, string consumer, TimeSpan wait)
    {
        await using var hq = await ConnectAsync("hq", "change-me-hq");
        var js = hq.CreateJetStreamContext();
        var own = await new NatsKVContext(js).GetStoreAsync(MeshSubjects.JobsBucket("hq"), Ct);
        await own.PutAsync(consumer, Encoding.UTF8.GetBytes("{\"forged\":\"by hq\"}"), cancellationToken: Ct); // hq's own bucket: allowed
        await js.CreateOrUpdateConsumerAsync("KV_" + MeshSubjects.JobsBucket("hq"), new ConsumerConfig
        {
            Name = consumer,
            FilterSubject = $"$KV.{MeshSubjects.JobsBucket("hq")}.{consumer}",
            DeliverSubject = target,
            AckPolicy = ConsumerConfigAckPolicy.None,
        }, Ct); // allowed: $JS.API.CONSUMER.*.KV_localmesh_jobs_hq.>

        var admin = _mesh!.Admin.CreateJetStreamContext();
        for (var i = 0; i < wait / TimeSpan.FromMilliseconds(50); i++)
        {
            var state = (await admin.GetStreamAsync(stream, cancellationToken: Ct)).Info.State;
            if (state.Messages > 0)
            {
                var last = await admin.JSRequestResponseAsync<StreamMsgGetRequest, StreamMsgGetResponse>($"$JS.API.STREAM.MSG.GET.{stream}", new StreamMsgGetRequest { Seq = state.LastSeq }, Ct);
                return $"{last.Message.Subject}: {Encoding.UTF8.GetString(last.Message.Data.Span)}";
            }

            await Task.Delay(50, Ct);
        }

        return null;
    }

    /// <summary>The documented hole (docs/mesh.md, Security): a plain subject another site's stream listens on receives hq's message.</summary>
    [Fact]
    public async Task AnotherSite_CanPutAMessageInPlantsQueue_ThroughAPushConsumersDeliverSubject()
    {
        // A hang guard, not a speed target: it returns as soon as the message is there, however busy the machine.
        Assert.NotNull(await RelayAsync(MeshSubjects.JobsSubject("plant"), MeshSubjects.JobsStream("plant"), "relay", TimeSpan.FromSeconds(60)));
    }

    /// <summary>
    /// The same consumer delivering on plant's card subject, into plant's model bucket or into plant's job bucket (where a
    /// node registers the key it signs its queued jobs with): nats-server (2.9) never binds it (no delivery), so none is written. The test above is the control that the mechanism works here.
    /// </summary>
    [Theory]
    [InlineData("$KV.localmesh_nodes.plant.p1", "KV_localmesh_nodes")]
    [InlineData("$O.localmesh_models_plant.M.Zm9yZ2Vk", "OBJ_localmesh_models_plant")]
    [InlineData("$KV.localmesh_jobs_plant.signer.p9", "KV_localmesh_jobs_plant")] // a node's job signing key: the queue trusts it (JobSigners)
    public async Task AnotherSite_CannotForgePlantsCardOrModelVersion_ThroughAPushConsumersDeliverSubject(string target, string stream)
    {
        // Absence can only be waited for: 5 s, where the control above takes milliseconds. A slow machine could make this
        // pass when it should fail, never fail when it should pass.
        Assert.Null(await RelayAsync(target, stream, "relay", TimeSpan.FromSeconds(5)));
    }
}
