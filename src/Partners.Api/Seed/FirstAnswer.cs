namespace Partners.Api.Seed;

/// <summary>
/// Open once the database is ready (<see cref="DatabaseReady"/>) and the server has started its first answer (a
/// WebSocket request opens it on arrival), or <see cref="Fallback"/> after the database is ready for an instance no one
/// calls. The background work that can wait — the outbox dispatcher's first pass, the contract expiry's, the demo seed's
/// re-check of an existing database — waits here, so its queries (EF Core compiles each one the first time) do not
/// take the CPU from the schema's build and the first request. Work that guards access (the revoked tokens) does not.
/// </summary>
public sealed class FirstAnswer(DatabaseReady ready)
{
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long after the database is ready the waiting work starts anyway.</summary>
    public TimeSpan Fallback { get; init; } = TimeSpan.FromSeconds(5);

    public bool IsOpen => answered.Task.IsCompleted;

    public void Open() => answered.TrySetResult();

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await ready.WaitAsync(cancellationToken);
        try
        {
            await answered.Task.WaitAsync(Fallback, cancellationToken);
        }
        catch (TimeoutException)
        {
            // No request yet: the work starts all the same.
        }
    }
}

public static class FirstAnswerMiddleware
{
    /// <summary>First in the pipeline: opens <see cref="FirstAnswer"/> when the first response starts.</summary>
    public static IApplicationBuilder UseFirstAnswer(this IApplicationBuilder app)
    {
        var first = app.ApplicationServices.GetRequiredService<FirstAnswer>();
        return app.Use((context, next) =>
        {
            if (!first.IsOpen)
            {
                if (context.WebSockets.IsWebSocketRequest)
                {
                    first.Open();
                }
                else
                {
                    context.Response.OnStarting(() =>
                    {
                        first.Open();
                        return Task.CompletedTask;
                    });
                }
            }

            return next(context);
        });
    }
}
