using System.Globalization;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;

namespace Partners.Api.GraphQL;

/// <summary>
/// The enum graph type of every C# enum in the schema: what GraphQL.NET's <see cref="EnumerationGraphType{TEnum}"/>
/// does (the same values, names, descriptions, deprecations and attributes; the same parsing and serialisation,
/// <c>EnumTypeTests</c> compares them value by value), with its work done by <see cref="EnumType"/> on the enum's
/// <see cref="Type"/> instead of in code generic over the enum. GraphQL.NET's generic code over a value type is
/// compiled at run time once per enum (about fifteen methods each, none in a ReadyToRun image): for the schema's
/// 36 enums that was a quarter of the schema's build, so of every start (CONTRIBUTING, "Measuring the hot paths").
/// </summary>
public abstract class EnumType<TEnum>() : EnumType(typeof(TEnum))
    where TEnum : struct, Enum;

/// <inheritdoc cref="EnumType{TEnum}"/>
public abstract class EnumType : EnumerationGraphType
{
    private readonly Type enumType;

    protected EnumType(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        this.enumType = enumType;
        var caseAttribute = enumType.GetCustomAttribute<EnumCaseAttribute>();
        Name = enumType.Name.ToPascalCase();
        Description ??= enumType.Description();
        DeprecationReason ??= enumType.ObsoleteMessage();
        foreach (var name in Enum.GetNames(enumType))
        {
            var member = enumType.GetMember(name, BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly)[0];
            var value = new EnumValueDefinition(caseAttribute is null ? name.ToConstantCase() : caseAttribute.ChangeEnumCase(name), Enum.Parse(enumType, name))
            {
                Description = member.Description(),
                DeprecationReason = member.ObsoleteMessage(),
            };
            var included = true;
            foreach (var attribute in member.GetGraphQLAttributes())
            {
                if (!attribute.ShouldInclude(member, null))
                {
                    included = false;
                    break;
                }

                attribute.Modify(value);
            }

            if (included)
            {
                Add(value);
            }
        }

        foreach (var attribute in enumType.GetGraphQLAttributes())
        {
            attribute.Modify(this);
            attribute.Modify(this, enumType);
        }
    }

    protected override EnumValuesBase CreateValues() => new ValuesOfOneEnum();

    public override object? ParseValue(object? value) => value is not null && value.GetType() == enumType
        ? Values.FindByValue(value)?.Value ?? ThrowValueConversionError(value)
        : base.ParseValue(value);

    public override bool CanParseValue(object? value) => value is not null && value.GetType() == enumType
        ? Enum.IsDefined(enumType, value)
        : base.CanParseValue(value);

    /// <summary>
    /// GraphQL.NET's <c>EnumValues&lt;TEnum&gt;</c> on the boxed values: found by name, and by a value of the enum
    /// (a boxed enum compares and hashes as its value); any other value (an <c>int</c>) by its underlying value, in
    /// the order the names were first added.
    /// </summary>
    private sealed class ValuesOfOneEnum : EnumValuesBase
    {
        private readonly Dictionary<ROM, EnumValueDefinition> byName = [];
        private readonly Dictionary<object, EnumValueDefinition> byValue = [];
        private Type? enumType;

        public override int Count => byName.Count;

        public override void Add(EnumValueDefinition value)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Value is not Enum enumValue || (enumType is not null && enumValue.GetType() != enumType))
            {
                throw new ArgumentException($"Only values of {enumType?.Name ?? "one enum"} supported", nameof(value));
            }

            enumType = enumValue.GetType();
            byName[value.Name] = value;
            byValue[enumValue] = value;
        }

        public override EnumValueDefinition? FindByName(ROM name) => byName.GetValueOrDefault(name);

        public override EnumValueDefinition? FindByValue(object? value)
        {
            if (value is not null && value.GetType() == enumType)
            {
                return byValue.GetValueOrDefault(value);
            }

            foreach (var definition in byName.Values)
            {
                if (Equals(Convert.ChangeType(definition.Value, Enum.GetUnderlyingType(enumType!), CultureInfo.InvariantCulture), value))
                {
                    return definition;
                }
            }

            return null;
        }

        public override IEnumerator<EnumValueDefinition> GetEnumerator() => byName.Values.GetEnumerator();
    }
}
