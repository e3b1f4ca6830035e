namespace Instasent.Sdk.Tests.Support;

/// <summary>Counts attempts in flight on a <see cref="TestClock"/> (added just in front of the transport).</summary>
internal sealed class InFlightHandler(TestClock clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        clock.Enter();
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            clock.Exit();
        }
    }
}
