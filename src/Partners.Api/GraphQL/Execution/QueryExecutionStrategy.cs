using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Partners.Api.GraphQL.DataLoading;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Partners.Api.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serial strategy (resolvers share the request's <c>DbContext</c>, which is not thread-safe), with the
/// fields of a selection set collected once per execution and object type instead of once per object: a page of 50
/// referrals with an offer, an operator and a job seeker each is ~300 objects of 6 selection sets. Collecting reads
/// the selection set, its fragments and the <c>@skip</c>/<c>@include</c> values of this execution and looks each field
/// up in the type, so its result is the same for every object of one type under one selection set of one execution;
/// a merged field (the same response key selected twice) is made once and its arguments mapped once.
/// A field whose batched result is known already (<see cref="IReadyResult"/>: the page primed its offer, operator, person
/// and access facts) completes at once, as a plain value does, instead of waiting for the end of its level.
/// </summary>
public sealed class QueryExecutionStrategy : SerialExecutionStrategy
{
    private static readonly ConditionalWeakTable<ExecutionContext, Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField Field, FieldType Definition)[]>> Collected = new();

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var selectionSet = parent.SelectionSet;
        if (selectionSet is null || parentType is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var collected = Collected.GetValue(context, _ => []);
        if (!collected.TryGetValue((selectionSet, parentType), out var fields))
        {
            fields = [.. CollectFieldsFrom(context, parentType, selectionSet, null).Values];
            collected.Add((selectionSet, parentType), fields);
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            subFields[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        }

        parent.SubFields = subFields;
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        var executed = base.ExecuteNodeAsync(context, node);
        return executed.IsCompletedSuccessfully && node.Result is not IReadyResult ? executed : CompleteReadyAsync(executed, context, node);
    }

    /// <summary>
    /// After the resolver: a result that needs no wait becomes the node's value and completes now (its children are
    /// executed next, by the tree's loop); a refusal or failure is the node's error, as in the deferred completion.
    /// </summary>
    private async Task CompleteReadyAsync(Task executed, ExecutionContext context, ExecutionNode node)
    {
        await executed;
        if (node.Result is not IReadyResult ready)
        {
            return;
        }

        try
        {
            if (ready.TryGetReady(out var value))
            {
                node.Result = value;
                if (value is not IDataLoaderResult)
                {
                    await CompleteNodeAsync(context, node);
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ExecutionError error)
        {
            SetNodeError(context, node, error);
        }
        catch (Exception exception)
        {
            if (await ProcessNodeUnhandledExceptionAsync(context, node, exception))
            {
                throw;
            }
        }
    }
}
