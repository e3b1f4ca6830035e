using System.Reflection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>The model rules of issue 10 for the Legacy and Transactional families.</summary>
public sealed class SmsModelShapeTests
{
    private static readonly string[] Namespaces = ["Instasent.Sdk.Sms", "Instasent.Sdk.Legacy", "Instasent.Sdk.Transactional"];

    private static IEnumerable<Type> FamilyTypes =>
        typeof(InstasentClient).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace));

    [Test]
    public void No_public_type_is_a_positional_record()
    {
        // A positional record is the one kind of type that gets a compiler-made Deconstruct; adding a member to one
        // changes its constructor and Deconstruct and breaks every caller.
        var positional = FamilyTypes.Where(t => t.GetMethod("Deconstruct", BindingFlags.Public | BindingFlags.Instance) is not null).Select(t => t.FullName);

        Assert.That(positional, Is.Empty);
    }

    [Test]
    public void No_public_type_is_named_like_its_namespace()
    {
        var clashing = FamilyTypes.Where(t => t.Namespace!.Split('.')[^1] == t.Name).Select(t => t.FullName);

        Assert.That(clashing, Is.Empty);
    }

    [Test]
    public void Request_types_end_in_request()
    {
        var sends = typeof(Instasent.Sdk.Sms.IInstasentSmsClient).GetMethods()
            .SelectMany(m => m.GetParameters())
            .Select(p => p.ParameterType.IsGenericType ? p.ParameterType.GetGenericArguments()[0] : p.ParameterType)
            .Where(t => t.Namespace == "Instasent.Sdk.Sms" && t.IsClass)
            .Distinct()
            .Select(t => t.Name);

        Assert.That(sends, Is.Not.Empty.And.All.EndsWith("Request"));
    }
}
