using System.Text.Json.Serialization;

namespace Instasent.Sdk.Serialization;

/// <summary>
/// Every wrapper the api.instasent.com APIs put around a resource or a list, in one tolerant shape: <c>entity</c>,
/// <c>entities</c> and <c>specs</c> (the key of the datasource-level spec lists). Read through
/// <see cref="EnvelopeParsing.ResourceOrRoot{T}"/> and <see cref="EnvelopeParsing.ItemsOrArray{T}"/>, which also accept
/// a bare object or array, because the sources disagree on the wrapper of several endpoints.
/// </summary>
/// <typeparam name="T">The resource type.</typeparam>
internal sealed record ResourceEnvelope<T>
{
    [JsonPropertyName("entity")]
    public T? Entity { get; init; }

    [JsonPropertyName("entities")]
    public IReadOnlyList<T>? Entities { get; init; }

    [JsonPropertyName("specs")]
    public IReadOnlyList<T>? Specs { get; init; }
}
