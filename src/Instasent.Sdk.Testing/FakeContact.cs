using System.Text.Json;

namespace Instasent.Sdk.Testing;

/// <summary>A unified audience contact held by the fake (written through Ingest or seeded by a test).</summary>
public sealed class FakeContact
{
    private readonly List<string> datasourceIds = [];
    private int writes;

    internal FakeContact(string audienceId, string projectId, string userId, string attributesJson, DateTimeOffset now)
    {
        AudienceId = audienceId;
        ProjectId = projectId;
        UserId = userId;
        CreatedAt = now;
        SetAttributes(attributesJson, now);
    }

    /// <summary>Gets the audience id.</summary>
    public string AudienceId { get; }

    /// <summary>Gets the project UID.</summary>
    public string ProjectId { get; }

    /// <summary>Gets the <c>_user_id</c>.</summary>
    public string UserId { get; }

    /// <summary>Gets the attributes as a JSON object text.</summary>
    public string AttributesJson { get; private set; } = "{}";

    /// <summary>Gets <c>_email</c>, if set.</summary>
    public string? Email { get; private set; }

    /// <summary>Gets <c>_phone_mobile</c>, if set.</summary>
    public string? Phone { get; private set; }

    /// <summary>Gets the datasources that wrote this contact.</summary>
    public IReadOnlyList<string> DatasourceIds
    {
        get
        {
            lock (datasourceIds)
            {
                return [.. datasourceIds];
            }
        }
    }

    /// <summary>Gets how many upserts wrote this contact (a retried batch counts again; the contact is still one).</summary>
    public int WriteCount => Volatile.Read(ref writes);

    /// <summary>Gets whether the contact was deleted.</summary>
    public bool Deleted { get; internal set; }

    /// <summary>Gets when it was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Gets when it was last written.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Reads one attribute.</summary>
    /// <param name="key">The key, for example <c>_first_name</c>.</param>
    /// <returns>The value as text, or <see langword="null"/>.</returns>
    public string? GetAttribute(string key)
    {
        using var document = JsonDocument.Parse(AttributesJson);
        return document.RootElement.TryGetProperty(key, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
    }

    internal void AddDatasource(string datasourceId)
    {
        lock (datasourceIds)
        {
            if (!datasourceIds.Contains(datasourceId))
            {
                datasourceIds.Add(datasourceId);
            }
        }
    }

    internal void CountWrite() => Interlocked.Increment(ref writes);

    internal void SetAttributes(string attributesJson, DateTimeOffset now)
    {
        using var document = JsonDocument.Parse(attributesJson);
        var root = document.RootElement;
        Email = root.TryGetProperty("_email", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        Phone = root.TryGetProperty("_phone_mobile", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        AttributesJson = attributesJson;
        UpdatedAt = now;
    }

    /// <inheritdoc />
    public override string ToString() => $"FakeContact {{ AudienceId = {AudienceId}, UserId = {UserId}, Writes = {WriteCount} }}";
}
