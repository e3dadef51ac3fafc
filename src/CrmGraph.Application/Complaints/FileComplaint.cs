using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;

namespace CrmGraph.Application.Complaints;

/// <summary>
/// A complaint to file, its references already found: the customer (with the loyalty tier its promised times depend
/// on), and the product (with its service-level terms) and order it is about, if any.
/// </summary>
public sealed record FileComplaint(
    int CustomerId,
    LoyaltyTier Tier,
    int? ProductId,
    ServiceLevelTerms? ProductTerms,
    int? OrderId,
    ContactChannel Channel,
    ComplaintCategory Category,
    ComplaintSeverity Severity,
    string Description,
    int? ActorStaffId);
