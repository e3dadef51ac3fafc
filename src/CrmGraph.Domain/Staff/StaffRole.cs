namespace CrmGraph.Domain.Staff;

public enum StaffRole
{
    Agent,
    Technician,
    ServiceManager,
    Administrator,
}
