using System.Diagnostics.CodeAnalysis;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Instasent.Sdk.AspNetCore;

/// <summary>
/// Maps webhook receivers in one line each, for example
/// <c>app.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e) =&gt; ...)</c>.
/// </summary>
/// <remarks>
/// Each endpoint accepts POST, reads the raw body (never a re-serialized one; the body stays readable by the handler),
/// verifies it with the secrets in <see cref="InstasentWebhookOptions"/>, and only then runs the handler, whose payload
/// parameter receives the typed event; any other parameter binds as in any minimal API (services, <c>HttpContext</c>,
/// <c>CancellationToken</c>). A bad signature or URL secret is answered 401, an unreadable verified body 400, a body
/// over <see cref="InstasentWebhookOptions.MaxBodySize"/> 413, all with an empty body; the reason is logged without
/// secrets. When an <see cref="IWebhookDeduplicationStore"/> is registered (for example by
/// <c>services.AddInstasentWebhookDeduplication()</c>), a delivery is claimed before the handler runs and marked done
/// only when the handler answers 2xx: a copy of a done delivery is answered 200 without running the handler, a copy
/// arriving while the first is still being handled gets 503 with <c>Retry-After</c> (so the vendor retries it), and a
/// handler that throws or answers non-2xx releases the claim so the vendor's retry runs it again. Hellio receipts
/// without <c>provider_message_id</c> and USSD callbacks are never deduplicated. Call
/// <c>services.AddInstasentWebhooks(...)</c> first.
/// The signatures cover the body only, so proxies that rewrite the path or host do not break them.
/// </remarks>
public static class InstasentWebhookEndpointRouteBuilderExtensions
{
    private const string TrimmingMessage = "Minimal API handlers are bound by reflection; keep the handler's parameter types.";
    private const string DynamicCodeMessage = "Minimal API handlers are bound by code generated at run time.";

    /// <summary>Maps a LynSMS webhook receiver; the handler takes a <see cref="LynSmsWebhookEvent"/> parameter.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, for example <c>/hooks/lynsms</c>.</param>
    /// <param name="handler">The handler, for example <c>(LynSmsWebhookEvent e, ILogger&lt;Program&gt; log) =&gt; ...</c>.</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    [RequiresUnreferencedCode(TrimmingMessage)]
    [RequiresDynamicCode(DynamicCodeMessage)]
    public static RouteHandlerBuilder MapLynSmsWebhook(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Delegate handler, string? optionsName = null) =>
        WebhookEndpoint.Map(endpoints, pattern, handler, optionsName, WebhookKind.LynSms, typeof(LynSmsWebhookEvent));

    /// <summary>Maps a Hellio delivery-receipt receiver; the handler takes a <see cref="HellioWebhookEvent"/> parameter.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, for example <c>/hooks/hellio</c>.</param>
    /// <param name="handler">The handler, for example <c>(HellioWebhookEvent e) =&gt; ...</c>.</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    [RequiresUnreferencedCode(TrimmingMessage)]
    [RequiresDynamicCode(DynamicCodeMessage)]
    public static RouteHandlerBuilder MapHellioWebhook(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Delegate handler, string? optionsName = null) =>
        WebhookEndpoint.Map(endpoints, pattern, handler, optionsName, WebhookKind.Hellio, typeof(HellioWebhookEvent));

    /// <summary>
    /// Maps a Hellio USSD callback receiver; the handler takes a <see cref="HellioUssdCallback"/> parameter and returns a
    /// <see cref="HellioUssdReply"/> (written as JSON).
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, for example <c>/ussd</c>.</param>
    /// <param name="handler">The handler, for example <c>(HellioUssdCallback c) =&gt; HellioUssdReply.End("Bye")</c>.</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    [RequiresUnreferencedCode(TrimmingMessage)]
    [RequiresDynamicCode(DynamicCodeMessage)]
    public static RouteHandlerBuilder MapHellioUssdCallback(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Delegate handler, string? optionsName = null) =>
        WebhookEndpoint.Map(endpoints, pattern, handler, optionsName, WebhookKind.HellioUssd, typeof(HellioUssdCallback));

    /// <summary>
    /// Maps an Instasent delivery-report receiver; the handler takes a <see cref="DeliveryReport"/> parameter. Instasent
    /// signs nothing, so the route must hold the URL secret (default parameter <c>{secret}</c>, for example
    /// <c>/hooks/instasent/{secret}</c>); it is compared in constant time with
    /// <see cref="InstasentDeliveryReportWebhookOptions.UrlSecret"/>.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, containing the secret parameter.</param>
    /// <param name="handler">The handler, for example <c>(DeliveryReport r) =&gt; ...</c>.</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    /// <exception cref="ArgumentException">The pattern has no secret parameter.</exception>
    [RequiresUnreferencedCode(TrimmingMessage)]
    [RequiresDynamicCode(DynamicCodeMessage)]
    public static RouteHandlerBuilder MapInstasentDeliveryReportWebhook(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Delegate handler, string? optionsName = null) =>
        WebhookEndpoint.Map(endpoints, pattern, handler, optionsName, WebhookKind.InstasentDeliveryReport, typeof(DeliveryReport));
}
