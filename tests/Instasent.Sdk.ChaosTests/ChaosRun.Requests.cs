using System.Text.Json;
using System.Text.RegularExpressions;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.ChaosTests;

/// <summary>How the server saw each request: who sent it, for which logical operation, and what fault it got.</summary>
public sealed partial class ChaosRun
{
    private static readonly FaultKind[] NoWorkDone = [FaultKind.RateLimitedRetryAfter, FaultKind.RateLimitedReset, FaultKind.RateLimitedBare];

    /// <summary>What the retry rules allow for an endpoint.</summary>
    internal enum Safety
    {
        /// <summary>Reads, upserts and other writes that are safe to repeat.</summary>
        Safe,

        /// <summary>A send with no idempotency: it may be sent again only if the server certainly did nothing.</summary>
        NotIdempotent,

        /// <summary>A send protected by an <c>Idempotency-Key</c>: every attempt must carry the same key.</summary>
        KeyedIdempotent,
    }

    /// <param name="Endpoint">Method and path, for the per-endpoint figures.</param>
    /// <param name="Tenant">The tenant the request belongs to, from the caller's own data (not from the token).</param>
    /// <param name="Token">The bearer token (or LynSMS key) the request carried.</param>
    /// <param name="Identity">The logical operation (clientId, reference, message text...), when the request has one.</param>
    /// <param name="IdempotencyKey">The <c>Idempotency-Key</c> header, if any.</param>
    /// <param name="Safety">The retry rule of the endpoint.</param>
    /// <param name="Kind">The fault the request got.</param>
    internal readonly record struct Decision(string Endpoint, string? Token, string? Tenant, string? Identity, string? IdempotencyKey, Safety Safety, FaultKind Kind);

    [GeneratedRegex("/project/proj_([ab])/", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectPath();

    [GeneratedRegex(@"[?&]per_page=(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex PerPage();

    internal static Decision Classify(RecordedRequest request, FaultKind kind)
    {
        var path = request.Path;
        var endpoint = request.Method + " " + ProjectPath().Replace(path, "/project/{p}/");
        request.Headers.TryGetValue("Idempotency-Key", out var key);
        string? tenant = null;
        string? identity = null;
        var safety = Safety.Safe;
        if (ProjectPath().Match(path) is { Success: true } project)
        {
            tenant = project.Groups[1].Value;
        }

        if (request.Method == "GET" && PerPage().Match(request.Query) is { Success: true } page)
        {
            tenant = page.Groups[1].Value switch { "47" => "a", "53" => "b", _ => tenant };
        }

        if (request.Method == "POST" && request.Body.Length > 0)
        {
            (identity, safety) = BodyIdentity(path, request.Body);
            tenant ??= identity is { Length: > 0 } ? identity[..1] : null;
        }

        return new Decision(endpoint, request.BearerToken, tenant, identity, key, safety, kind);
    }

    private static (string? Identity, Safety Safety) BodyIdentity(string path, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var first = root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 ? root[0] : root;
            if (first.ValueKind != JsonValueKind.Object)
            {
                return (null, Safety.Safe);
            }

            string? Text(string name) => first.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (path.StartsWith("/hellio/", StringComparison.Ordinal))
            {
                return path.EndsWith("/sms/send", StringComparison.Ordinal) ? (Text("message"), Safety.KeyedIdempotent)
                    : path.EndsWith("/otp/send", StringComparison.Ordinal) ? (Text("purpose"), Safety.KeyedIdempotent)
                    : (null, Safety.NotIdempotent);
            }

            if (path.StartsWith("/lynsms/", StringComparison.Ordinal))
            {
                if (path.EndsWith("/messages/bulk", StringComparison.Ordinal))
                {
                    var recipients = first.TryGetProperty("recipients", out var r) && r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 0 ? r[0].GetString() : null;
                    return (Text("reference") + "|" + recipients, Safety.NotIdempotent);
                }

                return (Text("reference"), Safety.NotIdempotent);
            }

            if (path.EndsWith("/sms", StringComparison.Ordinal) || path.EndsWith("/sms/bulk", StringComparison.Ordinal))
            {
                return (Text("clientId"), Safety.NotIdempotent);
            }

            // Ingest batches (upserts, events de-duplicated by _event_id) and scrolls are safe to repeat.
            return (Text("_user_id"), Safety.Safe);
        }
        catch (JsonException)
        {
            return (null, Safety.Safe);
        }
    }
}
