using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Instasent.Sdk.AspNetCore;

/// <summary>
/// Wraps a minimal-API handler so that, before its parameters are bound, the raw body is read once, verified and
/// parsed; the typed payload then reaches the handler as a scoped service. Binding the payload from the body instead
/// would re-read it through a serializer, the classic cause of broken signatures (stripe-dotnet#1853).
/// </summary>
internal static class WebhookEndpoint
{
    private const string LogCategory = "Instasent.Sdk.AspNetCore.Webhooks";

    [RequiresUnreferencedCode("Minimal API handlers are bound by reflection.")]
    [RequiresDynamicCode("Minimal API handlers are bound by generated code at run time.")]
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder endpoints, string pattern, Delegate handler, string? optionsName, WebhookKind kind, Type payloadType)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var name = Validate(endpoints, pattern, optionsName, kind, payloadType);
        var builder = endpoints.MapPost(pattern, handler);
        VerifyFirst(builder, kind, name, pattern);
        return builder;
    }

    /// <summary>
    /// The typed form: a plain <see cref="RequestDelegate"/> endpoint, so nothing is bound by reflection or generated code
    /// (trimming and native AOT safe). The handler's result is executed as any minimal-API result.
    /// </summary>
    public static IEndpointConventionBuilder Map<TPayload>(IEndpointRouteBuilder endpoints, string pattern, Func<TPayload, HttpContext, CancellationToken, Task<IResult>> handler, string? optionsName, WebhookKind kind)
        where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        var name = Validate(endpoints, pattern, optionsName, kind, typeof(TPayload));
        var builder = endpoints.MapPost(pattern, async context =>
        {
            var payload = context.RequestServices.GetRequiredService<WebhookRequestState>().Get<TPayload>();
            var result = await handler(payload, context, context.RequestAborted).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The {typeof(TPayload).Name} webhook handler returned no IResult; return Results.Ok() or another result.");
            await result.ExecuteAsync(context).ConfigureAwait(false);
        });
        VerifyFirst(builder, kind, name, pattern);
        return builder;
    }

    /// <summary>Writes a USSD reply through the SDK's source-generated serializer, so the typed USSD endpoint stays AOT safe.</summary>
    public static IResult UssdReply(HellioUssdReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Results.Text(HellioWebhookParser.Serialize(reply), "application/json", System.Text.Encoding.UTF8);
    }

    private static string Validate(IEndpointRouteBuilder endpoints, string pattern, string? optionsName, WebhookKind kind, Type payloadType)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var isService = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (isService is null || !isService.IsService(typeof(WebhookRequestState)) || !isService.IsService(payloadType))
        {
            throw new InvalidOperationException("Register the webhook services first: call services.AddInstasentWebhooks(...) before building the app.");
        }

        var name = optionsName ?? Options.DefaultName;
        if (kind == WebhookKind.InstasentDeliveryReport)
        {
            var parameter = endpoints.ServiceProvider.GetRequiredService<IOptionsMonitor<InstasentWebhookOptions>>().Get(name).DeliveryReports.RouteParameterName;
            if (RoutePatternFactory.Parse(pattern).GetParameter(parameter) is null)
            {
                throw new ArgumentException($"The route pattern must contain the URL secret parameter {{{parameter}}}, for example \"/hooks/instasent/{{{parameter}}}\".", nameof(pattern));
            }
        }

        return name;
    }

    private static void VerifyFirst(IEndpointConventionBuilder builder, WebhookKind kind, string name, string pattern) =>
        // Finally conventions run after the handler's RequestDelegate is built (filters included), so wrapping it here
        // puts verification in front of parameter binding.
        builder.Finally(endpoint =>
        {
            var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException("The webhook endpoint has no request delegate.");
            endpoint.RequestDelegate = context => InvokeAsync(context, inner, kind, name, pattern);
        });

    private static async Task InvokeAsync(HttpContext context, RequestDelegate inner, WebhookKind kind, string optionsName, string route)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptionsMonitor<InstasentWebhookOptions>>().Get(optionsName);
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(LogCategory) ?? NullLogger.Instance;
        var provider = Provider(kind);

        var body = await ReadBodyAsync(context, options.MaxBodySize).ConfigureAwait(false);
        if (body is null)
        {
            WebhookLog.TooLarge(logger, provider, route, options.MaxBodySize);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (kind == WebhookKind.InstasentDeliveryReport && !string.IsNullOrEmpty(options.DeliveryReports.UrlSecret)
            && !DeliveryReportParser.IsExpectedSecret(context.GetRouteValue(options.DeliveryReports.RouteParameterName) as string, options.DeliveryReports.UrlSecret))
        {
            WebhookLog.UrlSecretRejected(logger, route);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        object payload;
        string? deduplicationKey;
        try
        {
            (payload, deduplicationKey) = VerifyAndParse(context, kind, options, body, services.GetService<TimeProvider>() ?? TimeProvider.System);
        }
        catch (WebhookSignatureException ex)
        {
            WebhookLog.SignatureRejected(logger, provider, route, ex.Reason, ex.HeaderName);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (WebhookPayloadException ex)
        {
            WebhookLog.PayloadRejected(logger, provider, route, ex.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        catch (ArgumentException ex)
        {
            // A missing secret is the receiver's fault: 500 makes the vendor retry once it is configured.
            WebhookLog.NotConfigured(logger, provider, route, ex.Message);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        services.GetRequiredService<WebhookRequestState>().Payload = payload;
        var store = deduplicationKey is null ? null : services.GetService<IWebhookDeduplicationStore>();
        if (store is null)
        {
            await inner(context).ConfigureAwait(false);
            return;
        }

        WebhookDeduplicationClaim claim;
        try
        {
            claim = await store.TryClaimAsync(deduplicationKey!, options.DeduplicationProcessingLease, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Without a lease the handler must not run (another instance may be running it), and the event must not be
            // acknowledged: 503 makes the sender retry. Only the type is logged: a store's message (a Redis connection
            // error) may hold its connection string.
            WebhookLog.ClaimFailed(logger, provider, route, ex.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(options.DeduplicationProcessingLease.TotalSeconds / 3)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        switch (claim.Status)
        {
            case WebhookDeduplicationStatus.Completed:
                // Already handled: acknowledge so the vendor stops retrying, without running the handler again.
                WebhookLog.Duplicate(logger, provider, route);
                context.Response.StatusCode = StatusCodes.Status200OK;
                return;
            case WebhookDeduplicationStatus.InProgress:
                // 2xx here would lose the event if the running copy then fails; 503 is the answer every sender retries.
                var retryAfter = claim.RetryAfter ?? options.DeduplicationProcessingLease;
                WebhookLog.InFlight(logger, provider, route);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return;
            case WebhookDeduplicationStatus.Claimed when !string.IsNullOrEmpty(claim.LeaseToken):
                break;
            default:
                throw new InvalidOperationException($"{store.GetType().Name}.TryClaimAsync returned {claim.Status} without a lease token.");
        }

        try
        {
            await inner(context).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync(store, deduplicationKey!, claim.LeaseToken, logger, provider, route).ConfigureAwait(false);
            throw;
        }

        if (context.Response.StatusCode is < 200 or >= 300)
        {
            // The vendor will retry a failed delivery; that retry must be processed, not skipped as a duplicate.
            await ReleaseAsync(store, deduplicationKey!, claim.LeaseToken, logger, provider, route).ConfigureAwait(false);
            return;
        }

        try
        {
            await store.CompleteAsync(deduplicationKey!, options.DeduplicationRetention, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The handler succeeded, so the answer stays 2xx; the lease expires on its own and a later copy runs again.
            WebhookLog.StoreFailed(logger, provider, route, "complete", ex.GetType().Name);
        }
    }

    private static async Task ReleaseAsync(IWebhookDeduplicationStore store, string key, string leaseToken, ILogger logger, string provider, string route)
    {
        try
        {
            await store.ReleaseAsync(key, leaseToken, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not fatal: the lease expires after DeduplicationProcessingLease and the vendor's retry takes it over.
            WebhookLog.StoreFailed(logger, provider, route, "release", ex.GetType().Name);
        }
    }

    private static (object Payload, string? DeduplicationKey) VerifyAndParse(HttpContext context, WebhookKind kind, InstasentWebhookOptions options, byte[] body, TimeProvider time)
    {
        var headers = context.Request.Headers;
        switch (kind)
        {
            case WebhookKind.LynSms:
                var lynSms = new LynSmsWebhookVerifier(options.LynSms, time).VerifyAndParse(headers[LynSmsWebhookVerifier.SignatureHeaderName].ToString(), body);
                return (lynSms, lynSms.DeduplicationKey is { } lynKey ? "lynsms|" + lynKey : null);
            case WebhookKind.Hellio:
                var hellio = new HellioWebhookVerifier(options.Hellio, time).VerifyAndParse(HellioWebhookHeaders.From(name => headers[name].ToString()), body);
                return (hellio, hellio.DeduplicationKey is { } hellioKey ? "hellio|" + hellioKey : null);
            case WebhookKind.HellioUssd:
                // Each USSD step is interactive and answered with a reply: never deduplicated.
                return (new HellioUssdCallbackVerifier(options.HellioUssd).VerifyAndParse(headers[HellioWebhookVerifier.SignatureHeaderName].ToString(), body), null);
            default:
                // The URL secret was compared before parsing; an unset one means the endpoint is not configured.
                if (string.IsNullOrEmpty(options.DeliveryReports.UrlSecret))
                {
                    throw new ArgumentException("No URL secret is configured: set InstasentWebhookOptions.DeliveryReports.UrlSecret.", nameof(options));
                }

                var report = DeliveryReportParser.Parse(body);
                return (report, "instasent|" + report.DeduplicationKey);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Buffered so the handler can still read the exact raw body itself (for example to store or forward it).
        request.EnableBuffering();
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > limit)
            {
                return null;
            }

            copy.Write(chunk, 0, read);
        }

        request.Body.Position = 0;
        return copy.ToArray();
    }

    private static string Provider(WebhookKind kind) => kind switch
    {
        WebhookKind.LynSms => "LynSMS",
        WebhookKind.Hellio or WebhookKind.HellioUssd => "Hellio",
        _ => "Instasent",
    };
}
