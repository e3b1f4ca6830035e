namespace Instasent.Sdk.LynSms;

/// <summary>
/// One text to many recipients with <c>POST /messages/bulk</c>. Any number of recipients may be given: the SDK sends
/// at most 1,000 per request (the documented cap) and reports one outcome per recipient, by its position.
/// </summary>
/// <param name="From">An approved sender id.</param>
/// <param name="Body">The text, up to 1,600 characters.</param>
/// <param name="Recipients">The recipients in E.164 form.</param>
public sealed record LynSmsBulkRequest(string From, string Body, IReadOnlyList<string> Recipients)
{
    /// <summary>Gets a route to force; <see langword="null"/> lets LynSMS choose.</summary>
    public int? RouteId { get; init; }

    /// <summary>Gets a preferred provider.</summary>
    public LynSmsProvider? Provider { get; init; }

    /// <summary>Gets your own reference, sent with every request of the bulk.</summary>
    public string? Reference { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"LynSmsBulkRequest {{ From = {From}, Recipients = {Recipients?.Count ?? 0}, BodyLength = {Body?.Length ?? 0} }}";
}
