using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Conventions;

/// <summary>
/// The one vocabulary of issue 10 on the public surface of Instasent.Sdk: the same verbs in every family, <c>List…</c>
/// always pageable, per-call options before the cancellation token, no positional public records, no type named like
/// its namespace. Each failure names the member and says the rule, so a new family learns the rules from the test.
/// </summary>
public sealed class VocabularyConventionTests
{
    /// <summary>CRUD verbs first; domain verbs only where none of those fits.</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "Send", "Get", "List", "Create", "Update", "Delete",
        "Verify", "Search", "Upsert", "Append", "Subscribe", "Unsubscribe", "Aggregate", "Issue", "Revoke", "Rotate",
        "Rent", "Release", "Simulate", "Check",
    };

    private static readonly Assembly Sdk = typeof(InstasentClient).Assembly;

    private static IEnumerable<Type> PublicTypes => Sdk.GetExportedTypes();

    /// <summary>
    /// The family client interfaces: public <c>I…Client</c> interfaces outside the root namespace and dependency
    /// injection (<see cref="IInstasentClient"/> is the facade, <c>IInstasentClientFactory</c> resolves it).
    /// </summary>
    private static IEnumerable<Type> FamilyClientInterfaces => PublicTypes.Where(t =>
        t.IsInterface
        && t.Name.StartsWith('I') && t.Name.EndsWith("Client", StringComparison.Ordinal)
        && t.Namespace != "Instasent.Sdk" && t.Namespace != "Instasent.Sdk.DependencyInjection");

    private static IEnumerable<(Type Type, MethodInfo Method)> Operations =>
        FamilyClientInterfaces.SelectMany(t => t.GetMethods().Where(m => !m.IsSpecialName && IsOperation(m.ReturnType)).Select(m => (t, m)));

    [Test]
    public void The_family_clients_are_found()
    {
        // Guards the operation rules below against checking nothing.
        Assert.That(FamilyClientInterfaces.Select(t => t.Name), Is.SupersetOf(new[] { "ITransactionalClient", "ILegacyClient", "IProductClient", "IIngestClient", "ILynSmsClient", "IHellioClient" }));
        Assert.That(Operations.Count(), Is.GreaterThan(50));
    }

    [Test]
    public void Operations_start_with_an_allowed_verb()
    {
        var problems = Operations
            .Where(o => !Verbs.Contains(LeadingWord(o.Method.Name)))
            .Select(o => $"{Name(o)}: '{LeadingWord(o.Method.Name)}' is not an allowed verb ({string.Join(", ", Verbs)})")
            // The verb names what it acts on, so the same operation has the same name everywhere (SendSmsAsync, not SendAsync).
            .Concat(Operations
                .Where(o => o.Method.Name == LeadingWord(o.Method.Name) + "Async" || o.Method.Name == LeadingWord(o.Method.Name) + "BulkAsync")
                .Select(o => $"{Name(o)}: the verb needs its object (SendSmsAsync, SendBulkSmsAsync, GetBalanceAsync)"))
            .Distinct()
            .ToList();

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Operations_take_request_options_then_the_cancellation_token_last()
    {
        var nullability = new NullabilityInfoContext();
        var problems = new List<string>();
        foreach (var operation in Operations)
        {
            var parameters = operation.Method.GetParameters();
            var ok = parameters.Length >= 2
                && parameters[^1].ParameterType == typeof(CancellationToken)
                && parameters[^2] is { Name: "requestOptions", IsOptional: true } options
                && options.ParameterType == typeof(InstasentRequestOptions)
                && options.DefaultValue is null
                && nullability.Create(options).WriteState == NullabilityState.Nullable;
            if (!ok)
            {
                problems.Add($"{Name(operation)}: must end with (InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)");
            }
        }

        Assert.That(problems.Distinct(), Is.Empty, string.Join("\n", problems.Distinct()));
    }

    [Test]
    public void List_methods_return_the_pageable_and_only_they_do()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypes.Where(t => !IsPageableType(t)))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
            {
                var named = method.Name.StartsWith("List", StringComparison.Ordinal) && method.Name.EndsWith("Async", StringComparison.Ordinal);
                var pageable = IsPageable(method.ReturnType);
                if (named && !pageable)
                {
                    problems.Add($"{type.FullName}.{method.Name} returns {Pretty(method.ReturnType)}: a List…Async method returns InstasentPageable<T>");
                }
                else if (pageable && !named)
                {
                    problems.Add($"{type.FullName}.{method.Name} returns InstasentPageable<T>: name it List…Async");
                }
            }
        }

        Assert.That(problems.Distinct(), Is.Empty, string.Join("\n", problems.Distinct()));
    }

    [Test]
    public void There_are_no_page_methods()
    {
        var page = new Regex("^Get[A-Za-z]*Pages?Async$", RegexOptions.CultureInvariant);
        var problems = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => (t, m)))
            .Where(x => page.IsMatch(x.m.Name))
            .Select(x => $"{x.t.FullName}.{x.m.Name}: a page is InstasentPageable<T>.AsPages(continuationToken, pageSizeHint) of the List…Async method")
            .Distinct()
            .ToList();

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void No_public_type_is_a_positional_record()
    {
        // The detector must see a positional record, or this test could never fail.
        Assert.That(IsPositionalRecord(typeof(PositionalSample)), Is.True);
        Assert.That(IsPositionalRecord(typeof(PositionalStructSample)), Is.True);
        Assert.That(IsPositionalRecord(typeof(InitSample)), Is.False);

        var problems = PublicTypes
            .Where(IsPositionalRecord)
            .Select(t => $"{t.FullName}: a positional record; use init properties (an explicit constructor is fine) so adding a field does not break callers")
            .ToList();

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void No_public_type_is_named_like_its_namespace()
    {
        var problems = PublicTypes
            .Where(t => t.Namespace is { } ns && ns.Split('.')[^1] == Regex.Replace(t.Name, "`\\d+$", string.Empty))
            .Select(t => $"{t.FullName}: named like its namespace")
            .ToList();

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    /// <summary>
    /// A primary constructor on a record makes the compiler generate <c>Deconstruct</c> (marked compiler-generated);
    /// an explicit constructor does not.
    /// </summary>
    private static bool IsPositionalRecord(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Any(m => m.Name == "Deconstruct" && m.GetCustomAttribute<CompilerGeneratedAttribute>() is not null);

    private static bool IsOperation(Type returns) =>
        returns == typeof(Task) || returns == typeof(ValueTask)
        || (returns.IsGenericType && returns.GetGenericTypeDefinition() is var g
            && (g == typeof(Task<>) || g == typeof(ValueTask<>) || g == typeof(IAsyncEnumerable<>) || g == typeof(InstasentPageable<>)));

    private static bool IsPageable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InstasentPageable<>);

    private static bool IsPageableType(Type type) =>
        type.IsGenericTypeDefinition && (type == typeof(InstasentPageable<>) || type == typeof(InstasentPage<>));

    private static string LeadingWord(string name) => Regex.Match(name, "^[A-Z][a-z0-9]*").Value;

    private static string Name((Type Type, MethodInfo Method) operation) =>
        $"{operation.Method.DeclaringType?.FullName ?? operation.Type.FullName}.{operation.Method.Name}";

    private static string Pretty(Type type) =>
        type.IsGenericType ? $"{Regex.Replace(type.Name, "`\\d+$", string.Empty)}<{string.Join(", ", type.GetGenericArguments().Select(Pretty))}>" : type.Name;

    private sealed record PositionalSample(int A);

    private readonly record struct PositionalStructSample(int A);

    private sealed record InitSample
    {
        public InitSample(int a) => A = a;

        public int A { get; init; }
    }
}
