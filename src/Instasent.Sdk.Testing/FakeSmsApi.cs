using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Instasent.Sdk.Testing;

/// <summary>
/// The Legacy and Transactional SMS API (same paths under two prefixes). Where the real wire shape is undocumented,
/// the fake picks the shape the SDK documents it reads: bulk errors are <c>{"index": n, "errors": {field: [msg]}}</c>.
/// </summary>
internal sealed partial class FakeSmsApi : IFakeApiModule
{
    private readonly InstasentFakeServer server;
    private readonly string prefix;
    private readonly string family;

    public FakeSmsApi(InstasentFakeServer server, string prefix, string family)
    {
        this.server = server;
        this.prefix = prefix;
        this.family = family;
    }

    private FakeSmsState State => server.Sms;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(prefix + "/sms", SendAsync);
        routes.MapPost(prefix + "/sms/bulk", BulkAsync);
        routes.MapGet(prefix + "/sms", ListAsync);
        routes.MapGet(prefix + "/sms/{id}", GetAsync);
        routes.MapPost(prefix + "/lookup", LookupAsync);
        routes.MapGet(prefix + "/lookup", ListLookupsAsync);
        routes.MapGet(prefix + "/lookup/{id}", GetLookupAsync);
        routes.MapGet(prefix + "/organization/account", AccountAsync);
        routes.MapGet(prefix + "/price/{kind}", PriceAsync);
    }

    private async Task SendAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var node = await FakeRequests.ParseBodyAsync(context);
        if (node is not JsonObject item)
        {
            await InstasentFakeServer.WriteJsonAsync(context, 400, "{\"message\":\"Body should be a JSON object\"}");
            return;
        }

        var errors = Validate(item);
        if (errors.Count > 0)
        {
            await InstasentFakeServer.WriteJsonAsync(context, 400, new JsonObject { ["message"] = "Invalid message", ["errors"] = errors }.ToJsonString());
            return;
        }

        var sms = Store(item);
        await InstasentFakeServer.WriteJsonAsync(context, 201, new JsonObject { ["entity"] = ToJson(sms) }.ToJsonString());
    }

    private async Task BulkAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var node = await FakeRequests.ParseBodyAsync(context);
        if (node is not JsonArray array)
        {
            await InstasentFakeServer.WriteJsonAsync(context, 400, "{\"message\":\"Body should be an array\"}");
            return;
        }

        if (array.Count > 100)
        {
            context.Response.StatusCode = 413;
            return;
        }

        var entities = new JsonArray();
        var errors = new JsonArray();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                errors.Add(server.OmitBulkErrorPosition()
                    ? new JsonObject { ["errors"] = new JsonObject { [""] = new JsonArray("Item should be an object") } }
                    : new JsonObject { ["index"] = i, ["errors"] = new JsonObject { [""] = new JsonArray("Item should be an object") } });
                continue;
            }

            var itemErrors = Validate(item);
            if (itemErrors.Count > 0)
            {
                var error = new JsonObject { ["index"] = i, ["errors"] = itemErrors };
                if (server.OmitBulkErrorPosition())
                {
                    error.Remove("index");
                }

                errors.Add(error);
            }
            else
            {
                entities.Add(ToJson(Store(item)));
            }
        }

        var answer = new JsonObject { ["entities"] = server.ReorderBulkAnswer(entities), ["errors"] = server.ReorderBulkAnswer(errors) };
        await InstasentFakeServer.WriteJsonAsync(context, 201, answer.ToJsonString());
    }

    private async Task ListAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var (page, perPage) = Paging(context);
        var all = State.Messages.Where(m => m.Family == family).ToList();
        var entities = new JsonArray(all.Skip((page - 1) * perPage).Take(perPage).Select(m => (JsonNode)ToJson(m)).ToArray());
        await InstasentFakeServer.WriteJsonAsync(context, 200, new JsonObject { ["entities"] = entities }.ToJsonString());
    }

    private async Task GetAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var sms = State.Find((string)context.Request.RouteValues["id"]!);
        if (sms is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        await InstasentFakeServer.WriteJsonAsync(context, 200, new JsonObject { ["entity"] = ToJson(sms) }.ToJsonString());
    }

    private async Task LookupAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var node = await FakeRequests.ParseBodyAsync(context);
        var to = node?["to"]?.GetValue<string>();
        if (to is null || !FakeRequests.IsE164(to))
        {
            await InstasentFakeServer.WriteJsonAsync(context, 400, "{\"message\":\"Invalid phone number\",\"errors\":{\"to\":[\"Invalid phone number\"]}}");
            return;
        }

        var id = State.AddLookup(to);
        await InstasentFakeServer.WriteJsonAsync(context, 201, new JsonObject { ["entity"] = LookupJson(id, to) }.ToJsonString());
    }

    private async Task ListLookupsAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var (page, perPage) = Paging(context);
        var entities = new JsonArray(State.Lookups.OrderBy(l => l.Key, StringComparer.Ordinal).Skip((page - 1) * perPage).Take(perPage).Select(l => (JsonNode)LookupJson(l.Key, l.Value)).ToArray());
        await InstasentFakeServer.WriteJsonAsync(context, 200, new JsonObject { ["entities"] = entities }.ToJsonString());
    }

    private async Task GetLookupAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var id = (string)context.Request.RouteValues["id"]!;
        if (!State.Lookups.TryGetValue(id, out var to))
        {
            context.Response.StatusCode = 404;
            return;
        }

        await InstasentFakeServer.WriteJsonAsync(context, 200, new JsonObject { ["entity"] = LookupJson(id, to) }.ToJsonString());
    }

    private async Task AccountAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        await InstasentFakeServer.WriteJsonAsync(context, 200, new JsonObject { ["entity"] = new JsonObject { ["available"] = State.Balance, ["currency"] = State.Currency } }.ToJsonString());
    }

    private async Task PriceAsync(HttpContext context)
    {
        if (!await server.AuthorizeAsync(context))
        {
            return;
        }

        var kind = (string)context.Request.RouteValues["kind"]!;
        var price = kind == "lookup" ? 0.005m : 0.045m;
        var entities = new JsonArray(
            new JsonObject { ["country"] = "ES", ["price"] = price, ["currency"] = "EUR" },
            new JsonObject { ["country"] = "PT", ["price"] = price + 0.01m, ["currency"] = "EUR", ["network"] = "any" });
        await InstasentFakeServer.WriteJsonAsync(context, 200, new JsonObject { ["entities"] = entities }.ToJsonString());
    }

    private FakeSms Store(JsonObject item) => State.Add(
        family,
        item["from"]!.GetValue<string>(),
        item["to"]!.GetValue<string>(),
        item["text"]!.GetValue<string>(),
        item["clientId"]?.GetValue<string>(),
        item["allowUnicode"] is JsonValue unicode && unicode.TryGetValue<bool>(out var flag) ? flag : null);

    private JsonObject Validate(JsonObject item)
    {
        var errors = new JsonObject();
        if (FakeRequests.Text(item, "from") is not { Length: > 0 and <= 11 })
        {
            errors["from"] = new JsonArray("Invalid sender");
        }

        if (FakeRequests.Text(item, "to") is not { } to || !FakeRequests.IsE164(to))
        {
            errors["to"] = new JsonArray("Invalid phone number");
        }
        else if (State.BlockedRecipients.Contains(to))
        {
            errors["to"] = new JsonArray("Recipient is blocked");
        }

        if (FakeRequests.Text(item, "text") is not { Length: > 0 })
        {
            errors["text"] = new JsonArray("Text is required");
        }

        return errors;
    }

    private static JsonObject ToJson(FakeSms sms)
    {
        var encoding = sms.Text.Any(c => c > 0x7F && c is not ('€' or 'ñ' or 'Ñ' or 'é' or 'è' or 'à' or 'ü' or 'ö' or 'ä')) ? "UTF16" : "GSM_7BIT";
        return new JsonObject
        {
            ["id"] = sms.Id,
            ["clientId"] = sms.ClientId,
            ["from"] = sms.From,
            ["to"] = sms.To,
            ["normalizedTo"] = sms.To,
            ["text"] = sms.Text,
            ["status"] = "enqueued",
            ["encoding"] = encoding,
            ["charsCount"] = sms.Text.Length,
            ["messagesCount"] = 1,
            ["pricePerSms"] = 0.045m,
            ["createdAt"] = sms.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["country"] = "ES",
        };
    }

    private static JsonObject LookupJson(string id, string to) => new()
    {
        ["id"] = id,
        ["to"] = to,
        ["status"] = "completed",
        ["country"] = "ES",
        ["mcc"] = "214",
        ["mnc"] = "07",
        ["ported"] = false,
    };

    // Instasent documents per_page default 10 and no maximum; the variance may cap it or ignore the page parameter.
    private (int Page, int PerPage) Paging(HttpContext context)
    {
        var page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var perPage = int.TryParse(context.Request.Query["per_page"], CultureInfo.InvariantCulture, out var pp) && pp > 0 ? pp : 10;
        var variance = server.Options.Variance;
        return (FakePaging.PageNumber(variance, page), FakePaging.PageSize(variance, perPage));
    }
}
