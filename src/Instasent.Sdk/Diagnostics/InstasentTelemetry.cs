namespace Instasent.Sdk.Diagnostics;

/// <summary>
/// The names under which the SDK publishes traces and metrics. Subscribe with OpenTelemetry
/// (<c>.AddSource(InstasentTelemetry.ActivitySourceName)</c>, <c>.AddMeter(InstasentTelemetry.MeterName)</c>) or any
/// <see cref="System.Diagnostics.ActivityListener"/> / <see cref="System.Diagnostics.Metrics.MeterListener"/>.
/// Nothing is recorded, and nothing is allocated for telemetry, while nobody listens. The full list of spans, tags,
/// events and instruments is in <c>docs/observability.md</c>.
/// </summary>
public static class InstasentTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one Internal span per public operation.</summary>
    public const string ActivitySourceName = "Instasent.Sdk";

    /// <summary>
    /// The <see cref="System.Diagnostics.Metrics.Meter"/> name: operation, retry, rate-limit and bulk-item instruments.
    /// HTTP attempts are measured by the runtime's <c>http.client.request.duration</c> (meter <c>System.Net.Http</c>),
    /// which the SDK tags with <c>instasent.family</c> and <c>instasent.operation</c>.
    /// </summary>
    public const string MeterName = "Instasent.Sdk";
}
