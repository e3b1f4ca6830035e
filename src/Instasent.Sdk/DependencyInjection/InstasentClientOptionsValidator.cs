using Instasent.Sdk.Http;
using Microsoft.Extensions.Options;

namespace Instasent.Sdk.DependencyInjection;

/// <summary>Checks a whole client setup at start-up and says what to fix, in configuration-key terms.</summary>
internal sealed class InstasentClientOptionsValidator : IValidateOptions<InstasentClientOptions>
{
    private readonly Func<string, bool> hasTokenProvider;

    /// <summary>Initializes a validator for clients from dependency injection; the registry knows which have a token provider.</summary>
    public InstasentClientOptionsValidator(InstasentRegistry registry)
    {
        hasTokenProvider = registry.HasTokenProvider;
    }

    /// <summary>Initializes a validator for one client built without dependency injection.</summary>
    internal InstasentClientOptionsValidator(bool hasTokenProvider)
    {
        this.hasTokenProvider = _ => hasTokenProvider;
    }

    public ValidateOptionsResult Validate(string? name, InstasentClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var prefix = string.IsNullOrEmpty(name) ? "Instasent" : $"Instasent client '{name}'";

        // A token provider can answer for any family, so with one no configured token is required at start-up.
        if (!hasTokenProvider(name ?? Options.DefaultName)
            && !InstasentFamilies.All.Any(f => f.IsConfigured(options))
            && !InstasentFamilies.All.Any(f => f.AllowsStartWithoutToken?.Invoke(options) == true))
        {
            failures.Add($"{prefix}: no API token is configured. Set at least one of "
                + string.Join(", ", InstasentFamilies.All.Select(f => f.TokenSettingName))
                + " (or the matching options property in code), or register a token provider.");
        }

        foreach (var family in InstasentFamilies.All)
        {
            var api = family.SelectOptions(options);
            var key = $"Instasent:{family.Name}:BaseAddress";
            if (api.BaseAddress is null)
            {
                failures.Add($"{prefix}: {key} is empty; remove it to use the default or set an absolute https URL.");
            }
            else if (!api.BaseAddress.IsAbsoluteUri)
            {
                failures.Add($"{prefix}: {key} '{api.BaseAddress}' is relative; it must be an absolute https URL such as https://api.example.com/v1.");
            }
            else if (api.BaseAddress.Scheme == Uri.UriSchemeHttp && !options.AllowInsecureHttp)
            {
                failures.Add($"{prefix}: {key} '{api.BaseAddress}' uses http, which would send the bearer token in clear text. Use https, or set Instasent:AllowInsecureHttp=true for a loopback test server only.");
            }
            else if (api.BaseAddress.Scheme != Uri.UriSchemeHttp && api.BaseAddress.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"{prefix}: {key} '{api.BaseAddress}' must use https.");
            }

            // Surrounding whitespace is already trimmed by the Token setter; a control character inside is a bad copy.
            if (api.Token is { } token && token.Any(char.IsControl))
            {
                failures.Add($"{prefix}: {family.TokenSettingName} contains control characters; copy the token again.");
            }

            family.Validate?.Invoke(options, failures);
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{prefix}: AttemptTimeout must be positive (it is {options.AttemptTimeout}).");
        }

        // Timeouts are checked one by one, never against each other: setting TotalTimeout alone must not fail because
        // AttemptTimeout or MaxRetryDelay kept a default that is longer. The pipeline derives the effective values (an
        // attempt never outlives the call; a wait that does not fit what is left of TotalTimeout ends the call).
        if (options.TotalTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{prefix}: TotalTimeout must be positive (it is {options.TotalTimeout}).");
        }

        if (options.Pacing is null || options.Pacing.ResetMargin < TimeSpan.Zero)
        {
            failures.Add($"{prefix}: Pacing.ResetMargin must not be negative (it is {options.Pacing?.ResetMargin}).");
        }

        var retry = options.Retry;
        if (retry is null)
        {
            failures.Add($"{prefix}: Retry must not be null.");
        }
        else
        {
            if (retry.MaxRetries is < 0 or > 20)
            {
                failures.Add($"{prefix}: Retry:MaxRetries must be between 0 and 20 (it is {retry.MaxRetries}).");
            }

            if (retry.BaseDelay < TimeSpan.Zero || retry.MaxRetryDelay < TimeSpan.Zero)
            {
                failures.Add($"{prefix}: Retry:BaseDelay and Retry:MaxRetryDelay cannot be negative.");
            }
        }

        if (options.BulkConcurrency is < 1 or > 64)
        {
            failures.Add($"{prefix}: BulkConcurrency must be between 1 and 64 (it is {options.BulkConcurrency}).");
        }

        if (options.BulkCancellationGrace < TimeSpan.Zero || options.BulkCancellationGrace > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{prefix}: BulkCancellationGrace must be between 0 and 5 minutes (it is {options.BulkCancellationGrace}).");
        }

        if (options.MaxResponseBodyBytes < 1024)
        {
            failures.Add($"{prefix}: MaxResponseBodyBytes must be at least 1024 (it is {options.MaxResponseBodyBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
