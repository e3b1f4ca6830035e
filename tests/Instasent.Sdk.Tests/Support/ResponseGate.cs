using System.Collections.Concurrent;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.Tests.Support;

/// <summary>
/// Holds the responses of chosen requests after the server answered them (so the server has done the work) until the
/// test releases them, so a test can cancel a bulk while exactly those batches are in flight, without real-time races.
/// Add one <see cref="Handler"/> per client chain: a handler instance cannot be shared between chains.
/// </summary>
internal sealed class ResponseGate(string pathEndsWith, params int[] holdRequestNumbers)
{
    private readonly string pathEndsWith = pathEndsWith;
    private readonly int[] holdRequestNumbers = holdRequestNumbers;
    private readonly ConcurrentDictionary<int, TaskCompletionSource> held = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> releases = new();
    private int count;

    public DelegatingHandler Handler() => new GateHandler(this);

    /// <summary>
    /// A client wired to the fake server through the real DI registration, with this gate in every chain and the
    /// generous timeouts of <see cref="TestClients"/>; the caller disposes the provider.
    /// </summary>
    public ServiceProvider CreateProvider(InstasentFakeServer server, TimeProvider time, Action<InstasentClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddInstasentClient(o =>
            {
                TestClients.Copy(server.CreateClientOptions(), o);
                o.AttemptTimeout = TimeSpan.FromMinutes(10);
                o.TotalTimeout = TimeSpan.FromMinutes(30);
                o.Retry.MaxRetryDelay = TimeSpan.FromMinutes(5);
                configure?.Invoke(o);
            })
            .ConfigureHttpClients(b => b.AddHttpMessageHandler(Handler));
        return services.BuildServiceProvider();
    }

    /// <summary>Completes when the given request (1-based, counted over matching requests) is being held.</summary>
    public Task HeldAsync(int requestNumber) => Held(requestNumber).Task.WaitAsync(TimeSpan.FromSeconds(30));

    public void Release(int requestNumber) => releases.GetOrAdd(requestNumber, NewSource).TrySetResult();

    private static TaskCompletionSource NewSource(int _) => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource Held(int requestNumber) => held.GetOrAdd(requestNumber, NewSource);

    private sealed class GateHandler(ResponseGate gate) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var matches = request.RequestUri!.AbsolutePath.EndsWith(gate.pathEndsWith, StringComparison.Ordinal);
            var number = matches ? Interlocked.Increment(ref gate.count) : 0;
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (matches && gate.holdRequestNumbers.Contains(number))
            {
                gate.Held(number).TrySetResult();
                var release = gate.releases.GetOrAdd(number, NewSource);
                try
                {
                    // Bounded: a test that forgets to release fails instead of hanging the run.
                    await release.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }

            return response;
        }
    }
}
