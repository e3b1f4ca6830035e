namespace Instasent.Sdk;

/// <summary>What the SDK may reveal in logs. Everything here is off by default, because SMS data is personal data.</summary>
public sealed class InstasentDiagnosticsOptions
{
    /// <summary>
    /// Gets or sets whether request bodies (which hold message text and phone numbers) are logged at Debug level,
    /// truncated to 4 KiB. Off by default; tokens are never logged either way.
    /// </summary>
    public bool LogContent { get; set; }

    /// <summary>Gets or sets whether phone numbers are shown in full in log lines. Off by default: they are masked (<c>+34*******78</c>).</summary>
    public bool ShowPhoneNumbers { get; set; }
}
