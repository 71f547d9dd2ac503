using System.Globalization;
using GraphQL.Types;
using Partners.Api.Complaints;
using Partners.Api.GraphQL;
using Partners.Api.Organisations;

namespace Partners.Api.Commission;

/// <summary>Complaints as the Commission sees them: counted, never a person nor a complaint (domain.md, "Complaint").</summary>
public sealed class ComplaintCountType : ObjectGraphType<ComplaintCount>
{
    public ComplaintCountType()
    {
        Name = "ComplaintCount";
        Description = "How many complaints (plaintes) about one engagement, against one respondent, were received in one month: a count, never a person.";
        Field<NonNullGraphType<EngagementType>>("engagement").Description("The engagement complained about.")
            .Resolve(context => context.LoadEngagement(context.Source.EngagementCode));
        Field<NonNullGraphType<OrganisationNode>>("respondent").Description("The party complained about.")
            .Resolve(context => context.LoadOrganisation(context.Source.RespondentId));
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month of receipt, `YYYY-MM`.")
            .Resolve(context => string.Create(CultureInfo.InvariantCulture, $"{context.Source.Year:0000}-{context.Source.Month:00}"));
        this.Member(c => c.Count).Description("How many.");
    }
}

public sealed class DisputeStatusCountType : ObjectGraphType<DisputeCount>
{
    public DisputeStatusCountType()
    {
        Name = "DisputeStatusCount";
        Description = "How many disputes (différends) filed in the period stand in one state.";
        Field<NonNullGraphType<Disputes.DisputeStatusType>>("status").Description("The disputes' state.")
            .Resolve(context => context.Source.Status);
        this.Member(c => c.Count).Description("How many.");
        Field<NonNullGraphType<DateTimeGraphType>>("oldestFiledAt")
            .Description("When the oldest of them was filed (UTC): the age of the longest-standing dispute in this state.")
            .Resolve(context => context.Source.OldestFiledAt);
    }
}
