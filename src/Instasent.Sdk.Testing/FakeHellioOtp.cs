namespace Instasent.Sdk.Testing;

/// <summary>An OTP issued by the fake Hellio API; tests read <see cref="Code"/> to verify it.</summary>
/// <param name="Reference">The reference of the message it spawned.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Destination">The phone number or e-mail address.</param>
/// <param name="Code">The code.</param>
/// <param name="ExpiresAt">When it expires (server clock).</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> it was sent with, if any.</param>
public sealed record FakeHellioOtp(string Reference, string Channel, string Destination, string Code, DateTimeOffset ExpiresAt, string? IdempotencyKey);
