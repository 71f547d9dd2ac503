using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>, to the GraphQL-over-HTTP specification: GET and POST
/// (<c>application/json</c>), <c>application/graphql-response+json</c> when the client names it, <c>application/json</c>
/// otherwise (no <c>Accept</c>, <c>*/*</c>);
/// 406, 415, 413, 405 and 400 for what cannot be served, 401 for anonymous requests beyond <c>__typename</c>.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<PartnersSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLOptions options,
    Messages messages,
    SchemaSdl sdl,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private Lazy<string> Sdl => sdl.Text;

    public async Task HandleAsync(HttpContext http)
    {
        var language = LanguageNegotiation.FromAcceptLanguage(http.Request.Headers.AcceptLanguage);
        if (IdePage.IsSdlRequest(http.Request))
        {
            await WriteSdlAsync(http, language);
            return;
        }

        if (IdePage.IsWanted(http.Request))
        {
            await IdePage.WriteAsync(http);
            return;
        }

        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json, ErrorCodes.BadRequest, messages.Get("not_acceptable", language));
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, ErrorCodes.MethodNotAllowed, messages.Get("method_not_allowed", language));
            return;
        }

        var (request, error) = isGet ? ReadGet(http.Request, language) : await ReadPostAsync(http, language);
        if (request is null)
        {
            await WriteRequestErrorAsync(http, error!.Value.Status, mediaType, error.Value.Code, error.Value.Message);
            return;
        }

        if (request.Query is { Length: var length } && length > options.MaxQueryLength)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, ErrorCodes.QueryTooLarge, messages.Get("query_too_long", language, options.MaxQueryLength));
            return;
        }

        if (!TryReadInputs(request, out var variables, out var extensions))
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, ErrorCodes.BadRequest, messages.Get("invalid_request", language, "variables, extensions"));
            return;
        }

        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = variables,
                Extensions = extensions,
                User = http.User,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
                UserContext = new PartnersUserContext
                {
                    Caller = Caller.FromPrincipal(http.User),
                    Language = language,
                    Transport = isGet ? "GET" : "POST",
                    OperationName = request.OperationName,
                    IdempotencyKey = IdempotencyKeyOf(http.Request),
                },
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        http.Response.StatusCode = StatusFor(result, mediaType, http.Response);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The SDL where introspection is on (it says the same); elsewhere a 404 in the GraphQL error shape.</summary>
    private async Task WriteSdlAsync(HttpContext http, Language language)
    {
        if (!options.EnableIntrospection)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status404NotFound, MediaTypes.Json, ErrorCodes.NotFound, messages.Get("sdl_not_available", language));
            return;
        }

        await IdePage.WriteSdlAsync(http, Sdl.Value);
    }

    /// <summary>
    /// Reads <c>variables</c> and <c>extensions</c> before anything runs: what cannot be read is the client's request
    /// (400). Failures during execution are ours and stay INTERNAL; they are not mistaken for bad input.
    /// </summary>
    private bool TryReadInputs(GraphQLHttpRequest request, out Inputs? variables, out Inputs? extensions)
    {
        variables = extensions = null;
        try
        {
            variables = request.Variables is { } v ? serializer.ReadNode<Inputs>(v) : null;
            extensions = request.Extensions is { } e ? serializer.ReadNode<Inputs>(e) : null;
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            logger.LogInformation(exception, "Unreadable GraphQL request parameters.");
            return false;
        }
    }

    /// <summary>The <c>Idempotency-Key</c> header of a retried mutation; ignored when absent or unreasonably long.</summary>
    private static string? IdempotencyKeyOf(HttpRequest request) =>
        request.Headers["Idempotency-Key"].ToString() is { Length: > 0 and <= 200 } key ? key : null;

    private static int StatusFor(ExecutionResult result, string mediaType, HttpResponse response)
    {
        var codes = result.Errors?.Select(e => e.Code).ToHashSet(StringComparer.Ordinal) ?? [];
        if (codes.Contains(ErrorCodes.NotAuthenticated) && !result.Executed)
        {
            response.Headers.WWWAuthenticate = "Bearer";
            return StatusCodes.Status401Unauthorized;
        }

        if (codes.Contains(ErrorCodes.MethodNotAllowed) && !result.Executed)
        {
            response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        // Under application/graphql-response+json a request that could not run (parse, validation, unknown
        // persisted document) is a 400; under legacy application/json it is a 200 with errors.
        return !result.Executed && mediaType == MediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private (GraphQLHttpRequest? Request, (int Status, string Code, string Message)? Error) ReadGet(HttpRequest request, Language language)
    {
        var query = request.Query;
        if (!TryParseJsonParameter(query["variables"], out var variables) || !TryParseJsonParameter(query["extensions"], out var extensions))
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, messages.Get("invalid_json", language)));
        }

        var parsed = new GraphQLHttpRequest(NullIfEmpty(query["query"]), NullIfEmpty(query["operationName"]), variables, extensions, NullIfEmpty(query["documentId"]));
        return parsed.Query is null && parsed.DocumentId is null && !GraphQLRequestReader.NamesPersistedQuery(extensions)
            ? (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, messages.Get("missing_query", language)))
            : (parsed, null);
    }

    private async Task<(GraphQLHttpRequest? Request, (int Status, string Code, string Message)? Error)> ReadPostAsync(HttpContext http, Language language)
    {
        if (!MediaTypes.IsJsonBody(http.Request.ContentType))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, messages.Get("unsupported_media_type", language)));
        }

        var tooLarge = (StatusCodes.Status413PayloadTooLarge, ErrorCodes.QueryTooLarge, messages.Get("body_too_large", language, options.MaxRequestBodyBytes));
        if (http.Request.ContentLength > options.MaxRequestBodyBytes)
        {
            return (null, tooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = options.MaxRequestBodyBytes + 1;
        }

        var body = await ReadBodyAsync(http.Request.Body, options.MaxRequestBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return (null, tooLarge);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, messages.Get("invalid_json", language)));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, messages.Get("batch_not_supported", language)));
            }

            return GraphQLRequestReader.TryRead(root, out var request) switch
            {
                GraphQLRequestReader.Outcome.Read => (request, null),
                GraphQLRequestReader.Outcome.MissingQuery => (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, messages.Get("missing_query", language))),
                _ => (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, messages.Get("invalid_request", language, "query, operationName, variables, extensions, documentId"))),
            };
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var read = await body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                {
                    return buffer.WrittenSpan.ToArray();
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }



    private static bool TryParseJsonParameter(string? text, out JsonElement? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                return false;
            }

            value = document.RootElement.ValueKind == JsonValueKind.Null ? null : document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private async Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
