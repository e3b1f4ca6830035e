using Instasent.Sdk.Http;

namespace Instasent.Sdk.Ingest;

internal sealed class IngestClient : IIngestClient
{
    private readonly IIngestApi api;
    private readonly InstasentOperationExecutor executor;
    private readonly IngestOperations operations;

    public IngestClient(IIngestApi api, InstasentOperationExecutor executor)
    {
        this.api = api;
        this.executor = executor;
        operations = new IngestOperations(executor.Family);
    }

    public IIngestDatasourceClient Datasource(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var datasources = executor.Options.Ingest.Datasources;
        if (datasources is null || !datasources.ContainsKey(name))
        {
            var known = datasources is null || datasources.Count == 0 ? "none is registered" : "registered: " + string.Join(", ", datasources.Keys);
            throw new ArgumentException($"No datasource '{name}' is registered under Instasent:Ingest:Datasources ({known}).", nameof(name));
        }

        return new IngestDatasourceClient(api, executor, operations, name, null, null);
    }

    public IIngestDatasourceClient Datasource(string projectId, string datasourceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(datasourceId);
        var options = executor.Options;
        // A registered datasource with the same ids keeps its own token instead of falling back to a shared one.
        var registered = options.Ingest.Datasources?
            .FirstOrDefault(d => d.Value is not null
                && string.Equals(d.Value.DatasourceId, datasourceId, StringComparison.Ordinal)
                && string.Equals(IngestFamily.ProjectOf(options, d.Value), projectId, StringComparison.Ordinal))
            .Key;
        return new IngestDatasourceClient(api, executor, operations, registered, projectId, datasourceId);
    }
}
