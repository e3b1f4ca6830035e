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
        setMode = family.Operation("UssdUpdateAppMode", RetrySafety.Idempotent);
        // A second rotation would kill the secret the first one returned.
        rotateSecret = family.Operation("UssdRotateAppSecret", RetrySafety.NotIdempotent);
        listExtensions = family.Operation("UssdListExtensions", RetrySafety.Idempotent);
        rentExtension = family.Operation("UssdRentExtension", RetrySafety.NotIdempotent);
        releaseExtension = family.Operation("UssdReleaseExtension", RetrySafety.Idempotent);
        listSessions = family.Operation("UssdListSessions", RetrySafety.Idempotent);
        getSession = family.Operation("UssdGetSession", RetrySafety.Idempotent);
        simulate = family.Operation("UssdSimulate", RetrySafety.NotIdempotent);
    }

    public Task<InstasentResponse<HellioUssdPricing>> GetPricingAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        calls.DataAsync(getPricing, requestOptions, (call, ct) => api.GetUssdPricingAsync(call, ct), Json.HellioEnvelopeHellioUssdPricing, cancellationToken);

    public Task<InstasentResponse<HellioUssdAvailability>> CheckAvailabilityAsync(string code, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        CheckCode(code);
        return calls.DataAsync(checkAvailability, requestOptions, (call, ct) => api.GetUssdAvailabilityAsync(code, call, ct), Json.HellioEnvelopeHellioUssdAvailability, cancellationToken);
    }

    public InstasentPageable<HellioUssdApp> ListAppsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        calls.List<HellioUssdApp>(listApps, requestOptions, (cursor, perPage, call, ct) => api.ListUssdAppsAsync(cursor, perPage, call, ct), Json.HellioEnvelopeIReadOnlyListHellioUssdApp, static x => x.Id, cancellationToken);

    public Task<InstasentResponse<HellioUssdApp>> CreateAppAsync(HellioUssdAppRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        CheckApp(request);
        var body = JsonRequestContent.Create(request, Json.HellioUssdAppRequest);
        return calls.DataAsync(createApp, requestOptions, (call, ct) => api.CreateUssdAppAsync(body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdApp>> UpdateAppAsync(string id, HellioUssdAppRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        CheckApp(request);
        var body = JsonRequestContent.Create(request, Json.HellioUssdAppRequest);
        return calls.DataAsync(updateApp, requestOptions, (call, ct) => api.UpdateUssdAppAsync(id, body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public Task<InstasentResponse<HellioDeleted>> DeleteAppAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DeleteAsync(deleteApp, requestOptions, id, (call, ct) => api.DeleteUssdAppAsync(id, call, ct), cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdApp>> UpdateAppModeAsync(string id, HellioUssdMode mode, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        CheckMode(mode);
        var body = JsonRequestContent.Create(new HellioUssdModeBody(mode), Json.HellioUssdModeBody);
        return calls.DataAsync(setMode, requestOptions, (call, ct) => api.SetUssdAppModeAsync(id, body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdApp>> RotateAppSecretAsync(string id, HellioUssdMode mode, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        CheckMode(mode);
        var body = JsonRequestContent.Create(new HellioUssdModeBody(mode), Json.HellioUssdModeBody);
        return calls.DataAsync(rotateSecret, requestOptions, (call, ct) => api.RotateUssdAppSecretAsync(id, body, call, ct), Json.HellioEnvelopeHellioUssdApp, cancellationToken);
    }

    public InstasentPageable<HellioUssdExtension> ListExtensionsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        calls.List<HellioUssdExtension>(listExtensions, requestOptions, (cursor, perPage, call, ct) => api.ListUssdExtensionsAsync(cursor, perPage, call, ct), Json.HellioEnvelopeIReadOnlyListHellioUssdExtension, static x => x.Id, cancellationToken);

    public Task<InstasentResponse<HellioUssdExtension>> RentExtensionAsync(HellioUssdExtensionRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckCode(request.Code, "request.code");
        var body = JsonRequestContent.Create(request, Json.HellioUssdExtensionRequest);
        return calls.DataAsync(rentExtension, requestOptions, (call, ct) => api.RentUssdExtensionAsync(body, call, ct), Json.HellioEnvelopeHellioUssdExtension, cancellationToken);
    }

    public Task<InstasentResponse<HellioDeleted>> ReleaseExtensionAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DeleteAsync(releaseExtension, requestOptions, id, (call, ct) => api.ReleaseUssdExtensionAsync(id, call, ct), cancellationToken);
    }

    public InstasentPageable<HellioUssdSession> ListSessionsAsync(HellioUssdSessionStatus? status = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var filter = HellioCalls.StatusFilter(status?.Value, nameof(status));
        return calls.List<HellioUssdSession>(listSessions, requestOptions, (cursor, perPage, call, ct) => api.ListUssdSessionsAsync(filter, cursor, perPage, call, ct), Json.HellioEnvelopeIReadOnlyListHellioUssdSession, static x => x.Id, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdSession>> GetSessionAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DataAsync(getSession, requestOptions, (call, ct) => api.GetUssdSessionAsync(id, call, ct), Json.HellioEnvelopeHellioUssdSession, cancellationToken);
    }

    public Task<InstasentResponse<HellioUssdSimulation>> SimulateAsync(HellioUssdSimulateRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
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
        return calls.DataAsync(simulate, requestOptions, (call, ct) => api.SimulateUssdAsync(body, call, ct), Json.HellioEnvelopeHellioUssdSimulation, cancellationToken);
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
