using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// What a mutation's body works with, for one attempt of <see cref="MutationPipeline"/>: the validated input, the
/// caller (from the token, never from an argument), the unit of work and one instant for the whole change.
/// </summary>
public sealed class MutationScope<TInput>(IResolveFieldContext context, TInput input, PartnersDbContext db, DateTime now)
{
    public IResolveFieldContext Context => context;

    public TInput Input => input;

    /// <summary>The unit of work: what the body adds or changes here is saved in the pipeline's transaction.</summary>
    public PartnersDbContext Db => db;

    public Caller Caller => context.Caller();

    /// <summary>The caller as the domain's actor.</summary>
    public NetworkActor Actor => context.Actor();

    public DateTime Now => now;

    public DateOnly Today => DateOnly.FromDateTime(now);

    public CancellationToken CancellationToken => context.CancellationToken;

    public TService Service<TService>()
        where TService : notnull => context.Service<TService>();

    /// <summary>
    /// The object <paramref name="id"/> names among <paramref name="visible"/> (the caller's view), if it is an id of
    /// <paramref name="typeName"/>; null otherwise (the body answers NOT_FOUND, whatever the reason).
    /// </summary>
    public async Task<TEntity?> FindAsync<TEntity>(IQueryable<TEntity> visible, string? id, string typeName)
        where TEntity : class
    {
        var key = GlobalId.KeyOf(id, typeName);
        return key is null ? null : await visible.FirstOrDefaultAsync(e => EF.Property<long>(e, "Id") == key, context.CancellationToken);
    }
}
