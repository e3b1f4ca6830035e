namespace Instasent.Sdk.DependencyInjection;

/// <summary>Resolves named clients registered with <c>AddInstasentClient(name, ...)</c>, for example one per tenant.</summary>
public interface IInstasentClientFactory
{
    /// <summary>Gets the client registered under <paramref name="name"/>; the same instance on every call.</summary>
    /// <param name="name">The registration name; <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the default client.</param>
    /// <returns>The client.</returns>
    IInstasentClient CreateClient(string name);
}
