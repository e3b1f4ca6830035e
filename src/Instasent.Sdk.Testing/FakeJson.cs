using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Instasent.Sdk.Testing;

/// <summary>JSON writing shared by the fake Product and Ingest APIs. Pages are written with a <see cref="Utf8JsonWriter"/> straight from stored text, so big scrolls stay cheap.</summary>
internal static class FakeJson
{
    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = stream.Length;
        await context.Response.Body.WriteAsync(stream.GetBuffer().AsMemory(0, (int)stream.Length)).ConfigureAwait(false);
    }

    public static Task WriteAsync(HttpContext context, int status, JsonNode node) =>
        InstasentFakeServer.WriteJsonAsync(context, status, node.ToJsonString());

    public static Task MessageAsync(HttpContext context, int status, string message) =>
        InstasentFakeServer.WriteJsonAsync(context, status, new JsonObject { ["message"] = message }.ToJsonString());

    public static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        var text = await InstasentFakeServer.ReadBodyAsync(context.Request).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new FormatException("Problems parsing JSON");
        }
    }

    public static string Route(HttpContext context, string name) => Uri.UnescapeDataString(context.Request.RouteValues[name]?.ToString() ?? string.Empty);

    public static void WriteContact(Utf8JsonWriter writer, FakeContact contact, bool flatten)
    {
        writer.WriteStartObject();
        writer.WriteString("id", contact.AudienceId);
        if (flatten)
        {
            using var document = JsonDocument.Parse(contact.AttributesJson);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }
        }
        else
        {
            writer.WritePropertyName("attributesData");
            writer.WriteRawValue(contact.AttributesJson, skipInputValidation: true);
        }

        writer.WriteStartArray("audienceIds");
        writer.WriteStringValue(contact.AudienceId);
        writer.WriteEndArray();
        writer.WriteStartArray("dsIds");
        foreach (var ds in contact.DatasourceIds)
        {
            writer.WriteStringValue(ds);
        }

        writer.WriteEndArray();
        writer.WriteString("createdAt", contact.CreatedAt);
        writer.WriteString("updatedAt", contact.UpdatedAt);
        writer.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter writer, FakeEvent e, string? audienceId)
    {
        writer.WriteStartObject();
        writer.WriteString("id", "evt_" + e.EventId);
        writer.WriteString("_event_id", e.EventId);
        writer.WriteString("_event_type", e.EventType);
        writer.WriteString("_event_date", e.EventDate);
        writer.WriteString("_user_id", e.UserId);
        if (audienceId is not null)
        {
            writer.WriteString("audienceId", audienceId);
        }

        writer.WritePropertyName("_event_parameters");
        writer.WriteRawValue(e.ParametersJson, skipInputValidation: true);
        writer.WriteEndObject();
    }

    public static JsonObject Project(string projectId) => new()
    {
        ["uid"] = projectId,
        ["id"] = 42,
        ["name"] = "Fake project",
        ["locale"] = "es",
        ["timezone"] = "Europe/Madrid",
        ["projectStatus"] = "active",
        ["createdAt"] = "2024-01-01T00:00:00Z",
    };

    public static JsonObject Datasource(FakeDatasource d) => new()
    {
        ["id"] = d.Id,
        ["uid"] = d.Id,
        ["name"] = d.Name,
        ["type"] = "api",
        ["audienceTags"] = new JsonArray(),
        ["project"] = d.ProjectId,
    };

    public static JsonArray AttributeSpecs() =>
    [
        Spec("_user_id", "User id", "string", unique: true),
        Spec("_email", "E-mail", "email", unique: true),
        Spec("_phone_mobile", "Mobile phone", "phone", unique: true),
        Spec("_first_name", "First name", "string"),
        Spec("_last_name", "Last name", "string"),
        Spec("_date_registered", "Registered", "date"),
        Spec("plan", "Plan", "string", custom: true),
    ];

    public static JsonArray EventSpecs() =>
    [
        new JsonObject { ["uid"] = "purchase", ["name"] = "Purchase", ["category"] = "ecommerce", ["important"] = true },
        new JsonObject { ["uid"] = "page_view", ["name"] = "Page view", ["category"] = "web", ["important"] = false },
    ];

    public static JsonArray EventParameterSpecs() =>
    [
        new JsonObject { ["parameter"] = "amount", ["title"] = "Amount", ["dataType"] = "number", ["required"] = false },
        new JsonObject { ["parameter"] = "currency", ["title"] = "Currency", ["dataType"] = "string", ["required"] = false, ["maxLength"] = 3 },
    ];

    public static string Unix(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Spec(string uid, string label, string type, bool unique = false, bool custom = false) => new()
    {
        ["uid"] = uid,
        ["displayLabel"] = label,
        ["dataType"] = type,
        ["unique"] = unique,
        ["custom"] = custom,
        ["readonly"] = false,
        ["enabled"] = true,
    };
}
