using Instasent.Sdk.Webhooks;

namespace Instasent.Sdk.AspNetCore;

/// <summary>
/// Secrets and checks for the webhook endpoints, usually bound from the <c>Instasent:Webhooks</c> configuration
/// section. They are read through <c>IOptionsMonitor</c> on every request, so a rotated secret applies without restart.
/// </summary>
public sealed class InstasentWebhookOptions
{
    /// <summary>The configuration section read by default.</summary>
    public const string DefaultSectionName = "Instasent:Webhooks";

    /// <summary>Gets or sets the LynSMS signing secret(s) and timestamp tolerance.</summary>
    public LynSmsWebhookOptions LynSms { get; set; } = new();

    /// <summary>Gets or sets the Hellio delivery-receipt signing secret(s), tolerance and V2 requirement.</summary>
    public HellioWebhookOptions Hellio { get; set; } = new();

    /// <summary>Gets or sets the Hellio USSD app's test and live secrets.</summary>
    public HellioUssdCallbackOptions HellioUssd { get; set; } = new();

    /// <summary>Gets or sets the Instasent delivery-report URL secret.</summary>
    public InstasentDeliveryReportWebhookOptions DeliveryReports { get; set; } = new();

    /// <summary>Gets or sets the largest body accepted, in bytes; larger requests get 413 unread. Default 1 MiB.</summary>
    public long MaxBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Gets or sets how long a handled delivery is remembered as done when an <see cref="IWebhookDeduplicationStore"/> is
    /// registered; a copy arriving within it is answered 200 without running the handler. It should outlast the vendors'
    /// retry schedules (not documented). Default 24 hours.
    /// </summary>
    public TimeSpan DeduplicationRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Gets or sets how long a delivery being handled holds its claim when an <see cref="IWebhookDeduplicationStore"/> is
    /// registered. Copies arriving meanwhile get 503 with <c>Retry-After</c>, so the vendor retries them; if the process
    /// dies mid-handler, the next copy after the lease takes over. Make it longer than your slowest handler (a handler
    /// still running when its lease ends may run concurrently with a retry) and short enough for a quick take-over.
    /// Default 30 seconds (the vendors expect an answer within 5–10 seconds).
    /// </summary>
    public TimeSpan DeduplicationProcessingLease { get; set; } = TimeSpan.FromSeconds(30);
}
