using System.Collections.Immutable;
using System.Net;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Common;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Hardening;

/// <summary>
/// Issue 12: bad values generated for every argument of every operation of the schema (every leaf of every input
/// object too): wrong ids, texts at and past their declared length, wrong types. The answer is a 4xx or GraphQL
/// errors with a stable code, never a 5xx, never INTERNAL; a text past its limit is VALIDATION.
/// </summary>
public sealed class BadInputTests(UnlimitedApiFactory factory) : IClassFixture<UnlimitedApiFactory>
{
    private static readonly HashSet<string> StableCodes = [.. typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(c => c != ErrorCodes.Internal)];

    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string> Operations()
    {
        var text = SchemaFile.Text();
        var data = new TheoryData<string, string>();
        foreach (var root in new[] { "Query", "Mutation" })
        {
            var body = new System.Text.RegularExpressions.Regex($@"\ntype {root} \{{(.*?)\n\}}", System.Text.RegularExpressions.RegexOptions.Singleline).Match(text).Groups[1].Value;
            foreach (var name in System.Text.RegularExpressions.Regex.Matches(body, @"\n  (\w+)\(").Select(m => m.Groups[1].Value))
            {
                data.Add(root, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Bad_values_in_any_argument_get_a_stable_code_never_a_server_error(string root, string field)
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var type = root == "Query" ? schema.Query : schema.Mutation!;
        var definition = type.GetField(field)!;
        var arguments = definition.Arguments!.ToList();
        var document = $"{(root == "Query" ? "query" : "mutation")}({string.Join(", ", arguments.Select(a => $"${a.Name}: {a.ResolvedType}"))}) {{ {field}({string.Join(", ", arguments.Select(a => $"{a.Name}: ${a.Name}"))}) {Selection(definition.ResolvedType!)} }}";
        var baseline = new JsonObject();
        foreach (var argument in arguments.Where(a => a.ResolvedType is NonNullGraphType))
        {
            baseline[argument.Name] = Valid(argument.ResolvedType!);
        }

        var token = await Tokens.GetAsync(client, await CallerForAsync(document, baseline));
        var cases = 0;
        foreach (var argument in arguments)
        {
            foreach (var (path, value, tooLong) in Variations(argument.ResolvedType!, InputLimits.MaxLengthOf(argument), [argument.Name]))
            {
                var variables = (JsonObject)baseline.DeepClone();
                Set(variables, arguments.Single(a => a.Name == path[0]).ResolvedType!, path, value);
                await AssertHandledAsync(token, document, variables, tooLong, $"{field} {string.Join(".", path)}");
                cases++;
            }
        }

        Assert.True(cases > 0);
    }

    private async Task<string> CallerForAsync(string document, JsonObject baseline)
    {
        foreach (var candidate in new[] { Tokens.Forem, Tokens.Isp, Tokens.Commission, Tokens.CpasLiege, Tokens.ForemSocial })
        {
            var response = await client.PostGraphQLAsync(document, baseline, await Tokens.GetAsync(client, candidate));
            if (!response.ErrorCodes.Contains(ErrorCodes.Forbidden))
            {
                return candidate;
            }
        }

        return Tokens.Forem;
    }

    private async Task AssertHandledAsync(string token, string document, JsonObject variables, bool tooLong, string what)
    {
        var response = await client.PostGraphQLAsync(document, variables, token);
        var body = response.Body?.ToJsonString() ?? "";
        Assert.True(response.Status < HttpStatusCode.InternalServerError, $"{what}: {(int)response.Status} {body[..Math.Min(body.Length, 500)]}");
        Assert.All(response.ErrorCodes, code => Assert.True(code is not null && StableCodes.Contains(code), $"{what}: code {code} in {body[..Math.Min(body.Length, 500)]}"));
        var payloadCodes = (response.Data as JsonObject)?.Select(p => p.Value?["errors"]).OfType<JsonArray>()
            .SelectMany(errors => errors.Select(e => e?["code"]?.GetValue<string>())).ToList() ?? [];
        Assert.All(payloadCodes, code => Assert.True(code is not null && StableCodes.Contains(code), $"{what}: payload code {code}"));
        if (tooLong)
        {
            Assert.True(response.ErrorCodes.Concat(payloadCodes).Contains(ErrorCodes.Validation), $"{what}: a text past its limit was not refused: {body[..Math.Min(body.Length, 500)]}");
        }
    }

    private static string Selection(IGraphType type) => Unwrap(type) switch
    {
        IObjectGraphType or IInterfaceGraphType when type.ToString()!.Contains("Payload", StringComparison.Ordinal) => "{ __typename errors { code field } }",
        IObjectGraphType or IInterfaceGraphType or UnionGraphType => "{ __typename }",
        _ => "",
    };

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    /// <summary>A well-formed value of <paramref name="type"/>: required fields only, one element in a list.</summary>
    private static JsonNode? Valid(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Valid(nonNull.ResolvedType!),
        ListGraphType list => new JsonArray(Valid(list.ResolvedType!)),
        IInputObjectGraphType input => new JsonObject(input.Fields.Where(f => f.ResolvedType is NonNullGraphType)
            .Select(f => KeyValuePair.Create(f.Name, Valid(f.ResolvedType!)))),
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IdGraphType => Partners.Api.GraphQL.Relay.GlobalId.Encode("Offer", 1),
        IntGraphType => 1,
        LongGraphType => 1,
        FloatGraphType => 1.5,
        BooleanGraphType => true,
        DateTimeGraphType => "2026-01-05T09:00:00Z",
        StringGraphType => "a",
        _ when type.Name == "Date" => "2026-01-05",
        _ => "a",
    };

    /// <summary>
    /// Bad values for every leaf under <paramref name="type"/>: (path, value, whether it is a text past its limit). A
    /// filter's <c>and</c>/<c>or</c> holds the filter itself: an input object already on the path is not entered again.
    /// </summary>
    private static IEnumerable<(List<string> Path, JsonNode? Value, bool TooLong)> Variations(IGraphType type, int? maxLength, List<string> path, ImmutableHashSet<string>? within = null)
    {
        within ??= [];
        switch (type)
        {
            case NonNullGraphType nonNull:
                foreach (var variation in Variations(nonNull.ResolvedType!, maxLength, path, within))
                {
                    yield return variation;
                }

                yield break;
            case ListGraphType list:
                yield return (path, "not a list element", false);
                foreach (var (inner, value, tooLong) in Variations(list.ResolvedType!, maxLength, [.. path, "0"], within))
                {
                    yield return (inner, value, tooLong);
                }

                yield break;
            case IInputObjectGraphType input:
                yield return (path, 42, false);
                if (within.Contains(input.Name))
                {
                    yield break;
                }

                foreach (var field in input.Fields)
                {
                    foreach (var variation in Variations(field.ResolvedType!, InputLimits.MaxLengthOf(field), [.. path, field.Name], within.Add(input.Name)))
                    {
                        yield return variation;
                    }
                }

                yield break;
            case IdGraphType:
                yield return (path, "x", false);
                yield return (path, Convert.ToBase64String("Offer:1\0"u8.ToArray()), false);
                yield return (path, new string('A', 10_000), false);
                yield return (path, Partners.Api.GraphQL.Relay.GlobalId.Encode("Nothing", long.MaxValue), false);
                yield break;
            case StringGraphType:
                if (maxLength is { } max)
                {
                    yield return (path, new string('é', max), false);
                    yield return (path, new string('a', max + 1), true);
                }

                yield return (path, new string('a', 100_000), maxLength is not null);
                yield return (path, "\u0000\u001f\u202e%_", false);
                yield return (path, 12, false);
                yield break;
            case IntGraphType or LongGraphType:
                yield return (path, "twelve", false);
                yield return (path, 1L << 40, false);
                yield return (path, -1, false);
                yield break;
            case EnumerationGraphType:
                yield return (path, "NOT_A_VALUE", false);
                yield break;
            default:
                yield return (path, "not-a-" + type.Name, false);
                yield return (path, true, false);
                yield break;
        }
    }

    /// <summary>Sets <paramref name="value"/> at <paramref name="path"/> in the variables, creating what is missing on the way.</summary>
    private static void Set(JsonObject variables, IGraphType argumentType, List<string> path, JsonNode? value)
    {
        if (path.Count == 1)
        {
            variables[path[0]] = value;
            return;
        }

        var node = variables[path[0]] ??= Valid(argumentType);
        var type = argumentType;
        for (var i = 1; i < path.Count; i++)
        {
            type = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
            var last = i == path.Count - 1;
            if (type is ListGraphType list)
            {
                type = list.ResolvedType!;
                var array = (JsonArray)node!;
                if (last)
                {
                    array[0] = value;
                    return;
                }

                node = array[0] ??= Valid(type);
                continue;
            }

            var input = (IInputObjectGraphType)type;
            var field = input.GetField(path[i])!;
            var container = (JsonObject)node!;
            if (last)
            {
                container[path[i]] = value;
                return;
            }

            type = field.ResolvedType!;
            node = container[path[i]] ??= Valid(type);
        }
    }
}
