using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Ingest;

/// <summary>How the shared pipeline treats the Ingest API: per-datasource tokens and start-up checks of the datasource list.</summary>
internal static class IngestFamily
{
    public static readonly InstasentFamily Descriptor = new("Ingest", o => o.Ingest, JsonErrorBodyReader.Instance, ResolveToken)
    {
        StatusHints = new Dictionary<int, string>
        {
            [401] = "Check that the datasource token (or the Ingest/Product token) is valid and not revoked",
            // The docs give 404, not 403, when a datasource token is used on another datasource.
            [404] = "The project or datasource does not exist, or this token may not write there (a datasource token works for its own datasource only)",
            [422] = "Every record of the batch failed validation; see the per-record errors",
        },
        Validate = Validate,
        HasCredentials = o => o.Ingest.HasToken || o.Product.HasToken || (o.Ingest.Datasources?.Values.Any(d => d is { HasToken: true }) ?? false),
    };

    /// <summary>Picks the token of the call's datasource, then the Ingest token, then the Product token.</summary>
    internal static string? ResolveToken(InstasentClientOptions options, InstasentCallContext? context)
    {
        var datasources = options.Ingest.Datasources;
        if (context?.CredentialKey is { } key && datasources is not null && datasources.TryGetValue(key, out var datasource) && datasource is { HasToken: true })
        {
            return datasource.Token;
        }

        if (options.Ingest.HasToken)
        {
            return options.Ingest.Token;
        }

        return options.Product.HasToken ? options.Product.Token : null;
    }

    /// <summary>Gets the project UID a datasource uses: its own, the Ingest one, then the Product one.</summary>
    internal static string? ProjectOf(InstasentClientOptions options, IngestDatasourceOptions? datasource) =>
        FirstNonBlank(datasource?.ProjectId, options.Ingest.ProjectId, options.Product.ProjectId);

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static void Validate(InstasentClientOptions options, ICollection<string> failures)
    {
        if (options.Ingest.Datasources is null)
        {
            failures.Add("Instasent:Ingest:Datasources is null; leave it out or give an object of datasources.");
            return;
        }

        foreach (var (name, datasource) in options.Ingest.Datasources)
        {
            var key = "Instasent:Ingest:Datasources:" + name;
            if (datasource is null)
            {
                failures.Add($"{key} is empty; give at least its DatasourceId.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(datasource.DatasourceId))
            {
                failures.Add($"{key}:DatasourceId is empty; set it to the datasource id (Datasources > your datasource in the Instasent dashboard).");
            }

            if (ProjectOf(options, datasource) is null)
            {
                failures.Add($"{key} has no project UID; set {key}:ProjectId, Instasent:Ingest:ProjectId or Instasent:Product:ProjectId.");
            }

            if (!datasource.HasToken && !options.Ingest.HasToken && !options.Product.HasToken)
            {
                failures.Add($"{key} has no token; set {key}:Token (a datasource token from Datasources > Credentials > Generate token), or Instasent:Ingest:Token / Instasent:Product:Token (a Product token with the ingest scopes).");
            }
            else if (datasource.Token is { } token && token.Any(char.IsControl))
            {
                failures.Add($"{key}:Token contains control characters; copy the token again.");
            }
        }
    }
}
