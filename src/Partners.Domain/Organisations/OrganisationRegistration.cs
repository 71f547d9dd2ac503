using Partners.Domain.Common;

namespace Partners.Domain.Organisations;

/// <summary>
/// A new member of the network, registered by the Office: a name, a kind, and for every kind but the Commission a
/// valid enterprise number (BCE/KBO, mod 97); the French-language region's directorates only (decree Art. 1).
/// </summary>
public static class OrganisationRegistration
{
    public const int MaxNameLength = 200;

    /// <summary>VALIDATION on <c>kind</c>: the network has exactly one Office and one Commission.</summary>
    public const string OnlyOne = "organisation_kind_only_one";

    /// <summary>The kinds of which the network holds exactly one.</summary>
    public static bool IsUnique(OrganisationKind kind) => kind is OrganisationKind.Office or OrganisationKind.Commission;

    public static Result<Organisation> Register(string name, OrganisationKind kind, string? enterpriseNumber, Region? region)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(DomainError.Invalid("input.name", "required"));
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            errors.Add(DomainError.Invalid("input.name", "too_long", MaxNameLength));
        }

        var digits = Checksums.DigitsOnly(enterpriseNumber);
        if (kind != OrganisationKind.Commission && !Checksums.IsValidEnterpriseNumber(enterpriseNumber))
        {
            errors.Add(new DomainError(ErrorCodes.InvalidEnterpriseNumber, "invalid_enterprise_number", "input.enterpriseNumber"));
        }

        if (errors.Count > 0)
        {
            return Result<Organisation>.Failure([.. errors]);
        }

        return Result<Organisation>.Success(new Organisation { Name = name.Trim(), Kind = kind, EnterpriseNumber = digits, Region = region });
    }
}
