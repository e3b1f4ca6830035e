namespace Instasent.Sdk.Hellio;

/// <summary>The result of a delete; Hellio answers with an empty body, so this only echoes the id that was removed.</summary>
public sealed record HellioDeleted
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="id">The id of the removed object.</param>
    public HellioDeleted(string id)
    {
        Id = id;
    }

    /// <summary>Gets the id of the removed object.</summary>
    public string Id { get; init; }
}
