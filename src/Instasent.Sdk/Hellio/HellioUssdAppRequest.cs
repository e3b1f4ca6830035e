using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A USSD app to create or update.</summary>
public sealed record HellioUssdAppRequest
{
    /// <summary>Initializes a new instance; set <see cref="Name"/> and <see cref="CallbackUrl"/>.</summary>
    public HellioUssdAppRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="name">The name, at most 120 characters.</param>
    /// <param name="callbackUrl">The public HTTPS address Hellio calls for every step of a session.</param>
    [SetsRequiredMembers]
    public HellioUssdAppRequest(string name, Uri callbackUrl)
    {
        Name = name;
        CallbackUrl = callbackUrl;
    }

    /// <summary>Gets the name, at most 120 characters.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets the public HTTPS address Hellio calls for every step of a session.</summary>
    [JsonPropertyName("callback_url")]
    public required Uri CallbackUrl { get; init; }

    /// <summary>Gets whether the app is active; <see langword="null"/> (not sent) for the server default.</summary>
    [JsonPropertyName("active")]
    public bool? Active { get; init; }
}
