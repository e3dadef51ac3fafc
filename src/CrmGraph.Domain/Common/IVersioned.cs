namespace CrmGraph.Domain.Common;

/// <summary>
/// An entity edited by more than one person. <see cref="Version"/> changes on every save, and a save
/// made against an older version is refused instead of silently overwriting someone else's edit.
/// </summary>
public interface IVersioned
{
    int Version { get; }

    void BumpVersion();
}
