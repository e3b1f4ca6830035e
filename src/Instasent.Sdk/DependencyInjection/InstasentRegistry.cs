namespace Instasent.Sdk.DependencyInjection;

/// <summary>
/// The names registered with <c>AddInstasentClient</c>, so the factory can say clearly when a name is unknown, and which of
/// them have a token provider (start-up validation then requires no configured token).
/// </summary>
internal sealed class InstasentRegistry
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> withTokenProvider = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        lock (names)
        {
            names.Add(name);
        }
    }

    public void AddTokenProvider(string name)
    {
        lock (names)
        {
            withTokenProvider.Add(name);
        }
    }

    public bool HasTokenProvider(string name)
    {
        lock (names)
        {
            return withTokenProvider.Contains(name);
        }
    }

    public bool Contains(string name)
    {
        lock (names)
        {
            return names.Contains(name);
        }
    }
}
