namespace Instasent.Sdk.Testing;

/// <summary>An SMS stored by the fake Legacy/Transactional API.</summary>
/// <param name="Id">The id the fake assigned.</param>
/// <param name="Family">Which API received it: <c>Legacy</c> or <c>Transactional</c>.</param>
/// <param name="From">The sender id.</param>
/// <param name="To">The recipient.</param>
/// <param name="Text">The text.</param>
/// <param name="ClientId">The client reference.</param>
/// <param name="AllowUnicode">The Unicode flag.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record FakeSms(string Id, string Family, string From, string To, string Text, string? ClientId, bool? AllowUnicode, DateTimeOffset CreatedAt);
