using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Partners.Api.Commission;
using Partners.Api.Localization;

namespace Partners.Api.Members;

/// <summary>
/// The HTML of the account pages: one small form per page, labelled fields, errors announced to screen readers,
/// the dashboard's stylesheet, no script. Every value is HTML-encoded.
/// </summary>
internal sealed class AccountPage(HttpContext http, Messages messages, Language language)
{
    private readonly StringBuilder body = new();

    public static AccountPage For(HttpContext http, string? lang) => new(
        http,
        http.RequestServices.GetRequiredService<Messages>(),
        lang is "en" ? Language.English : lang is "fr" ? Language.French : LanguageNegotiation.FromAcceptLanguage(http.Request.Headers.AcceptLanguage));

    public Language Language => language;

    public string LangCode => language == Language.English ? "en" : "fr";

    public string Text(string key) => messages.Get("member." + key, language);

    public AccountPage Paragraph(string text, string? cssClass = null)
    {
        body.Append("<p").Append(cssClass is null ? "" : $" class=\"{cssClass}\"").Append('>').Append(Encode(text)).Append("</p>");
        return this;
    }

    public AccountPage Error(string? key)
    {
        if (key is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\" id=\"form-error\">").Append(Encode(Text(key))).Append("</p>");
        }

        return this;
    }

    /// <summary>A POST form to <paramref name="action"/> with antiforgery, hidden values, labelled inputs and one button.</summary>
    public AccountPage Form(string action, IEnumerable<(string Name, string Value)> hidden, IEnumerable<Input> inputs, string submitKey, bool invalid = false)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        body.Append("<form method=\"post\" action=\"").Append(Encode(action)).Append("\">");
        foreach (var (name, value) in hidden.Append((tokens.FormFieldName, tokens.RequestToken ?? "")).Append(("lang", LangCode)))
        {
            body.Append("<input type=\"hidden\" name=\"").Append(Encode(name)).Append("\" value=\"").Append(Encode(value)).Append("\">");
        }

        foreach (var input in inputs)
        {
            body.Append("<p><label for=\"").Append(input.Name).Append("\">").Append(Encode(Text(input.LabelKey))).Append("</label>")
                .Append("<input id=\"").Append(input.Name).Append("\" name=\"").Append(input.Name).Append("\" type=\"").Append(input.Type)
                .Append("\" autocomplete=\"").Append(input.Autocomplete).Append("\" required")
                .Append(input.Extra is null ? "" : " " + input.Extra)
                .Append(invalid ? " aria-invalid=\"true\" aria-describedby=\"form-error\"" : "")
                .Append(input.Value is null ? "" : $" value=\"{Encode(input.Value)}\"").Append("></p>");
        }

        body.Append("<p><button type=\"submit\">").Append(Encode(Text(submitKey))).Append("</button></p></form>");
        return this;
    }

    public AccountPage Link(string href, string text)
    {
        body.Append("<p><a href=\"").Append(Encode(href)).Append("\">").Append(Encode(text)).Append("</a></p>");
        return this;
    }

    public AccountPage Code(string labelKey, string value)
    {
        body.Append("<p>").Append(Encode(Text(labelKey))).Append(" : <code>").Append(Encode(value)).Append("</code></p>");
        return this;
    }

    /// <summary>The page; the language switch keeps the page's own query, with the other language.</summary>
    public IResult Render(string titleKey, int status = StatusCodes.Status200OK)
    {
        var query = http.Request.Query.Where(q => q.Key != "lang").Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
            .Append(KeyValuePair.Create("lang", (string?)(language == Language.English ? "fr" : "en")));
        var title = Text(titleKey) + " — " + Text("commission");
        var html = $"""
            <!doctype html>
            <html lang="{LangCode}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)}</title><link rel="stylesheet" href="{DashboardPage.AssetPath}/dashboard.css"></head>
            <body class="account"><header><p class="brand">{Encode(Text("commission"))}</p>
            <nav><a href="{Encode(http.Request.Path + QueryString.Create(query))}" lang="{(language == Language.English ? "fr" : "en")}">{Encode(Text("other_language"))}</a></nav></header>
            <main><h1>{Encode(Text(titleKey))}</h1>{body}</main></body></html>
            """;
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>Accents stay readable in the source; only what HTML needs escaped is.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string value) => Encoder.Encode(value);
}

internal sealed record Input(string Name, string LabelKey, string Type, string Autocomplete, string? Value = null, string? Extra = null);
