using GraphQL;
using Partners.Domain.Common;

namespace Partners.Api.Offers;

internal static class OfferErrors
{
    /// <summary>Statuses in messages read as the schema names them (PUBLISHED), the same in both languages.</summary>
    public static IEnumerable<DomainError> InSchemaTerms(this IEnumerable<DomainError> errors) =>
        errors.Select(e => e with { Args = [.. e.Args.Select(a => a is Enum value ? value.ToString().ToConstantCase() : a)] });
}
