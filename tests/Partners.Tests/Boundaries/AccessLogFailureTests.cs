using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partners.Data;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Boundaries;

/// <summary>The host with an access log that cannot be written: every insert of an entry fails.</summary>
public sealed class BrokenAccessLogFactory : PartnersApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<PartnersDbContext>(options => options.AddInterceptors(new RefuseAccessLog()), ServiceLifetime.Singleton));
    }

    /// <summary>Fails every statement that writes the access log, as a full disk or a lost connection would.</summary>
    private sealed class RefuseAccessLog : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"AccessLog\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("access log unavailable (test)")
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>No answer leaves without its access log: when the log cannot be written, the data is withheld.</summary>
public sealed class AccessLogFailureTests(BrokenAccessLogFactory factory) : IClassFixture<BrokenAccessLogFactory>
{
    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task A_read_whose_access_log_cannot_be_written_returns_no_data()
    {
        var person = await world.PersonAsync();
        var token = await world.TokenAsync(Tokens.Forem);

        var response = await world.Client.PostGraphQLAsync(BoundaryWorld.FullQuery, new { id = Referrals.WorkflowWorld.Id("JobSeeker", person) }, token, language: "en");

        Assert.Null(response.Data);
        Assert.Equal(["INTERNAL"], response.ErrorCodes);
        Assert.Equal("The read could not be logged; no data is sent. Try again later.", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("access log unavailable", response.Body!.ToJsonString());
    }

    [Fact]
    public async Task A_read_of_no_logged_category_is_answered_as_usual()
    {
        var person = await world.PersonAsync();
        var response = await world.ReadAsync(await world.TokenAsync(Tokens.Forem), person, "query P($id: ID!) { jobSeeker(id: $id) { pathway { professionalObjectives } } }");

        Assert.Equal("Aide-soignant", response.EnsureNoErrors().Data!["jobSeeker"]!["pathway"]!["professionalObjectives"]![0]!.GetValue<string>());
    }
}
