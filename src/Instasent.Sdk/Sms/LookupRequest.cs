using System.Text.Json.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>Body of <c>POST /lookup</c>.</summary>
internal sealed record LookupRequest([property: JsonPropertyName("to")] string To);
