using GraphQL.Types;
using Partners.Api.Organisations;

namespace Partners.Api.GraphQL;

/// <summary>
/// One change of state of a complaint or a dispute: when, by which organisation, from, to, why. The client and
/// person who acted stay in the database, for the record, and are not exposed.
/// </summary>
public abstract class HistoryEntryType<TEntry, TStatusType> : ObjectGraphType<TEntry>
    where TStatusType : IGraphType
{
    protected HistoryEntryType(
        string name, string description, Func<TEntry, DateTime> at, Func<TEntry, long> actor, Func<TEntry, object?> from,
        Func<TEntry, object> to, Func<TEntry, string?> reason)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When the change was made (UTC).")
            .Resolve(context => at(context.Source));
        Field<NonNullGraphType<OrganisationNode>>("actor").Description("The organisation that made the change.")
            .Resolve(context => context.LoadOrganisation(actor(context.Source)));
        Field<TStatusType>("from").Description("The state before; null for the filing itself.")
            .Resolve(context => from(context.Source));
        Field<NonNullGraphType<TStatusType>>("to").Description("The state after.")
            .Resolve(context => to(context.Source));
        Field<StringGraphType>("reason").Description("Why, when a reason was given (a withdrawal).")
            .Resolve(context => reason(context.Source));
    }
}
