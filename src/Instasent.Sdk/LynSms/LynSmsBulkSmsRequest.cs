namespace Instasent.Sdk.LynSms;

/// <summary>
/// One text to many recipients with <c>POST /messages/bulk</c>. Any number of recipients may be given: the SDK sends
/// at most 1,000 per request (the documented cap) and reports one outcome per recipient, by its position. Not
/// serialized as such: each request carries the send fields and one batch of <see cref="Recipients"/>.
/// </summary>
public sealed record LynSmsBulkSmsRequest
{
    /// <summary>Initializes a new instance; set <see cref="From"/>, <see cref="Recipients"/> and <see cref="Body"/>.</summary>
    public LynSmsBulkSmsRequest()
    {
    }

    /// <summary>Initializes a new instance with the three required fields, in the SDK's send order.</summary>
    /// <param name="from">An approved sender id.</param>
    /// <param name="recipients">The recipients in E.164 form.</param>
    /// <param name="body">The text, up to 1,600 characters.</param>
    public LynSmsBulkSmsRequest(string from, IReadOnlyList<string> recipients, string body)
    {
        From = from;
        Recipients = recipients;
        Body = body;
    }

    /// <summary>Gets an approved sender id.</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>Gets the recipients in E.164 form.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Gets the text, up to 1,600 characters.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Gets a route to force; <see langword="null"/> lets LynSMS choose.</summary>
    public int? RouteId { get; init; }

    /// <summary>Gets a preferred provider.</summary>
    public LynSmsProvider? Provider { get; init; }

    /// <summary>Gets your own reference, sent with every request of the bulk.</summary>
    public string? Reference { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"LynSmsBulkSmsRequest {{ From = {From}, Recipients = {Recipients?.Count ?? 0}, BodyLength = {Body?.Length ?? 0} }}";
}
