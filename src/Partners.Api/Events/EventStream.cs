using System.Threading.Channels;
using GraphQL;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.Events;

/// <summary>
/// Loads one event for one subscriber at delivery time, in a fresh DI scope, with the same rules as a query:
/// null means "not for this subscriber" and nothing is sent. Subscribers of one audience share the load
/// (<see cref="EventLoads"/>): a loader decides by the caller's <see cref="Caller.Audience"/> only.
/// </summary>
public delegate Task<T?> EventLoader<T>(IServiceProvider services, Caller subscriber, EventEnvelope envelope, CancellationToken ct);

/// <summary>
/// The events of one topic for one subscriber, as the observable GraphQL.NET's <c>ResolveStream</c> wants. Each
/// subscription has a bounded queue: a consumer that falls behind is dropped with a RATE_LIMITED error rather than
/// growing memory; disposal stops everything. Over WebSockets one stream feeds every subscriber of the same audience
/// and document (<c>SharedSubscriptions</c>), which checks each subscriber's client.
/// </summary>
public sealed class EventStream<T>(
    EventStreamServices services,
    Caller subscriber,
    Language language,
    string topic,
    Func<Caller, EventEnvelope, bool> concerns,
    EventLoader<T> loader) : IObservable<T?>
    where T : class
{
    private EventStreamServices Services => services;

    private Caller Subscriber => subscriber;

    private Language Language => language;

    private string Topic => topic;

    private Func<Caller, EventEnvelope, bool> Concerns => concerns;

    private EventLoader<T> Loader => loader;

    public IDisposable Subscribe(IObserver<T?> observer)
    {
        var subscription = new Subscription(this, observer);
        subscription.Start();
        return subscription;
    }

    private sealed class Subscription(EventStream<T> stream, IObserver<T?> observer) : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Channel<EventEnvelope> queue = Channel.CreateBounded<EventEnvelope>(
            new BoundedChannelOptions(stream.Services.Options.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        private IDisposable? registration;
        private int overflowed;

        public void Start()
        {
            registration = stream.Services.Bus.Observe(stream.Topic, Enqueue);
            _ = Task.Run(PumpAsync);
        }

        private void Enqueue(EventEnvelope envelope)
        {
            // The cheap pre-filter runs on the bus's thread; loading waits for the pump.
            if (stream.Concerns(stream.Subscriber, envelope) && !queue.Writer.TryWrite(envelope))
            {
                Interlocked.Exchange(ref overflowed, 1);
                queue.Writer.TryComplete();
            }
        }

        private async Task PumpAsync()
        {
            var ct = stop.Token;
            try
            {
                await foreach (var envelope in queue.Reader.ReadAllAsync(ct))
                {
                    if (Volatile.Read(ref overflowed) == 1)
                    {
                        break;
                    }

                    await DeliverAsync(envelope, ct);
                }

                if (Volatile.Read(ref overflowed) == 1)
                {
                    Fail(ErrorCodes.RateLimited, "subscription_overflow", stream.Services.Options.QueueCapacity);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Disposed: the client completed, the socket closed or the server stops.
            }
        }

        private async Task DeliverAsync(EventEnvelope envelope, CancellationToken ct)
        {
            T? value;
            using var activity = Operations.PartnersTelemetry.Source.StartActivity("subscription deliver");
            activity?.SetTag("partners.event.topic", stream.Topic);
            try
            {
                // Shared by the subscribers of the same audience (EventLoads): one load per event, not per socket.
                value = await stream.Services.Loads.LoadAsync(stream.Loader, stream.Subscriber, envelope, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One event that cannot be loaded is skipped; the subscription goes on.
                stream.Services.Logger.LogError(exception, "Loading event {EventId} for a subscriber failed.", envelope.Id);
                return;
            }

            if (value is not null && !ct.IsCancellationRequested)
            {
                observer.OnNext(value);
            }
        }

        private void Fail(string code, string messageKey, params object?[] args)
        {
            if (!stop.IsCancellationRequested)
            {
                observer.OnError(new ExecutionError(stream.Services.Messages.Get(messageKey, stream.Language, args)) { Code = code });
            }
        }

        public void Dispose()
        {
            registration?.Dispose();
            queue.Writer.TryComplete();
            stop.Cancel();
        }
    }
}
