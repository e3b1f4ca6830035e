using System.Security.Cryptography;
using System.Text;

namespace Instasent.Sdk.Ingest;

/// <summary>Derives a stable <c>_event_id</c> from an event's content (see <see cref="IngestEvent.EventId"/>).</summary>
internal static class IngestEventIds
{
    public const string Prefix = "sdk_";

    public static string Derive(IngestEvent e)
    {
        var text = new StringBuilder(256)
            .Append(e.UserId).Append('\n')
            .Append(e.EventType).Append('\n')
            .Append(IngestDateTimeConverter.ToWire(e.EventDate)).Append('\n');
        if (e.Parameters is not null)
        {
            foreach (var parameter in e.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(parameter.Key).Append('=').Append(parameter.Value.GetRawText()).Append('\n');
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Prefix + Convert.ToHexString(hash.AsSpan(0, 16));
    }

    public static IngestEvent WithId(IngestEvent e) => string.IsNullOrEmpty(e.EventId) ? e with { EventId = Derive(e) } : e;
}
