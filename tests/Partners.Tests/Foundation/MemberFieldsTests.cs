using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;

namespace Partners.Tests.Foundation;

/// <summary>
/// Object types declare member fields with <see cref="MemberFields.Member{TSource, TProperty}(ObjectGraphType{TSource}, Expression{Func{TSource, TProperty}}, bool?)"/>:
/// the schema's build compiles no expression resolver, and such a field is declared and resolves as GraphQL.NET's
/// <c>Field(x => x.Member)</c> over the same member (the schema file, checked by <c>ContractTests</c>, is the same).
/// </summary>
public sealed class MemberFieldsTests
{
    [Fact]
    public void Building_the_schema_compiles_no_expression_resolver()
    {
        using var host = Partners.Api.PartnersHost.Build(["--environment", "Development"]);
        var schema = host.Services.GetRequiredService<PartnersSchema>();
        schema.Initialize();

        var fields = schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (Type: t.Name, Field: f))).ToList();
        var compiled = fields.Where(f => f.Field.Resolver?.GetType() is { IsGenericType: true } resolver
            && resolver.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>)).Select(f => $"{f.Type}.{f.Field.Name}");

        Assert.Empty(compiled);
        Assert.Contains(fields, f => f.Field.Resolver?.GetType() is { IsGenericType: true } resolver
            && resolver.GetGenericTypeDefinition() == typeof(MemberFields.LazyExpressionResolver<,>));
    }

    [Fact]
    public async Task A_member_field_is_declared_and_resolves_as_GraphQL_NET_s_own()
    {
        var ours = new SampleType(reference: false);
        var reference = new SampleType(reference: true);
        var source = new Sample("Bruxelles", null, 7);

        foreach (var theirs in reference.Fields)
        {
            var mine = ours.GetField(theirs.Name)!;
            Assert.Equal(theirs.Type, mine.Type);
            Assert.Equal(theirs.Description, mine.Description);
            Assert.Equal(theirs.Metadata, mine.Metadata);
            Assert.Equal(
                ((IRequiresResolveFieldContextAccessor)theirs.Resolver!).RequiresResolveFieldContextAccessor,
                ((IRequiresResolveFieldContextAccessor)mine.Resolver!).RequiresResolveFieldContextAccessor);
            var context = new ResolveFieldContext { Source = source };
            Assert.Equal(await theirs.Resolver!.ResolveAsync(context), await mine.Resolver!.ResolveAsync(context));
            Assert.Equal(await theirs.Resolver!.ResolveAsync(context), await mine.Resolver!.ResolveAsync(context)); // compiled once, then reused
        }

        Assert.Equal(4, ours.Fields.Count);
    }

    private sealed record Sample(string City, string? Street, int Count);

    private sealed class SampleType : ObjectGraphType<Sample>
    {
        public SampleType(bool reference)
        {
            if (reference)
            {
                Field(s => s.City);
                Field(s => s.Street, nullable: true);
                Field("total", s => s.Count);
                Field("doubled", s => s.Count * 2, nullable: false);
            }
            else
            {
                this.Member(s => s.City);
                this.Member(s => s.Street, nullable: true);
                this.Member("total", s => s.Count);
                this.Member("doubled", s => s.Count * 2, nullable: false);
            }
        }
    }
}
