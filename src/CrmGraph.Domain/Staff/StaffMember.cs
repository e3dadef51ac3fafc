namespace CrmGraph.Domain.Staff;

/// <summary>A person who delivers the service; staff members are also the people who sign in.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
        Name = string.Empty;
        Email = string.Empty;
        Team = string.Empty;
    }

    public StaffMember(string name, string email, StaffRole role, string team)
    {
        Name = name;
        Email = email;
        Role = role;
        Team = team;
        Active = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public StaffRole Role { get; private set; }

    public string Team { get; private set; }

    public bool Active { get; private set; }
}
