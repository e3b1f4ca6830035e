namespace Instasent.Sdk.LynSms;

/// <summary>The documented LynSMS event types.</summary>
public static class LynSmsEventTypes
{
    /// <summary>The upstream provider accepted the message.</summary>
    public const string MessageSent = "message.sent";

    /// <summary>The carrier confirmed delivery to the handset.</summary>
    public const string MessageDelivered = "message.delivered";

    /// <summary>The message failed (provider error, blocklisted, undeliverable).</summary>
    public const string MessageFailed = "message.failed";
}
