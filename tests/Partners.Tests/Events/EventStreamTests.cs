using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Events;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Organisations;

namespace Partners.Tests.Events;

/// <summary>The stream helper on its own: the bounded queue per subscription and disposal.</summary>
public sealed class EventStreamTests(EventsApiFactory factory) : IClassFixture<EventsApiFactory>
{
    private const int Capacity = 3;

    [Fact]
    public async Task A_subscriber_falling_behind_its_queue_is_dropped_with_a_rate_limited_error()
    {
        var gate = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (stream, topic) = await StreamAsync((_, _, _, _) => gate.Task);
        var observer = new RecordingObserver();
        using var subscription = stream.Subscribe(observer);

        // One event is being loaded (stuck), the queue holds QueueCapacity more, the next one overflows.
        await PublishAsync(topic, Capacity + 2);
        gate.SetResult("late");

        var error = Assert.IsType<ExecutionError>(await observer.Failed.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("RATE_LIMITED", error.Code);
    }

    [Fact]
    public async Task After_disposal_no_event_is_loaded()
    {
        var loaded = 0;
        var (stream, topic) = await StreamAsync((_, _, e, _) =>
        {
            Interlocked.Increment(ref loaded);
            return Task.FromResult<string?>(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        var observer = new RecordingObserver();
        var subscription = stream.Subscribe(observer);
        await PublishAsync(topic, 1);
        await observer.First.Task.WaitAsync(TimeSpan.FromSeconds(5));

        subscription.Dispose();
        await PublishAsync(topic, 3);
        await Task.Delay(200);

        Assert.Equal(1, Volatile.Read(ref loaded));
    }

    private async Task<(EventStream<string> Stream, string Topic)> StreamAsync(EventLoader<string> loader)
    {
        var (_, clientId) = await factory.NewClientAsync();
        var caller = new Caller(2, OrganisationKind.IspOperator, clientId, null, new HashSet<string>(), new HashSet<string>());
        var topic = $"unit-{Guid.NewGuid():N}";
        var shared = factory.Services.GetRequiredService<EventStreamServices>();
        var services = new EventStreamServices(
            shared.Bus, shared.Scopes, new SubscriptionsOptions { QueueCapacity = Capacity }, shared.Messages,
            factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EventStreamServices>>(), shared.Loads);
        return (new EventStream<string>(services, caller, Language.English, topic, EventFilters.OwnOrganisation, loader), topic);
    }

    private async Task PublishAsync(string topic, int count)
    {
        var bus = factory.Services.GetRequiredService<IEventBus>();
        for (var i = 1; i <= count; i++)
        {
            await bus.PublishAsync(new EventEnvelope(i, topic, i, [2], DateTime.UtcNow, null), CancellationToken.None);
        }
    }

    private sealed class RecordingObserver : IObserver<string?>
    {
        public TaskCompletionSource<string?> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<Exception> Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnNext(string? value) => First.TrySetResult(value);

        public void OnError(Exception error) => Failed.TrySetResult(error);

        public void OnCompleted()
        {
        }
    }
}
