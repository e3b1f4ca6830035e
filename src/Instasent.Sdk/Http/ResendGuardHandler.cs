using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Http;

/// <summary>
/// The innermost handler, in front of the transport: it refuses a second send of a request that is not safe to repeat
/// unless the SDK's own retry policy started it. Handlers the SDK does not own can sit around its pipeline (an app's
/// <c>ConfigureHttpClientDefaults</c>, a handler added through <c>ConfigureHttpClients</c>) and a retrying one would
/// otherwise deliver an SMS the server already stored a second time.
/// </summary>
internal sealed class ResendGuardHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = InstasentCallContext.From(request);
        if (context is not null && !context.TryStartTransportSend())
        {
            throw new InstasentResendRefusedException(context.ToErrorInfo());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
