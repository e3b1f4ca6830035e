namespace Instasent.Sdk.Http;

/// <summary>
/// Outermost handler, so it runs once per logical call: it puts the call's <c>Idempotency-Key</c> on the request
/// (minting one if the operation sends keys and the caller gave none) before the retry loop re-sends the same request.
/// A key already on the request is never overwritten.
/// </summary>
internal sealed class IdempotencyKeyHandler : DelegatingHandler
{
    public const string HeaderName = "Idempotency-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = InstasentCallContext.From(request);
        if (context is not null && context.Operation.SendsIdempotencyKey)
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

        return base.SendAsync(request, cancellationToken);
    }
}
