using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Http;

/// <summary>
/// Runs inside the retry loop, so every attempt reads the current token (a token rotated in configuration, or renewed
/// by a token provider, is used by the very next attempt). Sources, first that answers wins: the call's
/// <see cref="InstasentRequestOptions.Token"/>, the call's token provider, the client's token provider, the family's
/// configured token. The token only ever goes into the <c>Authorization</c> header, and is declared on the call so that
/// a server quoting it in an error does not put it into an exception.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly InstasentFamily family;
    private readonly string clientName;
    private readonly Func<InstasentClientOptions> currentOptions;
    private readonly IInstasentTokenProvider? clientProvider;
    private volatile BearerHeader? lastHeader;

    public AuthenticationHandler(InstasentFamily family, string clientName, Func<InstasentClientOptions> currentOptions, IInstasentTokenProvider? clientProvider)
    {
        this.family = family;
        this.clientName = clientName;
        this.currentOptions = currentOptions;
        this.clientProvider = clientProvider;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = InstasentCallContext.From(request);
        if (context is { Operation.RequiresToken: false })
        {
            // A public endpoint: no configured token is needed, and none is sent.
            request.Headers.Authorization = null;
            return base.SendAsync(request, cancellationToken);
        }

        var callToken = context?.RequestOptions?.Token;
        var callProvider = context?.RequestOptions?.TokenProvider;
        // Without providers the token is known synchronously: no extra state machine on the common path.
        return callToken is null && (callProvider is not null || clientProvider is not null)
            ? SendWithProvidersAsync(request, context, callProvider, cancellationToken)
            : Authorize(request, context, callToken ?? family.ResolveToken(currentOptions(), context), cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithProvidersAsync(HttpRequestMessage request, InstasentCallContext? context, IInstasentTokenProvider? callProvider, CancellationToken cancellationToken)
    {
        var tokenContext = new InstasentTokenContext(clientName, family.Name, context?.Operation.DisplayName ?? family.Name, context?.CredentialKey);
        string? token = null;
        if (callProvider is not null)
        {
            token = await callProvider.GetTokenAsync(tokenContext, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(token) && clientProvider is not null)
        {
            token = await clientProvider.GetTokenAsync(tokenContext, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            token = family.ResolveToken(currentOptions(), context);
        }
        else if (token.Trim().Any(char.IsControl))
        {
            throw new InstasentConfigurationException(
                $"The token provider gave a token with control characters for the {family.Name} API, so nothing was sent",
                context?.ToErrorInfo() ?? new InstasentErrorInfo { Operation = family.Name });
        }

        return await Authorize(request, context, token, cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> Authorize(HttpRequestMessage request, InstasentCallContext? context, string? token, CancellationToken cancellationToken)
    {
        token = token?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            var info = context?.ToErrorInfo() ?? new InstasentErrorInfo { Operation = family.Name };
            throw new InstasentConfigurationException(
                $"No token is configured for the {family.Name} API. Set '{family.TokenSettingName}' in configuration or options.{family.Name}.Token in code, or register a token provider",
                info);
        }

        context?.AddSentSecret(token);
        // A retry re-sends the same request, so the header of the attempt before is replaced, never added to.
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", HeaderFor(token));
        return base.SendAsync(request, cancellationToken);
    }

    // One header value per token rather than per attempt, kept as the raw string the transport writes as it is (a typed
    // value is formatted again for every request). A token that changes replaces the cached one.
    private string HeaderFor(string token)
    {
        var cached = lastHeader;
        if (cached is not null && cached.Token == token)
        {
            return cached.Header;
        }

        cached = new BearerHeader(token, "Bearer " + token);
        lastHeader = cached;
        return cached.Header;
    }

    // A class, not a record: a record's ToString would print the token.
    private sealed class BearerHeader(string token, string header)
    {
        public string Token { get; } = token;

        public string Header { get; } = header;
    }
}
