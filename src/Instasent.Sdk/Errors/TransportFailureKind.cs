namespace Instasent.Sdk.Errors;

/// <summary>Why no usable response arrived.</summary>
public enum TransportFailureKind
{
    /// <summary>The attempt or the whole call ran out of time.</summary>
    Timeout,

    /// <summary>No connection could be made; the request never left this machine.</summary>
    ConnectFailure,

    /// <summary>The connection broke while sending or receiving; the server may have received the request.</summary>
    ConnectionLost,

    /// <summary>Anything else that stopped the call before a response was read.</summary>
    Other,
}
