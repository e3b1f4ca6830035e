namespace Instasent.Sdk.Testing;

/// <summary>An SMS campaign stored by the fake Hellio API (one accepted <c>POST /sms/send</c>).</summary>
/// <param name="Id">The numeric campaign id.</param>
/// <param name="Reference">The campaign reference (uuid).</param>
/// <param name="Sender">The sender id.</param>
/// <param name="Message">The text.</param>
/// <param name="Recipients">The accepted recipients.</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> it was sent with, if any.</param>
/// <param name="CreatedAt">When it was stored (server clock).</param>
public sealed record FakeHellioCampaign(long Id, string Reference, string Sender, string Message, IReadOnlyList<string> Recipients, string? IdempotencyKey, DateTimeOffset CreatedAt);
