namespace Instasent.Sdk.Http;

/// <summary>
/// Static metadata of one endpoint. The retry decision is made per operation rather than per HTTP method,
/// so a family declares here which POSTs are safe to repeat; the pipeline itself never changes.
/// </summary>
/// <param name="Family">The API family the operation belongs to.</param>
/// <param name="Name">A stable operation name used in logs, exceptions and telemetry (for example <c>SendSms</c>).</param>
/// <param name="Safety">Whether the operation may be repeated.</param>
internal sealed record InstasentOperation(InstasentFamily Family, string Name, RetrySafety Safety)
{
    /// <summary>Gets whether the SDK sends an <c>Idempotency-Key</c> for this operation.</summary>
    public bool SendsIdempotencyKey => Safety == RetrySafety.IdempotentWithKey;

    /// <summary>
    /// Gets a value indicating whether the operation sends the family's bearer token. Default <see langword="true"/>;
    /// <see langword="false"/> for public endpoints that issue tokens (Hellio <c>POST /auth/token</c>), which must work
    /// before any token exists and should never receive one.
    /// </summary>
    public bool RequiresToken { get; init; } = true;

    /// <summary>Gets a value indicating whether this is a bulk call run through the batch runner (it takes per-call outcome retention).</summary>
    public bool IsBulk { get; init; }

    /// <summary>Gets the name shown to users: <c>Family.Operation</c>.</summary>
    public string DisplayName { get; } = Family.Name + "." + Name;

    /// <summary>Gets the name of this operation's span (<c>Instasent Family.Operation</c>), built once rather than per call.</summary>
    public string SpanName { get; } = "Instasent " + Family.Name + "." + Name;

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
