using GraphQL.Types;
using Partners.Api.GraphQL;

namespace Partners.Api.GraphQL.Errors;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "An expected business refusal (erreur métier): nothing was written when a payload carries one.";
        this.Member(e => e.Code).Description("A stable code clients branch on, e.g. INVALID_TRANSITION, NOT_ELIGIBLE, VALIDATION.");
        this.Member(e => e.Message).Description("A message for people, in French by default or English on Accept-Language: en.");
        this.Member(e => e.Field, nullable: true).Description("The input field concerned, as a path such as `input.refusalReason`, if any.");
    }
}
