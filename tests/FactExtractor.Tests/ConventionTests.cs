using System;
using System.Linq;
using System.Reflection;
using FactExtractor.Pipeline;

namespace FactExtractor.Tests;

/// <summary>Rules every public type of the library keeps, checked by reflection so that new types keep them too.</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(FactPipeline).Assembly.GetExportedTypes();

    [Fact]
    public void No_public_type_is_named_like_its_namespace()
    {
        var offenders = PublicTypes.Where(t => t.Namespace is { } ns && ns.Split('.').Contains(t.Name)).Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_types_live_in_the_library_namespaces()
    {
        var offenders = PublicTypes.Where(t => t.Namespace is null || !t.Namespace.StartsWith("FactExtractor.", StringComparison.Ordinal)).Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_classes_are_sealed_abstract_or_static()
    {
        var offenders = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_structs_are_read_only()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_types_have_no_public_mutable_fields()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum)
                .Select(f => $"{t.FullName}.{f.Name}"));

        Assert.Empty(offenders);
    }
}
