namespace Instasent.Sdk.Testing;

/// <summary>One message (per recipient) stored by the fake Hellio API, from an SMS campaign or an OTP.</summary>
/// <param name="Id">The numeric id.</param>
/// <param name="Reference">The reference (uuid).</param>
/// <param name="CampaignId">The campaign id, or <see langword="null"/> for an OTP.</param>
/// <param name="MobileNumber">The recipient.</param>
/// <param name="Sender">The sender id.</param>
/// <param name="Message">The text.</param>
/// <param name="Status">The status the fake reports.</param>
/// <param name="CreatedAt">When it was stored (server clock).</param>
public sealed record FakeHellioMessage(long Id, string Reference, long? CampaignId, string MobileNumber, string Sender, string Message, string Status, DateTimeOffset CreatedAt);
