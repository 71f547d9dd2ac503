using Microsoft.EntityFrameworkCore.Storage;

namespace Partners.Tests.Infrastructure;

/// <summary>
/// An execution strategy that "retries" (so EF applies the rules of one, as with SQL Server's EnableRetryOnFailure)
/// but never meets a transient failure on SQLite.
/// </summary>
public sealed class RetryingTestStrategy(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, 3, TimeSpan.FromMilliseconds(50))
{
    protected override bool ShouldRetryOn(Exception exception) => false;
}
