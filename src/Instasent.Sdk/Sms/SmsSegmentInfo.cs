namespace Instasent.Sdk.Sms;

/// <summary>How a text splits into SMS parts.</summary>
/// <param name="Encoding">The encoding the text needs.</param>
/// <param name="Characters">The length in encoding units (GSM extension characters and surrogate pairs count 2).</param>
/// <param name="Parts">How many SMS parts it takes (0 for an empty text).</param>
/// <param name="PerPart">How many units fit in each part at that part count.</param>
/// <param name="Remaining">How many more units fit before another part is needed.</param>
public sealed record SmsSegmentInfo(SmsEncoding Encoding, int Characters, int Parts, int PerPart, int Remaining);
