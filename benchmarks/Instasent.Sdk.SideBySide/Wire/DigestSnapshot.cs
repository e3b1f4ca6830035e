namespace Instasent.Sdk.SideBySide.Wire;

/// <summary>What one side sent during one child run (see <see cref="RequestDigest"/>).</summary>
internal sealed class DigestSnapshot
{
    public long Requests { get; set; }

    public int Distinct { get; set; }

    public string Digest { get; set; } = string.Empty;

    /// <summary>Up to 64 distinct requests in readable form, for the mismatch report.</summary>
    public List<string> Samples { get; set; } = [];

    /// <summary>Which of <see cref="RequestDigest.ExcludedHeaders"/> this side actually sent (left out of the comparison).</summary>
    public List<string> ExcludedHeadersSent { get; set; } = [];
}
