namespace Instasent.Sdk.Errors;

/// <summary>The client is not configured for this call (for example no token for the family in use). Nothing was sent.</summary>
public sealed class InstasentConfigurationException : InstasentException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="summary">What is missing and how to set it.</param>
    /// <param name="info">The copied details.</param>
    public InstasentConfigurationException(string summary, InstasentErrorInfo info)
        : base(summary, info)
    {
    }
}
