namespace Instasent.Sdk.Testing;

/// <summary>A segment of the fake: a name and a predicate over contacts (dynamic segments also get the <c>parameter</c>).</summary>
/// <param name="ProjectId">The project UID.</param>
/// <param name="Uid">The segment UID.</param>
/// <param name="Name">The name.</param>
/// <param name="Type">The type (<c>static</c> or <c>dynamic</c>).</param>
/// <param name="Matches">Whether a contact belongs to it, given the request's <c>parameter</c>.</param>
public sealed record FakeSegment(string ProjectId, string Uid, string Name, string Type, Func<FakeContact, string?, bool> Matches);
