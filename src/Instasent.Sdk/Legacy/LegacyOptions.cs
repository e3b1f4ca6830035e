using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Legacy;

/// <summary>Settings of the Instasent Legacy SMS API (base <c>https://api.instasent.com</c>, account token).</summary>
public sealed class LegacyOptions : InstasentSmsApiOptions
{
    /// <summary>The production base address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.instasent.com");

    /// <summary>Initializes a new instance with the production base address.</summary>
    public LegacyOptions()
        : base(DefaultBaseAddress)
    {
    }
}
