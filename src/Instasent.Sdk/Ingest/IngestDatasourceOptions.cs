namespace Instasent.Sdk.Ingest;

/// <summary>One datasource an application writes to, with its own credential.</summary>
public sealed class IngestDatasourceOptions
{
    private string? token;

    /// <summary>Gets or sets the project UID; <see langword="null"/> uses <see cref="IngestOptions.ProjectId"/>, then the Product project.</summary>
    public string? ProjectId { get; set; }

    /// <summary>Gets or sets the datasource id (required).</summary>
    public string? DatasourceId { get; set; }

    /// <summary>
    /// Gets or sets the datasource token (valid for this datasource only); <see langword="null"/> uses the Ingest, then
    /// the Product token. Read again on every attempt, so a rotated token works without a restart. Surrounding
    /// whitespace is removed when it is set (a token read from a mounted secret file usually ends with a newline).
    /// </summary>
    public string? Token
    {
        get => token;
        set => token = value?.Trim();
    }

    /// <summary>Gets whether a non-empty token is set.</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <inheritdoc />
    public override string ToString() => $"IngestDatasourceOptions {{ ProjectId = {ProjectId}, DatasourceId = {DatasourceId}, Token = {(HasToken ? "***" : "(none)")} }}";
}
