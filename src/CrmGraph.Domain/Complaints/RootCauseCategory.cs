namespace CrmGraph.Domain.Complaints;

public enum RootCauseCategory
{
    Product,
    ServiceProcess,
    Staff,
    Image,
    CustomerSide,
    Competitor,
    Other,
}
