using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;

namespace Partners.Tests.Foundation;

/// <summary>
/// The schema's enum types (<see cref="EnumType{TEnum}"/>) behave as GraphQL.NET's <see cref="EnumerationGraphType{TEnum}"/>
/// over the same enum, value by value: the same values, names and deprecations, and the same answers to parsing and
/// serialising good and bad input. They exist to spare the start the run-time compilation of GraphQL.NET's generic code
/// once per enum, nothing else.
/// </summary>
public sealed class EnumTypeTests
{
    private static readonly List<EnumerationGraphType> SchemaEnums = BuildSchemaEnums();

    public static TheoryData<string> EnumNames() => [.. SchemaEnums.Select(e => e.Name)];

    [Fact]
    public void Every_enum_of_the_schema_is_an_EnumType()
    {
        Assert.NotEmpty(SchemaEnums);
        Assert.All(SchemaEnums, type => Assert.True(type is EnumType, $"{type.Name} is a {type.GetType()}: derive it from EnumType<TEnum>."));
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void An_enum_type_parses_and_serialises_as_GraphQL_NET_s_own(string name)
    {
        var ours = SchemaEnums.Single(e => e.Name == name);
        var enumType = EnumOf(ours.GetType());
        var reference = (EnumerationGraphType)Activator.CreateInstance(typeof(EnumerationGraphType<>).MakeGenericType(enumType))!;

        Assert.Equal(reference.Values.Select(v => (v.Name, v.Value, v.DeprecationReason)), ours.Values.Select(v => (v.Name, v.Value, v.DeprecationReason)));
        Assert.Equal(reference.Values.Count, ours.Values.Count);

        var undefined = Enum.ToObject(enumType, 987);
        var underlying = Enum.GetUnderlyingType(enumType);
        var inputs = new List<object?> { null, "NOT_A_VALUE", "", 987, undefined, Convert.ChangeType(987, underlying, System.Globalization.CultureInfo.InvariantCulture), 1.5, true };
        foreach (var value in Enum.GetValues(enumType))
        {
            inputs.Add(value);
            inputs.Add(Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture));
            inputs.Add(reference.Serialize(value));
            inputs.Add(Enum.GetName(enumType, value));
        }

        foreach (var input in inputs)
        {
            Assert.Equal(Outcome(() => reference.Serialize(input)), Outcome(() => ours.Serialize(input)));
            Assert.Equal(Outcome(() => reference.ParseValue(input)), Outcome(() => ours.ParseValue(input)));
            Assert.Equal(Outcome(() => reference.CanParseValue(input)), Outcome(() => ours.CanParseValue(input)));
            Assert.Equal(Outcome(() => (reference.ToAST(input) as GraphQLEnumValue)?.Name.StringValue), Outcome(() => (ours.ToAST(input) as GraphQLEnumValue)?.Name.StringValue));
            Assert.Equal(Outcome(() => reference.Values.FindByValue(input)?.Name), Outcome(() => ours.Values.FindByValue(input)?.Name));
            if (input is string text)
            {
                var literal = new GraphQLEnumValue(new GraphQLName(text));
                Assert.Equal(Outcome(() => reference.ParseLiteral(literal)), Outcome(() => ours.ParseLiteral(literal)));
                Assert.Equal(Outcome(() => reference.CanParseLiteral(literal)), Outcome(() => ours.CanParseLiteral(literal)));
                Assert.Equal(Outcome(() => reference.Values[text]?.Value), Outcome(() => ours.Values[text]?.Value));
            }
        }

        Assert.Equal(Outcome(() => reference.ParseLiteral(new GraphQLNullValue())), Outcome(() => ours.ParseLiteral(new GraphQLNullValue())));
        var notAnEnum = new GraphQLStringValue("DRAFT");
        Assert.Equal(Outcome(() => reference.ParseLiteral(notAnEnum)), Outcome(() => ours.ParseLiteral(notAnEnum)));
        Assert.Equal(Outcome(() => reference.CanParseLiteral(notAnEnum)), Outcome(() => ours.CanParseLiteral(notAnEnum)));
    }

    [Fact]
    public void An_enum_type_refuses_a_value_of_another_enum()
    {
        var ours = SchemaEnums.Single(e => e.Name == "SortDirection");

        Assert.Throws<ArgumentException>(() => ours.Values.Add(new EnumValueDefinition("OTHER", DayOfWeek.Monday)));
        Assert.Throws<ArgumentException>(() => ours.Values.Add(new EnumValueDefinition("OTHER", 1)));
    }

    /// <summary>The result, or the kind of exception thrown.</summary>
    private static object? Outcome(Func<object?> action)
    {
        try
        {
            return action();
        }
#pragma warning disable CA1031 // The exception's type is the outcome compared.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception.GetType();
        }
    }

    private static Type EnumOf(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(EnumType<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException($"{type} is not an EnumType<TEnum>.");
    }

    private static List<EnumerationGraphType> BuildSchemaEnums()
    {
        using var host = Partners.Api.PartnersHost.Build(["--environment", "Development"]);
        var schema = host.Services.GetRequiredService<PartnersSchema>();
        schema.Initialize();
        return [.. schema.AllTypes.OfType<EnumerationGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))];
    }
}
