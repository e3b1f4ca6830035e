namespace Instasent.Sdk.Batching;

/// <summary>Counts of a bulk call's outcomes by status, kept as outcomes arrive so no mode needs to hold them all.</summary>
internal struct BatchCounts
{
    public int Items;
    public int Accepted;
    public int Rejected;
    public int Failed;
    public int NotSent;
    public int Unknown;
    public int Ambiguous;

    public void Add<TResult>(BatchItemOutcome<TResult> outcome)
    {
        Items++;
        switch (outcome.Status)
        {
            case BatchItemStatus.Accepted: Accepted++; break;
            case BatchItemStatus.Rejected: Rejected++; break;
            case BatchItemStatus.NotSent: NotSent++; break;
            case BatchItemStatus.Unknown: Unknown++; break;
            default: Failed++; break;
        }

        if (outcome.IsAmbiguous)
        {
            Ambiguous++;
        }
    }
}
