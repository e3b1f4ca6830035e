namespace Instasent.Sdk.SideBySide.Sides;

/// <summary>
/// One side of the comparison (the hand-written floor or the SDK), doing the wire work of every scenario. Each
/// implementation keeps one scenario per file (<c>FloorSide.Bulk.cs</c>, <c>SdkSide.Bulk.cs</c>, ...), so the SDK's
/// call sites are few and easy to find when its API changes.
/// </summary>
internal abstract class ScenarioSide : IDisposable
{
    /// <summary>Sends one SMS through the Transactional API (<c>POST …/transactional/v1/sms</c>).</summary>
    public abstract Task SendSmsAsync(CancellationToken cancellationToken);

    /// <summary>Builds the messages of a bulk send (not measured).</summary>
    public abstract void PrepareBulk(int count);

    /// <summary>Sends the prepared messages in batches of 100, <paramref name="concurrency"/> batches at once; returns how many were accepted.</summary>
    public abstract Task<int> SendBulkAsync(int concurrency, CancellationToken cancellationToken);

    /// <summary>Builds the contacts of an Ingest upsert (not measured).</summary>
    public abstract void PrepareIngest(int count);

    /// <summary>Upserts the prepared contacts in batches of 100, <paramref name="concurrency"/> batches at once; returns how many were accepted.</summary>
    public abstract Task<int> UpsertContactsAsync(int concurrency, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts <paramref name="count"/> contacts generated one by one from an asynchronous stream (as an export would
    /// produce them), in batches of 100, <paramref name="concurrency"/> at once, keeping nothing per record but what
    /// the side must: its peak working set must not grow with <paramref name="count"/>. Returns how many were accepted.
    /// </summary>
    public abstract Task<long> StreamContactsAsync(long count, int concurrency, CancellationToken cancellationToken);

    /// <summary>Reads a whole audience scroll of <paramref name="project"/> (100 per page); returns how many contacts were read.</summary>
    public abstract Task<long> ScrollAudienceAsync(string project, CancellationToken cancellationToken);

    public abstract void Dispose();

    /// <summary>The same inputs for both sides: recipient and user id vary per item, so no two items of a batch look alike.</summary>
    protected static class Inputs
    {
        public const string From = "Acme";
        public const string Text = "Your code is 123456";
        public const string To = "+34600111222";

        public static string Recipient(int i) => "+346" + (i % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

        public static string UserId(int i) => "user-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static string Email(int i) => "user" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@example.com";
    }
}
