using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using GraphQL.Builders;
using GraphQL.Execution;
using GraphQL.Types;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// Every free text the API accepts declares its longest length where it is declared, on its input field or argument
/// (<c>Field&lt;StringGraphType&gt;("title").MaxLength(200)</c>); the description says it to clients. A longer value is
/// refused as VALIDATION on its path (<c>input.sessions[0].location</c>) before anything is read or written: in a
/// mutation's payload (<see cref="MutationPipeline"/>), as a GraphQL error elsewhere (<see cref="InputLimitsValidation"/>).
/// </summary>
public static class InputLimits
{
    public const string MetadataKey = "partners:maxLength";
    public const string TooLong = "too_long";

    /// <summary>The longest workflow note, motivation, reason or summary (the history's column).</summary>
    public const int Text = 2000;

    /// <summary>The longest long text of an offer (objectives, results, modalities).</summary>
    public const int LongText = 4000;

    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static FieldBuilder<TSource, TReturn> MaxLength<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int max)
    {
        Declare(field.FieldType, max);
        return field;
    }

    public static QueryArgument MaxLength(this QueryArgument argument, int max)
    {
        argument.Metadata[MetadataKey] = max;
        argument.Description = WithLimit(argument.Description, max);
        return argument;
    }

    public static int? MaxLengthOf(IMetadataReader element) => element.GetMetadata<int?>(MetadataKey);

    /// <summary>The VALIDATION errors of the arguments' texts longer than declared, with their paths.</summary>
    public static IReadOnlyList<DomainError> Check(QueryArguments? arguments, IDictionary<string, ArgumentValue>? values)
    {
        var errors = new List<DomainError>();
        foreach (var argument in arguments ?? [])
        {
            if (values?.TryGetValue(argument.Name, out var value) == true)
            {
                Walk(argument.ResolvedType!, value.Value, argument.Name, MaxLengthOf(argument), errors);
            }
        }

        return errors;
    }

    private static void Declare(FieldType field, int max)
    {
        field.Metadata[MetadataKey] = max;
        field.Description = WithLimit(field.Description, max);
    }

    private static string WithLimit(string? description, int max) =>
        $"{description?.TrimEnd()} At most {max} characters.".TrimStart();

    private static void Walk(IGraphType type, object? value, string path, int? max, List<DomainError> errors)
    {
        if (value is null)
        {
            return;
        }

        switch (type)
        {
            case NonNullGraphType nonNull:
                Walk(nonNull.ResolvedType!, value, path, max, errors);
                break;
            case ListGraphType list when value is IEnumerable items and not string:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(list.ResolvedType!, item, $"{path}[{index++}]", max, errors);
                }

                break;
            case IInputObjectGraphType inputObject:
                foreach (var field in inputObject.Fields)
                {
                    Walk(field.ResolvedType!, FieldValue(value, field.Name), $"{path}.{field.Name}", MaxLengthOf(field), errors);
                }

                break;
            case not null when value is string text && max is { } limit && text.Length > limit:
                errors.Add(DomainError.Invalid(path, TooLong, limit));
                break;
        }
    }

    /// <summary>An input field's value in the object GraphQL.NET parsed (a dictionary, or a record whose property is the field's name).</summary>
    private static object? FieldValue(object value, string name)
    {
        if (value is IDictionary<string, object?> dictionary)
        {
            return dictionary.TryGetValue(name, out var fieldValue) ? fieldValue : null;
        }

        var property = Properties.GetOrAdd((value.GetType(), name), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
        return property is null
            ? throw new InvalidOperationException($"{value.GetType().Name} has no property for the input field {name}.")
            : property.GetValue(value);
    }
}
