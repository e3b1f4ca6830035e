using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// The <c>meta</c> member of a LynSMS envelope. Only <c>request_id</c> is documented; the paging members are the usual
/// names of a PHP backend and are read when present.
/// </summary>
internal sealed record LynSmsMeta
{
    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("has_more")]
    public bool? HasMore { get; init; }

    [JsonPropertyName("current_page")]
    public int? CurrentPage { get; init; }

    [JsonPropertyName("last_page")]
    public int? LastPage { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
