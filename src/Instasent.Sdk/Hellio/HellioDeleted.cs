namespace Instasent.Sdk.Hellio;

/// <summary>The result of a delete; Hellio answers with an empty body, so this only echoes the id that was removed.</summary>
/// <param name="Id">The id of the removed object.</param>
public sealed record HellioDeleted(string Id);
