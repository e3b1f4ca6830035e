namespace Instasent.Sdk.Product;

/// <summary>What a direct SMS returned.</summary>
/// <param name="Sms">The created message.</param>
/// <param name="AudienceId">The audience id the message went to (useful when a phone number was given).</param>
/// <param name="AutoCreated">Whether the contact was created because a phone number was given.</param>
public sealed record DirectSmsResult(Instasent.Sdk.Sms.SmsMessage Sms, string? AudienceId, bool? AutoCreated);
