using System.Diagnostics.CodeAnalysis;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
/// <para>
/// Each method has two forms. The <see cref="Delegate"/> form binds any minimal-API handler by reflection, so it is not
/// trimming or native AOT safe. The typed form takes <c>(payload, HttpContext, CancellationToken)</c> and returns an
/// <see cref="IResult"/> (a <see cref="HellioUssdReply"/> for USSD); it maps a plain request delegate and is safe in
/// trimmed and native AOT apps. Resolve services from <c>HttpContext.RequestServices</c> in the typed form.
/// </para>
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

    /// <summary>Maps a LynSMS webhook receiver with a typed handler; trimming and native AOT safe.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, for example <c>/hooks/lynsms</c>.</param>
    /// <param name="handler">Receives the verified event, for example <c>(e, context, ct) =&gt; Task.FromResult(Results.Ok())</c>; its result is the answer (2xx marks a deduplicated delivery done).</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    public static IEndpointConventionBuilder MapLynSmsWebhook(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Func<LynSmsWebhookEvent, HttpContext, CancellationToken, Task<IResult>> handler, string? optionsName = null) =>
        WebhookEndpoint.Map(endpoints, pattern, handler, optionsName, WebhookKind.LynSms);

    /// <summary>Maps a Hellio delivery-receipt receiver with a typed handler; trimming and native AOT safe.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, for example <c>/hooks/hellio</c>.</param>
    /// <param name="handler">Receives the verified event; its result is the answer (2xx marks a deduplicated delivery done).</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    public static IEndpointConventionBuilder MapHellioWebhook(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Func<HellioWebhookEvent, HttpContext, CancellationToken, Task<IResult>> handler, string? optionsName = null) =>
        WebhookEndpoint.Map(endpoints, pattern, handler, optionsName, WebhookKind.Hellio);

    /// <summary>Maps a Hellio USSD callback receiver with a typed handler; trimming and native AOT safe.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, for example <c>/ussd</c>.</param>
    /// <param name="handler">Receives the verified callback and returns the reply, written as JSON with the SDK's source-generated serializer.</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    public static IEndpointConventionBuilder MapHellioUssdCallback(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Func<HellioUssdCallback, HttpContext, CancellationToken, Task<HellioUssdReply>> handler, string? optionsName = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return WebhookEndpoint.Map<HellioUssdCallback>(
            endpoints,
            pattern,
            async (callback, context, cancellationToken) => WebhookEndpoint.UssdReply(await handler(callback, context, cancellationToken).ConfigureAwait(false)),
            optionsName,
            WebhookKind.HellioUssd);
    }

    /// <summary>
    /// Maps an Instasent delivery-report receiver with a typed handler; trimming and native AOT safe. The route must hold
    /// the URL secret, as for the other form.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, containing the secret parameter.</param>
    /// <param name="handler">Receives the report; its result is the answer (2xx marks a deduplicated delivery done).</param>
    /// <param name="optionsName">The named <see cref="InstasentWebhookOptions"/> to use; the default ones when <see langword="null"/>.</param>
    /// <returns>The endpoint builder, for further conventions.</returns>
    /// <exception cref="ArgumentException">The pattern has no secret parameter.</exception>
    public static IEndpointConventionBuilder MapInstasentDeliveryReportWebhook(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Func<DeliveryReport, HttpContext, CancellationToken, Task<IResult>> handler, string? optionsName = null) =>
        WebhookEndpoint.Map(endpoints, pattern, handler, optionsName, WebhookKind.InstasentDeliveryReport);
}
