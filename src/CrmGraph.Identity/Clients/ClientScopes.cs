using CrmGraph.Identity.Authorization;

namespace CrmGraph.Identity.Clients;

/// <summary>The scopes each kind of client may be given.</summary>
public static class ClientScopes
{
    // Staff performance, price and organisation administration are about a person's role: machines never get them.
    private static readonly string[] MachineScopes = [CrmScopes.Read, CrmScopes.Write, CrmScopes.SubscribeComplaints];

    public static IReadOnlyList<string> AllowedFor(ClientKind kind) => kind == ClientKind.Frontend ? CrmScopes.All : MachineScopes;
}
