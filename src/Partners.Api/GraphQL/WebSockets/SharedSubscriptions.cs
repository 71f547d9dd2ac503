using System.Text;
using System.Threading.Channels;
using GraphQL;
using Partners.Api.Boundaries;
using Partners.Api.Events;
using Partners.Api.GraphQL.Http;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Common;

using AccessReads = System.Collections.Generic.IReadOnlyList<(long JobSeekerId, Partners.Domain.Boundaries.DataCategory Category, Partners.Domain.Boundaries.AccessDecision Decision)>;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// The running subscriptions of this process, grouped: subscribers who would receive the very same thing share one
/// execution of each event. Two subscribers are in one group when their caller has the same
/// <see cref="Caller.Audience"/> (organisation and kind, person, scopes, roles, social-service registration: what the
/// boundary rules decide by), they speak the same language and they sent the same document, operation name, variables
/// and extensions, and the stream is an <c>EventStream</c> (bus events, decided by the audience alone). The group loads,
/// authorises and executes each event once, serialises the result once and hands it to every member; per member it
/// still checks the OAuth client (a disabled client's subscription ends with FORBIDDEN), writes the access-log entries
/// of what the execution read under that member's client (one group commit for the whole group, durable before any
/// member's <c>next</c> leaves) and bounds the results waiting on that member's socket. Any other stream (a bare
/// <c>ResolveStream</c>) is a group of one.
/// </summary>
public sealed class SharedSubscriptions(
    IGraphQLTextSerializer serializer,
    ClientStatus clients,
    Messages messages,
    GraphQLWebSocketOptions options,
    ILogger<SharedSubscriptions> logger)
{
    private readonly IGraphQLTextSerializer serializer = serializer;
    private readonly ClientStatus clients = clients;
    private readonly Messages messages = messages;
    private readonly GraphQLWebSocketOptions options = options;
    private readonly ILogger logger = logger;
    private readonly Dictionary<Key, Group> groups = [];
    private readonly Lock gate = new();
    private long executions;

    /// <summary>Events executed so far, all groups together: one per event and group, whatever the group's size.</summary>
    public long Executions => Interlocked.Read(ref executions);

    /// <summary>The groups open now: one per audience and request with at least one member still subscribed.</summary>
    public int OpenGroups
    {
        get
        {
            lock (gate)
            {
                return groups.Count;
            }
        }
    }

    /// <summary>
    /// Forwards an executed subscription's events to one subscriber until the stream ends (true: send <c>complete</c>),
    /// it ends with an <c>error</c> sent here (false), or <paramref name="ct"/> stops this subscriber. The
    /// <paramref name="source"/> is the subscriber's own execution; it is kept as the group's when this subscriber starts
    /// one, else disposed at once.
    /// </summary>
    public async Task<bool> ForwardAsync(string id, ExecutedStream source, GraphQLHttpRequest request, WebSocketSender sender, CancellationToken ct)
    {
        var member = new Member(source.User.Caller, Channel.CreateBounded<byte[]>(new BoundedChannelOptions(options.MaxQueuedResults) { SingleReader = true }));
        var key = source.User is { StreamsEvents: true, Caller: { } caller }
            ? new Key(caller.Audience, source.User.Language, request.Query, request.DocumentId, request.OperationName,
                request.Variables?.GetRawText(), request.Extensions?.GetRawText())
            : null;
        Group group;
        bool joined;
        lock (gate)
        {
            // Found and registered under one lock: two first subscribers at once make one group, not two.
            Group? running = null;
            joined = key is not null && groups.TryGetValue(key, out running);
            group = joined ? running! : new Group(this, key, source);
            group.Members.Add(member);
            if (!joined && key is not null)
            {
                groups[key] = group;
            }
        }

        if (joined)
        {
            await source.DisposeAsync();
        }
        else
        {
            group.Start();
        }

        try
        {
            Operations.PartnersTelemetry.ActiveSubscriptions.Add(1);
            await foreach (var payload in member.Results.Reader.ReadAllAsync(ct))
            {
                await sender.SendAsync(MessageTypes.Next, id, payload, ct);
            }

            return true;
        }
        catch (ExecutionError error)
        {
            // The subscription stopped on purpose (a disabled client, a slow consumer): the protocol's error ends it.
            var failed = new ExecutionResult();
            failed.AddError(error);
            await sender.SendErrorAsync(id, failed, ct);
            return false;
        }
        finally
        {
            Operations.PartnersTelemetry.ActiveSubscriptions.Add(-1);
            await group.LeaveAsync(member);
        }
    }

    private sealed record Key(string Audience, Language Language, string? Query, string? DocumentId, string? OperationName, string? Variables, string? Extensions);

    private sealed record Member(Caller? Caller, Channel<byte[]> Results);

    /// <summary>One execution of a subscription and the subscribers it feeds.</summary>
    private sealed class Group(SharedSubscriptions owner, Key? key, ExecutedStream source)
    {
        private readonly Channel<(ExecutionResult Result, AccessReads Reads)> events = Channel.CreateBounded<(ExecutionResult, AccessReads)>(
            new BoundedChannelOptions(owner.options.MaxQueuedResults) { SingleReader = true });
        private IDisposable? subscription;
        private Task pump = Task.CompletedTask;
        private bool closed;
        private bool stopped;

        /// <summary>Guarded by the owner's lock.</summary>
        public List<Member> Members { get; } = [];

        private Language Language => source.User.Language;

        public void Start()
        {
            var overflow = new ExecutionError(owner.messages.Get("subscription_overflow", Language, owner.options.MaxQueuedResults)) { Code = ErrorCodes.RateLimited };
            subscription = source.Stream.Subscribe(new ChannelObserver(events.Writer, source.Ledger, overflow));
            pump = Task.Run(PumpAsync);
        }

        private async Task PumpAsync()
        {
            var ct = source.Lifetime.Token;
            ExecutionError? failure = null;
            try
            {
                await foreach (var (result, reads) in events.Reader.ReadAllAsync(ct))
                {
                    Interlocked.Increment(ref owner.executions);
                    await DeliverAsync(result, reads, ct);
                }
            }
            catch (ExecutionError error)
            {
                failure = error;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return; // The last member left.
            }
            catch (Exception exception)
            {
                owner.logger.LogError(exception, "A subscription stream failed.");
                var failed = new ExecutionResult();
                failed.AddError(new ExecutionError(owner.messages.Get("internal_error", Language)) { Code = ErrorCodes.Internal });
                Post(Close(), Encoding.UTF8.GetBytes(owner.serializer.Serialize(failed)));
            }

            foreach (var member in Close())
            {
                member.Results.Writer.TryComplete(failure);
            }
        }

        /// <summary>One event: the members whose client is still enabled, their access log, then the one serialised result.</summary>
        private async Task DeliverAsync(ExecutionResult result, AccessReads reads, CancellationToken ct)
        {
            Member[] members;
            lock (owner.gate)
            {
                members = [.. Members];
            }

            // A bare stream (not bus events) has no client check, as before sharing.
            var enabled = source.User.StreamsEvents ? await EnabledAsync(members, ct) : [.. members];
            if (enabled.Count == 0)
            {
                return;
            }

            var delivered = await AccessLogRecording.WriteAsync(
                source.Scope.ServiceProvider, source.User, [.. enabled.Select(m => m.Caller).OfType<Caller>()], reads, result, owner.logger, ct);
            Post(enabled, Encoding.UTF8.GetBytes(owner.serializer.Serialize(delivered)));
            Operations.PartnersTelemetry.SubscriptionEventsDelivered.Add(enabled.Count);
        }

        /// <summary>
        /// The members whose OAuth client is still enabled (read at most every <c>Subscriptions:ClientCheckInterval</c>,
        /// once per client); the others get FORBIDDEN and their subscription ends. Office staff sign in with Entra ID:
        /// their client is the Office's own app, not an OpenIddict client.
        /// </summary>
        private async Task<List<Member>> EnabledAsync(Member[] members, CancellationToken ct)
        {
            var disabled = new HashSet<string>(StringComparer.Ordinal);
            foreach (var clientId in members.Select(m => m.Caller).OfType<Caller>().Where(c => !(c.IsOffice && c.UserId is not null)).Select(c => c.ClientId).Distinct())
            {
                if (!await owner.clients.IsEnabledAsync(clientId, ct))
                {
                    disabled.Add(clientId);
                }
            }

            var enabled = new List<Member>(members.Length);
            foreach (var member in members)
            {
                if (member.Caller is { } caller && disabled.Contains(caller.ClientId) && !(caller.IsOffice && caller.UserId is not null))
                {
                    member.Results.Writer.TryComplete(
                        new ExecutionError(owner.messages.Get("subscription_client_disabled", Language)) { Code = ErrorCodes.Forbidden });
                }
                else
                {
                    enabled.Add(member);
                }
            }

            return enabled;
        }

        /// <summary>A member whose socket has <c>MaxQueuedResults</c> results waiting is dropped with RATE_LIMITED.</summary>
        private void Post(IEnumerable<Member> members, byte[] payload)
        {
            foreach (var member in members)
            {
                if (!member.Results.Writer.TryWrite(payload))
                {
                    member.Results.Writer.TryComplete(
                        new ExecutionError(owner.messages.Get("subscription_overflow", Language, owner.options.MaxQueuedResults)) { Code = ErrorCodes.RateLimited });
                }
            }
        }

        /// <summary>No one joins after this; returns the members to tell.</summary>
        private Member[] Close()
        {
            lock (owner.gate)
            {
                Forget();
                return [.. Members];
            }
        }

        /// <summary>Under the owner's lock: the group is no longer found by new subscribers.</summary>
        private void Forget()
        {
            if (!closed)
            {
                closed = true;
                if (key is not null && owner.groups.TryGetValue(key, out var current) && current == this)
                {
                    owner.groups.Remove(key);
                }
            }
        }

        /// <summary>The last member to leave stops the execution and releases its scope.</summary>
        public async Task LeaveAsync(Member member)
        {
            lock (owner.gate)
            {
                Members.Remove(member);
                if (Members.Count > 0 || stopped)
                {
                    return;
                }

                Forget();
                stopped = true;
            }

            subscription?.Dispose();
            await source.Lifetime.CancelAsync();
            try
            {
                await pump;
            }
            catch (Exception exception)
            {
                owner.logger.LogError(exception, "A subscription group did not stop cleanly.");
            }

            await source.DisposeAsync();
        }
    }

    /// <summary>Each event is paired with the reads its execution recorded, drained before the next event runs.</summary>
    private sealed class ChannelObserver(ChannelWriter<(ExecutionResult, AccessReads)> writer, AccessLedger ledger, ExecutionError overflow) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!writer.TryWrite((value, ledger.Drain())))
            {
                writer.TryComplete(overflow);
            }
        }

        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);
    }
}

/// <summary>
/// A subscription as one subscriber's execution returned it: the stream, and what it runs in (its DI scope, the
/// ledger of that scope, its own cancellation: a shared execution outlives the subscriber that started it).
/// </summary>
public sealed class ExecutedStream(
    AsyncServiceScope scope, CancellationTokenSource lifetime, IObservable<ExecutionResult> stream, PartnersUserContext user) : IAsyncDisposable
{
    public AsyncServiceScope Scope { get; } = scope;

    public CancellationTokenSource Lifetime { get; } = lifetime;

    public IObservable<ExecutionResult> Stream { get; } = stream;

    public PartnersUserContext User { get; } = user;

    public AccessLedger Ledger { get; } = scope.ServiceProvider.GetRequiredService<AccessLedger>();

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        Lifetime.Dispose();
    }
}
