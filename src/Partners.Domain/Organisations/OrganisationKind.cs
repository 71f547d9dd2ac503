namespace Partners.Domain.Organisations;

/// <summary>The kinds of organisation in the partner network (domain.md, "Who is who").</summary>
public enum OrganisationKind
{
    Office,
    Cpas,
    IspOperator,
    ReconversionUnit,
    Commission,
}
