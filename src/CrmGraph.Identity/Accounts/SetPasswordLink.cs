namespace CrmGraph.Identity.Accounts;

/// <summary>A one-time address at which a staff member sets their password, and when it stops working.</summary>
public sealed record SetPasswordLink(Uri Address, DateTimeOffset ExpiresAt);
