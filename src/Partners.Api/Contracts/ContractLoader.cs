using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Contracts;

namespace Partners.Api.Contracts;

/// <summary>
/// Cooperation contracts by id, batched per request (an offer list asks for each offer's contract). Loaders live for
/// one request, hence one caller: a contract the caller may not read loads as null.
/// </summary>
public static class ContractLoader
{
    public static IDataLoaderResult<CooperationContract?> LoadVisibleContract(this IResolveFieldContext context, long id)
    {
        var visible = ContractVisibility.For(context.Caller());
        return context.BatchLoader<long, CooperationContract>("visible-contracts", async (services, ids, cancellationToken) =>
            await services.GetRequiredService<PartnersDbContext>().CooperationContracts.AsNoTracking()
                .Where(visible).Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, cancellationToken))
        .Load(id);
    }
}
