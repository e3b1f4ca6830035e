namespace Instasent.Sdk.Errors;

/// <summary>
/// A handler outside the SDK's own retry policy (for example a retry or hedging handler the application added to every
/// <see cref="HttpClient"/>, or one added through <c>ConfigureHttpClients</c>) tried to send a request that is not safe
/// to repeat (a plain SMS send) a second time. The SDK refused, so the message was not sent twice. An earlier attempt
/// may still have reached the server: <see cref="InstasentException.Attempts"/> shows what it got; check (for example
/// by client id) before sending again, and remove the foreign retry from the SDK's clients.
/// </summary>
public sealed class InstasentResendRefusedException : InstasentException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details; its attempts are those made before the refused one.</param>
    public InstasentResendRefusedException(InstasentErrorInfo info)
        : base(
            "A handler outside the SDK tried to send this request again; it was refused because the operation is not idempotent "
            + "and the server may already have acted on the earlier attempt (check before sending again)",
            info)
    {
    }
}
