namespace Partners.Api.GraphQL;

/// <summary>Describes the values of an enum type from a table, so every value says its French term and article.</summary>
public abstract class DescribedEnumType<TEnum> : EnumType<TEnum>
    where TEnum : struct, Enum
{
    protected DescribedEnumType(string name, string description, params (string Value, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, text) in values)
        {
            Values[value]!.Description = text;
        }
    }
}
