using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Errors;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Conventions;

/// <summary>Reflection checks of the rules every public API of the shipped packages must follow.</summary>
public sealed class ApiConventionTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(InstasentClient).Assembly,
        typeof(Instasent.Sdk.Testing.InstasentFakeServer).Assembly,
        typeof(Instasent.Sdk.AspNetCore.InstasentWebhookEndpointRouteBuilderExtensions).Assembly,
    ];

    private static IEnumerable<Type> PublicTypes => Shipped.SelectMany(a => a.GetExportedTypes());

    [Test]
    public void Async_methods_end_in_Async_and_take_a_cancellation_token_last()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
            {
                var returns = method.ReturnType;
                var isAsync = typeof(Task).IsAssignableFrom(returns) || returns == typeof(ValueTask)
                    || (returns.IsGenericType && returns.GetGenericTypeDefinition() is var g && (g == typeof(ValueTask<>) || g == typeof(IAsyncEnumerable<>)));
                if (!isAsync || method.Name is "DisposeAsync" || typeof(IAsyncDisposable).IsAssignableFrom(type) && method.Name == "DisposeAsync")
                {
                    continue;
                }

                // Implementations of framework interfaces keep the framework's signature. AsPages follows Azure's
                // AsyncPageable.AsPages: it sends nothing itself, and its listing is cancelled by the token given to the
                // List…Async method that made the pageable (or by WithCancellation).
                if (IsFrameworkInterfaceImplementation(type, method)
                    || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InstasentPageable<>) && method.Name == nameof(InstasentPageable<int>.AsPages)))
                {
                    continue;
                }

                if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
                {
                    problems.Add($"{type.FullName}.{method.Name} returns {returns.Name} but does not end in Async");
                }

                var parameters = method.GetParameters();
                if (parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken))
                {
                    problems.Add($"{type.FullName}.{method.Name} does not take a CancellationToken as its last parameter");
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void No_public_api_exposes_http_request_or_response_messages()
    {
        var forbidden = new[] { typeof(HttpRequestMessage), typeof(HttpResponseMessage) };
        var problems = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var exposed = member switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => [],
                };
                foreach (var t in exposed)
                {
                    if (forbidden.Any(f => Mentions(t, f)))
                    {
                        problems.Add($"{type.FullName}.{member.Name} exposes {t.Name}");
                    }
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Every_model_property_has_an_explicit_json_name_and_every_model_is_in_a_serializer_context()
    {
        var registered = Shipped[0].GetTypes()
            .Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();
        var models = Shipped[0].GetExportedTypes().Where(IsModel).ToList();
        var problems = new List<string>();
        foreach (var model in models)
        {
            if (!registered.Contains(model))
            {
                problems.Add($"{model.FullName} is not in any JsonSerializerContext");
            }

            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonPropertyNameAttribute>() is null
                    && property.GetCustomAttribute<JsonExtensionDataAttribute>() is null
                    && property.GetCustomAttribute<JsonIgnoreAttribute>() is null
                    && property.Name != "EqualityContract")
                {
                    problems.Add($"{model.FullName}.{property.Name} has no [JsonPropertyName] (or [JsonIgnore] for a computed value)");
                }
            }
        }

        Assert.That(models, Has.Count.GreaterThan(10));
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Exceptions_never_show_a_token_or_the_response_body_in_message_or_to_string()
    {
        const string Secret = "tok_live_SECRET_987";
        var info = new InstasentErrorInfo
        {
            Operation = "Transactional.SendSms",
            StatusCode = 500,
            ErrorCode = "server_error",
            ApiMessage = "call +34600111222",
            RequestId = "req_1",
            ResponseBody = "{\"token\":\"" + Secret + "\"}",
        };
        var exceptionTypes = Shipped.SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        Assert.That(exceptionTypes, Has.Count.GreaterThan(10));
        foreach (var exported in exceptionTypes)
        {
            // Generic exceptions (InstasentBatchCanceledException<TResult>) are checked closed over a result type.
            var type = exported.IsGenericTypeDefinition ? exported.MakeGenericType(typeof(string)) : exported;
            var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var args = ctor.GetParameters().Select(p => Sample(p.ParameterType, info)).ToArray();
            var exception = (Exception)ctor.Invoke(args);
            var text = exception.ToString() + exception.Message + string.Join(",", exception.Data.Values.Cast<object?>());
            Assert.That(text, Does.Not.Contain(Secret), type.Name);
            Assert.That(text, Does.Not.Contain("600111222"), type.Name);
        }
    }

    private static object? Sample(Type type, InstasentErrorInfo info)
    {
        if (type == typeof(InstasentErrorInfo))
        {
            return info;
        }

        if (type == typeof(string))
        {
            return "Something failed";
        }

        if (type == typeof(Exception))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Sdk.Batching.BatchResult<>))
        {
            return Activator.CreateInstance(type, Array.CreateInstance(typeof(Sdk.Batching.BatchItemOutcome<>).MakeGenericType(type.GetGenericArguments()), 0), 0);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private static bool IsModel(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && !typeof(Exception).IsAssignableFrom(type)
        && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null);

    private static bool Mentions(Type candidate, Type forbidden) =>
        candidate == forbidden
        || (candidate.HasElementType && Mentions(candidate.GetElementType()!, forbidden))
        || (candidate.IsGenericType && candidate.GetGenericArguments().Any(a => Mentions(a, forbidden)));

    private static bool IsFrameworkInterfaceImplementation(Type type, MethodInfo method) =>
        !type.IsInterface && type.GetInterfaces()
            .Where(i => i.Assembly != type.Assembly && !Shipped.Contains(i.Assembly))
            .Any(i => type.GetInterfaceMap(i).TargetMethods.Contains(method));
}
