using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>The body of the USSD mode and rotate-secret calls.</summary>
internal sealed record HellioUssdModeBody([property: JsonPropertyName("mode")] HellioUssdMode Mode);
