using Instasent.Sdk.Errors;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// A wait that ends exactly at the call's deadline leaves no time for the retry it is for: the SDK fails at once
/// instead of sleeping the whole budget into a timeout. The fake clock is never advanced here, so a sleep would never end:
/// a real-time cancellation bounds each test, and a call that had started to sleep ends cancelled, failing the assertion.
/// </summary>
public sealed class DeadlineBoundaryTests : FakeServerFixture
{
    private static readonly TimeSpan RealTimeBound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_server_wait_exactly_as_long_as_the_whole_budget_fails_at_once()
    {
        var client = CreateClient(o => o.TotalTimeout = TimeSpan.FromSeconds(40));
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "40")));
        var before = Time.GetUtcNow();
        using var bound = new CancellationTokenSource(RealTimeBound);

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.Transactional.GetBalanceAsync(cancellationToken: bound.Token));

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(40)));
        Assert.That(ex.Attempts, Has.Count.EqualTo(1));
        Assert.That(Time.GetUtcNow(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_backoff_capped_at_exactly_the_whole_budget_fails_at_once()
    {
        var client = CreateClient(o =>
        {
            o.TotalTimeout = TimeSpan.FromSeconds(2);
            o.Retry.BaseDelay = TimeSpan.FromHours(1);
            o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(2);
        });
        Server.EnqueueFault(FakeFault.ServerError(500));
        var before = Time.GetUtcNow();
        using var bound = new CancellationTokenSource(RealTimeBound);

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => client.Transactional.GetBalanceAsync(cancellationToken: bound.Token));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(Time.GetUtcNow(), Is.EqualTo(before));
    }
}
