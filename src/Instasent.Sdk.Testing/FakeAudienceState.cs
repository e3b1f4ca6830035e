using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Instasent.Sdk.Testing;

/// <summary>
/// In-memory state shared by the fake Product and Ingest APIs: contacts written through Ingest are what Product audience
/// search, scroll and get return. Seed it directly in tests with <see cref="AddContact"/>, <see cref="RegisterDatasource"/>
/// and <see cref="AddSegment"/>.
/// </summary>
public sealed class FakeAudienceState
{
    /// <summary>The project UID the fake serves by default (<see cref="InstasentFakeServer.CreateClientOptions"/> uses it).</summary>
    public const string DefaultProjectId = "proj_fake";

    /// <summary>The id of the datasource registered by default.</summary>
    public const string DefaultDatasourceId = "ds_default";

    private readonly object gate = new();
    private readonly List<FakeContact> contacts = [];
    private readonly Dictionary<(string Project, string UserId), FakeContact> byUserId = [];
    private readonly Dictionary<string, FakeContact> byAudienceId = new(StringComparer.Ordinal);
    private readonly List<FakeEvent> events = [];
    private readonly Dictionary<(string Project, string EventId), FakeEvent> eventsById = [];
    private readonly Dictionary<(string Project, string Id), FakeDatasource> datasources = [];
    private readonly Dictionary<(string Project, string Uid), FakeSegment> segments = [];
    private readonly List<FakeDirectSms> directSms = [];
    private readonly List<JsonObject> campaigns = [];
    private readonly List<JsonObject> automations = [];
    private readonly TimeProvider time;
    private readonly FakeServerRetention retention;
    private readonly IFakeStoreObserver? observer;
    private long nextId;
    private int forgottenContacts;

    internal FakeAudienceState(InstasentFakeServerOptions options)
    {
        time = options.TimeProvider;
        retention = options.Retention;
        observer = options.StoreObserver;
        RegisterDatasource(DefaultProjectId, DefaultDatasourceId);
        AddCampaign(DefaultProjectId, "101", "Welcome", "sent");
        AddCampaign(DefaultProjectId, "102", "Black Friday", "draft");
        AddAutomation(DefaultProjectId, "201", "Abandoned cart", "active");
    }

    /// <summary>Gets or sets which ingest answer shape the fake sends. Default <see cref="FakeIngestResponseShape.Documented"/>.</summary>
    public FakeIngestResponseShape IngestResponseShape { get; set; } = FakeIngestResponseShape.Documented;

    /// <summary>Gets or sets whether contacts are returned with attributes flattened onto the entity (the docs quickstart shape) instead of under <c>attributesData</c>.</summary>
    public bool FlattenContactAttributes { get; set; }

    /// <summary>Gets or sets the id of the project's default SMS sender.</summary>
    public string DefaultSenderId { get; set; } = "snd_1";

    /// <summary>Gets every contact (deleted ones included) in creation order.</summary>
    public IReadOnlyList<FakeContact> Contacts
    {
        get
        {
            lock (gate)
            {
                return [.. contacts];
            }
        }
    }

    /// <summary>Gets how many contacts exist and are not deleted.</summary>
    public int ContactCount
    {
        get
        {
            lock (gate)
            {
                return contacts.Count(c => !c.Deleted);
            }
        }
    }

    /// <summary>Gets every event in arrival order (one per <c>_event_id</c>).</summary>
    public IReadOnlyList<FakeEvent> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    /// <summary>Gets every direct SMS accepted.</summary>
    public IReadOnlyList<FakeDirectSms> DirectSms
    {
        get
        {
            lock (gate)
            {
                return [.. directSms];
            }
        }
    }

    /// <summary>Gets the registered datasources.</summary>
    public IReadOnlyList<FakeDatasource> Datasources
    {
        get
        {
            lock (gate)
            {
                return [.. datasources.Values];
            }
        }
    }

    internal DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Registers a datasource; a datasource with a token rejects every other datasource's token with 404, as Instasent does.</summary>
    /// <param name="projectId">The project UID.</param>
    /// <param name="datasourceId">The datasource id.</param>
    /// <param name="token">Its datasource token, or <see langword="null"/> (then any accepted token may write).</param>
    /// <param name="rateLimitPerMinute">Ingest calls allowed per minute, or <see langword="null"/> for no limit.</param>
    /// <param name="name">A display name.</param>
    /// <returns>The datasource.</returns>
    public FakeDatasource RegisterDatasource(string projectId, string datasourceId, string? token = null, int? rateLimitPerMinute = null, string? name = null)
    {
        var datasource = new FakeDatasource(projectId, datasourceId, name ?? datasourceId, token, rateLimitPerMinute);
        lock (gate)
        {
            datasources[(projectId, datasourceId)] = datasource;
        }

        return datasource;
    }

    /// <summary>Adds or replaces a contact directly (no ingest call), for seeding large audiences quickly.</summary>
    /// <param name="projectId">The project UID.</param>
    /// <param name="userId">The <c>_user_id</c>.</param>
    /// <param name="attributesJson">The attributes as a JSON object (<c>_user_id</c> is added when missing).</param>
    /// <returns>The contact.</returns>
    public FakeContact AddContact(string projectId, string userId, string attributesJson = "{}")
    {
        var node = JsonNode.Parse(attributesJson)?.AsObject() ?? [];
        node["_user_id"] = userId;
        return Upsert(projectId, DefaultDatasourceId, userId, node.ToJsonString());
    }

    /// <summary>Adds a segment.</summary>
    /// <param name="projectId">The project UID.</param>
    /// <param name="uid">The segment UID.</param>
    /// <param name="name">The name.</param>
    /// <param name="matches">Whether a contact belongs to it, given the request's <c>parameter</c> (dynamic segments).</param>
    /// <param name="type">The type, <c>static</c> or <c>dynamic</c>.</param>
    /// <returns>The segment.</returns>
    public FakeSegment AddSegment(string projectId, string uid, string name, Func<FakeContact, string?, bool> matches, string type = "static")
    {
        var segment = new FakeSegment(projectId, uid, name, type, matches);
        lock (gate)
        {
            segments[(projectId, uid)] = segment;
        }

        return segment;
    }

    /// <summary>Adds a campaign.</summary>
    /// <param name="projectId">The project UID.</param>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="status">The status, for example <c>sent</c>.</param>
    public void AddCampaign(string projectId, string id, string title, string status)
    {
        lock (gate)
        {
            campaigns.Add(new JsonObject { ["project"] = projectId, ["id"] = id, ["title"] = title, ["status"] = status, ["campaignAt"] = Now.ToString("O", CultureInfo.InvariantCulture) });
        }
    }

    /// <summary>Adds an automation.</summary>
    /// <param name="projectId">The project UID.</param>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="status">The status, for example <c>active</c>.</param>
    public void AddAutomation(string projectId, string id, string title, string status)
    {
        lock (gate)
        {
            automations.Add(new JsonObject { ["project"] = projectId, ["id"] = id, ["title"] = title, ["status"] = status });
        }
    }

    /// <summary>Finds a contact by <c>_user_id</c>.</summary>
    /// <param name="projectId">The project UID.</param>
    /// <param name="userId">The user id.</param>
    /// <returns>The contact, or <see langword="null"/>.</returns>
    public FakeContact? FindByUserId(string projectId, string userId)
    {
        lock (gate)
        {
            return byUserId.TryGetValue((projectId, userId), out var contact) && !contact.Deleted ? contact : null;
        }
    }

    internal FakeDatasource? FindDatasource(string projectId, string datasourceId)
    {
        lock (gate)
        {
            return datasources.TryGetValue((projectId, datasourceId), out var d) ? d : null;
        }
    }

    internal bool IsTokenOfAnotherDatasource(string? token, string projectId, string datasourceId)
    {
        if (token is null)
        {
            return false;
        }

        lock (gate)
        {
            return datasources.Values.Any(d => d.Token == token && (d.ProjectId != projectId || d.Id != datasourceId));
        }
    }

    internal FakeDatasource EnsureDatasource(string projectId, string datasourceId) =>
        FindDatasource(projectId, datasourceId) ?? RegisterDatasource(projectId, datasourceId);

    internal FakeContact? FindByAudienceId(string audienceId)
    {
        lock (gate)
        {
            return byAudienceId.TryGetValue(audienceId, out var contact) && !contact.Deleted ? contact : null;
        }
    }

    internal FakeContact? FindByUnique(string projectId, string value)
    {
        lock (gate)
        {
            return FindByUserId(projectId, value)
                ?? contacts.FirstOrDefault(c => !c.Deleted && c.ProjectId == projectId && (c.Email == value || c.Phone == value));
        }
    }

    internal FakeSegment? FindSegment(string projectId, string uid)
    {
        lock (gate)
        {
            return segments.TryGetValue((projectId, uid), out var s) ? s : null;
        }
    }

    internal IReadOnlyList<FakeSegment> SegmentsOf(string projectId)
    {
        lock (gate)
        {
            return [.. segments.Values.Where(s => s.ProjectId == projectId)];
        }
    }

    internal IReadOnlyList<JsonObject> CampaignsOf(string projectId) => Of(campaigns, projectId);

    internal IReadOnlyList<JsonObject> AutomationsOf(string projectId) => Of(automations, projectId);

    /// <summary>Gets the slot after the last contact; slots count every contact ever created, forgotten ones included.</summary>
    internal int ContactSlots
    {
        get
        {
            lock (gate)
            {
                return forgottenContacts + contacts.Count;
            }
        }
    }

    /// <summary>Gets the first slot still held (contacts before it were forgotten under <see cref="FakeServerRetention"/>).</summary>
    internal int FirstContactSlot
    {
        get
        {
            lock (gate)
            {
                return forgottenContacts;
            }
        }
    }

    /// <summary>Gets the contact in a slot, or <see langword="null"/> when it was forgotten.</summary>
    internal FakeContact? ContactAt(int slot)
    {
        lock (gate)
        {
            var index = slot - forgottenContacts;
            return index >= 0 && index < contacts.Count ? contacts[index] : null;
        }
    }

    internal FakeContact Upsert(string projectId, string datasourceId, string userId, string attributesJson)
    {
        lock (gate)
        {
            if (byUserId.TryGetValue((projectId, userId), out var existing))
            {
                // An upsert merges: keys sent replace stored ones, keys not sent are kept.
                var merged = JsonNode.Parse(existing.AttributesJson)!.AsObject();
                foreach (var (key, value) in JsonNode.Parse(attributesJson)!.AsObject())
                {
                    merged[key] = value?.DeepClone();
                }

                existing.SetAttributes(merged.ToJsonString(), Now);
                existing.Deleted = false;
                existing.AddDatasource(datasourceId);
                existing.CountWrite();
                observer?.ContactWritten(existing);
                return existing;
            }

            var id = "aud_" + (++nextId).ToString("D8", CultureInfo.InvariantCulture);
            var contact = new FakeContact(id, projectId, userId, attributesJson, Now);
            contact.AddDatasource(datasourceId);
            contact.CountWrite();
            contacts.Add(contact);
            byUserId[(projectId, userId)] = contact;
            byAudienceId[id] = contact;
            ForgetOldContacts();
            observer?.ContactWritten(contact);
            return contact;
        }
    }

    internal bool AddEvent(FakeEvent e)
    {
        lock (gate)
        {
            // Events are immutable and de-duplicated by _event_id, as Instasent documents.
            if (!eventsById.TryAdd((e.ProjectId, e.EventId), e))
            {
                return false;
            }

            events.Add(e);
            if (Excess(events.Count) is var excess and > 0)
            {
                foreach (var old in events.Take(excess))
                {
                    eventsById.Remove((old.ProjectId, old.EventId));
                }

                events.RemoveRange(0, excess);
            }

            observer?.EventStored(e);
            return true;
        }
    }

    internal FakeDirectSms AddDirectSms(string projectId, string senderId, FakeContact contact, string text, string? utmTerm)
    {
        lock (gate)
        {
            var sms = new FakeDirectSms("psms_" + (++nextId).ToString("D8", CultureInfo.InvariantCulture), projectId, senderId, contact.AudienceId, contact.Phone ?? string.Empty, text, utmTerm, Now);
            directSms.Add(sms);
            return sms;
        }
    }

    internal FakeContact CreateFromPhone(string projectId, string phone) =>
        Upsert(projectId, DefaultDatasourceId, "phone:" + phone, new JsonObject { ["_user_id"] = "phone:" + phone, ["_phone_mobile"] = phone }.ToJsonString());

    /// <summary>
    /// How many of the oldest records to forget, once a list holds an eighth more than the retention limit (trimming in
    /// steps keeps the list's shifting cheap); 0 when nothing is to be forgotten.
    /// </summary>
    private int Excess(int count)
    {
        var limit = retention.MaxRecordsPerStore;
        return limit > 0 && count > limit + Math.Max(1, limit / 8) ? count - limit : 0;
    }

    private void ForgetOldContacts()
    {
        if (Excess(contacts.Count) is var excess and > 0)
        {
            foreach (var old in contacts.Take(excess))
            {
                if (byUserId.TryGetValue((old.ProjectId, old.UserId), out var held) && ReferenceEquals(held, old))
                {
                    byUserId.Remove((old.ProjectId, old.UserId));
                }

                byAudienceId.Remove(old.AudienceId);
            }

            contacts.RemoveRange(0, excess);
            forgottenContacts += excess;
        }
    }

    private IReadOnlyList<JsonObject> Of(List<JsonObject> list, string projectId)
    {
        lock (gate)
        {
            return [.. list.Where(o => (string?)o["project"] == projectId)];
        }
    }
}
