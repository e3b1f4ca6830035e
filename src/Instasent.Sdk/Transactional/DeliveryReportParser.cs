using System.Text;
using System.Text.Json;
using Instasent.Sdk.Serialization;
using Instasent.Sdk.Webhooks;

namespace Instasent.Sdk.Transactional;

/// <summary>
/// Parses Instasent delivery-report webhooks. Instasent does not sign them (no signature header or shared secret is
/// documented), so authenticate the sender another way: put a long random secret in the webhook URL you configure in
/// the dashboard (for example <c>https://example.com/hooks/instasent/{secret}</c>) and compare it in constant time
/// before parsing. Answer 2xx within 5 seconds and process asynchronously, or Instasent will retry and deliver twice.
/// With ASP.NET Core, the <c>Instasent.Sdk.AspNetCore</c> package does all of this in one line:
/// <c>app.MapInstasentDeliveryReportWebhook("/hooks/instasent/{secret}", (DeliveryReport r) =&gt; ...)</c>.
/// </summary>
public static class DeliveryReportParser
{
    private const string Provider = "Instasent";

    /// <summary>Parses one report from the raw request body.</summary>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Webhooks.WebhookPayloadException">The body is not a delivery-report JSON object; the message never contains the payload.</exception>
    public static DeliveryReport Parse(ReadOnlySpan<byte> body)
    {
        if (EnvelopeParsing.FirstSignificantByte(body) != (byte)'{')
        {
            throw new WebhookPayloadException(Provider, "A delivery report must be a JSON object.");
        }

        try
        {
            var report = JsonSerializer.Deserialize(body, TransactionalJsonContext.Default.DeliveryReport);
            if (report is null || string.IsNullOrEmpty(report.Id))
            {
                throw new WebhookPayloadException(Provider, "The delivery report has no message id.");
            }

            return report;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw ex is JsonException json
                ? new WebhookPayloadException(Provider, $"The delivery report is not valid JSON (at {json.Path ?? "$"}, byte {json.BytePositionInLine}).", json)
                : new WebhookPayloadException(Provider, "The delivery report is not valid UTF-8 JSON.", ex);
        }
    }

    /// <summary>Parses one report from the raw request body text.</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Webhooks.WebhookPayloadException">The body is not a delivery-report JSON object; the message never contains the payload.</exception>
    public static DeliveryReport Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Compares a secret taken from the request (for example a URL segment) with the expected one in constant time.</summary>
    /// <param name="received">The secret in the request.</param>
    /// <param name="expected">The secret you configured.</param>
    /// <returns>Whether they match.</returns>
    public static bool IsExpectedSecret(string? received, string expected)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        return received is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));
    }
}
