namespace Instasent.Sdk.Http;

/// <summary>
/// Outermost handler, so it runs once per logical call: it puts the call's headers on the request before the retry
/// loop re-sends the same request — the <c>Idempotency-Key</c> (minting one if the operation sends keys and the caller
/// gave none) and the caller's extra headers from <see cref="InstasentRequestOptions.Headers"/>. A key already on the
/// request is never overwritten.
/// </summary>
internal sealed class CallHeadersHandler : DelegatingHandler
{
    public const string HeaderName = "Idempotency-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = InstasentCallContext.From(request);
        if (context is null)
        {
            return base.SendAsync(request, cancellationToken);
        }

        if (context.Operation.SendsIdempotencyKey)
        {
            if (request.Headers.TryGetValues(HeaderName, out var existing))
            {
                context.IdempotencyKey = existing.FirstOrDefault();
            }
            else
            {
                context.IdempotencyKey ??= IdempotencyKeys.NewKey();
                request.Headers.TryAddWithoutValidation(HeaderName, context.IdempotencyKey);
            }
        }

        if (context.RequestOptions?.Headers is { Count: > 0 } extra)
        {
            foreach (var (name, value) in extra)
            {
                // Replaces a default of the same name (a caller's Accept or User-Agent wins over the SDK's).
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
