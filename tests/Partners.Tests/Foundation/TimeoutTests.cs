using System.Net;
using GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>The execution timeout ends the work it bounds: the answer says TIMEOUT and the resolver has stopped.</summary>
public sealed class TimeoutTests(TimeoutTests.ShortTimeoutApiFactory factory) : IClassFixture<TimeoutTests.ShortTimeoutApiFactory>
{
    [Fact]
    public async Task A_request_past_the_timeout_answers_TIMEOUT_and_its_work_is_cancelled()
    {
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        // A cold host on a busy machine may itself pass the short timeout: warm it first.
        for (var i = 0; i < 5 && (await client.PostGraphQLAsync("{ viewer { clientId } }", token: token)).ErrorCodes.Count > 0; i++)
        {
        }

        var (started, stopped) = TestSlowField.Next();

        var response = await client.PostGraphQLAsync("{ testWaitForCancellation }", token: token);

        Assert.Equal("TIMEOUT", response.ErrorCodes.Single());
        Assert.Equal("La requête a dépassé le temps d'exécution autorisé.", response.Errors.Single()!["message"]!.GetValue<string>());
        Assert.True(started.Task.IsCompleted, "The resolver never ran.");
        // The resolver saw the cancellation before the answer left: nothing keeps running after it.
        Assert.True(stopped.Task.IsCompleted, "The resolver was still running when the answer came.");
    }

    [Fact]
    public async Task The_timeout_is_said_in_English_on_Accept_Language_en()
    {
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        TestSlowField.Next();

        var response = await client.PostGraphQLAsync("{ testWaitForCancellation }", token: token, language: "en");

        Assert.Equal("TIMEOUT", response.ErrorCodes.Single());
        Assert.Equal("The request exceeded the allowed execution time.", response.Errors.Single()!["message"]!.GetValue<string>());
    }

    public sealed class ShortTimeoutApiFactory : PartnersApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("GraphQL:ExecutionTimeoutSeconds", "5")];
    }
}

/// <summary>Test only: a resolver that waits until its request is cancelled, as a slow database query would.</summary>
public sealed class TestSlowField : IQueryFields
{
    private static (TaskCompletionSource Started, TaskCompletionSource Stopped) current = (new(), new());

    public static (TaskCompletionSource Started, TaskCompletionSource Stopped) Next() =>
        current = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));

    public void AddTo(QueryType query) =>
        query.Field<StringGraphType>("testWaitForCancellation")
            .Description("Test only: waits until the request is cancelled.")
            .ResolveAsync(async context =>
            {
                var (started, stopped) = current;
                started.TrySetResult();
                try
                {
                    await Task.Delay(TimeSpan.FromMinutes(2), context.CancellationToken);
                    return "not cancelled";
                }
                finally
                {
                    stopped.TrySetResult();
                }
            });
}
