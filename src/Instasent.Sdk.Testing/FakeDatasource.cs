namespace Instasent.Sdk.Testing;

/// <summary>A datasource known to the fake: its token (if it has one) and its per-minute rate limit.</summary>
public sealed class FakeDatasource
{
    private readonly object gate = new();
    private long windowStart = long.MinValue;
    private int used;
    private long calls;

    internal FakeDatasource(string projectId, string id, string name, string? token, int? rateLimitPerMinute)
    {
        ProjectId = projectId;
        Id = id;
        Name = name;
        Token = token;
        RateLimitPerMinute = rateLimitPerMinute;
    }

    /// <summary>Gets the project UID.</summary>
    public string ProjectId { get; }

    /// <summary>Gets the datasource id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the datasource token: it works for this datasource only. <see langword="null"/> when it has none.</summary>
    public string? Token { get; }

    /// <summary>Gets or sets the ingest calls allowed per minute (<see langword="null"/> = unlimited); beyond it the fake answers 429 with <c>X-RateLimit-Reset</c>.</summary>
    public int? RateLimitPerMinute { get; set; }

    /// <summary>Gets how many ingest calls reached the datasource (rate-limited ones included).</summary>
    public long Calls => Interlocked.Read(ref calls);

    /// <summary>Takes one call from the budget; returns the reset time when the budget is spent.</summary>
    internal (bool Allowed, int Limit, int Remaining, long ResetUnix) Take(DateTimeOffset now)
    {
        Interlocked.Increment(ref calls);
        var window = now.ToUnixTimeSeconds() / 60;
        lock (gate)
        {
            if (window != windowStart)
            {
                windowStart = window;
                used = 0;
            }

            var limit = RateLimitPerMinute ?? int.MaxValue;
            var reset = (window + 1) * 60;
            if (used >= limit)
            {
                return (false, limit, 0, reset);
            }

            used++;
            return (true, limit, limit - used, reset);
        }
    }
}
