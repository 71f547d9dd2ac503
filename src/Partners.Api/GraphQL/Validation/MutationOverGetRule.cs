using GraphQL.Validation;
using GraphQLParser.AST;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Validation;

/// <summary>GET is safe and cacheable: a mutation sent over GET is refused (HTTP 405), whether inline or persisted.</summary>
public sealed class MutationOverGetRule(Messages messages) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is PartnersUserContext { Transport: "GET" } user
            && context.Operation is { Operation: OperationType.Mutation or OperationType.Subscription } operation)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, messages.Get("mutation_over_get", user.Language), operation)
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
        }

        return default;
    }
}
