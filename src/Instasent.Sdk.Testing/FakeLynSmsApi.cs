using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Instasent.Sdk.Testing;

/// <summary>
/// The LynSMS v1 API under <c>/lynsms/api/v1</c>: the <c>{success, data, meta.request_id}</c> envelope, the
/// <c>{error: {type, code, message}}</c> error envelope, a fixed one-minute rate-limit window without <c>Retry-After</c>.
/// Where LynSMS leaves the wire shape undocumented, the fake uses the shape the SDK documents it reads: bulk bodies
/// are <c>{from, body, recipients: [...]}</c> answered with <c>data: {messages: [...], errors: [{index, to, code, message}]}</c>.
/// </summary>
internal sealed partial class FakeLynSmsApi : IFakeApiModule
{
    public const string Prefix = "/lynsms/api/v1";
    private const int MaxBulkRecipients = 1000;
    private readonly InstasentFakeServer server;

    public FakeLynSmsApi(InstasentFakeServer server) => this.server = server;

    private FakeLynSmsState State => server.LynSms;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Prefix + "/messages/send", c => Guarded(c, SendAsync));
        routes.MapPost(Prefix + "/messages/bulk", c => Guarded(c, BulkAsync));
        routes.MapGet(Prefix + "/messages", c => Guarded(c, ListAsync));
        routes.MapGet(Prefix + "/messages/{id}", c => Guarded(c, GetAsync));
        routes.MapGet(Prefix + "/account", c => Guarded(c, AccountAsync));
        routes.MapGet(Prefix + "/account/balance", c => Guarded(c, BalanceAsync));
        routes.MapGet(Prefix + "/account/usage", c => Guarded(c, UsageAsync));
        routes.MapPost(Prefix + "/api-keys/create", c => Guarded(c, CreateKeyAsync));
        routes.MapDelete(Prefix + "/api-keys/{id}", c => Guarded(c, RevokeKeyAsync));
        routes.MapPost(Prefix + "/webhooks/create", c => Guarded(c, CreateWebhookAsync));
        routes.MapGet(Prefix + "/webhooks", c => Guarded(c, ListWebhooksAsync));
        routes.MapGet(Prefix + "/webhooks/events", c => Guarded(c, ListEventsAsync));
    }

    private async Task Guarded(HttpContext context, Func<HttpContext, Task> handler)
    {
        // LynSMS documents X-RateLimit-Limit/Remaining but no reset header; the recorder's generic one is removed.
        context.Response.Headers.Remove("X-RateLimit-Reset");
        var token = InstasentFakeServer.BearerToken(context.Request);
        if (!await server.AuthorizeAsync(context))
        {
            await Error(context, 401, "authentication_error", "unauthorized", "Invalid or missing API key.");
            return;
        }

        var remaining = State.Take(token!);
        if (remaining < 0)
        {
            context.Response.Headers["X-RateLimit-Limit"] = State.RequestsPerMinute!.Value.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            await Error(context, 429, "rate_limit_error", "rate_limit_exceeded", "Rate limit exceeded. Wait for the next one-minute window.");
            return;
        }

        if (State.RequestsPerMinute is { } limit)
        {
            context.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        }

        await handler(context);
    }

    private async Task SendAsync(HttpContext context)
    {
        if (await FakeRequests.ParseBodyAsync(context) is not JsonObject item)
        {
            await Error(context, 400, "invalid_request_error", "invalid_request", "Body should be a JSON object.");
            return;
        }

        var problem = Check(FakeRequests.Text(item, "from"), FakeRequests.Text(item, "body")) ?? (FakeRequests.Text(item, "to") is { } to && FakeRequests.IsE164(to) ? null : "to must be an E.164 number.");
        if (problem is not null)
        {
            await Error(context, 400, "invalid_request_error", "invalid_request", problem);
            return;
        }

        if (!Charge(1))
        {
            await Error(context, 402, "invalid_request_error", "insufficient_balance", "Insufficient balance.");
            return;
        }

        var message = State.Add(FakeRequests.Text(item, "from")!, FakeRequests.Text(item, "to")!, FakeRequests.Text(item, "body")!, FakeRequests.Text(item, "reference"), FakeRequests.Text(item, "provider"), viaBulk: false);
        await Ok(context, 201, ToJson(message));
    }

    private async Task BulkAsync(HttpContext context)
    {
        if (await FakeRequests.ParseBodyAsync(context) is not JsonObject item || item["recipients"] is not JsonArray recipients)
        {
            await Error(context, 400, "invalid_request_error", "invalid_request", "Body should be an object with a recipients array.");
            return;
        }

        if (recipients.Count > MaxBulkRecipients)
        {
            await Error(context, 400, "invalid_request_error", "too_many_recipients", $"At most {MaxBulkRecipients} recipients per bulk request.");
            return;
        }

        if (Check(FakeRequests.Text(item, "from"), FakeRequests.Text(item, "body")) is { } problem)
        {
            await Error(context, 400, "invalid_request_error", "invalid_request", problem);
            return;
        }

        var sent = new JsonArray();
        var errors = new JsonArray();
        for (var i = 0; i < recipients.Count; i++)
        {
            var to = recipients[i] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            if (to is null || !FakeRequests.IsE164(to))
            {
                errors.Add(BulkError(i, to, "invalid_recipient", "Not an E.164 number."));
            }
            else if (!Charge(1))
            {
                errors.Add(BulkError(i, to, "insufficient_balance", "Insufficient balance."));
            }
            else
            {
                sent.Add(ToJson(State.Add(FakeRequests.Text(item, "from")!, to, FakeRequests.Text(item, "body")!, FakeRequests.Text(item, "reference"), FakeRequests.Text(item, "provider"), viaBulk: true)));
            }
        }

        await Ok(context, 201, new JsonObject { ["object"] = "bulk", ["messages"] = server.ReorderBulkAnswer(sent), ["errors"] = server.ReorderBulkAnswer(errors) });
    }

    private JsonObject BulkError(int index, string? to, string code, string message)
    {
        var error = new JsonObject { ["index"] = index, ["to"] = to, ["code"] = code, ["message"] = message };
        if (server.OmitBulkErrorPosition())
        {
            error.Remove("index");
        }

        return error;
    }

    private async Task ListAsync(HttpContext context)
    {
        var (page, perPage) = Paging(context);
        var all = State.Messages.Reverse().ToList();
        var items = new JsonArray(all.Skip((page - 1) * perPage).Take(perPage).Select(m => (JsonNode)ToJson(m)).ToArray());
        var last = Math.Max(1, (all.Count + perPage - 1) / perPage);
        await Ok(context, 200, items, new JsonObject { ["current_page"] = page, ["last_page"] = last, ["per_page"] = perPage, ["total"] = all.Count });
    }

    private async Task GetAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var message = State.Messages.FirstOrDefault(m => m.Id == id);
        if (message is null)
        {
            await Error(context, 404, "invalid_request_error", "not_found", "No such message.");
            return;
        }

        await Ok(context, 200, ToJson(message));
    }

    private Task AccountAsync(HttpContext context) => Ok(context, 200, new JsonObject
    {
        ["id"] = "acct_fake0000000000000000000001",
        ["object"] = "account",
        ["name"] = "Fake Account",
        ["email"] = "owner@example.com",
        ["plan"] = "business",
        ["balance"] = State.Balance,
        ["currency"] = "USD",
    });

    private Task BalanceAsync(HttpContext context) => Ok(context, 200, new JsonObject { ["object"] = "balance", ["balance"] = State.Balance, ["currency"] = "USD" });

    private Task UsageAsync(HttpContext context) => Ok(context, 200, new JsonObject
    {
        ["object"] = "usage",
        ["period"] = State.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ["messages_sent"] = State.Messages.Count,
        ["segments"] = State.Messages.Count,
        ["cost"] = State.Messages.Count * State.CostPerMessage,
        ["currency"] = "USD",
    });

    private async Task CreateKeyAsync(HttpContext context)
    {
        if (await FakeRequests.ParseBodyAsync(context) is not JsonObject item || FakeRequests.Text(item, "name") is not { Length: > 0 } name)
        {
            await Error(context, 400, "invalid_request_error", "invalid_request", "name is required.");
            return;
        }

        var id = State.NewId("key_");
        State.AddApiKey(id, name);
        await Ok(context, 201, new JsonObject
        {
            ["id"] = id,
            ["object"] = "api_key",
            ["name"] = name,
            ["key"] = "ds_live_" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N")[..8],
            ["scopes"] = item["scopes"]?.DeepClone() ?? new JsonArray("sms:send"),
            ["allowed_ips"] = item["allowed_ips"]?.DeepClone(),
            ["created_at"] = Timestamp(State.Now),
        });
    }

    private async Task RevokeKeyAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (!State.RevokeApiKey(id))
        {
            await Error(context, 404, "invalid_request_error", "not_found", "No such API key.");
            return;
        }

        await Ok(context, 200, new JsonObject { ["id"] = id, ["object"] = "api_key", ["revoked"] = true });
    }

    private async Task CreateWebhookAsync(HttpContext context)
    {
        if (await FakeRequests.ParseBodyAsync(context) is not JsonObject item || FakeRequests.Text(item, "url") is not { } url || item["events"] is not JsonArray events || events.Count == 0)
        {
            await Error(context, 400, "invalid_request_error", "invalid_request", "url and events are required.");
            return;
        }

        var id = State.NewId("whe_");
        var secret = "whsec_" + Guid.NewGuid().ToString("N");
        var names = events.Select(e => e!.GetValue<string>()).ToArray();
        State.AddWebhook(id, url, FakeRequests.Text(item, "description"), names, secret);
        var json = WebhookJson(id, url, FakeRequests.Text(item, "description"), names);
        json["signing_secret"] = secret;
        await Ok(context, 201, json);
    }

    private Task ListWebhooksAsync(HttpContext context) =>
        Ok(context, 200, new JsonArray(State.Webhooks.Select(w => (JsonNode)WebhookJson(w.Key, w.Value.Url, w.Value.Description, w.Value.Events)).ToArray()));

    private async Task ListEventsAsync(HttpContext context)
    {
        var (page, perPage) = Paging(context);
        var all = State.Messages.Reverse().ToList();
        var events = all.Skip((page - 1) * perPage).Take(perPage).Select(m => (JsonNode)new JsonObject
        {
            ["id"] = "evt_" + m.Id[4..],
            ["object"] = "event",
            ["type"] = "message.sent",
            ["created_at"] = Timestamp(m.CreatedAt),
            ["data"] = new JsonObject { ["id"] = m.Id, ["object"] = "message", ["to"] = m.To, ["from"] = m.From, ["status"] = "sent", ["provider"] = m.Provider },
        }).ToArray();
        await Ok(context, 200, new JsonArray(events), new JsonObject { ["has_more"] = page * perPage < all.Count });
    }

    private static JsonObject WebhookJson(string id, string url, string? description, string[] events) => new()
    {
        ["id"] = id,
        ["object"] = "webhook_endpoint",
        ["url"] = url,
        ["description"] = description,
        ["events"] = new JsonArray(events.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
        ["is_active"] = true,
    };

    private bool Charge(int count)
    {
        lock (State)
        {
            var cost = State.CostPerMessage * count;
            if (State.Balance < cost)
            {
                return false;
            }

            State.Balance -= cost;
            return true;
        }
    }

    private JsonObject ToJson(FakeLynSmsMessage message) => new()
    {
        ["id"] = message.Id,
        ["object"] = "message",
        ["to"] = message.To,
        ["from"] = message.From,
        ["body"] = message.Body,
        ["status"] = "sent",
        ["cost"] = JsonValue.Create(Math.Round(State.CostPerMessage, 4)),
        ["currency"] = "USD",
        ["provider"] = message.Provider,
        ["reference"] = message.Reference,
        ["created_at"] = Timestamp(message.CreatedAt),
        ["sent_at"] = Timestamp(message.CreatedAt),
    };

    private static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Check(string? from, string? body)
    {
        if (from is null || !(Alphanumeric().IsMatch(from) || Numeric().IsMatch(from)))
        {
            return "from must be an approved sender id.";
        }

        return body is { Length: > 0 and <= 1600 } ? null : "body must have 1 to 1600 characters.";
    }

    private static Task Ok(HttpContext context, int status, JsonNode data, JsonObject? meta = null)
    {
        meta ??= [];
        meta["request_id"] = context.Response.Headers["X-Request-Id"].ToString();
        return InstasentFakeServer.WriteJsonAsync(context, status, new JsonObject { ["success"] = true, ["data"] = data, ["meta"] = meta }.ToJsonString());
    }

    private static Task Error(HttpContext context, int status, string type, string code, string message) =>
        InstasentFakeServer.WriteJsonAsync(context, status, new JsonObject
        {
            ["success"] = false,
            ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message },
            ["meta"] = new JsonObject { ["request_id"] = context.Response.Headers["X-Request-Id"].ToString() },
        }.ToJsonString());

    // The served page and size; current_page, last_page and has_more are computed from them, so a capped page size
    // still reports honest end signals.
    private (int Page, int PerPage) Paging(HttpContext context)
    {
        var variance = server.Options.Variance;
        return (FakePaging.PageNumber(variance, Query(context, "page", 1)), FakePaging.PageSize(variance, Query(context, "per_page", 20)));
    }

    private static int Query(HttpContext context, string name, int fallback) =>
        int.TryParse(context.Request.Query[name], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    [GeneratedRegex("^[A-Za-z0-9]{1,11}$")]
    private static partial Regex Alphanumeric();

    [GeneratedRegex(@"^\+?[0-9]{3,15}$")]
    private static partial Regex Numeric();
}
