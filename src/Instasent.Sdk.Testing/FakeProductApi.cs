using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Instasent.Sdk.Testing;

/// <summary>
/// The Product API under <c>/v1</c>, over the same state the fake Ingest API writes: audience get/search/scroll
/// (cursor until null), segments, stream actions, events, campaigns, automations, senders and direct SMS. Where the wire
/// shape is undocumented the fake uses the shape the SDK documents it reads.
/// </summary>
internal sealed class FakeProductApi : IFakeApiModule
{
    private const string P = "/v1/project/{project}";
    private const int MaxSearch = 50;
    private const int MaxScroll = 100;
    private readonly InstasentFakeServer server;

    public FakeProductApi(InstasentFakeServer server) => this.server = server;

    private FakeAudienceState State => server.Audience;

    private FakeServerVariance Variance => server.Options.Variance;

    public void Map(IEndpointRouteBuilder routes)
    {
        Get(routes, "/v1/", OrganizationAsync);
        Get(routes, P, (c, p) => FakeJson.WriteAsync(c, 200, new JsonObject { ["entity"] = FakeJson.Project(p), ["metadata"] = new JsonObject { ["scopes"] = Scopes(), ["uniqueAttributes"] = new JsonArray("_user_id", "_email", "_phone_mobile") } }));
        Get(routes, P + "/specs/attributes", (c, _) => FakeJson.WriteAsync(c, 200, new JsonObject { ["entities"] = FakeJson.AttributeSpecs() }));
        Get(routes, P + "/specs/events", (c, _) => FakeJson.WriteAsync(c, 200, new JsonObject { ["entities"] = FakeJson.EventSpecs() }));
        Get(routes, P + "/specs/events/{eventType}", (c, _) => FakeJson.WriteAsync(c, 200, new JsonObject { ["entities"] = FakeJson.EventParameterSpecs(), ["metadata"] = new JsonObject { ["event"] = FakeJson.Route(c, "eventType") } }));
        Get(routes, P + "/datasource", (c, p) => FakeJson.WriteAsync(c, 200, FakeIndexQuery.Page(State.Datasources.Where(d => d.ProjectId == p).Select(FakeJson.Datasource), c.Request.Query, Variance)));
        Post(routes, P + "/datasource", CreateDatasourceAsync);
        Get(routes, P + "/datasource/{datasourceId}", (c, p) => DatasourceAsync(c, p, stats: false));
        Get(routes, P + "/datasource/{datasourceId}/stats", (c, p) => DatasourceAsync(c, p, stats: true));
        Get(routes, P + "/audience/{audienceId}", (c, p) => ContactAsync(c, State.FindByAudienceId(FakeJson.Route(c, "audienceId")), p));
        Get(routes, P + "/audience/user/{userId}", (c, p) => ContactAsync(c, State.FindByUnique(p, FakeJson.Route(c, "userId")), p));
        Get(routes, P + "/audience/search/phone/{phone}", (c, p) => SearchByAsync(c, p, x => x.Phone == FakeJson.Route(c, "phone")));
        Get(routes, P + "/audience/search/email/{email}", (c, p) => SearchByAsync(c, p, x => string.Equals(x.Email, FakeJson.Route(c, "email"), StringComparison.OrdinalIgnoreCase)));
        Post(routes, P + "/audience/search", SearchAsync);
        Post(routes, P + "/audience/scroll", (c, p) => ScrollAsync(c, p, null));
        Post(routes, P + "/audience/segment/{segmentUid}/scroll", SegmentScrollAsync);
        Post(routes, P + "/audience/aggregations", AggregationsAsync);
        Get(routes, P + "/audience/{audienceId}/events", ContactEventsAsync);
        Post(routes, P + "/audience/stream/{action}", StreamActionAsync);
        Post(routes, P + "/event/search", (c, p) => EventsAsync(c, p, scroll: false));
        Post(routes, P + "/event/scroll", (c, p) => EventsAsync(c, p, scroll: true));
        Get(routes, P + "/segment", (c, p) => FakeJson.WriteAsync(c, 200, FakeIndexQuery.Page(State.SegmentsOf(p).Select(Segment), c.Request.Query, Variance)));
        Get(routes, P + "/segment/dynamic", (c, p) => FakeJson.WriteAsync(c, 200, new JsonObject { ["entities"] = new JsonArray([.. State.SegmentsOf(p).Where(s => s.Type == "dynamic").Select(s => (JsonNode)Segment(s))]) }));
        Get(routes, P + "/segment/{segmentUid}", SegmentAsync);
        Get(routes, P + "/campaign", (c, p) => FakeJson.WriteAsync(c, 200, FakeIndexQuery.Page(State.CampaignsOf(p), c.Request.Query, Variance)));
        Get(routes, P + "/campaign/{id}", (c, p) => OneAsync(c, State.CampaignsOf(p)));
        Get(routes, P + "/automation", (c, p) => FakeJson.WriteAsync(c, 200, FakeIndexQuery.Page(State.AutomationsOf(p), c.Request.Query, Variance)));
        Get(routes, P + "/automation/{id}", (c, p) => OneAsync(c, State.AutomationsOf(p)));
        Get(routes, P + "/channel/sms/sender", SendersAsync);
        Post(routes, P + "/channel/sms/sms/direct/{senderId}/{audienceId}", DirectSmsAsync);
        Post(routes, P + "/channel/sms/sms/direct/{senderId}/{audienceId}/{utmTerm}", DirectSmsAsync);
        Get(routes, P + "/channel/sms/sms/{smsId}", SmsAsync);
        Get(routes, P + "/channel/sms/sms/audience/{audienceId}", (c, p) => SmsListAsync(c, p, s => s.AudienceId == FakeJson.Route(c, "audienceId")));
        Get(routes, P + "/channel/sms/sms/send/{sendId}", (c, p) => SmsListAsync(c, p, _ => false));
        Get(routes, P + "/channel/sms/sms/campaign/{campaignId}/{optionIdx}", (c, p) => SmsListAsync(c, p, _ => false));
        Get(routes, P + "/channel/sms/sms/automation/{automationId}/{messageIdx}", (c, p) => SmsListAsync(c, p, _ => false));
        Get(routes, P + "/channel/sms/sms/direct", (c, p) => SmsListAsync(c, p, _ => true));
        Get(routes, P + "/channel/sms/sms/direct/{utmTerm}", (c, p) => SmsListAsync(c, p, s => s.UtmTerm == FakeJson.Route(c, "utmTerm")));
    }

    private static JsonArray Scopes() =>
        new("PROJECT_AUDIENCE_READ", "PROJECT_AUDIENCE_LIST", "PROJECT_AUDIENCE_WRITE", "PROJECT_AUDIENCE_DATA_BASIC", "PROJECT_AUDIENCE_DATA_EVENTS", "PROJECT_DIRECT_READ", "PROJECT_DIRECT_WRITE", "PROJECT_CAMPAIGN_READ", "PROJECT_AUTOMATION_READ");

    private static JsonObject Segment(FakeSegment s) => new() { ["uid"] = s.Uid, ["id"] = s.Uid, ["name"] = s.Name, ["type"] = s.Type };

    private static int Limit(JsonObject? body, int fallback) => body?["limit"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : fallback;

    private void Get(IEndpointRouteBuilder routes, string pattern, Func<HttpContext, string, Task> handler) => routes.MapGet(pattern, c => Guarded(c, handler));

    private void Post(IEndpointRouteBuilder routes, string pattern, Func<HttpContext, string, Task> handler) => routes.MapPost(pattern, c => Guarded(c, handler));

    private async Task Guarded(HttpContext context, Func<HttpContext, string, Task> handler)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var project = FakeJson.Route(context, "project");
        if (project.Length > 0 && project != FakeAudienceState.DefaultProjectId && State.Datasources.All(d => d.ProjectId != project))
        {
            await FakeJson.MessageAsync(context, 404, "Project not found");
            return;
        }

        try
        {
            await handler(context, project);
        }
        catch (FormatException ex)
        {
            await FakeJson.MessageAsync(context, 400, ex.Message.StartsWith("Invalid", StringComparison.Ordinal) || ex.Message.StartsWith("Problems", StringComparison.Ordinal) ? ex.Message : "Invalid query filter: " + ex.Message);
        }
    }

    private Task OrganizationAsync(HttpContext context, string project) =>
        FakeJson.WriteAsync(context, 200, new JsonObject
        {
            ["entity"] = new JsonObject
            {
                ["id"] = 7,
                ["title"] = "Fake org",
                ["testMode"] = true,
                ["createdAt"] = "2024-01-01T00:00:00Z",
                ["projects"] = new JsonArray(FakeJson.Project(FakeAudienceState.DefaultProjectId)),
            },
            ["metadata"] = new JsonObject { ["organization"] = new JsonObject { ["id"] = 7, ["name"] = "Fake org" }, ["scopes"] = Scopes() },
        });

    private async Task CreateDatasourceAsync(HttpContext context, string project)
    {
        var body = await FakeJson.ReadBodyAsync(context) as JsonObject;
        var name = (string?)body?["name"];
        if (string.IsNullOrWhiteSpace(name) || body?["audienceTags"] is not JsonArray)
        {
            await InstasentFakeServer.WriteJsonAsync(context, 422, new JsonObject { ["message"] = "Validation failed", ["errors"] = new JsonObject { ["name"] = new JsonArray("required"), ["audienceTags"] = new JsonArray("required") } }.ToJsonString());
            return;
        }

        var datasource = State.RegisterDatasource(project, "ds_" + Guid.NewGuid().ToString("N")[..8], name: name);
        var json = FakeJson.Datasource(datasource);
        json["audienceTags"] = body["audienceTags"]!.DeepClone();
        await FakeJson.WriteAsync(context, 201, new JsonObject { ["entity"] = json });
    }

    private async Task DatasourceAsync(HttpContext context, string project, bool stats)
    {
        var datasource = State.FindDatasource(project, FakeJson.Route(context, "datasourceId"));
        if (datasource is null)
        {
            await FakeJson.MessageAsync(context, 404, "Datasource not found");
            return;
        }

        var json = FakeJson.Datasource(datasource);
        if (!stats)
        {
            await FakeJson.WriteAsync(context, 200, new JsonObject { ["entity"] = json });
            return;
        }

        var total = State.Contacts.Count(c => !c.Deleted && c.DatasourceIds.Contains(datasource.Id));
        await FakeJson.WriteAsync(context, 200, new JsonObject { ["contacts"] = new JsonObject { ["total"] = total, ["errored"] = 0 }, ["datasource"] = json });
    }

    private Task ContactAsync(HttpContext context, FakeContact? contact, string project)
    {
        if (contact is null || contact.ProjectId != project)
        {
            return FakeJson.MessageAsync(context, 404, "Contact not found");
        }

        return FakeJson.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("entity");
            FakeJson.WriteContact(w, contact, State.FlattenContactAttributes);
            w.WriteEndObject();
        });
    }

    private Task SearchByAsync(HttpContext context, string project, Func<FakeContact, bool> match)
    {
        var found = State.Contacts.Where(c => !c.Deleted && c.ProjectId == project && match(c)).Take(10).ToList();
        return WriteContactsAsync(context, found, null, new JsonObject { ["limit"] = 10, ["offset"] = 0, ["totalHits"] = found.Count });
    }

    private Task WriteContactsAsync(HttpContext context, IReadOnlyList<FakeContact> contacts, string? cursor, JsonObject metadata) =>
        FakeJson.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("entities");
            foreach (var contact in contacts)
            {
                FakeJson.WriteContact(w, contact, State.FlattenContactAttributes);
            }

            w.WriteEndArray();
            w.WritePropertyName("metadata");
            metadata.WriteTo(w);
            w.WriteEndObject();
        });

    private async Task SearchAsync(HttpContext context, string project)
    {
        var body = await FakeJson.ReadBodyAsync(context) as JsonObject;
        var filter = FakeQueryFilter.Parse(body, State, project);
        var limit = Limit(body, 10);
        var offset = body?["offset"] is JsonValue o && o.TryGetValue<int>(out var n) ? n : 0;
        if (limit is < 1 or > MaxSearch)
        {
            throw new FormatException("Invalid query filter: limit must be 1 to 50");
        }

        limit = FakePaging.PageSize(Variance, limit);
        var matches = State.Contacts.Where(c => !c.Deleted && c.ProjectId == project && filter.Matches(c)).ToList();
        if ((string?)body?["sortField"] is { } sortField)
        {
            var ascending = body?["sortAsc"] is not JsonValue a || !a.TryGetValue<bool>(out var asc) || asc;
            matches = ascending
                ? [.. matches.OrderBy(c => c.GetAttribute(sortField), StringComparer.Ordinal)]
                : [.. matches.OrderByDescending(c => c.GetAttribute(sortField), StringComparer.Ordinal)];
        }

        await WriteContactsAsync(context, matches.Skip(offset).Take(limit).ToList(), null, new JsonObject { ["limit"] = limit, ["offset"] = offset, ["totalHits"] = matches.Count });
    }

    private async Task SegmentScrollAsync(HttpContext context, string project)
    {
        var segment = State.FindSegment(project, FakeJson.Route(context, "segmentUid"));
        if (segment is null)
        {
            await FakeJson.MessageAsync(context, 404, "Segment not found");
            return;
        }

        var parameter = context.Request.Query["parameter"].ToString();
        await ScrollAsync(context, project, c => segment.Matches(c, parameter.Length == 0 ? null : parameter));
    }

    private async Task ScrollAsync(HttpContext context, string project, Func<FakeContact, bool>? extra)
    {
        var body = await FakeJson.ReadBodyAsync(context) as JsonObject;
        var filter = FakeQueryFilter.Parse(body, State, project);
        var limit = Limit(body, MaxScroll);
        if (limit is < 1 or > MaxScroll)
        {
            throw new FormatException("Invalid query filter: limit must be 1 to 100");
        }

        limit = FakePaging.PageSize(Variance, limit);
        bool Match(FakeContact c) => !c.Deleted && c.ProjectId == project && (extra is null || extra(c)) && filter.Matches(c);

        // The cursor is "position.total": where the next page starts in creation order, and the total counted once on the first page.
        var requestCursor = (string?)body?["cursor"];
        var (position, total) = ParseCursor(FakePaging.Position(requestCursor));
        position = Math.Max(position, State.FirstContactSlot);
        var slots = State.ContactSlots;
        if (total < 0)
        {
            total = filter.IsEmpty && extra is null ? State.Contacts.Count(c => !c.Deleted && c.ProjectId == project) : State.Contacts.Count(Match);
        }

        var page = new List<FakeContact>(limit);
        while (position < slots && page.Count < limit)
        {
            if (State.ContactAt(position++) is { } contact && Match(contact))
            {
                page.Add(contact);
            }
        }

        // Skip ahead to the next match so the last page is not followed by an empty one.
        while (position < slots && (State.ContactAt(position) is not { } next || !Match(next)))
        {
            position++;
        }

        var cursor = FakePaging.NextCursor(Variance, requestCursor, position < slots ? position.ToString(CultureInfo.InvariantCulture) + "." + total.ToString(CultureInfo.InvariantCulture) : null);
        await WriteContactsAsync(context, page, cursor, new JsonObject { ["cursor"] = cursor, ["limit"] = limit, ["totalHits"] = total });
    }

    private static (int Position, int Total) ParseCursor(string? cursor)
    {
        if (cursor is null)
        {
            return (0, -1);
        }

        var parts = cursor.Split('.');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var position) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var total))
        {
            throw new FormatException("Invalid query filter: bad cursor");
        }

        return (position, total);
    }

    private async Task AggregationsAsync(HttpContext context, string project)
    {
        var body = await FakeJson.ReadBodyAsync(context) as JsonObject;
        if (body?["aggregations"] is not JsonObject aggregations)
        {
            await FakeJson.MessageAsync(context, 400, "Invalid query filter: aggregations is required");
            return;
        }

        var filter = FakeQueryFilter.Parse(body, State, project);
        var count = State.Contacts.Count(c => !c.Deleted && c.ProjectId == project && filter.Matches(c));
        var results = new JsonObject();
        foreach (var (name, _) in aggregations)
        {
            results[name] = new JsonObject { ["docCount"] = count };
        }

        await FakeJson.WriteAsync(context, 200, new JsonObject { ["entities"] = results, ["metadata"] = new JsonObject { ["totalHits"] = count } });
    }

    private async Task ContactEventsAsync(HttpContext context, string project)
    {
        var contact = State.FindByAudienceId(FakeJson.Route(context, "audienceId"));
        if (contact is null)
        {
            await FakeJson.MessageAsync(context, 404, "Contact not found");
            return;
        }

        var byType = State.Events.Where(e => e.ProjectId == project && e.UserId == contact.UserId).GroupBy(e => e.EventType).ToList();
        await FakeJson.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("entity");
            foreach (var group in byType)
            {
                w.WriteStartArray(group.Key);
                foreach (var e in group)
                {
                    FakeJson.WriteEvent(w, e, contact.AudienceId);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private async Task StreamActionAsync(HttpContext context, string project)
    {
        var action = FakeJson.Route(context, "action");
        var body = await FakeJson.ReadBodyAsync(context) as JsonObject;
        var contact = State.FindByAudienceId((string?)body?["audienceId"] ?? string.Empty);
        if (contact is null)
        {
            await FakeJson.MessageAsync(context, 404, "Contact not found");
            return;
        }

        string? attribute = action switch
        {
            "sms-subscribe" or "sms-unsubscribe" => "_is_subscribed_sms",
            "email-subscribe" or "email-unsubscribe" => "_is_subscribed_email",
            "delete-contact" => null,
            _ => throw new FormatException("Invalid action " + action),
        };
        if (attribute is null)
        {
            contact.Deleted = true;
        }
        else
        {
            var attributes = JsonNode.Parse(contact.AttributesJson)!.AsObject();
            attributes[attribute] = action.EndsWith("-subscribe", StringComparison.Ordinal);
            if (body?["reason"] is { } reason)
            {
                attributes["_unsubscribe_reason"] = reason.DeepClone();
            }

            contact.SetAttributes(attributes.ToJsonString(), State.Now);
        }

        var sync = context.Request.Query.ContainsKey("_sync");
        await FakeJson.WriteAsync(context, sync ? 200 : 202, new JsonObject { ["entity"] = new JsonObject { ["audienceId"] = contact.AudienceId, ["action"] = action, ["sync"] = sync } });
    }

    private async Task EventsAsync(HttpContext context, string project, bool scroll)
    {
        var body = await FakeJson.ReadBodyAsync(context) as JsonObject;
        var filter = FakeQueryFilter.Parse(body, State, project);
        var limit = Limit(body, scroll ? MaxScroll : 10);
        if (limit < 1 || limit > (scroll ? MaxScroll : MaxSearch))
        {
            throw new FormatException("Invalid query filter: limit out of range");
        }

        limit = FakePaging.PageSize(Variance, limit);
        var matches = State.Events.Where(e => e.ProjectId == project && filter.Matches(e)).ToList();
        var requestCursor = (string?)body?["cursor"];
        var start = scroll ? ParseCursor(FakePaging.Position(requestCursor)).Position : body?["offset"] is JsonValue o && o.TryGetValue<int>(out var n) ? n : 0;
        var page = matches.Skip(start).Take(limit).ToList();
        var next = start + page.Count;
        var metadata = scroll
            ? new JsonObject { ["cursor"] = FakePaging.NextCursor(Variance, requestCursor, next < matches.Count ? next.ToString(CultureInfo.InvariantCulture) + "." + matches.Count.ToString(CultureInfo.InvariantCulture) : null), ["limit"] = limit, ["totalHits"] = matches.Count }
            : new JsonObject { ["limit"] = limit, ["offset"] = start, ["totalHits"] = matches.Count };
        await FakeJson.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("entities");
            foreach (var e in page)
            {
                FakeJson.WriteEvent(w, e, State.FindByUserId(project, e.UserId)?.AudienceId);
            }

            w.WriteEndArray();
            w.WritePropertyName("metadata");
            metadata.WriteTo(w);
            w.WriteEndObject();
        });
    }

    private Task SegmentAsync(HttpContext context, string project)
    {
        var segment = State.FindSegment(project, FakeJson.Route(context, "segmentUid"));
        return segment is null
            ? FakeJson.MessageAsync(context, 404, "Segment not found")
            : FakeJson.WriteAsync(context, 200, new JsonObject { ["entity"] = Segment(segment) });
    }

    private static Task OneAsync(HttpContext context, IReadOnlyList<JsonObject> items)
    {
        var id = FakeJson.Route(context, "id");
        var item = items.FirstOrDefault(i => (string?)i["id"] == id);
        return item is null
            ? FakeJson.MessageAsync(context, 404, "Not found")
            : FakeJson.WriteAsync(context, 200, new JsonObject { ["entity"] = item.DeepClone() });
    }

    private Task SendersAsync(HttpContext context, string project) =>
        FakeJson.WriteAsync(context, 200, new JsonObject
        {
            ["entities"] = new JsonArray(
                new JsonObject { ["id"] = State.DefaultSenderId, ["from"] = "Acme", ["status"] = "active" },
                new JsonObject { ["id"] = "snd_2", ["from"] = "AcmeNews", ["status"] = "active" }),
            ["metadata"] = new JsonObject { ["count"] = 2, ["start"] = 0, ["limit"] = 20, ["defaultSender"] = State.DefaultSenderId },
        });

    private async Task DirectSmsAsync(HttpContext context, string project)
    {
        var body = await FakeJson.ReadBodyAsync(context) as JsonObject;
        var text = (string?)body?["text"];
        if (string.IsNullOrEmpty(text))
        {
            await InstasentFakeServer.WriteJsonAsync(context, 422, new JsonObject { ["message"] = "Validation failed", ["errors"] = new JsonObject { ["text"] = new JsonArray("This value should not be blank.") } }.ToJsonString());
            return;
        }

        var senderId = FakeJson.Route(context, "senderId");
        if (senderId == "default")
        {
            senderId = State.DefaultSenderId;
        }
        else if (senderId is not ("snd_1" or "snd_2") && senderId != State.DefaultSenderId)
        {
            await FakeJson.MessageAsync(context, 404, "Sender not found");
            return;
        }

        var audienceId = FakeJson.Route(context, "audienceId");
        var autoCreated = false;
        FakeContact? contact;
        if (audienceId.StartsWith('+'))
        {
            contact = State.Contacts.FirstOrDefault(c => !c.Deleted && c.ProjectId == project && c.Phone == audienceId);
            if (contact is null)
            {
                contact = State.CreateFromPhone(project, audienceId);
                autoCreated = true;
            }
        }
        else
        {
            contact = State.FindByAudienceId(audienceId);
        }

        if (contact is null)
        {
            await FakeJson.MessageAsync(context, 404, "Contact not found");
            return;
        }

        if (contact.Phone is null)
        {
            await FakeJson.MessageAsync(context, 422, "The contact has no mobile phone");
            return;
        }

        var utm = context.Request.RouteValues.ContainsKey("utmTerm") ? FakeJson.Route(context, "utmTerm") : null;
        var sms = State.AddDirectSms(project, senderId, contact, text, utm);
        await FakeJson.WriteAsync(context, 201, new JsonObject { ["entity"] = Sms(sms), ["metadata"] = new JsonObject { ["audienceId"] = contact.AudienceId, ["autoCreated"] = autoCreated } });
    }

    private static JsonObject Sms(FakeDirectSms sms) => new()
    {
        ["id"] = sms.Id,
        ["from"] = sms.SenderId == "snd_2" ? "AcmeNews" : "Acme",
        ["to"] = sms.To,
        ["normalizedTo"] = sms.To,
        ["text"] = sms.Text,
        ["status"] = "enqueued",
        ["createdAt"] = sms.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["utmTerm"] = sms.UtmTerm,
        ["audienceContact"] = new JsonObject { ["id"] = sms.AudienceId, ["project"] = sms.ProjectId },
    };

    private Task SmsAsync(HttpContext context, string project)
    {
        var sms = State.DirectSms.FirstOrDefault(s => s.ProjectId == project && s.Id == FakeJson.Route(context, "smsId"));
        return sms is null
            ? FakeJson.MessageAsync(context, 404, "SMS not found")
            : FakeJson.WriteAsync(context, 200, new JsonObject { ["entity"] = Sms(sms) });
    }

    private Task SmsListAsync(HttpContext context, string project, Func<FakeDirectSms, bool> match) =>
        FakeJson.WriteAsync(context, 200, FakeIndexQuery.Page(State.DirectSms.Where(s => s.ProjectId == project && match(s)).Select(Sms), context.Request.Query, Variance));
}
