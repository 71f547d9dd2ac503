using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partners.Data.Infrastructure;

/// <summary>
/// Counts the SQL statements a unit of work sends, so tests can prove a list costs a constant number of them
/// (no N+1) and snapshot the statements themselves.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly Lock gate = new();
    private readonly List<string> commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (gate)
            {
                return [.. commands];
            }
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            commands.Clear();
        }
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        // The outbox dispatcher publishes in the background, whenever a mutation committed events: its statements
        // are not the cost of the request being measured.
        if (result.CommandText.Contains("OutboxEvents", StringComparison.Ordinal))
        {
            return result;
        }

        lock (gate)
        {
            commands.Add(result.CommandText);
        }

        return result;
    }
}
