using System.ClientModel;
using System.Net.Sockets;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LocalMesh.Backends;

/// <summary>Short, user-readable descriptions of upstream failures (no prompt contents, no stack traces).</summary>
public static class ErrorText
{
    /// <summary>Describes <paramref name="error"/> in one line.</summary>
    public static string Describe(Exception error)
    {
        var inner = error;
        while (inner.InnerException is not null && inner is not ClientResultException && inner is not Forwarding.UpstreamStatusException && inner is not BrokenCircuitException && inner is not TimeoutRejectedException)
        {
            if (inner is HttpRequestException { InnerException: SocketException })
            {
                break;
            }

            inner = inner.InnerException;
        }

        return inner switch
        {
            ClientResultException c => $"upstream returned HTTP {c.Status}",
            Forwarding.UpstreamStatusException u => $"upstream returned HTTP {u.Status}",
            BrokenCircuitException => "circuit open",
            TimeoutRejectedException => "timed out",
            HttpRequestException { InnerException: SocketException s } => $"connection failed ({s.SocketErrorCode})",
            HttpRequestException h when h.StatusCode is { } code => $"upstream returned HTTP {(int)code}",
            HttpRequestException h => "connection failed (" + h.HttpRequestError + ")",
            IOException => "connection lost",
            OperationCanceledException => "canceled",
            _ => inner.Message.Length > 200 ? inner.Message[..200] : inner.Message,
        };
    }
}
