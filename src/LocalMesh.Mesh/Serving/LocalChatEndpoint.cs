using Microsoft.AspNetCore.Http;

namespace LocalMesh.Mesh.Serving;

/// <summary>
/// The node's own <c>POST /v1/chat/completions</c> handler, which a request from a peer is served by, exactly as a
/// client's would be (registered by the host).
/// </summary>
public delegate Task LocalChatEndpoint(HttpContext http);
