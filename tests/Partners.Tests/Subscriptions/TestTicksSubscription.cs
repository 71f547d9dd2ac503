using GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL;

namespace Partners.Tests.Subscriptions;

/// <summary>
/// A test-only subscription field: <c>testTicks(count, intervalMs)</c> emits 1..count and completes. It also gives
/// the test schema a Subscription root, which production has only once a feature adds one.
/// </summary>
public sealed class TestTicksSubscription : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<IntGraphType>, int>("testTicks")
            .Argument<NonNullGraphType<IntGraphType>>("count")
            .Argument<IntGraphType>("intervalMs")
            .Resolve(context => (int)context.Source!)
            .ResolveStream(context => new TickStream(context.GetArgument<int>("count"), context.GetArgument("intervalMs", 10)));

    /// <summary>The shape a feature's stream takes: an IObservable that completes, and stops when disposed.</summary>
    private sealed class TickStream(int count, int intervalMs) : IObservable<int>
    {
        public IDisposable Subscribe(IObserver<int> observer)
        {
            var stop = new CancellationTokenSource();
            _ = Task.Run(async () =>
            {
                try
                {
                    for (var i = 1; i <= count; i++)
                    {
                        await Task.Delay(intervalMs, stop.Token);
                        observer.OnNext(i);
                    }

                    observer.OnCompleted();
                }
                catch (OperationCanceledException)
                {
                    // Unsubscribed: nothing more to say.
                }
            });
            return new Unsubscriber(stop);
        }
    }

    private sealed class Unsubscriber(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose() => stop.Cancel();
    }
}
