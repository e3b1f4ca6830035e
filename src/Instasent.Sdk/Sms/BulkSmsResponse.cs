using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>
/// Body of <c>POST /sms/bulk</c>: accepted messages in <c>entities</c>, rejected ones in <c>errors</c>. The shape of an
/// error item is not documented, so each is kept as raw JSON and read by <see cref="BulkSmsOutcomeMapper"/>.
/// </summary>
internal sealed record BulkSmsResponse
{
    [JsonPropertyName("entities")]
    public IReadOnlyList<SmsMessage>? Entities { get; init; }

    [JsonPropertyName("errors")]
    public IReadOnlyList<JsonElement>? Errors { get; init; }
}
