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
                var complaints = Filters.Apply(context.Service<PartnersDbContext>().Complaints.AsNoTracking().VisibleTo(context.Actor()), context);
                return await ComplaintOrdering.Sorting.Apply(complaints, context).ToConnectionAsync(context);
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Caller().HasScope(Scopes.ComplaintsRead)
            ? await context.Service<PartnersDbContext>().Complaints.AsNoTracking().VisibleTo(context.Actor())
                .FirstOrDefaultAsync(c => c.Id == key, context.CancellationToken)
            : null;

    /// <summary>The complaints' <c>where</c> (ComplaintFilter).</summary>
    private static readonly Filtering<Complaint, ComplaintFilter> Filters = new Filtering<Complaint, ComplaintFilter>()
        .Is(f => f.Status, c => c.Status)
        .AnyOf(f => f.StatusIn, c => c.Status)
        .On((f, context) => f.Overdue is { } overdue ? ComplaintVisibility.Overdue(context.Service<IClock>().Today, overdue) : null)
        .Is(f => f.EngagementCode, c => c.EngagementCode)
        .AnyOf(f => f.EngagementCodeIn, c => c.EngagementCode)
        .Is(f => f.Region, c => c.Region)
        .AnyOf(f => f.RegionIn, c => c.Region)
        .IsId(f => f.RespondentId, OrganisationNode.TypeName, c => c.RespondentOrganisationId)
        .AnyOfIds(f => f.RespondentIdIn, OrganisationNode.TypeName, c => c.RespondentOrganisationId)
        .Within(f => f.ReceivedOn, c => c.ReceivedOn);
}
