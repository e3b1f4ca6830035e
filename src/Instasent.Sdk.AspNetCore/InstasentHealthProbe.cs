namespace Instasent.Sdk.AspNetCore;

/// <summary>
/// The cheapest authenticated read of one configured family (or one Ingest datasource): what a health check sends.
/// The table in <see cref="For"/> is the only place that knows which read each family has; the check itself is one
/// class for all of them.
/// </summary>
/// <param name="Family">The family name (<c>Legacy</c>, <c>Transactional</c>, ...).</param>
/// <param name="Datasource">The Ingest datasource's local name, or <see langword="null"/>.</param>
/// <param name="Endpoint">The request, as documented (a route, never an id or a number).</param>
/// <param name="Send">Sends the read through the client's own pipeline and returns the status code.</param>
internal sealed record InstasentHealthProbe(string Family, string? Datasource, string Endpoint, Func<IInstasentClient, CancellationToken, Task<int>> Send)
{
    /// <summary>Gets one probe per family (and per Ingest datasource) that has a credential in <paramref name="options"/>.</summary>
    public static IEnumerable<InstasentHealthProbe> For(InstasentClientOptions options)
    {
        // Balance reads: the cheapest authenticated calls of the SMS APIs, and what a failing account shows first.
        if (options.Legacy.HasToken)
        {
            yield return new("Legacy", null, "GET /organization/account", static async (c, ct) => (await c.Legacy.GetBalanceAsync(cancellationToken: ct).ConfigureAwait(false)).StatusCode);
        }

        if (options.Transactional.HasToken)
        {
            yield return new("Transactional", null, "GET /organization/account", static async (c, ct) => (await c.Transactional.GetBalanceAsync(cancellationToken: ct).ConfigureAwait(false)).StatusCode);
        }

        if (options.Product.HasToken)
        {
            // The vendor names GET /project/{project} the cheapest credential probe; without a project, the organization.
            yield return string.IsNullOrWhiteSpace(options.Product.ProjectId)
                ? new("Product", null, "GET /", static async (c, ct) => (await c.Product.Project.GetOrganizationAsync(cancellationToken: ct).ConfigureAwait(false)).StatusCode)
                : new("Product", null, "GET /project/{project}", static async (c, ct) => (await c.Product.Project.GetProjectAsync(cancellationToken: ct).ConfigureAwait(false)).StatusCode);
        }

        // Each datasource may have its own token, so each gets its own check: GET .../stream checks exactly that credential.
        foreach (var (name, datasource) in options.Ingest.Datasources ?? [])
        {
            if (datasource is not null && (datasource.HasToken || options.Ingest.HasToken || options.Product.HasToken))
            {
                yield return new("Ingest", name, "GET /project/{project}/datasource/{datasource}/stream", async (c, ct) => (await c.Ingest.Datasource(name).GetStreamAsync(ct).ConfigureAwait(false)).StatusCode);
            }
        }

        if (options.LynSms.HasToken)
        {
            // GET /account is the read the vendor's own authentication examples use.
            yield return new("LynSms", null, "GET /account", static async (c, ct) => (await c.LynSms.GetAccountAsync(ct).ConfigureAwait(false)).StatusCode);
        }

        if (options.Hellio.HasToken)
        {
            yield return new("Hellio", null, "GET /balance", static async (c, ct) => (await c.Hellio.GetBalanceAsync(cancellationToken: ct).ConfigureAwait(false)).StatusCode);
        }
    }
}
