using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

/// <summary><c>complaints</c> and <c>node(id:)</c> for complaints, both through <see cref="ComplaintVisibility"/>.</summary>
public sealed class ComplaintQueries : IQueryFields, INodeResolver
{
    public string TypeName => ComplaintNode.TypeName;

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<ComplaintNode, Complaint>>>("complaints")
            .Description("The complaints the caller's organisation handles (as respondent) or recorded, newest first.")
            .Arguments(Paging.Arguments(new QueryArgument<ComplaintFilterType> { Name = "where", Description = "Filters." }, Ordering.Argument<ComplaintSortType>("newest received first")))
            .RequireScope(Scopes.ComplaintsRead)
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<ComplaintFilter?>("where");
                var complaints = context.Service<PartnersDbContext>().Complaints.AsNoTracking().VisibleTo(context.Actor());
                complaints = Filter(complaints, filter, context.Service<IClock>().Today);
                return await ComplaintOrdering.Sorting.Apply(complaints, context).ToConnectionAsync(context);
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Caller().HasScope(Scopes.ComplaintsRead)
            ? await context.Service<PartnersDbContext>().Complaints.AsNoTracking().VisibleTo(context.Actor())
                .FirstOrDefaultAsync(c => c.Id == key, context.CancellationToken)
            : null;

    private static IQueryable<Complaint> Filter(IQueryable<Complaint> complaints, ComplaintFilter? filter, DateOnly today)
    {
        if (filter?.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }

        if (filter?.Overdue is { } overdue)
        {
            complaints = complaints.Overdue(today, overdue);
        }

        if (filter?.EngagementCode is { } code)
        {
            complaints = complaints.Where(c => c.EngagementCode == code);
        }

        if (filter?.Region is { } region)
        {
            complaints = complaints.Where(c => c.Region == region);
        }

        if (filter?.RespondentId is { } respondentId)
        {
            var respondent = GlobalId.KeyOf(respondentId, OrganisationNode.TypeName) ?? -1;
            complaints = complaints.Where(c => c.RespondentOrganisationId == respondent);
        }

        return complaints;
    }
}
