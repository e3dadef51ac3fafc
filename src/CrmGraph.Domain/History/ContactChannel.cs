namespace CrmGraph.Domain.History;

/// <summary>The channel an encounter or complaint came through.</summary>
public enum ContactChannel
{
    Phone,
    Email,
    OnlineChat,
    Visit,
    Web,
    Social,
}
