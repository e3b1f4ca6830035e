namespace Instasent.Sdk.Sms;

/// <summary>Which price profile to read.</summary>
public enum PriceProfileKind
{
    /// <summary>SMS prices per country.</summary>
    Sms,

    /// <summary>Number lookup prices per country.</summary>
    Lookup,
}
