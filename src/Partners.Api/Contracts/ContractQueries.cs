using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Contracts;

namespace Partners.Api.Contracts;

/// <summary><c>cooperationContracts</c>: the contracts the caller is party to (all of them for the Commission).</summary>
public sealed class ContractQueries : IQueryFields, INodeResolver
{
    public string TypeName => CooperationContractNode.TypeName;

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<CooperationContractNode, CooperationContract>>>("cooperationContracts")
            .Description("The cooperation contracts (art. 11) the caller is party to; the Commission des opérateurs reads them all.")
            .Arguments(Paging.Arguments(new QueryArgument<CooperationContractFilterType> { Name = "where", Description = "Filters." }, Ordering.Argument<CooperationContractSortType>("earliest start first")))
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
            {
                var contracts = Filters.Apply(Visible(context), context);
                return await CooperationContractOrdering.Sorting.Apply(contracts, context).ToConnectionAsync(context);
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        await Visible(context).FirstOrDefaultAsync(c => c.Id == key, context.CancellationToken);

    private static IQueryable<CooperationContract> Visible(IResolveFieldContext context) =>
        context.Service<PartnersDbContext>().CooperationContracts.AsNoTracking().Where(ContractVisibility.For(context.Caller()));

    /// <summary>The contracts' <c>where</c> (CooperationContractFilter).</summary>
    private static readonly Filtering<CooperationContract, CooperationContractFilter> Filters = new Filtering<CooperationContract, CooperationContractFilter>()
        .Is(f => f.Status, c => c.Status)
        .AnyOf(f => f.StatusIn, c => c.Status)
        .IsId(f => f.OperatorId, Organisations.OrganisationNode.TypeName, c => c.OperatorOrganisationId)
        .AnyOfIds(f => f.OperatorIdIn, Organisations.OrganisationNode.TypeName, c => c.OperatorOrganisationId)
        .Within(f => f.ValidFrom, c => c.ValidFrom);
}
