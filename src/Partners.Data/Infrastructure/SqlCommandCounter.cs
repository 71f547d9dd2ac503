using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Partners.Data.Infrastructure;

/// <summary>
/// Counts the SQL statements a unit of work sends, so tests can prove a list costs a constant number of them
/// (no N+1) and snapshot the statements themselves. It keeps every statement's text until reset: only test hosts
/// and the benchmarks register it (<see cref="AddSqlCommandCounter"/>), never the production host.
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
        // Background work (the outbox dispatcher, the polls, the periodic jobs) runs on its own clock: its statements
        // are not the cost of the request being measured.
        if (BackgroundWork.IsActive)
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

public static class SqlCommandCounterServiceCollectionExtensions
{
    /// <summary>Registers a <see cref="SqlCommandCounter"/> and adds it to every <see cref="PartnersDbContext"/>.</summary>
    public static IServiceCollection AddSqlCommandCounter(this IServiceCollection services)
    {
        services.AddSingleton<SqlCommandCounter>();
        services.ConfigureDbContext<PartnersDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<SqlCommandCounter>()), ServiceLifetime.Singleton);
        return services;
    }
}
