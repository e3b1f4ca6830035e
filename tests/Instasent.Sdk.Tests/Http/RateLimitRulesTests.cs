using System.Globalization;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// Which server hint decides which wait: reset headers and fixed windows only for 429, <c>Retry-After</c> only for
/// 429/503, ordinary backoff otherwise; server waits get 0–10 % jitter (clock-based ones a margin too) and are bounded by
/// the remaining <see cref="InstasentClientOptions.TotalTimeout"/>, not by <see cref="InstasentRetryOptions.MaxRetryDelay"/>.
/// </summary>
public sealed class RateLimitRulesTests : FakeServerFixture
{
    private static SmsRequest Message => new("Acme", "+34600111222", "Hello");

    // The library defaults, not the generous ones TestClients sets for other retry tests.
    private static void LibraryDefaults(InstasentClientOptions o)
    {
        var defaults = new InstasentClientOptions();
        o.AttemptTimeout = defaults.AttemptTimeout;
        o.TotalTimeout = defaults.TotalTimeout;
        o.Retry = new InstasentRetryOptions();
    }

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(504)]
    [TestCase(408)]
    public async Task A_transient_error_with_rate_limit_headers_is_retried_after_ordinary_backoff(int status)
    {
        // Variance: errors keep X-RateLimit-* (reset 60 s away: the clock starts on a minute boundary) and carry Retry-After.
        Server.Options.Variance.RateLimitHeadersOnErrors = true;
        var client = CreateClient(LibraryDefaults);
        Server.EnqueueFault(FakeFault.ServerError(status));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        var first = Server.Requests[0];
        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { status, 200 }));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.Backoff), "a reset or Retry-After on a " + status + " is not a wait request");
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(0.4, 0.6));
        Assert.That(Server.Requests[1].ReceivedAt - first.ReceivedAt, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task The_fake_variance_really_sends_the_headers_on_errors()
    {
        Server.Options.Variance.RateLimitHeadersOnErrors = true;
        var client = CreateClient(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(FakeFault.ServerError(500));

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.Info.RateLimit?.ResetAt, Is.EqualTo(Time.GetUtcNow().AddSeconds(60)));
        Assert.That(ex.Info.RateLimit?.Limit, Is.EqualTo(1200));
    }

    [Test]
    public async Task A_503_ignores_the_reset_header_and_uses_backoff()
    {
        var client = CreateClient(LibraryDefaults);
        var reset = Time.GetUtcNow().AddSeconds(50).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Server.EnqueueFault(FakeFault.ServerError(503) with { Headers = new Dictionary<string, string> { ["X-RateLimit-Reset"] = reset } });

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.Backoff));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(0.4, 0.6));
    }

    [Test]
    public async Task A_503_honours_retry_after_with_up_to_ten_percent_jitter()
    {
        var client = CreateClient(LibraryDefaults);
        Server.EnqueueFault(FakeFault.ServerError(503) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "20" } });

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfter));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(20.0, 22.0));
    }

    [Test]
    public async Task Server_waits_are_jittered_so_a_fleet_does_not_come_back_at_once()
    {
        var client = CreateClient();
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "10")));
            var response = await WithFakeTime(client.Transactional.GetBalanceAsync());
            delays.Add(response.Attempts[0].RetryDelay!.Value);
        }

        Assert.That(delays.Select(d => d.TotalSeconds), Is.All.InRange(10.0, 11.0));
        Assert.That(delays.Distinct().Count(), Is.GreaterThan(1), "six clients told to wait 10 s must not all retry at the same instant");
    }

    [Test]
    public async Task A_wait_until_a_reset_time_gets_a_margin_for_clock_skew()
    {
        var client = CreateClient();
        var reset = Time.GetUtcNow().AddSeconds(4).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Server.EnqueueFault(FakeFault.RateLimited(("X-RateLimit-Reset", reset)));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RateLimitReset));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(4.5, 6.0), "past the reset on the server's clock too");
    }

    private static IEnumerable<TestCaseData> HeaderForms()
    {
        // name, headers (value "+N" is a Unix time N seconds from now, "+Nms" the same in milliseconds), expected source, min s, max s
        yield return new TestCaseData("Retry-After 0", new[] { ("Retry-After", "0") }, RetryDelaySource.RetryAfter, 0.0, 0.01);
        yield return new TestCaseData("Retry-After fractional", new[] { ("Retry-After", "1.5") }, RetryDelaySource.RetryAfter, 1.5, 1.65);
        yield return new TestCaseData("negative Retry-After falls through", new[] { ("Retry-After", "-5"), ("X-RateLimit-Reset", "+3") }, RetryDelaySource.RateLimitReset, 3.0, 5.0);
        yield return new TestCaseData("garbage Retry-After falls through", new[] { ("Retry-After", "soon"), ("retry-after-ms", "700") }, RetryDelaySource.RetryAfterMilliseconds, 0.7, 0.77);
        yield return new TestCaseData("NaN Retry-After falls through", new[] { ("Retry-After", "NaN"), ("retry-after-ms", "700") }, RetryDelaySource.RetryAfterMilliseconds, 0.7, 0.77);
        yield return new TestCaseData("negative retry-after-ms falls through", new[] { ("retry-after-ms", "-100"), ("X-RateLimit-Reset", "+3") }, RetryDelaySource.RateLimitReset, 3.0, 5.0);
        yield return new TestCaseData("reset in Unix seconds", new[] { ("X-RateLimit-Reset", "+3") }, RetryDelaySource.RateLimitReset, 3.0, 5.0);
        yield return new TestCaseData("reset in Unix milliseconds", new[] { ("X-RateLimit-Reset", "+3ms") }, RetryDelaySource.RateLimitReset, 3.0, 5.0);
        yield return new TestCaseData("reset as seconds from now", new[] { ("X-RateLimit-Reset", "3") }, RetryDelaySource.RateLimitReset, 3.0, 3.3);
        yield return new TestCaseData("reset in the past", new[] { ("X-RateLimit-Reset", "+-30") }, RetryDelaySource.RateLimitReset, 0.0, 1.5);
        yield return new TestCaseData("negative reset falls back to backoff", new[] { ("X-RateLimit-Reset", "-3") }, RetryDelaySource.Backoff, 0.4, 0.6);
        yield return new TestCaseData("HTTP-date in the past", new[] { ("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT") }, RetryDelaySource.RetryAfter, 0.0, 1.5);
    }

    [TestCaseSource(nameof(HeaderForms))]
    public async Task Header_forms_are_read_defensively(string name, (string Name, string Value)[] headers, RetryDelaySource source, double min, double max)
    {
        var client = CreateClient(LibraryDefaults);
        var now = Time.GetUtcNow();
        Server.EnqueueFault(FakeFault.RateLimited(headers.Select(h => (h.Name, Resolve(h.Value, now))).ToArray()));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(source), name);
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(min, max), name);
    }

    [TestCase("99999999999999999999")]
    [TestCase("1e30")]
    [TestCase("Fri, 31 Dec 9999 23:59:59 GMT")]
    public async Task A_huge_retry_after_fails_at_once_without_sleeping(string value)
    {
        var client = CreateClient(LibraryDefaults);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", value)));
        var before = Time.GetUtcNow();

        // No fake-clock advancing: if the SDK slept, this call would never complete.
        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.Transactional.SendSmsAsync(Message));

        Assert.That(Time.GetUtcNow(), Is.EqualTo(before));
        Assert.That(ex!.RetryAfter, Is.GreaterThan(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1)));
        Assert.That(ex.Message, Does.Contain("TotalTimeout"));
        Assert.That(Server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_server_wait_longer_than_max_retry_delay_is_waited_when_it_fits_the_total_timeout()
    {
        // MaxRetryDelay caps the SDK's own backoff; the server's wait is bounded by what is left of TotalTimeout.
        var client = CreateClient(LibraryDefaults);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "45")));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 429, 200 }));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(45.0, 49.5));
    }

    [Test]
    public async Task A_server_wait_whose_jitter_would_pass_the_deadline_is_waited_without_it()
    {
        var client = CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
        });
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "19.9")));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts[0].RetryDelay, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.GreaterThanOrEqualTo(19.9));
    }

    [Test]
    public void A_total_timeout_alone_builds_a_client()
    {
        var options = Server.CreateClientOptions();
        options.TotalTimeout = TimeSpan.FromSeconds(20);

        Assert.DoesNotThrow(() => new InstasentClient(options).Dispose());
    }

    [Test]
    public async Task An_attempt_timeout_above_the_total_timeout_is_cut_to_it()
    {
        // AttemptTimeout 10 min (TestClients) and TotalTimeout 12 s: construction succeeds and the call ends at 12 s.
        var client = CreateClient(o => o.TotalTimeout = TimeSpan.FromSeconds(12));
        Server.EnqueueFault(FakeFault.Hung());
        var before = Time.GetUtcNow();

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => WithFakeTime(client.Transactional.GetBalanceAsync()));

        Assert.That(ex!.Kind, Is.EqualTo(TransportFailureKind.Timeout));
        Assert.That(Time.GetUtcNow() - before, Is.EqualTo(TimeSpan.FromSeconds(12)));
    }

    [TestCase("1795000000", 1795000000000L)]
    [TestCase("1795000000123", 1795000000123L)]
    [TestCase("42", null)]
    [TestCase("-1", null)]
    [TestCase("soon", null)]
    public void Rate_limit_info_reads_the_reset_forms_it_can_place_without_a_clock(string value, long? expectedUnixMs)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "600");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", value);

        var info = RateLimitInfo.FromHeaders(response.Headers);

        // "Seconds from now" needs the call's clock, so the public reader leaves it out rather than placing it in 1970.
        Assert.That(info!.ResetAt, Is.EqualTo(expectedUnixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null));
        Assert.That(info.Limit, Is.EqualTo(600));
    }

    private static string Resolve(string value, DateTimeOffset now)
    {
        if (!value.StartsWith('+'))
        {
            return value;
        }

        var milliseconds = value.EndsWith("ms", StringComparison.Ordinal);
        var seconds = long.Parse(value.AsSpan(1, value.Length - (milliseconds ? 3 : 1)), CultureInfo.InvariantCulture);
        var at = now.AddSeconds(seconds);
        return (milliseconds ? at.ToUnixTimeMilliseconds() : at.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
    }
}
