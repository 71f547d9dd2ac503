using System.Threading.Channels;

namespace Partners.Data.Events;

/// <summary>
/// Wakes the dispatcher when a unit of work that added events has been saved or committed. Signals coalesce: a
/// burst of saves is one wake-up, and the dispatcher then drains everything committed.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>Returns when notified or when <paramref name="timeout"/> passes (the fallback poll).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(ct);
        poll.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(poll.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed without a signal.
        }
    }
}
