namespace Instasent.Sdk.Product;

/// <summary>What a direct SMS (<see cref="IProductMessagingClient.SendSmsAsync(ProductSmsRequest, string?, InstasentRequestOptions?, CancellationToken)"/>) returned.</summary>
public sealed class DirectSmsResult
{
    /// <summary>Gets the created message.</summary>
    public required Instasent.Sdk.Sms.SmsMessage Sms { get; init; }

    /// <summary>Gets the audience id the message went to (useful when a phone number was given), from <c>metadata.audienceId</c>.</summary>
    public string? AudienceId { get; init; }

    /// <summary>Gets whether the contact was created because a phone number was given, from <c>metadata.autoCreated</c>.</summary>
    public bool? AutoCreated { get; init; }
}
