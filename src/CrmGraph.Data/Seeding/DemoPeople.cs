namespace CrmGraph.Data.Seeding;

/// <summary>The demo partners and staff.</summary>
internal static class DemoPeople
{
    public static async Task<(IReadOnlyList<Partner> Partners, IReadOnlyList<StaffMember> Staff)> SeedAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        Partner[] partners =
        [
            new("NORTH", "Northern Service Partners", "North", "service@north-partners.example"),
            new("SOUTH", "Southern Repair Outlets", "South", "desk@south-outlets.example"),
            new("EAST", "Eastside Dealers", "East", "contact@eastside-dealers.example"),
        ];

        var staff = new List<StaffMember>
        {
            new("Alex Administrator", "admin@crmgraph.example", StaffRole.Administrator, "Head office"),
        };
        string[] teams = ["Hotline", "Field service", "Key accounts"];
        foreach (var team in teams)
        {
            var slug = team.Replace(" ", "-", StringComparison.Ordinal).ToLowerInvariant();
            staff.Add(new($"{team} Manager", $"manager.{slug}@crmgraph.example", StaffRole.ServiceManager, team));
            for (var i = 1; i <= 6; i++)
            {
                var role = team == "Field service" && i > 3 ? StaffRole.Technician : StaffRole.Agent;
                var name = $"{DemoNames.FirstNames[(i * 7 + team.Length) % DemoNames.FirstNames.Length]} {DemoNames.LastNames[(i * 5 + team.Length) % DemoNames.LastNames.Length]}";
                staff.Add(new(name, $"{role.ToString().ToLowerInvariant()}{i}.{slug}@crmgraph.example", role, team));
            }
        }

        db.Partners.AddRange(partners);
        db.StaffMembers.AddRange(staff);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (partners, staff);
    }
}
