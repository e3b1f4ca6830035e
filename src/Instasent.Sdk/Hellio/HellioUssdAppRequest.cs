using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A USSD app to create or update.</summary>
/// <param name="Name">The name, at most 120 characters.</param>
/// <param name="CallbackUrl">The public HTTPS address Hellio calls for every step of a session.</param>
public sealed record HellioUssdAppRequest(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("callback_url")] Uri CallbackUrl)
{
    /// <summary>Gets whether the app is active; <see langword="null"/> (not sent) for the server default.</summary>
    [JsonPropertyName("active")]
    public bool? Active { get; init; }
}
