namespace Instasent.Sdk.Errors;

/// <summary>
/// No usable response: a timeout or a connection failure. <see cref="MayHaveReachedServer"/> tells whether the
/// server could have acted on the request; for an operation that is not safe to repeat (a plain SMS send) the SDK does
/// not re-send it, and the message says so, because a second send could deliver the SMS twice.
/// </summary>
public sealed class InstasentTransportException : InstasentException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="kind">What failed.</param>
    /// <param name="mayHaveReachedServer">Whether the server may have received the request.</param>
    /// <param name="notRetriedBecauseUnsafe">Whether a retry was skipped because the operation is not safe to repeat.</param>
    /// <param name="info">The copied details.</param>
    /// <param name="innerException">The underlying exception.</param>
    public InstasentTransportException(TransportFailureKind kind, bool mayHaveReachedServer, bool notRetriedBecauseUnsafe, InstasentErrorInfo info, Exception? innerException = null)
        : base(Summary(kind, mayHaveReachedServer, notRetriedBecauseUnsafe), info, innerException)
    {
        Kind = kind;
        MayHaveReachedServer = mayHaveReachedServer;
        NotRetriedBecauseUnsafe = notRetriedBecauseUnsafe;
    }

    /// <summary>Gets what failed.</summary>
    public TransportFailureKind Kind { get; }

    /// <summary>Gets whether the server may have received (and acted on) the request.</summary>
    public bool MayHaveReachedServer { get; }

    /// <summary>Gets whether the SDK skipped a retry because the operation is not safe to repeat.</summary>
    public bool NotRetriedBecauseUnsafe { get; }

    private static string Summary(TransportFailureKind kind, bool reached, bool unsafeSkip)
    {
        var what = kind switch
        {
            TransportFailureKind.Timeout => "The request timed out",
            TransportFailureKind.ConnectFailure => "Could not connect to the server",
            TransportFailureKind.ConnectionLost => "The connection was lost",
            _ => "The request failed before a response was read",
        };
        if (unsafeSkip)
        {
            return what + "; it was NOT re-sent because the operation is not idempotent and the server may already have acted on it (check before sending again)";
        }

        return reached ? what + "; the server may have received the request" : what;
    }
}
