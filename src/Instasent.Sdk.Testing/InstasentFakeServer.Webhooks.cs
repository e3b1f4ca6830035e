using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;

namespace Instasent.Sdk.Testing;

/// <content>Webhook delivery: the fake posts correctly signed webhooks to your endpoint, as the vendors would.</content>
public sealed partial class InstasentFakeServer
{
    /// <summary>Posts a signed LynSMS webhook event to your endpoint.</summary>
    /// <param name="url">Your endpoint.</param>
    /// <param name="signingSecret">The secret your endpoint verifies with.</param>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="options">Duplicates, signing time; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>One result per delivery.</returns>
    public Task<IReadOnlyList<WebhookDeliveryResult>> DeliverLynSmsWebhookAsync(Uri url, string signingSecret, LynSmsWebhookEvent webhookEvent, WebhookDeliveryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return DeliverLynSmsWebhookAsync(url, signingSecret, LynSmsWebhookParser.Serialize(webhookEvent), options, cancellationToken);
    }

    /// <summary>Posts a signed LynSMS webhook with an exact body (for example with trailing whitespace) to your endpoint.</summary>
    /// <param name="url">Your endpoint.</param>
    /// <param name="signingSecret">The secret your endpoint verifies with.</param>
    /// <param name="rawBody">The exact body; it is signed and sent byte for byte.</param>
    /// <param name="options">Duplicates, signing time; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>One result per delivery.</returns>
    public Task<IReadOnlyList<WebhookDeliveryResult>> DeliverLynSmsWebhookAsync(Uri url, string signingSecret, string rawBody, WebhookDeliveryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var signer = new LynSmsWebhookSigner(signingSecret, Options.TimeProvider);
        return DeliverAsync(url, rawBody, options, (request, signedAt) =>
            request.Headers.TryAddWithoutValidation(LynSmsWebhookSigner.HeaderName, signer.CreateSignatureHeader(rawBody, signedAt)), cancellationToken);
    }

    /// <summary>Posts a signed Hellio delivery receipt to your endpoint (V1 and V2 signatures unless turned off in <paramref name="options"/>).</summary>
    /// <param name="url">Your endpoint.</param>
    /// <param name="signingSecret">The webhook secret your endpoint verifies with.</param>
    /// <param name="webhookEvent">The receipt.</param>
    /// <param name="options">Duplicates, signing time, which signatures; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>One result per delivery.</returns>
    public Task<IReadOnlyList<WebhookDeliveryResult>> DeliverHellioWebhookAsync(Uri url, string signingSecret, HellioWebhookEvent webhookEvent, WebhookDeliveryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return DeliverHellioWebhookAsync(url, signingSecret, HellioWebhookParser.Serialize(webhookEvent), options, cancellationToken);
    }

    /// <summary>Posts a signed Hellio webhook with an exact body to your endpoint.</summary>
    /// <param name="url">Your endpoint.</param>
    /// <param name="signingSecret">The webhook secret your endpoint verifies with.</param>
    /// <param name="rawBody">The exact body; it is signed and sent byte for byte.</param>
    /// <param name="options">Duplicates, signing time, which signatures; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>One result per delivery.</returns>
    public Task<IReadOnlyList<WebhookDeliveryResult>> DeliverHellioWebhookAsync(Uri url, string signingSecret, string rawBody, WebhookDeliveryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var signer = new HellioWebhookSigner(signingSecret, Options.TimeProvider);
        var settings = options ?? new WebhookDeliveryOptions();
        return DeliverAsync(url, rawBody, settings, (request, signedAt) =>
        {
            var headers = signer.Sign(rawBody, signedAt);
            if (settings.IncludeHellioSignature)
            {
                request.Headers.TryAddWithoutValidation(HellioWebhookVerifier.SignatureHeaderName, headers.Signature);
            }

            if (settings.IncludeHellioTimestampedSignature)
            {
                request.Headers.TryAddWithoutValidation(HellioWebhookVerifier.TimestampHeaderName, headers.Timestamp);
                request.Headers.TryAddWithoutValidation(HellioWebhookVerifier.SignatureV2HeaderName, headers.SignatureV2);
            }
        }, cancellationToken);
    }

    /// <summary>Posts a signed Hellio USSD callback to your endpoint; the result body holds your reply.</summary>
    /// <param name="url">Your endpoint.</param>
    /// <param name="secret">The app secret of the callback's mode.</param>
    /// <param name="callback">The callback.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>Your endpoint's answer (read the reply with <see cref="HellioWebhookParser.ParseUssdReply"/>).</returns>
    public async Task<WebhookDeliveryResult> DeliverHellioUssdCallbackAsync(Uri url, string secret, HellioUssdCallback callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var body = HellioWebhookParser.Serialize(callback);
        var signer = new HellioWebhookSigner(secret, Options.TimeProvider);
        var results = await DeliverAsync(url, body, null, (request, _) =>
            request.Headers.TryAddWithoutValidation(HellioWebhookVerifier.SignatureHeaderName, signer.SignUssdCallback(body)), cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Posts an Instasent delivery report to your endpoint. Instasent does not sign them: put your URL secret in
    /// <paramref name="url"/>, as you would in the dashboard.
    /// </summary>
    /// <param name="url">Your endpoint, including its secret.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">Duplicates; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>One result per delivery.</returns>
    public Task<IReadOnlyList<WebhookDeliveryResult>> DeliverDeliveryReportAsync(Uri url, DeliveryReport report, WebhookDeliveryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DeliverAsync(url, WriteDeliveryReport(report), options, static (_, _) => { }, cancellationToken);
    }

    private static string WriteDeliveryReport(DeliveryReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", report.Id);
            if (report.ClientId is not null)
            {
                writer.WriteString("clientId", report.ClientId);
            }

            writer.WriteString("status", report.Status.Value);
            writer.WriteNumber("code", report.Code ?? 0);
            if (report.EventAt is { } eventAt)
            {
                writer.WriteString("eventAt", eventAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            if (report.Message is not null)
            {
                writer.WriteString("message", report.Message);
            }

            foreach (var extra in report.AdditionalProperties ?? new Dictionary<string, JsonElement>())
            {
                writer.WritePropertyName(extra.Key);
                extra.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task<IReadOnlyList<WebhookDeliveryResult>> DeliverAsync(Uri url, string rawBody, WebhookDeliveryOptions? options, Action<HttpRequestMessage, DateTimeOffset> sign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(rawBody);
        options ??= new WebhookDeliveryOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Deliveries, 1, nameof(options));
        var bytes = Encoding.UTF8.GetBytes(rawBody);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

        async Task<WebhookDeliveryResult> DeliverOneAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url);
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Content = content;
            sign(request, options.SignedAt ?? Options.TimeProvider.GetUtcNow());
            foreach (var header in options.Headers)
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new WebhookDeliveryResult((int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString());
        }

        if (Options.Variance.ConcurrentDuplicateDeliveries && options.Deliveries > 1)
        {
            // A vendor that retries on a timeout sends the next copy while the receiver is still handling the first.
            // Task.Run starts every copy before any is awaited, so they reach the receiver together.
            Options.Variance.Events.Count(FakeVarianceEvents.DuplicateDeliveriesConcurrent);
            return await Task.WhenAll(Enumerable.Range(0, options.Deliveries).Select(_ => Task.Run(DeliverOneAsync, cancellationToken))).ConfigureAwait(false);
        }

        var results = new List<WebhookDeliveryResult>(options.Deliveries);
        for (var i = 0; i < options.Deliveries; i++)
        {
            results.Add(await DeliverOneAsync().ConfigureAwait(false));
        }

        return results;
    }
}
