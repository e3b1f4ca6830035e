namespace Instasent.Sdk.Hellio;

/// <summary>
/// Settings of the Hellio Messaging v1 API. <see cref="InstasentApiOptions.Token"/> holds the personal access token
/// (Laravel Sanctum, <c>&lt;id&gt;|&lt;random&gt;</c>), configured as <c>Instasent:Hellio:Token</c>.
/// </summary>
public sealed class HellioOptions : InstasentApiOptions
{
    /// <summary>The production base address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.helliomessaging.com/v1");

    /// <summary>Initializes a new instance with the production base address.</summary>
    public HellioOptions()
        : base(DefaultBaseAddress)
    {
    }

    /// <summary>
    /// Gets or sets a value indicating whether a client may start with no token configured anywhere, for applications
    /// that first obtain a Hellio token with <see cref="IHellioClient.IssueTokenAsync"/> (which needs none) and then set
    /// <see cref="InstasentApiOptions.Token"/>. Calls that need a token fail with a configuration error until it is set.
    /// Default <see langword="false"/>, so a missing token is reported at start-up.
    /// </summary>
    public bool AllowStartWithoutToken { get; set; }
}
