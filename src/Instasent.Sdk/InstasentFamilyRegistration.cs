using Instasent.Sdk.Http;

namespace Instasent.Sdk;

/// <summary>One line of <see cref="InstasentFamilies"/>: a family's pipeline descriptor and its client on the facade.</summary>
internal sealed class InstasentFamilyRegistration
{
    private InstasentFamilyRegistration(InstasentFamily family, Type clientType, Func<IInstasentClient, object> selectClient)
    {
        Family = family;
        ClientType = clientType;
        SelectClient = selectClient;
    }

    /// <summary>Gets what the pipeline knows of the family.</summary>
    public InstasentFamily Family { get; }

    /// <summary>Gets the family's client interface, registered in dependency injection for every client name.</summary>
    public Type ClientType { get; }

    /// <summary>Gets the family's client of a facade (one instance per facade, so per client name).</summary>
    public Func<IInstasentClient, object> SelectClient { get; }

    /// <summary>Creates a registration; the type argument is the service type applications inject.</summary>
    public static InstasentFamilyRegistration For<TClient>(InstasentFamily family, Func<IInstasentClient, TClient> selectClient)
        where TClient : class =>
        new(family, typeof(TClient), c => selectClient(c));
}
