using System.Net.Http.Headers;
using Instasent.Sdk.Http;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// How long the SDK waits for each server hint, read on the test clock: every value shape a server may send, the ones
/// that cannot mean a wait, the bounds, and the correction for a host clock that disagrees with the server's.
/// </summary>
public sealed class ServerRetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 10, 0, 15, TimeSpan.Zero);
    private FakeTimeProvider time = null!;

    [SetUp]
    public void SetUp() => time = new FakeTimeProvider(Now);

    private static HttpResponseHeaders Headers(params (string Name, string[] Values)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, values) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, values);
        }

        return response.Headers;
    }

    private (bool Found, TimeSpan Delay, RetryDelaySource Source, bool ClockBased) RetryAfter(HttpResponseHeaders headers)
    {
        var found = ServerRetryDelay.TryGetRetryAfter(headers, time, out var delay, out var source, out var clockBased);
        return (found, delay, source, clockBased);
    }

    private (bool Found, TimeSpan Delay, bool ClockBased) Reset(HttpResponseHeaders headers)
    {
        var found = ServerRetryDelay.TryGetReset(headers, time, out var delay, out var clockBased);
        return (found, delay, clockBased);
    }

    [TestCase("120", 120_000)]
    [TestCase(" 1.5 ", 1_500)]
    [TestCase("0", 0)]
    public void Retry_after_in_seconds_is_a_wait_from_now(string value, int expectedMs)
    {
        Assert.That(RetryAfter(Headers(("Retry-After", [value]))), Is.EqualTo((true, TimeSpan.FromMilliseconds(expectedMs), RetryDelaySource.RetryAfter, false)));
    }

    [TestCase("-5")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("soon")]
    public void A_retry_after_that_cannot_mean_a_wait_is_skipped_for_the_next_value(string bad)
    {
        Assert.That(RetryAfter(Headers(("Retry-After", [bad, "7"]))), Is.EqualTo((true, TimeSpan.FromSeconds(7), RetryDelaySource.RetryAfter, false)));
    }

    [Test]
    public void A_huge_retry_after_is_read_as_the_ceiling()
    {
        Assert.That(RetryAfter(Headers(("Retry-After", ["1e12"]))).Delay, Is.EqualTo(ServerRetryDelay.Ceiling));
        Assert.That(RetryAfter(Headers(("Retry-After", ["86399"]))).Delay, Is.EqualTo(TimeSpan.FromSeconds(86399)));
    }

    [Test]
    public void An_http_date_is_a_point_on_the_servers_clock()
    {
        var at = Now.AddSeconds(30).ToString("r");

        Assert.That(RetryAfter(Headers(("Retry-After", [at]))), Is.EqualTo((true, TimeSpan.FromSeconds(30), RetryDelaySource.RetryAfter, true)));
    }

    [Test]
    public void An_iso_date_is_read_too()
    {
        Assert.That(RetryAfter(Headers(("Retry-After", ["2026-01-01T10:01:15Z"]))).Delay, Is.EqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public void A_date_in_the_past_is_no_wait_and_one_years_away_is_the_ceiling()
    {
        Assert.That(RetryAfter(Headers(("Retry-After", [Now.AddMinutes(-1).ToString("r")]))), Is.EqualTo((true, TimeSpan.Zero, RetryDelaySource.RetryAfter, true)));
        Assert.That(RetryAfter(Headers(("Retry-After", [Now.AddYears(3).ToString("r")]))).Delay, Is.EqualTo(ServerRetryDelay.Ceiling));
    }

    [Test]
    public void Retry_after_ms_is_read_when_retry_after_says_nothing_usable()
    {
        var headers = Headers(("Retry-After", ["soon"]), ("retry-after-ms", ["-1", "NaN", "x", " 2500 "]));

        Assert.That(RetryAfter(headers), Is.EqualTo((true, TimeSpan.FromMilliseconds(2500), RetryDelaySource.RetryAfterMilliseconds, false)));
    }

    [Test]
    public void Retry_after_wins_over_retry_after_ms()
    {
        var headers = Headers(("Retry-After", ["3"]), ("retry-after-ms", ["2500"]));

        Assert.That(RetryAfter(headers).Source, Is.EqualTo(RetryDelaySource.RetryAfter));
    }

    [Test]
    public void A_huge_retry_after_ms_is_the_ceiling()
    {
        Assert.That(RetryAfter(Headers(("retry-after-ms", ["1e15"]))).Delay, Is.EqualTo(ServerRetryDelay.Ceiling));
    }

    [Test]
    public void Without_a_usable_hint_there_is_no_server_wait()
    {
        Assert.That(RetryAfter(Headers(("retry-after-ms", ["-3", "Infinity"]))), Is.EqualTo((false, TimeSpan.Zero, RetryDelaySource.None, false)));
        Assert.That(Reset(Headers(("X-RateLimit-Reset", ["-3", "NaN", "later"]))), Is.EqualTo((false, TimeSpan.Zero, false)));
        Assert.That(Reset(Headers()), Is.EqualTo((false, TimeSpan.Zero, false)));
    }

    [Test]
    public void A_small_reset_is_seconds_from_now()
    {
        Assert.That(Reset(Headers(("X-RateLimit-Reset", ["-1", " 30 "]))), Is.EqualTo((true, TimeSpan.FromSeconds(30), false)));
        Assert.That(Reset(Headers(("X-RateLimit-Reset", ["1e8"]))), Is.EqualTo((true, ServerRetryDelay.Ceiling, false)));
    }

    [Test]
    public void A_reset_in_unix_seconds_or_milliseconds_is_a_point_on_the_servers_clock()
    {
        var seconds = Now.AddSeconds(40).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ms = Now.AddSeconds(40).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Reset(Headers(("X-RateLimit-Reset", [seconds]))), Is.EqualTo((true, TimeSpan.FromSeconds(40), true)));
        Assert.That(Reset(Headers(("X-RateLimit-Reset", [ms]))), Is.EqualTo((true, TimeSpan.FromSeconds(40), true)));
        Assert.That(Reset(Headers(("X-RateLimit-Reset", [Now.AddSeconds(-40).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)]))), Is.EqualTo((true, TimeSpan.Zero, true)));
    }

    [Test]
    public void Zero_is_a_wait_of_zero_in_every_header()
    {
        Assert.That(RetryAfter(Headers(("retry-after-ms", ["0"]))), Is.EqualTo((true, TimeSpan.Zero, RetryDelaySource.RetryAfterMilliseconds, false)));
        Assert.That(Reset(Headers(("X-RateLimit-Reset", ["0"]))), Is.EqualTo((true, TimeSpan.Zero, false)));
    }

    [Test]
    public void A_reset_of_exactly_1e9_is_a_unix_time_long_past()
    {
        Assert.That(Reset(Headers(("X-RateLimit-Reset", ["1000000000"]))), Is.EqualTo((true, TimeSpan.Zero, true)));
        Assert.That(Reset(Headers(("X-RateLimit-Reset", ["999999999"]))), Is.EqualTo((true, ServerRetryDelay.Ceiling, false)));
    }

    [Test]
    public void A_reset_too_large_to_be_a_time_is_skipped()
    {
        Assert.That(Reset(Headers(("X-RateLimit-Reset", ["1e20", "12"]))), Is.EqualTo((true, TimeSpan.FromSeconds(12), false)));
    }

    [Test]
    public void Unix_reset_values_are_placed_by_their_magnitude()
    {
        Assert.That(ServerRetryDelay.UnixResetTime(999_999_999), Is.Null, "below 1e9 it is a count of seconds");
        Assert.That(ServerRetryDelay.UnixResetTime(1e9), Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_000_000_000)));
        Assert.That(ServerRetryDelay.UnixResetTime(99_999_999_999), Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(99_999_999_999)));
        Assert.That(ServerRetryDelay.UnixResetTime(1e11), Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(100_000_000_000)));
        Assert.That(ServerRetryDelay.UnixResetTime(253402300799999), Is.EqualTo(DateTimeOffset.MaxValue.AddTicks(-9999)));
        Assert.That(ServerRetryDelay.UnixResetTime(253402300800000), Is.Null);
        Assert.That(ServerRetryDelay.UnixResetTime(1_700_000_000.5), Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_500)));
    }

    [Test]
    public void The_fixed_window_wait_ends_at_the_next_boundary()
    {
        Assert.That(ServerRetryDelay.UntilNextWindow(TimeSpan.FromMinutes(1), time), Is.EqualTo(TimeSpan.FromSeconds(45)));

        time.SetUtcNow(new DateTimeOffset(2026, 1, 1, 10, 1, 0, TimeSpan.Zero));

        Assert.That(ServerRetryDelay.UntilNextWindow(TimeSpan.FromMinutes(1), time), Is.EqualTo(TimeSpan.FromMinutes(1)), "on the boundary the window has just begun");
    }

    [Test]
    public void The_spread_wait_is_never_less_than_asked_and_at_most_ten_percent_more()
    {
        var requested = TimeSpan.FromSeconds(10);
        for (var i = 0; i < 200; i++)
        {
            Assert.That(ServerRetryDelay.Spread(requested, clockBased: false), Is.InRange(requested, TimeSpan.FromSeconds(11)));
            Assert.That(ServerRetryDelay.Spread(requested, clockBased: true), Is.InRange(requested + ServerRetryDelay.ClockSkewMargin, TimeSpan.FromSeconds(12)));
        }

        Assert.That(ServerRetryDelay.Spread(TimeSpan.Zero, clockBased: false), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void The_spread_wait_is_jittered()
    {
        var requested = TimeSpan.FromSeconds(10);
        var waits = Enumerable.Range(0, 20).Select(_ => ServerRetryDelay.Spread(requested, clockBased: false)).Distinct().Count();

        Assert.That(waits, Is.GreaterThan(1), "clients throttled together must not all come back at the same instant");
    }

    [Test]
    public void Without_a_date_header_the_clocks_are_taken_to_agree()
    {
        var at = Now.AddSeconds(30);

        Assert.That(ServerRetryDelay.ToClientTime(at, Headers(), time), Is.EqualTo(at));
    }

    [TestCase(0)]
    [TestCase(5)]
    [TestCase(-5)]
    public void A_server_date_within_five_seconds_leaves_the_point_as_is(int serverAheadSeconds)
    {
        var headers = Headers();
        headers.Date = Now.AddSeconds(serverAheadSeconds);
        var at = Now.AddSeconds(30);

        Assert.That(ServerRetryDelay.ToClientTime(at, headers, time), Is.EqualTo(at));
    }

    [TestCase(6)]
    [TestCase(-6)]
    [TestCase(600)]
    [TestCase(-3600)]
    public void A_server_clock_further_off_moves_the_point_by_the_difference(int serverAheadSeconds)
    {
        var headers = Headers();
        headers.Date = Now.AddSeconds(serverAheadSeconds);
        var at = Now.AddSeconds(serverAheadSeconds + 30);

        Assert.That(ServerRetryDelay.ToClientTime(at, headers, time), Is.EqualTo(Now.AddSeconds(30)));
    }

    [Test]
    public void A_server_clock_days_off_moves_the_point_by_one_day_at_most()
    {
        var behind = Headers();
        behind.Date = Now.AddDays(-10);
        var ahead = Headers();
        ahead.Date = Now.AddDays(10);

        Assert.That(ServerRetryDelay.ToClientTime(Now, behind, time), Is.EqualTo(Now.AddDays(1)));
        Assert.That(ServerRetryDelay.ToClientTime(Now, ahead, time), Is.EqualTo(Now.AddDays(-1)));
    }

    [Test]
    public void Moving_a_point_never_overflows_the_calendar()
    {
        var behind = Headers();
        behind.Date = Now.AddHours(-2);
        var ahead = Headers();
        ahead.Date = Now.AddHours(2);

        Assert.That(ServerRetryDelay.ToClientTime(DateTimeOffset.MaxValue.AddMinutes(-1), behind, time), Is.EqualTo(DateTimeOffset.MaxValue));
        Assert.That(ServerRetryDelay.ToClientTime(DateTimeOffset.MinValue.AddMinutes(1), ahead, time), Is.EqualTo(DateTimeOffset.MinValue));
    }

    [Test]
    public void A_retry_after_date_from_a_server_whose_clock_is_ahead_is_waited_on_this_clock()
    {
        var headers = Headers(("Retry-After", [Now.AddMinutes(10).AddSeconds(30).ToString("r")]));
        headers.Date = Now.AddMinutes(10);

        Assert.That(RetryAfter(headers).Delay, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }
}
