namespace CrmGraph.Domain.Catalog;

public enum ServiceCategory
{
    Installation,
    Maintenance,
    Repair,
    Inspection,
    Consulting,
    Training,
    ExtendedWarranty,
}
