namespace Instasent.Sdk.Testing;

/// <summary>When a fault strikes relative to the fake's normal handling of the request.</summary>
public enum FaultTiming
{
    /// <summary>Instead of handling the request: the server does no work.</summary>
    BeforeHandling,

    /// <summary>After handling it (state changed, for example the SMS was stored), replacing the response.</summary>
    AfterHandling,
}
