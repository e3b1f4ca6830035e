using System.Diagnostics.CodeAnalysis;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// Settings of the LynSMS v1 API. <see cref="InstasentApiOptions.Token"/> holds the API key (<c>ds_live_…</c>),
/// configured as <c>Instasent:LynSms:Token</c>.
/// </summary>
public sealed class LynSmsOptions : InstasentApiOptions
{
    /// <summary>The production base address (the only server in the LynSMS OpenAPI document).</summary>
    public static readonly Uri DefaultBaseAddress = new("https://lynsms.com/api/v1");

    /// <summary>Initializes a new instance with the production base address.</summary>
    public LynSmsOptions()
        : base(DefaultBaseAddress)
    {
    }

    /// <summary>
    /// Gets or sets a value indicating whether start-up validation checks that the key looks like a LynSMS key
    /// (<c>ds_live_</c> prefix, plausible length, no whitespace). Default <see langword="true"/>; turn it off only for a
    /// white-label host whose keys use another prefix.
    /// </summary>
    public bool ValidateKeyFormat { get; set; } = true;

    /// <summary>
    /// Gets or sets the path of the balance endpoint, relative to the base address. LynSMS documents that balance
    /// exists (tag <c>Account</c>, scope <c>balance:read</c>) but not its path, so this default is a guess you can correct.
    /// </summary>
    /// <remarks>Unconfirmed: the path of <see cref="ILynSmsClient.GetBalanceAsync"/> is not documented.</remarks>
    [Experimental("INSTASENT0002")]
    public string BalancePath { get; set; } = "account/balance";

    /// <summary>Gets or sets the path of the usage endpoint, relative to the base address (a guess you can correct).</summary>
    /// <remarks>Unconfirmed: the path of <see cref="ILynSmsClient.GetUsageAsync"/> is not documented.</remarks>
    [Experimental("INSTASENT0002")]
    public string UsagePath { get; set; } = "account/usage";

    /// <summary>Gets or sets the path that lists webhook endpoints, relative to the base address (a guess you can correct).</summary>
    /// <remarks>Unconfirmed: the docs only confirm <c>POST /webhooks/create</c>, not the path of <see cref="ILynSmsClient.ListWebhookEndpointsAsync"/>.</remarks>
    [Experimental("INSTASENT0002")]
    public string WebhookEndpointsPath { get; set; } = "webhooks";

    /// <summary>Gets or sets the path that lists webhook events, relative to the base address (a guess you can correct).</summary>
    /// <remarks>Unconfirmed: the docs mention "inspect events" but not the path of <see cref="ILynSmsClient.ListWebhookEventsAsync"/>.</remarks>
    [Experimental("INSTASENT0002")]
    public string WebhookEventsPath { get; set; } = "webhooks/events";
}
