using GraphQL.Validation;
using GraphQLParser.AST;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Validation;

/// <summary>
/// What each HTTP method may carry, inline or persisted: GET is safe and cacheable, so a mutation over GET is refused
/// (HTTP 405); a subscription is a stream, which only the WebSocket at the same path delivers, so over HTTP it is
/// refused with a message that says where to go instead of an empty <c>{"data":null}</c>.
/// </summary>
public sealed class HttpOperationRule(Messages messages) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is not PartnersUserContext { Transport: "GET" or "POST" } user || context.Operation is not { } operation)
        {
            return default;
        }

        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, messages.Get("subscription_over_http", user.Language), operation)
            {
                Code = ErrorCodes.BadRequest,
            });
        }
        else if (operation.Operation == OperationType.Mutation && user.Transport == "GET")
        {
            context.ReportError(new ValidationError(context.Document.Source, null, messages.Get("mutation_over_get", user.Language), operation)
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
        }

        return default;
    }
}
