namespace CrmGraph.Domain.Staff;

/// <summary>A person who delivers the service; staff members are also the people who sign in.</summary>
public sealed class StaffMember : IVersioned
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

    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxTeamLength = 100;

    /// <summary>A new, active staff member, or the rules the input broke.</summary>
    public static Outcome<StaffMember> Create(string name, string email, StaffRole role, string team)
    {
        var errors = Validate(role, team);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A staff member's name is required, at most {MaxNameLength} characters.", "name"));
        }

        var trimmedEmail = email?.Trim() ?? string.Empty;
        if (trimmedEmail.Length > MaxEmailLength || !EmailAddress.LooksValid(trimmedEmail))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"'{trimmedEmail}' is not an email address.", "email"));
        }

        return errors.Count > 0
            ? Outcome<StaffMember>.Failure(errors)
            : Outcome<StaffMember>.Success(new StaffMember(name.Trim(), trimmedEmail.ToLowerInvariant(), role, team.Trim()));
    }

    /// <summary>Moves the staff member to another role or team; a deactivated one cannot be changed.</summary>
    public IReadOnlyList<DomainError> Reassign(StaffRole role, string team)
    {
        if (!Active)
        {
            return [new DomainError(DomainErrorCodes.InvalidTransition, $"{Name} is deactivated and cannot be changed.")];
        }

        var errors = Validate(role, team);
        if (errors.Count == 0)
        {
            Role = role;
            Team = team.Trim();
        }

        return errors;
    }

    public DomainError? Deactivate()
    {
        if (!Active)
        {
            return new DomainError(DomainErrorCodes.InvalidTransition, $"{Name} is already deactivated.");
        }

        Active = false;
        return null;
    }

    private static List<DomainError> Validate(StaffRole role, string team)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(role))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"{role} is not a staff role.", "role"));
        }

        if (string.IsNullOrWhiteSpace(team) || team.Trim().Length > MaxTeamLength)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A team is required, at most {MaxTeamLength} characters.", "team"));
        }

        return errors;
    }
}
