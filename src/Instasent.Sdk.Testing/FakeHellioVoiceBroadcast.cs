namespace Instasent.Sdk.Testing;

/// <summary>A voice broadcast stored by the fake Hellio API.</summary>
/// <param name="Id">The numeric id.</param>
/// <param name="Recipients">The recipients.</param>
/// <param name="Text">The text to synthesise, if any.</param>
/// <param name="AudioUrl">The audio address, if any.</param>
/// <param name="Name">The label.</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> it was sent with, if any.</param>
public sealed record FakeHellioVoiceBroadcast(long Id, IReadOnlyList<string> Recipients, string? Text, string? AudioUrl, string? Name, string? IdempotencyKey);
