using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Events;
using Partners.Api.GraphQL;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Data.Events;

namespace Partners.Tests.Events;

/// <summary>
/// Test-only fields on the event pipeline, the way a feature wires one: <c>testEmit</c> changes nothing but the
/// outbox (optionally rolling back after its save) and <c>testEvents</c> streams the <c>test</c> topic.
/// </summary>
public sealed class TestEventFields : IMutationFields, ISubscriptionFields
{
    public const string Topic = "test";

    public void AddTo(MutationType mutation) =>
        mutation.Field<LongGraphType, long?>("testEmit")
            .Description("Test only: enqueues an event on the test topic; `rollBack` rolls the transaction back after its save.")
            .Argument<NonNullGraphType<LongGraphType>>("subjectId", "The event's subject; a negative one is refused by the loader.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>>("organisations", "The organisations concerned.")
            .Argument<BooleanGraphType>("rollBack", "Roll back after SaveChanges, with the dispatcher woken meanwhile.")
            .AuthorizeAuthenticated()
            .ResolveAsync(EmitAsync);

    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<StringGraphType>, string>("testEvents")
            .Description("Test only: the test topic's events for the subscriber, as `id:subjectId`.")
            .AuthorizeAuthenticated()
            .Resolve(context => (string)context.Source!)
            .ResolveStream(context => context.EventStream<string>(Topic, LoadAsync));

    /// <summary>Delivery time: a fresh scope's DbContext reads the event back; negative subjects are refused.</summary>
    public static async Task<string?> LoadAsync(IServiceProvider services, Caller subscriber, EventEnvelope envelope, CancellationToken ct)
    {
        var db = services.GetRequiredService<PartnersDbContext>();
        var stored = await db.OutboxEvents.AnyAsync(e => e.Id == envelope.Id, ct);
        return stored && envelope.SubjectId >= 0 ? $"{envelope.Id}:{envelope.SubjectId}" : null;
    }

    private static Task<long?> EmitAsync(IResolveFieldContext context)
    {
        var db = context.Service<PartnersDbContext>();
        // Like every explicit transaction of the platform, inside the provider's execution strategy.
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var outboxEvent = db.Enqueue(Topic, context.GetArgument<long>("subjectId"), context.GetArgument<List<long>>("organisations"), DateTime.UtcNow);
            await db.SaveChangesAsync(ct);
            if (context.GetArgument("rollBack", false))
            {
                // The worst moment: the row is written but not committed, and the dispatcher is awake.
                context.Service<OutboxSignal>().Notify();
                await Task.Delay(200, ct);
                await transaction.RollbackAsync(ct);
                return (long?)null;
            }

            await transaction.CommitAsync(ct);
            return outboxEvent.Id;
        }, context.CancellationToken);
    }
}
