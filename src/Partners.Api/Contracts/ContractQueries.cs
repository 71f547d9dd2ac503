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
            .Arguments(Paging.Arguments(new QueryArgument<ContractStatusType> { Name = "status", Description = "Only contracts in this status." }))
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
            {
                var contracts = Visible(context);
                if (context.GetArgument<ContractStatus?>("status") is { } status)
                {
                    contracts = contracts.Where(c => c.Status == status);
                }

                return await contracts.OrderBy(c => c.ValidFrom).ThenBy(c => c.Id).ToConnectionAsync(context);
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        await Visible(context).FirstOrDefaultAsync(c => c.Id == key, context.CancellationToken);

    private static IQueryable<CooperationContract> Visible(IResolveFieldContext context) =>
        context.Service<PartnersDbContext>().CooperationContracts.AsNoTracking().Where(ContractVisibility.For(context.Caller()));
}
