using Instasent.Sdk.Http;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

internal sealed class HellioUssdClient : IHellioUssdClient
{
    private static readonly HellioJsonContext Json = HellioJsonContext.Default;

    private readonly IHellioApi api;
    private readonly HellioCalls calls;
    private readonly InstasentOperation getPricing;
    private readonly InstasentOperation checkAvailability;
    private readonly InstasentOperation listApps;
    private readonly InstasentOperation createApp;
    private readonly InstasentOperation updateApp;
    private readonly InstasentOperation deleteApp;
    private readonly InstasentOperation setMode;
    private readonly InstasentOperation rotateSecret;
    private readonly InstasentOperation listExtensions;
    private readonly InstasentOperation rentExtension;
    private readonly InstasentOperation releaseExtension;
    private readonly InstasentOperation listSessions;
    private readonly InstasentOperation getSession;
    private readonly InstasentOperation simulate;

    public HellioUssdClient(IHellioApi api, HellioCalls calls)
    {
        this.api = api;
        this.calls = calls;
        var family = calls.Executor.Family;
        getPricing = family.Operation("UssdGetPricing", RetrySafety.Idempotent);
        checkAvailability = family.Operation("UssdCheckAvailability", RetrySafety.Idempotent);
        listApps = family.Operation("UssdListApps", RetrySafety.Idempotent);
        createApp = family.Operation("UssdCreateApp", RetrySafety.NotIdempotent);
        // PUT and DELETE leave the same state when repeated; setting a mode twice too.
        updateApp = family.Operation("UssdUpdateApp", RetrySafety.Idempotent);
        deleteApp = family.Operation("UssdDeleteApp", RetrySafety.Idempotent);
        setMode = family.Operation("UssdSetMode", RetrySafety.Idempotent);
        // A second rotation would kill the secret the first one returned.
        rotateSecret = family.Operation("UssdRotateSecret", RetrySafety.NotIdempotent);
        listExtensions = family.Operation("UssdListExtensions", RetrySafety.Idempotent);
        rentExtension = family.Operation("UssdRentExtension", RetrySafety.NotIdempotent);
        releaseExtension = family.Operation("UssdReleaseExtension", RetrySafety.Idempotent);
        listSessions = family.Operation("UssdListSessions", RetrySafety.Idempotent);
        getSession = family.Operation("UssdGetSession", RetrySafety.Idempotent);
        simulate = family.Operation("UssdSimulate", RetrySafety.NotIdempotent);
    }

    public Task<InstasentResponse<HellioUssdPricing>> GetPricingAsync(CancellationToken cancellationToken = default) =>
        calls.DataAsync(getPricing, (call, ct) => api.GetUssdPricingAsync(call, ct), Json.HellioEnvelopeHellioUssdPricing, cancellationToken);

    public Task<InstasentResponse<HellioUssdAvailability>> CheckAvailabilityAsync(string code, CancellationToken cancellationToken = default)
    {
        CheckCode(code);
        return calls.DataAsync(checkAvailability, (call, ct) => api.GetUssdAvailabilityAsync(code, call, ct), Json.HellioEnvelopeHellioUssdAvailability, cancellationToken);
    }

    public IAsyncEnumerable<HellioUssdApp> ListAppsAsync(int pageSize = 100, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckPageSize(pageSize);
        return HellioCalls.List<HellioUssdApp>(listApps, (cursor, ct) => GetAppsPageAsync(cursor, pageSize, ct), static x => x.Id, cancellationToken);
    }

    public Task<InstasentResponse<HellioPage<HellioUssdApp>>> GetAppsPageAsync(string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckPageSize(pageSize);
        return calls.PageAsync(listApps, (call, ct) => api.ListUssdAppsAsync(cursor, pageSize, call, ct), Json.HellioEnvelopeIReadOnlyListHellioUssdApp, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdApp>> CreateAppAsync(HellioUssdAppRequest request, CancellationToken cancellationToken = default)
    {
        CheckApp(request);
        var body = JsonRequestContent.Create(request, Json.HellioUssdAppRequest);
        return calls.DataAsync(createApp, (call, ct) => api.CreateUssdAppAsync(body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdApp>> UpdateAppAsync(string id, HellioUssdAppRequest request, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        CheckApp(request);
        var body = JsonRequestContent.Create(request, Json.HellioUssdAppRequest);
        return calls.DataAsync(updateApp, (call, ct) => api.UpdateUssdAppAsync(id, body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public Task<InstasentResponse<HellioDeleted>> DeleteAppAsync(string id, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DeleteAsync(deleteApp, id, (call, ct) => api.DeleteUssdAppAsync(id, call, ct), cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdApp>> SetModeAsync(string id, HellioUssdMode mode, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        CheckMode(mode);
        var body = JsonRequestContent.Create(new HellioUssdModeBody(mode), Json.HellioUssdModeBody);
        return calls.DataAsync(setMode, (call, ct) => api.SetUssdAppModeAsync(id, body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdApp>> RotateSecretAsync(string id, HellioUssdMode mode, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        CheckMode(mode);
        var body = JsonRequestContent.Create(new HellioUssdModeBody(mode), Json.HellioUssdModeBody);
        return calls.DataAsync(rotateSecret, (call, ct) => api.RotateUssdAppSecretAsync(id, body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public IAsyncEnumerable<HellioUssdExtension> ListExtensionsAsync(int pageSize = 100, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckPageSize(pageSize);
        return HellioCalls.List<HellioUssdExtension>(listExtensions, (cursor, ct) => GetExtensionsPageAsync(cursor, pageSize, ct), static x => x.Id, cancellationToken);
    }

    public Task<InstasentResponse<HellioPage<HellioUssdExtension>>> GetExtensionsPageAsync(string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckPageSize(pageSize);
        return calls.PageAsync(listExtensions, (call, ct) => api.ListUssdExtensionsAsync(cursor, pageSize, call, ct), Json.HellioEnvelopeIReadOnlyListHellioUssdExtension, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdExtension>> RentExtensionAsync(HellioUssdExtensionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckCode(request.Code, "request.code");
        var body = JsonRequestContent.Create(request, Json.HellioUssdExtensionRequest);
        return calls.DataAsync(rentExtension, (call, ct) => api.RentUssdExtensionAsync(body, call, ct), Json.HellioEnvelopeHellioUssdExtension, cancellationToken);
    }

    public Task<InstasentResponse<HellioDeleted>> ReleaseExtensionAsync(string id, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DeleteAsync(releaseExtension, id, (call, ct) => api.ReleaseUssdExtensionAsync(id, call, ct), cancellationToken);
    }

    public IAsyncEnumerable<HellioUssdSession> ListSessionsAsync(string? status = null, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckPageSize(pageSize);
        return HellioCalls.List<HellioUssdSession>(listSessions, (cursor, ct) => GetSessionsPageAsync(status, cursor, pageSize, ct), static x => x.Id, cancellationToken);
    }

    public Task<InstasentResponse<HellioPage<HellioUssdSession>>> GetSessionsPageAsync(string? status = null, string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckPageSize(pageSize);
        return calls.PageAsync(listSessions, (call, ct) => api.ListUssdSessionsAsync(status, cursor, pageSize, call, ct), Json.HellioEnvelopeIReadOnlyListHellioUssdSession, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdSession>> GetSessionAsync(string id, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DataAsync(getSession, (call, ct) => api.GetUssdSessionAsync(id, call, ct), Json.HellioEnvelopeHellioUssdSession, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdSimulation>> SimulateAsync(HellioUssdSimulateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.AppId))
        {
            throw new ArgumentException("request.app_id is required.", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.SessionId) || request.SessionId.Length > 120)
        {
            throw new ArgumentException("request.session_id must have 1 to 120 characters.", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.Msisdn) || request.Msisdn.Length > HellioValidation.MaxNumberLength)
        {
            throw new ArgumentException($"request.msisdn must have 1 to {HellioValidation.MaxNumberLength} characters.", nameof(request));
        }

        if (request.ServiceCode is { Length: > 32 } || request.Input is { Length: > 182 })
        {
            throw new ArgumentException("request.service_code must be at most 32 characters and request.input at most 182.", nameof(request));
        }

        var body = JsonRequestContent.Create(request, Json.HellioUssdSimulateRequest);
        return calls.DataAsync(simulate, (call, ct) => api.SimulateUssdAsync(body, call, ct), Json.HellioEnvelopeHellioUssdSimulation, cancellationToken);
    }

    private static void CheckApp(HellioUssdAppRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 120)
        {
            throw new ArgumentException("request.name must have 1 to 120 characters.", nameof(request));
        }

        if (request.CallbackUrl is null || !request.CallbackUrl.IsAbsoluteUri || request.CallbackUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("request.callback_url must be a public absolute https address.", nameof(request));
        }
    }

    private static void CheckMode(HellioUssdMode mode)
    {
        if (string.IsNullOrEmpty(mode.Value))
        {
            throw new ArgumentException("mode must be test or live.", nameof(mode));
        }
    }

    private static void CheckCode(string code, string name = "code")
    {
        if (string.IsNullOrEmpty(code) || code.Length > 12 || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"{name} must be 1 to 12 digits.", name);
        }
    }
}
