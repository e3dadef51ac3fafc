namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>A server like the shared one whose API looks at a token's standing again after a second, for revocation tests.</summary>
public sealed class QuickRevocationServer : CrmServerFixture
{
    public override TimeSpan RevocationCheckInterval => TimeSpan.FromSeconds(1);
}
