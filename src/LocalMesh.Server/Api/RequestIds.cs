using System.Security.Cryptography;

namespace LocalMesh.Server.Api;

/// <summary>Short random ids for requests and jobs.</summary>
public static class RequestIds
{
    /// <summary>A new id with <paramref name="prefix"/>, e.g. <c>req_4f9c2a...</c>.</summary>
    public static string New(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
