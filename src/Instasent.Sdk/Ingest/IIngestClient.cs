namespace Instasent.Sdk.Ingest;

/// <summary>
/// The Instasent Ingest API: contacts and events written into a datasource. Pick a datasource, then call it:
/// <c>client.Ingest.Datasource("shop").UpsertContactsAsync(contacts)</c>.
/// </summary>
public interface IIngestClient
{
    /// <summary>Gets a client bound to a datasource registered in <see cref="IngestOptions.Datasources"/> (using its token).</summary>
    /// <param name="name">The local name the datasource is registered under.</param>
    /// <returns>The datasource client.</returns>
    /// <exception cref="ArgumentException">No datasource is registered under that name.</exception>
    IIngestDatasourceClient Datasource(string name);

    /// <summary>
    /// Gets a client for a datasource given by ids. If a registered datasource has the same ids its token is used;
    /// otherwise the Ingest token, then the Product token.
    /// </summary>
    /// <param name="projectId">The project UID.</param>
    /// <param name="datasourceId">The datasource id.</param>
    /// <returns>The datasource client.</returns>
    IIngestDatasourceClient Datasource(string projectId, string datasourceId);
}
