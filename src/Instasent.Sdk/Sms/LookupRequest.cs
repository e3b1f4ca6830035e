using System.Text.Json.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>Body of <c>POST /lookup</c>.</summary>
internal sealed record LookupRequest
{
    [JsonPropertyName("to")]
    public required string To { get; init; }
}
