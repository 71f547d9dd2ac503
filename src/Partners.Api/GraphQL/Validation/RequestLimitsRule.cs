using GraphQL.Validation;
using GraphQLParser.AST;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Validation;

/// <summary>
/// Caps the fields and aliases of one document: an alias flood (the same costly field asked a hundred times under
/// other names) is refused before anything runs. Depth and complexity are the complexity analyzer's.
/// </summary>
public sealed class RequestLimitsRule(GraphQLOptions options, Messages messages) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var fields = 0;
        var aliases = 0;
        var reported = false;
        var language = (context.UserContext as PartnersUserContext)?.Language ?? Language.French;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            fields++;
            if (field.Alias is not null)
            {
                aliases++;
            }

            if (reported)
            {
                return;
            }

            if (aliases > options.MaxAliases)
            {
                reported = true;
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, messages.Get("too_many_aliases", language, options.MaxAliases), field)
                {
                    Code = ErrorCodes.QueryTooComplex,
                });
            }
            else if (fields > options.MaxFields)
            {
                reported = true;
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, messages.Get("too_many_fields", language, options.MaxFields), field)
                {
                    Code = ErrorCodes.QueryTooComplex,
                });
            }
        }));
    }
}
