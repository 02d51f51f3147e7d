namespace LocalMesh.Routing;

/// <summary>Says, in a refusal, where a request's data domain came from and how to change it or report a wrong one.</summary>
internal static class DomainOrigin
{
    /// <summary>A sentence to append to a refusal about <paramref name="context"/>'s domain (starts with a space).</summary>
    public static string Explain(RouteContext context) => context.DomainSource switch
    {
        "classifier" => $" The domain '{context.Domain}' came from the content (the data-domain classifier), not from a header or API key; a declared x-localmesh-domain header cannot loosen it. To override, change the node's policy (LocalMesh:Policy:Domains:{context.Domain}:Tiers, or LocalMesh:Privacy:DomainThreshold); if the text is not {context.Domain} data, report it by teaching the classifier: localmesh domains teach <domain> \"<text>\".",
        "header" => $" The domain '{context.Domain}' came from the x-localmesh-domain header.",
        "key" => $" The domain '{context.Domain}' is the API key's default (LocalMesh:Keys:<key>:DefaultDomain); send x-localmesh-domain to declare another.",
        "knowledge" => $" The domain '{context.Domain}' is that of the knowledge-base passages the answer uses.",
        _ => $" The domain '{context.Domain}' is the policy's default (LocalMesh:Policy:DefaultDomain); send x-localmesh-domain to declare another.",
    };
}
