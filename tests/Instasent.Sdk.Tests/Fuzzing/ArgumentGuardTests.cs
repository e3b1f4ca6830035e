using System.Reflection;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Fuzzing;

/// <summary>
/// Reflection sweep over every public client method reachable from <see cref="IInstasentClient"/>: a null or empty
/// argument where none is allowed must fail with an <see cref="ArgumentException"/> naming a parameter, before any
/// request leaves. New families are covered automatically.
/// </summary>
public sealed class ArgumentGuardTests : FakeServerFixture
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Test]
    public async Task Null_and_empty_arguments_fail_before_sending()
    {
        var client = CreateClient();
        var checkedCalls = 0;
        foreach (var (target, method) in ClientMethods(client))
        {
            var parameters = method.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var bad in BadValues(parameters[i]))
                {
                    var args = parameters.Select((p, j) => j == i ? bad : GoodValue(p)).ToArray();
                    var before = Server.RequestCount;
                    var ex = await CaptureAsync(() => method.Invoke(target, args));

                    Assert.That(ex, Is.InstanceOf<ArgumentException>(), $"{method.DeclaringType!.Name}.{method.Name}({parameters[i].Name} = {Show(bad)}) threw {ex?.GetType().Name ?? "nothing"}");
                    Assert.That(((ArgumentException)ex!).ParamName, Is.Not.Null.And.Not.Empty, $"{method.Name}: the exception names the field");
                    Assert.That(Server.RequestCount, Is.EqualTo(before), $"{method.Name}: nothing was sent");
                    checkedCalls++;
                }
            }
        }

        Assert.That(checkedCalls, Is.GreaterThan(10));
    }

    private static IEnumerable<(object Target, MethodInfo Method)> ClientMethods(IInstasentClient client)
    {
        foreach (var family in typeof(IInstasentClient).GetProperties())
        {
            var familyClient = family.GetValue(client)!;
            foreach (var type in new[] { family.PropertyType }.Concat(family.PropertyType.GetInterfaces()))
            {
                foreach (var method in type.GetMethods().Where(m => !m.IsSpecialName && m.GetParameters().Length > 0))
                {
                    yield return (familyClient, method);
                }
            }
        }
    }

    private static IEnumerable<object?> BadValues(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type.IsValueType || parameter.HasDefaultValue && parameter.DefaultValue is null)
        {
            yield break;
        }

        if (Nullability.Create(parameter).WriteState == NullabilityState.Nullable)
        {
            yield break;
        }

        yield return null;
        if (type == typeof(string))
        {
            yield return string.Empty;
        }
    }

    private static object? GoodValue(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        if (type == typeof(string))
        {
            return "+34600111222";
        }

        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        return type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type) : null;
    }

    private static async Task<Exception?> CaptureAsync(Func<object?> invoke)
    {
        try
        {
            var result = invoke();
            switch (result)
            {
                case Task task:
                    await task;
                    break;
                case { } enumerable when enumerable.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)):
                    var getEnumerator = enumerable.GetType().GetMethod("GetAsyncEnumerator")!;
                    var enumerator = (IAsyncDisposable)getEnumerator.Invoke(enumerable, [CancellationToken.None])!;
                    await ((ValueTask<bool>)enumerator.GetType().GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!);
                    break;
            }

            return null;
        }
        catch (TargetInvocationException ex)
        {
            return ex.InnerException;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static string Show(object? value) => value switch { null => "null", "" => "\"\"", _ => value.ToString()! };
}
