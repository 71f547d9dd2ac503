using System.Text.Json;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Http;

public static class ErrorHandlingExtensions
{
    /// <summary>
    /// The last line of defence: an exception no layer handled becomes a 500 in the GraphQL error shape with
    /// code <c>INTERNAL</c>, never a stack trace or the exception's text, in every environment.
    /// </summary>
    public static IApplicationBuilder UsePartnersErrorHandling(this IApplicationBuilder app) =>
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var messages = context.RequestServices.GetRequiredService<Messages>();
            var language = LanguageNegotiation.FromAcceptLanguage(context.Request.Headers.AcceptLanguage);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                errors = new[] { new { message = messages.Get("internal_error", language), extensions = new { code = ErrorCodes.Internal } } },
            }));
        }));
}
