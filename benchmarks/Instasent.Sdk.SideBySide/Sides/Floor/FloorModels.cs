using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.SideBySide.Sides.Floor;

// What a developer writes by hand against these APIs: plain mutable DTOs with the fields the SDK's models carry.

internal sealed class FloorSmsMessage
{
    [JsonPropertyName("from")] public string From { get; set; } = string.Empty;

    [JsonPropertyName("to")] public string To { get; set; } = string.Empty;

    [JsonPropertyName("text")] public string Text { get; set; } = string.Empty;
}

internal sealed class FloorSms
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;

    [JsonPropertyName("clientId")] public string? ClientId { get; set; }

    [JsonPropertyName("from")] public string? From { get; set; }

    [JsonPropertyName("to")] public string? To { get; set; }

    [JsonPropertyName("normalizedTo")] public string? NormalizedTo { get; set; }

    [JsonPropertyName("text")] public string? Text { get; set; }

    [JsonPropertyName("status")] public string? Status { get; set; }

    [JsonPropertyName("encoding")] public string? Encoding { get; set; }

    [JsonPropertyName("charsCount")] public int? CharsCount { get; set; }

    [JsonPropertyName("messagesCount")] public int? MessagesCount { get; set; }

    [JsonPropertyName("pricePerSms")] public decimal? PricePerSms { get; set; }

    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("country")] public string? Country { get; set; }
}

internal sealed class FloorSmsEntity
{
    [JsonPropertyName("entity")] public FloorSms? Entity { get; set; }
}

internal sealed class FloorBulkResponse
{
    [JsonPropertyName("entities")] public List<FloorSms>? Entities { get; set; }

    [JsonPropertyName("errors")] public List<JsonElement>? Errors { get; set; }
}

internal sealed class FloorContact
{
    [JsonPropertyName("_user_id")] public string UserId { get; set; } = string.Empty;

    [JsonPropertyName("_email")] public string? Email { get; set; }

    [JsonPropertyName("_phone_mobile")] public string? PhoneMobile { get; set; }

    [JsonPropertyName("_first_name")] public string? FirstName { get; set; }

    [JsonPropertyName("_last_name")] public string? LastName { get; set; }

    [JsonPropertyName("_country_code")] public string? CountryCode { get; set; }

    [JsonPropertyName("city")] public string? City { get; set; }
}

internal sealed class FloorIngestResponse
{
    [JsonPropertyName("accepted")] public List<FloorPositioned>? Accepted { get; set; }

    [JsonPropertyName("errors")] public List<FloorPositioned>? Errors { get; set; }

    [JsonPropertyName("entitiesSuccess")] public int? EntitiesSuccess { get; set; }
}

/// <summary>A per-record answer: the floor keeps the position (its outcome) and skips the echoed record.</summary>
internal sealed class FloorPositioned
{
    [JsonPropertyName("position")] public int? Position { get; set; }
}

internal sealed class FloorScrollRequest
{
    [JsonPropertyName("version")] public string Version { get; set; } = "0.0.1";

    [JsonPropertyName("root")] public FloorFilterGroup Root { get; set; } = new();

    [JsonPropertyName("limit")] public int Limit { get; set; } = 100;

    [JsonPropertyName("cursor")] public string? Cursor { get; set; }
}

internal sealed class FloorFilterGroup
{
    [JsonPropertyName("type")] public string Type { get; set; } = "group";

    [JsonPropertyName("join")] public string Join { get; set; } = "and";

    [JsonPropertyName("children")] public List<JsonElement> Children { get; set; } = [];
}

internal sealed class FloorScrollPage
{
    [JsonPropertyName("entities")] public List<FloorAudienceContact>? Entities { get; set; }

    [JsonPropertyName("metadata")] public FloorScrollMetadata? Metadata { get; set; }
}

internal sealed class FloorScrollMetadata
{
    [JsonPropertyName("cursor")] public string? Cursor { get; set; }

    [JsonPropertyName("limit")] public int? Limit { get; set; }

    [JsonPropertyName("totalHits")] public long? TotalHits { get; set; }
}

internal sealed class FloorAudienceContact
{
    [JsonPropertyName("id")] public string? Id { get; set; }

    [JsonPropertyName("attributesData")] public Dictionary<string, JsonElement>? AttributesData { get; set; }

    [JsonPropertyName("audienceIds")] public List<string>? AudienceIds { get; set; }

    [JsonPropertyName("dsIds")] public List<JsonElement>? DatasourceIds { get; set; }

    [JsonPropertyName("dsContactIds")] public List<JsonElement>? DatasourceContactIds { get; set; }

    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("indexedAt")] public DateTimeOffset? IndexedAt { get; set; }

    [JsonPropertyName("deletedAt")] public DateTimeOffset? DeletedAt { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorSmsMessage))]
[JsonSerializable(typeof(IReadOnlyList<FloorSmsMessage>))]
[JsonSerializable(typeof(FloorSmsEntity))]
[JsonSerializable(typeof(FloorBulkResponse))]
[JsonSerializable(typeof(IReadOnlyList<FloorContact>))]
[JsonSerializable(typeof(FloorIngestResponse))]
[JsonSerializable(typeof(FloorScrollRequest))]
[JsonSerializable(typeof(FloorScrollPage))]
internal sealed partial class FloorJson : JsonSerializerContext;
