using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Instasent.Sdk.Product;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Product;

/// <summary>The issue 10 rules, checked by reflection over the Product surface.</summary>
public sealed class ProductSurfaceTests
{
    private static readonly Type[] SubClients = typeof(IProductClient).GetProperties().Select(p => p.PropertyType).ToArray();

    private static IEnumerable<MethodInfo> Operations => SubClients.SelectMany(t => t.GetMethods());

    [Test]
    public void The_product_client_is_split_into_sub_clients_that_hold_every_operation()
    {
        Assert.That(typeof(IProductClient).GetMethods().Where(m => !m.IsSpecialName), Is.Empty);
        Assert.That(SubClients.Select(t => t.Name), Is.EquivalentTo(new[]
        {
            nameof(IProductProjectClient), nameof(IProductAudienceClient), nameof(IProductEventsClient),
            nameof(IProductSegmentsClient), nameof(IProductCampaignsClient), nameof(IProductMessagingClient),
        }));
        Assert.That(Operations.Count(), Is.EqualTo(41), "40 operations, one with a convenience overload");
    }

    [Test]
    public void Every_operation_ends_with_request_options_and_a_cancellation_token()
    {
        var problems = Operations
            .Where(m => m.GetParameters() is var p && (p.Length < 2 || p[^2].ParameterType != typeof(InstasentRequestOptions) || p[^1].ParameterType != typeof(CancellationToken)))
            .Select(m => m.DeclaringType!.Name + "." + m.Name);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void List_means_pageable_and_pageables_are_named_List()
    {
        var problems = Operations
            .Where(m => m.Name.StartsWith("List", StringComparison.Ordinal) != (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(InstasentPageable<>)))
            .Select(m => m.DeclaringType!.Name + "." + m.Name);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void No_product_type_is_a_positional_record_and_no_response_nests_a_value()
    {
        var types = typeof(IProductClient).Assembly.GetExportedTypes().Where(t => t.Namespace?.StartsWith("Instasent.Sdk.Product", StringComparison.Ordinal) == true).ToList();
        // A positional record is the only kind of type the compiler gives a Deconstruct method.
        var positional = types.Where(t => t.GetMethod("Deconstruct") is not null);
        var nested = Operations.Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericArguments()[0] is { IsGenericType: true } inner
            && inner.GetGenericTypeDefinition() == typeof(InstasentResponse<>) && inner.GetGenericArguments()[0].GetProperty("Value") is not null && !inner.GetGenericArguments()[0].IsValueType);

        Assert.That(typeof(Instasent.Sdk.Testing.RecordedRequest).GetMethod("Deconstruct"), Is.Not.Null, "the check recognises a positional record");
        Assert.That(positional.Select(t => t.Name), Is.Empty);
        Assert.That(nested.Select(m => m.Name), Is.Empty);
        Assert.That(types.Select(t => t.Name), Has.None.AnyOf("ProductList`1", "ProductResult`1", "ScrollPage`1", "ProductMetadata", "SmsSenderList", "DirectSms"));
    }

    [Test]
    public void Guessed_endpoints_are_experimental_with_the_product_diagnostic_id()
    {
        var experimental = Operations.Where(m => m.GetCustomAttribute<ExperimentalAttribute>() is not null).ToList();

        Assert.That(experimental.Select(m => m.Name), Is.EquivalentTo(new[] { nameof(IProductAudienceClient.AggregateAsync), nameof(IProductEventsClient.GetContactEventsAsync) }));
        Assert.That(experimental.Select(m => m.GetCustomAttribute<ExperimentalAttribute>()!.DiagnosticId), Is.All.EqualTo("INSTASENT0004"));
    }
}
