using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>The envelope of every LynSMS response: <c>{"success", "data", "meta": {"request_id"}}</c>.</summary>
/// <typeparam name="T">The type of <c>data</c>.</typeparam>
internal sealed record LynSmsEnvelope<T>
{
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    [JsonPropertyName("data")]
    public T? Data { get; init; }

    [JsonPropertyName("meta")]
    public LynSmsMeta? Meta { get; init; }
}
