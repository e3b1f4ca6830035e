namespace Instasent.Sdk.DependencyInjection;

/// <summary>The names registered with <c>AddInstasentClient</c>, so the factory can say clearly when a name is unknown.</summary>
internal sealed class InstasentRegistry
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        lock (names)
        {
            names.Add(name);
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
