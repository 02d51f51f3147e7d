using LocalMesh.Server.Management;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Http;

/// <summary>Endpoint groups whose handlers throw <see cref="ApiException"/> for bad input.</summary>
public static class ApiErrorsFilter
{
    /// <summary>
    /// Answers an <see cref="ApiException"/> thrown by an endpoint of the group in OpenAI's error shape, as the
    /// client's error, instead of letting it reach the exception handler (which logs it as a server failure).
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix) =>
        endpoints.MapGroup(prefix).AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (ApiException error)
            {
                return ManagementEndpoints.Error(error);
            }
        });
}
