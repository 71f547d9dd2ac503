namespace Partners.Domain.JobSeekers;

/// <summary>The <c>IDENTITY</c> data category (identité): names, birth date, contact, address. The NISS sits on <see cref="JobSeeker"/>.</summary>
public sealed class JobSeekerIdentity
{
    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public required DateOnly BirthDate { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? Municipality { get; set; }
}
