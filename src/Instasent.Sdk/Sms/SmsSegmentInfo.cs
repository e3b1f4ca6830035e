namespace Instasent.Sdk.Sms;

/// <summary>How a text splits into SMS parts, as computed by <see cref="SmsSegmentCalculator"/>.</summary>
public sealed record SmsSegmentInfo
{
    /// <summary>Gets the encoding the text needs.</summary>
    public required SmsEncoding Encoding { get; init; }

    /// <summary>Gets the length in encoding units (GSM extension characters and surrogate pairs count 2).</summary>
    public required int Characters { get; init; }

    /// <summary>Gets how many SMS parts it takes (0 for an empty text).</summary>
    public required int Parts { get; init; }

    /// <summary>Gets how many units fit in each part at that part count.</summary>
    public required int PerPart { get; init; }

    /// <summary>Gets how many more units fit before another part is needed.</summary>
    public required int Remaining { get; init; }
}
