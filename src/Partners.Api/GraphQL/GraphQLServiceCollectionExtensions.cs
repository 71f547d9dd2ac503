using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Execution;
using Partners.Api.GraphQL.Http;
using Partners.Api.GraphQL.Relay;
using Partners.Api.GraphQL.Validation;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL layer: the schema from the feature folders, the limits, error masking, persisted documents and
    /// the document cache. Feature parts (root fields, node resolvers, message catalogues) are found by scanning.
    /// </summary>
    public static IServiceCollection AddPartnersGraphQL(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();
        services.AddSingleton(options);
        services.AddSingleton<Messages>();
        services.AddSingleton<GraphQLCache>();
        services.AddSingleton<IClock, SystemClock>();
        services.AddScoped<GraphQLHttpEndpoint>();
        services.AddSingleton<SchemaSdl>();
        services.AddScoped<DataLoading.DataLoaders>();
        services.AddSingleton(new ServiceLifetimes(services));
        AddFeatureParts(services, typeof(GraphQLServiceCollectionExtensions).Assembly);

        // An input object's arguments become its C# type by reflection, not by an expression compiled for each of the
        // input types when the schema is built: the compiling was 40 % of the schema's build, so of every start
        // (CONTRIBUTING, "Measuring the hot paths"), for a conversion that costs microseconds per argument.
        GlobalSwitches.DynamicallyCompileToObject = false;
        services.AddGraphQL(builder =>
        {
            builder
            .AddSchema<PartnersSchema>()
            .AddGraphTypes(typeof(PartnersSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            // Resolvers share the request's DbContext, which is not thread-safe: queries run field by field too.
            .AddExecutionStrategy<QueryExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddErrorInfoProvider<PartnersErrorInfoProvider>()
            // Rules that depend on the request (caller, transport, operation, variables) run on cached documents too;
            // those that read the document alone (the field and alias caps, introspection) ran when it was cached.
            .AddValidationRule<ExecutedCostRule>(useForCachedDocuments: true)
            .AddValidationRule<AnonymousAccessRule>(useForCachedDocuments: true)
            .AddValidationRule<HttpOperationRule>(useForCachedDocuments: true)
            .AddValidationRule<RequestLimitsRule>()
            // The arguments' own checks (declared lengths, InputLimitsValidation) read the request's variables.
            .ConfigureExecutionOptions(execution => execution.CachedDocumentValidationRules =
                [.. execution.CachedDocumentValidationRules ?? [], global::GraphQL.Validation.Rules.FieldArgumentsAreValidRule.Instance])
            .UsePersistedDocuments<DatabasePersistedDocumentLoader>(global::GraphQL.DI.ServiceLifetime.Scoped, persisted =>
            {
                persisted.AllowOnlyPersistedDocuments = options.OnlyPersistedDocuments;
                persisted.AllowedPrefixes.Clear();
                persisted.AllowedPrefixes.Add("sha256");
            })
            .ConfigureExecution<PersistedQueries>()
            .ConfigureExecution<Operations.OperationTelemetry>()
            .ConfigureExecution<DocumentCache>()
            .ConfigureExecution<Boundaries.AccessLogRecording>()
            .AddUnhandledExceptionHandler(context =>
            {
                // Masked: the client gets INTERNAL and a generic message; the log keeps the exception.
                // An ExecutionError is a deliberate answer (a subscription stream ending with FORBIDDEN): not a failure.
                if (context.OriginalException is ExecutionError)
                {
                    return;
                }

                var language = (context.ExecutionOptions.UserContext as PartnersUserContext)?.Language ?? Language.French;
                var messages = context.ExecutionOptions.RequestServices?.GetService<Messages>();
                // The parser's own nesting limit: a refusal of the document, not a failure of ours.
                if (context.OriginalException is GraphQLParser.Exceptions.GraphQLMaxDepthExceededException && messages is not null)
                {
                    context.Exception = new ExecutionError(messages.Get("too_deep", language, options.MaxDepth)) { Code = ErrorCodes.QueryTooDeep };
                    return;
                }

                var logger = context.ExecutionOptions.RequestServices?.GetService<ILogger<PartnersSchema>>();
                logger?.LogError(context.OriginalException, "Unhandled exception while executing a GraphQL request.");
                context.ErrorMessage = messages?.Get("internal_error", language) ?? "Internal error.";
            })
            .ConfigureExecutionOptions(execution =>
            {
                execution.Timeout = TimeSpan.FromSeconds(options.ExecutionTimeoutSeconds);
                execution.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            })
            .ConfigureExecution(async (execution, next) =>
            {
                // GraphQL.NET's timeout error speaks English: the caller reads it in their language, code TIMEOUT.
                var result = await next(execution);
                if (result.Errors?.OfType<TimeoutError>().Any() == true
                    && execution.RequestServices?.GetService<Messages>() is { } messages)
                {
                    var language = (execution.UserContext as PartnersUserContext)?.Language ?? Language.French;
                    var errors = new ExecutionErrors();
                    foreach (var error in result.Errors)
                    {
                        errors.Add(error is TimeoutError ? new ExecutionError(messages.Get("timeout", language)) { Code = ErrorCodes.Timeout } : error);
                    }

                    result.Errors = errors;
                }

                return result;
            });
            if (!options.EnableIntrospection)
            {
                builder.AddValidationRule<NoIntrospectionValidationRule>();
            }
        });
        return services;
    }

    /// <summary>Registers every root-field part, node resolver and message catalogue of an assembly.</summary>
    public static IServiceCollection AddFeatureParts(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in new[] { typeof(IQueryFields), typeof(IMutationFields), typeof(ISubscriptionFields), typeof(INodeResolver), typeof(IMessageCatalogue) })
            {
                if (contract.IsAssignableFrom(type))
                {
                    services.AddSingleton(contract, type);
                }
            }
        }

        return services;
    }
}
