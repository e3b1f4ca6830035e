using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Product;

/// <summary>A direct SMS to one audience contact (<c>POST /channel/sms/sms/direct/{senderId}/{audienceId}[/{utmTerm}]</c>).</summary>
/// <param name="AudienceId">The audience contact id, or an E.164 phone number (a contact is then created if needed).</param>
/// <param name="Text">The message text.</param>
public sealed record DirectSms(string AudienceId, string Text)
{
    /// <summary>The sender id that means "the project's default sender".</summary>
    public const string DefaultSender = "default";

    /// <summary>Gets the sender id, or <see cref="DefaultSender"/>.</summary>
    public string SenderId { get; init; } = DefaultSender;

    /// <summary>Gets whether non-GSM characters may be sent (the message is then sent as Unicode).</summary>
    public bool? AllowUnicode { get; init; }

    /// <summary>Gets a tag (at most 40 characters) added to every downstream event of this message.</summary>
    public string? UtmTerm { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"DirectSms {{ SenderId = {SenderId}, AudienceId = {PiiMasker.Mask(AudienceId)}, Text = ({Text?.Length ?? 0} chars), UtmTerm = {UtmTerm} }}";
}
