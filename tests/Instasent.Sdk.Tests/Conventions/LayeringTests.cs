using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Conventions;

/// <summary>
/// The pipeline knows no family: only the composition root (<c>InstasentFamilies</c>, <c>InstasentClient</c>, the
/// dependency-injection extension) names both. A family can then be added, changed or removed without touching the pipeline.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] PipelineNamespaces =
    [
        "Instasent.Sdk.Http", "Instasent.Sdk.Errors", "Instasent.Sdk.Batching", "Instasent.Sdk.Paging",
        "Instasent.Sdk.Diagnostics", "Instasent.Sdk.Serialization", "Instasent.Sdk.Validation", "Instasent.Sdk.RateLimiting",
    ];

    /// <summary>The root namespace and dependency injection are the composition root; everything else is a family (or vendor-specific, as webhooks).</summary>
    private static readonly string[] CompositionRoot = ["Instasent.Sdk", "Instasent.Sdk.DependencyInjection"];

    private static readonly Assembly Sdk = typeof(InstasentClient).Assembly;

    private static IReadOnlyList<string> FamilyNamespaces() =>
        Sdk.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("Instasent.Sdk", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(3)))
            .Distinct()
            .Where(n => !PipelineNamespaces.Contains(n) && !CompositionRoot.Contains(n))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Test]
    public void The_families_are_found()
    {
        // Guards the two tests below against checking nothing.
        Assert.That(FamilyNamespaces(), Is.SupersetOf(new[] { "Instasent.Sdk.Hellio", "Instasent.Sdk.Ingest", "Instasent.Sdk.LynSms", "Instasent.Sdk.Product", "Instasent.Sdk.Transactional" }));
        Assert.That(PipelineFiles().Count(), Is.GreaterThan(50));
    }

    [Test]
    public void No_pipeline_source_file_names_a_family_namespace()
    {
        var family = new Regex(@"\b(" + string.Join('|', FamilyNamespaces().Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        var problems = new List<string>();
        foreach (var file in PipelineFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = StripComment(lines[i]);
                if (family.Match(code) is { Success: true } match)
                {
                    problems.Add($"{Path.GetRelativePath(RepositoryRoot(), file)}:{i + 1} names {match.Value}");
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void No_pipeline_type_has_a_family_type_in_its_signatures()
    {
        var families = FamilyNamespaces();
        var problems = new List<string>();
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in Sdk.GetTypes().Where(t => t.Namespace is { } n && PipelineNamespaces.Any(p => n == p || n.StartsWith(p + ".", StringComparison.Ordinal))))
        {
            var used = new List<Type?> { type.BaseType };
            used.AddRange(type.GetInterfaces());
            used.AddRange(type.GetFields(All).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                used.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo m)
                {
                    used.Add(m.ReturnType);
                }
            }

            foreach (var t in used.OfType<Type>().SelectMany(Flatten).Distinct())
            {
                if (t.Namespace is { } ns && families.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal)))
                {
                    problems.Add($"{type.FullName} uses {t.FullName}");
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<string> PipelineFiles() =>
        PipelineNamespaces
            .Select(n => Path.Combine([RepositoryRoot(), "src", "Instasent.Sdk", .. n.Split('.').Skip(2)]))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories));

    /// <summary>Comments may mention families (the "why" often does); code may not.</summary>
    private static string StripComment(string line)
    {
        var at = line.IndexOf("//", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir.FullName, "src", "Instasent.Sdk")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
