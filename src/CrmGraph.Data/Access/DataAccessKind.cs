namespace CrmGraph.Data.Access;

public enum DataAccessKind
{
    /// <summary>No caller established: no customer data is visible.</summary>
    Nothing,

    /// <summary>A partner: only its own customers and what hangs off them.</summary>
    Partner,

    /// <summary>Staff, internal machine clients and the server itself.</summary>
    Everything,
}
