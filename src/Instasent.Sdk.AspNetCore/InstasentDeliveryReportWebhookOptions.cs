namespace Instasent.Sdk.AspNetCore;

/// <summary>
/// How Instasent delivery-report webhooks are authenticated. Instasent signs nothing, so the webhook URL you configure
/// in the dashboard carries a long random secret (for example <c>https://example.com/hooks/instasent/{secret}</c>);
/// the endpoint compares that route value with <see cref="UrlSecret"/> in constant time.
/// </summary>
/// <remarks>
/// A URL secret is only as private as the URL: ASP.NET Core's own request logs (category
/// <c>Microsoft.AspNetCore.Hosting.Diagnostics</c>, Information level) and reverse-proxy access logs print the path, so
/// raise that category to Warning and keep the secret out of proxy logs. The SDK itself logs only the route pattern.
/// </remarks>
public sealed class InstasentDeliveryReportWebhookOptions
{
    /// <summary>Gets or sets the secret expected in the URL (use 32+ random characters, URL-safe).</summary>
    public string? UrlSecret { get; set; }

    /// <summary>Gets or sets the route parameter that holds the secret. Default <c>secret</c>.</summary>
    public string RouteParameterName { get; set; } = "secret";
}
