using System.Diagnostics.CodeAnalysis;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Product;

/// <summary>
/// A direct SMS to one audience contact (<c>POST /channel/sms/sms/direct/{senderId}/{audienceId}[/{utmTerm}]</c>):
/// sender, recipient, text, like every family's SMS request.
/// </summary>
public sealed class ProductSmsRequest
{
    /// <summary>The sender id that means "the project's default sender".</summary>
    public const string DefaultSender = "default";

    /// <summary>Initializes an empty request (set <see cref="To"/> and <see cref="Text"/>).</summary>
    public ProductSmsRequest()
    {
    }

    /// <summary>Initializes a request with its sender, recipient and text.</summary>
    /// <param name="from">The sender id, or <see cref="DefaultSender"/>.</param>
    /// <param name="to">The audience contact id, or an E.164 phone number.</param>
    /// <param name="text">The message text.</param>
    [SetsRequiredMembers]
    public ProductSmsRequest(string from, string to, string text)
    {
        From = from;
        To = to;
        Text = text;
    }

    /// <summary>Gets the sender id (the <c>{senderId}</c> path segment), or <see cref="DefaultSender"/>.</summary>
    public string From { get; init; } = DefaultSender;

    /// <summary>Gets the recipient: the audience contact id, or an E.164 phone number (a contact is then created if needed).</summary>
    public required string To { get; init; }

    /// <summary>Gets the message text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets whether non-GSM characters may be sent (the message is then sent as Unicode).</summary>
    public bool? AllowUnicode { get; init; }

    /// <summary>Gets a tag (at most 40 characters) added to every downstream event of this message.</summary>
    public string? UtmTerm { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"ProductSmsRequest {{ From = {From}, To = {PiiMasker.Mask(To)}, Text = ({Text?.Length ?? 0} chars), UtmTerm = {UtmTerm} }}";
}
