using LocalMesh.Mesh.Transport;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>Opening the mesh's streams and buckets, and making them when missing (<see cref="MeshResources"/>).</summary>
public sealed class MeshResourcesTests
{
    private static NatsJSApiException NotFound() => new(new ApiError { Code = 404, ErrCode = 10059, Description = "stream not found" });

    [Fact]
    public async Task AStreamThisSiteMayNotMake_SaysWhatIsMissingAndHowAnAdministratorMakesIt()
    {
        // Under docs/mesh-nats.conf a site's user may not make streams: the server drops the request and it times out.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MeshResources.OpenOrCreateAsync<int>("stream LOCALMESH_JOBS_plant", "plant",
            () => throw NotFound(),
            () => throw new NatsException("Request timed out")));

        Assert.StartsWith("stream LOCALMESH_JOBS_plant is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("localmesh mesh provision --sites plant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingStream_IsMade_AndOneMadeMeanwhileByAnotherNode_IsOpened()
    {
        Assert.Equal(2, await MeshResources.OpenOrCreateAsync("stream s", "plant", () => throw NotFound(), () => Task.FromResult(2)));

        var opens = 0;
        var opened = await MeshResources.OpenOrCreateAsync("stream s", "plant",
            () => ++opens == 1 ? throw NotFound() : Task.FromResult(3),
            () => throw new NatsJSApiException(new ApiError { Code = 400, ErrCode = 10058, Description = "stream name already in use" }));

        Assert.Equal(3, opened);
    }
}
