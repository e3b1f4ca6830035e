using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Legacy;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.DependencyInjection;

/// <summary>Family clients are services of their own, for the default client and keyed by client name.</summary>
public sealed class FamilyClientInjectionTests : FakeServerFixture
{
    private static readonly Func<IInstasentClient, object>[] Families =
    [
        c => c.Legacy, c => c.Transactional, c => c.Product, c => c.Ingest, c => c.LynSms, c => c.Hellio,
    ];

    private static readonly Type[] FamilyTypes =
    [
        typeof(ILegacyClient), typeof(ITransactionalClient), typeof(IProductClient), typeof(IIngestClient), typeof(ILynSmsClient), typeof(IHellioClient),
    ];

    [Test]
    public void Every_family_client_of_the_default_client_is_injectable()
    {
        var provider = CreateProvider();
        var facade = provider.GetRequiredService<IInstasentClient>();

        for (var i = 0; i < FamilyTypes.Length; i++)
        {
            Assert.That(provider.GetRequiredService(FamilyTypes[i]), Is.SameAs(Families[i](facade)), FamilyTypes[i].Name);
            Assert.That(provider.GetRequiredKeyedService(FamilyTypes[i], Microsoft.Extensions.Options.Options.DefaultName), Is.SameAs(Families[i](facade)), FamilyTypes[i].Name);
        }
    }

    [Test]
    public void Family_clients_are_keyed_by_client_name_and_use_that_clients_settings()
    {
        // A second registration after the default one: its own name, its own token.
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddInstasentClient(o => TestClients.Copy(Server.CreateClientOptions("tok-default"), o));
        services.AddInstasentClient("tenant-a", o => TestClients.Copy(Server.CreateClientOptions("tok-tenant-a"), o));
        services.AddSingleton<TenantService>();
        var sp = services.BuildServiceProvider();
        Track(sp);
        var tenant = sp.GetRequiredService<IInstasentClientFactory>().CreateClient("tenant-a");

        for (var i = 0; i < FamilyTypes.Length; i++)
        {
            var keyed = sp.GetRequiredKeyedService(FamilyTypes[i], "tenant-a");
            Assert.That(keyed, Is.SameAs(Families[i](tenant)), FamilyTypes[i].Name);
            Assert.That(keyed, Is.Not.SameAs(sp.GetRequiredService(FamilyTypes[i])), FamilyTypes[i].Name);
        }

        var injected = sp.GetRequiredService<TenantService>();
        Assert.CatchAsync<InstasentNotFoundException>(() => injected.Sms.GetSmsAsync("sms-missing"));
        Assert.That(Server.Requests.Single().BearerToken, Is.EqualTo("tok-tenant-a"));
    }

    [Test]
    public void Every_registered_family_is_injectable()
    {
        // One registration line per family: a family added to InstasentFamilies is injectable without more code.
        var provider = CreateProvider();
        foreach (var registration in InstasentFamilies.Registrations)
        {
            Assert.That(provider.GetService(registration.ClientType), Is.Not.Null, registration.ClientType.Name);
        }

        Assert.That(InstasentFamilies.Registrations.Select(r => r.ClientType), Is.EquivalentTo(FamilyTypes));
    }

    private sealed class TenantService([FromKeyedServices("tenant-a")] ITransactionalClient sms)
    {
        public ITransactionalClient Sms { get; } = sms;
    }
}
