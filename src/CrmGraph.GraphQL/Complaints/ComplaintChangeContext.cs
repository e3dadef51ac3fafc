namespace CrmGraph.GraphQL.Complaints;

/// <summary>Who makes a complaint change and when, with the request's unit of work for what the change must look up.</summary>
internal sealed record ComplaintChangeContext(int? By, DateTimeOffset At, CrmDbContext Db, CancellationToken CancellationToken);
