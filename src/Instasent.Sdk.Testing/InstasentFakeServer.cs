using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Instasent.Sdk.Testing;

/// <summary>
/// An in-process fake of the vendor APIs on real loopback HTTP (127.0.0.1, random port), with in-memory state and
/// fault injection. Use it in your own tests: point <see cref="InstasentClientOptions"/> at it with
/// <see cref="CreateClientOptions"/>, make calls, then inspect <see cref="Requests"/> and the state.
/// </summary>
public sealed partial class InstasentFakeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly List<FakeFault> faults = [];
    private readonly Dictionary<FakeFault, int> faultUses = [];
    private long requestCount;
    private long activeHangs;
    private long remaining;
    private long rateLimited;
    private readonly Dictionary<string, (long WindowStart, long Count)> windows = new(StringComparer.Ordinal);

    private InstasentFakeServer(WebApplication app, InstasentFakeServerOptions options)
    {
        this.app = app;
        Options = options;
        Sms = new FakeSmsState(options);
        Audience = new FakeAudienceState(options);
        LynSms = new FakeLynSmsState(options);
        Hellio = new FakeHellioState(options);
        remaining = options.RateLimit;
    }

    /// <summary>Gets the settings.</summary>
    public InstasentFakeServerOptions Options { get; }

    /// <summary>Gets the root address, for example <c>http://127.0.0.1:51234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets the Legacy API base address (the root).</summary>
    public Uri LegacyBaseAddress => BaseAddress;

    /// <summary>Gets the Transactional API base address (<c>/transactional/v1</c>).</summary>
    public Uri TransactionalBaseAddress => new(BaseAddress, "transactional/v1");

    /// <summary>Gets the state of the Legacy and Transactional SMS APIs.</summary>
    public FakeSmsState Sms { get; }

    /// <summary>Gets the Product and Ingest API base address (<c>/v1</c>).</summary>
    public Uri ProductBaseAddress => new(BaseAddress, "v1");

    /// <summary>Gets the state shared by the Product and Ingest APIs (contacts, events, datasources, segments, direct SMS).</summary>
    public FakeAudienceState Audience { get; }

    /// <summary>Gets the LynSMS API base address (<c>/lynsms/api/v1</c>).</summary>
    public Uri LynSmsBaseAddress => new(BaseAddress, FakeLynSmsApi.Prefix.TrimStart('/'));

    /// <summary>Gets the state of the LynSMS API.</summary>
    public FakeLynSmsState LynSms { get; }

    /// <summary>Gets the Hellio API base address (<c>/hellio/v1</c>).</summary>
    public Uri HellioBaseAddress => new(BaseAddress, FakeHellioApi.Prefix.TrimStart('/'));

    /// <summary>Gets the state of the Hellio API.</summary>
    public FakeHellioState Hellio { get; }

    /// <summary>Gets every request received, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>
    /// Gets how many requests the server is holding right now while their client waits: <see cref="FakeFault.Hung"/>
    /// faults, and keyed sends still processing (<see cref="FakeServerVariance.KeyedSendProcessingTime"/>).
    /// </summary>
    public long ActiveHangs => Interlocked.Read(ref activeHangs);

    /// <summary>Gets how many requests were refused with 429 by the enforced <see cref="InstasentFakeServerOptions.RateLimitWindow"/>.</summary>
    public long RateLimitedCount => Interlocked.Read(ref rateLimited);

    /// <summary>Gets how many requests arrived (also counted when recording is off).</summary>
    public long RequestCount => Interlocked.Read(ref requestCount);

    /// <summary>
    /// Gets how often each behaviour of <see cref="InstasentFakeServerOptions.Variance"/> actually happened so far (a page
    /// capped, a bulk answer reordered, a bulk error without its position, a Retry-After on an error, webhook copies
    /// delivered concurrently, a keyed send held in flight, ...), by a readable name. A switch that is on but never
    /// fired tested nothing. Counted per <see cref="FakeServerVariance"/> instance, so servers sharing one share counts.
    /// </summary>
    public IReadOnlyDictionary<string, long> VarianceEvents => Options.Variance.Events.Snapshot();

    /// <summary>Starts a server on a free loopback port.</summary>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<InstasentFakeServer> StartAsync(InstasentFakeServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new InstasentFakeServerOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 32 * 1024 * 1024;
        });
        var app = builder.Build();
        var server = new InstasentFakeServer(app, options);
        app.Use(server.RecordAsync);
        app.Use(server.ApplyFaultsAsync);
        foreach (var module in server.Modules())
        {
            module.Map(app);
        }

        app.MapFallback(static context =>
        {
            context.Response.StatusCode = 404;
            return context.Response.WriteAsync("{\"message\":\"Not found\"}");
        });

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    /// <summary>
    /// Creates client options that point every family at this server, with <see cref="InstasentClientOptions.AllowInsecureHttp"/>
    /// set (loopback only) and the same token for every family. LynSMS gets a key of the LynSMS form
    /// (<c>ds_live_</c>…) instead, so the SDK's key-format check passes; the fake accepts any key.
    /// </summary>
    /// <param name="token">The token to use.</param>
    /// <returns>The options.</returns>
    public InstasentClientOptions CreateClientOptions(string token = "fake-token")
    {
        var options = new InstasentClientOptions { AllowInsecureHttp = true };
        options.Legacy.BaseAddress = LegacyBaseAddress;
        options.Legacy.Token = token;
        options.Transactional.BaseAddress = TransactionalBaseAddress;
        options.Transactional.Token = token;
        options.Product.BaseAddress = ProductBaseAddress;
        options.Product.Token = token;
        options.Product.ProjectId = FakeAudienceState.DefaultProjectId;
        options.Ingest.BaseAddress = ProductBaseAddress;
        options.Ingest.ProjectId = FakeAudienceState.DefaultProjectId;
        options.LynSms.BaseAddress = LynSmsBaseAddress;
        options.LynSms.Token = FakeLynSmsKey;
        options.Hellio.BaseAddress = HellioBaseAddress;
        options.Hellio.Token = token;
        return options;
    }

    /// <summary>The LynSMS key <see cref="CreateClientOptions"/> configures.</summary>
    public const string FakeLynSmsKey = "ds_live_fake0000000000000000000000000000";

    /// <summary>Queues a fault for the next matching request(s).</summary>
    /// <param name="fault">The fault.</param>
    public void EnqueueFault(FakeFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (faults)
        {
            faults.Add(fault);
            faultUses[fault] = 0;
        }
    }

    /// <summary>Removes every queued fault.</summary>
    public void ClearFaults()
    {
        lock (faults)
        {
            faults.Clear();
            faultUses.Clear();
        }
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests() => requests.Clear();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Checks the bearer token; writes a 401 and returns <see langword="false"/> when it is missing or not accepted.</summary>
    internal async Task<bool> AuthorizeAsync(HttpContext context, string? unauthorizedBody = null)
    {
        var token = BearerToken(context.Request);
        if (token is not null && (Options.ValidTokens.Count == 0 || Options.ValidTokens.Contains(token)))
        {
            return true;
        }

        context.Response.StatusCode = 401;
        if (unauthorizedBody is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(unauthorizedBody).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>
    /// Server-side work that takes <paramref name="duration"/> on the fake's clock and goes on after the client gave up.
    /// It counts in <see cref="ActiveHangs"/> only while the client still waits, so a fake-clock driver may fire the
    /// client's timeout then, and treats the rest like any other pending timer.
    /// </summary>
    internal async Task HoldAsync(TimeSpan duration, CancellationToken clientGone)
    {
        var counted = 1;
        Interlocked.Increment(ref activeHangs);
        void Uncount()
        {
            if (Interlocked.Exchange(ref counted, 0) == 1)
            {
                Interlocked.Decrement(ref activeHangs);
            }
        }

        using var registration = clientGone.Register(Uncount);
        try
        {
            // Only the server's own shutdown ends the work early; otherwise disposing would wait for a fake clock nobody moves.
            await Task.Delay(duration, Options.TimeProvider, app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        finally
        {
            Uncount();
        }
    }

    internal static string? BearerToken(HttpRequest request)
    {
        var auth = request.Headers.Authorization.ToString();
        return auth.StartsWith("Bearer ", StringComparison.Ordinal) && auth.Length > 7 ? auth[7..] : null;
    }

    internal static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        request.Body.Position = 0;
        return body;
    }

    internal static async Task WriteJsonAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json).ConfigureAwait(false);
    }

    private IEnumerable<IFakeApiModule> Modules()
    {
        yield return new FakeSmsApi(this, string.Empty, "Legacy");
        yield return new FakeSmsApi(this, "/transactional/v1", "Transactional");
        yield return new FakeProductApi(this);
        yield return new FakeIngestApi(this);
        yield return new FakeLynSmsApi(this);
        yield return new FakeHellioApi(this);
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref requestCount);

        // Like a real server, every answer says what time it is on the server's clock, which is this fake's clock, so
        // clients can measure server-given points in time (HTTP-dates, reset times) against it.
        context.Response.Headers.Date = Options.TimeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        context.Request.EnableBuffering();
        if (Options.RecordRequests || Options.FaultInjector is not null)
        {
            var body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.QueryString.Value ?? string.Empty,
                headers,
                body,
                Options.TimeProvider.GetUtcNow())
            {
                RawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? string.Empty,
            };
            context.Items[typeof(RecordedRequest)] = recorded;
            if (Options.RecordRequests)
            {
                requests.Enqueue(recorded);
            }
        }

        var now = Options.TimeProvider.GetUtcNow();
        if (Options.RateLimitWindow is { } window && window > TimeSpan.Zero)
        {
            await EnforceWindowAsync(context, next, window, now).ConfigureAwait(false);
            return;
        }

        var left = Math.Max(0, Interlocked.Decrement(ref remaining));
        context.Response.Headers["X-Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..20];
        context.Response.Headers["X-RateLimit-Limit"] = Options.RateLimit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remaining"] = left.ToString(CultureInfo.InvariantCulture);
        var untilReset = 60 - (now.ToUnixTimeSeconds() % 60);
        context.Response.Headers["X-RateLimit-Reset"] = (now.ToUnixTimeSeconds() + untilReset).ToString(CultureInfo.InvariantCulture);
        if (Options.Variance.RateLimitHeadersOnErrors)
        {
            // Some servers put the window's Retry-After on every error; a client must use it only where it means "wait".
            context.Response.OnStarting(() =>
            {
                var status = context.Response.StatusCode;
                if ((status >= 500 || status == 408) && !context.Response.Headers.ContainsKey("Retry-After"))
                {
                    Options.Variance.Events.Count(FakeVarianceEvents.RetryAfterOnError);
                    context.Response.Headers["Retry-After"] = untilReset.ToString(CultureInfo.InvariantCulture);
                }

                return Task.CompletedTask;
            });
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// A fixed window per bearer token, as a real API enforces its quota: the request is counted in the window it
    /// arrives in, and one over the limit gets 429 with the honest reset of that window.
    /// </summary>
    private async Task EnforceWindowAsync(HttpContext context, RequestDelegate next, TimeSpan window, DateTimeOffset now)
    {
        var windowMs = Math.Max(1, (long)window.TotalMilliseconds);
        var nowMs = now.ToUnixTimeMilliseconds();
        var start = nowMs - (nowMs % windowMs);
        long count;
        var token = BearerToken(context.Request) ?? string.Empty;
        lock (windows)
        {
            count = windows.TryGetValue(token, out var current) && current.WindowStart == start ? current.Count + 1 : 1;
            windows[token] = (start, count);
        }

        var resetSeconds = (start + windowMs + 999) / 1000;
        context.Response.Headers["X-Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..20];
        context.Response.Headers["X-RateLimit-Limit"] = Options.RateLimit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remaining"] = Math.Max(0, Options.RateLimit - count).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture);
        if (count > Options.RateLimit)
        {
            Interlocked.Increment(ref rateLimited);
            context.Response.StatusCode = 429;
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private FakeFault? TakeFault(HttpContext context)
    {
        var token = BearerToken(context.Request);
        lock (faults)
        {
            foreach (var fault in faults)
            {
                if ((fault.Method is null || string.Equals(fault.Method, context.Request.Method, StringComparison.OrdinalIgnoreCase))
                    && (fault.PathEndsWith is null || (context.Request.Path.Value ?? string.Empty).EndsWith(fault.PathEndsWith, StringComparison.Ordinal))
                    && (fault.Token is null || fault.Token == token))
                {
                    var uses = ++faultUses[fault];
                    if (uses <= fault.Skip)
                    {
                        continue;
                    }

                    if (uses - fault.Skip >= fault.Times)
                    {
                        faults.Remove(fault);
                        faultUses.Remove(fault);
                    }

                    return fault;
                }
            }
        }

        return null;
    }

    private async Task ApplyFaultsAsync(HttpContext context, RequestDelegate next)
    {
        var fault = TakeFault(context);
        if (fault is null && Options.FaultInjector is { } injector && context.Items[typeof(RecordedRequest)] is RecordedRequest recorded)
        {
            fault = injector.Next(recorded, Options.TimeProvider.GetUtcNow());
        }

        if (fault is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        byte[]? handledBody = null;
        if (fault.Timing == FaultTiming.AfterHandling)
        {
            // Let the route do its work (and change state), then throw its answer away.
            var original = context.Response.Body;
            using var sink = new MemoryStream();
            context.Response.Body = sink;
            await next(context).ConfigureAwait(false);
            context.Response.Body = original;
            context.Response.Headers.ContentLength = null;
            handledBody = sink.ToArray();
            if (fault.TruncateBody && fault.Body is null)
            {
                // Cut the real answer in half, keeping the route's status.
                context.Response.ContentLength = handledBody.Length;
                await context.Response.Body.WriteAsync(handledBody.AsMemory(0, handledBody.Length / 2)).ConfigureAwait(false);
                await context.Response.Body.FlushAsync().ConfigureAwait(false);
                context.Abort();
                return;
            }
        }

        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault.Hang)
        {
            Interlocked.Increment(ref activeHangs);
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                Interlocked.Decrement(ref activeHangs);
            }

            return;
        }

        if (fault.Abort)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = fault.StatusCode;
        if (!Options.Variance.RateLimitHeadersOnErrors)
        {
            // A fault states its own rate-limit headers: the normal ones would add a reset time the test did not choose.
            context.Response.Headers.Remove("X-RateLimit-Limit");
            context.Response.Headers.Remove("X-RateLimit-Remaining");
            context.Response.Headers.Remove("X-RateLimit-Reset");
        }

        foreach (var header in fault.Headers)
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        if (fault.Body is not null)
        {
            context.Response.ContentType = fault.ContentType;
            var bytes = Encoding.UTF8.GetBytes(fault.Body);
            if (fault.TruncateBody)
            {
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2)).ConfigureAwait(false);
                await context.Response.Body.FlushAsync().ConfigureAwait(false);
                context.Abort();
                return;
            }

            await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
    }
}
