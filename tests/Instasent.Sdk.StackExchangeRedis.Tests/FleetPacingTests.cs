using System.Diagnostics;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.StackExchangeRedis.Tests.Support;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.StackExchangeRedis.Tests;

/// <summary>
/// The figures of the README: a fleet of four instances (separate containers, each with its own Redis connection)
/// shares one token whose quota is 50 requests per 2 s, enforced by the fake with real 429s. These are the only tests
/// of the SDK that run on the real clock: the waits are what they measure.
/// </summary>
[NonParallelizable]
public sealed class FleetPacingTests
{
    private const int Instances = 4;
    private const int WorkersPerInstance = 4;
    private const int Quota = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);
    private GarnetHost garnet = null!;
    private InstasentFakeServer fake = null!;

    private static double QuotaPerSecond => Quota / Window.TotalSeconds;

    [OneTimeSetUp]
    public void StartGarnet() => garnet = GarnetHost.Start();

    [OneTimeTearDown]
    public void StopGarnet() => garnet.Dispose();

    [SetUp]
    public async Task StartFake() =>
        fake = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { RateLimit = Quota, RateLimitWindow = Window });

    [TearDown]
    public async Task StopFake() => await fake.DisposeAsync();

    [Test]
    public async Task A_paced_fleet_sharing_Redis_gets_no_429_and_at_least_90_percent_of_the_quota()
    {
        var run = await RunFleetAsync(requests: 600, paced: true);

        await TestContext.Out.WriteLineAsync(run.Describe("paced (Redis)"));
        // Steady state: the windows between the first (partly before the run) and the last (the tail of the run).
        var perWindow = fake.Requests.GroupBy(r => r.ReceivedAt.ToUnixTimeMilliseconds() / (long)Window.TotalMilliseconds).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();
        var steady = perWindow[1..^1];
        await TestContext.Out.WriteLineAsync(FormattableString.Invariant($"paced (Redis): requests per {Window.TotalSeconds:0} s window at the server: {string.Join(", ", perWindow)}; steady state {steady.Average():0.0} of {Quota} = {steady.Average() / Quota:P0}"));
        Assert.That(run.RateLimited, Is.Zero, "no 429 at all");
        Assert.That(run.Failures, Is.Zero);
        Assert.That(run.Throughput, Is.GreaterThanOrEqualTo(0.9 * QuotaPerSecond), "≥ 90 % of the quota over the run");
        Assert.That(steady.Average(), Is.GreaterThanOrEqualTo(0.9 * Quota), "≥ 90 % of every full window's quota");
        Assert.That(perWindow, Is.All.LessThanOrEqualTo(Quota));
    }

    [Test]
    public async Task The_same_fleet_without_pacing_meets_a_429_storm()
    {
        // 200 requests, not 600: every 429 costs the window plus the retry policy's 1 s clock-skew margin, and the storm
        // is already plain after a few windows (the suite must stay short).
        var run = await RunFleetAsync(requests: 200, paced: false);

        await TestContext.Out.WriteLineAsync(run.Describe("unpaced"));
        Assert.That(run.RateLimited, Is.GreaterThan(0));
        Assert.That(run.Failures, Is.Zero, "the retry policy still delivers every call, late");
    }

    private async Task<FleetRun> RunFleetAsync(int requests, bool paced)
    {
        var providers = new List<ServiceProvider>();
        var prefix = "fleet:" + Guid.NewGuid().ToString("N") + ":";
        try
        {
            for (var i = 0; i < Instances; i++)
            {
                var services = new ServiceCollection();
                services.AddInstasentClient(o =>
                {
                    o.AllowInsecureHttp = true;
                    o.Transactional = fake.CreateClientOptions().Transactional;
                    o.TotalTimeout = TimeSpan.FromSeconds(60);
                    // One machine, one clock: the fake's reset is exact, so a small margin is enough.
                    o.Pacing.ResetMargin = TimeSpan.FromMilliseconds(100);
                });
                if (paced)
                {
                    // Each instance has its own connection; they share the Redis and the key prefix.
                    services.AddInstasentRedisPacing(garnet.Connect(), r => r.KeyPrefix = prefix);
                }

                providers.Add(services.BuildServiceProvider());
            }

            var clients = providers.Select(p => p.GetRequiredService<IInstasentClient>()).ToArray();
            var next = 0;
            var failures = 0;
            var stopwatch = Stopwatch.StartNew();
            var workers = clients.SelectMany(client => Enumerable.Range(0, WorkersPerInstance).Select(_ => Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= requests)
                {
                    try
                    {
                        await client.Transactional.GetBalanceAsync();
                    }
                    catch (Errors.InstasentException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            })));
            await Task.WhenAll(workers);
            stopwatch.Stop();
            return new FleetRun(requests, fake.RateLimitedCount, failures, stopwatch.Elapsed);
        }
        finally
        {
            foreach (var p in providers)
            {
                await p.DisposeAsync();
            }
        }
    }

    private sealed record FleetRun(int Requests, long RateLimited, int Failures, TimeSpan Elapsed)
    {
        public double Throughput => Requests / Elapsed.TotalSeconds;

        public string Describe(string label) => FormattableString.Invariant(
            $"{label}: {Instances} instances x {WorkersPerInstance} workers, {Requests} calls against {Quota} per {Window.TotalSeconds:0} s ({QuotaPerSecond:0.#}/s): {RateLimited} x 429, {Failures} failed, {Elapsed.TotalSeconds:0.0} s, {Throughput:0.0} calls/s = {Throughput / QuotaPerSecond:P0} of the quota");
    }
}
