using Instasent.Sdk.Product;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// Settings of the Instasent Ingest API. Each datasource the application writes to is registered under a local name
/// in <see cref="Datasources"/>, with its own token when it has one:
/// <code>
/// "Ingest": { "ProjectId": "my-project", "Datasources": {
///     "shop": { "DatasourceId": "ds-1", "Token": "..." },
///     "crm":  { "DatasourceId": "ds-2", "Token": "..." } } }
/// </code>
/// A datasource without a token uses <see cref="InstasentApiOptions.Token"/>, then the Product token (a Product token
/// with the ingest scopes works for every datasource of its project).
/// </summary>
public sealed class IngestOptions : InstasentApiOptions
{
    /// <summary>Initializes a new instance with the production base address (the Product API's <c>/v1</c>).</summary>
    public IngestOptions()
        : base(ProductOptions.DefaultBaseAddress)
    {
    }

    /// <summary>Gets or sets the project UID used by datasources that do not set their own; falls back to the Product project.</summary>
    public string? ProjectId { get; set; }

    /// <summary>Gets or sets the datasources, keyed by a local name of your choice (case-insensitive, like configuration keys).</summary>
    public Dictionary<string, IngestDatasourceOptions> Datasources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() =>
        $"IngestOptions {{ BaseAddress = {BaseAddress}, ProjectId = {ProjectId}, Token = {(HasToken ? "***" : "(none)")}, Datasources = [{string.Join(", ", (Datasources ?? []).Keys)}] }}";
}
