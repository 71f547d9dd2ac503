namespace Partners.Data.Infrastructure;

/// <summary>
/// Marks the code that runs on its own clock (the outbox dispatcher, the polls, the periodic jobs) rather than for a
/// request: what it does is not the cost of any request, so <see cref="SqlCommandCounter"/> leaves its statements out.
/// The mark flows with the async flow that entered it and ends with the scope.
/// </summary>
public static class BackgroundWork
{
    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>Whether the current flow is background work.</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Marks the current flow as background work until the scope is disposed.</summary>
    public static Scope Enter()
    {
        var previous = Active.Value;
        Active.Value = true;
        return new Scope(previous);
    }

    public readonly struct Scope : IDisposable
    {
        private readonly bool previous;

        internal Scope(bool previous) => this.previous = previous;

        public void Dispose() => Active.Value = previous;
    }
}
