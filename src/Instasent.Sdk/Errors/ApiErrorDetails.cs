namespace Instasent.Sdk.Errors;

/// <summary>What an error body said, read leniently from whatever shape the family uses.</summary>
internal sealed record ApiErrorDetails
{
    /// <summary>Gets the machine code (<c>error.code</c> on LynSMS, <c>error</c> on Hellio).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the error type (<c>error.type</c> on LynSMS).</summary>
    public string? ErrorType { get; init; }

    /// <summary>Gets the human message of the API.</summary>
    public string? Message { get; init; }

    /// <summary>Gets a request id found in the body (for example <c>meta.request_id</c>).</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets field errors (<c>errors: { field: [messages] }</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; init; } = EmptyFieldErrors;

    /// <summary>Gets further scalar members worth keeping (for example Hellio's <c>period</c> and <c>traffic_type</c>).</summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = EmptyExtras;

    internal static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyFieldErrors = new Dictionary<string, IReadOnlyList<string>>();

    internal static readonly IReadOnlyDictionary<string, string> EmptyExtras = new Dictionary<string, string>();

    // Declared after the empty collections on purpose: static initialisers run in text order, and declared first it
    // captured null FieldErrors/Extras (any unreadable error body then surfaced as a NullReferenceException).
    public static readonly ApiErrorDetails Empty = new();
}
