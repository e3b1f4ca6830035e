using System.Text.Json;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Conventions;

/// <summary>
/// A net8.0 app that references the SDK must not be moved onto 10.x Microsoft.Extensions packages: the net8.0 build of
/// each shipped package resolves the 8.x packages the runtime ships with (the dotnet/extensions packages, such as
/// Http.Resilience, are on their own 9.x line and themselves need only 8.x). The net10.0 build keeps 10.x. Read from
/// the restore output of each shipped project, which every build of this test project produces.
/// </summary>
public sealed class DependencyVersionTests
{
    /// <summary>Packages built in dotnet/runtime (and aspnetcore): their major version follows the framework's.</summary>
    private static readonly string[] FrameworkBand =
    [
        "Microsoft.Extensions.Http",
        "Microsoft.Extensions.Options",
        "Microsoft.Extensions.Options.ConfigurationExtensions",
        "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.Configuration.Abstractions",
        "Microsoft.Extensions.Configuration.Binder",
        "Microsoft.Extensions.Logging",
        "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.Logging.Configuration",
        "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.DependencyInjection.Abstractions",
        "Microsoft.Extensions.Diagnostics",
        "Microsoft.Extensions.Diagnostics.Abstractions",
        "Microsoft.Extensions.Primitives",
        "Microsoft.Extensions.Hosting.Abstractions",
        "Microsoft.Extensions.ObjectPool",
    ];

    private static IEnumerable<string> ShippedProjects() => ["Instasent.Sdk", "Instasent.Sdk.AspNetCore", "Instasent.Sdk.Testing"];

    [TestCaseSource(nameof(ShippedProjects))]
    public void The_net8_build_depends_on_8x_framework_packages_only(string project)
    {
        var packages = ResolvedPackages(project, "net8.0");

        // Packages the ASP.NET Core shared framework already carries are pruned from the web packages' graph.
        Assert.That(packages, Does.ContainKey("Microsoft.Extensions.Http.Resilience"));
        var tooNew = packages.Where(p => FrameworkBand.Contains(p.Key, StringComparer.OrdinalIgnoreCase) && p.Value.Major != 8).Select(p => $"{p.Key} {p.Value}").ToList();
        Assert.That(tooNew, Is.Empty, "a net8.0 app referencing the SDK would be moved onto these");
        // Refit's own dependency (System.Net.ServerSentEvents) is Refit's choice, not the SDK's.
        var tenX = packages.Where(p => p.Key.StartsWith("Microsoft.Extensions.", StringComparison.OrdinalIgnoreCase) && p.Value.Major >= 10).Select(p => $"{p.Key} {p.Value}").ToList();
        Assert.That(tenX, Is.Empty);
    }

    [Test]
    public void The_net10_build_keeps_the_10x_packages()
    {
        var packages = ResolvedPackages("Instasent.Sdk", "net10.0");

        Assert.That(packages["Microsoft.Extensions.Http"].Major, Is.EqualTo(10));
        Assert.That(packages["Microsoft.Extensions.Http.Resilience"].Major, Is.EqualTo(10));
    }

    private static Dictionary<string, Version> ResolvedPackages(string project, string framework)
    {
        var assets = Path.Combine(RepositoryRoot(), "src", project, "obj", "project.assets.json");
        Assert.That(File.Exists(assets), Is.True, $"{assets} is written by restore");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var target = document.RootElement.GetProperty("targets").EnumerateObject().Single(t => t.Name == framework);
        var packages = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in target.Value.EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
            var version = library.Name[(slash + 1)..].Split('-')[0];
            packages[library.Name[..slash]] = Version.Parse(version);
        }

        return packages;
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
