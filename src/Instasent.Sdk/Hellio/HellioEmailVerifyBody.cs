using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>The body of <c>POST /email/verify</c>.</summary>
internal sealed record HellioEmailVerifyBody([property: JsonPropertyName("emails")] IReadOnlyList<string> Emails);
