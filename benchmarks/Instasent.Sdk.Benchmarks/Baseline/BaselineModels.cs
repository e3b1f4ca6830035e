using System.Text.Json.Serialization;

namespace Instasent.Sdk.Benchmarks.Baseline;

// What a developer would write by hand against the SMS API: plain DTOs, no envelopes tolerance, no extension data.
public sealed record BaselineSmsMessage(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("text")] string Text);

public sealed record BaselineSms
{
    [JsonPropertyName("id")] public string Id { get; init; } = string.Empty;
    [JsonPropertyName("clientId")] public string? ClientId { get; init; }
    [JsonPropertyName("from")] public string? From { get; init; }
    [JsonPropertyName("to")] public string? To { get; init; }
    [JsonPropertyName("normalizedTo")] public string? NormalizedTo { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("encoding")] public string? Encoding { get; init; }
    [JsonPropertyName("charsCount")] public int? CharsCount { get; init; }
    [JsonPropertyName("messagesCount")] public int? MessagesCount { get; init; }
    [JsonPropertyName("pricePerSms")] public decimal? PricePerSms { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
}

public sealed record BaselineEntity<T>([property: JsonPropertyName("entity")] T Entity);

public sealed record BaselineBulkResponse(
    [property: JsonPropertyName("entities")] IReadOnlyList<BaselineSms>? Entities,
    [property: JsonPropertyName("errors")] IReadOnlyList<System.Text.Json.JsonElement>? Errors);
