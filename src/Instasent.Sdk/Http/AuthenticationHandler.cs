using System.Net.Http.Headers;
using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Http;

/// <summary>
/// Runs inside the retry loop, so every attempt reads the current token (a token rotated in configuration is used
/// by the very next attempt). The token only ever goes into the <c>Authorization</c> header, and is declared on the call
/// so that a server quoting it in an error does not put it into an exception.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly InstasentFamily family;
    private readonly Func<InstasentClientOptions> currentOptions;

    public AuthenticationHandler(InstasentFamily family, Func<InstasentClientOptions> currentOptions)
    {
        this.family = family;
        this.currentOptions = currentOptions;
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

        var token = family.ResolveToken(currentOptions(), context);
        if (string.IsNullOrWhiteSpace(token))
        {
            var info = context?.ToErrorInfo() ?? new InstasentErrorInfo { Operation = family.Name };
            throw new InstasentConfigurationException(
                $"No token is configured for the {family.Name} API. Set '{family.TokenSettingName}' in configuration or options.{family.Name}.Token in code",
                info);
        }

        context?.AddSentSecret(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
