using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Readme;

/// <summary>README.md's C# blocks must be exactly the compiled regions of <see cref="ReadmeSnippets"/>, so neither can drift.</summary>
public sealed partial class ReadmeSnippetTests
{
    private const string SnippetFile = "tests/Instasent.Sdk.Tests/Readme/ReadmeSnippets.cs";

    [Test]
    public void Every_csharp_block_of_the_readme_is_a_compiled_snippet()
    {
        var root = RepositoryRoot();
        var readme = ReadmeBlocks(File.ReadAllLines(Path.Combine(root, "README.md")));
        var source = File.ReadAllLines(Path.Combine(root, SnippetFile));
        var regions = Regions(source);
        var compiledUsings = source.Select(l => l.Trim()).Where(l => UsingDirective().IsMatch(l)).ToHashSet(StringComparer.Ordinal);

        Assert.That(readme, Is.Not.Empty, "README.md has no ```csharp block: the extractor is broken");
        var problems = new List<string>();
        foreach (var block in readme)
        {
            if (block.Name is null)
            {
                problems.Add($"README.md line {block.Line}: ```csharp block has no '<!-- snippet: Name -->' line above it. " +
                    $"Add one, and a '#region snippet:Name' method with the same code in {SnippetFile}.");
                continue;
            }

            var body = block.Lines.SkipWhile(l => UsingDirective().IsMatch(l.Trim()) || l.Trim().Length == 0).ToList();
            foreach (var directive in block.Lines.Take(block.Lines.Count - body.Count).Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                if (!compiledUsings.Contains(directive))
                {
                    problems.Add($"README snippet '{block.Name}' (README.md line {block.Line}) starts with '{directive}', which {SnippetFile} does not have.");
                }
            }

            if (!regions.TryGetValue(block.Name, out var region))
            {
                problems.Add($"README snippet '{block.Name}' (README.md line {block.Line}) is missing: {SnippetFile} has no '#region snippet:{block.Name}'.");
                continue;
            }

            var difference = FirstDifference(Normalise(body), Normalise(region));
            if (difference is not null)
            {
                problems.Add($"README snippet '{block.Name}' (README.md line {block.Line}) differs from '#region snippet:{block.Name}' in {SnippetFile}: {difference}");
            }
        }

        foreach (var unused in regions.Keys.Except(readme.Select(b => b.Name).OfType<string>(), StringComparer.Ordinal))
        {
            problems.Add($"'#region snippet:{unused}' in {SnippetFile} is not used by README.md: add '<!-- snippet: {unused} -->' above its block, or delete the region.");
        }

        foreach (var duplicate in readme.Where(b => b.Name is not null).GroupBy(b => b.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"README.md uses snippet '{duplicate.Key}' {duplicate.Count()} times (lines {string.Join(", ", duplicate.Select(b => b.Line))}): give each block its own name.");
        }

        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
    }

    [Test]
    public void The_comparison_ignores_indentation_and_spacing_but_not_code()
    {
        string[] readme = ["var x = 1;   // one", "", "  Call(x);"];
        string[] compiled = ["        var x = 1; // one", "        Call(x);"];
        Assert.That(FirstDifference(Normalise(readme), Normalise(compiled)), Is.Null);
        Assert.That(FirstDifference(Normalise(readme), Normalise(["var x = 2; // one", "Call(x);"])), Does.Contain("line 1"));
        Assert.That(FirstDifference(Normalise(readme), Normalise(["var x = 1; // one"])), Does.Contain("README has more lines"));
    }

    [Test]
    public void The_extractor_finds_named_and_unnamed_blocks_and_regions()
    {
        string[] markdown =
        [
            "text", "<!-- snippet: First -->", "```csharp", "A();", "```", "```json", "{}", "```", "```csharp", "B();", "```",
        ];
        var blocks = ReadmeBlocks(markdown);
        Assert.That(blocks.Select(b => (b.Name, b.Line, string.Join("|", b.Lines))), Is.EqualTo(new[] { ("First", 3, "A();"), ((string?)null, 9, "B();") }));

        string[] source = ["class C {", "  #region snippet:First", "    A();", "  #endregion", "}"];
        Assert.That(Regions(source)["First"], Is.EqualTo(new[] { "    A();" }));
    }

    internal static IReadOnlyList<ReadmeBlock> ReadmeBlocks(IReadOnlyList<string> lines)
    {
        var blocks = new List<ReadmeBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!CSharpFence().IsMatch(lines[i]))
            {
                continue;
            }

            string? name = null;
            for (var j = i - 1; j >= 0; j--)
            {
                if (lines[j].Trim().Length == 0)
                {
                    continue;
                }

                var marker = SnippetMarker().Match(lines[j]);
                name = marker.Success ? marker.Groups["name"].Value : null;
                break;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Count && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            blocks.Add(new ReadmeBlock(name, i + 1, lines.Skip(start).Take(end - start).ToList()));
            i = end;
        }

        return blocks;
    }

    internal static Dictionary<string, IReadOnlyList<string>> Regions(IReadOnlyList<string> source)
    {
        var regions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < source.Count; i++)
        {
            var start = RegionStart().Match(source[i]);
            if (!start.Success)
            {
                continue;
            }

            var body = new List<string>();
            var j = i + 1;
            for (; j < source.Count && !source[j].Trim().StartsWith("#endregion", StringComparison.Ordinal); j++)
            {
                body.Add(source[j]);
            }

            Assert.That(j, Is.LessThan(source.Count), $"'#region snippet:{start.Groups["name"].Value}' in {SnippetFile} has no #endregion");
            Assert.That(regions.TryAdd(start.Groups["name"].Value, body), Is.True, $"'#region snippet:{start.Groups["name"].Value}' appears twice in {SnippetFile}");
            i = j;
        }

        return regions;
    }

    /// <summary>Trims every line, collapses runs of whitespace (aligned comments) and drops blank lines.</summary>
    internal static IReadOnlyList<string> Normalise(IEnumerable<string> lines) =>
        lines.Select(l => Whitespace().Replace(l.Trim(), " ")).Where(l => l.Length > 0).ToList();

    internal static string? FirstDifference(IReadOnlyList<string> readme, IReadOnlyList<string> compiled)
    {
        for (var i = 0; i < Math.Min(readme.Count, compiled.Count); i++)
        {
            if (!string.Equals(readme[i], compiled[i], StringComparison.Ordinal))
            {
                return new StringBuilder()
                    .Append("first difference at code line ").Append(i + 1).AppendLine(":")
                    .Append("  README:   ").AppendLine(readme[i])
                    .Append("  compiled: ").Append(compiled[i]).ToString();
            }
        }

        return readme.Count == compiled.Count
            ? null
            : readme.Count > compiled.Count
                ? $"README has more lines; first extra: '{readme[compiled.Count]}'"
                : $"the compiled region has more lines; first extra: '{compiled[readme.Count]}'";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && File.Exists(Path.Combine(dir.FullName, SnippetFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("README.md not found above " + TestContext.CurrentContext.TestDirectory);
    }

    internal sealed record ReadmeBlock(string? Name, int Line, IReadOnlyList<string> Lines);

    [GeneratedRegex(@"^\s*```\s*(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<name>[A-Za-z0-9_.-]+)\s*-->\s*$")]
    private static partial Regex SnippetMarker();

    [GeneratedRegex(@"^\s*#region\s+snippet:(?<name>[A-Za-z0-9_.-]+)\s*$")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^using\s+(static\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
