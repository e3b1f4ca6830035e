using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Instasent.Sdk.Testing;

/// <summary>
/// The Ingest API under <c>/v1/project/{project}/datasource/{datasource}/stream</c>: per-record validation with partial
/// success (202) or total failure (422), <c>_dryRun</c> that writes nothing, per-datasource rate limits (429 with
/// <c>X-RateLimit-Reset</c>, empty body) and datasource-token isolation (another datasource's token gets 404).
/// </summary>
internal sealed partial class FakeIngestApi : IFakeApiModule
{
    private const string Prefix = "/v1/project/{project}/datasource/{datasource}/stream";
    private readonly InstasentFakeServer server;

    public FakeIngestApi(InstasentFakeServer server) => this.server = server;

    private FakeAudienceState State => server.Audience;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Prefix, context => Guarded(context, StreamAsync));
        routes.MapGet(Prefix + "/specs/attributes", context => Guarded(context, (c, _) => FakeJson.WriteAsync(c, 200, new JsonObject { ["specs"] = FakeJson.AttributeSpecs() })));
        routes.MapGet(Prefix + "/specs/events", context => Guarded(context, (c, _) => FakeJson.WriteAsync(c, 200, new JsonObject { ["specs"] = FakeJson.EventSpecs() })));
        routes.MapGet(Prefix + "/specs/event-parameters/{eventType}", context => Guarded(context, (c, _) => FakeJson.WriteAsync(c, 200, new JsonObject { ["specs"] = FakeJson.EventParameterSpecs() })));
        routes.MapPost(Prefix + "/contacts", context => Guarded(context, (c, d) => WriteAsync(c, d, contacts: true)));
        routes.MapPost(Prefix + "/events", context => Guarded(context, (c, d) => WriteAsync(c, d, contacts: false)));
        routes.MapGet(Prefix + "/contacts/{userId}", context => Guarded(context, GetContactAsync));
        routes.MapDelete(Prefix + "/contacts/{userId}", context => Guarded(context, DeleteContactAsync));
    }

    private static JsonObject ValidateContact(JsonObject item)
    {
        var errors = new JsonObject();
        if (string.IsNullOrWhiteSpace(FakeRequests.Text(item["_user_id"])))
        {
            errors["_user_id"] = new JsonArray("This value should not be blank.");
        }

        if (item["_phone_mobile"] is { } phone && (FakeRequests.Text(phone) is not { } p || !FakeRequests.IsE164(p)))
        {
            errors["_phone_mobile"] = new JsonArray("Invalid phone number");
        }

        if (item["_email"] is { } email && (FakeRequests.Text(email) is not { } e || !e.Contains('@', StringComparison.Ordinal) || !e.Contains('.', StringComparison.Ordinal)))
        {
            errors["_email"] = new JsonArray("Invalid format");
        }

        foreach (var (key, value) in item)
        {
            if (key.StartsWith("_date_", StringComparison.Ordinal) && value is not null
                && !DateOnly.TryParseExact(FakeRequests.Text(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors[key] = new JsonArray("Invalid date, expected YYYY-MM-DD");
            }
        }

        return errors;
    }

    private static JsonObject ValidateEvent(JsonObject item)
    {
        var errors = new JsonObject();
        foreach (var key in (ReadOnlySpan<string>)["_user_id", "_event_id", "_event_type"])
        {
            if (string.IsNullOrWhiteSpace(FakeRequests.Text(item[key])))
            {
                errors[key] = new JsonArray("This value should not be blank.");
            }
        }

        if (!DateTimeOffset.TryParse(FakeRequests.Text(item["_event_date"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            errors["_event_date"] = new JsonArray("Invalid date");
        }

        if (item["_event_parameters"] is { } parameters && parameters is not JsonObject)
        {
            errors["_event_parameters"] = new JsonArray("Should be an object");
        }

        return errors;
    }

    private async Task Guarded(HttpContext context, Func<HttpContext, FakeDatasource, Task> next)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var project = FakeJson.Route(context, "project");
        var datasourceId = FakeJson.Route(context, "datasource");
        var token = InstasentFakeServer.BearerToken(context.Request);
        var datasource = State.FindDatasource(project, datasourceId);
        // A datasource token works for its own datasource only; Instasent answers 404 elsewhere.
        if (State.IsTokenOfAnotherDatasource(token, project, datasourceId) || (datasource?.Token is { } own && own != token && IsDatasourceToken(token)))
        {
            await FakeJson.MessageAsync(context, 404, "Not found");
            return;
        }

        datasource ??= State.EnsureDatasource(project, datasourceId);
        var (allowed, limit, remaining, reset) = datasource.Take(State.Now);
        if (datasource.RateLimitPerMinute is not null)
        {
            context.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Reset"] = FakeJson.Unix(reset);
        }

        if (!allowed)
        {
            // Instasent's 429 has an empty body; the client must wait for X-RateLimit-Reset.
            context.Response.StatusCode = 429;
            return;
        }

        try
        {
            await next(context, datasource);
        }
        catch (FormatException ex)
        {
            await FakeJson.MessageAsync(context, 400, ex.Message);
        }
    }

    private bool IsDatasourceToken(string? token) => token is not null && State.Datasources.Any(d => d.Token == token);

    private Task StreamAsync(HttpContext context, FakeDatasource datasource) =>
        FakeJson.WriteAsync(context, 200, new JsonObject
        {
            ["datasource"] = FakeJson.Datasource(datasource),
            ["project"] = FakeJson.Project(datasource.ProjectId),
            ["organization"] = new JsonObject { ["id"] = 7, ["name"] = "Fake org", ["api"] = new JsonObject { ["tier"] = 1 } },
            ["stream"] = new JsonObject { ["id"] = 1, ["type"] = "api", ["callsTotal"] = datasource.Calls },
            ["token"] = new JsonObject
            {
                ["type"] = datasource.Token is not null && datasource.Token == InstasentFakeServer.BearerToken(context.Request) ? "datasource" : "product",
                ["scopes"] = new JsonArray("PROJECT_INGEST_WRITE"),
            },
        });

    private async Task WriteAsync(HttpContext context, FakeDatasource datasource, bool contacts)
    {
        var body = await FakeJson.ReadBodyAsync(context);
        if (body is not JsonArray array)
        {
            await FakeJson.MessageAsync(context, 400, "Body should be an array");
            return;
        }

        if (array.Count > 100)
        {
            await FakeJson.MessageAsync(context, 400, "Body should be an array of at most 100 items");
            return;
        }

        var dryRun = IsFlag(context, "_dryRun");
        var results = new List<(JsonObject? Item, JsonObject Errors)>(array.Count);
        foreach (var node in array)
        {
            if (node is not JsonObject item)
            {
                results.Add((null, new JsonObject { [""] = new JsonArray("Item should be an object") }));
                continue;
            }

            var errors = contacts ? ValidateContact(item) : ValidateEvent(item);
            results.Add((item, errors));
            if (errors.Count > 0 || dryRun)
            {
                continue;
            }

            if (contacts)
            {
                State.Upsert(datasource.ProjectId, datasource.Id, FakeRequests.Text(item["_user_id"])!, item.ToJsonString());
            }
            else
            {
                State.AddEvent(new FakeEvent(
                    datasource.ProjectId,
                    datasource.Id,
                    FakeRequests.Text(item["_event_id"])!,
                    FakeRequests.Text(item["_user_id"])!,
                    FakeRequests.Text(item["_event_type"])!,
                    FakeRequests.Text(item["_event_date"])!,
                    item["_event_parameters"]?.ToJsonString() ?? "{}"));
            }
        }

        var failed = results.Count(r => r.Errors.Count > 0);
        var succeeded = results.Count - failed;
        var status = results.Count > 0 && succeeded == 0 ? 422 : 202;
        await FakeJson.WriteAsync(context, status, State.IngestResponseShape == FakeIngestResponseShape.Observed
            ? Observed(datasource, results, succeeded, failed, status, dryRun)
            : Documented(results, succeeded, failed, dryRun));
    }

    private JsonObject Documented(List<(JsonObject? Item, JsonObject Errors)> results, int succeeded, int failed, bool dryRun)
    {
        var items = new JsonArray();
        foreach (var (item, errors) in results)
        {
            var entry = new JsonObject { ["status"] = errors.Count == 0 ? "success" : "error", ["_user_id"] = item?["_user_id"]?.DeepClone() };
            if (item?["_event_id"] is { } eventId)
            {
                entry["_event_id"] = eventId.DeepClone();
            }

            if (errors.Count > 0)
            {
                entry["errors"] = errors.DeepClone();
            }

            items.Add(entry);
        }

        var json = new JsonObject { ["entity"] = new JsonObject { ["successful"] = succeeded, ["failed"] = failed, ["items"] = server.ReorderBulkAnswer(items) } };
        if (dryRun)
        {
            json["dryRun"] = true;
        }

        return json;
    }

    private JsonObject Observed(FakeDatasource datasource, List<(JsonObject? Item, JsonObject Errors)> results, int succeeded, int failed, int status, bool dryRun)
    {
        var accepted = new JsonArray();
        var errors = new JsonArray();
        for (var i = 0; i < results.Count; i++)
        {
            var (item, itemErrors) = results[i];
            if (itemErrors.Count == 0)
            {
                accepted.Add(new JsonObject { ["position"] = i, ["item"] = item?.DeepClone() });
            }
            else
            {
                var error = new JsonObject
                {
                    ["position"] = i,
                    ["item"] = item?.DeepClone(),
                    ["error"] = string.Join("; ", itemErrors.Select(e => e.Key + ": " + string.Join(", ", (e.Value as JsonArray ?? []).Select(m => m?.ToString())))),
                };
                if (server.OmitBulkErrorPosition())
                {
                    error.Remove("position");
                }

                errors.Add(error);
            }
        }

        return new JsonObject
        {
            ["success"] = failed == 0,
            ["status"] = status,
            ["dryRun"] = dryRun,
            ["apiSpeedTier"] = 1,
            ["projectUid"] = datasource.ProjectId,
            ["datasourceUid"] = datasource.Id,
            ["entitiesLimit"] = 100,
            ["entitiesSuccess"] = succeeded,
            ["entitiesFailures"] = failed,
            ["accepted"] = server.ReorderBulkAnswer(accepted),
            ["errors"] = server.ReorderBulkAnswer(errors),
        };
    }

    private static bool IsFlag(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && (value.Count == 0 || string.IsNullOrEmpty(value[0]) || !string.Equals(value[0], "false", StringComparison.OrdinalIgnoreCase));

    private async Task GetContactAsync(HttpContext context, FakeDatasource datasource)
    {
        var contact = State.FindByUserId(datasource.ProjectId, FakeJson.Route(context, "userId"));
        if (contact is null || !contact.DatasourceIds.Contains(datasource.Id))
        {
            await FakeJson.MessageAsync(context, 404, "Contact not found");
            return;
        }

        await FakeJson.WriteAsync(context, 200, new JsonObject
        {
            ["contact"] = new JsonObject
            {
                ["id"] = 1000 + contact.AudienceId.GetHashCode(StringComparison.Ordinal) % 1000,
                ["audienceId"] = contact.AudienceId,
                ["contactData"] = JsonNode.Parse(contact.AttributesJson),
                ["deleted"] = false,
                ["hasErrors"] = false,
                ["createdAt"] = contact.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                ["updatedAt"] = contact.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        });
    }

    private async Task DeleteContactAsync(HttpContext context, FakeDatasource datasource)
    {
        var userId = FakeJson.Route(context, "userId");
        var contact = State.FindByUserId(datasource.ProjectId, userId);
        if (contact is not null)
        {
            contact.Deleted = true;
        }

        // Deleting an unknown or already deleted contact is an idempotent no-op, answered the same way.
        await FakeJson.WriteAsync(context, 202, new JsonObject
        {
            ["success"] = true,
            ["status"] = 202,
            ["dryRun"] = false,
            ["entitiesSuccess"] = 1,
            ["entitiesFailures"] = 0,
            ["accepted"] = new JsonArray(new JsonObject { ["position"] = 0, ["item"] = userId }),
            ["errors"] = new JsonArray(),
        });
    }
}
