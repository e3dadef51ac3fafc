namespace CrmGraph.Application.Complaints;

/// <summary>Who makes a complaint change and when, with the unit of work for what the change must look up.</summary>
public sealed record ComplaintChangeContext(int? By, DateTimeOffset At, CrmDbContext Db, CancellationToken CancellationToken);
