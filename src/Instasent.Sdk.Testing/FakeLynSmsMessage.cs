namespace Instasent.Sdk.Testing;

/// <summary>A message stored by the fake LynSMS API.</summary>
/// <param name="Id">The id the fake assigned (<c>msg_…</c>).</param>
/// <param name="From">The sender id.</param>
/// <param name="To">The recipient.</param>
/// <param name="Body">The text.</param>
/// <param name="Reference">The client reference, if any.</param>
/// <param name="Provider">The provider (<c>twilio</c> unless the request asked for another).</param>
/// <param name="ViaBulk">Whether it came through <c>/messages/bulk</c>.</param>
/// <param name="CreatedAt">When it was stored (server clock).</param>
public sealed record FakeLynSmsMessage(string Id, string From, string To, string Body, string? Reference, string Provider, bool ViaBulk, DateTimeOffset CreatedAt);
