using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Partners.Api.GraphQL;
using Partners.Api.Referrals;
using Partners.Api.Seed;
using Partners.Data;

namespace Partners.Benchmarks;

/// <summary>
/// <c>startfloor</c> mode: the least this stack starts with, in its own process: the bare minimal API (<see cref="RawApi"/>)
/// plus the parts of the API no first answer can skip: the GraphQL schema (the API's own registrations, built in the
/// background from the start as the API does), and a first EF Core query on the compiled model (<c>--db</c>). Its
/// first <c>POST /graphql { __typename }</c> awaits the schema, runs the document through GraphQL.NET, and reads one
/// row; no authentication, access log, rate limiting or hosted work. <c>startup</c> times it beside the two others.
/// </summary>
public static class StartupFloorApi
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        builder.Services
            .AddPartnersPersistence(builder.Configuration, builder.Environment, CompiledModels.For)
            .AddPartnersGraphQL(builder.Configuration, builder.Environment)
            .AddPartnersWorkflow(builder.Configuration);
        builder.Services.RemoveAll<IHostedService>();
        var app = builder.Build();
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(e);
                throw;
            }
        });
        var schema = Task.Run(() =>
        {
            var built = app.Services.GetRequiredService<PartnersSchema>();
            built.Initialize();
            return built;
        });
        app.MapPost("/graphql", async (HttpContext http) =>
        {
            await schema;
            var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<PartnersSchema>>();
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = "{ __typename }",
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
            });
            var db = http.RequestServices.GetRequiredService<PartnersDbContext>();
            _ = await db.Organisations.AsNoTracking().Select(o => o.Name).FirstOrDefaultAsync(http.RequestAborted);
            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
        await app.RunAsync();
    }
}
