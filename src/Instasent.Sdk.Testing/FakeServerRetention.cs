namespace Instasent.Sdk.Testing;

/// <summary>
/// How much the fake keeps of what it stores. By default it keeps everything, so a test can assert on its whole history;
/// a long load run sets <see cref="MaxRecordsPerStore"/> so the process measures the client, not the fake's storage.
/// </summary>
public sealed class FakeServerRetention
{
    private int maxRecordsPerStore;

    /// <summary>
    /// Gets or sets how many records each store keeps at most: Legacy/Transactional SMS, LynSMS messages, Hellio
    /// campaigns, messages, OTPs, voice broadcasts and idempotency records, audience contacts and events. Beyond it the
    /// oldest records are forgotten first: they disappear from lists and lookups, a forgotten Hellio key is no longer
    /// replayed, a forgotten <c>_event_id</c> is no longer de-duplicated and a forgotten contact is created afresh by its
    /// next upsert. Keep it well above what a retry can still refer to. 0 (the default): keep everything.
    /// </summary>
    public int MaxRecordsPerStore
    {
        get => maxRecordsPerStore;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            maxRecordsPerStore = value;
        }
    }
}
